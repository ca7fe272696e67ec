//! The program registry: each program's id, title and dated rulesets, and the one entry point that
//! reads a request, picks the ruleset in force on `asOf`, and runs the program.

pub mod decision;
pub mod gyomu_kaizen;
pub mod hatarakikata_yuyo;
pub mod kagoshima_nintei;
pub mod kosodate_loan;
pub mod koyo_hoken;
pub mod overtime_check;

use crate::catalog::{self, Fact, Language, Message};
use crate::date::Date;
use crate::error::{CallError, Error, ErrorKind};
use crate::explain::{Notice, Reason, Step, Trace};
use crate::sources::{self, Document};
use crate::value::{Fields, Range, Value};
use crate::window::ApplicationWindow;
pub use decision::{what_if, WhatIf, WhatIfResponse};
use decision::{Bounds, Grid, Partial};
use rust_decimal::Decimal;
use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};

/// One ruleset: a program's rules for one period of validity. Its title is the catalog's
/// `ruleset.<id>`.
#[derive(Debug)]
pub struct RulesetInfo {
    /// Stable id, such as `gyomu-kaizen/2023-08-31`.
    pub id: &'static str,
    pub valid_from: Date,
    /// The last day; `None` for law in force until the law changes (the overtime caps), which
    /// the answer gives as `validTo: null`.
    pub valid_to: Option<Date>,
    /// The official documents the ruleset rests on (ids of [`sources::DOCUMENTS`]).
    pub documents: &'static [&'static str],
}

impl Serialize for RulesetInfo {
    /// `{ id, validFrom, validTo, title, documents }`, the title in the language of the answer.
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("RulesetInfo", 5)?;
        st.serialize_field("id", self.id)?;
        st.serialize_field("validFrom", &self.valid_from)?;
        st.serialize_field("validTo", &self.valid_to)?;
        st.serialize_field("title", &self.title())?;
        st.serialize_field("documents", self.documents)?;
        st.end()
    }
}

impl RulesetInfo {
    /// The title, 「令和8年度（2026年4月1日〜2027年3月31日）」, in the current language.
    pub fn title(&self) -> Message {
        let mut key = String::from("ruleset.");
        key.push_str(self.id);
        Message::new(key)
    }
}

/// A program of the registry. Its title is the catalog's `program.<id>.title`, and what to do when
/// `asOf` is past the known rules is `<id>.check`.
pub trait Program: Sync {
    fn id(&self) -> &'static str;
    /// The rulesets, oldest first, without gaps between them.
    fn rulesets(&self) -> Vec<&'static RulesetInfo>;
    /// The last day up to which the program's own notice says what is known past its last ruleset
    /// (hatarakikata-yuyo's `rules_not_modelled`); up to then the generic `no_ruleset_for_date`,
    /// which would say less, is left out. `None`: the generic notice always applies.
    fn later_rules_described_to(&self) -> Option<Date> {
        None
    }
    /// Reads `input` and computes the answer under ruleset number `ruleset` (an index into
    /// `rulesets()`), adding steps, reasons and notices to `trace`.
    fn run(&self, ruleset: usize, as_of: Date, input: &Value, trace: &mut Trace) -> Result<Outcome, Vec<Error>>;
    /// For an input whose only mistakes are required fields not yet given: the range of amounts
    /// the fields given still allow. `None`: the program gives no partial answers (the request is
    /// answered `ok: false` with its `required` errors).
    fn bounds(&self, _ruleset: usize, _as_of: Date, _input: &Value) -> Option<Bounds> {
        None
    }
    /// For a partial answer: the application window that the fields given already decide, with the
    /// notices about the date (a closed window, later years' rules), added to `trace`. `None` by
    /// default.
    fn partial_window(&self, _ruleset: usize, _as_of: Date, _input: &Value, _trace: &mut Trace) -> Option<ApplicationWindow> {
        None
    }
    /// The fields a what-if grid may vary (`input.investmentYen`, …), with their ranges; none by
    /// default.
    fn what_if_fields(&self) -> &'static [(&'static str, Range)] {
        &[]
    }
    /// The amounts of the request with `field` (one of [`Program::what_if_fields`]) set to each of
    /// `values` in turn, and the marks of the axis.
    fn what_if(
        &self,
        _ruleset: usize,
        _as_of: Date,
        _input: &Value,
        _field: &'static str,
        _values: &[Decimal],
    ) -> Result<Grid, Vec<Error>> {
        Err(Vec::new())
    }
}

/// The ruleset of number `index`, as the registry passes it to [`Program::run`].
pub fn ruleset_at<R: ?Sized>(rulesets: &[&'static R], index: usize) -> Result<&'static R, Vec<Error>> {
    rulesets.get(index).copied().ok_or_else(|| vec![Error::new("asOf", ErrorKind::InternalOverflow)])
}

/// A calculation that left the range of exact decimals, as the user-facing error.
pub fn overflowed(_: crate::money::Overflow) -> Vec<Error> {
    vec![Error::new("input", ErrorKind::InternalOverflow)]
}

/// Every program, in the order the page shows them.
static REGISTRY: &[&dyn Program] = &[
    &gyomu_kaizen::GyomuKaizen,
    &hatarakikata_yuyo::HatarakikataYuyo,
    &koyo_hoken::KoyoHoken,
    &overtime_check::OvertimeCheck,
    &kagoshima_nintei::KagoshimaNintei,
    &kosodate_loan::KosodateLoan,
];

pub fn registry() -> &'static [&'static dyn Program] {
    REGISTRY
}

fn find_program(id: &str) -> Option<&'static dyn Program> {
    registry().iter().copied().find(|p| p.id() == id)
}

/// The program-specific part of an answer.
#[derive(Debug, Serialize)]
#[serde(untagged)]
pub enum Outcome {
    GyomuKaizen(gyomu_kaizen::Output),
    HatarakikataYuyo(hatarakikata_yuyo::Output),
    KoyoHoken(koyo_hoken::Output),
    OvertimeCheck(overtime_check::Output),
    KagoshimaNintei(kagoshima_nintei::Output),
    KosodateLoan(Box<kosodate_loan::Output>),
    /// `{ missing, bounds, errors }`: a form not yet filled in (`complete: false`).
    Partial(Partial),
}

/// An answer: `{ ok: true, complete, lang, program, ruleset, …, steps, reasons, notices, sources }`.
/// A partial answer (`complete: false`, [`Outcome::Partial`]) has no steps, reasons or figures.
#[derive(Debug, Serialize)]
pub struct Answer {
    /// Always `true`.
    pub ok: bool,
    /// `false` for a partial answer: only required fields are missing, and `bounds` gives the
    /// range of amounts the fields given allow.
    pub complete: bool,
    /// The language the texts are written in.
    pub lang: &'static str,
    pub program: &'static str,
    pub ruleset: &'static RulesetInfo,
    #[serde(flatten)]
    pub outcome: Outcome,
    pub steps: Vec<Step>,
    pub reasons: Vec<Reason>,
    pub notices: Vec<Notice>,
    /// The ids of the documents cited by the steps, reasons and notices, each once, in order of
    /// citation; `programs()` gives each document's title, publisher, date and page.
    pub sources: Vec<&'static str>,
}

/// `{ ok: false, lang, errors }`: the user's input has mistakes.
#[derive(Debug, Serialize)]
pub struct Rejected {
    /// Always `false`.
    pub ok: bool,
    pub lang: &'static str,
    pub errors: Vec<Error>,
}

/// What `simulate` returns for a well-formed call. Serializing it writes its texts in the
/// language of the request.
#[derive(Debug)]
pub enum Response {
    Answer(Box<Answer>),
    Rejected(Rejected),
}

impl Serialize for Response {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        catalog::with_catalog(catalog::catalog(self.language()), || match self {
            Response::Answer(a) => a.serialize(s),
            Response::Rejected(r) => r.serialize(s),
        })
    }
}

impl Response {
    fn rejected(lang: &'static Language, errors: Vec<Error>) -> Response {
        Response::Rejected(Rejected { ok: false, lang: lang.code, errors })
    }
    pub fn is_ok(&self) -> bool {
        matches!(self, Response::Answer(_))
    }
    /// The language the answer is written in.
    pub fn language(&self) -> &'static Language {
        let code = match self {
            Response::Answer(a) => a.lang,
            Response::Rejected(r) => r.lang,
        };
        catalog::language(code).unwrap_or_else(catalog::default_language)
    }
}

/// Picks the ruleset in force on `as_of`: an error before the first one; after the last one, the
/// last one with the notice `no_ruleset_for_date`, which ends with what to do (the catalog's
/// `<program>.check`). A ruleset without `valid_to` is in force from its first day on, so a program
/// whose last ruleset is open-ended never gets that notice.
pub fn select_ruleset(
    program: &'static str,
    rulesets: &[&'static RulesetInfo],
    as_of: Date,
) -> Result<(usize, Option<Notice>), ErrorKind> {
    let first = rulesets.first().ok_or(ErrorKind::InternalOverflow)?;
    if as_of < first.valid_from {
        return Err(ErrorKind::DateBeforeRules { earliest: first.valid_from });
    }
    let in_force = |r: &&RulesetInfo| r.valid_from <= as_of && r.valid_to.map_or(true, |to| as_of <= to);
    if let Some(i) = rulesets.iter().position(in_force) {
        return Ok((i, None));
    }
    let last_index = rulesets.len().saturating_sub(1);
    let last = rulesets.get(last_index).ok_or(ErrorKind::InternalOverflow)?;
    // Only a ruleset with an end can be passed.
    let to = last.valid_to.unwrap_or(last.valid_from);
    let mut check = String::from(program);
    check.push_str(".check");
    let notice = Notice::of("no_ruleset_for_date")
        .with("date", as_of)
        .with("fiscal_year", fiscal_year(last.valid_from.fiscal_year()))
        .with("to", to)
        .with("check", Message::new(check));
    Ok((last_index, Some(notice)))
}

/// 「令和8年度」 / "FY2026".
pub fn fiscal_year(fy: u16) -> Message {
    // A year is written without a thousands separator (FY2026, not FY2,026).
    Message::new("fiscal_year")
        .with("year", Fact::Raw(fy.to_string().into()))
        .with("reiwa", Fact::Int(i64::from(fy.saturating_sub(2018))))
}

/// What every call reads of a request besides the input's own fields.
pub(crate) struct Header<'a> {
    pub program: &'static dyn Program,
    /// The ruleset's number in `program.rulesets()`.
    pub index: usize,
    pub ruleset: &'static RulesetInfo,
    pub as_of: Date,
    pub date_notice: Option<Notice>,
    pub input: &'a Value,
}

/// Reads a request's `lang`: the default language when not given, an error naming the languages
/// when not known.
pub(crate) fn read_lang(f: &mut Fields<'_>) -> &'static Language {
    match f.get("lang") {
        None => catalog::default_language(),
        Some(Value::String(code)) => match catalog::language(code.trim()) {
            Some(l) => l,
            None => {
                let codes = catalog::codes();
                let suggestion = crate::value::nearest(&crate::value::fold_case(code.trim()), &codes);
                f.error("lang", ErrorKind::UnknownValue { allowed: codes, suggestion });
                catalog::default_language()
            }
        },
        Some(_) => {
            f.error("lang", ErrorKind::InvalidType { expected: crate::error::Expected::Text });
            catalog::default_language()
        }
    }
}

/// Reads `{ program, asOf, lang, input }`: the language, the errors found so far, and the rest when
/// the program, the date's ruleset and the input are there (the input's own fields are the
/// program's to read, so a request with other errors still gets them all at once).
pub(crate) fn read_header(request: &Value) -> (&'static Language, Vec<Error>, Option<Header<'_>>) {
    let mut f = Fields::of("", request);
    let program = match f.get("program") {
        None => {
            f.error("program", ErrorKind::Required);
            None
        }
        Some(Value::String(id)) => {
            let p = find_program(id.trim());
            if p.is_none() {
                let ids: Vec<&'static str> = registry().iter().map(|p| p.id()).collect();
                let suggestion = crate::value::nearest(&crate::value::fold_case(id.trim()), &ids);
                f.error("program", ErrorKind::UnknownValue { allowed: ids, suggestion });
            }
            p
        }
        Some(_) => {
            f.error("program", ErrorKind::InvalidType { expected: crate::error::Expected::Text });
            None
        }
    };
    let as_of = f.date("asOf");
    let lang = read_lang(&mut f);
    let input = f.get("input");
    if input.is_none() {
        f.error("input", ErrorKind::Required);
    }
    let mut errors = f.finish_errors();
    let (Some(program), Some(as_of), Some(input)) = (program, as_of, input) else {
        return (lang, errors, None);
    };
    let rulesets = program.rulesets();
    let (index, date_notice) = match select_ruleset(program.id(), &rulesets, as_of) {
        Ok(x) => x,
        Err(kind) => {
            errors.push(Error::new("asOf", kind));
            return (lang, errors, None);
        }
    };
    let Some(ruleset) = rulesets.get(index).copied() else {
        return (lang, vec![Error::new("asOf", ErrorKind::InternalOverflow)], None);
    };
    let date_notice = date_notice.filter(|_| !program.later_rules_described_to().is_some_and(|to| as_of <= to));
    (lang, errors, Some(Header { program, index, ruleset, as_of, date_notice, input }))
}

/// Runs one request: `{ program, asOf, input }`.
///
/// Returns `Err` only when the request is not an object at all (a mistake of the calling page);
/// every mistake in its fields comes back as [`Response::Rejected`], except that a form of
/// `gyomu-kaizen` or `hatarakikata-yuyo` whose only mistakes are required fields not yet given is
/// answered with a partial answer (`complete: false`, the fields missing and the range of amounts).
pub fn simulate(request: &Value) -> Result<Response, CallError> {
    if request.as_object().is_none() {
        return Err(CallError::NOT_AN_OBJECT);
    }
    let (lang, mut errors, header) = read_header(request);
    let Some(h) = header else {
        return Ok(Response::rejected(lang, errors));
    };
    let mut trace = Trace::new(h.program.id());
    if let Some(n) = h.date_notice {
        trace.notice(n);
    }
    let answer = |outcome, complete, trace: Trace| {
        let sources = cited(&trace);
        Response::Answer(Box::new(Answer {
            ok: true,
            complete,
            lang: lang.code,
            program: h.program.id(),
            ruleset: h.ruleset,
            outcome,
            steps: trace.steps,
            reasons: trace.reasons,
            notices: trace.notices,
            sources,
        }))
    };
    match h.program.run(h.index, h.as_of, h.input, &mut trace) {
        Err(mut errs) => {
            errors.append(&mut errs);
            if decision::only_missing_input(&errors) {
                if let Some(bounds) = h.program.bounds(h.index, h.as_of, h.input) {
                    let missing = errors.iter().map(|e| e.field.clone()).collect();
                    // What the failed run wrote (only the date's notice: the input is read first)
                    // is dropped but for the notices.
                    trace.steps.clear();
                    trace.reasons.clear();
                    let application_window = h.program.partial_window(h.index, h.as_of, h.input, &mut trace);
                    let partial = Partial { missing, bounds, application_window, errors };
                    return Ok(answer(Outcome::Partial(partial), false, trace));
                }
            }
            Ok(Response::rejected(lang, errors))
        }
        Ok(_) if !errors.is_empty() => Ok(Response::rejected(lang, errors)),
        Ok(outcome) => Ok(answer(outcome, true, trace)),
    }
}

/// The documents a trace cites, each once, in order.
fn cited(trace: &Trace) -> Vec<&'static str> {
    let steps = trace.steps.iter().map(|s| s.source.doc);
    let others = trace.reasons.iter().filter_map(|r| r.source).chain(trace.notices.iter().filter_map(|n| n.source));
    let mut out: Vec<&'static str> = Vec::new();
    for id in steps.chain(others.map(|c| c.doc)) {
        if !out.contains(&id) {
            out.push(id);
        }
    }
    out
}

/// A program as `programs()` lists it: `{ id, title, rulesets, documents }`.
#[derive(Debug, Serialize)]
pub struct ProgramListing {
    pub id: &'static str,
    pub title: Message,
    pub rulesets: Vec<&'static RulesetInfo>,
    /// The documents of its rulesets, each once.
    pub documents: Vec<&'static Document>,
}

/// Every program with its rulesets, for `programs()`.
pub fn listing() -> Vec<ProgramListing> {
    registry()
        .iter()
        .map(|p| {
            let rulesets = p.rulesets();
            let mut documents: Vec<&'static Document> = Vec::new();
            for id in rulesets.iter().flat_map(|r| r.documents.iter()) {
                if let Some(d) = sources::document(id) {
                    if !documents.iter().any(|o| std::ptr::eq(*o, d)) {
                        documents.push(d);
                    }
                }
            }
            let mut title = String::from("program.");
            title.push_str(p.id());
            title.push_str(".title");
            ProgramListing { id: p.id(), title: Message::new(title), rulesets, documents }
        })
        .collect()
}

/// [`listing`] written in `lang`, for `programs(lang)`.
pub fn listing_in<S: Serializer>(lang: &'static Language, s: S) -> Result<S::Ok, S::Error> {
    catalog::with_catalog(catalog::catalog(lang), || listing().serialize(s))
}

/// The crate version and every ruleset id, for `version()`.
#[derive(Debug, Serialize)]
pub struct VersionInfo {
    #[serde(rename = "crate")]
    pub crate_version: &'static str,
    pub rulesets: Vec<&'static str>,
    /// A fingerprint of the words (every catalog of every language): with the crate version and the
    /// ruleset, enough to tell whether an estimate would read the same today.
    pub catalogs: String,
    /// A fingerprint of the data tables the rules read (the regional minimum wages).
    pub data: String,
}

pub fn version() -> VersionInfo {
    let mut words = crate::catalog::Fnv::new();
    for lang in catalog::LANGUAGES.iter() {
        words.write(lang.code.as_bytes());
        for file in lang.files {
            words.write(file.as_bytes());
        }
    }
    let mut data = crate::catalog::Fnv::new();
    for p in crate::region::PREFECTURES.iter() {
        data.write(&[p.code]);
        for (from, yen) in p.minimum_wages {
            data.write(from.to_string().as_bytes());
            data.write(&yen.to_le_bytes());
        }
    }
    VersionInfo {
        crate_version: env!("CARGO_PKG_VERSION"),
        rulesets: registry().iter().flat_map(|p| p.rulesets()).map(|r| r.id).collect(),
        catalogs: words.hex(),
        data: data.hex(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_program_s_rulesets_follow_each_other_without_a_gap_and_only_the_last_may_be_open_ended() {
        for program in registry() {
            let infos = program.rulesets();
            for pair in infos.windows(2) {
                assert_eq!(pair[0].valid_to, pair[1].valid_from.previous_day(), "{} → {}", pair[0].id, pair[1].id);
            }
            assert!(infos.iter().all(|r| r.valid_to.map_or(true, |to| r.valid_from <= to)), "{}", program.id());
        }
    }

    #[test]
    fn an_open_ended_ruleset_is_in_force_on_any_later_date_and_gives_no_date_notice() {
        static OPEN: RulesetInfo =
            RulesetInfo { id: "test/open", valid_from: Date::ymd(2024, 4, 1), valid_to: None, documents: &[] };
        static CLOSED: RulesetInfo = RulesetInfo {
            id: "test/closed",
            valid_from: Date::ymd(2023, 4, 1),
            valid_to: Some(Date::ymd(2024, 3, 31)),
            documents: &[],
        };
        let pick = |d| select_ruleset("test", &[&CLOSED, &OPEN], d).map(|(i, n)| (i, n.is_some()));
        assert_eq!(pick(Date::ymd(2024, 3, 31)), Ok((0, false)));
        assert_eq!(pick(Date::ymd(2024, 4, 1)), Ok((1, false)));
        assert_eq!(pick(Date::ymd(2099, 12, 31)), Ok((1, false)));
        assert!(pick(Date::ymd(2023, 3, 31)).is_err());
    }

    #[test]
    fn past_the_last_ruleset_the_notice_ends_with_what_the_program_says_to_do() {
        for program in registry() {
            let infos = program.rulesets();
            let Some(end) = infos.last().and_then(|r| r.valid_to) else { continue };
            let later = Date::ymd(end.year() + 1, 6, 1);
            let (_, notice) = select_ruleset(program.id(), &infos, later).unwrap();
            let mut notice = notice.unwrap();
            notice.program = program.id();
            assert_eq!(notice.code, "no_ruleset_for_date");
            for lang in catalog::LANGUAGES.iter() {
                let c = catalog::catalog(lang);
                let check = c.get(&format!("{}.check", program.id())).unwrap();
                let text = catalog::with_catalog(c, || notice.message());
                assert!(text.ends_with(check), "{}: {}", program.id(), text);
            }
        }
    }

    #[test]
    fn version_names_the_crate_every_ruleset_and_fingerprints_of_the_words_and_the_data() {
        let v = version();
        assert_eq!(v.crate_version, env!("CARGO_PKG_VERSION"));
        assert!(v.rulesets.contains(&"gyomu-kaizen/2026"));
        for f in [&v.catalogs, &v.data] {
            assert!(f.len() == 16 && f.bytes().all(|b| b.is_ascii_hexdigit()), "{f}");
        }
        assert_ne!(v.catalogs, v.data);
        assert_eq!(version().catalogs, v.catalogs, "a fingerprint is stable");
    }

    #[test]
    fn every_ruleset_cites_documents_of_the_registry_and_has_a_title_in_every_language() {
        for program in registry() {
            for r in program.rulesets() {
                assert!(!r.documents.is_empty(), "{}", r.id);
                for d in r.documents {
                    assert!(sources::document(d).is_some(), "{}: {d}", r.id);
                }
                for lang in catalog::LANGUAGES.iter() {
                    assert!(
                        catalog::catalog(lang).get(&format!("ruleset.{}", r.id)).is_some(),
                        "{}: {}",
                        lang.code,
                        r.id
                    );
                }
            }
        }
    }
}
