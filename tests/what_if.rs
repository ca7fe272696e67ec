//! `whatIf(request, { field, from, to, steps })`: the amount over a grid of one field, its marks,
//! and its mistakes as data. (tests/properties.rs checks every point against `simulate`.)

use serde_json::{json, Value as Json};

fn what_if(request: &Json, options: &Json) -> Json {
    let request: joseikin::Value = serde_json::from_value(request.clone()).unwrap();
    let options: joseikin::Value = serde_json::from_value(options.clone()).unwrap();
    serde_json::to_value(joseikin::programs::what_if(&request, &options).unwrap()).unwrap()
}

/// The FY2026 leaflet's example: 1,040 yen, 8 workers raised by 90 yen, 6,000,000 yen → 4,500,000.
fn leaflet_example() -> Json {
    json!({
        "program": "gyomu-kaizen", "asOf": "2026-09-15",
        "input": { "prefecture": "kagoshima", "industry": "retail", "capitalYen": 10000000,
                   "companyEmployees": 20, "siteEmployees": 20, "lowestWage": 1040, "raiseYen": 90,
                   "raisedWorkers": 8, "investmentYen": 6000000 }
    })
}

fn codes(answer: &Json) -> Vec<(String, String)> {
    answer["errors"]
        .as_array()
        .unwrap_or_else(|| panic!("no errors: {answer}"))
        .iter()
        .map(|e| (e["field"].as_str().unwrap().to_owned(), e["code"].as_str().unwrap().to_owned()))
        .collect()
}

fn pair(field: &str, code: &str) -> (String, String) {
    (field.to_owned(), code.to_owned())
}

#[test]
fn the_investment_grid_of_the_leaflet_example_rises_at_four_fifths_up_to_the_cap_at_5_625_000_yen() {
    let g =
        what_if(&leaflet_example(), &json!({ "field": "input.investmentYen", "from": 0, "to": 8000000, "steps": 5 }));
    assert_eq!(g["ok"], true);
    assert_eq!(g["program"], "gyomu-kaizen");
    assert_eq!(g["field"], "input.investmentYen");
    assert_eq!(
        g["points"],
        json!([
            { "value": 0, "amountYen": 0 },
            { "value": 2000000, "amountYen": 1600000 },
            { "value": 4000000, "amountYen": 3200000 },
            { "value": 6000000, "amountYen": 4500000 },
            { "value": 8000000, "amountYen": 4500000 }
        ])
    );
    assert_eq!(g["marks"]["current"], json!({ "value": 6000000, "amountYen": 4500000 }));
    assert_eq!(g["marks"]["cap"], json!({ "value": 5625000, "amountYen": 4500000 }));
    assert!(g["marks"].get("courseSteps").is_none());
}

#[test]
fn the_raise_grid_marks_where_each_course_begins() {
    let g = what_if(&leaflet_example(), &json!({ "field": "raiseYen", "from": 0, "to": 100, "steps": 11 }));
    assert_eq!(g["field"], "input.raiseYen", "the key alone names the field too");
    let amounts: Vec<i64> = g["points"].as_array().unwrap().iter().map(|p| p["amountYen"].as_i64().unwrap()).collect();
    // 0–40 yen: no course; 50, 60: 50-yen course (1,100,000); 70, 80: 70-yen (2,300,000); 90, 100: 90-yen.
    assert_eq!(amounts, [0, 0, 0, 0, 0, 1100000, 1100000, 2300000, 2300000, 4500000, 4500000]);
    assert_eq!(
        g["marks"]["courseSteps"],
        json!([
            { "course": 50, "value": 50, "amountYen": 1100000 },
            { "course": 70, "value": 70, "amountYen": 2300000 },
            { "course": 90, "value": 90, "amountYen": 4500000 }
        ])
    );
    assert_eq!(g["marks"]["current"], json!({ "value": 90, "amountYen": 4500000 }));
}

#[test]
fn a_grid_has_at_most_its_steps_whole_yen_points_and_a_missing_field_has_no_current_mark() {
    let mut request = leaflet_example();
    request["input"].as_object_mut().unwrap().remove("investmentYen");
    let g = what_if(&request, &json!({ "field": "input.investmentYen", "from": 0, "to": 10, "steps": 200 }));
    assert_eq!(g["ok"], true);
    assert_eq!(g["points"].as_array().unwrap().len(), 11, "0 to 10 yen in whole yen");
    assert_eq!(g["marks"]["current"], Json::Null);
    let g =
        what_if(&request, &json!({ "field": "input.investmentYen", "from": 0, "to": 1000000000000i64, "steps": 200 }));
    assert_eq!(g["points"].as_array().unwrap().len(), 200);
    assert_eq!(g["points"][199]["value"], 1000000000000i64);
}

#[test]
fn the_cost_grid_of_hatarakikata_marks_the_cost_from_which_the_caps_are_paid_in_full() {
    let request = json!({
        "program": "hatarakikata-yuyo", "asOf": "2023-06-01",
        "input": { "sector": "transport", "capitalYen": 10000000, "employees": 20, "agreement36": true,
                   "paidLeaveRules": true, "costYen": 10000000,
                   "goals": { "overtime": { "beforeHours": 85, "afterHours": 70 } },
                   "wageRaise": { "percent": 3, "workers": 5 } }
    });
    let g = what_if(&request, &json!({ "field": "input.costYen", "from": 0, "to": 4000000, "steps": 3 }));
    assert_eq!(
        g["points"],
        json!([
            { "value": 0, "amountYen": 0 },
            { "value": 2000000, "amountYen": 1500000 },
            { "value": 4000000, "amountYen": 2100000 }
        ])
    );
    // 2,100,000 yen of caps ÷ 3/4 = 2,800,000 yen.
    assert_eq!(g["marks"]["cap"], json!({ "value": 2800000, "amountYen": 2100000 }));
    assert_eq!(g["marks"]["current"], json!({ "value": 10000000, "amountYen": 2100000 }));

    let mut with_efficiency = request.clone();
    with_efficiency["input"]["efficiencyCostYen"] = json!(500000);
    let g = what_if(&with_efficiency, &json!({ "field": "input.costYen", "from": 0, "to": 4000000, "steps": 3 }));
    assert_eq!(g["ok"], false);
    assert_eq!(codes(&g), [pair("options.from", "inconsistent")]);
}

#[test]
fn wrong_options_come_back_as_errors_with_their_codes_in_the_language_asked() {
    let r = leaflet_example();
    let g = what_if(&r, &json!({ "field": "input.investmnt", "from": 5, "to": 1, "steps": 201 }));
    assert_eq!(g["ok"], false);
    assert_eq!(
        codes(&g),
        [
            pair("options.field", "unknown_value"),
            pair("options.steps", "out_of_range"),
            pair("options.to", "inconsistent")
        ]
    );
    let g = what_if(&r, &json!({ "field": "input.investmentYen", "from": "abc", "to": -1, "steps": 2.5 }));
    assert_eq!(
        codes(&g),
        [
            pair("options.from", "not_a_number"),
            pair("options.to", "out_of_range"),
            pair("options.steps", "not_integer")
        ]
    );
    let g = what_if(&r, &json!({ "field": 3, "from": 0, "to": 1, "steps": 2, "stpes": 3 }));
    assert_eq!(codes(&g), [pair("options.field", "invalid_type"), pair("options.stpes", "unknown_field")]);
    let g = what_if(&r, &json!([1, 2]));
    assert_eq!(codes(&g), [pair("options", "invalid_type")]);
    let g = what_if(&r, &json!({}));
    assert_eq!(
        codes(&g),
        [
            pair("options.field", "required"),
            pair("options.from", "required"),
            pair("options.to", "required"),
            pair("options.steps", "required")
        ]
    );
    let mut en = r.clone();
    en["lang"] = json!("en");
    let g = what_if(&en, &json!({ "field": "input.investmentYen", "from": 0, "to": 1, "steps": 1 }));
    assert_eq!(g["lang"], "en");
    assert!(g["errors"][0]["message"].as_str().unwrap().contains("2 to 200"), "{g}");
}

#[test]
fn the_raise_of_a_worker_list_is_not_a_field_and_other_programs_have_no_grid() {
    let request = json!({
        "program": "gyomu-kaizen", "asOf": "2026-09-15",
        "input": { "prefecture": "kagoshima", "industry": "retail", "companyEmployees": 20, "siteEmployees": 20,
                   "investmentYen": 1000000,
                   "workers": [{ "wageBefore": 1040, "wageAfter": 1130, "monthsEmployed": 12 }] }
    });
    let g = what_if(&request, &json!({ "field": "input.raiseYen", "from": 0, "to": 100, "steps": 3 }));
    assert_eq!(codes(&g), [pair("options.field", "conflicting_fields")]);
    let g = what_if(&request, &json!({ "field": "input.investmentYen", "from": 0, "to": 100000, "steps": 2 }));
    assert_eq!(g["ok"], true);

    let koyo = json!({ "program": "koyo-hoken", "asOf": "2026-09-15", "input": { "monthlyWageYen": 300000 } });
    let g = what_if(&koyo, &json!({ "field": "input.monthlyWageYen", "from": 0, "to": 1, "steps": 2 }));
    assert_eq!(codes(&g), [pair("program", "unknown_value")]);
    assert!(g["errors"][0]["message"].as_str().unwrap().contains("gyomu-kaizen, hatarakikata-yuyo"));
}

#[test]
fn mistakes_in_the_request_come_back_as_they_do_from_simulate() {
    let mut r = leaflet_example();
    r["input"]["prefecture"] = json!("kagosima");
    r["asOf"] = json!("2026-02-30");
    let g = what_if(&r, &json!({ "field": "input.investmentYen", "from": 0, "to": 1, "steps": 2 }));
    assert_eq!(codes(&g), [pair("asOf", "invalid_date")]);
    let mut r = leaflet_example();
    r["input"]["prefecture"] = json!("kagosima");
    let g = what_if(&r, &json!({ "field": "input.investmentYen", "from": 0, "to": 1, "steps": 2 }));
    assert_eq!(codes(&g), [pair("input.prefecture", "unknown_value")]);
    // A request that is not an object is the page's mistake, as for simulate.
    let not_an_object: joseikin::Value = serde_json::from_str("[]").unwrap();
    let options: joseikin::Value = serde_json::from_str("{}").unwrap();
    assert!(joseikin::programs::what_if(&not_an_object, &options).is_err());
}
