//! 時間外労働の上限規制 (the overtime caps), program id `overtime-check`.
//!
//! Twelve months of one worker's overtime (時間外労働) and holiday work (休日労働) are checked
//! against the caps of the Labour Standards Act as the seed states them (鹿児島働き方改革推進
//! 支援センター page): 45 h a month and 360 h a year; with a special clause (特別条項), ≤ 720 h a
//! year, < 100 h in a month and ≤ 80 h on average over 2 to 6 months (both with holiday work), and
//! over 45 h in at most 6 months. Which figures count follows the seed exactly: the 45 h, 360 h,
//! 720 h and six-month rules count overtime only; the 100 h and 80 h rules count overtime and
//! holiday work together (「休日労働を含み」).
//!
//! Every step cites 時間外労働の上限規制 (労働基準法), the section by rule: 原則 for 45 h and 360 h,
//! 特別条項 for 720 h and the six months, the limits that hold with or without a clause for 100 h
//! and the 80 h average, and 適用猶予・除外の事業・業務 for a category with its own treatment.

mod r2023_04;
mod r2024_04;

use crate::catalog::{Fact, Message};
use crate::date::Date;
use crate::error::{Error, ErrorKind};
use crate::explain::{Notice, Reason, Step, Trace};
use crate::programs::{overflowed, ruleset_at, Outcome, Program, RulesetInfo};
use crate::quantity::Quantity;
use crate::sources::Cite;
use crate::value::{Fields, Value, MONTH_HOURS};
use rust_decimal::{Decimal, RoundingStrategy};
use serde::Serialize;

/// The figures of one period.
#[derive(Debug)]
pub struct Ruleset {
    pub info: RulesetInfo,
    /// The regime of each category, in the order of [`Category`].
    pub regimes: [Regime; 5],
}

/// How the caps reach one category in one period.
#[derive(Debug)]
pub struct Regime {
    pub status: Status,
    /// The limits checked; `None` when this program does not cover the category (doctors).
    pub limits: Option<Limits>,
    /// Set when the regime is not in the newsletter: the catalog key of what MHLW's public guidance
    /// says (a notice). Such a category's caps rest on MHLW's section on deferred and excluded work.
    pub guidance: Option<&'static str>,
}

/// Whether the caps are in force for the category.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    InForce,
    /// 適用猶予: the caps apply from this date; the check shows the limits that will apply.
    Deferred {
        from: Date,
    },
}

/// The limits, in hours and months. `None` means the rule does not apply to the category.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// 時間外労働 per month without a special clause.
    pub monthly: u32,
    /// 時間外労働 per year without a special clause.
    pub annual: u32,
    /// 時間外労働 per year with a special clause.
    pub special_annual: u32,
    /// 時間外労働 + 休日労働 in a month must stay below this.
    pub month_total_below: Option<u32>,
    /// 時間外労働 + 休日労働 averaged over every window of `windows` months must not exceed this.
    pub window_average: Option<u32>,
    /// Shortest and longest window of the average rule.
    pub windows: (usize, usize),
    /// With a special clause, months whose 時間外労働 exceeds `monthly`: at most this many a year.
    pub max_months_over: Option<u32>,
}

static RULESETS: [&Ruleset; 2] = [&r2023_04::RULESET, &r2024_04::RULESET];

/// Months in the check: one year of a 36協定.
const MONTHS: usize = 12;

/// A section of 時間外労働の上限規制 (労働基準法), the document every step of this program rests on.
const fn caps(section: &'static str) -> Cite {
    Cite::new("mhlw-overtime-caps", section)
}
/// 施行期日・適用猶予: which rules are in force on a date.
const EFFECTIVE: Cite = caps("overtime_effective");
/// 原則: 月45時間・年360時間.
const PRINCIPLE: Cite = caps("overtime_principle");
/// 特別条項: 年720時間, 月45時間超は年6か月まで.
const SPECIAL_CLAUSE: Cite = caps("overtime_special_clause");
/// 特別条項の有無に関わらず: 月100時間未満, 2〜6か月平均80時間以内 (休日労働を含む).
const ALWAYS: Cite = caps("overtime_always");
/// 適用猶予・除外の事業・業務.
const DEFERRED: Cite = caps("overtime_deferred");

pub struct OvertimeCheck;

impl Program for OvertimeCheck {
    fn id(&self) -> &'static str {
        "overtime-check"
    }
    fn rulesets(&self) -> Vec<&'static RulesetInfo> {
        RULESETS.iter().map(|r| &r.info).collect()
    }
    fn run(&self, ruleset: usize, as_of: Date, input: &Value, trace: &mut Trace) -> Result<Outcome, Vec<Error>> {
        let rules = ruleset_at(&RULESETS, ruleset)?;
        let input = read_input(input)?;
        calculate(rules, as_of, &input, trace).map(Outcome::OvertimeCheck).map_err(overflowed)
    }
}

/// The work the caps are set for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Category {
    General,
    Construction,
    /// 鹿児島県・沖縄県の砂糖製造業.
    Sugar,
    /// 自動車運転の業務.
    Driver,
    /// 医業に従事する医師.
    Doctor,
}

impl Category {
    fn index(self) -> usize {
        self as usize
    }
    /// The catalog key of the category's name.
    fn term(self) -> Fact {
        Fact::Term(match self {
            Category::General => "overtime-check.category.general",
            Category::Construction => "overtime-check.category.construction",
            Category::Sugar => "overtime-check.category.sugar",
            Category::Driver => "overtime-check.category.driver",
            Category::Doctor => "overtime-check.category.doctor",
        })
    }
}

const CATEGORIES: [(&str, Category); 5] = [
    ("general", Category::General),
    ("construction", Category::Construction),
    ("sugar", Category::Sugar),
    ("driver", Category::Driver),
    ("doctor", Category::Doctor),
];

/// One month of the twelve.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Month {
    pub overtime: Decimal,
    pub holiday: Decimal,
}

/// The validated input of `overtime-check`.
#[derive(Debug, Clone)]
pub struct Input {
    pub category: Category,
    pub special_clause: bool,
    pub months: Vec<Month>,
}

fn read_input(value: &Value) -> Result<Input, Vec<Error>> {
    let mut f = Fields::of("input", value);
    if !f.errors.is_empty() {
        return Err(f.errors);
    }
    let category = f.choice("category", &CATEGORIES);
    let special_clause = f.flag("specialClause", false);
    let months = match f.get("months") {
        None => {
            f.error("months", ErrorKind::Required);
            None
        }
        Some(Value::Array(items)) if items.len() != MONTHS => {
            f.error("months", ErrorKind::WrongItemCount { expected: MONTHS });
            None
        }
        Some(_) => f
            .list("months", MONTHS, |m| {
                let overtime = m.number("overtimeHours", MONTH_HOURS);
                // Holiday work is often nil: an absent figure is 0 hours.
                let holiday = m.number_or("holidayHours", MONTH_HOURS, Decimal::ZERO);
                overtime.zip(holiday).map(|(overtime, holiday)| Month { overtime, holiday })
            })
            .and_then(|ms| ms.into_iter().collect::<Option<Vec<Month>>>()),
    };
    let errors = f.finish_errors();
    match (category, months) {
        (Some(category), Some(months)) if errors.is_empty() => Ok(Input { category, special_clause, months }),
        _ => Err(errors),
    }
}

/// A month or a window of months that breaks a rule, 1-based and inclusive.
#[derive(Debug, Clone, Copy, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Breach {
    pub from: usize,
    pub to: usize,
    /// The figure that breaks the rule: the month's hours, the window's average, or the year's total.
    pub hours: Quantity,
}

/// The verdict of one rule.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RuleResult {
    /// Stable id: `monthly_limit`, `annual_limit`, `special_annual_limit`, `monthly_total_limit`,
    /// `multi_month_average`, `months_over_monthly_limit`.
    pub rule: &'static str,
    /// The rule with its limit, in the language of the answer (「時間外労働 月45時間以内」).
    pub label: Message,
    pub passed: bool,
    pub limit: Quantity,
    /// The figure compared with the limit: the highest month, the year's total, the highest window
    /// average, or the number of months.
    pub actual: Quantity,
    /// `hours` or `months`.
    pub unit: &'static str,
    pub breaches: Vec<Breach>,
    /// What a breach's hours are: one month's, a window's average, or the year's total.
    #[serde(skip)]
    pub measure: Measure,
    /// The section of the caps the rule rests on.
    #[serde(skip)]
    pub source: Cite,
}

/// What the hours of a breach measure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Measure {
    /// One month's hours.
    Month,
    /// The average over a window of months.
    Average,
    /// The year's total.
    Total,
}

/// One month as echoed for the chart.
#[derive(Debug, Clone, Copy, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct MonthEcho {
    /// 1 to 12: the position in the year of the agreement.
    pub month: usize,
    pub overtime_hours: Quantity,
    pub holiday_hours: Quantity,
    /// 時間外労働 + 休日労働.
    pub total_hours: Quantity,
}

/// The year's sums.
#[derive(Debug, Clone, Copy, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Totals {
    pub overtime_hours: Quantity,
    pub holiday_hours: Quantity,
    pub total_hours: Quantity,
}

/// The answer of `overtime-check`.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Output {
    pub category: Category,
    pub special_clause: bool,
    /// Whether the caps are in force for the category on `asOf` (false while 適用猶予).
    pub caps_apply: bool,
    /// Every rule checked passed; `null` when this program gives no verdict (doctors). While the
    /// caps are deferred, the verdict under the limits that will apply.
    pub compliant: Option<bool>,
    pub rules: Vec<RuleResult>,
    pub months: Vec<MonthEcho>,
    pub totals: Totals,
}

/// Rounding for display only: a window's average is shown rounded **up** to 0.01 h, so that a shown
/// average never looks within a whole-hour limit that the exact average breaks. The verdict itself
/// compares exact sums (sum ≤ limit × months), never the rounded figure.
fn average_for_display(sum: Decimal, months: usize) -> Decimal {
    let n = Decimal::from(u64::try_from(months).unwrap_or(1).max(1));
    sum.checked_div(n).unwrap_or(Decimal::MAX).round_dp_with_strategy(2, RoundingStrategy::AwayFromZero)
}

fn hours(d: Decimal) -> Quantity {
    Quantity(d)
}

/// The breaches of a rule as the language lists them: 「5か月目（45.5時間）」, 「1〜2か月目（平均81時間）」.
fn breach_list(r: &RuleResult) -> Fact {
    Fact::List(
        r.breaches
            .iter()
            .map(|b| {
                let m = match r.measure {
                    _ if b.from == b.to => Message::new("overtime-check.breach.month").with("month", b.from),
                    Measure::Total => Message::new("overtime-check.breach.total").with("from", b.from).with("to", b.to),
                    Measure::Month | Measure::Average => {
                        Message::new("overtime-check.breach.window").with("from", b.from).with("to", b.to)
                    }
                };
                Fact::from(m.with("hours", b.hours))
            })
            .collect(),
    )
}

/// Sum of a list of decimals; the inputs are bounded (12 × 744 h), so it cannot overflow.
fn sum(values: impl Iterator<Item = Decimal>) -> Decimal {
    values.fold(Decimal::ZERO, |a, b| a.saturating_add(b))
}

fn calculate(rules: &Ruleset, as_of: Date, input: &Input, trace: &mut Trace) -> Result<Output, crate::money::Overflow> {
    let regime = rules.regimes.get(input.category.index()).ok_or(crate::money::Overflow)?;
    trace.add(
        Step::new("ruleset", EFFECTIVE)
            .with("date", as_of)
            .with("ruleset", rules.info.title())
            .with("category", input.category.term()),
    );
    if let Some(g) = regime.guidance {
        trace.notice(Notice::of("from_mhlw_guidance").with("guidance", Fact::Term(g)).cite(DEFERRED));
    }
    let caps_apply = match regime.status {
        Status::InForce => true,
        Status::Deferred { .. } if regime.limits.is_none() => false,
        Status::Deferred { from } => {
            trace.notice(
                Notice::of("caps_not_yet_applicable")
                    .with("category", input.category.term())
                    .with("from", from)
                    .with("date", as_of)
                    .cite(DEFERRED),
            );
            trace.add(Step::new("applicability", DEFERRED).with("category", input.category.term()).with("from", from));
            false
        }
    };

    let months: Vec<MonthEcho> = input
        .months
        .iter()
        .enumerate()
        .map(|(i, m)| MonthEcho {
            month: i.saturating_add(1),
            overtime_hours: hours(m.overtime),
            holiday_hours: hours(m.holiday),
            total_hours: hours(m.overtime.saturating_add(m.holiday)),
        })
        .collect();
    let totals = Totals {
        overtime_hours: hours(sum(input.months.iter().map(|m| m.overtime))),
        holiday_hours: hours(sum(input.months.iter().map(|m| m.holiday))),
        total_hours: hours(sum(months.iter().map(|m| m.total_hours.decimal()))),
    };

    let Some(limits) = regime.limits else {
        trace.notice(Notice::of("not_covered").cite(DEFERRED));
        trace.add(Step::new("not_covered", DEFERRED));
        return Ok(Output {
            category: input.category,
            special_clause: input.special_clause,
            caps_apply,
            compliant: None,
            rules: Vec::new(),
            months,
            totals,
        });
    };

    // A category with its own treatment (MHLW's guidance) rests on the section on deferred and
    // excluded work; the general rules on the sections of each rule.
    let own = regime.guidance.is_some();
    let cite = |general: Cite| if own { DEFERRED } else { general };

    let mut results = Vec::new();
    let clause_cite = if input.special_clause { cite(SPECIAL_CLAUSE) } else { cite(PRINCIPLE) };
    trace.add(
        Step::new("special_clause", clause_cite)
            .with("limits", describe(&limits, input.special_clause))
            .variant(if input.special_clause { "with_clause" } else { "without_clause" }),
    );

    if input.special_clause {
        results.push(annual_rule(input, "special_annual_limit", limits.special_annual, cite(SPECIAL_CLAUSE)));
    } else {
        results.push(monthly_rule(input, limits.monthly, cite(PRINCIPLE)));
        results.push(annual_rule(input, "annual_limit", limits.annual, cite(PRINCIPLE)));
    }
    if let Some(below) = limits.month_total_below {
        results.push(month_total_rule(input, below, cite(ALWAYS)));
    }
    if let Some(average) = limits.window_average {
        results.push(average_rule(input, average, limits.windows, cite(ALWAYS)));
        trace.notice(
            Notice::of("windows_within_given_months")
                .with("from", limits.windows.0)
                .with("to", limits.windows.1)
                .cite(ALWAYS),
        );
    }
    if input.special_clause {
        if let Some(max) = limits.max_months_over {
            results.push(months_over_rule(input, limits.monthly, max, cite(SPECIAL_CLAUSE)));
        }
    }
    if !input.special_clause {
        if let (Some(below), Some(average)) = (limits.month_total_below, limits.window_average) {
            trace.notice(
                Notice::of("totals_apply_without_clause")
                    .with("below", below)
                    .with("average", average)
                    .with("from", limits.windows.0)
                    .with("to", limits.windows.1)
                    .cite(ALWAYS),
            );
        }
    }

    for r in &results {
        let step =
            Step::new(r.rule, r.source).with("rule", r.label.clone()).with("limit", r.limit).with("actual", r.actual);
        if r.passed {
            trace.add(step);
        } else {
            let breaches = breach_list(r);
            trace.add(step.with("breaches", breaches.clone()).variant("broken"));
            trace.add_reason(
                Reason::new(r.rule).with("rule", r.label.clone()).with("breaches", breaches).cite(r.source),
            );
        }
    }
    let compliant = results.iter().all(|r| r.passed);
    trace.add(Step::new("verdict", clause_cite).variant(match (compliant, caps_apply) {
        (true, true) => "met",
        (false, true) => "broken",
        (true, false) => "met_for_reference",
        (false, false) => "broken_for_reference",
    }));
    Ok(Output {
        category: input.category,
        special_clause: input.special_clause,
        caps_apply,
        compliant: Some(compliant),
        rules: results,
        months,
        totals,
    })
}

/// The limits checked, as the language lists them.
fn describe(l: &Limits, special: bool) -> Fact {
    let mut parts = Vec::new();
    if special {
        parts.push(Message::new("overtime-check.limit.special_annual").with("annual", l.special_annual));
    } else {
        parts.push(Message::new("overtime-check.limit.principle").with("monthly", l.monthly).with("annual", l.annual));
    }
    if let Some(b) = l.month_total_below {
        parts.push(Message::new("overtime-check.limit.month_total").with("below", b));
    }
    if let Some(a) = l.window_average {
        parts.push(
            Message::new("overtime-check.limit.average")
                .with("from", l.windows.0)
                .with("to", l.windows.1)
                .with("average", a),
        );
    }
    if let (true, Some(m)) = (special, l.max_months_over) {
        parts.push(Message::new("overtime-check.limit.months_over").with("monthly", l.monthly).with("max", m));
    }
    Fact::List(parts.into_iter().map(Fact::from).collect())
}

/// 時間外労働 ≤ `limit` in every month (without a special clause; overtime only, seed 「月45時間」).
fn monthly_rule(input: &Input, limit: u32, source: Cite) -> RuleResult {
    let limit_d = Decimal::from(limit);
    let breaches: Vec<Breach> = input
        .months
        .iter()
        .enumerate()
        .filter(|(_, m)| m.overtime > limit_d)
        .map(|(i, m)| Breach { from: i.saturating_add(1), to: i.saturating_add(1), hours: hours(m.overtime) })
        .collect();
    let highest = input.months.iter().map(|m| m.overtime).max().unwrap_or(Decimal::ZERO);
    RuleResult {
        rule: "monthly_limit",
        label: Message::new("overtime-check.rule.monthly_limit").with("limit", limit),
        passed: breaches.is_empty(),
        limit: hours(limit_d),
        actual: hours(highest),
        unit: "hours",
        breaches,
        measure: Measure::Month,
        source,
    }
}

/// 時間外労働 over the twelve months ≤ `limit` (overtime only: 360 h, or 720 h / 960 h with a clause).
fn annual_rule(input: &Input, rule: &'static str, limit: u32, source: Cite) -> RuleResult {
    let limit_d = Decimal::from(limit);
    let total = sum(input.months.iter().map(|m| m.overtime));
    let passed = total <= limit_d;
    let key = if rule == "special_annual_limit" {
        "overtime-check.rule.special_annual_limit"
    } else {
        "overtime-check.rule.annual_limit"
    };
    RuleResult {
        rule,
        label: Message::new(key).with("limit", limit),
        passed,
        limit: hours(limit_d),
        actual: hours(total),
        unit: "hours",
        breaches: if passed {
            Vec::new()
        } else {
            vec![Breach { from: 1, to: input.months.len(), hours: hours(total) }]
        },
        measure: Measure::Total,
        source,
    }
}

/// 時間外労働 + 休日労働 < `below` in every month (seed 「休日労働を含み、月100時間未満」).
fn month_total_rule(input: &Input, below: u32, source: Cite) -> RuleResult {
    let below_d = Decimal::from(below);
    let totals: Vec<Decimal> = input.months.iter().map(|m| m.overtime.saturating_add(m.holiday)).collect();
    let breaches: Vec<Breach> = totals
        .iter()
        .enumerate()
        .filter(|(_, t)| **t >= below_d)
        .map(|(i, t)| Breach { from: i.saturating_add(1), to: i.saturating_add(1), hours: hours(*t) })
        .collect();
    RuleResult {
        rule: "monthly_total_limit",
        label: Message::new("overtime-check.rule.monthly_total_limit").with("below", below),
        passed: breaches.is_empty(),
        limit: hours(below_d),
        actual: hours(totals.iter().copied().max().unwrap_or(Decimal::ZERO)),
        unit: "hours",
        breaches,
        measure: Measure::Month,
        source,
    }
}

/// 時間外労働 + 休日労働 averaged over every window of `windows.0` to `windows.1` consecutive months
/// ≤ `limit` (seed 「休日労働を含み … 複数月平均80時間以内」; RULES.md §3 "averaged over 2–6 months").
/// Windows lie within the twelve months given.
fn average_rule(input: &Input, limit: u32, windows: (usize, usize), source: Cite) -> RuleResult {
    let limit_d = Decimal::from(limit);
    let totals: Vec<Decimal> = input.months.iter().map(|m| m.overtime.saturating_add(m.holiday)).collect();
    let mut breaches = Vec::new();
    let mut highest = Decimal::ZERO;
    for len in windows.0..=windows.1 {
        for (start, window) in totals.windows(len).enumerate() {
            let s = sum(window.iter().copied());
            let shown = average_for_display(s, len);
            highest = highest.max(shown);
            // Exact: average ≤ limit ⇔ sum ≤ limit × months.
            if s > limit_d.saturating_mul(Decimal::from(u64::try_from(len).unwrap_or(u64::MAX))) {
                breaches.push(Breach {
                    from: start.saturating_add(1),
                    to: start.saturating_add(len),
                    hours: hours(shown),
                });
            }
        }
    }
    // Read in the order of the months: by the first month, then the shorter window.
    breaches.sort_by_key(|b| (b.from, b.to));
    RuleResult {
        rule: "multi_month_average",
        label: Message::new("overtime-check.rule.multi_month_average")
            .with("from", windows.0)
            .with("to", windows.1)
            .with("limit", limit),
        passed: breaches.is_empty(),
        limit: hours(limit_d),
        actual: hours(highest),
        unit: "hours",
        breaches,
        measure: Measure::Average,
        source,
    }
}

/// With a special clause, months whose 時間外労働 exceeds `monthly` (overtime only, seed 「45時間
/// 超えは年間6カ月まで」): at most `max`. The breaches are the months past the `max`-th such month,
/// in order: the first month over the count is where the rule breaks.
fn months_over_rule(input: &Input, monthly: u32, max: u32, source: Cite) -> RuleResult {
    let monthly_d = Decimal::from(monthly);
    let over: Vec<Breach> = input
        .months
        .iter()
        .enumerate()
        .filter(|(_, m)| m.overtime > monthly_d)
        .map(|(i, m)| Breach { from: i.saturating_add(1), to: i.saturating_add(1), hours: hours(m.overtime) })
        .collect();
    let allowed = usize::try_from(max).unwrap_or(usize::MAX);
    let count = over.len();
    let breaches: Vec<Breach> = over.into_iter().skip(allowed).collect();
    RuleResult {
        rule: "months_over_monthly_limit",
        label: Message::new("overtime-check.rule.months_over_monthly_limit").with("monthly", monthly).with("max", max),
        passed: breaches.is_empty(),
        limit: Quantity(Decimal::from(max)),
        actual: Quantity(Decimal::from(u64::try_from(count).unwrap_or(u64::MAX))),
        unit: "months",
        breaches,
        measure: Measure::Month,
        source,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_average_is_shown_rounded_up_so_a_breach_never_looks_within_the_limit() {
        assert_eq!(average_for_display(Decimal::new(16_001, 2), 2), Decimal::new(8_001, 2));
        assert_eq!(average_for_display(Decimal::from(245), 3), Decimal::new(8_167, 2));
        assert_eq!(average_for_display(Decimal::from(160), 2), Decimal::from(80));
    }

    #[test]
    fn the_rulesets_meet_on_the_first_of_april_2024_and_the_second_has_no_end() {
        let infos = OvertimeCheck.rulesets();
        assert_eq!(infos[0].valid_from, Date::ymd(2023, 4, 1));
        assert_eq!(infos[0].valid_to, Some(Date::ymd(2024, 3, 31)));
        assert_eq!(infos[1].valid_from, Date::ymd(2024, 4, 1));
        assert_eq!(infos[1].valid_to, None);
    }
}
