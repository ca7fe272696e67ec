//! Properties of the newsletter's four calculators over random valid requests (proptest): each
//! answer is recomputed here from the rules in plain integers, independently of the engine.
//! - `kosodate-loan`: both schedules repay exactly the amount and end at 0; grace months pay interest
//!   only; equal payments stay equal until the last month; the rate is base − 0.2, never below 0,
//!   floored at the long-term prime rate for equipment over 60 months.
//! - `koyo-hoken`: total = worker + employer; the shares are the wage × the rate, rounded as stated.
//! - `overtime-check`: each rule's breaches are exactly the months or windows over its limit.
//! - `kagoshima-nintei`: certified exactly when nothing is missing.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use proptest::test_runner::Config;
use serde_json::{json, Value as Json};

fn run(request: &Json) -> Json {
    let value: joseikin::Value = serde_json::from_value(request.clone()).unwrap();
    serde_json::to_value(joseikin::simulate(&value).unwrap()).unwrap()
}

fn i(v: &Json) -> i64 {
    v.as_i64().unwrap_or_else(|| panic!("not a whole number: {v}"))
}

/// A rate in thousandths of a percent, as the JSON number a form sends (1234 → 1.234).
fn percent(thousandths: i64) -> Json {
    json!(thousandths as f64 / 1000.0)
}

fn loan_request() -> impl Strategy<Value = (Json, i64, i64, i64, i64, i64, Option<i64>, bool)> {
    (
        prop_oneof![Just("working"), Just("equipment")],
        prop_oneof![4 => 1i64..=5_000_000, 4 => 1i64..=100_000_000, 1 => 100_000_001i64..=200_000_000],
        1i64..=130,
        0i64..=30,
        0i64..=5_000,
        0i64..=5_000,
        prop_oneof![Just("registered"), Just("passport_sponsor"), Just("none")],
    )
        .prop_filter("grace shorter than the term", |(_, _, term, grace, _, _, _)| grace < term)
        .prop_map(|(purpose, amount, term, grace, base, prime, qualification)| {
            let floor = purpose == "equipment" && term > 60;
            let mut input = json!({
                "qualification": qualification, "purpose": purpose, "amountYen": amount,
                "termMonths": term, "graceMonths": grace, "baseRatePercent": percent(base),
            });
            if floor {
                input["longTermPrimeRatePercent"] = percent(prime);
            }
            let request = json!({ "program": "kosodate-loan", "asOf": "2023-06-01", "input": input });
            (request, amount, term, grace, base, prime, floor.then_some(prime), qualification != "none")
        })
}

fn koyo_request() -> impl Strategy<Value = (Json, &'static str, i64, bool, &'static str)> {
    (
        prop_oneof![Just("general"), Just("agriculture"), Just("construction")],
        prop_oneof![Just("2023-06-01"), Just("2024-06-01"), Just("2025-06-01")],
        0i64..=2_000_000,
        any::<bool>(),
    )
        .prop_map(|(industry, as_of, wage, monthly)| {
            let key = if monthly { "monthlyWageYen" } else { "annualWageBillYen" };
            let wage = if monthly { wage } else { wage * 37 };
            let request =
                json!({ "program": "koyo-hoken", "asOf": as_of, "input": { "industry": industry, key: wage } });
            (request, industry, wage, monthly, as_of)
        })
}

/// (worker, employer) per 1,000 in tenths: RULES.md §3.
fn rates(industry: &str, as_of: &str) -> (i64, i64) {
    match (as_of < "2025-04-01", industry) {
        (true, "general") => (60, 95),
        (true, "agriculture") => (70, 105),
        (true, _) => (70, 115),
        (false, "general") => (55, 90),
        (false, "agriculture") => (65, 100),
        (false, _) => (65, 110),
    }
}

fn months_request() -> impl Strategy<Value = (Json, Vec<(i64, i64)>, bool)> {
    // Hours in tenths, so that decimals are drawn too.
    (prop::collection::vec((0i64..=1_000, prop_oneof![3 => Just(0i64), 1 => 0i64..=400]), 12), any::<bool>()).prop_map(|(months, special)| {
        let list: Vec<Json> = months.iter().map(|(o, h)| json!({ "overtimeHours": *o as f64 / 10.0, "holidayHours": *h as f64 / 10.0 })).collect();
        let request = json!({ "program": "overtime-check", "asOf": "2024-06-01", "input": { "category": "general", "specialClause": special, "months": list } });
        (request, months, special)
    })
}

fn breaches(rule: &Json) -> Vec<(i64, i64)> {
    rule["breaches"].as_array().unwrap().iter().map(|b| (i(&b["from"]), i(&b["to"]))).collect()
}

proptest! {
    #![proptest_config(Config { cases: 300, ..Config::default() })]

    #[test]
    fn every_loan_schedule_repays_the_amount_exactly_at_the_stated_rate(
        (request, amount, term, grace, base, _prime, floor, qualified) in loan_request()
    ) {
        let a = run(&request);
        prop_assert_eq!(&a["ok"], &json!(true), "{}", a);
        let discounted = (base - 200).max(0);
        let applied = floor.map_or(discounted, |p| p.max(discounted));
        prop_assert_eq!(a["appliedRatePercent"].as_f64().unwrap(), applied as f64 / 1000.0);
        let limits = if request["input"]["purpose"] == "working" { (50_000_000, 60) } else { (100_000_000, 120) };
        let fits = qualified && amount <= limits.0 && term <= limits.1 && grace <= 24;
        prop_assert_eq!(&a["fits"], &json!(fits));
        // Each failed check is a reason of the same code, in the same order.
        let failed: Vec<&Json> = a["checks"].as_array().unwrap().iter().filter(|c| c["passed"] == false).map(|c| &c["check"]).collect();
        let reasons: Vec<&Json> = a["reasons"].as_array().unwrap().iter().map(|r| &r["code"]).collect();
        prop_assert_eq!(failed, reasons);
        for kind in ["equalPrincipal", "equalPayment"] {
            let rows = a[kind]["rows"].as_array().unwrap();
            prop_assert_eq!(rows.len() as i64, term);
            let mut owed = amount;
            let mut interest_sum = 0;
            for (k, r) in rows.iter().enumerate() {
                let month = k as i64 + 1;
                let (p, int, pay, bal) = (i(&r["principalYen"]), i(&r["interestYen"]), i(&r["paymentYen"]), i(&r["balanceYen"]));
                // Interest: the balance × the annual rate ÷ 12, truncated (rate in thousandths of %).
                prop_assert_eq!(int, owed * applied / 1_200_000, "{} month {}", kind, month);
                prop_assert!(p >= 0 && pay == p + int);
                if month <= grace {
                    prop_assert_eq!(p, 0);
                }
                owed -= p;
                prop_assert_eq!(bal, owed);
                interest_sum += int;
            }
            prop_assert_eq!(owed, 0);
            prop_assert_eq!(i(&a[kind]["totalInterestYen"]), interest_sum);
            if kind == "equalPayment" && term - grace >= 2 {
                // Level payments until the month that clears the balance; nothing after it (a tiny
                // loan whose truncated interest is 0 yen is repaid before its term ends).
                let repaying = &rows[grace as usize..];
                let cleared = repaying.iter().position(|r| i(&r["balanceYen"]) == 0).unwrap_or(repaying.len() - 1);
                let level: Vec<i64> = repaying[..cleared].iter().map(|r| i(&r["paymentYen"])).collect();
                prop_assert!(level.windows(2).all(|w| w[0] == w[1]), "{:?}", level);
                prop_assert!(repaying[cleared + 1..].iter().all(|r| i(&r["paymentYen"]) == 0), "payments after the balance is cleared");
            }
        }
    }

    #[test]
    fn every_premium_is_the_wage_times_the_rate_rounded_as_stated((request, industry, wage, monthly, as_of) in koyo_request()) {
        let a = run(&request);
        let (w, e) = rates(industry, as_of);
        let (worker, employer, total) = (i(&a["workerShareYen"]), i(&a["employerShareYen"]), i(&a["totalYen"]));
        prop_assert_eq!(total, worker + employer);
        if monthly {
            // wage × tenths / 10,000 yen: 50 sen or less dropped, over 50 sen up; employer truncated.
            let (q, r) = (wage * w / 10_000, wage * w % 10_000);
            prop_assert_eq!(worker, if r > 5_000 { q + 1 } else { q });
            prop_assert_eq!(employer, wage * e / 10_000);
        } else {
            let basis = wage / 1_000 * 1_000;
            prop_assert_eq!(total, basis * (w + e) / 10_000);
            prop_assert_eq!(worker, basis * w / 10_000);
        }
    }

    #[test]
    fn each_overtime_rule_breaks_exactly_where_its_limit_is_passed((request, months, special) in months_request()) {
        let a = run(&request);
        let rules = a["rules"].as_array().unwrap();
        let rule = |id: &str| rules.iter().find(|r| r["rule"] == id).cloned().unwrap_or_else(|| panic!("no rule {id}"));
        let total = |m: &(i64, i64)| m.0 + m.1;
        let over = |limit: i64, f: &dyn Fn(&(i64, i64)) -> i64, strict: bool| -> Vec<(i64, i64)> {
            months.iter().enumerate().filter(|(_, m)| if strict { f(m) > limit } else { f(m) >= limit }).map(|(k, _)| (k as i64 + 1, k as i64 + 1)).collect()
        };
        // Hours are in tenths here.
        prop_assert_eq!(breaches(&rule("monthly_total_limit")), over(1_000, &total, false));
        let mut windows = Vec::new();
        for len in 2..=6usize {
            for start in 0..=12 - len {
                let sum: i64 = months[start..start + len].iter().map(total).sum();
                if sum > 800 * len as i64 {
                    windows.push((start as i64 + 1, (start + len) as i64));
                }
            }
        }
        windows.sort();
        prop_assert_eq!(breaches(&rule("multi_month_average")), windows);
        let overtime_sum: i64 = months.iter().map(|m| m.0).sum();
        if special {
            prop_assert_eq!(&rule("special_annual_limit")["passed"], &json!(overtime_sum <= 7_200));
            let over45 = over(450, &|m| m.0, true);
            prop_assert_eq!(breaches(&rule("months_over_monthly_limit")), over45.iter().skip(6).copied().collect::<Vec<_>>());
        } else {
            prop_assert_eq!(breaches(&rule("monthly_limit")), over(450, &|m| m.0, true));
            prop_assert_eq!(&rule("annual_limit")["passed"], &json!(overtime_sum <= 3_600));
        }
        let all_passed = rules.iter().all(|r| r["passed"] == true && r["breaches"].as_array().unwrap().is_empty() || r["passed"] == false && !r["breaches"].as_array().unwrap().is_empty());
        prop_assert!(all_passed, "passed and breaches disagree: {}", a);
        prop_assert_eq!(&a["compliant"], &json!(rules.iter().all(|r| r["passed"] == true)));
    }

    #[test]
    fn the_company_is_certified_exactly_when_nothing_is_missing(
        flags in prop::array::uniform4(any::<bool>()),
        all_staff in proptest::option::of(0i64..=300),
        work_style in prop::sample::subsequence(vec!["leave_promotion", "flexible_work"], 0..=2),
        initiatives in prop::sample::subsequence(vec!["non_regular_treatment", "productivity", "women", "young_staff", "health_and_treatment", "childcare", "nursing_care", "disabilities", "older_workers"], 0..=4),
    ) {
        let mut input = json!({
            "ikubossDeclared": flags[0], "kosodateOuenRegistered": flags[1], "awarenessActivities": flags[2], "longHoursMeasures": flags[3],
            "workStyleItems": work_style, "initiatives": initiatives,
        });
        if let Some(h) = all_staff {
            input["allStaffMonthlyOvertimeHours"] = json!(h as f64 / 10.0);
        }
        let a = run(&json!({ "program": "kagoshima-nintei", "asOf": "2023-06-01", "input": input }));
        let expected_missing = flags.iter().filter(|f| !**f).count()
            + usize::from(all_staff.is_none_or(|h| h > 100))
            + usize::from(work_style.is_empty())
            + usize::from(initiatives.len() < 2);
        prop_assert_eq!(a["missing"].as_array().unwrap().len(), expected_missing);
        prop_assert_eq!(&a["certified"], &json!(expected_missing == 0));
        prop_assert_eq!(a["reasons"].as_array().unwrap().len(), expected_missing);
        // What is missing is said in the same words as the reason of the same code.
        for (m, r) in a["missing"].as_array().unwrap().iter().zip(a["reasons"].as_array().unwrap()) {
            prop_assert_eq!(&m["code"], &r["code"]);
            prop_assert_eq!(&m["message"], &r["message"]);
        }
    }
}

#[test]
fn the_calculators_list_their_rulesets_with_2024_04_01_as_the_overtime_boundary_and_no_end_after_it() {
    let listing = serde_json::to_value(joseikin::programs()).unwrap();
    // (id, validFrom, validTo); validTo is a date, or null for law in force with no end.
    let rulesets = |id: &str| -> Vec<(String, String, Json)> {
        let p = listing.as_array().unwrap().iter().find(|p| p["id"] == id).unwrap_or_else(|| panic!("{id} not listed"));
        p["rulesets"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                let to = r.get("validTo").unwrap_or_else(|| panic!("{}: validTo missing", r["id"]));
                (r["id"].as_str().unwrap().into(), r["validFrom"].as_str().unwrap().into(), to.clone())
            })
            .collect()
    };
    let koyo = rulesets("koyo-hoken");
    assert_eq!(
        koyo.iter().map(|r| r.0.as_str()).collect::<Vec<_>>(),
        ["koyo-hoken/2023", "koyo-hoken/2024", "koyo-hoken/2025", "koyo-hoken/2026"]
    );
    assert_eq!((koyo[0].1.as_str(), &koyo[3].2), ("2023-04-01", &json!("2027-03-31")));
    let overtime = rulesets("overtime-check");
    assert_eq!(overtime[0], ("overtime-check/2023-04".into(), "2023-04-01".into(), json!("2024-03-31")));
    assert_eq!(overtime[1], ("overtime-check/2024-04".into(), "2024-04-01".into(), Json::Null));
    assert_eq!(rulesets("kagoshima-nintei")[0].1, "2023-04-01");
    assert_eq!(rulesets("kosodate-loan")[0].0, "kosodate-loan/2023-06");
}
