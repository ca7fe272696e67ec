//! Fuzzing on stable Rust: a structure-aware random-request harness over the whole
//! request → validate → simulate path. (`cargo fuzz` needs a nightly toolchain, which this project's
//! machines do not have.)
//!
//! It starts from the valid requests of the scenario cases and mutates them: fields removed, values
//! replaced by random JSON of every type (extreme numbers, odd texts, deep nesting, long lists),
//! keys renamed. Each request must be answered without a panic, and the answer must keep the
//! contract. A failing request is saved to `tests/fuzz-regressions/` and replayed by every later run.
//!
//! `make test` runs a bounded smoke (a fixed seed, a fixed count); `make fuzz` runs it for
//! `FUZZ_SECONDS` with a fresh seed: `JOSEIKIN_FUZZ_SECONDS=600 cargo test --profile fuzz --test fuzz`.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use serde_json::{json, Map, Value as Json};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// SplitMix64: small, fast, and reproducible from its seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

const TEXTS: &[&str] = &[
    "",
    " ",
    "0",
    "-0",
    "１，０００",
    "1,000",
    "1e309",
    "NaN",
    "Infinity",
    "-1",
    "0.5",
    "０．５",
    "99999999999999999999999",
    "kagoshima",
    "鹿児島県",
    "46",
    "retail",
    "transport",
    "new",
    "2023-06-01",
    "2026-12-01",
    "insured",
    "2023-02-30",
    "2023/06/01",
    "9999-12-31",
    "__proto__",
    "constructor",
    "🤖",
    "\u{0}",
    "\u{202e}",
    "<script>",
    "'; DROP TABLE",
    "true",
    "null",
];

fn random_number(rng: &mut Rng) -> f64 {
    match rng.below(12) {
        0 => 0.0,
        1 => -0.0,
        2 => f64::MAX,
        3 => f64::MIN_POSITIVE,
        4 => -1.0,
        5 => 1e12 + 1.0,
        6 => 9_007_199_254_740_993.0,
        7 => (rng.next() % 2000) as f64 / 7.0,
        8 => -((rng.next() % 1_000_000) as f64),
        _ => (rng.next() % 10_000_000_000) as f64,
    }
}

fn random_value(rng: &mut Rng, depth: usize) -> Json {
    let leaf = depth > 6;
    match rng.below(if leaf { 4 } else { 7 }) {
        0 => Json::Null,
        1 => Json::Bool(rng.chance(50)),
        2 => json!(random_number(rng)),
        3 => Json::String(TEXTS[rng.below(TEXTS.len())].to_owned()),
        4 => Json::Array((0..rng.below(5)).map(|_| random_value(rng, depth + 1)).collect()),
        5 => {
            let mut m = Map::new();
            for _ in 0..rng.below(5) {
                m.insert(TEXTS[rng.below(TEXTS.len())].to_owned(), random_value(rng, depth + 1));
            }
            Json::Object(m)
        }
        _ => {
            // A long list or a deep nest.
            if rng.chance(50) {
                Json::Array(vec![
                    json!({ "wageBefore": 900, "wageAfter": 930, "monthsEmployed": 12 });
                    500 + rng.below(2000)
                ])
            } else {
                let mut v = json!(1);
                for _ in 0..(10 + rng.below(300)) {
                    v = json!([v]);
                }
                v
            }
        }
    }
}

/// Changes one place in `v`, chosen at random along a path of objects and lists.
fn mutate(v: &mut Json, rng: &mut Rng, depth: usize) {
    let descend = rng.chance(60);
    match v {
        Json::Object(m) if !m.is_empty() => {
            let keys: Vec<String> = m.keys().cloned().collect();
            let k = keys[rng.below(keys.len())].clone();
            if descend && depth < 8 {
                if let Some(child) = m.get_mut(&k) {
                    return mutate(child, rng, depth + 1);
                }
            }
            match rng.below(4) {
                0 => {
                    m.remove(&k);
                }
                1 => {
                    let val = m.remove(&k).unwrap_or(Json::Null);
                    let mut chars: Vec<char> = k.chars().collect();
                    chars.insert(rng.below(chars.len() + 1), 'x');
                    let renamed: String = chars.into_iter().collect();
                    m.insert(if rng.chance(50) { renamed } else { k.to_uppercase() }, val);
                }
                _ => {
                    m.insert(k, random_value(rng, depth));
                }
            }
        }
        Json::Array(a) if !a.is_empty() => {
            let i = rng.below(a.len());
            if descend && depth < 8 {
                return mutate(&mut a[i], rng, depth + 1);
            }
            match rng.below(3) {
                0 => {
                    a.remove(i);
                }
                1 => a.push(random_value(rng, depth)),
                _ => a[i] = random_value(rng, depth),
            }
        }
        _ => *v = random_value(rng, depth),
    }
}

/// What the contract promises for any request; `Err` says what broke.
fn check(request: &Json) -> Result<(), String> {
    let value: joseikin::Value = match serde_json::from_value(request.clone()) {
        Ok(v) => v,
        Err(e) => {
            // Too deep or too long to read: the wasm boundary answers with an error, never a trap.
            let err = joseikin::value::read_failure(&e.to_string());
            return if err.message().render().is_empty() {
                Err("an unread request has no message".into())
            } else {
                Ok(())
            };
        }
    };
    let outcome = catch_unwind(AssertUnwindSafe(|| joseikin::simulate(&value)));
    let response = match outcome {
        Err(_) => return Err("panicked".into()),
        Ok(Err(_)) if request.is_object() => return Err("an object request was refused as a wrong call".into()),
        Ok(Err(_)) => return Ok(()),
        Ok(Ok(r)) => r,
    };
    let a = serde_json::to_value(&response).map_err(|e| format!("answer does not serialize: {e}"))?;
    if a["ok"] == json!(true) {
        if let Some(amount) = a.get("amountYen") {
            let amount = amount.as_i64().ok_or("amountYen is not a whole number")?;
            if amount < 0 {
                return Err("negative amount".into());
            }
            if a["eligible"] == json!(false) && amount != 0 {
                return Err("not eligible but an amount".into());
            }
            let last = a["steps"].as_array().and_then(|s| s.last()).ok_or("no steps")?;
            if last["yen"].as_i64() != Some(amount) {
                return Err("the last step is not the amount".into());
            }
        }
    } else {
        let errors = a["errors"].as_array().ok_or("ok: false without errors")?;
        if errors.is_empty() {
            return Err("ok: false with no error".into());
        }
        for e in errors {
            let fine = e["code"].as_str().is_some_and(|c| !c.is_empty())
                && e["message"].as_str().is_some_and(|c| !c.is_empty());
            if !fine {
                return Err(format!("an error without code or messages: {e}"));
            }
        }
    }
    Ok(())
}

fn regressions_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz-regressions")
}

fn save_regression(request: &Json) -> PathBuf {
    let text = serde_json::to_string_pretty(request).unwrap();
    let hash = text.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ b as u64).wrapping_mul(0x100_0000_01b3));
    let path = regressions_dir().join(format!("{hash:016x}.json"));
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn random_mutations_of_valid_requests_never_panic_and_keep_the_contract() {
    let seconds: Option<u64> = std::env::var("JOSEIKIN_FUZZ_SECONDS").ok().and_then(|s| s.parse().ok());
    let seed = std::env::var("JOSEIKIN_FUZZ_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or_else(|| {
        if seconds.is_some() {
            SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_nanos() as u64).unwrap_or(1)
        } else {
            20_231_101
        }
    });
    let deadline = seconds.map(|s| Instant::now() + Duration::from_secs(s));
    let max_iterations = if deadline.is_some() { u64::MAX } else { 5_000 };
    let seeds: Vec<Json> = common::cases().into_iter().map(|c| c.request).collect();
    let mut rng = Rng(seed);
    let mut n = 0u64;
    println!("fuzz: seed {seed}, {}", seconds.map_or("smoke of 5,000 requests".to_string(), |s| format!("{s} s")));
    while n < max_iterations && deadline.is_none_or(|d| Instant::now() < d) {
        let mut request = seeds[rng.below(seeds.len())].clone();
        for _ in 0..1 + rng.below(4) {
            mutate(&mut request, &mut rng, 0);
        }
        if let Err(why) = check(&request) {
            let path = save_regression(&request);
            panic!("fuzz: {why} (seed {seed}, request #{n}); saved to {}", path.display());
        }
        n += 1;
    }
    println!("fuzz: {n} requests, no failure");
    assert!(n > 0);
}

#[test]
fn every_saved_fuzz_regression_is_answered_without_a_panic() {
    let mut count = 0;
    for entry in std::fs::read_dir(regressions_dir()).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "json") {
            let request: Json = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
            check(&request).unwrap_or_else(|why| panic!("{}: {why}", path.display()));
            count += 1;
        }
    }
    println!("{count} saved regressions replayed");
}
