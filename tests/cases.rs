//! Runs every scenario case of `tests/cases/*.json` natively, through the same `simulate` the
//! browser calls.

mod common;

use joseikin::Value;

fn run(request: &serde_json::Value) -> serde_json::Value {
    let value: Value = serde_json::from_value(request.clone()).expect("a case's request is JSON");
    let response = joseikin::simulate(&value).expect("a case's request is an object");
    serde_json::to_value(response).expect("answers serialize")
}

#[test]
fn every_scenario_case_gives_its_expected_answer() {
    common::check_all(run);
}

#[test]
fn the_last_step_of_every_answer_is_the_amount() {
    for c in common::cases() {
        let a = run(&c.request);
        if a["ok"] == true && a.get("amountYen").is_some() {
            let last = a["steps"].as_array().and_then(|s| s.last()).cloned().unwrap_or_default();
            assert_eq!(last["yen"], a["amountYen"], "{}", c.name);
        }
    }
}

#[test]
fn not_eligible_always_means_zero_yen_with_a_reason() {
    for c in common::cases() {
        let a = run(&c.request);
        if a["eligible"] == false {
            assert_eq!(a["amountYen"], 0, "{}", c.name);
            assert!(!a["reasons"].as_array().unwrap().is_empty(), "{}", c.name);
        }
        if a["eligible"] == true {
            assert!(a["reasons"].as_array().unwrap().is_empty(), "{}", c.name);
        }
    }
}

#[test]
fn every_error_has_a_field_a_code_and_a_message_in_each_language() {
    for c in common::cases() {
        for lang in common::LANGS {
            let a = run(&common::in_lang(&c.request, lang));
            for e in a["errors"].as_array().into_iter().flatten() {
                assert!(e["field"].is_string() && e["code"].as_str().is_some_and(|s| !s.is_empty()), "{}", c.name);
                assert!(e["message"].as_str().is_some_and(|s| !s.is_empty()), "{} ({lang})", c.name);
            }
        }
    }
}

#[test]
fn a_request_that_is_not_an_object_is_a_call_error_not_an_answer() {
    for bad in ["[]", "1", "\"gyomu-kaizen\"", "null"] {
        let v: Value = serde_json::from_str(bad).unwrap();
        assert!(joseikin::simulate(&v).is_err(), "{bad}");
    }
}

#[test]
fn a_request_nested_too_deeply_is_refused_while_reading() {
    let deep = format!("{}1{}", "[".repeat(100), "]".repeat(100));
    let err = serde_json::from_str::<Value>(&deep).unwrap_err();
    assert_eq!(joseikin::value::read_failure(&err.to_string()).code(), "too_deep");
}

#[test]
fn programs_and_version_list_every_ruleset() {
    let listing = serde_json::to_value(joseikin::programs()).unwrap();
    let ids: Vec<&str> = listing
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|p| p["rulesets"].as_array().unwrap())
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    let version = serde_json::to_value(joseikin::version()).unwrap();
    assert_eq!(version["crate"], env!("CARGO_PKG_VERSION"));
    assert_eq!(version["rulesets"], serde_json::json!(ids));
    assert!(ids.contains(&"gyomu-kaizen/2023-04") && ids.contains(&"gyomu-kaizen/2023-08-31"));
    assert!(ids.contains(&"hatarakikata-yuyo/2023-04"));
}

#[test]
fn every_loan_schedule_repays_exactly_the_amount_and_ends_at_zero() {
    let mut checked = 0;
    for c in common::cases() {
        let a = run(&c.request);
        if a["program"] != "kosodate-loan" || a["ok"] != true {
            continue;
        }
        let amount = c.request["input"]["amountYen"].as_i64().unwrap();
        for kind in ["equalPrincipal", "equalPayment"] {
            let rows = a[kind]["rows"].as_array().unwrap();
            let principal: i64 = rows.iter().map(|r| r["principalYen"].as_i64().unwrap()).sum();
            let interest: i64 = rows.iter().map(|r| r["interestYen"].as_i64().unwrap()).sum();
            assert_eq!(principal, amount, "{} {kind}", c.name);
            assert_eq!(interest, a[kind]["totalInterestYen"], "{} {kind}", c.name);
            assert_eq!(rows.last().unwrap()["balanceYen"], 0, "{} {kind}", c.name);
            assert!(
                rows.iter().all(|r| r["paymentYen"].as_i64()
                    == Some(r["principalYen"].as_i64().unwrap() + r["interestYen"].as_i64().unwrap())),
                "{}",
                c.name
            );
            checked += 1;
        }
    }
    assert!(checked >= 20, "only {checked} schedules checked");
}
