//! `screen()`: one company profile, every program. The cases of `tests/cases/screen/` natively, and
//! what every screen answer must keep: each row's request is the one `simulate()` answers with the
//! row's own figure.

mod common;

use joseikin::Value;
use serde_json::{json, Value as Json};

fn screen(request: &Json) -> Json {
    let value: Value = serde_json::from_value(request.clone()).expect("a case's request is JSON");
    serde_json::to_value(joseikin::screen(&value).expect("an object")).expect("answers serialize")
}

fn simulate(request: &Json) -> Json {
    let value: Value = serde_json::from_value(request.clone()).expect("JSON");
    serde_json::to_value(joseikin::simulate(&value).expect("an object")).expect("answers serialize")
}

#[test]
fn every_screen_case_gives_its_expected_answer() {
    common::check_screen(screen);
}

/// Profiles from the cases and variations of them: every status of every program occurs.
fn profiles() -> Vec<Json> {
    let mut out: Vec<Json> = common::cases_of(common::SCREEN_FILES)
        .into_iter()
        .filter(|c| c.expect["ok"] == true)
        .map(|c| c.request)
        .collect();
    for industry in ["retail", "service", "wholesale", "manufacturing", "transport", "construction", "hospital", "sugar", "agriculture", "other"] {
        for (wage, raise, workers, investment) in [(1040, 90, 8, 6_000_000), (1040, 30, 1, 500_000), (1100, 50, 3, 1_000_000)] {
            out.push(json!({ "asOf": "2026-12-01", "profile": {
                "company": { "prefecture": "kagoshima", "industry": industry, "capitalYen": 10_000_000, "employees": 20, "annualWageBillYen": 20_000_000 },
                "site": { "employees": 12, "lowestWage": wage },
                "plans": { "raiseYen": raise, "raisedWorkers": workers, "investmentYen": investment } } }));
        }
    }
    out
}

#[test]
fn a_likely_row_s_figure_is_what_simulate_answers_for_the_row_s_own_request() {
    let mut checked = 0;
    for p in profiles() {
        for lang in ["ja", "en"] {
            let mut req = p.clone();
            req["lang"] = json!(lang);
            let s = screen(&req);
            assert_eq!(s["ok"], true, "{s}");
            for row in s["programs"].as_array().unwrap() {
                let answer = simulate(&row["request"]);
                assert_eq!(answer["lang"], lang);
                match row["status"].as_str().unwrap() {
                    "likely" if row["kind"] == "subsidy" && row.get("amountYen").is_none() => {
                        // A covered sector whose figures are not known: no amount, and the
                        // program's notice says so.
                        let notices = answer["notices"].as_array().unwrap();
                        assert!(notices.iter().any(|n| n["code"] == "sector_figures_unavailable"), "{row}");
                    }
                    "likely" if row["kind"] == "subsidy" => {
                        assert_eq!(answer["amountYen"], row["amountYen"], "{row}");
                        assert_eq!(answer["eligible"], true);
                        checked += 1;
                    }
                    "likely" if row["program"] == "koyo-hoken" => {
                        assert_eq!(answer["employerShareYen"], row["employerShareYen"], "{row}");
                        checked += 1;
                    }
                    "needs_input" => {
                        assert!(!row["missing"].as_array().unwrap().is_empty(), "{row}");
                        if let Some(b) = row.get("bounds") {
                            assert_eq!(answer["complete"], false, "{row}");
                            assert_eq!(&answer["bounds"], b);
                        }
                    }
                    "not_eligible" => {
                        assert!(!row["reasons"].as_array().unwrap().is_empty(), "{row}");
                        assert_eq!(row["missing"], json!([]));
                    }
                    other => panic!("status {other}"),
                }
            }
        }
    }
    assert!(checked >= 20, "too few likely rows: {checked}");
}

#[test]
fn every_program_of_the_registry_has_one_row_in_the_registry_s_order() {
    let s = screen(&json!({ "asOf": "2026-12-01", "profile": {} }));
    let ids: Vec<&str> = s["programs"].as_array().unwrap().iter().map(|r| r["program"].as_str().unwrap()).collect();
    let registry: Vec<&str> = joseikin::programs::registry().iter().map(|p| p.id()).collect();
    assert_eq!(ids, registry);
}

#[test]
fn overlaps_are_named_only_when_both_subsidies_are_still_open() {
    let with = |industry: &str| {
        screen(&json!({ "asOf": "2026-12-01", "profile": { "company": { "prefecture": "kagoshima", "industry": industry,
            "capitalYen": 10_000_000, "employees": 20 }, "site": { "employees": 20, "lowestWage": 1040 } } }))
    };
    assert_eq!(with("construction")["overlaps"].as_array().unwrap().len(), 1);
    assert_eq!(with("wholesale")["overlaps"].as_array().unwrap().len(), 0);
}

#[test]
fn only_a_request_that_is_not_an_object_is_a_call_error() {
    assert!(joseikin::screen(&Value::Array(vec![])).is_err());
    assert!(joseikin::screen(&Value::Null).is_err());
    assert!(!joseikin::screen(&Value::Object(vec![])).unwrap().is_ok());
}
