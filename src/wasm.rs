//! The only file that knows JavaScript: converts the request to [`Value`], calls the core, and
//! converts the answer back to a plain object. No rules live here.
//!
//! ```js
//! import init, { simulate, screen, whatIf, programs, version } from "./pkg/joseikin.js";
//! await init();
//! simulate({ program: "gyomu-kaizen", asOf: "2023-06-01", input: { … } });
//! ```

use crate::catalog;
use crate::error::Error;
use crate::programs::Response;
use crate::value::{read_failure, Value, MAX_DEPTH, MAX_ITEMS, TOO_DEEP, TOO_MANY};
use js_sys::{Array, ArrayBuffer, Map, Symbol, Uint8Array};
use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen(module = "/src/answer.js")]
extern "C" {
    /// `JSON.parse` of the UTF-8 text at `ptr` (`len` bytes) in the module's memory.
    fn parse_utf8(memory: &JsValue, ptr: u32, len: u32) -> JsValue;
}

/// The answer as a plain JavaScript object: written here as one JSON text and parsed by the
/// engine's own JSON.parse, far cheaper than building the object field by field across the boundary.
fn to_js<T: Serialize + ?Sized>(v: &T) -> Result<JsValue, JsError> {
    let json =
        serde_json::to_string(v).map_err(|e| JsError::new(&format!("joseikin: could not build the answer: {e}")))?;
    let (ptr, len) = (u32::try_from(json.as_ptr() as usize), u32::try_from(json.len()));
    match (ptr, len) {
        (Ok(ptr), Ok(len)) => Ok(parse_utf8(&wasm_bindgen::memory(), ptr, len)),
        _ => Err(JsError::new("joseikin: the answer is too large")),
    }
}

/// Computes one estimate: `simulate({ program, asOf, input })`.
///
/// Returns `{ ok: true, … }` or, for a user's mistake, `{ ok: false, errors }`. Throws only when the
/// request is not an object (a mistake of the calling page).
#[wasm_bindgen]
pub fn simulate(request: JsValue) -> Result<JsValue, JsError> {
    // A revoked Proxy makes Array.isArray throw: that is no object to read either.
    if !request.is_object() || is_array(&request).unwrap_or(true) {
        return Err(JsError::new(&format!("joseikin: {}", crate::error::CallError::NOT_AN_OBJECT)));
    }
    let value: Value = match read(&request, 0) {
        Ok(v) => v,
        Err(message) => {
            let errors: Vec<Error> = vec![read_failure(&message)];
            let lang = catalog::default_language().code;
            return to_js(&Response::Rejected(crate::programs::Rejected { ok: false, lang, errors }));
        }
    };
    match crate::programs::simulate(&value) {
        Ok(response) => to_js(&response),
        Err(call) => Err(JsError::new(&format!("joseikin: {call}"))),
    }
}

/// Which programs fit one company: `screen({ asOf, lang, profile: { company, site, plans } })`.
///
/// Returns `{ ok: true, programs, missing, overlaps }` or, for a mistake in the profile,
/// `{ ok: false, errors }`. Throws only when the request is not an object, as `simulate` does.
#[wasm_bindgen]
pub fn screen(request: JsValue) -> Result<JsValue, JsError> {
    if !request.is_object() || is_array(&request).unwrap_or(true) {
        return Err(JsError::new(&format!("joseikin: {}", crate::error::CallError::SCREEN_NOT_AN_OBJECT)));
    }
    let value: Value = match read(&request, 0) {
        Ok(v) => v,
        Err(message) => {
            let errors: Vec<Error> = vec![read_failure(&message)];
            let lang = catalog::default_language().code;
            return to_js(&crate::screen::ScreenResponse::Rejected(crate::programs::Rejected { ok: false, lang, errors }));
        }
    };
    match crate::screen::screen(&value) {
        Ok(response) => to_js(&response),
        Err(call) => Err(JsError::new(&format!("joseikin: {call}"))),
    }
}

/// The amount over a grid of one field: `whatIf(request, { field, from, to, steps })`.
///
/// Returns `{ ok: true, points, marks, … }` or, for a mistake in the request or the options,
/// `{ ok: false, errors }`. Throws only when the request is not an object, as `simulate` does.
#[wasm_bindgen(js_name = whatIf)]
pub fn what_if(request: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    if !request.is_object() || is_array(&request).unwrap_or(true) {
        return Err(JsError::new(&format!("joseikin: {}", crate::error::CallError::NOT_AN_OBJECT)));
    }
    let lang = catalog::default_language().code;
    let refuse = |field: &str, message: &str| {
        let errors = vec![Error::new(field, read_failure(message).kind)];
        to_js(&crate::programs::WhatIfResponse::Rejected(crate::programs::Rejected { ok: false, lang, errors }))
    };
    let value = match read(&request, 0) {
        Ok(v) => v,
        Err(message) => return refuse("", &message),
    };
    let options = match read(&options, 0) {
        Ok(v) => v,
        Err(message) => return refuse("options", &message),
    };
    match crate::programs::what_if(&value, &options) {
        Ok(response) => to_js(&response),
        Err(call) => Err(JsError::new(&format!("joseikin: {call}"))),
    }
}

/// Every program with its rulesets, their validity and documents, in `lang` (`"ja"` when not
/// given or not known).
#[wasm_bindgen]
pub fn programs(lang: Option<String>) -> Result<JsValue, JsError> {
    let lang = lang.as_deref().and_then(catalog::language).unwrap_or_else(catalog::default_language);
    to_js(&Listing(lang))
}

/// The listing written in one language.
struct Listing(&'static catalog::Language);

impl Serialize for Listing {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        crate::programs::listing_in(self.0, s)
    }
}

/// `{ crate, rulesets }`: the crate version and every ruleset id.
#[wasm_bindgen]
pub fn version() -> Result<JsValue, JsError> {
    to_js(&crate::programs::version())
}

/// Reads a JavaScript value as [`Value`], as `serde_wasm_bindgen::from_value::<Value>` did before,
/// value by value and in the same order (so that the same requests are refused with the same
/// error), but without serde-wasm-bindgen's deserializer: that spent five calls into JavaScript on
/// every number where one will do, and its error messages pulled float formatting into the module.
/// The error is a message for [`read_failure`]: `TOO_DEEP`, `TOO_MANY`, or anything else (a value
/// no request can hold, or the text of an exception caught while iterating).
fn read(v: &JsValue, depth: usize) -> Result<Value, String> {
    if depth > MAX_DEPTH {
        return Err(TOO_DEEP.to_owned());
    }
    // The primitive types first, numbers and texts being the most common; they are disjoint, so
    // the order of these tests changes nothing.
    if let Some(f) = v.as_f64() {
        // Safe integers went through i64, which turns -0 into 0.
        let safe_integer = f.fract() == 0.0 && f.abs() <= 9_007_199_254_740_991.0;
        return Ok(Value::Number(if safe_integer { f as i64 as f64 } else { f }));
    }
    if let Some(s) = v.as_string() {
        return Ok(Value::String(s));
    }
    if v.loose_eq(&JsValue::NULL) {
        return Ok(Value::Null);
    }
    if let Some(b) = v.as_bool() {
        return Ok(Value::Bool(b));
    }
    if v.is_bigint() {
        return match i64::try_from(v.clone()) {
            Ok(n) => Ok(Value::Number(n as f64)),
            Err(v) => u64::try_from(v).map(|n| Value::Number(n as f64)).map_err(|_| NOT_PLAIN_DATA.to_owned()),
        };
    }
    if is_array(v).map_err(|_| THREW.to_owned())? {
        // Array.from copies the items (of this realm or another, or behind a Proxy) inside a call
        // that catches, so no exception of the page's ever unwinds through the module.
        let array = array_from(v).map_err(|_| THREW.to_owned())?;
        let mut out = Vec::new();
        for item in array.iter() {
            let value = read(&item, depth.saturating_add(1))?;
            if out.len() >= MAX_ITEMS {
                return Err(TOO_MANY.to_owned());
            }
            out.push(value);
        }
        return Ok(Value::Array(out));
    }
    if v.dyn_ref::<Uint8Array>().is_some() || v.dyn_ref::<ArrayBuffer>().is_some() {
        return Err(NOT_PLAIN_DATA.to_owned());
    }
    // Objects: plain ones by Object.entries, a Map by its entries; any other iterable (a Set, a
    // String object…) is refused.
    if !v.is_object() {
        return Err(NOT_PLAIN_DATA.to_owned());
    }
    let iterable = reflect_has(v, &Symbol::iterator()).map_err(|_| THREW.to_owned())?;
    if iterable && !v.has_type::<Map>() {
        return Err(NOT_PLAIN_DATA.to_owned());
    }
    let mut out = Vec::new();
    let mut push = |pair: JsValue| -> Result<(), String> {
        let pair = pair.unchecked_into::<Array>();
        let key = pair.get(0).as_string().ok_or_else(|| NOT_PLAIN_DATA.to_owned())?;
        if out.len() >= MAX_ITEMS {
            return Err(TOO_MANY.to_owned());
        }
        let value = read(&pair.get(1), depth.saturating_add(1))?;
        out.push((key, value));
        Ok(())
    };
    if iterable {
        // A Map: its entries, copied inside a call that catches.
        for pair in array_from(v).map_err(|_| THREW.to_owned())?.iter() {
            push(pair)?;
        }
    } else {
        // Object.entries runs the object's getters and a Proxy's traps, inside a call that catches.
        for pair in entries_of(v).map_err(|_| THREW.to_owned())?.iter() {
            push(pair)?;
        }
    }
    Ok(Value::Object(out))
}

/// The error of a value that no request holds (a function, a symbol, bytes, a Set…).
const NOT_PLAIN_DATA: &str = "joseikin: not plain data";

/// The error of a request whose reading ran the page's own code (a getter, a Proxy trap) and that
/// code threw. The exception is caught where it is thrown and answered as `invalid_type`: letting it
/// unwind through the module's frames would leave the module's stack unbalanced.
const THREW: &str = "joseikin: reading the request threw";

// Every call that can run the page's own code goes through one of these, each with `catch`.
#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = Array, js_name = isArray, catch)]
    fn is_array(value: &JsValue) -> Result<bool, JsValue>;
    #[wasm_bindgen(js_namespace = Array, js_name = from, catch)]
    fn array_from(value: &JsValue) -> Result<Array, JsValue>;
    #[wasm_bindgen(js_namespace = Object, js_name = entries, catch)]
    fn entries_of(object: &JsValue) -> Result<Array, JsValue>;
    #[wasm_bindgen(js_namespace = Reflect, js_name = has, catch)]
    fn reflect_has(target: &JsValue, key: &JsValue) -> Result<bool, JsValue>;
}
