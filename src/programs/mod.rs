//! The program registry: each program's id, title and dated rulesets, and the one entry point that
//! reads a request, picks the ruleset in force on `asOf`, and runs the program.

pub mod gyomu_kaizen;
pub mod hatarakikata_yuyo;
pub mod kagoshima_nintei;
pub mod kosodate_loan;
pub mod koyo_hoken;
pub mod overtime_check;

use crate::date::{reiwa_fiscal_year, Date};
use crate::error::{CallError, Error, ErrorKind};
use crate::explain::{Notice, Reason, Step, Trace};
use crate::text::Text;
use crate::value::{Fields, Value};
use serde::Serialize;

/// One ruleset: a program's rules for one period of validity.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RulesetInfo {
    /// Stable id, such as `gyomu-kaizen/2023-08-31`.
    pub id: &'static str,
    pub valid_from: Date,
    pub valid_to: Date,
    /// Such as 「令和5年度（2023年8月31日以降）」.
    pub title: Text,
}

/// A program of the registry.
pub trait Program: Sync {
    fn id(&self) -> &'static str;
    fn title(&self) -> Text;
    /// The rulesets, oldest first, without gaps between them.
    fn rulesets(&self) -> Vec<&'static RulesetInfo>;
    /// Reads `input` and computes the answer under ruleset number `ruleset` (an index into
    /// `rulesets()`), adding steps, reasons and notices to `trace`.
    fn run(&self, ruleset: usize, as_of: Date, input: &Value, trace: &mut Trace) -> Result<Outcome, Vec<Error>>;
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
    KosodateLoan(kosodate_loan::Output),
}

/// A complete answer: `{ ok: true, program, ruleset, …, steps, reasons, notices }`.
#[derive(Debug, Serialize)]
pub struct Answer {
    /// Always `true`.
    pub ok: bool,
    pub program: &'static str,
    pub ruleset: &'static RulesetInfo,
    #[serde(flatten)]
    pub outcome: Outcome,
    pub steps: Vec<Step>,
    pub reasons: Vec<Reason>,
    pub notices: Vec<Notice>,
}

/// `{ ok: false, errors }`: the user's input has mistakes.
#[derive(Debug, Serialize)]
pub struct Rejected {
    /// Always `false`.
    pub ok: bool,
    pub errors: Vec<Error>,
}

/// What `simulate` returns for a well-formed call.
#[derive(Debug, Serialize)]
#[serde(untagged)]
pub enum Response {
    Answer(Box<Answer>),
    Rejected(Rejected),
}

impl Response {
    fn rejected(errors: Vec<Error>) -> Response {
        Response::Rejected(Rejected { ok: false, errors })
    }
    pub fn is_ok(&self) -> bool {
        matches!(self, Response::Answer(_))
    }
}

/// Picks the ruleset in force on `as_of`: an error before the first one; after the last one, the
/// last one with the notice `no_ruleset_for_date` (RULES.md §1.3 "Dates after 2026-03-31").
pub fn select_ruleset(rulesets: &[&'static RulesetInfo], as_of: Date) -> Result<(usize, Option<Notice>), ErrorKind> {
    let first = rulesets.first().ok_or(ErrorKind::InternalOverflow)?;
    if as_of < first.valid_from {
        return Err(ErrorKind::DateBeforeRules { earliest: first.valid_from.ja() });
    }
    if let Some(i) = rulesets.iter().position(|r| r.valid_from <= as_of && as_of <= r.valid_to) {
        return Ok((i, None));
    }
    let last_index = rulesets.len().saturating_sub(1);
    let last = rulesets.get(last_index).ok_or(ErrorKind::InternalOverflow)?;
    let fy = reiwa_fiscal_year(last.valid_from.fiscal_year());
    let notice = Notice::new(
        "no_ruleset_for_date",
        Text::new(
            format!(
                "{}の規則はまだ分かりません。分かっている最新の{}（{}まで）の規則で計算しています。",
                as_of.ja(),
                fy,
                last.valid_to.ja()
            ),
            format!(
                "The rules for {as_of} are not known yet. This uses the latest known rules, fiscal year {} (to {}).",
                last.valid_from.fiscal_year(),
                last.valid_to
            ),
        ),
    );
    Ok((last_index, Some(notice)))
}

/// Runs one request: `{ program, asOf, input }`.
///
/// Returns `Err` only when the request is not an object at all (a mistake of the calling page);
/// every mistake in its fields comes back as [`Response::Rejected`].
pub fn simulate(request: &Value) -> Result<Response, CallError> {
    if request.as_object().is_none() {
        return Err(CallError("simulate() takes one object: { program, asOf, input }"));
    }
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
    let input = f.get("input");
    if input.is_none() {
        f.error("input", ErrorKind::Required);
    }
    let mut errors = f.finish_errors();
    let (Some(program), Some(as_of), Some(input)) = (program, as_of, input) else {
        return Ok(Response::rejected(errors));
    };
    let rulesets = program.rulesets();
    let (index, date_notice) = match select_ruleset(&rulesets, as_of) {
        Ok(x) => x,
        Err(kind) => {
            errors.push(Error::new("asOf", kind));
            return Ok(Response::rejected(errors));
        }
    };
    let Some(ruleset) = rulesets.get(index).copied() else {
        return Ok(Response::rejected(vec![Error::new("asOf", ErrorKind::InternalOverflow)]));
    };
    let mut trace = Trace::default();
    if let Some(n) = date_notice {
        trace.notice(n);
    }
    match program.run(index, as_of, input, &mut trace) {
        Err(mut errs) => {
            errors.append(&mut errs);
            Ok(Response::rejected(errors))
        }
        Ok(_) if !errors.is_empty() => Ok(Response::rejected(errors)),
        Ok(outcome) => Ok(Response::Answer(Box::new(Answer {
            ok: true,
            program: program.id(),
            ruleset,
            outcome,
            steps: trace.steps,
            reasons: trace.reasons,
            notices: trace.notices,
        }))),
    }
}

/// A program as `programs()` lists it.
#[derive(Debug, Serialize)]
pub struct ProgramListing {
    pub id: &'static str,
    pub title: Text,
    pub rulesets: Vec<&'static RulesetInfo>,
}

/// Every program with its rulesets, for `programs()`.
pub fn listing() -> Vec<ProgramListing> {
    registry().iter().map(|p| ProgramListing { id: p.id(), title: p.title(), rulesets: p.rulesets() }).collect()
}

/// The crate version and every ruleset id, for `version()`.
#[derive(Debug, Serialize)]
pub struct VersionInfo {
    #[serde(rename = "crate")]
    pub crate_version: &'static str,
    pub rulesets: Vec<&'static str>,
}

pub fn version() -> VersionInfo {
    VersionInfo {
        crate_version: env!("CARGO_PKG_VERSION"),
        rulesets: registry().iter().flat_map(|p| p.rulesets()).map(|r| r.id).collect(),
    }
}
