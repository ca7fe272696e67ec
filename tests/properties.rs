//! Properties over random valid requests (proptest, with shrinking): the answer is bounded by the
//! cap and by cost × rate, is a whole multiple of the rounding unit, never falls when the cost, the
//! raise or the number of raised workers grows, is 0 when not eligible, and ends with a step whose
//! yen is the amount. Also writes the answers to `target/equivalence/answers.json`, which
//! `tests/js/equivalence.test.mjs` replays through the release wasm build.
#![cfg(not(target_arch = "wasm32"))]

use joseikin::region::PREFECTURES;
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
use serde_json::{json, Value as Json};

fn run(request: &Json) -> Json {
    let value: joseikin::Value = serde_json::from_value(request.clone()).unwrap();
    serde_json::to_value(joseikin::simulate(&value).unwrap()).unwrap()
}

/// A date from 2023-04-01 to 2027-12-28 (past the last ruleset, too).
fn date() -> impl Strategy<Value = String> {
    (2023u16..=2027, 1u8..=12, 1u8..=28)
        .prop_filter("from 2023-04-01", |(y, m, _)| *y > 2023 || *m >= 4)
        .prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}"))
}

/// The regional minimum wage of prefecture `code` on `as_of`.
fn minimum_wage(code: usize, as_of: &str) -> i64 {
    let d = joseikin::date::Date::parse(as_of).unwrap();
    PREFECTURES[code].minimum_wage_on(d).unwrap().1
}

/// A valid simple-mode request for 業務改善助成金, with the lowest wage placed around the
/// regional minimum wage so that both sides of the gap check are drawn.
fn gyomu_request() -> impl Strategy<Value = Json> {
    (
        date(),
        0usize..47,
        prop_oneof![Just("retail"), Just("service"), Just("wholesale"), Just("other")],
        // Weighted towards eligible requests, so that the bounds are exercised on real amounts.
        proptest::option::of(prop_oneof![9 => 0i64..=50_000_000, 1 => 0i64..=1_000_000_000]),
        (prop_oneof![9 => 1i64..=50, 1 => 1i64..=400], 0i64..=400),
        (prop_oneof![9 => 0i64..=30, 1 => -5i64..=70], prop_oneof![9 => 30i64..=120, 1 => 0i64..=29]),
        prop_oneof![9 => 1i64..=15, 1 => 0i64..=40],
        (
            prop_oneof![7 => 0i64..=5_000_000, 3 => 0i64..=200_000_000],
            0i64..=5_000_000,
            0i64..=5_000_000,
            0i64..=20_000_000,
        ),
        (any::<bool>(), any::<bool>(), any::<bool>(), prop::bool::weighted(0.05)),
    )
        .prop_map(
            |(
                as_of,
                pref,
                industry,
                capital,
                (company, site_seed),
                (gap, raise),
                raised_seed,
                (inv, dev, veh, rel),
                (prod, sales, profit, disq),
            )| {
                let site = 1 + site_seed % company;
                let lowest = (minimum_wage(pref, &as_of) + gap).max(1);
                let raised = raised_seed.min(site);
                json!({
                    "program": "gyomu-kaizen", "asOf": as_of,
                    "input": {
                        "prefecture": PREFECTURES[pref].en, "industry": industry, "capitalYen": capital,
                        "companyEmployees": company, "siteEmployees": site,
                        "lowestWage": lowest, "raiseYen": raise, "raisedWorkers": raised,
                        "investmentYen": inv,
                        "extraCosts": { "devicesYen": dev, "vehiclesYen": veh, "relatedYen": rel },
                        "productivityMet": prod, "salesDrop15": sales, "profitDrop3pt": profit,
                        "disqualifyingEvents": disq
                    }
                })
            },
        )
}

/// A valid detailed-mode request: a list of 1 to 50 workers.
fn gyomu_workers_request() -> impl Strategy<Value = Json> {
    (
        date(),
        0usize..47,
        prop::collection::vec(
            (
                prop_oneof![9 => 0i64..=30, 1 => -5i64..=60],
                prop_oneof![9 => 30i64..=120, 1 => 0i64..=29],
                0i64..=24,
                prop::bool::weighted(0.9),
            ),
            1..=50,
        ),
        0i64..=50_000_000,
    )
        .prop_map(|(as_of, pref, workers, inv)| {
            let base = minimum_wage(pref, &as_of);
            let n = workers.len() as i64;
            let workers: Vec<Json> = workers
                .into_iter()
                .map(|(gap, raise, months, insured)| json!({ "wageBefore": (base + gap).max(1), "wageAfter": (base + gap).max(1) + raise, "monthsEmployed": months, "insured": insured }))
                .collect();
            json!({
                "program": "gyomu-kaizen", "asOf": as_of,
                "input": { "prefecture": PREFECTURES[pref].en, "industry": "service",
                           "companyEmployees": n + 5, "siteEmployees": n, "workers": workers, "investmentYen": inv }
            })
        })
}

/// A valid request for 働き方改革推進支援助成金 適用猶予業種等対応コース: each sector with the goals
/// it allows, drawn around the table edges.
fn hatarakikata_request() -> impl Strategy<Value = Json> {
    (
        prop_oneof![Just("transport"), Just("construction"), Just("hospital")],
        (proptest::option::of(0i64..=400_000_000), 1i64..=320),
        (prop::bool::weighted(0.95), prop::bool::weighted(0.95), any::<bool>()),
        (0i64..=15_000_000, 0i64..=2_000_000),
        (proptest::option::of((55i64..=110, 40i64..=100)), proptest::option::of((8i64..=13, any::<bool>()))),
        (proptest::option::of((3i64..=8, 0i64..=6)), any::<bool>()),
        proptest::option::of((prop_oneof![Just(2), Just(3), Just(4), Just(5), Just(6)], 0i64..=40)),
        date(),
    )
        .prop_map(
            |(
                sector,
                (capital, employees),
                (a36, leave, past45),
                (cost, eff),
                (ot, interval),
                (holidays, doctors),
                raise,
                _,
            )| {
                let mut goals = serde_json::Map::new();
                if let Some((before, after)) = ot {
                    goals.insert("overtime".into(), json!({ "beforeHours": before, "afterHours": after }));
                }
                if sector != "construction" {
                    if let Some((hours, new)) = interval {
                        goals.insert(
                            "interval".into(),
                            json!({ "hours": hours, "kind": if new { "new" } else { "extend" } }),
                        );
                    }
                } else if let Some((before, extra)) = holidays {
                    goals.insert("holidays".into(), json!({ "beforeDays": before, "afterDays": before + extra }));
                }
                if sector == "hospital" && doctors {
                    goals.insert("doctors".into(), json!(true));
                }
                let mut input = json!({
                    "sector": sector, "capitalYen": capital, "employees": employees,
                    "agreement36": a36, "paidLeaveRules": leave, "pastOvertimeOver45h": past45,
                    "costYen": cost, "efficiencyCostYen": eff.min(cost), "goals": goals
                });
                if let Some((percent, workers)) = raise {
                    input["wageRaise"] = json!({ "percent": percent, "workers": workers.min(employees) });
                }
                json!({ "program": "hatarakikata-yuyo", "asOf": "2023-06-01", "input": input })
            },
        )
}

fn amount(a: &Json) -> i64 {
    a["amountYen"].as_i64().unwrap()
}

/// The properties every answer of an amount-giving program has.
fn check_answer(request: &Json, a: &Json) -> Result<(), TestCaseError> {
    prop_assert_eq!(&a["ok"], &json!(true), "{} → {}", request, a);
    let amt = amount(a);
    prop_assert!(amt >= 0);
    prop_assert_eq!(amt % 1000, 0, "the amount is whole thousands of yen");
    if let Some(cap) = a["capYen"].as_i64() {
        prop_assert!(amt <= cap, "amount {} over cap {}", amt, cap);
    }
    if let (Some(cost), Some(rate)) = (a["eligibleCostYen"].as_i64(), a["rate"].as_str()) {
        let (n, d) = rate.split_once('/').unwrap();
        let (n, d): (i64, i64) = (n.parse().unwrap(), d.parse().unwrap());
        prop_assert!(
            amt as i128 * d as i128 <= cost as i128 * n as i128,
            "amount {} over cost {} × {}",
            amt,
            cost,
            rate
        );
    }
    if a["eligible"] == json!(false) {
        prop_assert_eq!(amt, 0);
        prop_assert!(!a["reasons"].as_array().unwrap().is_empty());
    }
    let last = a["steps"].as_array().unwrap().last().unwrap();
    prop_assert_eq!(last["yen"].as_i64(), Some(amt), "the last step is the amount");
    Ok(())
}

fn with_input(request: &Json, key: &str, f: impl Fn(i64) -> i64) -> Json {
    let mut r = request.clone();
    let v = r["input"][key].as_i64().unwrap();
    r["input"][key] = json!(f(v));
    r
}

proptest! {
    #![proptest_config(Config { cases: 400, ..Config::default() })]

    #[test]
    fn every_valid_simple_request_gives_a_bounded_whole_thousand_amount(request in gyomu_request()) {
        check_answer(&request, &run(&request))?;
    }

    #[test]
    fn every_valid_worker_list_gives_a_bounded_whole_thousand_amount(request in gyomu_workers_request()) {
        let a = run(&request);
        check_answer(&request, &a)?;
        let counted = a["workers"].as_array().map_or(0, |w| w.iter().filter(|w| w["counted"] == json!(true)).count());
        prop_assert_eq!(a["countedWorkers"].as_u64(), Some(counted as u64));
    }

    #[test]
    fn every_valid_hatarakikata_request_gives_a_bounded_whole_thousand_amount(request in hatarakikata_request()) {
        let a = run(&request);
        check_answer(&request, &a)?;
        let goals: i64 = a["goals"].as_array().unwrap().iter().filter(|g| g["reached"] == json!(true)).map(|g| g["capYen"].as_i64().unwrap()).sum();
        if a["eligible"] == json!(true) {
            prop_assert_eq!(a["capYen"].as_i64(), Some(goals + a["bonusYen"].as_i64().unwrap()));
        }
    }

    #[test]
    fn the_hatarakikata_amount_never_falls_when_the_cost_grows(request in hatarakikata_request(), more in 0i64..=5_000_000) {
        let before = amount(&run(&request));
        let after = amount(&run(&with_input(&request, "costYen", |v| v + more)));
        prop_assert!(after >= before, "{} → {}", before, after);
    }

    #[test]
    fn the_hatarakikata_amount_never_falls_when_more_workers_get_the_raise(request in hatarakikata_request(), more in 0i64..=20) {
        prop_assume!(request["input"].get("wageRaise").is_some());
        let employees = request["input"]["employees"].as_i64().unwrap();
        let before = amount(&run(&request));
        let mut grown = request.clone();
        let w = grown["input"]["wageRaise"]["workers"].as_i64().unwrap();
        grown["input"]["wageRaise"]["workers"] = json!((w + more).min(employees));
        let after = amount(&run(&grown));
        prop_assert!(after >= before, "{} → {}", before, after);
    }

    #[test]
    fn the_amount_never_falls_when_the_investment_grows(request in gyomu_request(), more in 0i64..=50_000_000) {
        let before = amount(&run(&request));
        let after = amount(&run(&with_input(&request, "investmentYen", |v| v + more)));
        prop_assert!(after >= before, "{} → {}", before, after);
    }

    #[test]
    fn the_amount_never_falls_when_the_raise_grows(request in gyomu_request(), more in 0i64..=100) {
        let before = amount(&run(&request));
        let after = amount(&run(&with_input(&request, "raiseYen", |v| v + more)));
        prop_assert!(after >= before, "{} → {}", before, after);
    }

    #[test]
    fn the_amount_never_falls_when_more_workers_are_raised(request in gyomu_request(), more in 0i64..=20) {
        let site = request["input"]["siteEmployees"].as_i64().unwrap();
        let before = amount(&run(&request));
        let after = amount(&run(&with_input(&request, "raisedWorkers", |v| (v + more).min(site))));
        prop_assert!(after >= before, "{} → {}", before, after);
    }
}

/// Writes fixed-seed random requests and their native answers for the wasm replay in
/// `tests/js/equivalence.test.mjs`.
#[test]
fn native_answers_are_written_for_the_wasm_replay() {
    let mut runner = TestRunner::new_with_rng(Config::default(), TestRng::from_seed(RngAlgorithm::ChaCha, &[7; 32]));
    let mut pairs = Vec::new();
    for i in 0..300 {
        let request = match i % 3 {
            0 => gyomu_workers_request().new_tree(&mut runner).unwrap().current(),
            1 => hatarakikata_request().new_tree(&mut runner).unwrap().current(),
            _ => gyomu_request().new_tree(&mut runner).unwrap().current(),
        };
        let answer = run(&request);
        pairs.push(json!({ "request": request, "answer": answer }));
    }
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/equivalence");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("answers.json"), serde_json::to_string(&pairs).unwrap()).unwrap();
    assert_eq!(pairs.len(), 300);
}

// ---------------------------------------------------------------------------------------------
// From estimate to decision: hints, alternatives, partial answers and the what-if grid.
// ---------------------------------------------------------------------------------------------

/// Sets the value at a field path such as `input.workers[3].wageAfter` (creating the last key).
fn set_path(request: &mut Json, path: &str, value: Json) {
    let mut at = request;
    let parts: Vec<&str> = path.split('.').collect();
    for (i, part) in parts.iter().enumerate() {
        let (key, index) = match part.split_once('[') {
            Some((k, rest)) => (k, Some(rest.trim_end_matches(']').parse::<usize>().unwrap())),
            None => (*part, None),
        };
        let last = i + 1 == parts.len();
        if last && index.is_none() {
            at.as_object_mut().unwrap().insert(key.to_owned(), value);
            return;
        }
        at = at.get_mut(key).unwrap_or_else(|| panic!("{path}: no {key}"));
        if let Some(i) = index {
            at = &mut at[i];
        }
        if last {
            *at = value;
            return;
        }
    }
}

/// Removes the value at a field path (the parent must exist).
fn remove_path(request: &mut Json, path: &str) {
    let (parent, key) = path.rsplit_once('.').unwrap();
    let mut at = &mut *request;
    for part in parent.split('.') {
        match part.split_once('[') {
            Some((k, rest)) => at = &mut at[k][rest.trim_end_matches(']').parse::<usize>().unwrap()],
            None => at = &mut at[part],
        }
    }
    at.as_object_mut().unwrap().remove(key);
}

/// Every hint of `answer` applied to `request` gives exactly the hint's amount; a hint raises the
/// amount, an informational one keeps it. Returns the codes checked.
fn check_hints(request: &Json, answer: &Json) -> Result<Vec<String>, TestCaseError> {
    let current = amount(answer);
    let mut codes = Vec::new();
    for h in answer["hints"].as_array().unwrap() {
        let mut changed = request.clone();
        set_path(&mut changed, h["change"]["field"].as_str().unwrap(), h["change"]["value"].clone());
        let after = run(&changed);
        prop_assert_eq!(&after["ok"], &json!(true), "{} → {}", changed, after);
        prop_assert_eq!(after["amountYen"].as_i64(), h["amountYen"].as_i64(), "hint {} of {}", h, request);
        if h["informational"] == json!(true) {
            prop_assert_eq!(amount(&after), current, "an informational hint keeps the amount: {}", h);
        } else {
            prop_assert!(amount(&after) > current, "a hint raises the amount: {} (now {})", h, current);
        }
        prop_assert!(h["text"].as_str().is_some_and(|t| !t.is_empty()));
        codes.push(h["code"].as_str().unwrap().to_owned());
    }
    Ok(codes)
}

/// Runs `strategy` on `cases` random requests and checks every hint; fails unless each code of
/// `expected` came up at least once (so that the property is exercised, not vacuous).
fn hints_hold(strategy: impl Strategy<Value = Json>, cases: u32, expected: &[&str]) {
    let seen = std::sync::Mutex::new(std::collections::BTreeMap::<String, usize>::new());
    let mut runner = TestRunner::new(Config { cases, ..Config::default() });
    let result = runner.run(&strategy, |request| {
        let answer = run(&request);
        prop_assert_eq!(&answer["ok"], &json!(true));
        for code in check_hints(&request, &answer)? {
            *seen.lock().unwrap().entry(code).or_default() += 1;
        }
        Ok(())
    });
    if let Err(e) = result {
        panic!("{e}");
    }
    let seen = seen.into_inner().unwrap();
    for code in expected {
        assert!(seen.get(*code).is_some_and(|n| *n > 0), "no hint {code} in {cases} requests: {seen:?}");
    }
}

#[test]
fn every_gyomu_hint_applied_to_the_request_gives_exactly_its_amount() {
    hints_hold(
        gyomu_request(),
        3000,
        &[
            "next_course",
            "reach_new_minimum_wage",
            "next_row",
            "productivity",
            "production",
            "price_hike",
            "investment_ceiling",
        ],
    );
}

#[test]
fn every_gyomu_hint_of_a_worker_list_applied_to_the_request_gives_exactly_its_amount() {
    hints_hold(gyomu_workers_request(), 1000, &["next_row", "price_hike", "investment_ceiling"]);
}

/// As [`hatarakikata_request`], with the doctors' goal of a hospital also given as not done.
fn hatarakikata_doctors_request() -> impl Strategy<Value = Json> {
    (hatarakikata_request(), prop::bool::weighted(0.3)).prop_map(|(mut r, not_done)| {
        if not_done && r["input"]["sector"] == json!("hospital") {
            r["input"]["goals"]["doctors"] = json!(false);
        }
        r
    })
}

#[test]
fn every_hatarakikata_hint_applied_to_the_request_gives_exactly_its_amount() {
    hints_hold(
        hatarakikata_doctors_request(),
        3000,
        &[
            "overtime_next_tier",
            "interval_next_tier",
            "holidays_next_tier",
            "doctors_all_items",
            "bonus_start",
            "bonus_next_row",
            "bonus_next_percent",
        ],
    );
}

/// A request with the days off of the construction goal given a year at a time.
fn hatarakikata_annual_request() -> impl Strategy<Value = Json> {
    (hatarakikata_request(), 200i64..=366, 0i64..=60).prop_map(|(mut r, before, extra)| {
        r["input"]["sector"] = json!("construction");
        let goals = r["input"]["goals"].as_object_mut().unwrap();
        goals.remove("interval");
        goals.remove("doctors");
        goals.insert(
            "holidays".into(),
            json!({ "annualBefore": before - 150, "annualAfter": (before - 150 + extra).min(366) }),
        );
        r
    })
}

#[test]
fn the_days_off_hint_of_a_year_applied_to_the_request_gives_exactly_its_amount() {
    hints_hold(hatarakikata_annual_request(), 1000, &["holidays_next_tier"]);
}

proptest! {
    #![proptest_config(Config { cases: 600, ..Config::default() })]

    #[test]
    fn the_alternatives_agree_with_the_answer_and_an_unreached_course_is_the_answer_to_its_raise(request in gyomu_request()) {
        let a = run(&request);
        let alternatives = a["alternatives"].as_array().unwrap();
        let best: Vec<&Json> = alternatives.iter().filter(|x| x["best"] == json!(true)).collect();
        if a["course"].is_null() {
            prop_assert!(best.is_empty());
            prop_assert!(a["bestReason"].is_null());
        } else {
            prop_assert_eq!(best.len(), 1);
            let b = best[0];
            prop_assert_eq!(&b["course"], &a["course"]);
            prop_assert_eq!(&b["amountYen"], &a["amountYen"]);
            prop_assert_eq!(&b["capYen"], &a["capYen"]);
            prop_assert_eq!(&b["countedWorkers"], &a["countedWorkers"]);
            prop_assert!(a["bestReason"].is_string());
        }
        let raise = request["input"]["raiseYen"].as_i64().unwrap();
        for x in alternatives {
            let course = x["course"].as_i64().unwrap();
            prop_assert_eq!(x["reached"].as_bool(), Some(raise >= course));
            prop_assert_eq!(x["raiseNeededYen"].as_i64(), Some((course - raise).max(0)));
            if x["reached"] == json!(false) {
                let answer = run(&with_input(&request, "raiseYen", |_| course));
                prop_assert_eq!(&x["amountYen"], &answer["amountYen"], "course {} of {}", course, request);
            }
        }
    }

    #[test]
    fn the_alternatives_of_a_worker_list_agree_with_the_answer(request in gyomu_workers_request()) {
        let a = run(&request);
        let alternatives = a["alternatives"].as_array().unwrap();
        for x in alternatives {
            prop_assert_eq!(x["best"] == json!(true), a["course"] == x["course"]);
            prop_assert_eq!(x["reached"] == json!(true), x["raiseNeededYen"] == json!(0));
            if x["best"] == json!(true) {
                prop_assert_eq!(&x["amountYen"], &a["amountYen"]);
                prop_assert_eq!(&x["capYen"], &a["capYen"]);
                prop_assert_eq!(&x["countedWorkers"], &a["countedWorkers"]);
            }
            // The answer takes the course with the highest cap among those reached.
            if x["reached"] == json!(true) && a["capYen"].is_number() {
                prop_assert!(x["capYen"].as_i64().unwrap_or(0) <= a["capYen"].as_i64().unwrap());
            }
        }
    }

    #[test]
    fn the_out_of_pocket_cost_is_the_eligible_cost_less_the_subsidy(request in gyomu_request()) {
        let a = run(&request);
        prop_assert_eq!(a["outOfPocketYen"].as_i64(), Some(a["eligibleCostYen"].as_i64().unwrap() - amount(&a)));
    }
}

/// The required fields of a request as paths, for the partial answers: those a form may leave
/// empty.
fn required_paths(request: &Json) -> Vec<String> {
    let input = &request["input"];
    let mut out: Vec<String> = Vec::new();
    let top: &[&str] = match request["program"].as_str().unwrap() {
        "gyomu-kaizen" if input.get("workers").is_some() => {
            &["prefecture", "industry", "companyEmployees", "siteEmployees", "investmentYen"]
        }
        "gyomu-kaizen" => &[
            "prefecture",
            "industry",
            "companyEmployees",
            "siteEmployees",
            "lowestWage",
            "raiseYen",
            "raisedWorkers",
            "investmentYen",
        ],
        _ => &["sector", "employees", "agreement36", "paidLeaveRules", "costYen"],
    };
    out.extend(top.iter().map(|k| format!("input.{k}")));
    for (i, _) in input["workers"].as_array().into_iter().flatten().enumerate() {
        for k in ["wageBefore", "wageAfter", "monthsEmployed"] {
            out.push(format!("input.workers[{i}].{k}"));
        }
    }
    let goals = &input["goals"];
    for (goal, keys) in [
        ("overtime", &["beforeHours", "afterHours"][..]),
        ("interval", &["hours", "kind"][..]),
        ("holidays", &["beforeDays", "afterDays"][..]),
    ] {
        if goals.get(goal).is_some() {
            out.extend(keys.iter().map(|k| format!("input.goals.{goal}.{k}")));
        }
    }
    if input.get("wageRaise").is_some() {
        out.extend(["input.wageRaise.percent".to_owned(), "input.wageRaise.workers".to_owned()]);
    }
    out
}

/// A valid value for a required field, from the random number `r`, as a form could hold it; the
/// fields already in `request` bound it (the site within the company, raised workers within the
/// site, the cost of ⑥–⑦ within the cost…). The result may still be refused (a goal another
/// sector does not offer): such fills are skipped.
fn fill(request: &Json, path: &str, r: u64) -> Json {
    let input = &request["input"];
    let n = |lo: i64, hi: i64| lo + (r % ((hi - lo + 1) as u64)) as i64;
    let key = path.rsplit('.').next().unwrap();
    let pick = |xs: &[&str]| json!(xs[(r % xs.len() as u64) as usize]);
    match key {
        "prefecture" => json!(PREFECTURES[(r % 47) as usize].en),
        "industry" => pick(&["retail", "service", "wholesale", "other"]),
        "siteEmployees" => json!(n(1, input["companyEmployees"].as_i64().unwrap_or(400).max(1))),
        "companyEmployees" => json!(input["siteEmployees"].as_i64().unwrap_or(1) + n(0, 300)),
        "lowestWage" | "wageBefore" => json!(if r % 5 == 0 { n(1, 3000) } else { n(850, 1250) }),
        "wageAfter" => {
            let i: usize = path.split('[').nth(1).unwrap().split(']').next().unwrap().parse().unwrap();
            let before = input["workers"][i]["wageBefore"].as_i64().unwrap_or(900);
            json!(before + n(0, 150))
        }
        "monthsEmployed" => json!(n(0, 30)),
        "raiseYen" => json!(if r % 7 == 0 { n(0, 100_000) } else { n(0, 130) }),
        "raisedWorkers" => json!(n(0, input["siteEmployees"].as_i64().unwrap_or(15))),
        "investmentYen" => json!(match r % 5 {
            0 => 0,
            1 => 1_000_000_000_000,
            _ => n(0, 20_000_000),
        }),
        "sector" => pick(&["transport", "construction", "hospital", "sugar"]),
        "employees" => json!(input["wageRaise"]["workers"].as_i64().unwrap_or(0).max(n(1, 320))),
        "agreement36" | "paidLeaveRules" => json!(r % 4 != 0),
        "costYen" => {
            let least = input["efficiencyCostYen"].as_i64().unwrap_or(0);
            json!(match r % 5 {
                0 => least,
                1 => 1_000_000_000_000,
                _ => least + n(0, 15_000_000),
            })
        }
        "beforeHours" | "afterHours" => json!(n(0, 120)),
        "hours" => json!(n(0, 14)),
        "kind" => pick(&["new", "extend"]),
        "beforeDays" | "afterDays" => json!(n(0, 12)),
        "percent" => json!(n(0, 8)),
        "workers" => json!(n(0, input["employees"].as_i64().unwrap_or(40))),
        other => panic!("no fill for {other}"),
    }
}

/// Removes the fields of `mask` from a valid request: the answer is partial, lists them, and any
/// valid values filled in give an amount within its bounds.
fn check_partial(request: &Json, mask: u64, fills: &[u64]) -> Result<(), TestCaseError> {
    let paths = required_paths(request);
    let removed: Vec<&String> =
        paths.iter().enumerate().filter(|(i, _)| mask >> (i % 64) & 1 == 1).map(|(_, p)| p).collect();
    prop_assume!(!removed.is_empty());
    let mut partial = request.clone();
    for p in &removed {
        remove_path(&mut partial, p);
    }
    let a = run(&partial);
    prop_assert_eq!(&a["ok"], &json!(true), "{} → {}", partial, a);
    prop_assert_eq!(&a["complete"], &json!(false), "{} → {}", partial, a);
    let mut missing: Vec<&str> = a["missing"].as_array().unwrap().iter().map(|m| m.as_str().unwrap()).collect();
    let mut wanted: Vec<&str> = removed.iter().map(|p| p.as_str()).collect();
    missing.sort_unstable();
    wanted.sort_unstable();
    prop_assert_eq!(missing, wanted);
    let (lo, hi) = (a["bounds"]["minYen"].as_i64().unwrap(), a["bounds"]["maxYen"].as_i64().unwrap());
    prop_assert!(0 <= lo && lo <= hi, "{}", a["bounds"]);
    // The request itself is one way to fill the fields in.
    let whole = run(request);
    prop_assert!(
        lo <= amount(&whole) && amount(&whole) <= hi,
        "{} not in [{}, {}] for {}",
        amount(&whole),
        lo,
        hi,
        partial
    );
    for (k, seed) in fills.iter().enumerate() {
        let mut filled = partial.clone();
        // Containers first (the site before the company…), so that the bounds between fields hold.
        for (j, p) in removed.iter().enumerate() {
            let r = seed.rotate_left((j as u32 * 7 + k as u32) % 64) ^ (j as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
            let v = fill(&filled, p, r);
            set_path(&mut filled, p, v);
        }
        let b = run(&filled);
        if b["ok"] != json!(true) {
            continue;
        }
        prop_assert_eq!(&b["complete"], &json!(true));
        let amt = amount(&b);
        prop_assert!(lo <= amt && amt <= hi, "{} not in [{}, {}]: {} filled as {}", amt, lo, hi, partial, filled);
    }
    Ok(())
}

proptest! {
    #![proptest_config(Config { cases: 1500, ..Config::default() })]

    #[test]
    fn a_simple_form_with_fields_missing_gives_bounds_that_any_filling_respects(
        request in gyomu_request(), mask in any::<u64>(), fills in prop::collection::vec(any::<u64>(), 12)
    ) {
        // Mostly one or two fields missing, as while typing; sometimes many.
        let mask = if mask % 3 == 0 { mask } else { 1 << (mask % 8) | if mask % 5 == 0 { 1 << ((mask >> 8) % 8) } else { 0 } };
        check_partial(&request, mask, &fills)?;
    }

    #[test]
    fn a_hatarakikata_form_with_fields_missing_gives_bounds_that_any_filling_respects(
        request in hatarakikata_request(), mask in any::<u64>(), fills in prop::collection::vec(any::<u64>(), 12)
    ) {
        let n = required_paths(&request).len() as u64;
        let mask = if mask % 3 == 0 { mask } else { 1 << (mask % n) | if mask % 5 == 0 { 1 << ((mask >> 8) % n) } else { 0 } };
        check_partial(&request, mask, &fills)?;
    }
}

proptest! {
    #![proptest_config(Config { cases: 400, ..Config::default() })]

    #[test]
    fn a_worker_list_with_fields_missing_gives_bounds_that_any_filling_respects(
        request in gyomu_workers_request(), mask in any::<u64>(), fills in prop::collection::vec(any::<u64>(), 8)
    ) {
        let n = required_paths(&request).len().min(64) as u64;
        let mask = if mask % 3 == 0 { mask } else { 1 << (mask % n) };
        check_partial(&request, mask, &fills)?;
    }
}

/// `whatIf` over `field` of a request: every point is the answer to the request with the field set
/// to the point's value, and the current mark is the request's own.
fn check_what_if(request: &Json, field: &str, from: i64, to: i64, steps: i64) -> Result<Json, TestCaseError> {
    let options = json!({ "field": format!("input.{field}"), "from": from, "to": to, "steps": steps });
    let value: joseikin::Value = serde_json::from_value(request.clone()).unwrap();
    let opts: joseikin::Value = serde_json::from_value(options.clone()).unwrap();
    let grid = serde_json::to_value(joseikin::programs::what_if(&value, &opts).unwrap()).unwrap();
    prop_assert_eq!(&grid["ok"], &json!(true), "{} {} → {}", request, options, grid);
    let points = grid["points"].as_array().unwrap();
    prop_assert!(!points.is_empty() && points.len() <= steps as usize);
    for p in points {
        let answer = run(&with_input(request, field, |_| p["value"].as_i64().unwrap()));
        prop_assert_eq!(&p["amountYen"], &answer["amountYen"], "{} at {}", field, p["value"]);
    }
    let current = &grid["marks"]["current"];
    prop_assert_eq!(&current["value"], &request["input"][field]);
    prop_assert_eq!(&current["amountYen"], &run(request)["amountYen"]);
    if let Some(cap) = grid["marks"].get("cap") {
        let at = run(&with_input(request, field, |_| cap["value"].as_i64().unwrap()));
        prop_assert_eq!(&cap["amountYen"], &at["amountYen"]);
        // The least such value: one yen less and cost × rate falls short of the cap.
        let value = cap["value"].as_i64().unwrap();
        if value > 0 {
            let below = run(&with_input(request, field, |_| value - 1));
            prop_assert!(amount(&below) < amount(&at), "{} at {} and {} below", amount(&at), value, amount(&below));
        }
    }
    Ok(grid)
}

proptest! {
    #![proptest_config(Config { cases: 150, ..Config::default() })]

    #[test]
    fn every_point_of_an_investment_grid_is_the_answer_to_that_investment(request in gyomu_request(), to in 0i64..=30_000_000, steps in 2i64..=40) {
        check_what_if(&request, "investmentYen", 0, to, steps)?;
    }

    #[test]
    fn every_point_of_a_raise_grid_is_the_answer_to_that_raise(request in gyomu_request(), steps in 2i64..=60) {
        let grid = check_what_if(&request, "raiseYen", 0, 150, steps)?;
        for s in grid["marks"]["courseSteps"].as_array().unwrap() {
            let answer = run(&with_input(&request, "raiseYen", |_| s["value"].as_i64().unwrap()));
            prop_assert_eq!(&s["amountYen"], &answer["amountYen"]);
        }
    }

    #[test]
    fn every_point_of_a_worker_list_s_investment_grid_is_the_answer_to_that_investment(request in gyomu_workers_request(), steps in 2i64..=20) {
        check_what_if(&request, "investmentYen", 0, 20_000_000, steps)?;
    }

    #[test]
    fn every_point_of_a_cost_grid_is_the_answer_to_that_cost(request in hatarakikata_request(), steps in 2i64..=40) {
        let least = request["input"]["efficiencyCostYen"].as_i64().unwrap();
        check_what_if(&request, "costYen", least, least + 20_000_000, steps)?;
    }
}
