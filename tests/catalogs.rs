//! The words live in the catalogs, and only there: every text of every answer comes from a catalog
//! key with all its placeholders filled, both languages have the same keys, no text names the
//! project's own notes, and the rules hold no sentences.

mod common;

use joseikin::catalog::{self, placeholders, Catalog, Style, LANGUAGES};
use joseikin::programs::Response;
use joseikin::Value;
use serde_json::Value as Json;
use std::borrow::Cow;
use std::collections::BTreeSet;

fn respond(request: &Json) -> Option<Response> {
    let value: Value = serde_json::from_value(request.clone()).ok()?;
    joseikin::simulate(&value).ok()
}

/// The answer written with `catalog`, whatever language the request asked for.
fn written_with(response: &Response, catalog: &'static Catalog) -> Json {
    catalog::with_catalog(catalog, || match response {
        Response::Answer(a) => serde_json::to_value(&**a),
        Response::Rejected(r) => serde_json::to_value(r),
    })
    .expect("answers serialize")
}

/// Every text of a JSON value with the path it stands at.
fn texts<'a>(v: &'a Json, path: String, out: &mut Vec<(String, &'a str)>) {
    match v {
        Json::String(s) => out.push((path, s)),
        Json::Array(a) => a.iter().enumerate().for_each(|(i, x)| texts(x, format!("{path}[{i}]"), out)),
        Json::Object(o) => o.iter().for_each(|(k, x)| texts(x, format!("{path}.{k}"), out)),
        _ => {}
    }
}

/// A pseudo-locale: every template of the Japanese catalog written as `⟪key|{a}|{b}⟫` with the
/// placeholders that any language's template uses, so that a text from the catalog is recognisable
/// and a placeholder the rules do not fill shows as a missing one.
fn pseudo() -> &'static Catalog {
    let ja = catalog::catalog(&LANGUAGES[0]);
    let entries = ja
        .keys()
        .map(|key| {
            let mut names: BTreeSet<&str> = BTreeSet::new();
            for lang in LANGUAGES.iter() {
                names.extend(catalog::catalog(lang).get(key).map(placeholders).unwrap_or_default());
            }
            let mut t = format!("⟪{key}");
            for n in names {
                t.push_str(&format!("|{{{n}}}"));
            }
            t.push('⟫');
            (Cow::Owned(key.to_owned()), Cow::Owned(t))
        })
        .collect();
    Box::leak(Box::new(Catalog::from_entries(entries, Style::Western)))
}

/// The fields of an answer that hold words, by the last part of their path.
fn is_wording(path: &str) -> bool {
    ["label", "text", "message", "title", "section", "publisher", "published"]
        .iter()
        .any(|f| path.ends_with(&format!(".{f}")))
}

#[test]
fn every_text_of_every_answer_comes_from_a_catalog_key_with_every_placeholder_filled() {
    let pseudo = pseudo();
    let mut failures = Vec::new();
    for c in common::cases() {
        let Some(response) = respond(&c.request) else { continue };
        let answer = written_with(&response, pseudo);
        let mut all = Vec::new();
        texts(&answer, String::new(), &mut all);
        for (path, text) in all {
            if text.contains(catalog::MISSING) {
                failures.push(format!("{} {path}: a key or placeholder is missing: {text}", c.name));
            } else if is_wording(&path) && !path.contains(".values") && !text.starts_with('⟪') {
                failures.push(format!("{} {path}: not from a catalog: {text}", c.name));
            }
        }
    }
    failures.dedup();
    assert!(failures.is_empty(), "{} problems:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn every_text_of_every_screen_answer_comes_from_a_catalog_key_and_names_none_of_our_notes() {
    let pseudo = pseudo();
    let mut failures = Vec::new();
    for c in common::cases_of(common::SCREEN_FILES) {
        let Ok(value) = serde_json::from_value::<Value>(c.request.clone()) else { continue };
        let Ok(response) = joseikin::screen(&value) else { continue };
        let answer = catalog::with_catalog(pseudo, || match &response {
            joseikin::ScreenResponse::Answer(a) => serde_json::to_value(&**a),
            joseikin::ScreenResponse::Rejected(r) => serde_json::to_value(r),
        })
        .expect("answers serialize");
        let mut all = Vec::new();
        texts(&answer, String::new(), &mut all);
        for (path, text) in all {
            if text.contains(catalog::MISSING) {
                failures.push(format!("{} {path}: a key or placeholder is missing: {text}", c.name));
            } else if is_wording(&path) && !path.contains(".values") && !path.contains(".request") && !text.starts_with('⟪') {
                failures.push(format!("{} {path}: not from a catalog: {text}", c.name));
            }
        }
        for lang in common::LANGS {
            let value: Value = serde_json::from_value(common::in_lang(&c.request, lang)).expect("JSON");
            let answer = serde_json::to_value(joseikin::screen(&value).expect("an object")).expect("serializes");
            let mut all = Vec::new();
            texts(&answer, String::new(), &mut all);
            for (path, text) in all {
                if let Some(word) = NOTES.iter().find(|w| text.contains(*w)) {
                    failures.push(format!("{} ({lang}) {path} names “{word}”: {text}", c.name));
                }
            }
        }
    }
    failures.dedup();
    assert!(failures.is_empty(), "{} problems:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn every_language_has_the_same_keys_with_the_same_placeholders() {
    // Japanese names a fiscal year by its 令和 year, English by its calendar year.
    const STYLE_ONLY: [&str; 2] = ["fiscal_year", "published.fiscal_year"];
    let ja = catalog::catalog(&LANGUAGES[0]);
    for lang in LANGUAGES.iter().skip(1) {
        let other = catalog::catalog(lang);
        let a: BTreeSet<&str> = ja.keys().collect();
        let b: BTreeSet<&str> = other.keys().collect();
        assert_eq!(a.difference(&b).collect::<Vec<_>>(), Vec::<&&str>::new(), "keys missing in {}", lang.code);
        assert_eq!(b.difference(&a).collect::<Vec<_>>(), Vec::<&&str>::new(), "keys only in {}", lang.code);
        for key in a {
            if STYLE_ONLY.contains(&key) {
                continue;
            }
            let pa: BTreeSet<&str> = ja.get(key).map(placeholders).unwrap_or_default().into_iter().collect();
            let pb: BTreeSet<&str> = other.get(key).map(placeholders).unwrap_or_default().into_iter().collect();
            assert_eq!(pa, pb, "placeholders of {key} differ between ja and {}", lang.code);
        }
    }
}

/// Words that name the project's own notes and files, which users never see.
const NOTES: [&str; 7] = ["seed", "RULES.md", "shared/", "reference notes", ".csv", "src/", "data/"];

#[test]
fn no_text_of_any_answer_in_any_language_names_the_projects_own_notes() {
    let mut failures = Vec::new();
    for c in common::cases() {
        for lang in common::LANGS {
            let Some(response) = respond(&common::in_lang(&c.request, lang)) else { continue };
            let answer = serde_json::to_value(&response).expect("answers serialize");
            let mut all = Vec::new();
            texts(&answer, String::new(), &mut all);
            for (path, text) in all {
                if let Some(word) = NOTES.iter().find(|w| text.contains(*w)) {
                    failures.push(format!("{} ({lang}) {path} names “{word}”: {text}", c.name));
                }
            }
        }
    }
    let listing = serde_json::to_string(&joseikin::programs()).expect("the listing serializes");
    for word in NOTES {
        assert!(!listing.contains(word), "programs() names “{word}”");
    }
    failures.dedup();
    assert!(failures.is_empty(), "{} texts name our notes:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn no_catalog_names_the_projects_own_notes() {
    for lang in LANGUAGES.iter() {
        for (key, template) in catalog::catalog(lang).entries() {
            for word in NOTES {
                assert!(!template.contains(word), "{} {key} names “{word}”: {template}", lang.code);
            }
        }
    }
}

/// The string literals of a Rust file outside comments and test modules.
fn literals(source: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for (n, line) in source.lines().enumerate() {
        if line.trim_start().starts_with("#[cfg(test)]") {
            break;
        }
        let code = line.trim_start();
        if code.starts_with("//") {
            continue;
        }
        let mut rest = code;
        while let Some(open) = rest.find('"') {
            let before = &rest[..open];
            if before.contains("//") {
                break;
            }
            let after = &rest[open + 1..];
            let Some(close) = after.find('"') else { break };
            out.push((n + 1, after[..close].to_owned()));
            rest = &after[close + 1..];
        }
    }
    out
}

#[test]
fn the_rules_hold_no_sentences_in_either_language() {
    let cjk = |c: char| matches!(c, '\u{3040}'..='\u{30ff}' | '\u{4e00}'..='\u{9fff}' | '\u{ff00}'..='\u{ffef}');
    let mut failures = Vec::new();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/programs");
    let mut dirs = vec![root];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).expect("src/programs is readable").flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
                continue;
            }
            if path.extension().and_then(|e| e.to_str()) != Some("rs") {
                continue;
            }
            let source = std::fs::read_to_string(&path).expect("a source file is text");
            for (line, lit) in literals(&source) {
                let words =
                    lit.split(' ').filter(|w| w.len() > 1 && w.chars().all(|c| c.is_ascii_alphabetic())).count();
                if lit.chars().any(cjk) || words >= 3 {
                    failures.push(format!("{}:{line}: \"{lit}\"", path.display()));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} literals hold words that belong in a catalog:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
