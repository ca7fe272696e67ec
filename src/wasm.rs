//! The only file that knows JavaScript: converts the request to [`Value`], calls the core, and
//! converts the answer back to a plain object. No rules live here.
//!
//! ```js
//! import init, { simulate, programs, version } from "./pkg/joseikin.js";
//! await init();
//! simulate({ program: "gyomu-kaizen", asOf: "2023-06-01", input: { … } });
//! ```

use crate::error::Error;
use crate::programs::Response;
use crate::value::{read_failure, Value};
use serde::Serialize;
use wasm_bindgen::prelude::*;

fn to_js<T: Serialize + ?Sized>(v: &T) -> Result<JsValue, JsError> {
    // Plain objects (not Map) and numbers as JS numbers, so answers are JSON-compatible.
    v.serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&format!("joseikin: could not build the answer: {e}")))
}

/// Computes one estimate: `simulate({ program, asOf, input })`.
///
/// Returns `{ ok: true, … }` or, for a user's mistake, `{ ok: false, errors }`. Throws only when the
/// request is not an object (a mistake of the calling page).
#[wasm_bindgen]
pub fn simulate(request: JsValue) -> Result<JsValue, JsError> {
    if !request.is_object() || js_sys::Array::is_array(&request) {
        return Err(JsError::new("joseikin: simulate() takes one object: { program, asOf, input }"));
    }
    let value: Value = match serde_wasm_bindgen::from_value(request) {
        Ok(v) => v,
        Err(e) => {
            let errors: Vec<Error> = vec![read_failure(&e.to_string())];
            return to_js(&Response::Rejected(crate::programs::Rejected { ok: false, errors }));
        }
    };
    match crate::programs::simulate(&value) {
        Ok(response) => to_js(&response),
        Err(call) => Err(JsError::new(&format!("joseikin: {call}"))),
    }
}

/// Every program with its rulesets and their validity.
#[wasm_bindgen]
pub fn programs() -> Result<JsValue, JsError> {
    to_js(&crate::programs::listing())
}

/// `{ crate, rulesets }`: the crate version and every ruleset id.
#[wasm_bindgen]
pub fn version() -> Result<JsValue, JsError> {
    to_js(&crate::programs::version())
}
