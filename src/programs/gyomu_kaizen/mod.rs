//! 業務改善助成金 (Business Improvement Subsidy), program id `gyomu-kaizen`.
//!
//! A site (事業場) that raises its lowest hourly wage by a course amount and invests in productivity
//! gets the lower of (eligible cost × rate) and the cap of its course and number of raised workers.
//! Rules: seed 004 「令和5年度業務改善助成金のご案内」, restated in RULES.md §1.

mod r2023_04;
mod r2023_08;
mod r2024;
mod r2025;
mod r2026;

use crate::date::Date;
use crate::error::{Error, ErrorKind, Unit};
use crate::explain::{Notice, Trace};
use crate::money::{truncate_to_thousand_yen, Rate, Yen};
use crate::programs::{overflowed, ruleset_at, Outcome, Program, RulesetInfo};
use crate::region::{self, Prefecture};
use crate::text::Text;
use crate::value::{Fields, Range, Value, MONEY, PEOPLE};
use crate::window::{ApplicationWindow, Round, WindowStatus};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use serde::Serialize;

/// The figures of one ruleset. A new year is a new file with these figures and its cases: the
/// calculation reads the courses, cap rows, windows and tests from here.
#[derive(Debug)]
pub struct Ruleset {
    pub info: RulesetInfo,
    /// Largest allowed 事業場内最低賃金 − 地域別最低賃金, in yen; `None` where the year has no gap rule.
    pub max_wage_gap: Option<i64>,
    /// Sites whose lowest wage is below a revised regional minimum wage are eligible (FY2025 from
    /// 2025-09-05, beside the gap rule; FY2026 throughout, instead of it).
    pub below_revision: Option<BelowRevision>,
    /// The raised 事業場内最低賃金 must reach the regional minimum wage of this fiscal year's revision.
    pub raise_must_reach_revision: Option<u16>,
    /// Only workers employed this many months or more set the 事業場内最低賃金 and count as raised.
    pub min_months_employed: u32,
    /// Whether the sources state that newer workers are not counted as raised (else a notice).
    pub new_hire_rule_confirmed: bool,
    /// Only workers insured under 雇用保険 count as raised (`workers[].insured`).
    pub insured_only: bool,
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
    /// Whether a site may apply only once in the fiscal year (a notice).
    pub one_application_per_year: bool,
    /// Whether passenger cars count among the widened costs (they ended in FY2026).
    pub vehicles_eligible: bool,
    /// Whether 関連する経費 count among the widened costs (they ended in FY2026).
    pub related_costs_eligible: bool,
    /// The smallest eligible cost, where the year has one.
    pub minimum_cost: Option<Yen>,
    /// The most one employer may receive in the fiscal year across its sites (a notice).
    pub employer_yearly_cap: Option<Yen>,
    /// The application rounds, oldest first; empty where the sources give none.
    pub windows: &'static [RoundRule],
    /// After its window has closed, the estimate is made as for an application on the window's last
    /// day: the regional minimum wage of that day is used (FY2026, whose window ends by rule the day
    /// before the new minimum wage; after it every eligible site would be below the law).
    pub planning_at_window_close: bool,
    /// Completion deadline (事業完了期限), where the sources give it.
    pub completion: Option<Completion>,
    /// SME limits by industry, in the order of [`Industry`].
    pub sme: [SmeLimit; 4],
    /// The courses (コース区分): the raise of the 事業場内最低賃金 in yen, lowest first.
    pub courses: &'static [i64],
    /// The rows of the cap table by number of raised workers.
    pub cap_rows: &'static [CapRow],
    /// Caps in 万円 by course (as `courses`) and row (as `cap_rows`).
    pub caps: &'static [&'static [CapCell]],
    /// Whether the cap table is unconfirmed (a notice is given when it is used).
    pub caps_unconfirmed: bool,
    /// The source of the ruleset as a whole.
    pub source: &'static str,
}

/// Eligibility by a revised regional minimum wage: a site whose lowest wage is below the minimum
/// wage of the revision that takes effect in `fiscal_year` is eligible, on dates from `from`.
#[derive(Debug, Clone, Copy)]
pub struct BelowRevision {
    pub from: Date,
    pub fiscal_year: u16,
}

/// One application round as its ruleset states it.
#[derive(Debug, Clone, Copy)]
pub struct RoundRule {
    pub number: Option<u8>,
    pub opens: Option<Date>,
    pub closes: Closes,
}

/// The last day of a round.
#[derive(Debug, Clone, Copy)]
pub enum Closes {
    On(Date),
    /// The day before the prefecture's minimum-wage revision of `fiscal_year` takes effect, and no
    /// later than `latest`.
    BeforeRevision {
        fiscal_year: u16,
        latest: Option<Date>,
    },
}

/// 事業完了期限: the project is completed by `by`, or by `with_reasons` with a statement of reasons.
#[derive(Debug, Clone, Copy)]
pub struct Completion {
    pub by: Date,
    pub with_reasons: Option<Date>,
}

/// A band of the rate table: applies to a 事業場内最低賃金 below `below` (or any, when `None`).
#[derive(Debug, Clone, Copy)]
pub struct RateBand {
    pub below: Option<i64>,
    pub rate: Rate,
    /// The rate when the 生産性要件 is met, where the leaflet gives one in brackets.
    pub with_productivity: Option<Rate>,
}

/// A row of the cap table: from `from` raised workers up to the next row; `special_only` rows
/// (10人以上) are open to 特例事業者 only.
#[derive(Debug, Clone, Copy)]
pub struct CapRow {
    pub from: i64,
    pub special_only: bool,
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

static RULESETS: [&Ruleset; 5] =
    [&r2023_04::RULESET, &r2023_08::RULESET, &r2024::RULESET, &r2025::RULESET, &r2026::RULESET];

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
    /// Insured under 雇用保険 (`insured`, default true); from FY2026 only insured workers count.
    pub insured: bool,
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
            let insured = w.flag("insured", true);
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
                    Some(Worker { wage_before, wage_after, months_employed, insured })
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
    /// The course in yen (30, 45, 60, 90; from FY2026 50, 70, 90), when the raise reaches one.
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
    /// The application round that matters on `asOf` for the site's prefecture; `null` where the
    /// sources give no window for the year.
    pub application_window: Option<ApplicationWindow>,
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
    let window = window_and_deadlines(rules, input.prefecture, as_of, trace);
    if rules.one_application_per_year {
        trace.notice(Notice::new(
            "one_application_per_year",
            Text::new(
                format!("{}の申請は1事業場につき年度内1回です。", rules.info.title.ja),
                format!("Under {}, a site may apply once in the fiscal year.", rules.info.title.en),
            ),
        ));
    }
    if let Some(cap) = rules.employer_yearly_cap {
        trace.notice(Notice::new(
            "employer_yearly_cap",
            Text::new(
                format!(
                    "{}は1事業者あたり年度内{}までです（複数の事業場の合計）。この試算は1つの事業場だけを見ています。",
                    rules.info.title.ja,
                    cap.ja()
                ),
                format!(
                    "Under {}, one employer receives at most {} in the fiscal year across all its sites; this estimate sees one site.",
                    rules.info.title.en,
                    cap.en()
                ),
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

    // The regional minimum wage in force on the date; for a closed FY2026 window, on its last day.
    let judged_on = match window {
        Some(w) if rules.planning_at_window_close && w.status == WindowStatus::Closed => w.closes.min(as_of),
        _ => as_of,
    };
    let (mw_from, regional) = input.prefecture.minimum_wage_on(judged_on).unwrap_or((judged_on, 0));
    let next = input.prefecture.next_revision_after(judged_on);
    let (next_ja, next_en) = match next {
        Some((d, w)) => (format!("（{}から{}円に改定）", d.ja(), w), format!(" (revised to {w} yen from {d})")),
        None => (String::new(), String::new()),
    };
    let (on_ja, on_en) = if judged_on == as_of {
        (String::new(), String::new())
    } else {
        (
            format!("申請受付期間の最終日（{}）の", judged_on.ja()),
            format!(" on the last day of the window ({judged_on})"),
        )
    };
    trace.step(
        "regional_minimum_wage",
        Text::fixed("地域別最低賃金", "Regional minimum wage"),
        Text::new(
            format!(
                "{on_ja}{}の地域別最低賃金（{}から）: {}円{}",
                input.prefecture.ja,
                mw_from.ja(),
                regional,
                next_ja
            ),
            format!(
                "{} regional minimum wage{on_en} (from {}): {} yen{}",
                input.prefecture.name_en(),
                mw_from,
                regional,
                next_en
            ),
        ),
        MINIMUM_WAGE_DATA,
    );
    let revision_of = |fy: u16| revision_in_fiscal_year(input.prefecture, fy);
    if let Some(lowest) = lowest_wage {
        if judged_on != as_of {
            if let Some((from, now)) = input.prefecture.minimum_wage_on(as_of).filter(|(_, w)| lowest < *w) {
                trace.notice(Notice::new(
                    "below_minimum_wage_in_force",
                    Text::new(
                        format!(
                            "{}の地域別最低賃金は{}から{now}円です。事業場内最低賃金 {lowest}円 はこれを下回っています。",
                            input.prefecture.ja,
                            from.ja()
                        ),
                        format!(
                            "{}'s regional minimum wage is {now} yen from {from}; the site's lowest wage of {lowest} yen is below it.",
                            input.prefecture.name_en()
                        ),
                    ),
                ));
            }
        }
        wage_test(rules, as_of, lowest, regional, &revision_of, &mut eligible, trace);
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
            ja.push("物価高騰等要件（利益率3%ポイント以上低下）".to_string());
            en.push("prices (profit margin down 3 points or more)".to_string());
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
    let smallest_course = rules.courses.first().copied().unwrap_or(0);
    let (course, counted, worker_results, raised_minimum) = match &input.wages {
        Wages::Simple { lowest_wage, raise_yen, raised_workers } => {
            let course = rules.courses.iter().rev().find(|c| **c <= *raise_yen).copied();
            (course, *raised_workers, None, Some(lowest_wage.saturating_add(*raise_yen)))
        }
        Wages::Workers(ws) => match lowest_wage {
            Some(lowest) => {
                if !rules.insured_only && ws.iter().any(|w| !w.insured) {
                    trace.notice(input_not_used(
                        "workers[].insured",
                        "雇用保険の被保険者に限る数え方",
                        "counting of insured workers only",
                        rules,
                    ));
                }
                // The raised site minimum: the lowest wage after the raise among the same workers.
                let new_min =
                    ws.iter().filter(|w| w.months_employed >= months).map(|w| w.wage_after).min().unwrap_or(lowest);
                let raise = new_min.saturating_sub(lowest);
                // The applicant chooses the course; the estimate takes the course that gives the
                // highest cap among those the raise reaches (a higher course on a tie).
                let mut best: Option<(i64, i64, i64)> = None;
                for &c in rules.courses.iter().filter(|c| **c <= raise) {
                    let n = ws.iter().filter(|w| classify(rules, w, lowest, c).counted()).count();
                    let n = i64::try_from(n).unwrap_or(0);
                    let cap = cap_row(rules.cap_rows, n, special.is_special)
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
                let results = count_workers(rules, ws, lowest, course.unwrap_or(smallest_course));
                let n = i64::try_from(results.iter().filter(|r| r.counted).count()).unwrap_or(0);
                if !rules.new_hire_rule_confirmed && ws.iter().any(|w| w.months_employed < months) {
                    trace.notice(Notice::unconfirmed(
                        "new_hires_not_counted",
                        Text::new(
                            format!("雇入れ後{months}か月未満の労働者は引き上げる労働者に数えていません"),
                            format!("workers employed under {months} months are not counted as raised workers"),
                        ),
                    ));
                }
                (course, n, Some(results), Some(new_min))
            }
            None => (None, 0, None, None),
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
                Text::new(
                    format!("事業場内最低賃金の引上げ額が最も低いコース（{smallest_course}円）に届いていません。"),
                    format!("The raise of the site's lowest wage does not reach the smallest course ({smallest_course} yen)."),
                ),
            );
        }
        None => {}
    }
    if let (Some(fy), Some(raised)) = (rules.raise_must_reach_revision, raised_minimum) {
        raise_reaches_revision(fy, raised, revision_of(fy), &mut eligible, trace);
    }
    if course.is_some() {
        let insured = if rules.insured_only { "雇用保険の被保険者で、" } else { "" };
        let insured_en = if rules.insured_only { "insured under employment insurance, " } else { "" };
        let (ja, en) = match &worker_results {
            Some(rs) => (
                format!("一覧の{}人のうち {}人（{insured}引上げ前に引上げ後の事業場内最低賃金を下回り、かつコース額以上引き上げる労働者）", rs.len(), counted),
                format!("{} of {} listed workers ({insured_en}below the raised site minimum before the raise, and raised by at least the course amount)", counted, rs.len()),
            ),
            None if rules.insured_only => (
                format!("{counted}人（雇用保険の被保険者で、雇入れ後{months}か月以上の労働者）"),
                format!("{counted} workers (insured under employment insurance, employed {months} months or more)"),
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
    let row = cap_row(rules.cap_rows, counted, special.is_special);
    let cap = match (course, row) {
        (Some(c), Some(row)) => course_caps(rules, c).and_then(|r| r.get(row).copied()).map(|cell| Yen::man(col(cell))),
        _ => None,
    };
    if let (Some(c), Some(cap), Some(row)) = (course, cap, row) {
        let (row_ja, row_en) = cap_row_label(rules.cap_rows, row);
        trace.step_yen(
            "cap",
            Text::fixed("助成上限額", "Cap"),
            Text::new(
                format!(
                    "{c}円コース・{row_ja}・{} → 上限 {}",
                    if under_30 { "事業場規模30人未満" } else { "事業場規模30人以上" },
                    cap.ja()
                ),
                format!(
                    "{c}-yen course, {row_en}, {} → cap {}",
                    if under_30 { "site under 30 workers" } else { "site of 30 or more workers" },
                    cap.en()
                ),
            ),
            cap,
            SEED_CAPS,
        );
        if rules.caps_unconfirmed {
            trace.notice(Notice::unconfirmed(
                "cap_table",
                Text::new(
                    format!("{}の助成上限額の表（公式の案内を引用した資料によるもの）", rules.info.title.ja),
                    format!(
                        "the cap table of {} (taken from material quoting the official leaflet)",
                        rules.info.title.en
                    ),
                ),
            ));
        }
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

    let cost = eligible_cost(rules, input, special, trace)?;
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
    } else if let Some(minimum) = rules.minimum_cost.filter(|m| cost < *m) {
        eligible = false;
        trace.reason(
            "cost_below_minimum",
            Text::new(
                format!("助成対象経費 {} が下限の{}（税抜）に届いていません。", cost.ja(), minimum.ja()),
                format!("The eligible cost of {} is below the minimum of {} (excluding tax).", cost.en(), minimum.en()),
            ),
        );
        trace.notice(Notice::unconfirmed(
            "minimum_cost",
            Text::new(
                format!("助成対象経費の下限 {}", minimum.ja()),
                format!("the minimum eligible cost of {}", minimum.en()),
            ),
        ));
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
        let cmp = if product > cap { ">" } else { "≤" };
        trace.step_yen(
            "amount_vs_cap",
            Text::fixed("助成額（費用×助成率と上限額の低い方）", "Amount: the lower of cost × rate and the cap"),
            Text::new(
                format!("{} × {} = {} {} 上限 {} → {}", cost.ja(), rate, product.ja(), cmp, cap.ja(), lower.ja()),
                format!("{} × {} = {} {} cap {} → {}", cost.en(), rate, product.en(), cmp, cap.en(), lower.en()),
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
        application_window: window,
    })
}

/// The revision of the prefecture's minimum wage that takes effect in fiscal year `fy` (the
/// revisions decided each summer take effect from October to March): its date and wage.
fn revision_in_fiscal_year(p: &Prefecture, fy: u16) -> Option<(Date, i64)> {
    p.minimum_wages.iter().rev().find(|(from, _)| from.fiscal_year() == fy).copied()
}

/// The wage test of the site: not below the minimum wage in force, and within the gap or below the
/// revised minimum wage, as the ruleset has them.
fn wage_test(
    rules: &Ruleset,
    as_of: Date,
    lowest: i64,
    regional: i64,
    revision_of: &dyn Fn(u16) -> Option<(Date, i64)>,
    eligible: &mut bool,
    trace: &mut Trace,
) {
    let gap = lowest.saturating_sub(regional);
    let within_gap = rules.max_wage_gap.map(|max| gap <= max);
    // A site below the revised minimum wage of the ruleset's year, from the date the year allows it.
    let revision = rules.below_revision.filter(|b| as_of >= b.from).and_then(|b| revision_of(b.fiscal_year));
    let below_revision = revision.filter(|(_, w)| lowest < *w);
    let below_minimum = lowest < regional;
    let ok = !below_minimum && (within_gap == Some(true) || below_revision.is_some());
    if below_minimum {
        *eligible = false;
        trace.reason(
            "below_regional_minimum_wage",
            Text::new(
                format!("事業場内最低賃金 {lowest}円 が地域別最低賃金 {regional}円 を下回っています。"),
                format!("The site's lowest wage {lowest} yen is below the regional minimum wage {regional} yen."),
            ),
        );
    } else if !ok {
        *eligible = false;
        match (rules.max_wage_gap, revision) {
            (Some(max), _) => trace.reason("wage_gap_too_large", Text::new(
                format!("事業場内最低賃金と地域別最低賃金の差額 {gap}円 が{max}円を超えています。"),
                format!("The gap between the site's lowest wage and the regional minimum wage, {gap} yen, is over {max} yen."),
            )),
            (None, Some((date, wage))) => trace.reason("not_below_new_minimum_wage", Text::new(
                format!("事業場内最低賃金 {lowest}円 が{}からの地域別最低賃金 {wage}円 を下回っていないため、対象になりません。", date.ja()),
                format!("The site's lowest wage of {lowest} yen is not below the regional minimum wage of {wage} yen from {date}, so the site is not eligible."),
            )),
            (None, None) => trace.reason("new_minimum_wage_not_known", Text::fixed(
                "この都道府県の改定後の地域別最低賃金が分からないため、要件を確かめられません。",
                "The revised regional minimum wage of this prefecture is not known, so the requirement cannot be checked.",
            )),
        }
    }
    let (verdict_ja, verdict_en) =
        if ok { ("要件を満たします", "met") } else { ("要件を満たしません", "not met") };
    let (id, text) = match (rules.max_wage_gap, revision) {
        (Some(max), Some((rev_date, rev_wage))) if within_gap == Some(false) && below_revision.is_some() => ("wage_gap", Text::new(
            format!("{lowest}円 − {regional}円 = {gap}円 > {max}円。ただし{}以降は、改定後の地域別最低賃金（{}から{rev_wage}円）未満の事業場も対象: {lowest}円 < {rev_wage}円 → {verdict_ja}", rules.below_revision.map_or(as_of, |b| b.from).ja(), rev_date.ja()),
            format!("{lowest} yen − {regional} yen = {gap} yen > {max} yen; but from {}, sites below the revised regional minimum wage ({rev_wage} yen from {rev_date}) are eligible: {lowest} < {rev_wage} yen → {verdict_en}", rules.below_revision.map_or(as_of, |b| b.from)),
        )),
        (Some(max), _) => {
            let cmp = if within_gap == Some(true) { "≤" } else { ">" };
            ("wage_gap", Text::new(
                format!("{lowest}円 − {regional}円 = {gap}円 {cmp} {max}円 → {verdict_ja}"),
                format!("{lowest} yen − {regional} yen = {gap} yen {cmp} {max} yen → {verdict_en}"),
            ))
        }
        (None, Some((rev_date, rev_wage))) => {
            let cmp = if lowest < rev_wage { "<" } else { "≥" };
            ("below_new_minimum_wage", Text::new(
                format!("事業場内最低賃金 {lowest}円 {cmp} {}からの地域別最低賃金 {rev_wage}円 → {verdict_ja}", rev_date.ja()),
                format!("site's lowest wage {lowest} yen {cmp} the regional minimum wage of {rev_wage} yen from {rev_date} → {verdict_en}"),
            ))
        }
        (None, None) => ("below_new_minimum_wage", Text::new(
            format!("改定後の地域別最低賃金が分かりません → {verdict_ja}"),
            format!("the revised regional minimum wage is not known → {verdict_en}"),
        )),
    };
    let source = if rules.max_wage_gap == Some(30) { SEED_TARGET } else { rules.source };
    let label = if rules.max_wage_gap.is_some() {
        Text::fixed("地域別最低賃金との差額", "Gap to the regional minimum wage")
    } else {
        Text::fixed("改定後の地域別最低賃金を下回っているか", "Below the revised regional minimum wage?")
    };
    trace.step(id, label, text, source);
}

/// FY2026: the raised 事業場内最低賃金 must reach the new regional minimum wage (unconfirmed as a
/// subsidy rule; it follows from the law once the new wage takes effect).
fn raise_reaches_revision(fy: u16, raised: i64, revision: Option<(Date, i64)>, eligible: &mut bool, trace: &mut Trace) {
    let Some((date, wage)) = revision else { return };
    let reaches = raised >= wage;
    let (cmp, verdict_ja, verdict_en) = if reaches {
        ("≥", "要件を満たします", "met")
    } else {
        ("<", "要件を満たしません", "not met")
    };
    trace.step(
        "raised_minimum_reaches_new_minimum_wage",
        Text::fixed("引上げ後の事業場内最低賃金", "The site's lowest wage after the raise"),
        Text::new(
            format!("{raised}円 {cmp} {}からの地域別最低賃金 {wage}円 → {verdict_ja}", date.ja()),
            format!("{raised} yen {cmp} the regional minimum wage of {wage} yen from {date} → {verdict_en}"),
        ),
        MINIMUM_WAGE_DATA,
    );
    trace.notice(Notice::unconfirmed(
        "raise_reaches_new_minimum_wage",
        Text::new(
            format!("{}年度の地域別最低賃金に届く引上げであること", fy),
            format!("that the raise reaches the regional minimum wage of fiscal year {fy}"),
        ),
    ));
    if !reaches {
        *eligible = false;
        trace.reason(
            "raise_below_new_minimum_wage",
            Text::new(
                format!(
                    "引上げ後の事業場内最低賃金 {raised}円 が、{}からの地域別最低賃金 {wage}円 に届いていません。",
                    date.ja()
                ),
                format!(
                    "The site's lowest wage after the raise, {raised} yen, does not reach the regional minimum wage of {wage} yen from {date}."
                ),
            ),
        );
    }
}

/// The eligible cost: the investment, widened for special employers by the costs the year allows.
fn eligible_cost(
    rules: &Ruleset,
    input: &Input,
    special: Special,
    trace: &mut Trace,
) -> Result<Yen, crate::money::Overflow> {
    if !rules.vehicles_eligible && !input.vehicles.is_zero() {
        trace.notice(input_not_used("extraCosts.vehiclesYen", "自動車の助成", "cars among eligible costs", rules));
    }
    if !rules.related_costs_eligible && !input.related.is_zero() {
        trace.notice(input_not_used(
            "extraCosts.relatedYen",
            "関連する経費の助成",
            "related costs among eligible costs",
            rules,
        ));
    }
    let vehicles = if rules.vehicles_eligible { input.vehicles } else { Yen::ZERO };
    let related_given = if rules.related_costs_eligible { input.related } else { Yen::ZERO };
    let requirement_ja = if rules.production_requirement {
        "②生産量要件か③物価高騰等要件"
    } else {
        "物価高騰等要件"
    };
    let requirement_en =
        if rules.production_requirement { "② output or ③ prices" } else { "the price requirement" };
    if special.widened_costs {
        let base = input.investment.checked_add(input.devices)?.checked_add(vehicles)?;
        let related = related_given.min(base);
        let cost = base.checked_add(related)?;
        let mut ja = format!("設備投資等 {} + PC等 {}", input.investment.ja(), input.devices.ja());
        let mut en = format!("investment {} + devices {}", input.investment.en(), input.devices.en());
        if rules.vehicles_eligible {
            ja.push_str(&format!(" + 自動車 {}", vehicles.ja()));
            en.push_str(&format!(" + vehicles {}", vehicles.en()));
        }
        if rules.related_costs_eligible {
            ja.push_str(&format!(
                " = {}、関連する経費 {}（設備投資等の額まで: {}） → {}",
                base.ja(),
                related_given.ja(),
                related.ja(),
                cost.ja()
            ));
            en.push_str(&format!(
                " = {}, related costs {} (up to the investment: {}) → {}",
                base.en(),
                related_given.en(),
                related.en(),
                cost.en()
            ));
        } else {
            ja.push_str(&format!(" = {}", cost.ja()));
            en.push_str(&format!(" = {}", cost.en()));
        }
        trace.step_yen(
            "eligible_cost",
            Text::fixed("助成対象経費", "Eligible cost"),
            Text::new(ja, en),
            cost,
            SEED_COSTS,
        );
        return Ok(cost);
    }
    let extras = input.devices.checked_add(vehicles)?.checked_add(related_given)?;
    let text = if extras.is_zero() {
        Text::new(format!("設備投資等 {}", input.investment.ja()), format!("investment {}", input.investment.en()))
    } else {
        trace.notice(Notice::new(
            "costs_not_eligible",
            Text::new(
                format!(
                    "PC・スマホ・タブレット等{}は、特例事業者の{requirement_ja}に当たる場合だけ対象です。",
                    if rules.vehicles_eligible { "、自動車、関連する経費" } else { "" }
                ),
                format!(
                    "PCs, phones and tablets{} count only for special employers under {requirement_en}.",
                    if rules.vehicles_eligible { ", vehicles and related costs" } else { "" }
                ),
            ),
        ));
        Text::new(
            format!(
                "設備投資等 {}（PC等{} {} は特例事業者の{requirement_ja}の場合のみ対象のため除きます）",
                input.investment.ja(),
                if rules.vehicles_eligible { "・自動車・関連する経費" } else { "" },
                extras.ja()
            ),
            format!(
                "investment {} (devices{} of {} count only for special employers under {requirement_en})",
                input.investment.en(),
                if rules.vehicles_eligible { ", vehicles and related costs" } else { "" },
                extras.en()
            ),
        )
    };
    trace.step_yen("eligible_cost", Text::fixed("助成対象経費", "Eligible cost"), text, input.investment, SEED_COSTS);
    Ok(input.investment)
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

/// The application window of the site's prefecture and the completion deadline: a step naming
/// them, and a notice when the window is closed or not yet open.
fn window_and_deadlines(
    rules: &Ruleset,
    prefecture: &Prefecture,
    as_of: Date,
    trace: &mut Trace,
) -> Option<ApplicationWindow> {
    let rounds: Vec<Round> = rules
        .windows
        .iter()
        .filter_map(|r| {
            let closes = match r.closes {
                Closes::On(d) => d,
                Closes::BeforeRevision { fiscal_year, latest } => {
                    let before = revision_in_fiscal_year(prefecture, fiscal_year)?.0.previous_day()?;
                    latest.map_or(before, |l| before.min(l))
                }
            };
            Some(Round { opens: r.opens, closes, number: r.number })
        })
        .collect();
    let window = ApplicationWindow::pick(&rounds, as_of);
    let (completion_ja, completion_en) = match rules.completion {
        Some(c) => match c.with_reasons {
            Some(r) => (
                format!("事業完了期限 {}（やむを得ない事由があれば{}）", c.by.ja(), r.ja()),
                format!("complete the project by {} ({r} with a statement of reasons)", c.by),
            ),
            None => (format!("事業完了期限 {}", c.by.ja()), format!("complete the project by {}", c.by)),
        },
        None => ("事業完了期限は不明".to_string(), "completion deadline not known".to_string()),
    };
    let (window_ja, window_en) = match window {
        Some(w) => {
            let (round_ja, round_en) = match w.round {
                Some(n) => (format!("第{n}期の"), format!("round {n} ")),
                None => (String::new(), String::new()),
            };
            match w.opens {
                Some(o) => (
                    format!("{round_ja}申請受付期間 {}〜{}（{}）", o.ja(), w.closes.ja(), prefecture.ja),
                    format!("{round_en}applications {} to {} ({})", o, w.closes, prefecture.name_en()),
                ),
                None => (format!("申請期限 {}", w.closes.ja()), format!("apply by {}", w.closes)),
            }
        }
        None => {
            trace.notice(Notice::new(
                "deadlines_not_known",
                Text::new(
                    format!(
                        "{}の申請受付期間はこの試算に含まれていません。労働局で確認してください。",
                        rules.info.title.ja
                    ),
                    format!(
                        "The application window of {} is not in this estimate; please check with the labour bureau.",
                        rules.info.title.en
                    ),
                ),
            ));
            ("申請受付期間は不明".to_string(), "application window not known".to_string())
        }
    };
    trace.step(
        "deadlines",
        Text::fixed("申請受付期間・事業完了期限", "Application window and deadlines"),
        Text::new(format!("{window_ja}、{completion_ja}"), format!("{window_en}; {completion_en}")),
        rules.source,
    );
    if let Some(n) = window.and_then(|w| w.notice()) {
        trace.notice(n);
    }
    window
}

/// The cap row for `n` raised workers: the last row that `n` reaches, the special-only rows for
/// special employers only; `None` for no worker.
fn cap_row(rows: &[CapRow], n: i64, special: bool) -> Option<usize> {
    if n < 1 {
        return None;
    }
    rows.iter().enumerate().filter(|(_, r)| r.from <= n && (special || !r.special_only)).map(|(i, _)| i).next_back()
}

/// The words of cap row `row`: 「2～3人」, 「8人以上」, 「10人以上（特例事業者）」.
fn cap_row_label(rows: &[CapRow], row: usize) -> (String, String) {
    let Some(r) = rows.get(row) else { return (String::new(), String::new()) };
    if r.special_only {
        return (format!("{}人以上（特例事業者）", r.from), format!("{} or more workers (special employer)", r.from));
    }
    let next = rows.iter().skip(row.saturating_add(1)).find(|n| !n.special_only);
    match next.map(|n| n.from.saturating_sub(1)) {
        Some(to) if to == r.from && to == 1 => ("1人".to_string(), "1 worker".to_string()),
        Some(to) if to == r.from => (format!("{to}人"), format!("{to} workers")),
        Some(to) => (format!("{}～{to}人", r.from), format!("{}–{to} workers", r.from)),
        None => (format!("{}人以上", r.from), format!("{} or more workers", r.from)),
    }
}

fn course_caps(rules: &Ruleset, course: i64) -> Option<&'static [CapCell]> {
    let i = rules.courses.iter().position(|c| *c == course)?;
    rules.caps.get(i).copied()
}

/// The seed's A–D rule at a site whose lowest wage is `lowest`, on course `course`: a worker counts
/// when their wage before is below the raised minimum (they are at the lowest wage, or would be
/// overtaken by it) and their own raise is at least the course amount.
fn count_workers(rules: &Ruleset, ws: &[Worker], lowest: i64, course: i64) -> Vec<WorkerResult> {
    let months = rules.min_months_employed;
    let raised_min = lowest.saturating_add(course);
    ws.iter()
        .enumerate()
        .map(|(index, w)| {
            let raise = w.wage_after.saturating_sub(w.wage_before);
            let counting = classify(rules, w, lowest, course);
            let message = match counting {
                Counting::NewHire => Text::new(
                    format!("雇入れ後{months}か月未満のため数えません"),
                    format!("not counted: employed under {months} months"),
                ),
                Counting::NotInsured => Text::fixed(
                    "雇用保険の被保険者でないため数えません",
                    "not counted: not insured under employment insurance",
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
    /// Not insured under 雇用保険, where the year counts insured workers only (FY2026).
    NotInsured,
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
            Counting::NotInsured => "not_insured",
            Counting::AlreadyAbove => "already_at_raised_minimum",
            Counting::RaisedTooLittle => "raised_less_than_course",
            Counting::AtLowest => "at_lowest_wage",
            Counting::Overtaken => "overtaken",
        }
    }
}

fn classify(rules: &Ruleset, w: &Worker, lowest: i64, course: i64) -> Counting {
    if w.months_employed < i64::from(rules.min_months_employed) {
        Counting::NewHire
    } else if rules.insured_only && !w.insured {
        Counting::NotInsured
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
        let rows = r2023_04::CAP_ROWS_FY2023;
        assert_eq!(cap_row(rows, 0, true), None);
        assert_eq!(cap_row(rows, 1, false), Some(0));
        assert_eq!(cap_row(rows, 3, false), Some(1));
        assert_eq!(cap_row(rows, 4, false), Some(2));
        assert_eq!(cap_row(rows, 7, false), Some(3));
        assert_eq!(cap_row(rows, 10, false), Some(3));
        assert_eq!(cap_row(rows, 10, true), Some(4));
        assert_eq!(cap_row(rows, 9, true), Some(3));
    }

    #[test]
    fn cap_rows_are_named_from_the_table_itself() {
        let label = |rules: &Ruleset, row| cap_row_label(rules.cap_rows, row).0;
        let fy2023 = &r2023_04::RULESET;
        assert_eq!(
            (0..5).map(|r| label(fy2023, r)).collect::<Vec<_>>(),
            ["1人", "2～3人", "4～6人", "7人以上", "10人以上（特例事業者）"]
        );
        let fy2026 = &r2026::RULESET;
        assert_eq!(
            (0..6).map(|r| label(fy2026, r)).collect::<Vec<_>>(),
            ["1人", "2～3人", "4～5人", "6～7人", "8人以上", "10人以上（特例事業者）"]
        );
        assert_eq!(cap_row_label(fy2026.cap_rows, 1).1, "2–3 workers");
    }

    #[test]
    fn every_ruleset_has_a_cap_for_each_course_and_row() {
        for rules in RULESETS {
            assert_eq!(rules.caps.len(), rules.courses.len(), "{}", rules.info.id);
            for row in rules.caps {
                assert_eq!(row.len(), rules.cap_rows.len(), "{}", rules.info.id);
            }
            assert!(rules.courses.windows(2).all(|w| w[0] < w[1]), "{}", rules.info.id);
            assert!(rules.cap_rows.windows(2).all(|w| w[0].from < w[1].from), "{}", rules.info.id);
        }
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
