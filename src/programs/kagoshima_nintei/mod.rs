//! かごしま「働き方改革」推進企業 認定要件のセルフチェック, program id `kagoshima-nintei`.
//!
//! The prefecture certifies companies that meet every required item, at least one of two items on
//! ways of working, and at least two of nine further items (seed 「かごしま「働き方改革」推進企業
//! 認定制度について」 認定要件). This program says whether the answers meet those criteria and
//! exactly what is missing; the prefecture's own review decides.

mod r2023_06;

use crate::date::Date;
use crate::error::Error;
use crate::explain::{Notice, Trace};
use crate::programs::{ruleset_at, Outcome, Program, RulesetInfo};
use crate::quantity::Quantity;
use crate::text::Text;
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
    /// The source the criteria are taken from, with its date.
    pub criteria_source: Text,
    pub source: &'static str,
}

/// One criterion: a stable English id and its label.
#[derive(Debug, Clone, Serialize)]
pub struct Item {
    pub id: &'static str,
    pub label: Text,
}

/// A group of optional items, of which at least `needed` must be chosen.
#[derive(Debug)]
pub struct Group {
    pub id: &'static str,
    pub label: Text,
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

/// Something the company still lacks.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Missing {
    /// The id of the required item, `overtime_average`, or the id of the group.
    pub code: &'static str,
    pub message: Text,
    /// For a group: how many more items are needed, and the items not yet chosen.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub more_needed: Option<usize>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<Item>,
}

/// A required item and whether it is met.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RequiredResult {
    pub id: &'static str,
    pub label: Text,
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
    pub label: Text,
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

fn calculate(rules: &Ruleset, input: &Input, trace: &mut Trace) -> Output {
    trace.step(
        "ruleset",
        Text::fixed("適用する認定要件", "Criteria applied"),
        Text::new(
            format!("かごしま「働き方改革」推進企業 認定要件（{}）", rules.info.title_text().ja),
            format!("Kagoshima work-style reform company criteria ({})", rules.info.title_text().en),
        ),
        rules.source,
    );
    trace.notice(Notice::new("criteria_as_of", Text::new(
        format!(
            "認定要件は{}の要約によります。詳しい基準は県ホームページで確認し、申請は県庁雇用労政課へ。認定するかどうかは県の審査で決まります。",
            rules.criteria_source.ja
        ),
        format!(
            "The criteria are summarised from {}. Please check the full criteria on the prefecture's website and apply to its labour policy division; the prefecture's review decides.",
            rules.criteria_source.en
        ),
    )));
    let mut missing = Vec::new();

    // 【必須】 each item.
    let mut required = Vec::with_capacity(rules.required.len());
    for (item, met) in rules.required.iter().zip(input.required) {
        trace.step(
            item.id,
            Text::new(format!("必須: {}", item.label.ja), format!("Required: {}", item.label.en)),
            Text::new(
                if met { "あり → 満たしています" } else { "なし → 満たしていません" },
                if met { "yes → met" } else { "no → not met" },
            ),
            rules.source,
        );
        if !met {
            let (ja, en) = if item.id == "kosodate_ouen_registration" {
                (
                    format!("必須の要件を満たしていません: {}（登録には県内の事業所と、次世代育成支援対策推進法の一般事業主行動計画の策定が必要です）。", item.label.ja),
                    format!("A required item is missing: {} (registration needs a site in the prefecture and an action plan under the Next Generation Act).", item.label.en),
                )
            } else {
                (
                    format!("必須の要件を満たしていません: {}。", item.label.ja),
                    format!("A required item is missing: {}.", item.label.en),
                )
            };
            missing.push(Missing { code: item.id, message: Text::new(ja, en), more_needed: None, options: Vec::new() });
        }
        required.push(RequiredResult { id: item.id, label: item.label.clone(), met });
    }

    // 所定外労働時間: either average suffices (seed 「次のいずれが必要」).
    let all_max = Decimal::from(rules.all_staff_max_hours);
    let regular_max = Decimal::from(rules.regular_staff_max_hours);
    let all_ok = input.all_staff_hours.is_some_and(|h| h <= all_max);
    let regular_ok = input.regular_staff_hours.is_some_and(|h| h <= regular_max);
    let overtime_met = all_ok || regular_ok;
    let show = |h: Option<Decimal>, max: u32, ok: bool, ja: bool| match (h, ja) {
        (None, true) => "未入力".to_string(),
        (None, false) => "not given".to_string(),
        (Some(h), true) => format!("{}時間 {} {max}時間", Quantity(h), if ok { "≤" } else { ">" }),
        (Some(h), false) => format!("{} h {} {max} h", Quantity(h), if ok { "≤" } else { ">" }),
    };
    trace.step(
        "overtime_average",
        Text::fixed("必須: 所定外労働時間の月平均", "Required: monthly average overtime"),
        Text::new(
            format!(
                "全社員 {}、正社員 {}（いずれか一方で足ります） → {}",
                show(input.all_staff_hours, rules.all_staff_max_hours, all_ok, true),
                show(input.regular_staff_hours, rules.regular_staff_max_hours, regular_ok, true),
                if overtime_met { "満たしています" } else { "満たしていません" }
            ),
            format!(
                "all staff {}, regular staff {} (either suffices) → {}",
                show(input.all_staff_hours, rules.all_staff_max_hours, all_ok, false),
                show(input.regular_staff_hours, rules.regular_staff_max_hours, regular_ok, false),
                if overtime_met { "met" } else { "not met" }
            ),
        ),
        rules.source,
    );
    if !overtime_met {
        let given = input.all_staff_hours.is_some() || input.regular_staff_hours.is_some();
        missing.push(Missing {
            code: "overtime_average",
            message: Text::new(
                format!(
                    "長時間労働縮減の取組として、所定外労働時間を全社員の月平均{}時間以下、または正社員の月平均{}時間以下にする必要があります{}。",
                    rules.all_staff_max_hours, rules.regular_staff_max_hours, if given { "" } else { "（月平均が入力されていません）" }
                ),
                format!(
                    "Against long hours, overtime beyond scheduled hours must average at most {} h a month over all staff, or at most {} h over regular staff{}.",
                    rules.all_staff_max_hours, rules.regular_staff_max_hours, if given { "" } else { " (no average was given)" }
                ),
            ),
            more_needed: None,
            options: Vec::new(),
        });
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
    for m in &missing {
        trace.reason(m.code, m.message.clone());
    }
    trace.step(
        "verdict",
        Text::fixed("判定", "Verdict"),
        Text::new(
            if certified {
                "すべての認定要件を満たしています（県の審査で決まります）".to_string()
            } else {
                format!("満たしていない要件が{}つあります", missing.len())
            },
            if certified {
                "every criterion is met (the prefecture's review decides)".to_string()
            } else {
                format!("{} criteria are not met", missing.len())
            },
        ),
        rules.source,
    );
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
    let names_ja: Vec<&str> = picked.iter().map(|i| i.label.ja.as_ref()).collect();
    let names_en: Vec<&str> = picked.iter().map(|i| i.label.en.as_ref()).collect();
    trace.step(
        group.id,
        group.label.clone(),
        Text::new(
            format!(
                "選択 {}（{}） {} {}つ以上 → {}",
                picked.len(),
                if names_ja.is_empty() { "なし".to_string() } else { names_ja.join("、") },
                if met { "≥" } else { "<" },
                group.needed,
                if met { "満たしています" } else { "満たしていません" }
            ),
            format!(
                "{} chosen ({}) {} at least {} → {}",
                picked.len(),
                if names_en.is_empty() { "none".to_string() } else { names_en.join(", ") },
                if met { "≥" } else { "<" },
                group.needed,
                if met { "met" } else { "not met" }
            ),
        ),
        rules.source,
    );
    if !met {
        let more = group.needed.saturating_sub(picked.len());
        missing.push(Missing {
            code: group.id,
            message: Text::new(
                format!("{}: あと{}つ選ぶ必要があります。", group.label.ja, more),
                format!("{}: {} more needed.", group.label.en, more),
            ),
            more_needed: Some(more),
            options: group.items.iter().filter(|i| !chosen.contains(&i.id)).cloned().collect(),
        });
    }
    GroupResult {
        group: group.id,
        label: group.label.clone(),
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
}
