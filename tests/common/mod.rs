//! Shared by the native runner (`tests/cases.rs`) and the browser runner (`tests/web.rs`): the
//! scenario cases of `tests/cases/*.json`, and the subset matcher that checks them.
#![allow(dead_code)]

use serde_json::Value as Json;

/// Every case file, embedded so that the browser runner has them too.
pub const CASE_FILES: &[(&str, &str)] = &[
    ("gyomu-kaizen-2023.json", include_str!("../cases/gyomu-kaizen-2023.json")),
    ("gyomu-kaizen-2024-2025.json", include_str!("../cases/gyomu-kaizen-2024-2025.json")),
    ("gyomu-kaizen-2026.json", include_str!("../cases/gyomu-kaizen-2026.json")),
    ("gyomu-kaizen-errors.json", include_str!("../cases/gyomu-kaizen-errors.json")),
    ("hatarakikata-yuyo-2023.json", include_str!("../cases/hatarakikata-yuyo-2023.json")),
    ("hatarakikata-yuyo-errors.json", include_str!("../cases/hatarakikata-yuyo-errors.json")),
    ("koyo-hoken.json", include_str!("../cases/koyo-hoken.json")),
    ("overtime-check.json", include_str!("../cases/overtime-check.json")),
    ("kagoshima-nintei.json", include_str!("../cases/kagoshima-nintei.json")),
    ("kosodate-loan.json", include_str!("../cases/kosodate-loan.json")),
];

/// The screen's cases (`screen()`, one profile, every program), in the same form.
pub const SCREEN_FILES: &[(&str, &str)] = &[("screen.json", include_str!("../cases/screen/screen.json"))];

/// One scenario: a request and the parts of the answer it must have.
pub struct Case {
    pub file: &'static str,
    pub name: String,
    pub request: Json,
    pub expect: Json,
}

pub fn cases() -> Vec<Case> {
    cases_of(CASE_FILES)
}

/// The cases of `files`.
pub fn cases_of(files: &[(&'static str, &'static str)]) -> Vec<Case> {
    let mut out = Vec::new();
    for (file, text) in files {
        let list: Vec<Json> = serde_json::from_str(text).unwrap_or_else(|e| panic!("{file}: {e}"));
        for c in list {
            let name = c["name"].as_str().unwrap_or_else(|| panic!("{file}: a case without a name")).to_owned();
            assert!(c["source"].as_str().is_some_and(|s| !s.is_empty()), "{file}: case {name} has no source");
            out.push(Case { file, name, request: c["request"].clone(), expect: c["expect"].clone() });
        }
    }
    out
}

/// The mismatches between `actual` and `expected`, where `expected` names only what matters:
/// - an object's keys must match (extra actual keys are fine); a key `name@contains` with a list
///   means each listed element matches some element of `actual[name]`, and `name@lacks` means no
///   element of `actual[name]` matches any listed one;
/// - a list must have the same length, element by element;
/// - numbers, texts, yes/no and null must be equal.
pub fn mismatches(actual: &Json, expected: &Json, path: &str) -> Vec<String> {
    let mut out = Vec::new();
    match expected {
        Json::Object(exp) => {
            let Some(act) = actual.as_object() else {
                return vec![format!("{path}: expected an object, got {actual}")];
            };
            for (k, v) in exp {
                if let Some(name) = k.strip_suffix("@contains") {
                    let list = act.get(name).and_then(|a| a.as_array());
                    let Some(list) = list else {
                        out.push(format!("{path}.{name}: expected a list, got {:?}", act.get(name)));
                        continue;
                    };
                    for want in v.as_array().into_iter().flatten() {
                        if !list.iter().any(|a| mismatches(a, want, "").is_empty()) {
                            out.push(format!("{path}.{name}: no element matches {want}"));
                        }
                    }
                } else if let Some(name) = k.strip_suffix("@lacks") {
                    let list = act.get(name).and_then(|a| a.as_array()).cloned().unwrap_or_default();
                    for unwanted in v.as_array().into_iter().flatten() {
                        if list.iter().any(|a| mismatches(a, unwanted, "").is_empty()) {
                            out.push(format!("{path}.{name}: an element matches {unwanted}, which should be absent"));
                        }
                    }
                } else {
                    match act.get(k) {
                        Some(a) => out.extend(mismatches(a, v, &format!("{path}.{k}"))),
                        None => out.push(format!("{path}.{k}: missing (expected {v})")),
                    }
                }
            }
        }
        Json::Array(exp) => {
            let Some(act) = actual.as_array() else {
                return vec![format!("{path}: expected a list, got {actual}")];
            };
            if act.len() != exp.len() {
                out.push(format!("{path}: expected {} elements, got {}: {actual}", exp.len(), act.len()));
            } else {
                for (i, (a, e)) in act.iter().zip(exp).enumerate() {
                    out.extend(mismatches(a, e, &format!("{path}[{i}]")));
                }
            }
        }
        Json::Number(n) => {
            if actual.as_f64() != n.as_f64() {
                out.push(format!("{path}: expected {n}, got {actual}"));
            }
        }
        other => {
            if actual != other {
                out.push(format!("{path}: expected {other}, got {actual}"));
            }
        }
    }
    out
}

/// The languages every case runs in.
pub const LANGS: [&str; 2] = ["ja", "en"];

/// The request asking for `lang`, unless it names its own language or is not an object.
pub fn in_lang(request: &Json, lang: &str) -> Json {
    let mut r = request.clone();
    if let Some(o) = r.as_object_mut() {
        o.entry("lang").or_insert_with(|| Json::String(lang.to_owned()));
    }
    r
}

/// The expectation for an answer in `lang`: every `{ "ja": …, "en": … }` of a case stands for
/// the text in the language asked for; a text given in one language only is checked in that one.
pub fn for_lang(expected: &Json, lang: &str) -> Json {
    project(expected, lang).unwrap_or(Json::Null)
}

fn project(expected: &Json, lang: &str) -> Option<Json> {
    match expected {
        Json::Object(o) if is_text(o) => o.get(lang).cloned(),
        Json::Object(o) => {
            Some(Json::Object(o.iter().filter_map(|(k, v)| project(v, lang).map(|v| (k.clone(), v))).collect()))
        }
        Json::Array(a) => Some(Json::Array(a.iter().map(|v| project(v, lang).unwrap_or(Json::Null)).collect())),
        other => Some(other.clone()),
    }
}

/// `{ "ja": "…" }`, `{ "en": "…" }` or both: a text in one language or two.
fn is_text(o: &serde_json::Map<String, Json>) -> bool {
    !o.is_empty() && o.iter().all(|(k, v)| (k == "ja" || k == "en") && v.is_string())
}

/// Checks every case with `run`, in every language, and fails listing every case that did not
/// match.
pub fn check_all(run: impl Fn(&Json) -> Json) {
    let cases = cases();
    assert!(cases.len() >= 10, "too few cases: {}", cases.len());
    check_cases(&cases, run);
}

/// Checks every screen case with `run` (which calls `screen()`), in every language.
pub fn check_screen(run: impl Fn(&Json) -> Json) {
    let cases = cases_of(SCREEN_FILES);
    assert!(cases.len() >= 5, "too few screen cases: {}", cases.len());
    check_cases(&cases, run);
}

fn check_cases(cases: &[Case], run: impl Fn(&Json) -> Json) {
    let mut failures = Vec::new();
    for c in cases {
        for lang in LANGS {
            let answer = run(&in_lang(&c.request, lang));
            let m = mismatches(&answer, &for_lang(&c.expect, lang), "");
            if !m.is_empty() {
                failures.push(format!(
                    "✗ {} ({}, {lang})\n    {}\n    answer: {}",
                    c.name,
                    c.file,
                    m.join("\n    "),
                    answer
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{} of {} cases failed:\n{}", failures.len(), cases.len(), failures.join("\n"));
}
