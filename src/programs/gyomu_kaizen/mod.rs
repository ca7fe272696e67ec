//! 業務改善助成金 (Business Improvement Subsidy), program id `gyomu-kaizen`.
//!
//! A site (事業場) that raises its lowest hourly wage by a course amount and invests in productivity
//! gets the lower of (eligible cost × rate) and the cap of its course and number of raised workers.
//! Rules: seed 004 「令和5年度業務改善助成金のご案内」, restated in RULES.md §1.

mod decide;
mod r2023_04;
mod r2023_08;
mod r2024;
mod r2025;
mod r2026;

use crate::catalog::{Fact, Message};
use crate::date::Date;
use crate::error::{Error, ErrorKind, Unit};
use crate::explain::{Notice, Reason, Step, Trace};
use crate::money::{truncate_to_thousand_yen, truncate_to_yen, Overflow, Rate, Yen};
use crate::programs::decision::{self, Bounds, Grid, Hint};
use crate::programs::{overflowed, ruleset_at, Outcome, Program, RulesetInfo};
use crate::region::{self, Prefecture};
use crate::sources::Cite;
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

/// Input ranges (README "Input ranges").
const WAGE: Range = Range::whole(1, 100_000, Unit::YenPerHour);
const RAISE: Range = Range::whole(0, 100_000, Unit::Yen);
const MONTHS: Range = Range::whole(0, 1_200, Unit::Months);
/// Hours worked in a year: at most 366 × 24.
pub const ANNUAL_HOURS: Range = Range::decimal(0, 8_784, Unit::Hours);
/// Longest worker list.
const MAX_WORKERS: usize = 1_000;

pub struct GyomuKaizen;

impl Program for GyomuKaizen {
    fn id(&self) -> &'static str {
        "gyomu-kaizen"
    }
    fn rulesets(&self) -> Vec<&'static RulesetInfo> {
        RULESETS.iter().map(|r| &r.info).collect()
    }
    fn run(&self, ruleset: usize, as_of: Date, input: &Value, trace: &mut Trace) -> Result<Outcome, Vec<Error>> {
        let rules = ruleset_at(&RULESETS, ruleset)?;
        let input = read_input(input)?;
        let mut out = calculate(rules, as_of, &input, &mut Log::Kept(trace)).map_err(overflowed)?;
        out.hints = decide::hints(rules, as_of, &input, &out).map_err(overflowed)?;
        Ok(Outcome::GyomuKaizen(out))
    }
    fn bounds(&self, ruleset: usize, as_of: Date, input: &Value) -> Option<Bounds> {
        let rules = RULESETS.get(ruleset)?;
        let (draft, errors) = read_draft(input);
        if !decision::only_missing_input(&errors) {
            return None;
        }
        decide::bounds(rules, as_of, &draft).ok()
    }
    fn partial_window(&self, ruleset: usize, as_of: Date, input: &Value, trace: &mut Trace) -> Option<ApplicationWindow> {
        let rules = RULESETS.get(ruleset)?;
        let prefecture = read_draft(input).0.prefecture?;
        // The window's step is the complete answer's; a partial answer keeps its notices only.
        let mut scratch = Trace::new(trace.program);
        let window = window_and_deadlines(rules, prefecture, as_of, &mut Log::Kept(&mut scratch));
        for n in scratch.notices {
            trace.notice(n);
        }
        window
    }
    fn what_if_fields(&self) -> &'static [(&'static str, Range)] {
        decide::WHAT_IF_FIELDS
    }
    fn what_if(
        &self,
        ruleset: usize,
        as_of: Date,
        input: &Value,
        field: &'static str,
        values: &[rust_decimal::Decimal],
    ) -> Result<Grid, Vec<Error>> {
        let rules = ruleset_at(&RULESETS, ruleset)?;
        decide::what_if(rules, as_of, input, field, values)
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
    /// The catalog key of the industry's name.
    fn term(self) -> &'static str {
        match self {
            Industry::Retail => "gyomu-kaizen.industry.retail",
            Industry::Service => "gyomu-kaizen.industry.service",
            Industry::Wholesale => "gyomu-kaizen.industry.wholesale",
            Industry::Other => "gyomu-kaizen.industry.other",
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
    /// Hours worked in a year (`annualHours`), for the yearly cost of the raise; optional.
    pub annual_hours: Option<Decimal>,
}

/// The wages: three figures (simple mode) or a list of workers (detailed mode).
#[derive(Debug, Clone)]
pub enum Wages {
    Simple {
        lowest_wage: i64,
        raise_yen: i64,
        raised_workers: i64,
        /// Hours a year of each raised worker (`annualHours`), for the yearly cost of the raise.
        annual_hours: Option<Decimal>,
    },
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

/// A worker of the list as far as the form has it: `None` where a field is not given (or wrong).
#[derive(Debug, Clone, Copy)]
pub struct DraftWorker {
    pub wage_before: Option<i64>,
    pub wage_after: Option<i64>,
    pub months_employed: Option<i64>,
    pub insured: bool,
    pub annual_hours: Option<Decimal>,
}

/// The wages as far as the form has them.
#[derive(Debug, Clone)]
pub enum DraftWages {
    Simple {
        lowest_wage: Option<i64>,
        raise_yen: Option<i64>,
        raised_workers: Option<i64>,
        annual_hours: Option<Decimal>,
    },
    Workers(Vec<DraftWorker>),
}

/// The input as far as the form has it: what a partial answer's bounds are computed from. Every
/// field is `None` where it is not given or wrong (the errors say which).
#[derive(Debug, Clone)]
pub struct Draft {
    pub prefecture: Option<&'static Prefecture>,
    pub industry: Option<Industry>,
    pub capital_yen: Option<Yen>,
    pub company_employees: Option<i64>,
    pub site_employees: Option<i64>,
    pub wages: DraftWages,
    pub investment: Option<Yen>,
    pub devices: Option<Yen>,
    pub vehicles: Option<Yen>,
    pub related: Option<Yen>,
    pub productivity_met: Option<bool>,
    pub sales_drop_15: Option<bool>,
    pub profit_drop_3pt: bool,
    pub disqualifying_events: bool,
    pub deemed_large_enterprise: Option<bool>,
}

impl Draft {
    /// The input, when every required field is there.
    fn complete(&self) -> Option<Input> {
        let wages = match &self.wages {
            DraftWages::Simple { lowest_wage, raise_yen, raised_workers, annual_hours } => Wages::Simple {
                lowest_wage: (*lowest_wage)?,
                raise_yen: (*raise_yen)?,
                raised_workers: (*raised_workers)?,
                annual_hours: *annual_hours,
            },
            DraftWages::Workers(ws) => Wages::Workers(
                ws.iter()
                    .map(|w| {
                        Some(Worker {
                            wage_before: w.wage_before?,
                            wage_after: w.wage_after?,
                            months_employed: w.months_employed?,
                            insured: w.insured,
                            annual_hours: w.annual_hours,
                        })
                    })
                    .collect::<Option<Vec<_>>>()?,
            ),
        };
        Some(Input {
            prefecture: self.prefecture?,
            industry: self.industry?,
            capital_yen: self.capital_yen,
            company_employees: self.company_employees?,
            site_employees: self.site_employees?,
            wages,
            investment: self.investment?,
            devices: self.devices?,
            vehicles: self.vehicles?,
            related: self.related?,
            productivity_met: self.productivity_met,
            sales_drop_15: self.sales_drop_15,
            profit_drop_3pt: self.profit_drop_3pt,
            disqualifying_events: self.disqualifying_events,
            deemed_large_enterprise: self.deemed_large_enterprise,
        })
    }
}

fn int(d: Decimal) -> i64 {
    d.to_i64().unwrap_or(i64::MAX)
}

fn read_input(value: &Value) -> Result<Input, Vec<Error>> {
    let (draft, errors) = read_draft(value);
    if !errors.is_empty() {
        return Err(errors);
    }
    // Every required field missing is an error, so a draft without errors is complete.
    draft.complete().ok_or_else(|| vec![Error::new("input", ErrorKind::InternalOverflow)])
}

/// Reads every field of the input, with the errors of those missing or wrong.
pub fn read_draft(value: &Value) -> (Draft, Vec<Error>) {
    let mut f = Fields::of("input", value);
    let failed = !f.errors.is_empty();
    let prefecture = if failed { None } else { read_prefecture(&mut f) };
    if failed {
        let empty = Draft {
            prefecture: None,
            industry: None,
            capital_yen: None,
            company_employees: None,
            site_employees: None,
            wages: DraftWages::Simple { lowest_wage: None, raise_yen: None, raised_workers: None, annual_hours: None },
            investment: None,
            devices: None,
            vehicles: None,
            related: None,
            productivity_met: None,
            sales_drop_15: None,
            profit_drop_3pt: false,
            disqualifying_events: false,
            deemed_large_enterprise: None,
        };
        return (empty, f.errors);
    }
    let industry = f.choice("industry", &INDUSTRIES);
    let capital_yen = f.number_opt("capitalYen", MONEY).map(Yen::new);
    let company_employees = f.number("companyEmployees", PEOPLE).map(int);
    let site_employees = f.number("siteEmployees", PEOPLE).map(int);

    let simple_keys = ["lowestWage", "raiseYen", "raisedWorkers"];
    let wages = if f.has("workers") {
        let given: Vec<&'static str> =
            simple_keys.iter().copied().chain(["annualHours"]).filter(|k| f.has(k)).collect();
        for k in given {
            f.ignore(k);
            f.error(k, ErrorKind::ConflictingFields { other: "workers" });
        }
        // Every worker as far as given, even when another one has a mistake.
        let mut drafts = Vec::new();
        f.list("workers", MAX_WORKERS, |w| {
            let before = w.number("wageBefore", WAGE).map(int);
            let after = w.number("wageAfter", WAGE).map(int);
            let months = w.number("monthsEmployed", MONTHS).map(int);
            let insured = w.flag("insured", true);
            let annual_hours = w.number_opt("annualHours", ANNUAL_HOURS);
            if let (Some(b), Some(a)) = (before, after) {
                if a < b {
                    w.error(
                        "wageAfter",
                        ErrorKind::Inconsistent {
                            other: "wageBefore",
                            why: Message::new("gyomu-kaizen.inconsistent.wage_after_below_before"),
                        },
                    );
                }
            }
            drafts.push(DraftWorker {
                wage_before: before,
                wage_after: after,
                months_employed: months,
                insured,
                annual_hours,
            });
        });
        DraftWages::Workers(drafts)
    } else {
        let lowest_wage = f.number("lowestWage", WAGE).map(int);
        let raise_yen = f.number("raiseYen", RAISE).map(int);
        let raised_workers = f.number("raisedWorkers", PEOPLE).map(int);
        let annual_hours = f.number_opt("annualHours", ANNUAL_HOURS);
        DraftWages::Simple { lowest_wage, raise_yen, raised_workers, annual_hours }
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
                    why: Message::new("gyomu-kaizen.inconsistent.site_above_company"),
                },
            );
        }
    }
    match (&wages, site_employees) {
        (DraftWages::Simple { raised_workers: Some(raised), .. }, Some(s)) if *raised > s => {
            f.error(
                "raisedWorkers",
                ErrorKind::Inconsistent {
                    other: "siteEmployees",
                    why: Message::new("gyomu-kaizen.inconsistent.raised_above_site"),
                },
            );
        }
        // The length of the list is known even while some of its fields are missing.
        (DraftWages::Workers(ws), Some(s)) if i64::try_from(ws.len()).unwrap_or(i64::MAX) > s => {
            f.error(
                "workers",
                ErrorKind::Inconsistent {
                    other: "siteEmployees",
                    why: Message::new("gyomu-kaizen.inconsistent.list_above_site"),
                },
            );
        }
        _ => {}
    }

    let errors = f.finish_errors();
    let draft = Draft {
        prefecture,
        industry,
        capital_yen,
        company_employees,
        site_employees,
        wages,
        investment,
        devices: extras.0,
        vehicles: extras.1,
        related: extras.2,
        productivity_met,
        sales_drop_15,
        profit_drop_3pt,
        disqualifying_events,
        deemed_large_enterprise,
    };
    (draft, errors)
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
    /// Why, in the language of the answer.
    pub message: Message,
}

/// One course of the ruleset as the applicant could choose it: whether the raise reaches it, the
/// workers it counts, its cap and the amount it gives, by the same rules as the answer's own course.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Alternative {
    /// The course in yen.
    pub course: i64,
    pub reached: bool,
    /// 0 when reached; else how many yen more the site's lowest wage must rise to reach it.
    pub raise_needed_yen: i64,
    /// Simple mode: `raisedWorkers`. Detailed mode: the A–D rule on this course; for a course not
    /// reached, as if every worker employed long enough were raised to at least the course's
    /// minimum (the lowest wage + the course), and no further.
    pub counted_workers: i64,
    /// The cap of the course's row; `null` when no worker counts.
    pub cap_yen: Option<Yen>,
    /// What the course gives (0 when the site is not eligible, or the course counts no worker).
    /// For a course not reached: once reached as `countedWorkers` says (simple mode: exactly the
    /// answer to `raiseYen` set to the course).
    pub amount_yen: Yen,
    /// The course the answer takes.
    pub best: bool,
}

/// Why the answer takes its course among those the raise reaches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BestReason {
    /// The raise reaches one course only.
    OnlyCourseReached,
    /// Of the courses reached, this one has the highest cap.
    HighestCap,
    /// Another course reached has the same cap: the higher course is taken.
    HigherCourseOnTie,
    /// No course reached has a cap (no worker counts): the highest course reached is taken.
    HighestCourseReached,
}

impl BestReason {
    /// The step's variant, the same as the code.
    fn code(self) -> &'static str {
        match self {
            BestReason::OnlyCourseReached => "only_course_reached",
            BestReason::HighestCap => "highest_cap",
            BestReason::HigherCourseOnTie => "higher_course_on_tie",
            BestReason::HighestCourseReached => "highest_course_reached",
        }
    }
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
    /// The eligible cost less the subsidy: what the employer pays itself.
    pub out_of_pocket_yen: Yen,
    /// The yearly cost of the raise, when `annualHours` is given (1円未満切捨て).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wage_cost_yen_per_year: Option<Yen>,
    /// Every course of the ruleset, lowest first.
    pub alternatives: Vec<Alternative>,
    /// Why `course` is the one taken; `null` when no course is reached.
    pub best_reason: Option<BestReason>,
    /// The smallest single changes of the input that raise the amount (and the investment ceiling).
    pub hints: Vec<Hint>,
    /// Detailed mode: how each listed worker was counted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub workers: Option<Vec<WorkerResult>>,
    /// The application round that matters on `asOf` for the site's prefecture; `null` where the
    /// sources give no window for the year.
    pub application_window: Option<ApplicationWindow>,
}

/// Where [`calculate`] writes what it finds: into the answer's trace, or nowhere. The quiet runs
/// behind the hints and the what-if grid want the figures only, so the words are built only when
/// they are kept.
pub enum Log<'t> {
    Kept(&'t mut Trace),
    Quiet,
}

impl Log<'_> {
    fn step(&mut self, f: impl FnOnce() -> Step) {
        if let Log::Kept(t) = self {
            t.add(f());
        }
    }
    fn reason(&mut self, f: impl FnOnce() -> Reason) {
        if let Log::Kept(t) = self {
            t.add_reason(f());
        }
    }
    fn notice(&mut self, f: impl FnOnce() -> Notice) {
        if let Log::Kept(t) = self {
            t.notice(f());
        }
    }
    fn keeps(&self) -> bool {
        matches!(self, Log::Kept(_))
    }
}

/// The document a ruleset rests on, and a section of it.
fn cite(rules: &Ruleset, section: &'static str) -> Cite {
    Cite::new(rules.info.documents.first().copied().unwrap_or_default(), section)
}

/// The regional minimum wages (MHLW 「地域別最低賃金の全国一覧」).
const MINIMUM_WAGES: Cite = Cite::new("mhlw-minimum-wage-list", "list");

/// Where the unconfirmed rules are to be checked: the 交付要綱 and 交付要領.
fn grant_rules(section: &'static str) -> Cite {
    Cite::new("mhlw-gyomu-kaizen-kofu-yoko", section)
}

/// `≤` or `>`, as a comparison reads.
fn le(ok: bool) -> Fact {
    Fact::Sym(if ok { "≤" } else { ">" })
}

fn verdict(ok: bool) -> Fact {
    Fact::Term(if ok { "verdict.met" } else { "verdict.not_met" })
}

/// The amount of `input` alone, without the words: the figures the hints and the what-if grid
/// compare (the same calculation as the answer's).
pub fn evaluate(rules: &Ruleset, as_of: Date, input: &Input) -> Result<Output, Overflow> {
    calculate(rules, as_of, input, &mut Log::Quiet)
}

/// One course as [`calculate`] weighs it.
#[derive(Debug, Clone, Copy)]
struct CourseOption {
    course: i64,
    reached: bool,
    raise_needed: i64,
    counted: i64,
    cap: Option<Yen>,
    /// The raised 事業場内最低賃金 with this course: the actual one when reached, else the lowest
    /// wage + the course; `None` when the lowest wage is not known.
    raised_minimum: Option<i64>,
}

/// Course `course` at a site whose lowest wage is `lowest` and whose raise is `raise` (with the
/// raised minimum `raised_min`).
fn course_option(
    rules: &Ruleset,
    wages: &Wages,
    lowest: Option<i64>,
    raise: Option<(i64, i64)>,
    course: i64,
    special: bool,
    col: &dyn Fn(CapCell) -> i64,
) -> CourseOption {
    let reached = raise.is_some_and(|(r, _)| r >= course);
    let raise_needed = if reached { 0 } else { course.saturating_sub(raise.map_or(0, |(r, _)| r)) };
    let months = i64::from(rules.min_months_employed);
    let counted = match (wages, lowest) {
        (Wages::Simple { raised_workers, .. }, _) => *raised_workers,
        (Wages::Workers(ws), Some(lowest)) => {
            let course_min = lowest.saturating_add(course);
            let n = ws
                .iter()
                .filter(|w| {
                    if reached || w.months_employed < months {
                        return classify(rules, w, lowest, course).counted();
                    }
                    // Not reached: raised to the course's minimum, no further.
                    let raised = Worker { wage_after: w.wage_after.max(course_min), ..**w };
                    classify(rules, &raised, lowest, course).counted()
                })
                .count();
            i64::try_from(n).unwrap_or(0)
        }
        (Wages::Workers(_), None) => 0,
    };
    let cap = cap_row(rules.cap_rows, counted, special)
        .and_then(|row| course_caps(rules, course).and_then(|r| r.get(row).copied()))
        .map(|cell| Yen::man(col(cell)));
    let raised_minimum = match (reached, raise, lowest) {
        (true, Some((_, raised)), _) => Some(raised),
        (_, _, Some(l)) => Some(l.saturating_add(course)),
        _ => None,
    };
    CourseOption { course, reached, raise_needed, counted, cap, raised_minimum }
}

fn calculate(rules: &Ruleset, as_of: Date, input: &Input, log: &mut Log<'_>) -> Result<Output, Overflow> {
    // What rules the application out whatever the course; the course's own conditions (reached,
    // workers counted, the raised minimum) are `course_ok`.
    let mut eligible = true;
    log.step(|| Step::new("ruleset", cite(rules, "target")).with("date", as_of).with("ruleset", rules.info.title()));

    // SME test: capital OR employees, by industry.
    let limit = rules.sme.get(input.industry.index()).copied().unwrap_or(SmeLimit { capital_man: 0, employees: 0 });
    let capital_limit = Yen::man(limit.capital_man);
    let capital_ok = input.capital_yen.is_some_and(|c| c <= capital_limit);
    let employees_ok = input.company_employees <= limit.employees;
    let sme = capital_ok || employees_ok;
    log.step(|| {
        let step = Step::new("sme", cite(rules, "sme"))
            .with("industry", Fact::Term(input.industry.term()))
            .with("employees", input.company_employees)
            .with("employees_cmp", le(employees_ok))
            .with("employees_limit", limit.employees)
            .with("verdict", Fact::Term(if sme { "gyomu-kaizen.sme.yes" } else { "gyomu-kaizen.sme.no" }));
        match input.capital_yen {
            Some(c) => step.with("capital", c).with("capital_cmp", le(capital_ok)).with("capital_limit", capital_limit),
            None => step.variant("no_capital"),
        }
    });
    if !sme {
        eligible = false;
        log.reason(|| {
            Reason::new("not_sme")
                .with("industry", Fact::Term(input.industry.term()))
                .with("capital_limit", capital_limit)
                .with("employees_limit", limit.employees)
        });
    }

    if input.disqualifying_events {
        eligible = false;
        log.reason(|| Reason::new("disqualifying_events"));
        log.step(|| Step::new("disqualifying_events", cite(rules, "target")));
    }

    if !rules.productivity_requirement && input.productivity_met == Some(true) {
        log.notice(|| input_not_used("productivityMet", "gyomu-kaizen.feature.productivity", rules));
    }
    match (rules.deemed_large_excluded, input.deemed_large_enterprise) {
        (true, Some(true)) => {
            eligible = false;
            log.reason(|| Reason::new("deemed_large_enterprise"));
            log.step(|| Step::new("deemed_large_enterprise", cite(rules, "target")));
        }
        (false, Some(true)) => {
            log.notice(|| input_not_used("deemedLargeEnterprise", "gyomu-kaizen.feature.deemed_large", rules));
        }
        _ => {}
    }
    // A quiet run needs the window only where it moves the date the wages are judged on.
    let window = if log.keeps() || rules.planning_at_window_close {
        window_and_deadlines(rules, input.prefecture, as_of, log)
    } else {
        None
    };
    if rules.one_application_per_year {
        log.notice(|| {
            Notice::of("one_application_per_year").with("ruleset", rules.info.title()).cite(cite(rules, "target"))
        });
    }
    if let Some(cap) = rules.employer_yearly_cap {
        log.notice(|| {
            Notice::of("employer_yearly_cap")
                .with("ruleset", rules.info.title())
                .with("cap", cap)
                .cite(cite(rules, "caps"))
        });
    }

    // The site's lowest wage: given, or the lowest wage before the raise among workers employed
    // long enough (the leaflet's 「事業場内最低賃金とは？」).
    let months = i64::from(rules.min_months_employed);
    let lowest_wage = match &input.wages {
        Wages::Simple { lowest_wage, .. } => Some(*lowest_wage),
        Wages::Workers(ws) => {
            let lowest = ws.iter().filter(|w| w.months_employed >= months).map(|w| w.wage_before).min();
            match lowest {
                Some(l) => log.step(|| {
                    Step::new("lowest_wage", cite(rules, "lowest_wage")).with("months", months).with("lowest", l)
                }),
                None => {
                    eligible = false;
                    log.reason(|| Reason::new("no_worker_employed_long_enough").with("months", months));
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
    log.step(|| {
        let next = input.prefecture.next_revision_after(judged_on);
        let mut step = Step::new("regional_minimum_wage", MINIMUM_WAGES)
            .with("pref", input.prefecture)
            .with("from", mw_from)
            .with("wage", regional);
        if judged_on != as_of {
            step = step.with("closes", judged_on);
        }
        if let Some((d, w)) = next {
            step = step.with("next_date", d).with("next_wage", w);
        }
        step.variant(match (judged_on != as_of, next.is_some()) {
            (false, false) => "now",
            (false, true) => "next",
            (true, false) => "close",
            (true, true) => "close_next",
        })
    });
    let revision_of = |fy: u16| revision_in_fiscal_year(input.prefecture, fy);
    if let Some(lowest) = lowest_wage {
        if judged_on != as_of && log.keeps() {
            if let Some((from, now)) = input.prefecture.minimum_wage_on(as_of).filter(|(_, w)| lowest < *w) {
                log.notice(|| {
                    Notice::of("below_minimum_wage_in_force")
                        .with("pref", input.prefecture)
                        .with("from", from)
                        .with("wage", now)
                        .with("lowest", lowest)
                        .cite(MINIMUM_WAGES)
                });
            }
        }
        wage_test(rules, as_of, lowest, regional, &revision_of, &mut eligible, log);
    }

    // Special employer ① ② ③.
    let wage_special = lowest_wage.is_some_and(|l| l < rules.special_wage_below);
    let production = rules.production_requirement && input.sales_drop_15 == Some(true);
    if !rules.production_requirement && input.sales_drop_15 == Some(true) {
        log.notice(|| input_not_used("salesDrop15", "gyomu-kaizen.feature.production", rules));
    }
    let special = Special {
        is_special: wage_special || production || input.profit_drop_3pt,
        wage: wage_special,
        production,
        price_hike: input.profit_drop_3pt,
        widened_costs: production || input.profit_drop_3pt,
    };
    if rules.special_wage_unconfirmed {
        log.notice(|| {
            Notice::unconfirmed_rule("special_wage_threshold", grant_rules("special"))
                .with("below", rules.special_wage_below)
        });
    }
    log.step(|| {
        let mut parts = Vec::new();
        if special.wage {
            parts.push(Fact::from(
                Message::new("gyomu-kaizen.special.wage")
                    .with("lowest", lowest_wage.unwrap_or(0))
                    .with("below", rules.special_wage_below),
            ));
        }
        if special.production {
            parts.push(Fact::Term("gyomu-kaizen.special.production"));
        }
        if special.price_hike {
            parts.push(Fact::Term("gyomu-kaizen.special.price_hike"));
        }
        let step = Step::new("special", cite(rules, "special"));
        if special.is_special {
            step.with("parts", Fact::List(parts))
        } else {
            step.variant("no")
        }
    });

    // The raise and the courses it reaches; each course with its workers and cap.
    let under_30 = input.site_employees < 30;
    let col = |cell: CapCell| if under_30 { cell.1 } else { cell.0 };
    let smallest_course = rules.courses.first().copied().unwrap_or(0);
    // (raise, raised minimum): simple mode as given; detailed mode, the lowest wage after the raise
    // among the same workers.
    let raise = match &input.wages {
        Wages::Simple { lowest_wage, raise_yen, .. } => Some((*raise_yen, lowest_wage.saturating_add(*raise_yen))),
        Wages::Workers(ws) => lowest_wage.map(|lowest| {
            let new_min =
                ws.iter().filter(|w| w.months_employed >= months).map(|w| w.wage_after).min().unwrap_or(lowest);
            (new_min.saturating_sub(lowest), new_min)
        }),
    };
    let options: Vec<CourseOption> = rules
        .courses
        .iter()
        .map(|&c| course_option(rules, &input.wages, lowest_wage, raise, c, special.is_special, &col))
        .collect();
    let reached = || options.iter().filter(|o| o.reached);
    // Simple mode: the highest course the raise reaches (the caps never fall with a higher course).
    // Detailed mode: the applicant chooses the course; the estimate takes the one that gives the
    // highest cap among those the raise reaches (a higher course on a tie).
    let chosen = match &input.wages {
        Wages::Simple { .. } => reached().next_back(),
        Wages::Workers(_) => reached().fold(None, |best: Option<&CourseOption>, o| match best {
            Some(b) if o.cap.unwrap_or(Yen::ZERO) < b.cap.unwrap_or(Yen::ZERO) => Some(b),
            _ => Some(o),
        }),
    };
    let course = chosen.map(|o| o.course);
    let best_reason = chosen.map(|o| {
        if reached().count() == 1 {
            BestReason::OnlyCourseReached
        } else if reached().all(|r| r.cap.is_none()) {
            BestReason::HighestCourseReached
        } else if reached().any(|r| r.course != o.course && r.cap == o.cap) {
            BestReason::HigherCourseOnTie
        } else {
            BestReason::HighestCap
        }
    });
    let mut course_ok = true;
    let (counted, worker_results, raised_minimum) = match &input.wages {
        Wages::Simple { raised_workers, .. } => (*raised_workers, None, raise.map(|r| r.1)),
        Wages::Workers(ws) => match (lowest_wage, raise) {
            (Some(lowest), Some((raise_yen, new_min))) => {
                if !rules.insured_only && ws.iter().any(|w| !w.insured) {
                    log.notice(|| input_not_used("workers[].insured", "gyomu-kaizen.feature.insured", rules));
                }
                log.step(|| {
                    Step::new("raise", cite(rules, "courses"))
                        .with("after", new_min)
                        .with("before", lowest)
                        .with("raise", raise_yen)
                });
                let on = course.unwrap_or(smallest_course);
                // Each worker's words only for the answer, and only for the course taken.
                let results = log.keeps().then(|| count_workers(rules, ws, lowest, on));
                let n = match &results {
                    Some(rs) => rs.iter().filter(|r| r.counted).count(),
                    None => ws.iter().filter(|w| classify(rules, w, lowest, on).counted()).count(),
                };
                if !rules.new_hire_rule_confirmed && ws.iter().any(|w| w.months_employed < months) {
                    log.notice(|| {
                        Notice::unconfirmed_rule("new_hires_not_counted", grant_rules("count")).with("months", months)
                    });
                }
                (i64::try_from(n).unwrap_or(0), results, Some(new_min))
            }
            _ => (0, None, None),
        },
    };
    match (chosen, best_reason) {
        (Some(o), Some(why)) => log.step(|| {
            let step = Step::new("course", cite(rules, "courses"))
                .with("raise", raise.map_or(0, |r| r.0))
                .with("course", o.course)
                .with("reached", Fact::List(reached().map(|r| Fact::Int(r.course)).collect()));
            match o.cap {
                Some(cap) => step.with("cap", cap),
                None => step,
            }
            .variant(why.code())
        }),
        _ if lowest_wage.is_some() => {
            course_ok = false;
            log.reason(|| Reason::new("raise_below_course").with("smallest", smallest_course));
        }
        _ => {}
    }
    let revision = rules.raise_must_reach_revision.and_then(|fy| Some((fy, revision_of(fy)?)));
    if let (Some(fy), Some(raised)) = (rules.raise_must_reach_revision, raised_minimum) {
        raise_reaches_revision(rules, fy, raised, revision_of(fy), &mut course_ok, log);
    }
    if course.is_some() {
        log.step(|| {
            let step = Step::new("counted_workers", cite(rules, "count")).with("counted", counted);
            match (&worker_results, &input.wages, rules.insured_only) {
                (_, Wages::Workers(ws), false) => step.with("listed", ws.len()).variant("list"),
                (_, Wages::Workers(ws), true) => step.with("listed", ws.len()).variant("list_insured"),
                (_, Wages::Simple { .. }, true) => step.with("months", months).variant("insured"),
                (_, Wages::Simple { .. }, false) => step,
            }
        });
        if counted < 1 {
            course_ok = false;
            log.reason(|| Reason::new("no_raised_workers"));
        }
    }

    // Cap by course, number of workers and site size.
    let row = cap_row(rules.cap_rows, counted, special.is_special);
    let cap = match (course, row) {
        (Some(c), Some(row)) => course_caps(rules, c).and_then(|r| r.get(row).copied()).map(|cell| Yen::man(col(cell))),
        _ => None,
    };
    if let (Some(c), Some(cap), Some(row)) = (course, cap, row) {
        log.step(|| {
            Step::new("cap", cite(rules, "caps"))
                .with("course", c)
                .with("row", cap_row_label(rules.cap_rows, row))
                .with(
                    "size",
                    Fact::Term(if under_30 { "gyomu-kaizen.size.under_30" } else { "gyomu-kaizen.size.30_or_more" }),
                )
                .with("cap", cap)
                .yen(cap)
        });
        if rules.caps_unconfirmed {
            log.notice(|| {
                Notice::unconfirmed_rule("cap_table", cite(rules, "caps")).with("ruleset", rules.info.title())
            });
        }
    }

    // Rate by the lowest wage before the raise, with the 生産性要件.
    let rate = lowest_wage.and_then(|l| {
        let band = rules.rate_bands.iter().find(|b| b.below.map_or(true, |below| l < below))?;
        let (rate, bracket) = match (input.productivity_met, band.with_productivity) {
            (Some(true), Some(p)) => (p, true),
            _ => (band.rate, false),
        };
        log.step(|| {
            let step = Step::new("rate", cite(rules, "rate")).with("lowest", l).with("rate", rate);
            match (band.below, bracket) {
                (Some(b), false) => step.with("below", b),
                (Some(b), true) => step.with("below", b).variant("productivity"),
                (None, false) => step.variant("top"),
                (None, true) => step.variant("top_productivity"),
            }
        });
        Some(rate)
    });

    let cost = eligible_cost(rules, input, special, log)?;
    log.notice(|| Notice::unconfirmed_rule("cost_excluding_tax", grant_rules("tax")));
    if cost.is_zero() {
        eligible = false;
        log.reason(|| Reason::new("no_investment"));
    } else if let Some(minimum) = rules.minimum_cost.filter(|m| cost < *m) {
        eligible = false;
        log.reason(|| Reason::new("cost_below_minimum").with("cost", cost).with("minimum", minimum));
        log.notice(|| Notice::unconfirmed_rule("minimum_cost", cite(rules, "costs")).with("minimum", minimum));
    }

    if rules.apply_after_raise && input.site_employees < 50 {
        log.notice(|| Notice::of("may_apply_after_raise").cite(cite(rules, "expansion")));
    }

    // Amount: the lower of cost × rate and the cap, then the rounding step.
    let mut amount = Yen::ZERO;
    if let (Some(rate), Some(cap)) = (rate, cap) {
        let product = cost.checked_mul_rate(rate)?;
        let lower = product.min(cap);
        log.step(|| {
            Step::new("amount_vs_cap", cite(rules, "amount"))
                .with("cost", cost)
                .with("rate", rate)
                .with("product", product)
                .with("cmp", Fact::Sym(if product > cap { ">" } else { "≤" }))
                .with("cap", cap)
                .with("amount", lower)
                .yen(lower)
        });
        let rounded = truncate_to_thousand_yen(lower)?;
        log.notice(|| Notice::unconfirmed_rule("round_thousand_yen", grant_rules("rounding")));
        if eligible && course_ok {
            amount = rounded;
        }
        log.step(|| {
            Step::new("round_thousand_yen", grant_rules("rounding"))
                .with("before", lower)
                .with("after", rounded)
                .yen(rounded)
        });
    }
    if !(eligible && course_ok) {
        log.step(|| Step::new("not_eligible", cite(rules, "target")).yen(Yen::ZERO));
    }

    // Every course by the same rules: what it would give, had the applicant taken it.
    let mut alternatives = Vec::with_capacity(if log.keeps() { options.len() } else { 0 });
    for o in options.iter().filter(|_| log.keeps()) {
        let reaches_new_minimum = match (revision, o.raised_minimum) {
            (Some((_, (_, wage))), Some(raised)) => raised >= wage,
            (Some(_), None) => false,
            (None, _) => true,
        };
        let gives = eligible && o.counted >= 1 && reaches_new_minimum;
        let amount_yen = match (rate, o.cap) {
            (Some(rate), Some(cap)) if gives => truncate_to_thousand_yen(cost.checked_mul_rate(rate)?.min(cap))?,
            _ => Yen::ZERO,
        };
        alternatives.push(Alternative {
            course: o.course,
            reached: o.reached,
            raise_needed_yen: o.raise_needed,
            counted_workers: o.counted,
            cap_yen: o.cap,
            amount_yen,
            best: course == Some(o.course),
        });
    }

    Ok(Output {
        eligible: eligible && course_ok,
        amount_yen: amount,
        cap_yen: cap,
        rate,
        course,
        counted_workers: counted,
        special,
        lowest_wage_yen: lowest_wage,
        regional_minimum_wage_yen: regional,
        eligible_cost_yen: cost,
        out_of_pocket_yen: cost.checked_sub(amount)?,
        wage_cost_yen_per_year: wage_cost(&input.wages)?,
        alternatives,
        best_reason,
        hints: Vec::new(),
        workers: worker_results,
        application_window: window,
    })
}

/// The yearly cost of the raise, where hours are given: simple mode, raise × `annualHours` ×
/// `raisedWorkers`; detailed mode, Σ (wageAfter − wageBefore) × `annualHours` over the listed
/// workers whose wage rises and who have hours (counted or not: the employer pays every raise).
/// Rounding step 1円未満切捨て on the total.
fn wage_cost(wages: &Wages) -> Result<Option<Yen>, Overflow> {
    let total = match wages {
        Wages::Simple { raise_yen, raised_workers, annual_hours: Some(h), .. } => Decimal::from(*raise_yen)
            .checked_mul(*h)
            .and_then(|x| x.checked_mul(Decimal::from(*raised_workers)))
            .ok_or(Overflow)?,
        Wages::Simple { annual_hours: None, .. } => return Ok(None),
        Wages::Workers(ws) => {
            if ws.iter().all(|w| w.annual_hours.is_none()) {
                return Ok(None);
            }
            let mut total = Decimal::ZERO;
            for w in ws {
                let raise = w.wage_after.saturating_sub(w.wage_before);
                if let (Some(h), true) = (w.annual_hours, raise > 0) {
                    let cost = Decimal::from(raise).checked_mul(h).ok_or(Overflow)?;
                    total = total.checked_add(cost).ok_or(Overflow)?;
                }
            }
            total
        }
    };
    Ok(Some(truncate_to_yen(Yen::new(total))))
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
    log: &mut Log<'_>,
) {
    let gap = lowest.saturating_sub(regional);
    let within_gap = rules.max_wage_gap.map(|max| gap <= max);
    // A site below the revised minimum wage of the ruleset's year, from the date the year allows it.
    let widening = rules.below_revision.filter(|b| as_of >= b.from);
    let revision = widening.and_then(|b| revision_of(b.fiscal_year));
    let below_revision = revision.filter(|(_, w)| lowest < *w);
    let below_minimum = lowest < regional;
    let ok = !below_minimum && (within_gap == Some(true) || below_revision.is_some());
    if below_minimum {
        *eligible = false;
        log.reason(|| Reason::new("below_regional_minimum_wage").with("lowest", lowest).with("regional", regional));
    } else if !ok {
        *eligible = false;
        log.reason(|| match (rules.max_wage_gap, revision) {
            (Some(max), _) => Reason::new("wage_gap_too_large").with("gap", gap).with("max", max),
            (None, Some((date, wage))) => Reason::new("not_below_new_minimum_wage")
                .with("lowest", lowest)
                .with("revision_date", date)
                .with("revision_wage", wage),
            (None, None) => Reason::new("new_minimum_wage_not_known"),
        });
    }
    log.step(|| {
        let source = cite(rules, "target");
        let step = match (rules.max_wage_gap, revision, widening) {
            (Some(max), Some((rev_date, rev_wage)), Some(b))
                if within_gap == Some(false) && below_revision.is_some() =>
            {
                Step::new("wage_gap", source)
                    .with("max", max)
                    .with("from", b.from)
                    .with("revision_date", rev_date)
                    .with("revision_wage", rev_wage)
                    .variant("widened")
            }
            (Some(max), _, _) => {
                Step::new("wage_gap", source).with("cmp", le(within_gap == Some(true))).with("max", max)
            }
            (None, Some((rev_date, rev_wage)), _) => Step::new("below_new_minimum_wage", source)
                .with("cmp", Fact::Sym(if lowest < rev_wage { "<" } else { "≥" }))
                .with("revision_date", rev_date)
                .with("revision_wage", rev_wage),
            (None, None, _) => Step::new("below_new_minimum_wage", source).variant("unknown"),
        };
        step.with("lowest", lowest).with("regional", regional).with("gap", gap).with("verdict", verdict(ok))
    });
}

/// FY2026: the raised 事業場内最低賃金 must reach the new regional minimum wage (unconfirmed as a
/// subsidy rule; it follows from the law once the new wage takes effect).
fn raise_reaches_revision(
    rules: &Ruleset,
    fy: u16,
    raised: i64,
    revision: Option<(Date, i64)>,
    eligible: &mut bool,
    log: &mut Log<'_>,
) {
    let Some((date, wage)) = revision else { return };
    let reaches = raised >= wage;
    log.step(|| {
        Step::new("raised_minimum_reaches_new_minimum_wage", cite(rules, "target"))
            .with("raised", raised)
            .with("cmp", Fact::Sym(if reaches { "≥" } else { "<" }))
            .with("revision_date", date)
            .with("revision_wage", wage)
            .with("verdict", verdict(reaches))
    });
    log.notice(|| {
        Notice::unconfirmed_rule("raise_reaches_new_minimum_wage", cite(rules, "target"))
            .with("fiscal_year", crate::programs::fiscal_year(fy))
    });
    if !reaches {
        *eligible = false;
        log.reason(|| {
            Reason::new("raise_below_new_minimum_wage")
                .with("raised", raised)
                .with("revision_date", date)
                .with("revision_wage", wage)
        });
    }
}

/// The costs the ruleset counts besides the investment, for a special employer: (devices,
/// vehicles, related costs given), the last two 0 where the year does not count them.
fn counted_extras(rules: &Ruleset, devices: Yen, vehicles: Yen, related: Yen) -> (Yen, Yen, Yen) {
    let vehicles = if rules.vehicles_eligible { vehicles } else { Yen::ZERO };
    let related_given = if rules.related_costs_eligible { related } else { Yen::ZERO };
    (devices, vehicles, related_given)
}

/// The eligible cost of a special employer whose costs are widened: the investment, PCs etc. and
/// vehicles, plus related costs up to that sum. Returns (that sum, the related costs, the cost).
fn widened_cost(investment: Yen, extras: (Yen, Yen, Yen)) -> Result<(Yen, Yen, Yen), Overflow> {
    let (devices, vehicles, related_given) = extras;
    let base = investment.checked_add(devices)?.checked_add(vehicles)?;
    let related = related_given.min(base);
    Ok((base, related, base.checked_add(related)?))
}

/// The eligible cost: the investment, widened for special employers by the costs the year allows.
fn eligible_cost(rules: &Ruleset, input: &Input, special: Special, log: &mut Log<'_>) -> Result<Yen, Overflow> {
    if !rules.vehicles_eligible && !input.vehicles.is_zero() {
        log.notice(|| input_not_used("extraCosts.vehiclesYen", "gyomu-kaizen.feature.vehicles", rules));
    }
    if !rules.related_costs_eligible && !input.related.is_zero() {
        log.notice(|| input_not_used("extraCosts.relatedYen", "gyomu-kaizen.feature.related", rules));
    }
    let extras = counted_extras(rules, input.devices, input.vehicles, input.related);
    let (_, vehicles, related_given) = extras;
    let requirement = Fact::Term(if rules.production_requirement {
        "gyomu-kaizen.requirement.production_or_prices"
    } else {
        "gyomu-kaizen.requirement.prices"
    });
    let all_extras = rules.vehicles_eligible || rules.related_costs_eligible;
    let step = || Step::new("eligible_cost", cite(rules, "costs")).with("investment", input.investment);
    if special.widened_costs {
        let (base, related, cost) = widened_cost(input.investment, extras)?;
        log.step(|| {
            let step = step().with("devices", input.devices).with("cost", cost);
            if all_extras {
                step.with("vehicles", vehicles)
                    .with("base", base)
                    .with("related_given", related_given)
                    .with("related", related)
                    .variant("widened")
            } else {
                step.variant("widened_devices")
            }
            .yen(cost)
        });
        return Ok(cost);
    }
    let extras = input.devices.checked_add(vehicles)?.checked_add(related_given)?;
    if extras.is_zero() {
        log.step(|| step().yen(input.investment));
    } else {
        log.notice(|| {
            let notice =
                Notice::of("costs_not_eligible").with("requirement", requirement.clone()).cite(cite(rules, "costs"));
            if all_extras {
                notice
            } else {
                notice.variant("devices")
            }
        });
        log.step(|| {
            step()
                .with(
                    "extras_what",
                    Fact::Term(if all_extras { "gyomu-kaizen.extras.all" } else { "gyomu-kaizen.extras.devices" }),
                )
                .with("extras", extras)
                .with("requirement", requirement.clone())
                .variant("excluded")
                .yen(input.investment)
        });
    }
    Ok(input.investment)
}

/// `input_not_used`: a field this ruleset does not use, accepted (a saved link from another year
/// still loads) and ignored.
fn input_not_used(field: &'static str, what: &'static str, rules: &Ruleset) -> Notice {
    Notice::of("input_not_used")
        .rule(field)
        .with("ruleset", rules.info.title())
        .with("what", Fact::Term(what))
        .with("field", Fact::Raw(field.into()))
        .cite(cite(rules, "target"))
}

/// The application window of the site's prefecture and the completion deadline: a step naming
/// them, and a notice when the window is closed or not yet open.
fn window_and_deadlines(
    rules: &Ruleset,
    prefecture: &'static Prefecture,
    as_of: Date,
    log: &mut Log<'_>,
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
    if !log.keeps() {
        return window;
    }
    let completion = match rules.completion {
        Some(c) => match c.with_reasons {
            Some(r) => Message::new("gyomu-kaizen.completion.with_reasons").with("by", c.by).with("with_reasons", r),
            None => Message::new("gyomu-kaizen.completion").with("by", c.by),
        },
        None => Message::new("gyomu-kaizen.completion.unknown"),
    };
    let window_words = match window {
        Some(w) => {
            let round = match w.round {
                Some(n) => Fact::from(Message::new("gyomu-kaizen.window.round").with("round", i64::from(n))),
                None => Fact::Raw("".into()),
            };
            match w.opens {
                Some(o) => Message::new("gyomu-kaizen.window.span")
                    .with("round", round)
                    .with("opens", o)
                    .with("closes", w.closes)
                    .with("pref", prefecture),
                None => Message::new("gyomu-kaizen.window.until").with("closes", w.closes),
            }
        }
        None => {
            log.notice(|| Notice::of("deadlines_not_known").with("ruleset", rules.info.title()));
            Message::new("gyomu-kaizen.window.unknown")
        }
    };
    log.step(|| {
        Step::new("deadlines", cite(rules, "deadlines")).with("window", window_words).with("completion", completion)
    });
    if let Some(n) = window.and_then(|w| w.notice()) {
        log.notice(|| n.cite(cite(rules, "deadlines")));
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
fn cap_row_label(rows: &[CapRow], row: usize) -> Message {
    let Some(r) = rows.get(row) else { return Message::new("gyomu-kaizen.row.one") };
    if r.special_only {
        return Message::new("gyomu-kaizen.row.special").with("from", r.from);
    }
    let next = rows.iter().skip(row.saturating_add(1)).find(|n| !n.special_only);
    match next.map(|n| n.from.saturating_sub(1)) {
        Some(1) if r.from == 1 => Message::new("gyomu-kaizen.row.one"),
        Some(to) if to == r.from => Message::new("gyomu-kaizen.row.exactly").with("from", r.from),
        Some(to) => Message::new("gyomu-kaizen.row.range").with("from", r.from).with("to", to),
        None => Message::new("gyomu-kaizen.row.from").with("from", r.from),
    }
}

fn course_caps(rules: &Ruleset, course: i64) -> Option<&'static [CapCell]> {
    let i = rules.courses.iter().position(|c| *c == course)?;
    rules.caps.get(i).copied()
}

/// The leaflet's A–D rule at a site whose lowest wage is `lowest`, on course `course`: a worker
/// counts when their wage before is below the raised minimum (they are at the lowest wage, or would
/// be overtaken by it) and their own raise is at least the course amount.
fn count_workers(rules: &Ruleset, ws: &[Worker], lowest: i64, course: i64) -> Vec<WorkerResult> {
    let months = rules.min_months_employed;
    let raised_min = lowest.saturating_add(course);
    ws.iter()
        .enumerate()
        .map(|(index, w)| {
            let raise = w.wage_after.saturating_sub(w.wage_before);
            let counting = classify(rules, w, lowest, course);
            let mut key = String::from("gyomu-kaizen.worker.");
            key.push_str(counting.code());
            let message = match counting {
                Counting::NewHire => Message::new(key).with("months", months),
                Counting::NotInsured => Message::new(key),
                Counting::AlreadyAbove => Message::new(key).with("raised_min", raised_min),
                Counting::RaisedTooLittle => Message::new(key).with("raise", raise).with("course", course),
                Counting::AtLowest | Counting::Overtaken => Message::new(key).with("raise", raise),
            };
            WorkerResult { index, counted: counting.counted(), code: counting.code(), message }
        })
        .collect()
}

/// How the leaflet's A–D rule places one worker on a course.
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
        let label = |rules: &Ruleset, row| cap_row_label(rules.cap_rows, row).render_in(&crate::catalog::LANGUAGES[0]);
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
        assert_eq!(cap_row_label(fy2026.cap_rows, 1).render_in(&crate::catalog::LANGUAGES[1]), "2–3 workers");
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

    /// Simple mode takes the highest course reached as the one with the highest cap, and the
    /// exact bounds of a partial answer take the most workers and the largest raise as the most:
    /// both rest on caps that never fall with a higher course or more workers.
    #[test]
    fn no_cap_falls_with_a_higher_course_or_a_later_row() {
        for rules in RULESETS {
            for size in [|c: &CapCell| c.0, |c: &CapCell| c.1] {
                for pair in rules.caps.windows(2) {
                    for (low, high) in pair[0].iter().zip(pair[1].iter()) {
                        assert!(size(low) <= size(high), "{}", rules.info.id);
                    }
                }
                for course in rules.caps {
                    assert!(course.windows(2).all(|w| size(&w[0]) <= size(&w[1])), "{}", rules.info.id);
                }
            }
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
