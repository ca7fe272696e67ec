//! 時間外労働の上限規制 (the overtime caps), program id `overtime-check`.
//!
//! Twelve months of one worker's overtime (時間外労働) and holiday work (休日労働) are checked
//! against the caps of the Labour Standards Act as the seed states them (鹿児島働き方改革推進
//! 支援センター page): 45 h a month and 360 h a year; with a special clause (特別条項), ≤ 720 h a
//! year, < 100 h in a month and ≤ 80 h on average over 2 to 6 months (both with holiday work), and
//! over 45 h in at most 6 months. Which figures count follows the seed exactly: the 45 h, 360 h,
//! 720 h and six-month rules count overtime only; the 100 h and 80 h rules count overtime and
//! holiday work together (「休日労働を含み」).

mod r2023_04;
mod r2024_04;

use crate::date::Date;
use crate::error::{Error, ErrorKind};
use crate::explain::{Notice, Trace};
use crate::programs::{overflowed, ruleset_at, Outcome, Program, RulesetInfo};
use crate::quantity::Quantity;
use crate::text::Text;
use crate::value::{Fields, Value, MONTH_HOURS};
use rust_decimal::{Decimal, RoundingStrategy};
use serde::Serialize;

/// The figures of one period.
#[derive(Debug)]
pub struct Ruleset {
    pub info: RulesetInfo,
    /// The regime of each category, in the order of [`Category`].
    pub regimes: [Regime; 5],
    pub source: &'static str,
}

/// How the caps reach one category in one period.
#[derive(Debug)]
pub struct Regime {
    pub status: Status,
    /// The limits checked; `None` when this program does not cover the category (doctors).
    pub limits: Option<Limits>,
    /// Where the regime comes from.
    pub source: &'static str,
    /// Set when the regime is not in the seed: what MHLW's public guidance says (a notice).
    pub guidance: Option<Text>,
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
const SEED_CAPS: &str = "seed 004 鹿児島働き方改革推進支援センター 時間外労働の上限規制";

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
    fn ja(self) -> &'static str {
        match self {
            Category::General => "一般の事業",
            Category::Construction => "建設事業",
            Category::Sugar => "砂糖製造業（鹿児島県・沖縄県）",
            Category::Driver => "自動車運転の業務",
            Category::Doctor => "医師",
        }
    }
    fn en(self) -> &'static str {
        match self {
            Category::General => "general work",
            Category::Construction => "construction",
            Category::Sugar => "sugar manufacturing (Kagoshima, Okinawa)",
            Category::Driver => "driving (trucks, buses, taxis)",
            Category::Doctor => "doctors",
        }
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
    pub label: Text,
    pub passed: bool,
    pub limit: Quantity,
    /// The figure compared with the limit: the highest month, the year's total, the highest window
    /// average, or the number of months.
    pub actual: Quantity,
    /// `hours` or `months`.
    pub unit: &'static str,
    pub breaches: Vec<Breach>,
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

fn list_ja(breaches: &[Breach]) -> String {
    breaches
        .iter()
        .map(|b| {
            if b.from == b.to {
                format!("{}か月目（{}時間）", b.from, b.hours)
            } else {
                format!("{}〜{}か月目（平均{}時間）", b.from, b.to, b.hours)
            }
        })
        .collect::<Vec<_>>()
        .join("、")
}

fn list_en(breaches: &[Breach]) -> String {
    breaches
        .iter()
        .map(|b| {
            if b.from == b.to {
                format!("month {} ({} h)", b.from, b.hours)
            } else {
                format!("months {}–{} (average {} h)", b.from, b.to, b.hours)
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Sum of a list of decimals; the inputs are bounded (12 × 744 h), so it cannot overflow.
fn sum(values: impl Iterator<Item = Decimal>) -> Decimal {
    values.fold(Decimal::ZERO, |a, b| a.saturating_add(b))
}

fn calculate(rules: &Ruleset, as_of: Date, input: &Input, trace: &mut Trace) -> Result<Output, crate::money::Overflow> {
    let regime = rules.regimes.get(input.category.index()).ok_or(crate::money::Overflow)?;
    trace.step(
        "ruleset",
        Text::fixed("適用する規則", "Rules applied"),
        Text::new(
            format!("{} → 時間外労働の上限規制（{}）、{}", as_of.ja(), rules.info.title_text().ja, input.category.ja()),
            format!("{} → overtime caps ({}), {}", as_of, rules.info.title_text().en, input.category.en()),
        ),
        rules.source,
    );
    if let Some(g) = &regime.guidance {
        trace.notice(Notice::new(
            "from_mhlw_guidance",
            Text::new(
                format!("この区分の扱いは資料（労働かごしま）になく、厚生労働省の公開資料によります: {}", g.ja),
                format!(
                    "The rules for this category are not in the newsletter; they follow MHLW's public guidance: {}",
                    g.en
                ),
            ),
        ));
    }
    let caps_apply = match regime.status {
        Status::InForce => true,
        Status::Deferred { .. } if regime.limits.is_none() => false,
        Status::Deferred { from } => {
            trace.notice(Notice::new("caps_not_yet_applicable", Text::new(
                format!(
                    "{}には{}から上限規制が適用されます（{}時点では適用猶予）。以下は{}以降に適用される上限で確認した結果です。",
                    input.category.ja(), from.ja(), as_of.ja(), from.ja()
                ),
                format!(
                    "The caps reach {} on {} (deferred on {}). The check below uses the limits that apply from {}.",
                    input.category.en(), from, as_of, from
                ),
            )));
            trace.step(
                "applicability",
                Text::fixed("適用の有無", "Do the caps apply?"),
                Text::new(
                    format!("{}は{}まで適用猶予 → 参考として確認します", input.category.ja(), from.ja()),
                    format!("{} is deferred until {} → checked for reference", input.category.en(), from),
                ),
                regime.source,
            );
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
        trace.notice(Notice::new("not_covered", Text::fixed(
            "医師の時間外労働の上限（A・B・C水準など）はこの計算の対象外です。結果は出しません。医療機関勤務環境評価センターや労働局にご確認ください。",
            "The caps for doctors (levels A, B, C and others) are not covered here, so no verdict is given. Please ask the labour bureau.",
        )));
        trace.step(
            "not_covered",
            Text::fixed("判定", "Verdict"),
            Text::fixed("医師の上限規制は対象外 → 判定なし", "doctors' caps not covered → no verdict"),
            regime.source,
        );
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

    let mut results = Vec::new();
    let clause_ja = if input.special_clause { "特別条項あり" } else { "特別条項なし" };
    let clause_en = if input.special_clause { "with a special clause" } else { "without a special clause" };
    trace.step(
        "special_clause",
        Text::fixed("特別条項", "Special clause"),
        Text::new(
            format!("{clause_ja} → 確認する上限: {}", describe_ja(&limits, input.special_clause)),
            format!("{clause_en} → limits checked: {}", describe_en(&limits, input.special_clause)),
        ),
        SEED_CAPS,
    );

    if input.special_clause {
        results.push(annual_rule(input, "special_annual_limit", limits.special_annual));
    } else {
        results.push(monthly_rule(input, limits.monthly));
        results.push(annual_rule(input, "annual_limit", limits.annual));
    }
    if let Some(below) = limits.month_total_below {
        results.push(month_total_rule(input, below));
    }
    if let Some(average) = limits.window_average {
        results.push(average_rule(input, average, limits.windows));
        trace.notice(Notice::new("windows_within_given_months", Text::fixed(
            "2〜6か月平均は、本来は前の年の月もまたいで計算します。ここでは入力した12か月の中だけで確認しています。",
            "The 2-to-6-month averages also run across the months before this year; this check only sees the twelve months given.",
        )));
    }
    if input.special_clause {
        if let Some(max) = limits.max_months_over {
            results.push(months_over_rule(input, limits.monthly, max));
        }
    }
    if !input.special_clause && (limits.month_total_below.is_some() || limits.window_average.is_some()) {
        trace.notice(Notice::new("totals_apply_without_clause", Text::fixed(
            "月100時間未満・2〜6か月平均80時間以内（休日労働を含む）は、特別条項がなくても常に守る必要があります（厚生労働省の解説による。資料は特別条項の場合として記載）。",
            "Below 100 h a month and at most 80 h on average over 2 to 6 months (holiday work included) hold even without a special clause (MHLW's guidance; the newsletter lists them with the special clause).",
        )));
    }

    for r in &results {
        let (mark_ja, mark_en) =
            if r.passed { ("守っています", "met") } else { ("守れていません", "broken") };
        let detail_ja = if r.breaches.is_empty() { String::new() } else { format!("（{}）", list_ja(&r.breaches)) };
        let detail_en = if r.breaches.is_empty() { String::new() } else { format!(" ({})", list_en(&r.breaches)) };
        trace.step(
            r.rule,
            r.label.clone(),
            Text::new(
                format!(
                    "{}: 実績 {}{} → {}{}",
                    r.label.ja,
                    r.actual,
                    if r.unit == "hours" { "時間" } else { "か月" },
                    mark_ja,
                    detail_ja
                ),
                format!(
                    "{}: actual {}{} → {}{}",
                    r.label.en,
                    r.actual,
                    if r.unit == "hours" { " h" } else { " months" },
                    mark_en,
                    detail_en
                ),
            ),
            if r.rule == "special_annual_limit" { regime.source } else { SEED_CAPS },
        );
        if !r.passed {
            trace.reason(
                r.rule,
                Text::new(
                    format!("「{}」を守れていません{}。", r.label.ja, detail_ja),
                    format!("Breaks the rule: {}{}.", r.label.en, detail_en),
                ),
            );
        }
    }
    let compliant = results.iter().all(|r| r.passed);
    trace.step(
        "verdict",
        Text::fixed("判定", "Verdict"),
        Text::new(
            format!(
                "{}{}",
                if compliant {
                    "すべての上限を守っています"
                } else {
                    "上限を超えている項目があります"
                },
                if caps_apply { "" } else { "（適用猶予中のため参考）" }
            ),
            format!(
                "{}{}",
                if compliant { "every cap is met" } else { "some caps are broken" },
                if caps_apply { "" } else { " (for reference: the caps are deferred)" }
            ),
        ),
        regime.source,
    );
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

fn describe_ja(l: &Limits, special: bool) -> String {
    let mut parts = Vec::new();
    if special {
        parts.push(format!("時間外労働 年{}時間以内", l.special_annual));
    } else {
        parts.push(format!("時間外労働 月{}時間・年{}時間以内", l.monthly, l.annual));
    }
    if let Some(b) = l.month_total_below {
        parts.push(format!("休日労働を含み月{b}時間未満"));
    }
    if let Some(a) = l.window_average {
        parts.push(format!("休日労働を含み{}〜{}か月平均{a}時間以内", l.windows.0, l.windows.1));
    }
    if let (true, Some(m)) = (special, l.max_months_over) {
        parts.push(format!("月{}時間超は年{m}か月まで", l.monthly));
    }
    parts.join("、")
}

fn describe_en(l: &Limits, special: bool) -> String {
    let mut parts = Vec::new();
    if special {
        parts.push(format!("overtime at most {} h a year", l.special_annual));
    } else {
        parts.push(format!("overtime at most {} h a month and {} h a year", l.monthly, l.annual));
    }
    if let Some(b) = l.month_total_below {
        parts.push(format!("below {b} h a month with holiday work"));
    }
    if let Some(a) = l.window_average {
        parts
            .push(format!("at most {a} h on average over {} to {} months with holiday work", l.windows.0, l.windows.1));
    }
    if let (true, Some(m)) = (special, l.max_months_over) {
        parts.push(format!("over {} h in at most {m} months", l.monthly));
    }
    parts.join(", ")
}

/// 時間外労働 ≤ `limit` in every month (without a special clause; overtime only, seed 「月45時間」).
fn monthly_rule(input: &Input, limit: u32) -> RuleResult {
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
        label: Text::new(format!("時間外労働 月{limit}時間以内"), format!("overtime at most {limit} h a month")),
        passed: breaches.is_empty(),
        limit: hours(limit_d),
        actual: hours(highest),
        unit: "hours",
        breaches,
    }
}

/// 時間外労働 over the twelve months ≤ `limit` (overtime only: 360 h, or 720 h / 960 h with a clause).
fn annual_rule(input: &Input, rule: &'static str, limit: u32) -> RuleResult {
    let limit_d = Decimal::from(limit);
    let total = sum(input.months.iter().map(|m| m.overtime));
    let passed = total <= limit_d;
    let label = if rule == "special_annual_limit" {
        Text::new(
            format!("時間外労働 年{limit}時間以内（特別条項）"),
            format!("overtime at most {limit} h a year (special clause)"),
        )
    } else {
        Text::new(format!("時間外労働 年{limit}時間以内"), format!("overtime at most {limit} h a year"))
    };
    RuleResult {
        rule,
        label,
        passed,
        limit: hours(limit_d),
        actual: hours(total),
        unit: "hours",
        breaches: if passed {
            Vec::new()
        } else {
            vec![Breach { from: 1, to: input.months.len(), hours: hours(total) }]
        },
    }
}

/// 時間外労働 + 休日労働 < `below` in every month (seed 「休日労働を含み、月100時間未満」).
fn month_total_rule(input: &Input, below: u32) -> RuleResult {
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
        label: Text::new(
            format!("時間外労働＋休日労働 月{below}時間未満"),
            format!("overtime + holiday work below {below} h a month"),
        ),
        passed: breaches.is_empty(),
        limit: hours(below_d),
        actual: hours(totals.iter().copied().max().unwrap_or(Decimal::ZERO)),
        unit: "hours",
        breaches,
    }
}

/// 時間外労働 + 休日労働 averaged over every window of `windows.0` to `windows.1` consecutive months
/// ≤ `limit` (seed 「休日労働を含み … 複数月平均80時間以内」; RULES.md §3 "averaged over 2–6 months").
/// Windows lie within the twelve months given.
fn average_rule(input: &Input, limit: u32, windows: (usize, usize)) -> RuleResult {
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
        label: Text::new(
            format!("時間外労働＋休日労働 {}〜{}か月平均{limit}時間以内", windows.0, windows.1),
            format!("overtime + holiday work at most {limit} h on average over {} to {} months", windows.0, windows.1),
        ),
        passed: breaches.is_empty(),
        limit: hours(limit_d),
        actual: hours(highest),
        unit: "hours",
        breaches,
    }
}

/// With a special clause, months whose 時間外労働 exceeds `monthly` (overtime only, seed 「45時間
/// 超えは年間6カ月まで」): at most `max`. The breaches are the months past the `max`-th such month,
/// in order: the first month over the count is where the rule breaks.
fn months_over_rule(input: &Input, monthly: u32, max: u32) -> RuleResult {
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
        label: Text::new(
            format!("時間外労働が月{monthly}時間を超えるのは年{max}か月まで"),
            format!("overtime over {monthly} h in at most {max} months a year"),
        ),
        passed: breaches.is_empty(),
        limit: Quantity(Decimal::from(max)),
        actual: Quantity(Decimal::from(u64::try_from(count).unwrap_or(u64::MAX))),
        unit: "months",
        breaches,
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
