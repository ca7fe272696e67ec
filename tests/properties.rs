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
