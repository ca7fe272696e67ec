//! The same scenario cases, in headless Chromium, through the JavaScript contract: each request is
//! built as a JS object (`JSON.parse`), passed to the exported `simulate`, and the JS answer is read
//! back with `JSON.stringify`. Also values that only JavaScript can send (NaN, undefined, -0, …).
#![cfg(target_arch = "wasm32")]

mod common;

use joseikin::wasm;
use js_sys::{Function, Object, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn to_js(json: &serde_json::Value) -> JsValue {
    JSON::parse(&json.to_string()).expect("a case is JSON")
}

fn from_js(v: &JsValue) -> serde_json::Value {
    let text: String = JSON::stringify(v).expect("answers stringify").into();
    serde_json::from_str(&text).expect("answers are JSON")
}

fn simulate(request: JsValue) -> serde_json::Value {
    from_js(&wasm::simulate(request).unwrap_or_else(|_| panic!("simulate threw")))
}

fn seed_request() -> JsValue {
    to_js(&serde_json::json!({
        "program": "gyomu-kaizen", "asOf": "2023-06-01",
        "input": { "prefecture": "kagoshima", "industry": "retail", "capitalYen": 10000000,
                   "companyEmployees": 20, "siteEmployees": 20, "lowestWage": 863, "raiseYen": 90,
                   "raisedWorkers": 8, "investmentYen": 6000000 }
    }))
}

/// Sets `input.<key>` of the seed request to a value only JavaScript has.
fn seed_with(key: &str, value: JsValue) -> JsValue {
    let req = seed_request();
    let input = Reflect::get(&req, &"input".into()).unwrap();
    Reflect::set(&input, &key.into(), &value).unwrap();
    req
}

fn first_error(answer: &serde_json::Value) -> (String, String) {
    let e = &answer["errors"][0];
    (e["field"].as_str().unwrap_or("").into(), e["code"].as_str().unwrap_or("").into())
}

#[wasm_bindgen_test]
fn every_scenario_case_gives_its_expected_answer_in_the_browser() {
    common::check_all(|request| simulate(to_js(request)));
}

#[wasm_bindgen_test]
fn every_screen_case_gives_its_expected_answer_in_the_browser() {
    common::check_screen(|request| {
        from_js(&wasm::screen(to_js(request)).unwrap_or_else(|_| panic!("screen threw")))
    });
}

#[wasm_bindgen_test]
fn screen_throws_only_for_a_call_that_is_not_an_object() {
    assert!(wasm::screen(JsValue::from_str("kagoshima")).is_err());
    assert!(wasm::screen(js_sys::Array::new().into()).is_err());
    let answer = from_js(&wasm::screen(Object::new().into()).unwrap_or_else(|_| panic!("screen threw")));
    assert_eq!(answer["ok"], false);
}

#[wasm_bindgen_test]
fn the_seed_example_reads_as_the_leaflet_reads() {
    let a = simulate(seed_request());
    assert_eq!(a["amountYen"], 4_500_000);
    let step = a["steps"].as_array().unwrap().iter().find(|s| s["id"] == "amount_vs_cap").unwrap();
    assert_eq!(step["text"], "600万円 × 9/10 = 540万円 > 上限 450万円 → 450万円");
}

#[wasm_bindgen_test]
fn nan_and_infinity_are_not_numbers_and_the_module_keeps_working() {
    for v in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
        let a = simulate(seed_with("investmentYen", JsValue::from_f64(v)));
        assert_eq!(a["ok"], false);
        assert_eq!(first_error(&a), ("input.investmentYen".into(), "not_a_number".into()));
    }
    assert_eq!(simulate(seed_request())["amountYen"], 4_500_000);
}

#[wasm_bindgen_test]
fn minus_zero_is_zero_and_undefined_is_absent() {
    let a = simulate(seed_with("investmentYen", JsValue::from_f64(-0.0)));
    assert_eq!(a["eligible"], false);
    assert_eq!(a["reasons"][0]["code"], "no_investment");
    let a = simulate(seed_with("investmentYen", JsValue::UNDEFINED));
    assert_eq!(first_error(&a), ("input.investmentYen".into(), "required".into()));
}

#[wasm_bindgen_test]
fn a_function_or_symbol_in_the_input_is_an_error_not_a_trap() {
    let f = Function::new_no_args("return 1");
    let a = simulate(seed_with("investmentYen", f.into()));
    assert_eq!(a["ok"], false);
    let sym: JsValue = js_sys::Symbol::for_("x").into();
    let a = simulate(seed_with("investmentYen", sym));
    assert_eq!(a["ok"], false);
    assert_eq!(simulate(seed_request())["amountYen"], 4_500_000);
}

#[wasm_bindgen_test]
fn deep_nesting_is_refused_and_the_module_keeps_working() {
    let mut v: JsValue = Object::new().into();
    for _ in 0..5000 {
        let o = Object::new();
        Reflect::set(&o, &"a".into(), &v).unwrap();
        v = o.into();
    }
    let a = simulate(seed_with("extraCosts", v));
    assert_eq!(a["ok"], false);
    assert_eq!(a["errors"][0]["code"], "too_deep");
    assert_eq!(simulate(seed_request())["amountYen"], 4_500_000);
}

#[wasm_bindgen_test]
fn only_a_request_that_is_not_an_object_throws() {
    for bad in [
        JsValue::NULL,
        JsValue::UNDEFINED,
        JsValue::from_str("gyomu-kaizen"),
        JsValue::from_f64(1.0),
        js_sys::Array::new().into(),
    ] {
        assert!(wasm::simulate(bad).is_err());
    }
    let a = simulate(Object::new().into());
    assert_eq!(a["ok"], false);
}

#[wasm_bindgen_test]
fn programs_and_version_describe_the_module() {
    let p = from_js(&wasm::programs(None).unwrap());
    assert_eq!(p[0]["id"], "gyomu-kaizen");
    assert_eq!(p[0]["rulesets"][0]["validFrom"], "2023-04-01");
    let v = from_js(&wasm::version().unwrap());
    assert_eq!(v["crate"], env!("CARGO_PKG_VERSION"));
    assert!(v["rulesets"].as_array().unwrap().iter().any(|r| r == "gyomu-kaizen/2023-08-31"));
    let _unused: Option<Function> = JsValue::NULL.dyn_into().ok();
}

fn transport_request() -> JsValue {
    to_js(&serde_json::json!({
        "program": "hatarakikata-yuyo", "asOf": "2023-06-01",
        "input": { "sector": "transport", "capitalYen": 50000000, "employees": 20, "agreement36": true,
                   "paidLeaveRules": true, "costYen": 5000000,
                   "goals": { "overtime": { "beforeHours": 85, "afterHours": 60 } } }
    }))
}

#[wasm_bindgen_test]
fn a_goal_a_form_leaves_undefined_is_absent_not_a_goal_for_the_wrong_sector() {
    let req = transport_request();
    let input = Reflect::get(&req, &"input".into()).unwrap();
    let goals = Reflect::get(&input, &"goals".into()).unwrap();
    Reflect::set(&goals, &"doctors".into(), &JsValue::UNDEFINED).unwrap();
    Reflect::set(&goals, &"holidays".into(), &JsValue::NULL).unwrap();
    let a = simulate(req);
    assert_eq!(a["ok"], true, "{a}");
    assert_eq!(a["amountYen"], 2_500_000);
    assert_eq!(a["goals"].as_array().map(Vec::len), Some(1));
}

#[wasm_bindgen_test]
fn nan_hours_in_a_goal_are_not_a_number_at_their_path() {
    let req = transport_request();
    let input = Reflect::get(&req, &"input".into()).unwrap();
    let goals = Reflect::get(&input, &"goals".into()).unwrap();
    let overtime = Reflect::get(&goals, &"overtime".into()).unwrap();
    Reflect::set(&overtime, &"afterHours".into(), &JsValue::from_f64(f64::NAN)).unwrap();
    let a = simulate(req);
    assert_eq!(first_error(&a), ("input.goals.overtime.afterHours".into(), "not_a_number".into()));
}
