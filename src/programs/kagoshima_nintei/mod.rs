//! かごしま「働き方改革」推進企業 認定要件のセルフチェック, program id `kagoshima-nintei`.
//!
//! The prefecture certifies companies that meet every required item, at least one of two items on
//! ways of working, and at least two of nine further items (seed 「かごしま「働き方改革」推進企業
//! 認定制度について」 認定要件). This program says whether the answers meet those criteria and
//! exactly what is missing; the prefecture's own review decides.

mod r2023_06;

use crate::catalog::{Fact, Message};
use crate::date::Date;
use crate::error::Error;
use crate::explain::{Notice, Reason, Step, Trace};
use crate::programs::{ruleset_at, Outcome, Program, RulesetInfo};
use crate::quantity::Quantity;
use crate::sources::Cite;
use crate::value::{Fields, Value, MONTH_HOURS};
use rust_decimal::Decimal;
use serde::Serialize;

/// The criteria of one period.
#[derive(Debug)]
pub struct Ruleset {
    pub info: RulesetInfo,
    /// 【必須】: every one is needed. The last, 長時間労働縮減の取組, also needs the overtime test.
    pub required: [Item; 4],
    /// 所定外労働時間 monthly average over all staff: at most this many hours …
    pub all_staff_max_hours: u32,
    /// … or over regular staff: at most this many hours (いずれか: either suffices).
    pub regular_staff_max_hours: u32,
    /// 【選択(次の1つ以上)】.
    pub work_style: Group,
    /// 【選択(次の2つ以上)】.
    pub initiatives: Group,
}

/// One criterion: a stable English id and the catalog key of its name.
#[derive(Debug, Clone, Copy)]
pub struct Item {
    pub id: &'static str,
    pub label: &'static str,
}

/// A group of optional items, of which at least `needed` must be chosen.
#[derive(Debug)]
pub struct Group {
    pub id: &'static str,
    /// The catalog key of the group's name.
    pub label: &'static str,
    /// The section of the document that lists the group.
    pub section: &'static str,
    pub needed: usize,
    pub items: &'static [Item],
}

static RULESETS: [&Ruleset; 1] = [&r2023_06::RULESET];

/// The input field of each required item, in the order of `Ruleset::required`.
const REQUIRED_FIELDS: [&str; 4] =
    ["ikubossDeclared", "kosodateOuenRegistered", "awarenessActivities", "longHoursMeasures"];

pub struct KagoshimaNintei;

impl Program for KagoshimaNintei {
    fn id(&self) -> &'static str {
        "kagoshima-nintei"
    }
    fn rulesets(&self) -> Vec<&'static RulesetInfo> {
        RULESETS.iter().map(|r| &r.info).collect()
    }
    fn run(&self, ruleset: usize, _as_of: Date, input: &Value, trace: &mut Trace) -> Result<Outcome, Vec<Error>> {
        let rules = ruleset_at(&RULESETS, ruleset)?;
        let input = read_input(rules, input)?;
        Ok(Outcome::KagoshimaNintei(calculate(rules, &input, trace)))
    }
}

/// The validated input: the answers of the self-check.
#[derive(Debug, Clone)]
pub struct Input {
    /// One answer per required item, in the order of `Ruleset::required`.
    pub required: [bool; 4],
    pub all_staff_hours: Option<Decimal>,
    pub regular_staff_hours: Option<Decimal>,
    /// Ids chosen in the work-style group and in the initiatives group, each once.
    pub work_style: Vec<&'static str>,
    pub initiatives: Vec<&'static str>,
}

fn read_input(rules: &Ruleset, value: &Value) -> Result<Input, Vec<Error>> {
    let mut f = Fields::of("input", value);
    if !f.errors.is_empty() {
        return Err(f.errors);
    }
    // A self-check form: an unticked box is "no".
    let required = REQUIRED_FIELDS.map(|key| f.flag(key, false));
    let all_staff_hours = f.number_opt("allStaffMonthlyOvertimeHours", MONTH_HOURS);
    let regular_staff_hours = f.number_opt("regularStaffMonthlyOvertimeHours", MONTH_HOURS);
    let options = |g: &Group| -> Vec<(&'static str, &'static str)> { g.items.iter().map(|i| (i.id, i.id)).collect() };
    let work_style = f.choice_list("workStyleItems", &options(&rules.work_style));
    let initiatives = f.choice_list("initiatives", &options(&rules.initiatives));
    let errors = f.finish_errors();
    match (work_style, initiatives) {
        (Some(work_style), Some(initiatives)) if errors.is_empty() => {
            Ok(Input { required, all_staff_hours, regular_staff_hours, work_style, initiatives })
        }
        _ => Err(errors),
    }
}

/// A criterion as the answer names it: its id and its name in the language of the answer.
#[derive(Debug, Clone, Serialize)]
pub struct Choice {
    pub id: &'static str,
    pub label: Message,
}

impl From<&Item> for Choice {
    fn from(item: &Item) -> Choice {
        Choice { id: item.id, label: Message::new(item.label) }
    }
}

/// Something the company still lacks.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Missing {
    /// The id of the required item, `overtime_average`, or the id of the group.
    pub code: &'static str,
    /// The same words as the reason of the same code.
    pub message: Message,
    /// For a group: how many more items are needed, and the items not yet chosen.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub more_needed: Option<usize>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<Choice>,
}

/// A required item and whether it is met.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RequiredResult {
    pub id: &'static str,
    pub label: Message,
    pub met: bool,
}

/// The overtime test of 長時間労働縮減の取組.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct OvertimeResult {
    pub all_staff_hours: Option<Quantity>,
    pub all_staff_max_hours: u32,
    pub regular_staff_hours: Option<Quantity>,
    pub regular_staff_max_hours: u32,
    pub met: bool,
}

/// A group of optional items and the items chosen.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct GroupResult {
    pub group: &'static str,
    pub label: Message,
    pub needed: usize,
    pub chosen: Vec<&'static str>,
    pub met: bool,
}

/// The answer of `kagoshima-nintei`.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Output {
    /// Every criterion is met (the prefecture's review still decides).
    pub certified: bool,
    pub required: Vec<RequiredResult>,
    pub overtime: OvertimeResult,
    pub groups: Vec<GroupResult>,
    /// Exactly what is missing, in the order of the criteria; empty when `certified`.
    pub missing: Vec<Missing>,
}

/// The document a ruleset rests on, and a section of it.
fn cite(rules: &Ruleset, section: &'static str) -> Cite {
    Cite::new(rules.info.documents.first().copied().unwrap_or_default(), section)
}

/// 「満たしています」 or 「満たしていません」.
fn verdict(met: bool) -> Fact {
    Fact::Term(if met { "kagoshima-nintei.verdict.met" } else { "kagoshima-nintei.verdict.not_met" })
}

/// What the company lacks: the reason (`kagoshima-nintei.reason.<code>[.<variant>]`) goes to the
/// trace, and the same words to `missing`.
fn lacking(
    code: &'static str,
    variant: Option<&'static str>,
    facts: Vec<(&'static str, Fact)>,
    source: Cite,
    trace: &mut Trace,
) -> Message {
    let mut key = String::from("kagoshima-nintei.reason.");
    key.push_str(code);
    let mut reason = Reason::new(code).cite(source);
    if let Some(v) = variant {
        key.push('.');
        key.push_str(v);
        reason = reason.variant(v);
    }
    for (name, fact) in &facts {
        reason = reason.with(name, fact.clone());
    }
    trace.add_reason(reason);
    Message { key: key.into(), args: facts }
}

fn calculate(rules: &Ruleset, input: &Input, trace: &mut Trace) -> Output {
    let criteria = cite(rules, "kagoshima-nintei.criteria");
    trace.add(Step::new("ruleset", criteria).with("ruleset", rules.info.title()));
    trace.notice(Notice::of("criteria_as_of").cite(criteria));
    let mut missing = Vec::new();

    // 【必須】 each item.
    let required_section = cite(rules, "kagoshima-nintei.required");
    let mut required = Vec::with_capacity(rules.required.len());
    for (item, met) in rules.required.iter().zip(input.required) {
        trace.add(
            Step::new(item.id, required_section)
                .with(
                    "answer",
                    Fact::Term(if met { "kagoshima-nintei.answer.yes" } else { "kagoshima-nintei.answer.no" }),
                )
                .with("verdict", verdict(met)),
        );
        if !met {
            let message = lacking(item.id, None, vec![("item", Fact::Term(item.label))], required_section, trace);
            missing.push(Missing { code: item.id, message, more_needed: None, options: Vec::new() });
        }
        required.push(RequiredResult { id: item.id, label: Message::new(item.label), met });
    }

    // 所定外労働時間: either average suffices (seed 「次のいずれが必要」).
    let overtime_section = cite(rules, "kagoshima-nintei.overtime");
    let all_max = Decimal::from(rules.all_staff_max_hours);
    let regular_max = Decimal::from(rules.regular_staff_max_hours);
    let all_ok = input.all_staff_hours.is_some_and(|h| h <= all_max);
    let regular_ok = input.regular_staff_hours.is_some_and(|h| h <= regular_max);
    let overtime_met = all_ok || regular_ok;
    let hours = |h: Option<Decimal>, max: u32, ok: bool| match h {
        None => Message::new("kagoshima-nintei.hours.not_given"),
        Some(h) => Message::new("kagoshima-nintei.hours")
            .with("hours", Quantity(h))
            .with("cmp", Fact::Sym(if ok { "≤" } else { ">" }))
            .with("max", max),
    };
    trace.add(
        Step::new("overtime_average", overtime_section)
            .with("all_staff", hours(input.all_staff_hours, rules.all_staff_max_hours, all_ok))
            .with("regular_staff", hours(input.regular_staff_hours, rules.regular_staff_max_hours, regular_ok))
            .with("verdict", verdict(overtime_met)),
    );
    if !overtime_met {
        let given = input.all_staff_hours.is_some() || input.regular_staff_hours.is_some();
        let message = lacking(
            "overtime_average",
            if given { None } else { Some("not_given") },
            vec![
                ("all_staff_max", rules.all_staff_max_hours.into()),
                ("regular_staff_max", rules.regular_staff_max_hours.into()),
            ],
            overtime_section,
            trace,
        );
        missing.push(Missing { code: "overtime_average", message, more_needed: None, options: Vec::new() });
    }
    let overtime = OvertimeResult {
        all_staff_hours: input.all_staff_hours.map(Quantity),
        all_staff_max_hours: rules.all_staff_max_hours,
        regular_staff_hours: input.regular_staff_hours.map(Quantity),
        regular_staff_max_hours: rules.regular_staff_max_hours,
        met: overtime_met,
    };

    // 【選択】 groups.
    let groups = [(&rules.work_style, &input.work_style), (&rules.initiatives, &input.initiatives)]
        .into_iter()
        .map(|(group, chosen)| check_group(rules, group, chosen, &mut missing, trace))
        .collect();

    let certified = missing.is_empty();
    let step = Step::new("verdict", criteria);
    trace.add(if certified {
        step.variant("certified")
    } else {
        step.with("missing", missing.len()).variant("missing")
    });
    Output { certified, required, overtime, groups, missing }
}

fn check_group(
    rules: &Ruleset,
    group: &Group,
    chosen: &[&'static str],
    missing: &mut Vec<Missing>,
    trace: &mut Trace,
) -> GroupResult {
    // Chosen ids in the order of the criteria, whatever order they came in.
    let picked: Vec<&Item> = group.items.iter().filter(|i| chosen.contains(&i.id)).collect();
    let met = picked.len() >= group.needed;
    let source = cite(rules, group.section);
    let names = if picked.is_empty() {
        Fact::Term("kagoshima-nintei.chosen.none")
    } else {
        Fact::List(picked.iter().map(|i| Fact::Term(i.label)).collect())
    };
    trace.add(
        Step::new(group.id, source)
            .with("count", picked.len())
            .with("chosen", names)
            .with("cmp", Fact::Sym(if met { "≥" } else { "<" }))
            .with("needed", group.needed)
            .with("verdict", verdict(met)),
    );
    if !met {
        let more = group.needed.saturating_sub(picked.len());
        let message =
            lacking(group.id, None, vec![("group", Fact::Term(group.label)), ("more", more.into())], source, trace);
        missing.push(Missing {
            code: group.id,
            message,
            more_needed: Some(more),
            options: group.items.iter().filter(|i| !chosen.contains(&i.id)).map(Choice::from).collect(),
        });
    }
    GroupResult {
        group: group.id,
        label: Message::new(group.label),
        needed: group.needed,
        chosen: picked.iter().map(|i| i.id).collect(),
        met,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_criteria_have_the_seeds_counts_and_unique_ids() {
        let r = &r2023_06::RULESET;
        assert_eq!((r.work_style.items.len(), r.work_style.needed), (2, 1));
        assert_eq!((r.initiatives.items.len(), r.initiatives.needed), (9, 2));
        let mut ids: Vec<&str> =
            r.required.iter().chain(r.work_style.items).chain(r.initiatives.items).map(|i| i.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), 4 + 2 + 9);
    }

    #[test]
    fn every_criterion_and_group_is_named_in_every_language() {
        let r = &r2023_06::RULESET;
        let keys = r
            .required
            .iter()
            .chain(r.work_style.items)
            .chain(r.initiatives.items)
            .map(|i| i.label)
            .chain([r.work_style.label, r.initiatives.label])
            .map(String::from)
            .chain(r.required.iter().map(|i| ["kagoshima-nintei.step.", i.id, ".label"].concat()))
            .chain([r.work_style.section, r.initiatives.section].map(|s| ["section.", s].concat()));
        for key in keys {
            for lang in crate::catalog::LANGUAGES.iter() {
                assert!(crate::catalog::catalog(lang).get(&key).is_some(), "{}: {key}", lang.code);
            }
        }
    }
}
