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
    /// The last day; `None` for law in force until the law changes (the overtime caps), which
    /// the answer gives as `validTo: null`.
    pub valid_to: Option<Date>,
    /// Such as 「令和5年度（2023年8月31日以降）」.
    pub title: Text,
}

/// A program of the registry.
pub trait Program: Sync {
    fn id(&self) -> &'static str;
    fn title(&self) -> Text;
    /// The rulesets, oldest first, without gaps between them.
    fn rulesets(&self) -> Vec<&'static RulesetInfo>;
    /// What to do when `asOf` is past the known rules: whom to ask for the terms in force, the
    /// last sentence of `no_ruleset_for_date`. The subsidies' is the default.
    fn where_to_check(&self) -> Text {
        Text::fixed(
            "申請の前に、厚生労働省または都道府県労働局の最新のリーフレットで今年度の条件を確認してください。",
            "Before applying, check this year's terms in the current leaflet of MHLW or the prefectural labour bureau.",
        )
    }
    /// The last day up to which the program's own notice says what is known past its last ruleset
    /// (hatarakikata-yuyo's `rules_not_modelled`); up to then the generic `no_ruleset_for_date`,
    /// which would say less, is left out. `None`: the generic notice always applies.
    fn later_rules_described_to(&self) -> Option<Date> {
        None
    }
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
/// last one with the notice `no_ruleset_for_date` (RULES.md §1.5), which ends with `check`, what
/// to do ([`Program::where_to_check`]). A ruleset without `valid_to` is in force from its first
/// day on, so a program whose last ruleset is open-ended never gets that notice.
pub fn select_ruleset(
    rulesets: &[&'static RulesetInfo],
    as_of: Date,
    check: &Text,
) -> Result<(usize, Option<Notice>), ErrorKind> {
    let first = rulesets.first().ok_or(ErrorKind::InternalOverflow)?;
    if as_of < first.valid_from {
        return Err(ErrorKind::DateBeforeRules { earliest: first.valid_from.ja() });
    }
    let in_force = |r: &&RulesetInfo| r.valid_from <= as_of && r.valid_to.map_or(true, |to| as_of <= to);
    if let Some(i) = rulesets.iter().position(in_force) {
        return Ok((i, None));
    }
    let last_index = rulesets.len().saturating_sub(1);
    let last = rulesets.get(last_index).ok_or(ErrorKind::InternalOverflow)?;
    let fy = reiwa_fiscal_year(last.valid_from.fiscal_year());
    // Only a ruleset with an end can be passed, so `to` is always given here.
    let (to_ja, to_en) = match last.valid_to {
        Some(to) => (format!("（{}まで）", to.ja()), format!(" (to {to})")),
        None => (String::new(), String::new()),
    };
    let notice = Notice::new(
        "no_ruleset_for_date",
        Text::new(
            format!(
                "{}の規則はまだ分かりません。分かっている最新の{}{}の規則で計算しています。{}",
                as_of.ja(),
                fy,
                to_ja,
                check.ja
            ),
            format!(
                "The rules for {as_of} are not known yet. This uses the latest known rules, fiscal year {}{}. {}",
                last.valid_from.fiscal_year(),
                to_en,
                check.en
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
    let (index, date_notice) = match select_ruleset(&rulesets, as_of, &program.where_to_check()) {
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
        if !program.later_rules_described_to().is_some_and(|to| as_of <= to) {
            trace.notice(n);
        }
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
        static OPEN: RulesetInfo = RulesetInfo {
            id: "test/open",
            valid_from: Date::ymd(2024, 4, 1),
            valid_to: None,
            title: Text::fixed("", ""),
        };
        static CLOSED: RulesetInfo = RulesetInfo {
            id: "test/closed",
            valid_from: Date::ymd(2023, 4, 1),
            valid_to: Some(Date::ymd(2024, 3, 31)),
            title: Text::fixed("", ""),
        };
        let check = Text::fixed("", "");
        let pick = |d| select_ruleset(&[&CLOSED, &OPEN], d, &check).map(|(i, n)| (i, n.is_some()));
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
            let check = program.where_to_check();
            let (_, notice) = select_ruleset(&infos, later, &check).unwrap();
            let notice = notice.unwrap();
            assert_eq!(notice.code, "no_ruleset_for_date");
            assert!(notice.message.ja.ends_with(check.ja.as_ref()), "{}: {}", program.id(), notice.message.ja);
            assert!(notice.message.en.ends_with(check.en.as_ref()), "{}: {}", program.id(), notice.message.en);
        }
    }
}
