//! Native throughput of the rules core, on one core: `cargo bench --bench native`.
//!
//! For each request of `bench/requests.json`, runs `joseikin::simulate(&Value)` (the answer as a
//! `Response`, not serialized) and, separately, the same followed by serialization to a JSON string
//! with serde_json, which is roughly what a native service would send. Requests are parsed once,
//! outside the timing. Plain `std::time`, no statistics crate: each figure is the median of a few
//! timed runs of about 0.2 s, after a warm-up, which is steady enough for a budget of 10⁶ requests/s.
//!
//! Prints a table, and with `--json` one JSON object on the last line for `bench/run.mjs`.
//! `cargo bench --bench native -- seed hospital` runs only the scenarios named.

use joseikin::{simulate, Value};
use serde_json::Value as Json;
use std::hint::black_box;
use std::time::{Duration, Instant};

const REQUESTS: &str = include_str!("requests.json");
/// Timed runs per figure; the median is reported.
const RUNS: usize = 7;
/// Length of one timed run.
const RUN_TIME: Duration = Duration::from_millis(200);

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let json_out = args.iter().any(|a| a == "--json");
    // Other words name the scenarios to run (all by default); cargo itself passes `--bench`.
    let only: Vec<&String> = args.iter().filter(|a| !a.starts_with("--")).collect();
    let scenarios: Vec<Json> =
        serde_json::from_str(REQUESTS).unwrap_or_else(|e| fail(&format!("bench/requests.json: {e}")));
    let mut rows = Vec::new();
    for s in &scenarios {
        let id = s["id"].as_str().unwrap_or_else(|| fail("a scenario without an id")).to_owned();
        if !only.is_empty() && !only.iter().any(|o| **o == id) {
            continue;
        }
        let request: Value =
            serde_json::from_value(s["request"].clone()).unwrap_or_else(|e| fail(&format!("{id}: {e}")));
        // A scenario with `"call": "screen"` times screen() instead of simulate().
        let screen = s["call"] == "screen";
        check(&id, screen, &request, &s["expect"]);
        let simulate_only = per_second(|| {
            let ok = if screen {
                joseikin::screen(black_box(&request)).is_ok()
            } else {
                simulate(black_box(&request)).is_ok()
            };
            black_box(ok);
        });
        let with_json = per_second(|| {
            let text = if screen {
                joseikin::screen(black_box(&request)).map(|r| serde_json::to_string(&r).unwrap_or_default())
            } else {
                simulate(black_box(&request)).map(|r| serde_json::to_string(&r).unwrap_or_default())
            };
            black_box(text.map(|t| t.len()).unwrap_or(0));
        });
        rows.push((id, simulate_only, with_json));
    }

    println!("native throughput, one core (requests per second; median of {RUNS} runs of {} ms)", RUN_TIME.as_millis());
    println!("{:<18} {:>16} {:>22}", "request", "simulate()", "simulate() + to JSON");
    for (id, a, b) in &rows {
        println!("{id:<18} {:>16} {:>22}", group(*a), group(*b));
    }
    if json_out {
        let fields: Vec<String> = rows
            .iter()
            .map(|(id, a, b)| format!("\"{id}\":{{\"simulatePerSecond\":{a:.0},\"simulateAndJsonPerSecond\":{b:.0}}}"))
            .collect();
        println!("{{{}}}", fields.join(","));
    }
}

/// Fails unless the request gives the answer that `bench/requests.json` expects of it.
fn check(id: &str, screen: bool, request: &Value, expect: &Json) {
    let answer = if screen {
        serde_json::to_value(joseikin::screen(request).unwrap_or_else(|e| fail(&format!("{id}: {e}"))))
    } else {
        serde_json::to_value(simulate(request).unwrap_or_else(|e| fail(&format!("{id}: {e}"))))
    }
    .unwrap_or_else(|e| fail(&format!("{id}: {e}")));
    if answer["ok"] != expect["ok"] {
        fail(&format!("{id}: ok is {}, expected {}", answer["ok"], expect["ok"]));
    }
    if let Some(yen) = expect.get("amountYen") {
        if &answer["amountYen"] != yen {
            fail(&format!("{id}: amountYen {}, expected {yen}", answer["amountYen"]));
        }
    }
    for list in ["alternatives", "hints", "programs"] {
        if let Some(n) = expect.get(list).and_then(Json::as_u64) {
            let got = answer[list].as_array().map_or(0, Vec::len);
            if got as u64 != n {
                fail(&format!("{id}: {got} {list}, expected {n}"));
            }
        }
    }
    if let Some(n) = expect.get("errors").and_then(Json::as_u64) {
        let got = answer["errors"].as_array().map_or(0, Vec::len);
        if (got as u64) < n {
            fail(&format!("{id}: {got} errors, expected at least {n}"));
        }
    }
}

/// Calls per second of `f`: the median of [`RUNS`] runs of about [`RUN_TIME`] each, after one
/// untimed run of the same length.
fn per_second(mut f: impl FnMut()) -> f64 {
    // Calls per batch, so that the clock is read rarely compared with the work timed.
    let mut batch = 1u64;
    loop {
        let t = Instant::now();
        for _ in 0..batch {
            f();
        }
        if t.elapsed() >= Duration::from_millis(2) {
            break;
        }
        batch = batch.saturating_mul(2);
    }
    let run = |f: &mut dyn FnMut()| {
        let start = Instant::now();
        let mut calls = 0u64;
        while start.elapsed() < RUN_TIME {
            for _ in 0..batch {
                f();
            }
            calls = calls.saturating_add(batch);
        }
        calls as f64 / start.elapsed().as_secs_f64()
    };
    run(&mut f);
    let mut rates: Vec<f64> = (0..RUNS).map(|_| run(&mut f)).collect();
    rates.sort_by(f64::total_cmp);
    rates.get(RUNS / 2).copied().unwrap_or(0.0)
}

fn group(n: f64) -> String {
    let digits = format!("{n:.0}");
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn fail(message: &str) -> ! {
    eprintln!("bench/native.rs: {message}");
    std::process::exit(1);
}
