//! One error type for a user's mistake in a request: a stable code, the path of the field, and a
//! message looked up from the code in Japanese and English.

use crate::catalog::{Fact, Message};
use crate::date::Date;
use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};

/// A mistake in one field of a request. Serialized as `{ field, code, message }`, the message in the
/// language of the answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Error {
    /// Path of the field, such as `input.workers[2].wageAfter`; empty for the request itself.
    pub field: String,
    pub kind: ErrorKind,
}

/// What is wrong. Each variant has a stable `code()` that pages can switch on.
#[derive(Debug, Clone, PartialEq)]
pub enum ErrorKind {
    /// `required`: the field is missing, null or empty.
    Required,
    /// `invalid_type`: the value is of the wrong kind (a list where a number belongs, ...).
    InvalidType { expected: Expected },
    /// `not_a_number`: the text is not a number, or the number is NaN or infinite; `unit` picks an
    /// example that fits the field.
    NotANumber { unit: Unit },
    /// `not_integer`: a whole number is needed (yen, people).
    NotInteger,
    /// `out_of_range`: the number is outside the documented range of the field.
    OutOfRange { min: String, max: String, unit: Unit },
    /// `unknown_value`: not one of the allowed words; `suggestion` is the nearest one.
    UnknownValue { allowed: Vec<&'static str>, suggestion: Option<&'static str> },
    /// `unknown_field`: the request has a field the program does not know.
    UnknownField { suggestion: Option<&'static str> },
    /// `invalid_date`: not an existing date written as YYYY-MM-DD.
    InvalidDate,
    /// `date_before_rules`: the date is before the first ruleset of the program.
    DateBeforeRules { earliest: Date },
    /// `conflicting_fields`: two ways of giving the same facts were mixed.
    ConflictingFields { other: &'static str },
    /// `too_many_items`: a list is longer than allowed.
    TooManyItems { max: usize },
    /// `wrong_item_count`: a list must have exactly `expected` items (twelve months, …).
    WrongItemCount { expected: usize },
    /// `too_deep`: the request nests deeper than any valid request.
    TooDeep,
    /// `inconsistent`: the value contradicts another field (`other`).
    Inconsistent { other: &'static str, why: Message },
    /// `internal_overflow`: a computation left the range of exact decimals. Never expected.
    InternalOverflow,
}

/// The kind of value a field expects, for `invalid_type`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected {
    Object,
    List,
    Number,
    Text,
    YesNo,
}

/// The unit of a numeric field, for messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Yen,
    YenPerHour,
    People,
    Hours,
    Days,
    Months,
    Percent,
    Count,
}

impl Unit {
    /// The catalog key of an example that fits a field of this unit.
    fn example(self) -> &'static str {
        match self {
            Unit::Yen => "example.yen",
            Unit::YenPerHour => "example.yen_per_hour",
            Unit::People => "example.people",
            Unit::Hours => "example.hours",
            Unit::Days => "example.days",
            Unit::Months => "example.months",
            Unit::Percent => "example.percent",
            Unit::Count => "example.count",
        }
    }

    /// The catalog key of the unit's word.
    fn term(self) -> &'static str {
        match self {
            Unit::Yen => "unit.yen",
            Unit::YenPerHour => "unit.yen_per_hour",
            Unit::People => "unit.people",
            Unit::Hours => "unit.hours",
            Unit::Days => "unit.days",
            Unit::Months => "unit.months",
            Unit::Percent => "unit.percent",
            Unit::Count => "unit.count",
        }
    }
}

impl Expected {
    /// The catalog key of what is expected.
    fn term(self) -> &'static str {
        match self {
            Expected::Object => "expected.object",
            Expected::List => "expected.list",
            Expected::Number => "expected.number",
            Expected::Text => "expected.text",
            Expected::YesNo => "expected.yes_no",
        }
    }
}

impl Error {
    pub fn new(field: impl Into<String>, kind: ErrorKind) -> Error {
        Error { field: field.into(), kind }
    }

    /// The stable code of the error.
    pub fn code(&self) -> &'static str {
        match self.kind {
            ErrorKind::Required => "required",
            ErrorKind::InvalidType { .. } => "invalid_type",
            ErrorKind::NotANumber { .. } => "not_a_number",
            ErrorKind::NotInteger => "not_integer",
            ErrorKind::OutOfRange { .. } => "out_of_range",
            ErrorKind::UnknownValue { .. } => "unknown_value",
            ErrorKind::UnknownField { .. } => "unknown_field",
            ErrorKind::InvalidDate => "invalid_date",
            ErrorKind::DateBeforeRules { .. } => "date_before_rules",
            ErrorKind::ConflictingFields { .. } => "conflicting_fields",
            ErrorKind::TooManyItems { .. } => "too_many_items",
            ErrorKind::WrongItemCount { .. } => "wrong_item_count",
            ErrorKind::TooDeep => "too_deep",
            ErrorKind::Inconsistent { .. } => "inconsistent",
            ErrorKind::InternalOverflow => "internal_overflow",
        }
    }

    /// The message: the catalog's `error.<code>` (or a variant of it) filled with the error's
    /// figures.
    pub fn message(&self) -> Message {
        let m = |key: &'static str| Message::new(key);
        match &self.kind {
            ErrorKind::Required => m("error.required"),
            ErrorKind::InvalidType { expected } => {
                m("error.invalid_type").with("expected", Fact::Term(expected.term()))
            }
            ErrorKind::NotANumber { unit } => m("error.not_a_number").with("example", Fact::Term(unit.example())),
            ErrorKind::NotInteger => m("error.not_integer"),
            ErrorKind::OutOfRange { min, max, unit } => m("error.out_of_range")
                .with("min", Fact::Raw(min.clone().into()))
                .with("max", Fact::Raw(max.clone().into()))
                .with("unit", Fact::Term(unit.term())),
            ErrorKind::UnknownValue { allowed, suggestion } => {
                let list = Fact::Raw(allowed.join(", ").into());
                match suggestion {
                    Some(s) => m("error.unknown_value.suggest")
                        .with("suggestion", Fact::Raw((*s).into()))
                        .with("allowed", list),
                    None => m("error.unknown_value").with("allowed", list),
                }
            }
            ErrorKind::UnknownField { suggestion } => match suggestion {
                Some(s) => m("error.unknown_field.suggest").with("suggestion", Fact::Raw((*s).into())),
                None => m("error.unknown_field"),
            },
            ErrorKind::InvalidDate => m("error.invalid_date"),
            ErrorKind::DateBeforeRules { earliest } => m("error.date_before_rules").with("earliest", *earliest),
            ErrorKind::ConflictingFields { other } => {
                m("error.conflicting_fields").with("other", Fact::Raw((*other).into()))
            }
            ErrorKind::TooManyItems { max } => m("error.too_many_items").with("max", *max),
            ErrorKind::WrongItemCount { expected } => m("error.wrong_item_count").with("expected", *expected),
            ErrorKind::TooDeep => m("error.too_deep"),
            ErrorKind::Inconsistent { other, why } => {
                m("error.inconsistent").with("other", field_label(other)).with("why", why.clone())
            }
            ErrorKind::InternalOverflow => m("error.internal_overflow"),
        }
    }
}

/// The field an error names, as the form labels it (`field.<key>` in the catalogs).
fn field_label(key: &str) -> Fact {
    Fact::from(Message::new(format!("field.{key}")))
}

impl Serialize for Error {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Error", 3)?;
        st.serialize_field("field", &self.field)?;
        st.serialize_field("code", self.code())?;
        st.serialize_field("message", &self.message())?;
        st.end()
    }
}

/// The embedding page called the module wrongly (the request is not an object). This is the only
/// case that throws in JavaScript; a user's mistake never does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CallError(pub &'static str);

impl CallError {
    /// A request that is not an object. For the developers of the embedding page, so in English
    /// only, like JavaScript's own errors.
    pub const NOT_AN_OBJECT: CallError = CallError("simulate() takes one object: { program, asOf, input }");
    /// The same for `screen()`.
    pub const SCREEN_NOT_AN_OBJECT: CallError = CallError("screen() takes one object: { asOf, lang, profile }");
}

impl std::fmt::Display for CallError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0)
    }
}
