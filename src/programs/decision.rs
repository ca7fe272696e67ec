//! From an estimate to a decision: the shapes of what an answer adds for choosing. A program
//! computes them; this file holds them and the arithmetic of the what-if grid.
//!
//! - [`Hint`]: one of the smallest single changes of the request that raise the amount, as a patch
//!   the page can apply (`{ field: "input.raiseYen", value: 90 }`) and the amount it gives.
//! - [`Partial`]: while a form is being filled, the range of amounts the inputs given still allow.
//! - [`WhatIf`]: the amount over a grid of values of one field.

use crate::catalog::{self, Message, Values};
use crate::error::{CallError, Error, ErrorKind, Expected, Unit};
use crate::money::Yen;
use crate::programs::{read_header, registry, Rejected};
use crate::value::{Fields, Range, Value};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::{Decimal, RoundingStrategy};
use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};

/// A change of one field of the request: the path as errors name it, and the new value.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Change {
    /// `input.raiseYen`, `input.workers[3].wageAfter`, `input.goals.overtime.afterHours`.
    pub field: String,
    pub value: ChangeValue,
}

/// The value of a [`Change`]: a whole number, yes/no, or a group of whole numbers that are given
/// together (`input.wageRaise` = `{ percent: 3, workers: 1 }`, where neither means anything alone).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum ChangeValue {
    Int(i64),
    Bool(bool),
    Group(Group),
}

/// The fields of a group, in order, written as an object.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group(pub Vec<(&'static str, i64)>);

impl Serialize for Group {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.0.iter().map(|(k, v)| (*k, *v)))
    }
}

impl Change {
    pub fn int(field: impl Into<String>, value: i64) -> Change {
        Change { field: field.into(), value: ChangeValue::Int(value) }
    }
    pub fn yes(field: impl Into<String>) -> Change {
        Change { field: field.into(), value: ChangeValue::Bool(true) }
    }
    /// A group given at once: `field` becomes the object of `fields`.
    pub fn group(field: impl Into<String>, fields: Vec<(&'static str, i64)>) -> Change {
        Change { field: field.into(), value: ChangeValue::Group(Group(fields)) }
    }
}

/// One hint: `{ code, change, amountYen, informational, text, values }`.
#[derive(Debug, Clone, PartialEq)]
pub struct Hint {
    /// Stable code: `next_course`, `next_row`, `investment_ceiling`, …
    pub code: &'static str,
    /// Applied to the request, `simulate()` answers `amount_yen`.
    pub change: Change,
    pub amount_yen: Yen,
    /// A fact to know rather than a way to more (the investment ceiling when the investment is
    /// above it): the change gives the same amount as now.
    pub informational: bool,
    /// The words, from the catalog; its facts are the hint's `values`.
    pub text: Message,
}

impl Serialize for Hint {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Hint", 6)?;
        st.serialize_field("code", self.code)?;
        st.serialize_field("change", &self.change)?;
        st.serialize_field("amountYen", &self.amount_yen)?;
        st.serialize_field("informational", &self.informational)?;
        st.serialize_field("text", &self.text)?;
        st.serialize_field("values", &Values(self.text.args.clone()))?;
        st.end()
    }
}

/// Keeps the hints that raise the amount above `current` (and the informational ones), the first of
/// each change only.
pub fn keep_useful(hints: Vec<Hint>, current: Yen) -> Vec<Hint> {
    let mut out: Vec<Hint> = Vec::with_capacity(hints.len());
    for h in hints {
        let useful = h.informational || h.amount_yen > current;
        if useful && !out.iter().any(|o| o.change == h.change) {
            out.push(h);
        }
    }
    out
}

/// The range of amounts that the inputs given so far still allow: whatever valid values the
/// missing fields get, the amount is within `[min_yen, max_yen]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Bounds {
    pub min_yen: Yen,
    pub max_yen: Yen,
}

/// The program-specific part of a partial answer: `{ missing, bounds, applicationWindow, errors }`.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Partial {
    /// The paths of the required fields not yet given, in the order of the errors.
    pub missing: Vec<String>,
    pub bounds: Bounds,
    /// The application window, where the fields given already decide it (the date, and for
    /// 業務改善助成金 the prefecture); `null` otherwise.
    pub application_window: Option<crate::window::ApplicationWindow>,
    /// The same fields as `required` errors, with their messages (for a page that shows them next
    /// to a field the user has emptied).
    pub errors: Vec<Error>,
}

/// A partial answer applies when every mistake is a required field of the input not yet given.
pub fn only_missing_input(errors: &[Error]) -> bool {
    !errors.is_empty() && errors.iter().all(|e| matches!(e.kind, ErrorKind::Required) && e.field.starts_with("input."))
}

/// Most points of a what-if grid.
pub const MAX_POINTS: u32 = 200;

/// A number of the what-if grid: whole numbers as integers, others as decimals.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Number(pub Decimal);

impl Serialize for Number {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let d = self.0.normalize();
        match d.fract().is_zero().then(|| d.to_i64()).flatten() {
            Some(whole) => s.serialize_i64(whole),
            None => s.serialize_f64(d.to_f64().unwrap_or(0.0)),
        }
    }
}

/// `{ value, amountYen }`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Point {
    pub value: Number,
    pub amount_yen: Yen,
}

/// A course threshold on a raise axis: `{ course, value, amountYen }`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CourseStep {
    pub course: i64,
    pub value: Number,
    pub amount_yen: Yen,
}

/// The marks of a what-if axis.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Marks {
    /// The request's own value and amount; `null` when the request does not give the field.
    pub current: Option<Point>,
    /// The investment ceiling: the value from which the amount is the cap.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cap: Option<Point>,
    /// Where each course begins on a raise axis.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub course_steps: Option<Vec<CourseStep>>,
}

/// What a program computes for a what-if grid.
#[derive(Debug, Clone, PartialEq)]
pub struct Grid {
    pub points: Vec<Point>,
    pub marks: Marks,
}

/// The values of a grid from `from` to `to` (both included) in `steps` points, evenly spaced; for
/// a whole-number field each is rounded down to a whole number and repeats are dropped (a grid over
/// a range narrower than its points has fewer points).
pub fn grid(from: Decimal, to: Decimal, steps: u32, whole: bool) -> Vec<Decimal> {
    let mut out: Vec<Decimal> = Vec::with_capacity(usize::try_from(steps).unwrap_or(0));
    let span = to.checked_sub(from).unwrap_or(Decimal::ZERO);
    let last = Decimal::from(steps.saturating_sub(1).max(1));
    for i in 0..steps {
        let offset = span.checked_mul(Decimal::from(i)).and_then(|x| x.checked_div(last)).unwrap_or(Decimal::ZERO);
        let mut v = if i.saturating_add(1) == steps { to } else { from.checked_add(offset).unwrap_or(to) };
        if whole {
            v = v.round_dp_with_strategy(0, RoundingStrategy::ToNegativeInfinity);
        }
        let v = v.normalize();
        if out.last() != Some(&v) {
            out.push(v);
        }
    }
    out
}

/// `input` with `key` set to `value` (added when absent): how a grid point or a what-if value is
/// put into a request before it is read like any other.
pub fn with_field(input: &Value, key: &str, value: Decimal) -> Value {
    let number = Value::Number(value.to_f64().unwrap_or(0.0));
    match input {
        Value::Object(entries) => {
            let mut out: Vec<(String, Value)> = entries.iter().filter(|(k, _)| k != key).cloned().collect();
            out.push((key.to_owned(), number));
            Value::Object(out)
        }
        other => other.clone(),
    }
}

/// What `whatIf()` returns for a well-formed call: the grid, or the mistakes of the request or the
/// options.
#[derive(Debug)]
pub enum WhatIfResponse {
    Grid(Box<WhatIf>),
    Rejected(Rejected),
}

/// `{ ok: true, lang, program, field, points, marks }`.
#[derive(Debug, Serialize)]
pub struct WhatIf {
    pub ok: bool,
    pub lang: &'static str,
    pub program: &'static str,
    /// `input.investmentYen`, …: the field varied.
    pub field: &'static str,
    pub points: Vec<Point>,
    pub marks: Marks,
}

impl Serialize for WhatIfResponse {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let lang = match self {
            WhatIfResponse::Grid(g) => g.lang,
            WhatIfResponse::Rejected(r) => r.lang,
        };
        let lang = catalog::language(lang).unwrap_or_else(catalog::default_language);
        catalog::with_catalog(catalog::catalog(lang), || match self {
            WhatIfResponse::Grid(g) => g.serialize(s),
            WhatIfResponse::Rejected(r) => r.serialize(s),
        })
    }
}

/// The amount over a grid of one field: `whatIf(request, { field, from, to, steps })`.
///
/// `field` is one of the program's what-if fields (`input.investmentYen`, `input.raiseYen` for
/// `gyomu-kaizen`; `input.costYen` for `hatarakikata-yuyo`); `from` ≤ `to` within the field's range;
/// `steps` the number of points, 2 to 200. The request is read as `simulate` reads it, with the
/// field set to each value in turn (so the field itself may be missing). Mistakes in the request or
/// the options come back as `{ ok: false, errors }` (option paths `options.field`, …).
pub fn what_if(request: &Value, options: &Value) -> Result<WhatIfResponse, CallError> {
    if request.as_object().is_none() {
        return Err(CallError::NOT_AN_OBJECT);
    }
    let (lang, mut errors, header) = read_header(request);
    let rejected = |errors| Ok(WhatIfResponse::Rejected(Rejected { ok: false, lang: lang.code, errors }));
    // The options are read against the program's fields: without a program, its mistakes first.
    let Some(h) = header else {
        return rejected(errors);
    };
    let fields = h.program.what_if_fields();
    if fields.is_empty() {
        // A program without a grid: say which programs have one.
        let allowed: Vec<&'static str> =
            registry().iter().filter(|p| !p.what_if_fields().is_empty()).map(|p| p.id()).collect();
        errors.push(Error::new("program", ErrorKind::UnknownValue { allowed, suggestion: None }));
        return rejected(errors);
    }
    let mut o = Fields::of("options", options);
    if !o.errors.is_empty() {
        errors.append(&mut o.errors);
        return rejected(errors);
    }
    let field = match o.get("field") {
        None => {
            o.error("field", ErrorKind::Required);
            None
        }
        Some(Value::String(name)) => {
            // `input.investmentYen`, or the key alone.
            let wanted = name.trim();
            let found = fields.iter().find(|(path, _)| *path == wanted || path.strip_prefix("input.") == Some(wanted));
            if found.is_none() {
                let allowed: Vec<&'static str> = fields.iter().map(|(k, _)| *k).collect();
                let suggestion = crate::value::nearest(&crate::value::fold_case(wanted), &allowed);
                o.error("field", ErrorKind::UnknownValue { allowed, suggestion });
            }
            found.copied()
        }
        Some(_) => {
            o.error("field", ErrorKind::InvalidType { expected: Expected::Text });
            None
        }
    };
    let range = field.map(|(_, r)| r);
    let any = Range::decimal(i64::MIN, i64::MAX, Unit::Count);
    let from = o.number("from", range.unwrap_or(any));
    let to = o.number("to", range.unwrap_or(any));
    let steps_range = Range::whole(2, i64::from(MAX_POINTS), Unit::Count);
    let steps = o.number("steps", steps_range).and_then(|d| rust_decimal::prelude::ToPrimitive::to_u32(&d));
    if let (Some(a), Some(b)) = (from, to) {
        if a > b {
            o.error(
                "to",
                ErrorKind::Inconsistent { other: "from", why: Message::new("what_if.inconsistent.to_below_from") },
            );
        }
    }
    errors.append(&mut o.finish_errors());
    let (Some((path, range)), Some(from), Some(to), Some(steps)) = (field, from, to, steps) else {
        return rejected(errors);
    };
    if !errors.is_empty() {
        return rejected(errors);
    }
    let values = grid(from, to, steps, range.whole);
    match h.program.what_if(h.index, h.as_of, h.input, path, &values) {
        Err(errs) => rejected(errs),
        Ok(grid) => Ok(WhatIfResponse::Grid(Box::new(WhatIf {
            ok: true,
            lang: lang.code,
            program: h.program.id(),
            field: path,
            points: grid.points,
            marks: grid.marks,
        }))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_grid_runs_from_its_first_to_its_last_value_in_even_steps() {
        let g = grid(Decimal::from(0), Decimal::from(100), 5, true);
        assert_eq!(g, [0, 25, 50, 75, 100].map(Decimal::from));
        let g = grid(Decimal::from(0), Decimal::from(10), 4, true);
        assert_eq!(g, [0, 3, 6, 10].map(Decimal::from));
        // Narrower than its points: repeats are dropped.
        let g = grid(Decimal::from(5), Decimal::from(7), 10, true);
        assert_eq!(g, [5, 6, 7].map(Decimal::from));
        let g = grid(Decimal::from(3), Decimal::from(3), 2, true);
        assert_eq!(g, [Decimal::from(3)]);
    }

    #[test]
    fn only_required_input_fields_make_a_partial_answer() {
        let req = |f: &str| Error::new(f, ErrorKind::Required);
        assert!(only_missing_input(&[req("input.investmentYen"), req("input.workers[0].wageAfter")]));
        assert!(!only_missing_input(&[]));
        assert!(!only_missing_input(&[req("input")]));
        assert!(!only_missing_input(&[req("asOf")]));
        assert!(!only_missing_input(&[
            req("input.investmentYen"),
            Error::new("input.raiseYen", ErrorKind::NotInteger)
        ]));
    }
}
