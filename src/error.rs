//! One error type for a user's mistake in a request: a stable code, the path of the field, and a
//! message looked up from the code in Japanese and English.

use crate::text::Text;
use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};

/// A mistake in one field of a request. Serialized as `{ field, code, message: { ja, en } }`.
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
    /// `not_a_number`: the text is not a number, or the number is NaN or infinite.
    NotANumber,
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
    DateBeforeRules { earliest: String },
    /// `conflicting_fields`: two ways of giving the same facts were mixed.
    ConflictingFields { other: &'static str },
    /// `too_many_items`: a list is longer than allowed.
    TooManyItems { max: usize },
    /// `wrong_item_count`: a list must have exactly `expected` items (twelve months, …).
    WrongItemCount { expected: usize },
    /// `too_deep`: the request nests deeper than any valid request.
    TooDeep,
    /// `inconsistent`: the value contradicts another field (`other`).
    Inconsistent { other: &'static str, why: Text },
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
    fn ja(self) -> &'static str {
        match self {
            Unit::Yen => "円",
            Unit::YenPerHour => "円（時給）",
            Unit::People => "人",
            Unit::Hours => "時間",
            Unit::Days => "日",
            Unit::Months => "か月",
            Unit::Percent => "%",
            Unit::Count => "",
        }
    }
    fn en(self) -> &'static str {
        match self {
            Unit::Yen => " yen",
            Unit::YenPerHour => " yen an hour",
            Unit::People => " people",
            Unit::Hours => " hours",
            Unit::Days => " days",
            Unit::Months => " months",
            Unit::Percent => " %",
            Unit::Count => "",
        }
    }
}

impl Expected {
    fn ja(self) -> &'static str {
        match self {
            Expected::Object => "項目のまとまり（オブジェクト）",
            Expected::List => "一覧（配列）",
            Expected::Number => "数値",
            Expected::Text => "文字列",
            Expected::YesNo => "はい／いいえ（true / false）",
        }
    }
    fn en(self) -> &'static str {
        match self {
            Expected::Object => "an object",
            Expected::List => "a list",
            Expected::Number => "a number",
            Expected::Text => "a text",
            Expected::YesNo => "yes or no (true / false)",
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
            ErrorKind::NotANumber => "not_a_number",
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

    /// The message, looked up from the code and filled with the error's figures.
    pub fn message(&self) -> Text {
        match &self.kind {
            ErrorKind::Required => Text::fixed("入力してください。", "Please enter a value."),
            ErrorKind::InvalidType { expected } => {
                Text::new(format!("{}で入力してください。", expected.ja()), format!("Please give {}.", expected.en()))
            }
            ErrorKind::NotANumber => {
                Text::fixed("数字で入力してください（例: 1000000）。", "Please enter a number (for example 1000000).")
            }
            ErrorKind::NotInteger => {
                Text::fixed("小数点のない整数で入力してください。", "Please enter a whole number.")
            }
            ErrorKind::OutOfRange { min, max, unit } => Text::new(
                format!("{min}{u}から{max}{u}までの値を入力してください。", u = unit.ja()),
                format!("Please enter a value from {min}{u} to {max}{u}.", u = unit.en()),
            ),
            ErrorKind::UnknownValue { allowed, suggestion } => {
                let list = allowed.join(", ");
                match suggestion {
                    Some(s) => Text::new(
                        format!("選べる値ではありません。「{s}」のことですか？（選べる値: {list}）"),
                        format!("Not an allowed value. Did you mean \"{s}\"? (allowed: {list})"),
                    ),
                    None => Text::new(
                        format!("選べる値ではありません（選べる値: {list}）。"),
                        format!("Not an allowed value (allowed: {list})."),
                    ),
                }
            }
            ErrorKind::UnknownField { suggestion } => match suggestion {
                Some(s) => Text::new(
                    format!("この項目は使われません。「{s}」のことですか？"),
                    format!("This field is not used. Did you mean \"{s}\"?"),
                ),
                None => Text::fixed("この項目は使われません。", "This field is not used."),
            },
            ErrorKind::InvalidDate => Text::fixed(
                "日付は YYYY-MM-DD の形で、実在する日を入力してください（例: 2023-06-01）。",
                "Please enter an existing date as YYYY-MM-DD (for example 2023-06-01).",
            ),
            ErrorKind::DateBeforeRules { earliest } => Text::new(
                format!("{earliest}より前の日付には対応していません。"),
                format!("Dates before {earliest} are not covered."),
            ),
            ErrorKind::ConflictingFields { other } => Text::new(
                format!("「{other}」と同時には入力できません。どちらか一方にしてください。"),
                format!("Cannot be given together with \"{other}\"; please use one of them."),
            ),
            ErrorKind::TooManyItems { max } => {
                Text::new(format!("{max}件までにしてください。"), format!("Please give at most {max} items."))
            }
            ErrorKind::WrongItemCount { expected } => Text::new(
                format!("ちょうど{expected}件入力してください。"),
                format!("Please give exactly {expected} items."),
            ),
            ErrorKind::TooDeep => Text::fixed("入力の入れ子が深すぎます。", "The request is nested too deeply."),
            ErrorKind::Inconsistent { other, why } => Text::new(
                format!("「{other}」と合いません: {}", why.ja),
                format!("Does not agree with \"{other}\": {}", why.en),
            ),
            ErrorKind::InternalOverflow => Text::fixed(
                "計算できない大きさの値です。値を確認してください。",
                "The values are too large to compute; please check them.",
            ),
        }
    }
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

impl std::fmt::Display for CallError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0)
    }
}
