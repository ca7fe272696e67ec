//! The request as plain data, before validation, and the readers that turn it into typed input
//! with a field path for every error. Knows nothing of JavaScript: the wasm boundary and the
//! native tests both deserialize into [`Value`].

use crate::date::Date;
use crate::error::{Error, ErrorKind, Expected, Unit};
use rust_decimal::Decimal;
use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer};
use std::fmt;
use std::str::FromStr;

/// Nesting deeper than this is refused while reading (`too_deep`): no valid request nests more than
/// four levels, and a bound keeps a hostile request from exhausting the stack.
pub const MAX_DEPTH: usize = 16;
/// Longest list or object read (`too_many_items`).
pub const MAX_ITEMS: usize = 10_000;

/// A JSON-like value.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// `null` or `undefined`: treated as absent.
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<Value>),
    /// Keys in the order given; `__proto__` is an ordinary key here.
    Object(Vec<(String, Value)>),
}

impl Value {
    pub fn as_object(&self) -> Option<&[(String, Value)]> {
        match self {
            Value::Object(o) => Some(o),
            _ => None,
        }
    }
    /// A field is absent when missing, null, or an empty text (an empty form field).
    pub fn is_absent(&self) -> bool {
        match self {
            Value::Null => true,
            Value::String(s) => s.trim().is_empty(),
            _ => false,
        }
    }
}

impl serde::Serialize for Value {
    /// As JSON: a whole number within JavaScript's safe integers is written as an integer.
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{SerializeMap, SerializeSeq};
        match self {
            Value::Null => s.serialize_unit(),
            Value::Bool(b) => s.serialize_bool(*b),
            Value::Number(n) if n.fract() == 0.0 && n.abs() <= 9_007_199_254_740_991.0 => s.serialize_i64(*n as i64),
            Value::Number(n) => s.serialize_f64(*n),
            Value::String(t) => s.serialize_str(t),
            Value::Array(items) => {
                let mut seq = s.serialize_seq(Some(items.len()))?;
                for v in items {
                    seq.serialize_element(v)?;
                }
                seq.end()
            }
            Value::Object(entries) => {
                let mut map = s.serialize_map(Some(entries.len()))?;
                for (k, v) in entries {
                    map.serialize_entry(k, v)?;
                }
                map.end()
            }
        }
    }
}

impl<'de> Deserialize<'de> for Value {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Value, D::Error> {
        Depth(0).deserialize(d)
    }
}

/// Deserializes a [`Value`] at a given nesting depth, refusing to go past [`MAX_DEPTH`].
struct Depth(usize);

/// The message of the deserialization error for a request nested too deeply.
pub const TOO_DEEP: &str = "joseikin: too deep";
/// The message of the deserialization error for a list or object that is too long.
pub const TOO_MANY: &str = "joseikin: too many items";

impl<'de> DeserializeSeed<'de> for Depth {
    type Value = Value;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        if self.0 > MAX_DEPTH {
            return Err(de::Error::custom(TOO_DEEP));
        }
        d.deserialize_any(ValueVisitor(self.0))
    }
}

struct ValueVisitor(usize);

impl<'de> Visitor<'de> for ValueVisitor {
    type Value = Value;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        Depth(self.0).deserialize(d)
    }
    fn visit_bool<E>(self, b: bool) -> Result<Value, E> {
        Ok(Value::Bool(b))
    }
    fn visit_i64<E>(self, n: i64) -> Result<Value, E> {
        Ok(Value::Number(n as f64))
    }
    fn visit_u64<E>(self, n: u64) -> Result<Value, E> {
        Ok(Value::Number(n as f64))
    }
    fn visit_f64<E>(self, n: f64) -> Result<Value, E> {
        Ok(Value::Number(n))
    }
    fn visit_str<E>(self, s: &str) -> Result<Value, E> {
        Ok(Value::String(s.to_owned()))
    }
    fn visit_string<E>(self, s: String) -> Result<Value, E> {
        Ok(Value::String(s))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut out = Vec::new();
        while let Some(v) = seq.next_element_seed(Depth(self.0.saturating_add(1)))? {
            if out.len() >= MAX_ITEMS {
                return Err(de::Error::custom(TOO_MANY));
            }
            out.push(v);
        }
        Ok(Value::Array(out))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut out = Vec::new();
        while let Some(k) = map.next_key::<String>()? {
            if out.len() >= MAX_ITEMS {
                return Err(de::Error::custom(TOO_MANY));
            }
            let v = map.next_value_seed(Depth(self.0.saturating_add(1)))?;
            out.push((k, v));
        }
        Ok(Value::Object(out))
    }
}

/// Turns a failure to read the request (from JavaScript or JSON) into the user-facing error.
pub fn read_failure(message: &str) -> Error {
    if message.contains(TOO_DEEP) {
        Error::new("", ErrorKind::TooDeep)
    } else if message.contains(TOO_MANY) {
        Error::new("", ErrorKind::TooManyItems { max: MAX_ITEMS })
    } else {
        Error::new("", ErrorKind::InvalidType { expected: Expected::Object })
    }
}

/// The documented range of a numeric field.
#[derive(Debug, Clone, Copy)]
pub struct Range {
    pub min: i64,
    pub max: i64,
    pub whole: bool,
    pub unit: Unit,
}

/// The ranges shared by every program (README "Input ranges"): money up to 1兆円, people up to
/// 100,000, monthly hours up to 744 (24 h × 31 days).
pub const MONEY: Range = Range::whole(0, 1_000_000_000_000, Unit::Yen);
pub const PEOPLE: Range = Range::whole(0, 100_000, Unit::People);
pub const MONTH_HOURS: Range = Range::decimal(0, 744, Unit::Hours);

impl Range {
    pub const fn whole(min: i64, max: i64, unit: Unit) -> Range {
        Range { min, max, whole: true, unit }
    }
    pub const fn decimal(min: i64, max: i64, unit: Unit) -> Range {
        Range { min, max, whole: false, unit }
    }
}

/// Reads the fields of one object, collecting errors with their paths, and notices every field that
/// was not asked for.
pub struct Fields<'a> {
    path: String,
    entries: &'a [(String, Value)],
    used: Vec<bool>,
    asked: Vec<&'static str>,
    pub errors: Vec<Error>,
}

impl<'a> Fields<'a> {
    /// Reads `value` as an object at `path`; records `invalid_type` when it is not one.
    pub fn of(path: &str, value: &'a Value) -> Fields<'a> {
        let (entries, errors) = match value {
            Value::Object(o) => (o.as_slice(), Vec::new()),
            _ => (&[][..], vec![Error::new(path, ErrorKind::InvalidType { expected: Expected::Object })]),
        };
        Fields { path: path.to_owned(), entries, used: vec![false; entries.len()], asked: Vec::new(), errors }
    }

    pub fn path_of(&self, key: &str) -> String {
        if self.path.is_empty() {
            key.to_owned()
        } else {
            format!("{}.{}", self.path, key)
        }
    }

    /// The value of a field, or `None` when it is absent (missing, null, or empty text).
    pub fn get(&mut self, key: &'static str) -> Option<&'a Value> {
        self.asked.push(key);
        let mut found = None;
        for (i, (k, v)) in self.entries.iter().enumerate() {
            if k == key {
                if let Some(u) = self.used.get_mut(i) {
                    *u = true;
                }
                if found.is_none() {
                    found = Some(v);
                }
            }
        }
        found.filter(|v| !v.is_absent())
    }

    /// Whether the field is given at all (for choosing between two ways of input).
    pub fn has(&self, key: &str) -> bool {
        self.entries.iter().any(|(k, v)| k == key && !v.is_absent())
    }

    fn fail(&mut self, key: &str, kind: ErrorKind) {
        let p = self.path_of(key);
        self.errors.push(Error::new(p, kind));
    }

    /// A required number in `range`.
    pub fn number(&mut self, key: &'static str, range: Range) -> Option<Decimal> {
        match self.get(key) {
            None => {
                self.fail(key, ErrorKind::Required);
                None
            }
            Some(v) => self.convert_number(key, v, range),
        }
    }

    /// An optional number in `range`: `default` when absent.
    pub fn number_or(&mut self, key: &'static str, range: Range, default: Decimal) -> Option<Decimal> {
        match self.get(key) {
            None => Some(default),
            Some(v) => self.convert_number(key, v, range),
        }
    }

    /// An optional number in `range`: `None` when absent or wrong (the error is recorded).
    pub fn number_opt(&mut self, key: &'static str, range: Range) -> Option<Decimal> {
        let v = self.get(key)?;
        self.convert_number(key, v, range)
    }

    fn convert_number(&mut self, key: &'static str, v: &Value, range: Range) -> Option<Decimal> {
        match to_decimal(v, range) {
            Ok(d) => Some(d),
            Err(kind) => {
                self.fail(key, kind);
                None
            }
        }
    }

    /// An optional yes/no: `default` when absent.
    pub fn flag(&mut self, key: &'static str, default: bool) -> bool {
        match self.get(key) {
            None => default,
            Some(Value::Bool(b)) => *b,
            Some(_) => {
                self.fail(key, ErrorKind::InvalidType { expected: Expected::YesNo });
                default
            }
        }
    }

    /// An optional yes/no: `None` when absent or wrong (the error is recorded).
    pub fn flag_opt(&mut self, key: &'static str) -> Option<bool> {
        match self.get(key)? {
            Value::Bool(b) => Some(*b),
            _ => {
                self.fail(key, ErrorKind::InvalidType { expected: Expected::YesNo });
                None
            }
        }
    }

    /// A required yes/no: a question the user must answer, where no default would be safe.
    pub fn flag_required(&mut self, key: &'static str) -> Option<bool> {
        match self.get(key) {
            None => {
                self.fail(key, ErrorKind::Required);
                None
            }
            Some(Value::Bool(b)) => Some(*b),
            Some(_) => {
                self.fail(key, ErrorKind::InvalidType { expected: Expected::YesNo });
                None
            }
        }
    }

    /// A required word among `options` (compared without regard to case and surrounding space).
    pub fn choice<T: Copy>(&mut self, key: &'static str, options: &[(&'static str, T)]) -> Option<T> {
        match self.get(key) {
            None => {
                self.fail(key, ErrorKind::Required);
                None
            }
            Some(v) => self.convert_choice(key, v, options),
        }
    }

    /// An optional word among `options`.
    pub fn choice_opt<T: Copy>(&mut self, key: &'static str, options: &[(&'static str, T)]) -> Option<T> {
        let v = self.get(key)?;
        self.convert_choice(key, v, options)
    }

    fn convert_choice<T: Copy>(&mut self, key: &'static str, v: &Value, options: &[(&'static str, T)]) -> Option<T> {
        let Value::String(s) = v else {
            self.fail(key, ErrorKind::InvalidType { expected: Expected::Text });
            return None;
        };
        let wanted = fold_case(s.trim());
        if let Some((_, t)) = options.iter().find(|(name, _)| *name == wanted) {
            return Some(*t);
        }
        let names: Vec<&'static str> = options.iter().map(|(n, _)| *n).collect();
        let suggestion = nearest(&wanted, &names);
        self.fail(key, ErrorKind::UnknownValue { allowed: names, suggestion });
        None
    }

    /// An optional list of words among `options`, each at most once (a repeated word counts once);
    /// a wrong word is reported at `key[i]`. Absent means an empty list.
    pub fn choice_list<T: Copy + PartialEq>(
        &mut self,
        key: &'static str,
        options: &[(&'static str, T)],
    ) -> Option<Vec<T>> {
        let Some(v) = self.get(key) else {
            return Some(Vec::new());
        };
        let Value::Array(items) = v else {
            self.fail(key, ErrorKind::InvalidType { expected: Expected::List });
            return None;
        };
        // Repeats are harmless, but a list far longer than the choices is not a form's answer.
        const MAX_WORDS: usize = 100;
        if items.len() > MAX_WORDS {
            self.fail(key, ErrorKind::TooManyItems { max: MAX_WORDS });
            return None;
        }
        let names: Vec<&'static str> = options.iter().map(|(n, _)| *n).collect();
        let mut out = Vec::with_capacity(items.len());
        let mut ok = true;
        for (i, item) in items.iter().enumerate() {
            let path = format!("{}[{}]", self.path_of(key), i);
            let Value::String(s) = item else {
                self.errors.push(Error::new(path, ErrorKind::InvalidType { expected: Expected::Text }));
                ok = false;
                continue;
            };
            let wanted = fold_case(s.trim());
            match options.iter().find(|(name, _)| *name == wanted) {
                Some((_, t)) if !out.contains(t) => out.push(*t),
                Some(_) => {}
                None => {
                    let suggestion = nearest(&wanted, &names);
                    self.errors.push(Error::new(path, ErrorKind::UnknownValue { allowed: names.clone(), suggestion }));
                    ok = false;
                }
            }
        }
        ok.then_some(out)
    }

    /// A required date `YYYY-MM-DD`.
    pub fn date(&mut self, key: &'static str) -> Option<Date> {
        match self.get(key) {
            None => {
                self.fail(key, ErrorKind::Required);
                None
            }
            Some(Value::String(s)) => {
                let d = Date::parse(s.trim());
                if d.is_none() {
                    self.fail(key, ErrorKind::InvalidDate);
                }
                d
            }
            Some(_) => {
                self.fail(key, ErrorKind::InvalidType { expected: Expected::Text });
                None
            }
        }
    }

    /// An optional nested object, read by `read` with its own path.
    pub fn object<T>(&mut self, key: &'static str, read: impl FnOnce(&mut Fields<'a>) -> T) -> Option<T> {
        let v = self.get(key)?;
        let mut inner = Fields::of(&self.path_of(key), v);
        if !inner.errors.is_empty() {
            self.errors.append(&mut inner.errors);
            return None;
        }
        let t = read(&mut inner);
        let mut errs = inner.finish_errors();
        let ok = errs.is_empty();
        self.errors.append(&mut errs);
        ok.then_some(t)
    }

    /// An optional list of objects, at most `max` long, each read by `read` with the path `key[i]`.
    pub fn list<T>(
        &mut self,
        key: &'static str,
        max: usize,
        mut read: impl FnMut(&mut Fields<'a>) -> T,
    ) -> Option<Vec<T>> {
        let v = self.get(key)?;
        let Value::Array(items) = v else {
            self.fail(key, ErrorKind::InvalidType { expected: Expected::List });
            return None;
        };
        if items.len() > max {
            self.fail(key, ErrorKind::TooManyItems { max });
            return None;
        }
        let mut out = Vec::with_capacity(items.len());
        let mut ok = true;
        for (i, item) in items.iter().enumerate() {
            let mut inner = Fields::of(&format!("{}[{}]", self.path_of(key), i), item);
            if !inner.errors.is_empty() {
                self.errors.append(&mut inner.errors);
                ok = false;
                continue;
            }
            let t = read(&mut inner);
            let mut errs = inner.finish_errors();
            ok &= errs.is_empty();
            self.errors.append(&mut errs);
            out.push(t);
        }
        ok.then_some(out)
    }

    /// Records a mistake found while reading (for checks across fields).
    pub fn error(&mut self, key: &'static str, kind: ErrorKind) {
        self.fail(key, kind);
    }

    /// Marks a field as read without reading it (a field this ruleset accepts and ignores).
    pub fn ignore(&mut self, key: &'static str) -> bool {
        self.get(key).is_some()
    }

    /// Ends reading: every field not asked for becomes `unknown_field`, with the nearest asked one.
    pub fn finish_errors(mut self) -> Vec<Error> {
        for (i, (k, _)) in self.entries.iter().enumerate() {
            if !self.used.get(i).copied().unwrap_or(true) {
                let suggestion = nearest(&fold_case(k), &self.asked);
                let p = self.path_of(k);
                self.errors.push(Error::new(p, ErrorKind::UnknownField { suggestion }));
            }
        }
        self.errors
    }
}

/// Converts a number or a numeric text to a decimal in `range`.
///
/// Texts are accepted as a form gives them: surrounding space, thousands commas and full-width
/// digits are allowed ("１，０００" is 1000). NaN, infinities and other texts are `not_a_number`.
pub fn to_decimal(v: &Value, range: Range) -> Result<Decimal, ErrorKind> {
    let d = match v {
        Value::Number(f) => {
            if !f.is_finite() {
                return Err(ErrorKind::NotANumber { unit: range.unit });
            }
            if *f < range.min as f64 || *f > range.max as f64 {
                return Err(out_of_range(range));
            }
            if f.fract() == 0.0 && f.abs() < 9.0e15 {
                // A whole number below 2^53 is exact in both types: the same decimal as the
                // text path below gives, without formatting and parsing it.
                Decimal::from(*f as i64)
            } else {
                // The shortest text that reads back as the same f64 ("0.1", not
                // 0.1000000000000000055…), never in exponent form.
                Decimal::from_str(&shortest_plain(*f)).map_err(|_| ErrorKind::NotANumber { unit: range.unit })?
            }
        }
        Value::String(s) => parse_numeric_text(s).ok_or(ErrorKind::NotANumber { unit: range.unit })?,
        Value::Array(_) | Value::Object(_) | Value::Bool(_) | Value::Null => {
            return Err(ErrorKind::InvalidType { expected: Expected::Number })
        }
    };
    let d = if d.is_zero() { Decimal::ZERO } else { d.normalize() };
    if d < Decimal::from(range.min) || d > Decimal::from(range.max) {
        return Err(out_of_range(range));
    }
    if range.whole && !d.fract().is_zero() {
        return Err(ErrorKind::NotInteger);
    }
    Ok(d)
}

/// The shortest decimal text that reads back as the finite `f`, in plain notation ("0.1",
/// "0.0000001", "12345678901234567000"): what `format!("{f}")` writes. Built from ryu's digits, which
/// are the same shortest and closest digits but for ties (handled below; the tests compare the two),
/// because core's float formatting would add 14 KB to the wasm module for this one use.
fn shortest_plain(f: f64) -> String {
    let mut buffer = ryu::Buffer::new();
    let text = buffer.format_finite(f);
    let (negative, text) = match text.strip_prefix('-') {
        Some(t) => (true, t),
        None => (false, text),
    };
    // ryu writes "1234.5", "0.001234", "1234000.0", "1e-7" or "1.234e33".
    let (mantissa, exponent) = match text.split_once('e') {
        Some((m, e)) => (m, e.parse::<i64>().unwrap_or(0)),
        None => (text, 0),
    };
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    // The value is `digits` × 10^`power`, without leading or trailing zeros.
    let mut digits: String = int.chars().chain(frac.chars()).skip_while(|&c| c == '0').collect();
    let mut power = exponent.saturating_sub(i64::try_from(frac.len()).unwrap_or(0));
    while digits.ends_with('0') {
        digits.pop();
        power = power.saturating_add(1);
    }
    if halfway_above(f, &digits, power) {
        // ryu rounds a tie to the even digit, core's formatting rounds it up: 233115890514796.125
        // is written …796.13 by `format!`, …796.12 by ryu. Take the one `format!` takes.
        round_up_last_digit(&mut digits);
        while digits.ends_with('0') {
            digits.pop();
            power = power.saturating_add(1);
        }
    }
    let mut out = String::with_capacity(digits.len().saturating_add(24));
    if negative {
        out.push('-');
    }
    if digits.is_empty() {
        out.push('0');
        return out;
    }
    let zeros = |out: &mut String, n: i64| {
        for _ in 0..n {
            out.push('0');
        }
    };
    let before_point = i64::try_from(digits.len()).unwrap_or(0).saturating_add(power);
    if power >= 0 {
        out.push_str(&digits);
        zeros(&mut out, power);
    } else if before_point > 0 {
        let (whole, fraction) =
            digits.split_at_checked(usize::try_from(before_point).unwrap_or(0)).unwrap_or((&digits, ""));
        out.push_str(whole);
        out.push('.');
        out.push_str(fraction);
    } else {
        out.push_str("0.");
        zeros(&mut out, before_point.saturating_neg());
        out.push_str(&digits);
    }
    out
}

/// Whether the finite `f` is exactly halfway between `digits` × 10^`power` and the next number of as
/// many digits, with `digits` even (a tie that ryu resolved downwards).
fn halfway_above(f: f64, digits: &str, power: i64) -> bool {
    let Ok(d) = digits.parse::<u128>() else {
        return false;
    };
    if d % 2 != 0 || power >= 0 {
        // A tie needs a fraction of 10^power: f = (2d + 1) × 10^power / 2 with power < 0.
        return false;
    }
    let bits = f.to_bits();
    let exponent = i64::try_from((bits >> 52) & 0x7FF).unwrap_or(0);
    let fraction = bits & ((1u64 << 52) - 1);
    // |f| = m × 2^q, with m odd.
    let (mut m, mut q) =
        if exponent == 0 { (fraction, -1074i64) } else { (fraction | (1u64 << 52), exponent.saturating_sub(1075)) };
    if m == 0 {
        return false;
    }
    while m % 2 == 0 {
        m /= 2;
        q = q.saturating_add(1);
    }
    // (2d + 1) × 10^power = 2 m 2^q  ⟺  2d + 1 = m × 5^r and q + 1 + r = 0, with r = -power.
    let r = power.saturating_neg();
    if q.saturating_add(1).saturating_add(r) != 0 {
        return false;
    }
    let Ok(r) = u32::try_from(r) else {
        return false;
    };
    let target = d.saturating_mul(2).saturating_add(1);
    5u128.checked_pow(r).and_then(|p| p.checked_mul(u128::from(m))) == Some(target)
}

/// Adds one to the last digit of a decimal digit string, carrying ("1299" → "1300", "99" → "100").
fn round_up_last_digit(digits: &mut String) {
    let mut out: Vec<u8> = digits.bytes().collect();
    let mut carry = true;
    for b in out.iter_mut().rev() {
        if !carry {
            break;
        }
        if *b == b'9' {
            *b = b'0';
        } else {
            *b = b.saturating_add(1);
            carry = false;
        }
    }
    if carry {
        out.insert(0, b'1');
    }
    *digits = String::from_utf8(out).unwrap_or_default();
}

fn out_of_range(range: Range) -> ErrorKind {
    ErrorKind::OutOfRange {
        min: crate::money::group(&range.min.to_string()),
        max: crate::money::group(&range.max.to_string()),
        unit: range.unit,
    }
}

/// Reads a number as people write it in a form: "1,000", "１，０００", " -12.5 ", and amounts with
/// the Japanese units 百, 千, 万 and 億 and a yen sign or 円: "600万", "1億", "1億2,000万", "6百万",
/// "6,000千円", "¥6,000,000", "1.5万". Refuses anything else ("1e6", "六百万", "600万ドル").
fn parse_numeric_text(s: &str) -> Option<Decimal> {
    let mut out = String::with_capacity(s.len());
    for c in s.trim().chars() {
        let c = match c {
            '０'..='９' => char::from_u32(u32::from(c).checked_sub(0xFF10)?.checked_add(u32::from('0'))?)?,
            '，' | ',' | ' ' | '\u{3000}' => continue,
            '．' => '.',
            '－' | '−' | 'ー' => '-',
            c => c,
        };
        out.push(c);
    }
    let body = out.strip_prefix(['¥', '￥']).unwrap_or(&out);
    let body = body.strip_suffix('円').unwrap_or(body);
    let (negative, body) = match body.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, body),
    };
    let total = if body.chars().any(|c| unit_of(c).is_some()) { with_units(body)? } else { plain_decimal(body)? };
    Some(if negative { total.checked_mul(Decimal::NEGATIVE_ONE)? } else { total })
}

/// "1234.5" and nothing else: digits, at most one point, at most 20 digits on each side.
fn plain_decimal(text: &str) -> Option<Decimal> {
    let (int, frac) = match text.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (text, None),
    };
    let digits_ok = |p: &str| !p.is_empty() && p.len() <= 20 && p.bytes().all(|b| b.is_ascii_digit());
    if !digits_ok(int) || !frac.map_or(true, digits_ok) {
        return None;
    }
    Decimal::from_str(text).ok()
}

/// The multiplier of a Japanese number unit.
fn unit_of(c: char) -> Option<i64> {
    match c {
        '百' => Some(100),
        '千' => Some(1_000),
        '万' => Some(10_000),
        '億' => Some(100_000_000),
        _ => None,
    }
}

/// "1億2000万5000", "6百万", "6000千": numbers each followed by units that multiply ("百万" is
/// 100 × 10,000), from the largest multiplier down, and a bare number last.
fn with_units(text: &str) -> Option<Decimal> {
    let mut total = Decimal::ZERO;
    let mut last_multiplier: Option<Decimal> = None;
    let mut rest = text;
    while !rest.is_empty() {
        let number_end = rest.find(|c: char| unit_of(c).is_some()).unwrap_or(rest.len());
        let (number, after) = rest.split_at_checked(number_end)?;
        let value = plain_decimal(number)?;
        let units_end = after.find(|c: char| unit_of(c).is_none()).unwrap_or(after.len());
        let (units, next) = after.split_at_checked(units_end)?;
        // A unit is 百 or 千, 万 or 億, or one of each in that order (百万, 千万, 百億).
        // A bare number (no unit) can only come last.
        let mut chars = units.chars().map(unit_of);
        let (first, second) = (chars.next().flatten().unwrap_or(1), chars.next().flatten());
        if chars.next().is_some() || second.is_some_and(|s| first >= 10_000 || s < 10_000) {
            return None;
        }
        let multiplier = Decimal::from(first).checked_mul(Decimal::from(second.unwrap_or(1)))?;
        // Each part is smaller than the one before it: "1億2000万", never "2000万1億".
        if last_multiplier.is_some_and(|m| multiplier >= m) {
            return None;
        }
        last_multiplier = Some(multiplier);
        total = total.checked_add(value.checked_mul(multiplier)?)?;
        rest = next;
    }
    Some(total)
}

/// Lower-cases `s` for matching against the ASCII words of the rules (option names, field names,
/// program ids, romaji prefecture names).
///
/// Against ASCII words this matches exactly as `str::to_lowercase` would, without pulling Unicode's
/// case tables (about 12 KB) into the wasm module: ASCII letters are lowered, and the only two other
/// characters whose lowercase holds ASCII letters are mapped as `to_lowercase` maps them (KELVIN SIGN
/// → "k", U+0130 → "i̇"). Every other character is kept: its lowercase is again one character
/// outside ASCII, which no ASCII word contains either (checked for every character in the tests).
pub fn fold_case(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\u{212A}' => out.push('k'),
            '\u{0130}' => out.push_str("i\u{0307}"),
            c => out.push(c.to_ascii_lowercase()),
        }
    }
    out
}

/// The allowed word nearest to `wanted`, when it is close enough to be a slip (edit distance ≤ 2,
/// or one contains the other).
pub fn nearest(wanted: &str, names: &[&'static str]) -> Option<&'static str> {
    if wanted.is_empty() {
        return None;
    }
    let mut best: Option<(usize, &'static str)> = None;
    let wanted_len = wanted.chars().count();
    for &n in names {
        let d = if n.contains(wanted) || wanted.contains(n) {
            1
        } else if wanted_len.abs_diff(n.chars().count()) > 2 {
            // The distance is at least the difference in length: too far to suggest.
            continue;
        } else {
            edit_distance(wanted, n)
        };
        if d <= 2 && best.map_or(true, |(bd, _)| d < bd) {
            best = Some((d, n));
        }
    }
    best.map(|(_, n)| n)
}

fn edit_distance(a: &str, b: &str) -> usize {
    // On the stack: did-you-mean runs this once per allowed word (47 prefectures), and heap rows
    // made it most of the cost of answering a request with a misspelt word.
    const LONGEST: usize = 64;
    let mut a_chars = ['\0'; LONGEST];
    let mut b_chars = ['\0'; LONGEST];
    let (Some(la), Some(lb)) = (fill_chars(&mut a_chars, a), fill_chars(&mut b_chars, b)) else {
        return usize::MAX;
    };
    let (a, b) = (a_chars.get(..la).unwrap_or_default(), b_chars.get(..lb).unwrap_or_default());
    let mut rows = ([0usize; LONGEST + 1], [0usize; LONGEST + 1]);
    // References, so that swapping the rows after each character swaps two pointers.
    let (mut prev, mut cur) = (&mut rows.0, &mut rows.1);
    for (j, p) in prev.iter_mut().enumerate() {
        *p = j;
    }
    for (i, ca) in a.iter().enumerate() {
        let mut left = i.saturating_add(1);
        if let Some(c0) = cur.first_mut() {
            *c0 = left;
        }
        let diagonal_and_up = prev.iter().zip(prev.iter().skip(1));
        for ((cb, (&diagonal, &up)), out) in b.iter().zip(diagonal_and_up).zip(cur.iter_mut().skip(1)) {
            let v =
                diagonal.saturating_add(usize::from(ca != cb)).min(up.saturating_add(1)).min(left.saturating_add(1));
            *out = v;
            left = v;
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev.get(b.len()).copied().unwrap_or(usize::MAX)
}

/// Copies the characters of `s` into `out`; their count, or `None` when they do not fit.
fn fill_chars(out: &mut [char], s: &str) -> Option<usize> {
    let mut n = 0usize;
    let mut chars = s.chars();
    for (slot, c) in out.iter_mut().zip(chars.by_ref()) {
        *slot = c;
        n = n.saturating_add(1);
    }
    chars.next().is_none().then_some(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What an ASCII word can see of a text: its ASCII characters, and where the others are.
    fn seen_by_ascii_words(s: &str) -> Vec<Option<char>> {
        s.chars().map(|c| c.is_ascii().then_some(c)).collect()
    }

    #[test]
    fn whole_numbers_take_the_fast_path_to_the_same_decimal_as_the_text_path() {
        let range = Range::decimal(-10_000_000_000_000_000, 10_000_000_000_000_000, Unit::Yen);
        let mut x = 0x2545_F491_4F6C_DD1D_u64;
        let mut numbers = vec![0.0, -0.0, 1.0, -1.0, 8_999_999_999_999_998.0, 9.0e15, -9.0e15, 2f64.powi(53), 1e15];
        for _ in 0..20_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            numbers.push(((x >> 11) % 10_000_000_000_000_000) as f64 * if x & 1 == 0 { 1.0 } else { -1.0 });
        }
        for f in numbers {
            let text =
                Decimal::from_str(&format!("{f}")).map(|d| if d.is_zero() { Decimal::ZERO } else { d.normalize() });
            assert_eq!(
                to_decimal(&Value::Number(f), range),
                text.map_err(|_| ErrorKind::NotANumber { unit: range.unit }),
                "{f}"
            );
        }
    }

    /// The former heap version, as the oracle of the stack version.
    fn edit_distance_with_vectors(a: &str, b: &str) -> usize {
        let a: Vec<char> = a.chars().collect();
        let b: Vec<char> = b.chars().collect();
        if a.len() > 64 || b.len() > 64 {
            return usize::MAX;
        }
        let mut prev: Vec<usize> = (0..=b.len()).collect();
        let mut cur = vec![0; b.len().saturating_add(1)];
        for (i, ca) in a.iter().enumerate() {
            if let Some(c0) = cur.get_mut(0) {
                *c0 = i.saturating_add(1);
            }
            for (j, cb) in b.iter().enumerate() {
                let sub = prev.get(j).copied().unwrap_or(usize::MAX).saturating_add(usize::from(ca != cb));
                let del = prev.get(j.saturating_add(1)).copied().unwrap_or(usize::MAX).saturating_add(1);
                let ins = cur.get(j).copied().unwrap_or(usize::MAX).saturating_add(1);
                if let Some(c) = cur.get_mut(j.saturating_add(1)) {
                    *c = sub.min(del).min(ins);
                }
            }
            std::mem::swap(&mut prev, &mut cur);
        }
        prev.last().copied().unwrap_or(usize::MAX)
    }

    #[test]
    fn edit_distance_on_the_stack_agrees_with_the_heap_version() {
        let words = [
            "",
            "a",
            "kagoshima",
            "kagosima",
            "KAGOSHIMA",
            "hokkaido",
            "鹿児島",
            "ｋａｇｏｓｈｉｍａ",
            "retail",
            "retial",
            "x",
        ];
        let long64 = "k".repeat(64);
        let long65 = "k".repeat(65);
        let mut all: Vec<String> = words.iter().map(|w| (*w).to_owned()).collect();
        all.extend([long64, long65, format!("{}é", "a".repeat(63))]);
        let mut x = 0x1234_5678_9ABC_DEF1_u64;
        for _ in 0..120 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let len = (x % 70) as usize;
            all.push((0..len).map(|i| char::from(b'a' + ((x >> (i % 60)) % 5) as u8)).collect());
        }
        for a in &all {
            for b in &all {
                assert_eq!(edit_distance(a, b), edit_distance_with_vectors(a, b), "{a:?} {b:?}");
            }
        }
    }

    #[test]
    fn shortest_text_of_a_number_is_what_format_writes() {
        let mut numbers = vec![
            0.0,
            -0.0,
            0.1,
            0.2,
            0.3,
            1.5,
            -2.25,
            80.5,
            1e-7,
            1.234e-7,
            5e-324,
            -5e-324,
            f64::MIN_POSITIVE,
            f64::MAX,
            f64::MIN,
            f64::EPSILON,
            1e15,
            1e16,
            1e17,
            1e21,
            1e22,
            123456789012345680.0,
            0.000001,
            0.00001,
            0.0001,
            9007199254740993.0,
            2f64.powi(-1074),
            2f64.powi(1023),
            1.0 / 3.0,
            2.0 / 3.0,
            // A tie: ryu alone writes …796.12, `format!` …796.13.
            f64::from_bits(0x42ea_8090_bb0f_6d84),
        ];
        let mut x = 0x9E37_79B9_7F4A_7C15_u64;
        let mut next = || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        for _ in 0..200_000 {
            let f = f64::from_bits(next());
            if f.is_finite() {
                numbers.push(f);
            }
            // Numbers as forms give them: a few digits and a decimal point.
            let digits = (next() % 10_000_000) as f64;
            numbers.push(digits / 10f64.powi((next() % 12) as i32));
            numbers.push(digits * 10f64.powi((next() % 20) as i32));
        }
        for f in numbers {
            assert_eq!(shortest_plain(f), format!("{f}"), "bits {:#x}", f.to_bits());
        }
    }

    #[test]
    fn case_folding_matches_unicode_lowercase_for_every_character_as_ascii_words_see_it() {
        for c in (0..=0x10FFFF_u32).filter_map(char::from_u32) {
            let text = c.to_string();
            assert_eq!(
                seen_by_ascii_words(&fold_case(&text)),
                seen_by_ascii_words(&text.to_lowercase()),
                "U+{:04X}",
                u32::from(c)
            );
        }
        assert_eq!(fold_case("KaGoShima"), "kagoshima");
        assert_eq!(fold_case("\u{212A}agoshima"), "kagoshima");
        assert_eq!(fold_case("ÄΣ"), "ÄΣ");
    }

    const YEN: Range = Range::whole(0, 1_000_000_000_000, Unit::Yen);

    #[test]
    fn numeric_texts_from_forms_are_read_as_numbers() {
        assert_eq!(to_decimal(&Value::String("１，０００".into()), YEN), Ok(Decimal::from(1000)));
        assert_eq!(to_decimal(&Value::String(" 6,000,000 ".into()), YEN), Ok(Decimal::from(6_000_000)));
        assert_eq!(to_decimal(&Value::Number(-0.0), YEN), Ok(Decimal::ZERO));
    }

    #[test]
    fn amounts_are_read_as_people_write_them_with_units_and_a_yen_sign() {
        let read = |s: &str| to_decimal(&Value::String(s.into()), YEN);
        for (text, yen) in [
            ("600万", 6_000_000),
            ("６００万", 6_000_000),
            ("1億", 100_000_000),
            ("1億2,000万", 120_000_000),
            ("1億2000万5000", 120_005_000),
            ("¥6,000,000", 6_000_000),
            ("￥６，０００，０００円", 6_000_000),
            ("6百万", 6_000_000),
            ("6,000千円", 6_000_000),
            ("1.5万", 15_000),
            ("600万円", 6_000_000),
            ("1万5000", 15_000),
        ] {
            assert_eq!(read(text), Ok(Decimal::from(yen)), "{text}");
        }
        for bad in
            ["六百万", "600万ドル", "万", "2000万1億", "1億億", "1万万", "1万百", "6万.5", "¥", "1e6", "600 万 円 円"]
        {
            assert!(matches!(read(bad), Err(ErrorKind::NotANumber { .. })), "{bad}");
        }
        assert!(matches!(read("2兆"), Err(ErrorKind::NotANumber { .. })));
        assert!(matches!(read("1万1億"), Err(ErrorKind::NotANumber { .. })));
        assert!(matches!(read("10001億"), Err(ErrorKind::OutOfRange { .. })), "ranges are unchanged");
    }

    #[test]
    fn nan_infinity_fractions_and_words_are_refused_with_their_codes() {
        let nan = Err(ErrorKind::NotANumber { unit: Unit::Yen });
        assert_eq!(to_decimal(&Value::Number(f64::NAN), YEN), nan);
        assert_eq!(to_decimal(&Value::Number(f64::INFINITY), YEN), nan);
        assert_eq!(to_decimal(&Value::Number(1.5), YEN), Err(ErrorKind::NotInteger));
        assert_eq!(to_decimal(&Value::String("1e5".into()), YEN), nan);
        assert_eq!(to_decimal(&Value::String("12abc".into()), YEN), nan);
        assert!(matches!(to_decimal(&Value::Number(-1.0), YEN), Err(ErrorKind::OutOfRange { .. })));
        assert!(matches!(to_decimal(&Value::Number(1e300), YEN), Err(ErrorKind::OutOfRange { .. })));
    }

    #[test]
    fn a_slip_in_a_word_suggests_the_nearest_allowed_one() {
        assert_eq!(nearest("retial", &["retail", "service"]), Some("retail"));
        assert_eq!(nearest("zzzzzz", &["retail", "service"]), None);
    }
}
