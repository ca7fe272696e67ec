//! 業務改善助成金 (Business Improvement Subsidy), program id `gyomu-kaizen`.
//!
//! A site (事業場) that raises its lowest hourly wage by a course amount and invests in productivity
//! gets the lower of (eligible cost × rate) and the cap of its course and number of raised workers.
//! Rules: seed 004 「令和5年度業務改善助成金のご案内」, restated in RULES.md §1.

mod r2023_04;
mod r2023_08;
mod r2024;
mod r2025;

use crate::date::Date;
use crate::error::{Error, ErrorKind, Unit};
use crate::explain::{Notice, Trace};
use crate::money::{truncate_to_thousand_yen, Rate, Yen};
use crate::programs::{overflowed, ruleset_at, Outcome, Program, RulesetInfo};
use crate::region::{self, Prefecture};
use crate::text::Text;
use crate::value::{Fields, Range, Value, MONEY, PEOPLE};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use serde::Serialize;

/// The figures of one ruleset.
#[derive(Debug)]
pub struct Ruleset {
    pub info: RulesetInfo,
    /// Largest allowed 事業場内最低賃金 − 地域別最低賃金, in yen.
    pub max_wage_gap: i64,
    /// From this date, a site whose lowest wage is below the next, already decided regional minimum
    /// wage is eligible whatever its gap (FY2025 widening of 2025-09-05).
    pub below_revised_minimum_from: Option<Date>,
    /// Only workers employed this many months or more set the 事業場内最低賃金.
    pub min_months_employed: u32,
    /// Rate by the 事業場内最低賃金 before the raise, lowest band first.
    pub rate_bands: &'static [RateBand],
    /// Whether the ruleset has a 生産性要件 (productivityMet is read); without one the input is
    /// accepted and ignored with a notice.
    pub productivity_requirement: bool,
    /// 特例事業者 ① 賃金要件: 事業場内最低賃金 below this.
    pub special_wage_below: i64,
    /// Whether that threshold is unconfirmed (a notice is given when it is used).
    pub special_wage_unconfirmed: bool,
    /// Whether 特例事業者 ② 生産量要件 exists (it ended after FY2023).
    pub production_requirement: bool,
    /// Whether sites under 50 workers may apply after raising (a notice).
    pub apply_after_raise: bool,
    /// Whether みなし大企業 (SMEs controlled by a large company) are excluded.
    pub deemed_large_excluded: bool,
    /// Whether an employer may apply only once in the fiscal year (a notice).
    pub one_application_per_year: bool,
    /// Application and completion deadlines, where the sources give them.
    pub deadlines: Option<Deadlines>,
    /// SME limits by industry, in the order of [`Industry`].
    pub sme: [SmeLimit; 4],
    /// Caps in 万円 by course (30, 45, 60, 90) and row (1, 2–3, 4–6, 7+, 10+).
    pub caps: [[CapCell; 5]; 4],
    /// The source of the ruleset as a whole.
    pub source: &'static str,
}

/// The dated deadlines of a ruleset.
#[derive(Debug, Clone, Copy)]
pub struct Deadlines {
    /// Last day to apply (申請期限).
    pub apply_by: Date,
    /// Last day to complete the project (事業完了期限).
    pub complete_by: Date,
    /// Later completion allowed with a statement of reasons.
    pub complete_by_with_reasons: Option<Date>,
    pub source: &'static str,
}

/// A band of the rate table: applies to a 事業場内最低賃金 below `below` (or any, when `None`).
#[derive(Debug, Clone, Copy)]
pub struct RateBand {
    pub below: Option<i64>,
    pub rate: Rate,
    /// The rate when the 生産性要件 is met, where the leaflet gives one in brackets.
    pub with_productivity: Option<Rate>,
}

/// One cap cell in 万円: (other sites, sites with fewer than 30 workers).
#[derive(Debug, Clone, Copy)]
pub struct CapCell(pub i64, pub i64);

/// SME limits of one industry: capital in 万円, regular employees.
#[derive(Debug, Clone, Copy)]
pub struct SmeLimit {
    pub capital_man: i64,
    pub employees: i64,
}

static RULESETS: [&Ruleset; 4] = [&r2023_04::RULESET, &r2023_08::RULESET, &r2024::RULESET, &r2025::RULESET];

/// The courses (コース区分), seed 助成上限額: the raise of the 事業場内最低賃金 in yen.
const COURSES: [i64; 4] = [30, 45, 60, 90];

const SEED_TARGET: &str = "seed 004 業務改善助成金 対象事業者・申請の単位";
const SEED_CAPS: &str = "seed 004 業務改善助成金 助成上限額";
const SEED_RATE: &str = "seed 004 業務改善助成金 助成率";
const SEED_COUNT: &str = "seed 004 業務改善助成金 「引き上げる労働者数」の数え方";
const SEED_SPECIAL: &str = "seed 004 業務改善助成金 特例事業者";
const SEED_COSTS: &str = "seed 004 業務改善助成金 助成対象経費の拡充";
const SEED_AMOUNT: &str = "seed 004 業務改善助成金 助成金額の計算方法";
const SEED_LOWEST: &str = "seed 004 業務改善助成金 事業場内最低賃金とは？";
const RULES_SME: &str = "RULES.md §1.1 SME test (verified)";
const RULES_ROUNDING: &str = "RULES.md §1.1 Rounding (unconfirmed)";
const MINIMUM_WAGE_DATA: &str = "data/regional-minimum-wage.csv (RULES.md: regional minimum wages)";

/// Input ranges (README "Input ranges").
const WAGE: Range = Range::whole(1, 100_000, Unit::YenPerHour);
const RAISE: Range = Range::whole(0, 100_000, Unit::Yen);
const MONTHS: Range = Range::whole(0, 1_200, Unit::Months);
/// Longest worker list.
const MAX_WORKERS: usize = 1_000;

pub struct GyomuKaizen;

impl Program for GyomuKaizen {
    fn id(&self) -> &'static str {
        "gyomu-kaizen"
    }
    fn title(&self) -> Text {
        Text::fixed("業務改善助成金", "Business Improvement Subsidy")
    }
    fn rulesets(&self) -> Vec<&'static RulesetInfo> {
        RULESETS.iter().map(|r| &r.info).collect()
    }
    fn run(&self, ruleset: usize, as_of: Date, input: &Value, trace: &mut Trace) -> Result<Outcome, Vec<Error>> {
        let rules = ruleset_at(&RULESETS, ruleset)?;
        let input = read_input(input)?;
        calculate(rules, as_of, &input, trace).map(Outcome::GyomuKaizen).map_err(overflowed)
    }
}

/// The industry for the SME test.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Industry {
    Retail,
    Service,
    Wholesale,
    Other,
}

impl Industry {
    fn index(self) -> usize {
        self as usize
    }
    fn ja(self) -> &'static str {
        match self {
            Industry::Retail => "小売業（飲食店を含む）",
            Industry::Service => "サービス業",
            Industry::Wholesale => "卸売業",
            Industry::Other => "その他の業種",
        }
    }
    fn en(self) -> &'static str {
        match self {
            Industry::Retail => "retail (incl. restaurants)",
            Industry::Service => "services",
            Industry::Wholesale => "wholesale",
            Industry::Other => "other industries",
        }
    }
}

const INDUSTRIES: [(&str, Industry); 4] = [
    ("retail", Industry::Retail),
    ("service", Industry::Service),
    ("wholesale", Industry::Wholesale),
    ("other", Industry::Other),
];

/// One worker of the detailed mode.
#[derive(Debug, Clone, Copy)]
pub struct Worker {
    pub wage_before: i64,
    pub wage_after: i64,
    pub months_employed: i64,
}

/// The wages: three figures (simple mode) or a list of workers (detailed mode).
#[derive(Debug, Clone)]
pub enum Wages {
    Simple { lowest_wage: i64, raise_yen: i64, raised_workers: i64 },
    Workers(Vec<Worker>),
}

/// The validated input of `gyomu-kaizen`.
#[derive(Debug, Clone)]
pub struct Input {
    pub prefecture: &'static Prefecture,
    pub industry: Industry,
    pub capital_yen: Option<Yen>,
    pub company_employees: i64,
    pub site_employees: i64,
    pub wages: Wages,
    pub investment: Yen,
    pub devices: Yen,
    pub vehicles: Yen,
    pub related: Yen,
    /// `None` when not given. A ruleset without the requirement ignores it, with a notice when it
    /// is `true` (claimed, but worth nothing under that year's rules).
    pub productivity_met: Option<bool>,
    pub sales_drop_15: Option<bool>,
    pub profit_drop_3pt: bool,
    pub disqualifying_events: bool,
    pub deemed_large_enterprise: Option<bool>,
}

fn int(d: Decimal) -> i64 {
    d.to_i64().unwrap_or(i64::MAX)
}

fn read_input(value: &Value) -> Result<Input, Vec<Error>> {
    let mut f = Fields::of("input", value);
    if !f.errors.is_empty() {
        return Err(f.errors);
    }
    let prefecture = read_prefecture(&mut f);
    let industry = f.choice("industry", &INDUSTRIES);
    let capital_yen = f.number_opt("capitalYen", MONEY).map(Yen::new);
    let company_employees = f.number("companyEmployees", PEOPLE).map(int);
    let site_employees = f.number("siteEmployees", PEOPLE).map(int);

    let simple_keys = ["lowestWage", "raiseYen", "raisedWorkers"];
    let simple_given = simple_keys.iter().any(|k| f.has(k));
    let wages = if f.has("workers") {
        let given: Vec<&'static str> = simple_keys.iter().copied().filter(|k| f.has(k)).collect();
        for k in given {
            f.ignore(k);
            f.error(k, ErrorKind::ConflictingFields { other: "workers" });
        }
        f.list("workers", MAX_WORKERS, |w| {
            let before = w.number("wageBefore", WAGE).map(int);
            let after = w.number("wageAfter", WAGE).map(int);
            let months = w.number("monthsEmployed", MONTHS).map(int);
            if let (Some(b), Some(a)) = (before, after) {
                if a < b {
                    w.error(
                        "wageAfter",
                        ErrorKind::Inconsistent {
                            other: "wageBefore",
                            why: Text::fixed(
                                "引上げ後の賃金が引上げ前より低くなっています。",
                                "the wage after the raise is lower than before.",
                            ),
                        },
                    );
                }
            }
            match (before, after, months) {
                (Some(wage_before), Some(wage_after), Some(months_employed)) => {
                    Some(Worker { wage_before, wage_after, months_employed })
                }
                _ => None,
            }
        })
        .and_then(|ws| ws.into_iter().collect::<Option<Vec<_>>>())
        .map(Wages::Workers)
    } else if simple_given || !f.has("workers") {
        let lowest = f.number("lowestWage", WAGE).map(int);
        let raise = f.number("raiseYen", RAISE).map(int);
        let raised = f.number("raisedWorkers", PEOPLE).map(int);
        match (lowest, raise, raised) {
            (Some(lowest_wage), Some(raise_yen), Some(raised_workers)) => {
                Some(Wages::Simple { lowest_wage, raise_yen, raised_workers })
            }
            _ => None,
        }
    } else {
        None
    };

    let investment = f.number("investmentYen", MONEY).map(Yen::new);
    let extras = f
        .object("extraCosts", |x| {
            let zero = Decimal::ZERO;
            (
                x.number_or("devicesYen", MONEY, zero).map(Yen::new),
                x.number_or("vehiclesYen", MONEY, zero).map(Yen::new),
                x.number_or("relatedYen", MONEY, zero).map(Yen::new),
            )
        })
        .unwrap_or((Some(Yen::ZERO), Some(Yen::ZERO), Some(Yen::ZERO)));
    let productivity_met = f.flag_opt("productivityMet");
    let sales_drop_15 = f.flag_opt("salesDrop15");
    let deemed_large_enterprise = f.flag_opt("deemedLargeEnterprise");
    let profit_drop_3pt = f.flag("profitDrop3pt", false);
    let disqualifying_events = f.flag("disqualifyingEvents", false);

    // Checks across fields: the site is part of the company; raised workers work at the site.
    if let (Some(c), Some(s)) = (company_employees, site_employees) {
        if s > c {
            f.error(
                "siteEmployees",
                ErrorKind::Inconsistent {
                    other: "companyEmployees",
                    why: Text::fixed(
                        "事業場の労働者数が企業全体の労働者数より多くなっています。",
                        "the site has more workers than the whole company.",
                    ),
                },
            );
        }
    }
    match (&wages, site_employees) {
        (Some(Wages::Simple { raised_workers, .. }), Some(s)) if *raised_workers > s => {
            f.error(
                "raisedWorkers",
                ErrorKind::Inconsistent {
                    other: "siteEmployees",
                    why: Text::fixed(
                        "引き上げる労働者数が事業場の労働者数より多くなっています。",
                        "more workers are raised than work at the site.",
                    ),
                },
            );
        }
        (Some(Wages::Workers(ws)), Some(s)) if i64::try_from(ws.len()).unwrap_or(i64::MAX) > s => {
            f.error(
                "workers",
                ErrorKind::Inconsistent {
                    other: "siteEmployees",
                    why: Text::fixed(
                        "一覧の労働者数が事業場の労働者数より多くなっています。",
                        "the list has more workers than work at the site.",
                    ),
                },
            );
        }
        _ => {}
    }

    let errors = f.finish_errors();
    match (prefecture, industry, company_employees, site_employees, wages, investment, extras) {
        (
            Some(prefecture),
            Some(industry),
            Some(company_employees),
            Some(site_employees),
            Some(wages),
            Some(investment),
            (Some(devices), Some(vehicles), Some(related)),
        ) if errors.is_empty() => Ok(Input {
            prefecture,
            industry,
            capital_yen,
            company_employees,
            site_employees,
            wages,
            investment,
            devices,
            vehicles,
            related,
            productivity_met,
            sales_drop_15,
            profit_drop_3pt,
            disqualifying_events,
            deemed_large_enterprise,
        }),
        _ => Err(errors),
    }
}

/// A prefecture by romaji, Japanese name or JIS code (number or text).
fn read_prefecture(f: &mut Fields<'_>) -> Option<&'static Prefecture> {
    let found = match f.get("prefecture") {
        None => {
            f.error("prefecture", ErrorKind::Required);
            return None;
        }
        Some(Value::Number(n)) => {
            if n.fract() == 0.0 && *n >= 1.0 && *n <= 47.0 {
                region::by_code(*n as u32)
            } else {
                None
            }
        }
        Some(Value::String(s)) => region::find(s),
        Some(_) => None,
    };
    if found.is_none() {
        let wanted = match f.get("prefecture") {
            Some(Value::String(s)) => crate::value::fold_case(s.trim()),
            _ => String::new(),
        };
        let allowed = region::names();
        let suggestion = crate::value::nearest(&wanted, &allowed);
        f.error("prefecture", ErrorKind::UnknownValue { allowed, suggestion });
    }
    found
}

/// Which 特例事業者 requirements the employer meets (seed 特例事業者 ①②③).
#[derive(Debug, Clone, Copy, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Special {
    /// Any of ①②③: opens the 10+ row of the caps.
    pub is_special: bool,
    /// ① 賃金要件.
    pub wage: bool,
    /// ② 生産量要件.
    pub production: bool,
    /// ③ 物価高騰等要件.
    pub price_hike: bool,
    /// ② or ③: PCs, vehicles and related costs become eligible.
    pub widened_costs: bool,
}

/// How one listed worker was counted.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct WorkerResult {
    /// Position in `input.workers`.
    pub index: usize,
    pub counted: bool,
    pub code: &'static str,
    pub message: Text,
}

/// The answer of `gyomu-kaizen`.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Output {
    pub eligible: bool,
    /// The estimate, after the rounding step; 0 when not eligible.
    pub amount_yen: Yen,
    pub cap_yen: Option<Yen>,
    pub rate: Option<Rate>,
    /// The course in yen (30, 45, 60, 90), when the raise reaches one.
    pub course: Option<i64>,
    pub counted_workers: i64,
    pub special: Special,
    /// The 事業場内最低賃金 before the raise.
    pub lowest_wage_yen: Option<i64>,
    pub regional_minimum_wage_yen: i64,
    /// Eligible cost after the widening rules.
    pub eligible_cost_yen: Yen,
    /// Detailed mode: how each listed worker was counted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub workers: Option<Vec<WorkerResult>>,
}

fn calculate(rules: &Ruleset, as_of: Date, input: &Input, trace: &mut Trace) -> Result<Output, crate::money::Overflow> {
    let mut eligible = true;
    trace.step(
        "ruleset",
        Text::fixed("適用する規則", "Rules applied"),
        Text::new(
            format!("申請日 {} → 業務改善助成金 {}", as_of.ja(), rules.info.title.ja),
            format!("Application date {} → Business Improvement Subsidy, {}", as_of, rules.info.title.en),
        ),
        rules.source,
    );

    // SME test: capital OR employees, by industry (RULES.md §1.1, verified).
    let limit = rules.sme.get(input.industry.index()).copied().unwrap_or(SmeLimit { capital_man: 0, employees: 0 });
    let capital_limit = Yen::man(limit.capital_man);
    let capital_ok = input.capital_yen.is_some_and(|c| c <= capital_limit);
    let employees_ok = input.company_employees <= limit.employees;
    let sme = capital_ok || employees_ok;
    let capital_text = match input.capital_yen {
        Some(c) => (
            format!("資本金 {} {} {}", c.ja(), if capital_ok { "≤" } else { ">" }, capital_limit.ja()),
            format!("capital {} {} {}", c.en(), if capital_ok { "≤" } else { ">" }, capital_limit.en()),
        ),
        None => ("資本金なし".to_string(), "no capital".to_string()),
    };
    trace.step(
        "sme",
        Text::fixed("中小企業・小規模事業者か", "Small or medium-sized enterprise?"),
        Text::new(
            format!(
                "{}: {}、常時使用する労働者 {}人 {} {}人 → {}",
                input.industry.ja(),
                capital_text.0,
                input.company_employees,
                if employees_ok { "≤" } else { ">" },
                limit.employees,
                if sme {
                    "中小企業に当たります（いずれか一方で足ります）"
                } else {
                    "中小企業に当たりません"
                }
            ),
            format!(
                "{}: {}, {} regular workers {} {} → {}",
                input.industry.en(),
                capital_text.1,
                input.company_employees,
                if employees_ok { "≤" } else { ">" },
                limit.employees,
                if sme { "an SME (either test suffices)" } else { "not an SME" }
            ),
        ),
        RULES_SME,
    );
    if !sme {
        eligible = false;
        trace.reason(
            "not_sme",
            Text::new(
                format!(
                    "{}の中小企業の基準（資本金{}以下または労働者{}人以下）を満たしていません。",
                    input.industry.ja(),
                    capital_limit.ja(),
                    limit.employees
                ),
                format!(
                    "Not an SME for {} (capital up to {} or up to {} workers).",
                    input.industry.en(),
                    capital_limit.en(),
                    limit.employees
                ),
            ),
        );
    }

    if input.disqualifying_events {
        eligible = false;
        trace.reason(
            "disqualifying_events",
            Text::fixed(
                "解雇・賃金引下げなどの不交付事由があると助成されません。",
                "Dismissals, wage cuts or other disqualifying events rule out the subsidy.",
            ),
        );
        trace.step(
            "disqualifying_events",
            Text::fixed("不交付事由", "Disqualifying events"),
            Text::fixed("不交付事由あり → 対象外", "disqualifying events declared → not eligible"),
            SEED_TARGET,
        );
    }

    if !rules.productivity_requirement && input.productivity_met == Some(true) {
        trace.notice(input_not_used("productivityMet", "生産性要件", "productivity requirement", rules));
    }
    match (rules.deemed_large_excluded, input.deemed_large_enterprise) {
        (true, Some(true)) => {
            eligible = false;
            trace.reason(
                "deemed_large_enterprise",
                Text::fixed(
                    "大企業に実質的に支配されている中小企業（みなし大企業）は対象外です。",
                    "An SME controlled by a large company (deemed large enterprise) is not eligible.",
                ),
            );
            trace.step(
                "deemed_large_enterprise",
                Text::fixed("みなし大企業", "Deemed large enterprise"),
                Text::fixed("みなし大企業に当たる → 対象外", "a deemed large enterprise → not eligible"),
                rules.source,
            );
        }
        (false, Some(true)) => {
            trace.notice(input_not_used(
                "deemedLargeEnterprise",
                "みなし大企業の除外",
                "the exclusion of deemed large enterprises",
                rules,
            ));
        }
        _ => {}
    }
    deadline_notices(rules, as_of, trace);
    if rules.one_application_per_year {
        trace.notice(Notice::new(
            "one_application_per_year",
            Text::new(
                format!("{}の申請は1事業者につき年度内1回です。", rules.info.title.ja),
                format!("Under {}, an employer may apply once in the fiscal year.", rules.info.title.en),
            ),
        ));
    }

    // The site's lowest wage: given, or the lowest wage before the raise among workers employed
    // long enough (seed 「事業場内最低賃金とは？」).
    let months = i64::from(rules.min_months_employed);
    let lowest_wage = match &input.wages {
        Wages::Simple { lowest_wage, .. } => Some(*lowest_wage),
        Wages::Workers(ws) => {
            let lowest = ws.iter().filter(|w| w.months_employed >= months).map(|w| w.wage_before).min();
            match lowest {
                Some(l) => trace.step(
                    "lowest_wage",
                    Text::fixed("事業場内最低賃金（引上げ前）", "Site's lowest wage before the raise"),
                    Text::new(
                        format!("雇入れ後{months}か月以上の労働者のうち最も低い時給: {l}円"),
                        format!("lowest hourly wage among workers employed {months} months or more: {l} yen"),
                    ),
                    SEED_LOWEST,
                ),
                None => {
                    eligible = false;
                    trace.reason("no_worker_employed_long_enough", Text::new(
                        format!("雇入れ後{months}か月以上の労働者がいないため、事業場内最低賃金が決まりません。"),
                        format!("No listed worker has been employed {months} months or more, so the site's lowest wage cannot be set."),
                    ));
                }
            }
            lowest
        }
    };

    // Gap to the regional minimum wage in force on the date.
    let (mw_from, regional) = input.prefecture.minimum_wage_on(as_of).unwrap_or((as_of, 0));
    let next = input.prefecture.next_revision_after(as_of);
    let (next_ja, next_en) = match next {
        Some((d, w)) => (format!("（{}から{}円に改定）", d.ja(), w), format!(" (revised to {w} yen from {d})")),
        None => (String::new(), String::new()),
    };
    trace.step(
        "regional_minimum_wage",
        Text::fixed("地域別最低賃金", "Regional minimum wage"),
        Text::new(
            format!("{}の地域別最低賃金（{}から）: {}円{}", input.prefecture.ja, mw_from.ja(), regional, next_ja),
            format!(
                "{} regional minimum wage (from {}): {} yen{}",
                input.prefecture.name_en(),
                mw_from,
                regional,
                next_en
            ),
        ),
        MINIMUM_WAGE_DATA,
    );
    if let Some(lowest) = lowest_wage {
        let gap = lowest.saturating_sub(regional);
        let within_gap = gap <= rules.max_wage_gap;
        // FY2025 widening: from the given date, a site below the next, decided regional minimum wage
        // is eligible whatever its gap.
        let widened_by = match (rules.below_revised_minimum_from, next) {
            (Some(from), Some((rev_date, rev_wage))) if as_of >= from && lowest < rev_wage => {
                Some((from, rev_date, rev_wage))
            }
            _ => None,
        };
        let below_minimum = lowest < regional;
        let ok = !below_minimum && (within_gap || widened_by.is_some());
        if below_minimum {
            eligible = false;
            trace.reason(
                "below_regional_minimum_wage",
                Text::new(
                    format!("事業場内最低賃金 {lowest}円 が地域別最低賃金 {regional}円 を下回っています。"),
                    format!("The site's lowest wage {lowest} yen is below the regional minimum wage {regional} yen."),
                ),
            );
        } else if !ok {
            eligible = false;
            trace.reason("wage_gap_too_large", Text::new(
                format!("事業場内最低賃金と地域別最低賃金の差額 {gap}円 が{}円を超えています。", rules.max_wage_gap),
                format!("The gap between the site's lowest wage and the regional minimum wage, {gap} yen, is over {} yen.", rules.max_wage_gap),
            ));
        }
        let (verdict_ja, verdict_en) =
            if ok { ("要件を満たします", "met") } else { ("要件を満たしません", "not met") };
        let cmp = if within_gap { "≤" } else { ">" };
        let (text_ja, text_en) = match widened_by {
            Some((from, rev_date, rev_wage)) if !within_gap => (
                format!("{lowest}円 − {regional}円 = {gap}円 > {}円。ただし{}以降は、改定後の地域別最低賃金（{}から{rev_wage}円）未満の事業場も対象: {lowest}円 < {rev_wage}円 → {verdict_ja}", rules.max_wage_gap, from.ja(), rev_date.ja()),
                format!("{lowest} yen − {regional} yen = {gap} yen > {} yen; but from {from}, sites below the revised regional minimum wage ({rev_wage} yen from {rev_date}) are eligible: {lowest} < {rev_wage} yen → {verdict_en}", rules.max_wage_gap),
            ),
            _ => (
                format!("{lowest}円 − {regional}円 = {gap}円 {cmp} {}円 → {verdict_ja}", rules.max_wage_gap),
                format!("{lowest} yen − {regional} yen = {gap} yen {cmp} {} yen → {verdict_en}", rules.max_wage_gap),
            ),
        };
        trace.step(
            "wage_gap",
            Text::fixed("地域別最低賃金との差額", "Gap to the regional minimum wage"),
            Text::new(text_ja, text_en),
            if rules.max_wage_gap == 30 { SEED_TARGET } else { rules.source },
        );
    }

    // Special employer ① ② ③.
    let wage_special = lowest_wage.is_some_and(|l| l < rules.special_wage_below);
    let production = rules.production_requirement && input.sales_drop_15 == Some(true);
    if !rules.production_requirement && input.sales_drop_15 == Some(true) {
        trace.notice(input_not_used("salesDrop15", "②生産量要件", "② output requirement", rules));
    }
    let special = Special {
        is_special: wage_special || production || input.profit_drop_3pt,
        wage: wage_special,
        production,
        price_hike: input.profit_drop_3pt,
        widened_costs: production || input.profit_drop_3pt,
    };
    if rules.special_wage_unconfirmed {
        trace.notice(Notice::unconfirmed(
            "special_wage_threshold",
            Text::new(
                format!("特例事業者①（賃金要件）の基準 {}円未満（2023年8月31日以降も920円のままか950円に変わったか未確認）", rules.special_wage_below),
                format!("the threshold of special employer ① (wage), below {} yen (whether it stayed at 920 or moved to 950 after 2023-08-31)", rules.special_wage_below),
            ),
        ));
    }
    {
        let mut ja = Vec::new();
        let mut en = Vec::new();
        if special.wage {
            ja.push(format!("①賃金要件（{}円 < {}円）", lowest_wage.unwrap_or(0), rules.special_wage_below));
            en.push(format!("① wage ({} < {} yen)", lowest_wage.unwrap_or(0), rules.special_wage_below));
        }
        if special.production {
            ja.push("②生産量要件（売上高等15%以上減少）".to_string());
            en.push("② output (sales down 15 % or more)".to_string());
        }
        if special.price_hike {
            ja.push("③物価高騰等要件（利益率3%ポイント以上低下）".to_string());
            en.push("③ prices (profit margin down 3 points or more)".to_string());
        }
        let (tja, ten) = if special.is_special {
            (format!("特例事業者に当たります: {}", ja.join("、")), format!("a special employer: {}", en.join(", ")))
        } else {
            ("特例事業者に当たりません".to_string(), "not a special employer".to_string())
        };
        trace.step("special", Text::fixed("特例事業者", "Special employer"), Text::new(tja, ten), SEED_SPECIAL);
    }

    // Course and workers counted.
    let under_30 = input.site_employees < 30;
    let col = |cell: CapCell| if under_30 { cell.1 } else { cell.0 };
    let (course, counted, worker_results) = match &input.wages {
        Wages::Simple { raise_yen, raised_workers, .. } => {
            let course = COURSES.iter().rev().find(|c| **c <= *raise_yen).copied();
            (course, *raised_workers, None)
        }
        Wages::Workers(ws) => match lowest_wage {
            Some(lowest) => {
                // The raised site minimum: the lowest wage after the raise among the same workers.
                let new_min =
                    ws.iter().filter(|w| w.months_employed >= months).map(|w| w.wage_after).min().unwrap_or(lowest);
                let raise = new_min.saturating_sub(lowest);
                // The applicant chooses the course; the estimate takes the course that gives the
                // highest cap among those the raise reaches (a higher course on a tie).
                let mut best: Option<(i64, i64, i64)> = None;
                for &c in COURSES.iter().filter(|c| **c <= raise) {
                    let n = ws.iter().filter(|w| classify(w, lowest, c, months).counted()).count();
                    let n = i64::try_from(n).unwrap_or(0);
                    let cap = cap_row(n, special.is_special)
                        .and_then(|row| course_caps(rules, c).and_then(|r| r.get(row).copied()))
                        .map_or(0, col);
                    if best.map_or(true, |(_, _, bc)| cap >= bc) {
                        best = Some((c, n, cap));
                    }
                }
                trace.step(
                    "raise",
                    Text::fixed("事業場内最低賃金の引上げ額", "Raise of the site's lowest wage"),
                    Text::new(
                        format!("引上げ後の事業場内最低賃金 {new_min}円 − 引上げ前 {lowest}円 = {raise}円"),
                        format!("lowest wage after the raise {new_min} yen − before {lowest} yen = {raise} yen"),
                    ),
                    SEED_CAPS,
                );
                let course = best.map(|b| b.0);
                let results = count_workers(ws, lowest, course.unwrap_or(COURSES[0]), months);
                let n = i64::try_from(results.iter().filter(|r| r.counted).count()).unwrap_or(0);
                if ws.iter().any(|w| w.months_employed < months) {
                    trace.notice(Notice::unconfirmed(
                        "new_hires_not_counted",
                        Text::new(
                            format!("雇入れ後{months}か月未満の労働者は引き上げる労働者に数えていません"),
                            format!("workers employed under {months} months are not counted as raised workers"),
                        ),
                    ));
                }
                (course, n, Some(results))
            }
            None => (None, 0, None),
        },
    };
    let raise_shown = match &input.wages {
        Wages::Simple { raise_yen, .. } => Some(*raise_yen),
        Wages::Workers(_) => None,
    };
    match course {
        Some(c) => trace.step(
            "course",
            Text::fixed("コース", "Course"),
            Text::new(
                match raise_shown {
                    Some(r) => format!("引上げ額 {r}円 ≥ {c}円 → {c}円コース"),
                    None => format!("{c}円コース"),
                },
                match raise_shown {
                    Some(r) => format!("raise {r} yen ≥ {c} yen → {c}-yen course"),
                    None => format!("{c}-yen course"),
                },
            ),
            SEED_CAPS,
        ),
        None if lowest_wage.is_some() => {
            eligible = false;
            trace.reason(
                "raise_below_course",
                Text::fixed(
                    "事業場内最低賃金の引上げ額が最も低いコース（30円）に届いていません。",
                    "The raise of the site's lowest wage does not reach the smallest course (30 yen).",
                ),
            );
        }
        None => {}
    }
    if course.is_some() {
        let (ja, en) = match &worker_results {
            Some(rs) => (
                format!("一覧の{}人のうち {}人（引上げ前に引上げ後の事業場内最低賃金を下回り、かつコース額以上引き上げる労働者）", rs.len(), counted),
                format!("{} of {} listed workers (below the raised site minimum before the raise, and raised by at least the course amount)", counted, rs.len()),
            ),
            None => (format!("{counted}人"), format!("{counted} workers")),
        };
        trace.step(
            "counted_workers",
            Text::fixed("引き上げる労働者数", "Workers raised"),
            Text::new(ja, en),
            SEED_COUNT,
        );
        if counted < 1 {
            eligible = false;
            trace.reason(
                "no_raised_workers",
                Text::fixed("引き上げる労働者として数えられる人がいません。", "No worker counts as a raised worker."),
            );
        }
    }

    // Cap by course, number of workers and site size.
    let cap = match (course, cap_row(counted, special.is_special)) {
        (Some(c), Some(row)) => course_caps(rules, c).and_then(|r| r.get(row).copied()).map(|cell| Yen::man(col(cell))),
        _ => None,
    };
    if let (Some(c), Some(cap)) = (course, cap) {
        let row_ja = ["1人", "2～3人", "4～6人", "7人以上", "10人以上（特例事業者）"];
        let row_en =
            ["1 worker", "2–3 workers", "4–6 workers", "7 or more workers", "10 or more workers (special employer)"];
        let row = cap_row(counted, special.is_special).unwrap_or(0);
        trace.step_yen(
            "cap",
            Text::fixed("助成上限額", "Cap"),
            Text::new(
                format!(
                    "{c}円コース・{}・{} → 上限 {}",
                    row_ja.get(row).unwrap_or(&""),
                    if under_30 { "事業場規模30人未満" } else { "事業場規模30人以上" },
                    cap.ja()
                ),
                format!(
                    "{c}-yen course, {}, {} → cap {}",
                    row_en.get(row).unwrap_or(&""),
                    if under_30 { "site under 30 workers" } else { "site of 30 or more workers" },
                    cap.en()
                ),
            ),
            cap,
            SEED_CAPS,
        );
    }

    // Rate by the lowest wage before the raise, with the 生産性要件.
    let rate = lowest_wage.and_then(|l| {
        let band = rules.rate_bands.iter().find(|b| b.below.map_or(true, |below| l < below))?;
        let (rate, bracket) = match (input.productivity_met, band.with_productivity) {
            (Some(true), Some(p)) => (p, true),
            _ => (band.rate, false),
        };
        let band_ja = match band.below {
            Some(b) => format!("{l}円 < {b}円"),
            None => format!("{l}円 ≥ 最も高い区分"),
        };
        let band_en = match band.below {
            Some(b) => format!("{l} yen < {b} yen"),
            None => format!("{l} yen, top band"),
        };
        trace.step(
            "rate",
            Text::fixed("助成率", "Rate"),
            Text::new(
                format!(
                    "事業場内最低賃金 {band_ja}{} → 助成率 {rate}",
                    if bracket { "・生産性要件を満たす" } else { "" }
                ),
                format!(
                    "site's lowest wage {band_en}{} → rate {rate}",
                    if bracket { ", productivity requirement met" } else { "" }
                ),
            ),
            SEED_RATE,
        );
        Some(rate)
    });

    // Eligible cost, widened for special employers ② ③.
    let extras = input.devices.checked_add(input.vehicles)?.checked_add(input.related)?;
    let cost = if special.widened_costs {
        let base = input.investment.checked_add(input.devices)?.checked_add(input.vehicles)?;
        let related = input.related.min(base);
        let cost = base.checked_add(related)?;
        trace.step_yen(
            "eligible_cost",
            Text::fixed("助成対象経費", "Eligible cost"),
            Text::new(
                format!(
                    "設備投資等 {} + PC等 {} + 自動車 {} = {}、関連する経費 {}（設備投資等の額まで: {}） → {}",
                    input.investment.ja(),
                    input.devices.ja(),
                    input.vehicles.ja(),
                    base.ja(),
                    input.related.ja(),
                    related.ja(),
                    cost.ja()
                ),
                format!(
                    "investment {} + devices {} + vehicles {} = {}, related costs {} (up to the investment: {}) → {}",
                    input.investment.en(),
                    input.devices.en(),
                    input.vehicles.en(),
                    base.en(),
                    input.related.en(),
                    related.en(),
                    cost.en()
                ),
            ),
            cost,
            SEED_COSTS,
        );
        cost
    } else {
        let text = if extras.is_zero() {
            Text::new(format!("設備投資等 {}", input.investment.ja()), format!("investment {}", input.investment.en()))
        } else {
            trace.notice(Notice::new("costs_not_eligible", Text::fixed(
                "PC・スマホ・タブレット等、自動車、関連する経費は、特例事業者の②生産量要件か③物価高騰等要件に当たる場合だけ対象です。",
                "PCs, phones and tablets, vehicles and related costs count only for special employers under ② output or ③ prices.",
            )));
            Text::new(
                format!(
                    "設備投資等 {}（PC等・自動車・関連する経費 {} は特例事業者②③のみ対象のため除きます）",
                    input.investment.ja(),
                    extras.ja()
                ),
                format!(
                    "investment {} (devices, vehicles and related costs of {} count only for special employers ② ③)",
                    input.investment.en(),
                    extras.en()
                ),
            )
        };
        trace.step_yen(
            "eligible_cost",
            Text::fixed("助成対象経費", "Eligible cost"),
            text,
            input.investment,
            SEED_COSTS,
        );
        input.investment
    };
    trace.notice(Notice::unconfirmed(
        "cost_excluding_tax",
        Text::fixed("費用は消費税を除いた額で計算しています", "costs are taken excluding consumption tax"),
    ));
    if cost.is_zero() {
        eligible = false;
        trace.reason(
            "no_investment",
            Text::fixed(
                "生産性向上に資する設備投資等の費用が入力されていません。",
                "No productivity investment has been entered.",
            ),
        );
    }

    if rules.apply_after_raise && input.site_employees < 50 {
        trace.notice(Notice::new("may_apply_after_raise", Text::fixed(
            "事業場規模50人未満で2023年4月1日から12月31日までに賃金を引き上げた場合は、引上げ後の申請もできます。",
            "A site of fewer than 50 workers that raised wages between 1 April and 31 December 2023 may apply after the raise.",
        )));
    }

    // Amount: the lower of cost × rate and the cap, then the rounding step.
    let mut amount = Yen::ZERO;
    if let (Some(rate), Some(cap)) = (rate, cap) {
        let product = cost.checked_mul_rate(rate)?;
        let lower = product.min(cap);
        let (cmp, word_ja, word_en) = if product > cap { (">", "上限", "cap") } else { ("≤", "上限", "cap") };
        trace.step_yen(
            "amount_vs_cap",
            Text::fixed("助成額（費用×助成率と上限額の低い方）", "Amount: the lower of cost × rate and the cap"),
            Text::new(
                format!(
                    "{} × {} = {} {} {} {} → {}",
                    cost.ja(),
                    rate,
                    product.ja(),
                    cmp,
                    word_ja,
                    cap.ja(),
                    lower.ja()
                ),
                format!(
                    "{} × {} = {} {} {} {} → {}",
                    cost.en(),
                    rate,
                    product.en(),
                    cmp,
                    word_en,
                    cap.en(),
                    lower.en()
                ),
            ),
            lower,
            SEED_AMOUNT,
        );
        let rounded = truncate_to_thousand_yen(lower)?;
        trace.notice(Notice::unconfirmed(
            "round_thousand_yen",
            Text::fixed("助成額の千円未満切捨て", "truncating the amount to whole thousands of yen"),
        ));
        if eligible {
            amount = rounded;
        }
        trace.step_yen(
            "round_thousand_yen",
            Text::fixed("端数処理（千円未満切捨て）", "Rounding: truncate to whole 1,000 yen"),
            Text::new(format!("{} → {}", lower.ja(), rounded.ja()), format!("{} → {}", lower.en(), rounded.en())),
            rounded,
            RULES_ROUNDING,
        );
    }
    if !eligible {
        trace.step_yen(
            "not_eligible",
            Text::fixed("結果", "Result"),
            Text::fixed("要件を満たさないため 0円", "requirements not met → 0 yen"),
            Yen::ZERO,
            SEED_TARGET,
        );
    }

    Ok(Output {
        eligible,
        amount_yen: amount,
        cap_yen: cap,
        rate,
        course,
        counted_workers: counted,
        special,
        lowest_wage_yen: lowest_wage,
        regional_minimum_wage_yen: regional,
        eligible_cost_yen: cost,
        workers: worker_results,
    })
}

/// `input_not_used`: a field this ruleset does not use, accepted (a saved link from another year
/// still loads) and ignored.
fn input_not_used(field: &'static str, what_ja: &str, what_en: &str, rules: &Ruleset) -> Notice {
    let mut n = Notice::new(
        "input_not_used",
        Text::new(
            format!("{}の規則には{}がないため、「{field}」の入力は使いません。", rules.info.title.ja, what_ja),
            format!("{} has no {}, so \"{field}\" is ignored.", rules.info.title.en, what_en),
        ),
    );
    n.rule = Some(field);
    n
}

/// Notices for a date after the application deadline, and a step naming the deadlines.
fn deadline_notices(rules: &Ruleset, as_of: Date, trace: &mut Trace) {
    let Some(d) = rules.deadlines else {
        trace.notice(Notice::new("deadlines_not_known", Text::new(
            format!("{}の申請期限・事業完了期限はこの試算に含まれていません。労働局で確認してください。", rules.info.title.ja),
            format!("The application and completion deadlines of {} are not in this estimate; please check with the labour bureau.", rules.info.title.en),
        )));
        return;
    };
    let (extra_ja, extra_en) = match d.complete_by_with_reasons {
        Some(r) => (format!("（やむを得ない事由があれば{}）", r.ja()), format!(" ({r} with a statement of reasons)")),
        None => (String::new(), String::new()),
    };
    trace.step(
        "deadlines",
        Text::fixed("申請期限・事業完了期限", "Deadlines"),
        Text::new(
            format!("申請期限 {}、事業完了期限 {}{}", d.apply_by.ja(), d.complete_by.ja(), extra_ja),
            format!("apply by {}, complete the project by {}{}", d.apply_by, d.complete_by, extra_en),
        ),
        d.source,
    );
    if as_of > d.apply_by {
        trace.notice(Notice::new(
            "after_application_deadline",
            Text::new(
                format!("申請期限（{}）後の日付です。この年度の申請はもうできません。", d.apply_by.ja()),
                format!(
                    "This date is after the application deadline ({}); applications for this year have closed.",
                    d.apply_by
                ),
            ),
        ));
    }
}

/// The cap row for `n` raised workers: 1, 2–3, 4–6, 7+, and 10+ for special employers only.
fn cap_row(n: i64, special: bool) -> Option<usize> {
    match n {
        i64::MIN..=0 => None,
        1 => Some(0),
        2..=3 => Some(1),
        4..=6 => Some(2),
        10.. if special => Some(4),
        _ => Some(3),
    }
}

fn course_caps(rules: &Ruleset, course: i64) -> Option<&[CapCell; 5]> {
    let i = COURSES.iter().position(|c| *c == course)?;
    rules.caps.get(i)
}

/// The seed's A–D rule at a site whose lowest wage is `lowest`, on course `course`: a worker counts
/// when their wage before is below the raised minimum (they are at the lowest wage, or would be
/// overtaken by it) and their own raise is at least the course amount.
fn count_workers(ws: &[Worker], lowest: i64, course: i64, months: i64) -> Vec<WorkerResult> {
    let raised_min = lowest.saturating_add(course);
    ws.iter()
        .enumerate()
        .map(|(index, w)| {
            let raise = w.wage_after.saturating_sub(w.wage_before);
            let counting = classify(w, lowest, course, months);
            let message = match counting {
                Counting::NewHire => Text::new(
                    format!("雇入れ後{months}か月未満のため数えません"),
                    format!("not counted: employed under {months} months"),
                ),
                Counting::AlreadyAbove => Text::new(
                    format!("既に引上げ後の事業場内最低賃金（{raised_min}円）以上のため数えません（例のD）"),
                    format!("not counted: already at or above the raised minimum of {raised_min} yen (D in the leaflet)"),
                ),
                Counting::RaisedTooLittle => Text::new(
                    format!("引上げ額 {raise}円 がコース額 {course}円 未満のため数えません（例のB）"),
                    format!("not counted: raised by {raise} yen, less than the {course}-yen course (B in the leaflet)"),
                ),
                Counting::AtLowest => Text::new(
                    format!("事業場内最低賃金の労働者で、{raise}円引き上げるため数えます（例のA）"),
                    format!("counted: at the site's lowest wage and raised by {raise} yen (A in the leaflet)"),
                ),
                Counting::Overtaken => Text::new(
                    format!("引上げ後の事業場内最低賃金に追い抜かれる労働者で、{raise}円引き上げるため数えます（例のC）"),
                    format!("counted: would be overtaken by the raised minimum, and raised by {raise} yen (C in the leaflet)"),
                ),
            };
            WorkerResult { index, counted: counting.counted(), code: counting.code(), message }
        })
        .collect()
}

/// How the seed's A–D rule places one worker on a course.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Counting {
    /// Employed for less than the ruleset's months: neither sets the lowest wage nor counts.
    NewHire,
    /// D: already at or above the raised minimum.
    AlreadyAbove,
    /// B: raised by less than the course amount.
    RaisedTooLittle,
    /// A: at the site's lowest wage, raised by the course amount or more.
    AtLowest,
    /// C: would be overtaken by the raised minimum, raised by the course amount or more.
    Overtaken,
}

impl Counting {
    fn counted(self) -> bool {
        matches!(self, Counting::AtLowest | Counting::Overtaken)
    }
    fn code(self) -> &'static str {
        match self {
            Counting::NewHire => "employed_under_minimum_months",
            Counting::AlreadyAbove => "already_at_raised_minimum",
            Counting::RaisedTooLittle => "raised_less_than_course",
            Counting::AtLowest => "at_lowest_wage",
            Counting::Overtaken => "overtaken",
        }
    }
}

fn classify(w: &Worker, lowest: i64, course: i64, months: i64) -> Counting {
    if w.months_employed < months {
        Counting::NewHire
    } else if w.wage_before >= lowest.saturating_add(course) {
        Counting::AlreadyAbove
    } else if w.wage_after.saturating_sub(w.wage_before) < course {
        Counting::RaisedTooLittle
    } else if w.wage_before == lowest {
        Counting::AtLowest
    } else {
        Counting::Overtaken
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cap_rows_follow_the_leaflets_bands_and_the_ten_plus_row_needs_a_special_employer() {
        assert_eq!(cap_row(0, true), None);
        assert_eq!(cap_row(1, false), Some(0));
        assert_eq!(cap_row(3, false), Some(1));
        assert_eq!(cap_row(4, false), Some(2));
        assert_eq!(cap_row(7, false), Some(3));
        assert_eq!(cap_row(10, false), Some(3));
        assert_eq!(cap_row(10, true), Some(4));
        assert_eq!(cap_row(9, true), Some(3));
    }

    #[test]
    fn the_rulesets_follow_each_other_without_a_gap() {
        let infos = GyomuKaizen.rulesets();
        for pair in infos.windows(2) {
            let end = pair[0].valid_to.expect("only the last ruleset may be open-ended");
            let next_day = Date::new(end.year(), end.month(), end.day() + 1)
                .or_else(|| Date::new(end.year(), end.month() + 1, 1))
                .or_else(|| Date::new(end.year() + 1, 1, 1))
                .unwrap();
            assert_eq!(next_day, pair[1].valid_from, "{} → {}", pair[0].id, pair[1].id);
        }
    }
}
