//! 働き方改革推進支援助成金 適用猶予業種等対応コース (Work Style Reform Subsidy, course for the sectors
//! whose overtime caps started in April 2024), program id `hatarakikata-yuyo`.
//!
//! An SME in trucking, construction or medicine chooses goals (成果目標); each goal reached opens a
//! cap, a wage raise adds a bonus, and the subsidy is the lower of (the caps reached + the bonus) and
//! (eligible cost × 3/4, or 4/5 for small employers buying efficiency equipment).
//! Rules: seed 004, the three leaflets dated 2023.4, restated in RULES.md §2.
//!
//! Where the leaflets are silent, the engine decides as follows (each marked in the answer with an
//! `unconfirmed_rule` notice when it is used):
//! - annual days off convert to days per 4 weeks by the seed's formula, and the result is truncated
//!   to whole days (小数点以下切捨て, the MHLW Q&A as quoted for the later 業種別課題対応コース);
//! - more than 30 raised workers get the 11–30 row's maximum (the table's 上限);
//! - the wage-raise bonus is paid only with a goal reached (the leaflets add it 「上記の成果目標に加えて」);
//! - the amount is truncated to whole 1,000 yen (RULES.md §1.1, as for 業務改善助成金).
//!
//! The 砂糖製造業 sector (`sugar`) belongs to the course, but its figures are not in the seed: it is
//! recognised and answered as not computable, with no figures made up (RULES.md §2.1).
//!
//! From FY2024 the course became the 業種別課題対応コース, whose figures are not modelled (RULES.md
//! §2.2). A later `asOf` is still answered with the FY2023 tables, never silently: the notice
//! `rules_not_modelled` names the course, says the amount follows FY2023, and gives the year's
//! application window where it is known.
//!
//! The rules record typed facts; the words are the catalogs' (`catalogs/<lang>/hatarakikata-yuyo.txt`),
//! and every step cites the section of the leaflet it rests on.

mod decide;
mod r2023_04;

use crate::catalog::{Fact, Message};
use crate::date::Date;
use crate::error::{Error, ErrorKind, Unit};
use crate::explain::{Notice, Reason, Step, Trace};
use crate::money::{truncate_to_thousand_yen, Overflow, Rate, Yen};
use crate::programs::decision::{self, Bounds, Grid, Hint};
use crate::programs::{fiscal_year, overflowed, ruleset_at, Outcome, Program, RulesetInfo};
use crate::quantity::Quantity;
use crate::sources::Cite;
use crate::value::{Fields, Range, Value, MONEY, MONTH_HOURS, PEOPLE};
use crate::window::{ApplicationWindow, Round};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::{Decimal, RoundingStrategy};
use serde::Serialize;

/// The figures of one ruleset.
#[derive(Debug)]
pub struct Ruleset {
    pub info: RulesetInfo,
    pub transport: SectorRules,
    pub construction: SectorRules,
    pub hospital: SectorRules,
    /// Wage-raise bonus tables, the highest raise first.
    pub bonus: [BonusTable; 2],
    /// Employers with this many regular workers or fewer use the `small` bonus cells, and may get
    /// the raised rate.
    pub small_employer_max: i64,
    /// 補助率.
    pub rate: Rate,
    /// 補助率 for small employers whose measures ⑥–⑦ cost more than `raised_rate_efficiency_over`.
    pub raised_rate: Rate,
    pub raised_rate_efficiency_over: Yen,
    /// Applications may close on or before this day when the budget runs out.
    pub budget_close_by: Date,
    /// Where the leaflets say so.
    pub budget_source: Cite,
    /// The name of the course in the years after this ruleset (a catalog term).
    pub later_course: &'static str,
    /// The document that describes the course of the later years.
    pub later_source: Cite,
    /// Where 砂糖製造業 is named among the sectors of the course.
    pub sugar_source: Cite,
    /// The application window of each fiscal year known, oldest first: this ruleset's year, then
    /// the later years that are answered with this ruleset and `rules_not_modelled`.
    pub windows: &'static [FiscalYearWindow],
}

/// The application window of one fiscal year (年度), and the document that gives it.
#[derive(Debug, Clone, Copy)]
pub struct FiscalYearWindow {
    pub fiscal_year: u16,
    pub round: Round,
    pub source: Cite,
}

/// The rules of one sector.
#[derive(Debug)]
pub struct SectorRules {
    /// SME test: capital (資本金・出資額) at most this, OR at most `sme_employees` regular workers.
    pub sme_capital: Yen,
    pub sme_employees: i64,
    /// 成果目標①: the rows of the overtime table; the goal takes the highest cap among the rows it meets.
    pub overtime: &'static [OvertimeRow],
    /// 成果目標② 勤務間インターバル (transport, hospital).
    pub interval: Option<IntervalRules>,
    /// 成果目標② 所定休日の増加 (construction).
    pub holidays: Option<HolidayRules>,
    /// 成果目標③ 医師の働き方改革 (hospital): its cap.
    pub doctors: Option<Yen>,
    /// The 助成額最大 the leaflet states: a check on the tables, not a rule.
    pub stated_maximum: Yen,
    pub sources: Sources,
}

/// The sections of the sector's leaflet that the steps rest on.
#[derive(Debug)]
pub struct Sources {
    /// The leaflet as a whole (「…（運送業）のご案内」).
    pub course: Cite,
    /// 対象事業主.
    pub target: Cite,
    /// 対象事業主 ※1 中小企業事業主の範囲.
    pub sme: Cite,
    /// 成果目標.
    pub goals: Cite,
    /// 1. 成果目標①の上限額.
    pub overtime: Cite,
    /// 2. 成果目標②の上限額.
    pub second: Cite,
    /// 3. 成果目標③の上限額 (hospital).
    pub doctors: Option<Cite>,
    /// 賃金引き上げの達成時の加算額.
    pub bonus: Cite,
    /// 助成額.
    pub amount: Cite,
}

/// A row of the overtime table: the current 36協定 sets more than `before_over` hours a month and
/// the new one at most `after_at_most`.
#[derive(Debug, Clone, Copy)]
pub struct OvertimeRow {
    pub before_over: i64,
    pub after_at_most: i64,
    pub cap: Yen,
}

#[derive(Debug, Clone, Copy)]
pub struct IntervalRules {
    /// By the shortest rest between shifts, lowest band first.
    pub bands: [IntervalBand; 2],
    /// The goal needs overtime over 45 hours in some month of the past 2 years.
    pub needs_past_overtime: bool,
}

/// A band of the interval table: from `from_hours` of rest, a cap for a new interval and one for
/// only widening or lengthening an existing one.
#[derive(Debug, Clone, Copy)]
pub struct IntervalBand {
    pub from_hours: i64,
    pub new: Yen,
    pub extend: Yen,
}

#[derive(Debug, Clone, Copy)]
pub struct HolidayRules {
    /// Cap per day off added per 4 weeks.
    pub per_day: Yen,
    /// Days counted at most.
    pub max_days: i64,
    /// The current days off per 4 weeks must be in `before_min..=before_max`.
    pub before_min: i64,
    pub before_max: i64,
    /// Annual days convert as annual ÷ (`year_days` ÷ `week_days`) × `weeks`.
    pub year_days: i64,
    pub week_days: i64,
    pub weeks: i64,
}

/// The bonus for one raise (3 % or more, 5 % or more).
#[derive(Debug, Clone, Copy)]
pub struct BonusTable {
    pub min_percent: i64,
    /// Employers of `small_employer_max` regular workers or fewer.
    pub small: BonusCells,
    pub large: BonusCells,
}

/// The bonus cells of one row: up to N workers → a figure, then per worker up to `per_worker_to`
/// workers, at most `per_worker_max`.
#[derive(Debug, Clone, Copy)]
pub struct BonusCells {
    pub bands: [(i64, Yen); 3],
    pub per_worker: Yen,
    pub per_worker_to: i64,
    pub per_worker_max: Yen,
}

static RULESETS: [&Ruleset; 1] = [&r2023_04::RULESET];

/// Input ranges (README "Input ranges"); money, people and monthly hours are shared (`value.rs`).
const INTERVAL_HOURS: Range = Range::decimal(0, 24, Unit::Hours);
const DAYS_PER_4_WEEKS: Range = Range::whole(0, 28, Unit::Days);
const DAYS_PER_YEAR: Range = Range::whole(0, 366, Unit::Days);
const PERCENT: Range = Range::decimal(0, 100, Unit::Percent);

/// The catalog keys of this program start with this.
const PROGRAM: &str = "hatarakikata-yuyo";

pub struct HatarakikataYuyo;

impl Program for HatarakikataYuyo {
    fn id(&self) -> &'static str {
        PROGRAM
    }
    fn rulesets(&self) -> Vec<&'static RulesetInfo> {
        RULESETS.iter().map(|r| &r.info).collect()
    }
    /// To the end of the last fiscal year with a known window: `rules_not_modelled` names that
    /// year's course and window, which says more than `no_ruleset_for_date`.
    fn later_rules_described_to(&self) -> Option<Date> {
        let last = RULESETS.last()?.windows.last()?;
        Some(Date::ymd(last.fiscal_year.saturating_add(1), 3, 31))
    }
    fn run(&self, ruleset: usize, as_of: Date, input: &Value, trace: &mut Trace) -> Result<Outcome, Vec<Error>> {
        let rules = ruleset_at(&RULESETS, ruleset)?;
        let result = match read_input(rules, input)? {
            Request::Sugar => Ok(answer_sugar(rules, as_of, trace)),
            Request::Covered(input) => calculate(rules, as_of, &input, trace).and_then(|mut out| {
                out.hints = decide::hints(rules, as_of, &input, &out)?;
                Ok(out)
            }),
        };
        result.map(Outcome::HatarakikataYuyo).map_err(overflowed)
    }
    fn bounds(&self, ruleset: usize, as_of: Date, input: &Value) -> Option<Bounds> {
        let rules = RULESETS.get(ruleset)?;
        let (draft, errors) = read_draft(rules, input);
        if !decision::only_missing_input(&errors) {
            return None;
        }
        match draft {
            DraftRequest::Sugar => Some(Bounds { min_yen: Yen::ZERO, max_yen: Yen::ZERO }),
            DraftRequest::Covered(d) => decide::bounds(rules, as_of, &d).ok(),
        }
    }
    fn partial_window(&self, ruleset: usize, as_of: Date, _input: &Value, trace: &mut Trace) -> Option<ApplicationWindow> {
        let rules = RULESETS.get(ruleset)?;
        // The window's step is the complete answer's; a partial answer keeps its notices only.
        let mut scratch = Trace::new(trace.program);
        let window = later_years_and_window(rules, as_of, &mut scratch);
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
        values: &[Decimal],
    ) -> Result<Grid, Vec<Error>> {
        let rules = ruleset_at(&RULESETS, ruleset)?;
        decide::what_if(rules, as_of, input, field, values)
    }
}

/// The sector (業種) of the course.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sector {
    Transport,
    Construction,
    Hospital,
    /// 砂糖製造業: recognised, but its figures are not known.
    Sugar,
}

const SECTORS: [(&str, Sector); 4] = [
    ("transport", Sector::Transport),
    ("construction", Sector::Construction),
    ("hospital", Sector::Hospital),
    ("sugar", Sector::Sugar),
];

impl Sector {
    fn id(self) -> &'static str {
        match self {
            Sector::Transport => "transport",
            Sector::Construction => "construction",
            Sector::Hospital => "hospital",
            Sector::Sugar => "sugar",
        }
    }
    /// The catalog key of the sector's name.
    fn term(self) -> &'static str {
        match self {
            Sector::Transport => "hatarakikata-yuyo.sector.transport",
            Sector::Construction => "hatarakikata-yuyo.sector.construction",
            Sector::Hospital => "hatarakikata-yuyo.sector.hospital",
            Sector::Sugar => "hatarakikata-yuyo.sector.sugar",
        }
    }
    /// The sector's rules; `None` for sugar, whose figures are not known.
    fn rules(self, ruleset: &Ruleset) -> Option<&SectorRules> {
        match self {
            Sector::Transport => Some(&ruleset.transport),
            Sector::Construction => Some(&ruleset.construction),
            Sector::Hospital => Some(&ruleset.hospital),
            Sector::Sugar => None,
        }
    }
}

/// A goal (成果目標) as the input and the answer name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Goal {
    Overtime,
    Interval,
    Holidays,
    Doctors,
}

impl Goal {
    fn id(self) -> &'static str {
        match self {
            Goal::Overtime => "overtime",
            Goal::Interval => "interval",
            Goal::Holidays => "holidays",
            Goal::Doctors => "doctors",
        }
    }
    fn step_id(self) -> &'static str {
        match self {
            Goal::Overtime => "goal_overtime",
            Goal::Interval => "goal_interval",
            Goal::Holidays => "goal_holidays",
            Goal::Doctors => "goal_doctors",
        }
    }
    /// The section of the leaflet with the goal's cap.
    fn source(self, sr: &SectorRules) -> Cite {
        match self {
            Goal::Overtime => sr.sources.overtime,
            Goal::Interval | Goal::Holidays => sr.sources.second,
            Goal::Doctors => sr.sources.doctors.unwrap_or(sr.sources.goals),
        }
    }
    /// The catalog key of the goal's short name.
    fn term(self) -> &'static str {
        match self {
            Goal::Overtime => "hatarakikata-yuyo.goal.overtime",
            Goal::Interval => "hatarakikata-yuyo.goal.interval",
            Goal::Holidays => "hatarakikata-yuyo.goal.holidays",
            Goal::Doctors => "hatarakikata-yuyo.goal.doctors",
        }
    }
    /// Whether the sector offers the goal, from its rules.
    fn offered_by(self, rules: &SectorRules) -> bool {
        match self {
            Goal::Overtime => true,
            Goal::Interval => rules.interval.is_some(),
            Goal::Holidays => rules.holidays.is_some(),
            Goal::Doctors => rules.doctors.is_some(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IntervalKind {
    /// 新規導入.
    New,
    /// 適用範囲の拡大・時間延長のみ: half the cap.
    Extend,
}

const INTERVAL_KINDS: [(&str, IntervalKind); 2] = [("new", IntervalKind::New), ("extend", IntervalKind::Extend)];

/// Monthly overtime + holiday work set in the 36協定, before and after.
#[derive(Debug, Clone, Copy)]
pub struct Overtime {
    pub before_hours: Decimal,
    pub after_hours: Decimal,
}

#[derive(Debug, Clone, Copy)]
pub struct Interval {
    /// The shortest rest between shifts, in hours.
    pub hours: Decimal,
    pub kind: IntervalKind,
}

/// Scheduled days off, per 4 weeks or per year.
#[derive(Debug, Clone, Copy)]
pub enum Holidays {
    PerFourWeeks { before: i64, after: i64 },
    Annual { before: i64, after: i64 },
}

#[derive(Debug, Clone, Copy, Default)]
pub struct Goals {
    pub overtime: Option<Overtime>,
    pub interval: Option<Interval>,
    pub holidays: Option<Holidays>,
    /// Given: whether every doctor work-style item is done.
    pub doctors: Option<bool>,
}

#[derive(Debug, Clone, Copy)]
pub struct WageRaise {
    /// The raise of the hourly wage, in percent (3 and 5 are the leaflet's steps).
    pub percent: Decimal,
    pub workers: i64,
}

/// The validated input for transport, construction and hospitals.
#[derive(Debug, Clone)]
pub struct Input {
    pub sector: Sector,
    pub capital_yen: Option<Yen>,
    pub employees: i64,
    pub agreement36: bool,
    pub paid_leave_rules: bool,
    pub past_overtime_over_45h: bool,
    pub cost: Yen,
    pub efficiency_cost: Yen,
    pub goals: Goals,
    pub wage_raise: Option<WageRaise>,
}

/// A read request: a sector with figures, or sugar.
#[derive(Debug, Clone)]
enum Request {
    Covered(Input),
    Sugar,
}

/// Every field of the input besides `sector`: a sugar request may carry them, and they are not read.
const OTHER_FIELDS: [&str; 9] = [
    "capitalYen",
    "employees",
    "agreement36",
    "paidLeaveRules",
    "pastOvertimeOver45h",
    "costYen",
    "efficiencyCostYen",
    "goals",
    "wageRaise",
];

fn int(d: Decimal) -> i64 {
    d.to_i64().unwrap_or(i64::MAX)
}

/// The goals as far as the form has them: each goal given, with `None` where a field of it is
/// missing (or wrong).
#[derive(Debug, Clone, Copy, Default)]
pub struct DraftGoals {
    pub overtime: Option<(Option<Decimal>, Option<Decimal>)>,
    pub interval: Option<(Option<Decimal>, Option<IntervalKind>)>,
    pub holidays: Option<DraftHolidays>,
    pub doctors: Option<bool>,
}

/// Days off as far as given.
#[derive(Debug, Clone, Copy)]
pub enum DraftHolidays {
    PerFourWeeks { before: Option<i64>, after: Option<i64> },
    Annual { before: Option<i64>, after: Option<i64> },
}

/// The wage raise as far as given.
#[derive(Debug, Clone, Copy)]
pub struct DraftWageRaise {
    pub percent: Option<Decimal>,
    pub workers: Option<i64>,
}

/// The input for transport, construction and hospitals as far as the form has it: what a partial
/// answer's bounds are computed from.
#[derive(Debug, Clone, Default)]
pub struct Draft {
    pub sector: Option<Sector>,
    pub capital_yen: Option<Yen>,
    pub employees: Option<i64>,
    pub agreement36: Option<bool>,
    pub paid_leave_rules: Option<bool>,
    pub past_overtime_over_45h: bool,
    pub cost: Option<Yen>,
    pub efficiency_cost: Option<Yen>,
    pub goals: DraftGoals,
    pub wage_raise: Option<DraftWageRaise>,
}

impl DraftGoals {
    fn complete(&self) -> Option<Goals> {
        let overtime = match self.overtime {
            Some((b, a)) => Some(Overtime { before_hours: b?, after_hours: a? }),
            None => None,
        };
        let interval = match self.interval {
            Some((hours, kind)) => Some(Interval { hours: hours?, kind: kind? }),
            None => None,
        };
        let holidays = match self.holidays {
            Some(DraftHolidays::PerFourWeeks { before, after }) => {
                Some(Holidays::PerFourWeeks { before: before?, after: after? })
            }
            Some(DraftHolidays::Annual { before, after }) => Some(Holidays::Annual { before: before?, after: after? }),
            None => None,
        };
        Some(Goals { overtime, interval, holidays, doctors: self.doctors })
    }
}

impl Draft {
    /// The input, when every required field is there.
    fn complete(&self) -> Option<Input> {
        let wage_raise = match self.wage_raise {
            Some(w) => Some(WageRaise { percent: w.percent?, workers: w.workers? }),
            None => None,
        };
        Some(Input {
            sector: self.sector?,
            capital_yen: self.capital_yen,
            employees: self.employees?,
            agreement36: self.agreement36?,
            paid_leave_rules: self.paid_leave_rules?,
            past_overtime_over_45h: self.past_overtime_over_45h,
            cost: self.cost?,
            efficiency_cost: self.efficiency_cost?,
            goals: self.goals.complete()?,
            wage_raise,
        })
    }
}

/// A request as far as the form has it.
#[derive(Debug, Clone)]
pub enum DraftRequest {
    Covered(Box<Draft>),
    Sugar,
}

fn read_input(rules: &Ruleset, value: &Value) -> Result<Request, Vec<Error>> {
    let (draft, errors) = read_draft(rules, value);
    if !errors.is_empty() {
        return Err(errors);
    }
    // Every required field missing is an error, so a draft without errors is complete.
    match draft {
        DraftRequest::Sugar => Ok(Request::Sugar),
        DraftRequest::Covered(d) => {
            d.complete().map(Request::Covered).ok_or_else(|| vec![Error::new("input", ErrorKind::InternalOverflow)])
        }
    }
}

/// Reads every field of the input, with the errors of those missing or wrong.
pub fn read_draft(rules: &Ruleset, value: &Value) -> (DraftRequest, Vec<Error>) {
    let mut f = Fields::of("input", value);
    if !f.errors.is_empty() {
        return (DraftRequest::Covered(Box::default()), f.errors);
    }
    let sector = f.choice("sector", &SECTORS);
    if sector == Some(Sector::Sugar) {
        for key in OTHER_FIELDS {
            f.ignore(key);
        }
        return (DraftRequest::Sugar, f.finish_errors());
    }
    let sector_rules = sector.and_then(|s| s.rules(rules));
    let capital_yen = f.number_opt("capitalYen", MONEY).map(Yen::new);
    let employees = f.number("employees", PEOPLE).map(int);
    let agreement36 = f.flag_required("agreement36");
    let paid_leave_rules = f.flag_required("paidLeaveRules");
    let past_overtime_over_45h = f.flag("pastOvertimeOver45h", false);
    let cost = f.number("costYen", MONEY).map(Yen::new);
    let efficiency_cost = f.number_or("efficiencyCostYen", MONEY, Decimal::ZERO).map(Yen::new);
    if let (Some(c), Some(e)) = (cost, efficiency_cost) {
        if e > c {
            f.error(
                "efficiencyCostYen",
                ErrorKind::Inconsistent {
                    other: "costYen",
                    why: Message::new("hatarakikata-yuyo.inconsistent.efficiency_above_cost"),
                },
            );
        }
    }
    let mut goals = DraftGoals::default();
    f.object("goals", |g| goals = read_goals(g, sector, sector_rules));
    let mut wage_raise = None;
    f.object("wageRaise", |w| {
        let percent = w.number("percent", PERCENT);
        let workers = w.number("workers", PEOPLE).map(int);
        if let (Some(n), Some(e)) = (workers, employees) {
            if n > e {
                w.error(
                    "workers",
                    ErrorKind::Inconsistent {
                        other: "employees",
                        why: Message::new("hatarakikata-yuyo.inconsistent.raised_above_employees"),
                    },
                );
            }
        }
        wage_raise = Some(DraftWageRaise { percent, workers });
    });
    let draft = Draft {
        sector,
        capital_yen,
        employees,
        agreement36,
        paid_leave_rules,
        past_overtime_over_45h,
        cost,
        efficiency_cost,
        goals,
        wage_raise,
    };
    (DraftRequest::Covered(Box::new(draft)), f.finish_errors())
}

/// Reads `input.goals`. A goal the sector does not offer is an `inconsistent` error against
/// `sector` (when the sector is known).
fn read_goals(g: &mut Fields<'_>, sector: Option<Sector>, rules: Option<&SectorRules>) -> DraftGoals {
    let mut overtime = None;
    g.object("overtime", |o| {
        let before = o.number("beforeHours", MONTH_HOURS);
        let after = o.number("afterHours", MONTH_HOURS);
        overtime = Some((before, after));
    });
    let mut interval = None;
    if !not_offered(g, Goal::Interval, sector, rules) {
        g.object("interval", |i| {
            let hours = i.number("hours", INTERVAL_HOURS);
            let kind = i.choice("kind", &INTERVAL_KINDS);
            interval = Some((hours, kind));
        });
    }
    let mut holidays = None;
    if !not_offered(g, Goal::Holidays, sector, rules) {
        g.object("holidays", |h| holidays = Some(read_holidays(h)));
    }
    let doctors = if not_offered(g, Goal::Doctors, sector, rules) {
        None
    } else if g.has("doctors") {
        Some(g.flag("doctors", false))
    } else {
        g.ignore("doctors");
        None
    };
    DraftGoals { overtime, interval, holidays, doctors }
}

/// Records `inconsistent` for a goal given to a sector that does not offer it.
fn not_offered(g: &mut Fields<'_>, goal: Goal, sector: Option<Sector>, rules: Option<&SectorRules>) -> bool {
    let key = goal.id();
    let (Some(sector), Some(rules)) = (sector, rules) else {
        return false;
    };
    if !g.has(key) || goal.offered_by(rules) {
        return false;
    }
    g.ignore(key);
    g.error(
        key,
        ErrorKind::Inconsistent {
            other: "sector",
            why: Message::new("hatarakikata-yuyo.inconsistent.goal_not_offered")
                .with("sector", Fact::Term(sector.term()))
                .with("goal", Fact::Term(goal.term())),
        },
    );
    true
}

/// Days off: `{ beforeDays, afterDays }` per 4 weeks, or `{ annualBefore, annualAfter }`.
fn read_holidays(h: &mut Fields<'_>) -> DraftHolidays {
    const PER_4_WEEKS: [&str; 2] = ["beforeDays", "afterDays"];
    if h.has("annualBefore") || h.has("annualAfter") {
        for key in PER_4_WEEKS {
            if h.has(key) {
                h.ignore(key);
                h.error(key, ErrorKind::ConflictingFields { other: "annualBefore" });
            }
        }
        let before = h.number("annualBefore", DAYS_PER_YEAR).map(int);
        let after = h.number("annualAfter", DAYS_PER_YEAR).map(int);
        DraftHolidays::Annual { before, after }
    } else {
        h.ignore("annualBefore");
        h.ignore("annualAfter");
        let before = h.number("beforeDays", DAYS_PER_4_WEEKS).map(int);
        let after = h.number("afterDays", DAYS_PER_4_WEEKS).map(int);
        DraftHolidays::PerFourWeeks { before, after }
    }
}

/// How one goal came out.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct GoalResult {
    /// `overtime`, `interval`, `holidays` or `doctors`.
    pub goal: Goal,
    /// The cap the goal adds; 0 when not reached.
    pub cap_yen: Yen,
    pub reached: bool,
    /// Why it adds what it adds.
    pub reason: GoalReason,
    /// The goal's own condition on the employer is not met (past overtime for the interval goal,
    /// 4–7 days off now for the days-off goal): the application as entered is not eligible.
    #[serde(skip)]
    pub rules_out: bool,
}

/// Why a goal adds what it adds: a code, and its words (the catalog's
/// `hatarakikata-yuyo.reason.<code>[.<variant>]`, filled with the goal's figures). The same words
/// are the goal's step and, when the goal rules the application out, its reason.
#[derive(Debug, Clone, Serialize)]
pub struct GoalReason {
    pub code: &'static str,
    pub message: Message,
    #[serde(skip)]
    pub variant: Option<&'static str>,
}

impl GoalReason {
    fn new(code: &'static str) -> GoalReason {
        GoalReason { code, message: Message::new(key(&["reason", code])), variant: None }
    }
    fn with(mut self, name: &'static str, fact: impl Into<Fact>) -> GoalReason {
        self.message = self.message.with(name, fact);
        self
    }
    fn variant(mut self, variant: &'static str) -> GoalReason {
        self.message.key = key(&["reason", self.code, variant]).into();
        self.variant = Some(variant);
        self
    }
    /// The facts of the words, to repeat them in a step or reason.
    fn facts(&self) -> impl Iterator<Item = (&'static str, Fact)> + '_ {
        self.message.args.iter().map(|(name, fact)| (*name, fact.clone()))
    }
}

/// A catalog key of this program: `hatarakikata-yuyo.<part>.<part>…`.
fn key(parts: &[&str]) -> String {
    let mut out = String::from(PROGRAM);
    for p in parts {
        out.push('.');
        out.push_str(p);
    }
    out
}

/// The answer of `hatarakikata-yuyo`.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Output {
    pub eligible: bool,
    /// The estimate, after the rounding step; 0 when not eligible.
    pub amount_yen: Yen,
    /// I: the caps of the goals reached plus the bonus; `null` for sugar.
    pub cap_yen: Option<Yen>,
    /// 3/4 or 4/5; `null` for sugar.
    pub rate: Option<Rate>,
    pub sector: &'static str,
    /// One entry per goal given, in the order overtime, interval, holidays, doctors.
    pub goals: Vec<GoalResult>,
    /// The wage-raise bonus added to I.
    pub bonus_yen: Yen,
    pub eligible_cost_yen: Yen,
    /// The eligible cost less the subsidy: what the employer pays itself.
    pub out_of_pocket_yen: Yen,
    /// The smallest single changes of the input that raise the amount: the next tier of each goal
    /// given and the next row of the wage-raise bonus.
    pub hints: Vec<Hint>,
    /// The application window of the fiscal year of `asOf`; `null` where it is not known.
    pub application_window: Option<ApplicationWindow>,
}

/// The first step: the date, the course and the ruleset.
fn ruleset_step(rules: &Ruleset, sector: Sector, as_of: Date, source: Cite) -> Step {
    Step::new("ruleset", source)
        .with("date", as_of)
        .with("sector", Fact::Term(sector.term()))
        .with("ruleset", rules.info.title())
}

/// 砂糖製造業: recognised, answered, and not computed.
fn answer_sugar(rules: &Ruleset, as_of: Date, trace: &mut Trace) -> Output {
    trace.add(ruleset_step(rules, Sector::Sugar, as_of, rules.sugar_source));
    let window = later_years_and_window(rules, as_of, trace);
    trace.add_reason(Reason::new("sector_figures_unavailable").cite(rules.sugar_source));
    trace.notice(Notice::of("sector_figures_unavailable").cite(rules.sugar_source));
    trace.add(Step::new("not_eligible", rules.sugar_source).variant("sugar").yen(Yen::ZERO));
    Output {
        eligible: false,
        amount_yen: Yen::ZERO,
        cap_yen: None,
        rate: None,
        sector: Sector::Sugar.id(),
        goals: Vec::new(),
        bonus_yen: Yen::ZERO,
        eligible_cost_yen: Yen::ZERO,
        out_of_pocket_yen: Yen::ZERO,
        hints: Vec::new(),
        application_window: window,
    }
}

/// "≤" when `ok`, else ">".
fn le(ok: bool) -> Fact {
    Fact::Sym(if ok { "≤" } else { ">" })
}

fn calculate(rules: &Ruleset, as_of: Date, input: &Input, trace: &mut Trace) -> Result<Output, Overflow> {
    let sector = input.sector;
    let Some(sr) = sector.rules(rules) else {
        return Ok(answer_sugar(rules, as_of, trace));
    };
    let mut eligible = true;
    trace.add(ruleset_step(rules, sector, as_of, sr.sources.course));
    let window = later_years_and_window(rules, as_of, trace);
    budget_notice(rules, as_of, trace);

    // SME: capital OR regular workers (seed ※1 中小企業事業主の範囲).
    let capital_ok = input.capital_yen.is_some_and(|c| c <= sr.sme_capital);
    let employees_ok = input.employees <= sr.sme_employees;
    let sme = capital_ok || employees_ok;
    let step = Step::new("sme", sr.sources.sme).with("sector", Fact::Term(sector.term()));
    let step = match input.capital_yen {
        Some(c) => step.with("capital", c).with("capital_cmp", le(capital_ok)).with("capital_limit", sr.sme_capital),
        None => step.variant("no_capital"),
    };
    trace.add(
        step.with("employees", input.employees)
            .with("employees_cmp", le(employees_ok))
            .with("employees_limit", sr.sme_employees)
            .with("verdict", Fact::Term(if sme { "hatarakikata-yuyo.sme.yes" } else { "hatarakikata-yuyo.sme.no" })),
    );
    if !sme {
        eligible = false;
        trace.add_reason(
            Reason::new("not_sme")
                .with("sector", Fact::Term(sector.term()))
                .with("capital_limit", sr.sme_capital)
                .with("employees_limit", sr.sme_employees)
                .cite(sr.sources.sme),
        );
    }

    // 36協定 and the rules for 年5日 paid leave (seed 対象事業主 2, 3).
    for (met, id, reason) in [
        (input.agreement36, "agreement36", "no_agreement36"),
        (input.paid_leave_rules, "paid_leave_rules", "no_paid_leave_rules"),
    ] {
        let step = Step::new(id, sr.sources.target);
        if met {
            trace.add(step);
        } else {
            eligible = false;
            trace.add_reason(Reason::new(reason).cite(sr.sources.target));
            trace.add(step.variant("not_met"));
        }
    }

    // The goals, each with its cap or the reason it adds nothing.
    let mut goals = Vec::new();
    if let Some(o) = input.goals.overtime {
        goals.push(overtime_goal(sr, o));
    }
    if let (Some(i), Some(ir)) = (input.goals.interval, sr.interval) {
        goals.push(interval_goal(ir, i, input.past_overtime_over_45h));
    }
    if let (Some(h), Some(hr)) = (input.goals.holidays, sr.holidays) {
        goals.push(holidays_goal(hr, h, sr.sources.second, trace)?);
    }
    if let (Some(done), Some(cap)) = (input.goals.doctors, sr.doctors) {
        goals.push(doctors_goal(cap, done));
    }
    for g in &goals {
        let source = g.goal.source(sr);
        let mut step = Step::new(g.goal.step_id(), source);
        for (name, fact) in g.reason.facts() {
            step = step.with(name, fact);
        }
        trace.add(step.with("why", g.reason.message.clone()).yen(g.cap_yen));
        if g.rules_out {
            eligible = false;
            let mut reason = Reason::new(g.reason.code).cite(source);
            for (name, fact) in g.reason.facts() {
                reason = reason.with(name, fact);
            }
            if let Some(v) = g.reason.variant {
                reason = reason.variant(v);
            }
            trace.add_reason(reason);
        }
    }
    let any_reached = goals.iter().any(|g| g.reached);
    if goals.is_empty() {
        eligible = false;
        trace.add_reason(Reason::new("no_goal_chosen").cite(sr.sources.goals));
        trace.add(Step::new("goals", sr.sources.goals));
    } else if !any_reached {
        eligible = false;
        trace.add_reason(Reason::new("no_goal_reached").cite(sr.sources.amount));
    }

    // The wage-raise bonus, added to the goals reached.
    let bonus = match input.wage_raise {
        Some(w) => wage_raise_bonus(rules, sr, input.employees, w, any_reached, trace)?,
        None => Yen::ZERO,
    };

    // I: the caps reached plus the bonus, written as a sum when there is more than one.
    let mut cap = Yen::ZERO;
    let mut parts: Vec<Fact> = Vec::new();
    for g in goals.iter().filter(|g| g.reached) {
        cap = cap.checked_add(g.cap_yen)?;
        parts.push(Fact::Yen(g.cap_yen));
    }
    if !bonus.is_zero() {
        cap = cap.checked_add(bonus)?;
        parts.push(Message::new("hatarakikata-yuyo.bonus_part").with("bonus", bonus).into());
    }
    let several = parts.len() > 1;
    let sum = parts
        .into_iter()
        .reduce(|left, right| Message::new("hatarakikata-yuyo.plus").with("left", left).with("right", right).into());
    let step = Step::new("cap", sr.sources.amount).with("bonus", bonus).with("cap", cap);
    trace.add(
        match sum {
            Some(sum) if several => step.with("sum", sum).variant("sum"),
            _ => step,
        }
        .yen(cap),
    );

    // The rate: 4/5 for employers of 30 or fewer whose measures ⑥–⑦ cost over 300,000 yen.
    let small = input.employees <= rules.small_employer_max;
    let efficiency_over = input.efficiency_cost > rules.raised_rate_efficiency_over;
    let rate = if small && efficiency_over { rules.raised_rate } else { rules.rate };
    trace.add(
        Step::new("rate", sr.sources.amount)
            .with("employees", input.employees)
            .with("employees_cmp", le(small))
            .with("small_max", rules.small_employer_max)
            .with("efficiency", input.efficiency_cost)
            .with("efficiency_cmp", le(!efficiency_over))
            .with("efficiency_over", rules.raised_rate_efficiency_over)
            .with("rate", rate),
    );

    if input.cost.is_zero() {
        eligible = false;
        trace.add_reason(Reason::new("no_cost").cite(sr.sources.amount));
    }

    // The amount: the lower of I and II = cost × rate, then the rounding step.
    let product = input.cost.checked_mul_rate(rate)?;
    let lower = product.min(cap);
    trace.add(
        Step::new("amount_vs_cap", sr.sources.amount)
            .with("cap", cap)
            .with("cost", input.cost)
            .with("rate", rate)
            .with("product", product)
            .with("amount", lower)
            .yen(lower),
    );
    let rounded = truncate_to_thousand_yen(lower)?;
    trace.notice(Notice::unconfirmed_rule("round_thousand_yen", sr.sources.amount));
    trace.add(
        Step::new("round_thousand_yen", sr.sources.amount).with("before", lower).with("after", rounded).yen(rounded),
    );
    let amount = if eligible { rounded } else { Yen::ZERO };
    if !eligible {
        trace.add(Step::new("not_eligible", sr.sources.target).yen(Yen::ZERO));
    }

    Ok(Output {
        eligible,
        amount_yen: amount,
        cap_yen: Some(cap),
        rate: Some(rate),
        sector: sector.id(),
        goals,
        bonus_yen: bonus,
        eligible_cost_yen: input.cost,
        out_of_pocket_yen: input.cost.checked_sub(amount)?,
        hints: Vec::new(),
        application_window: window,
    })
}

/// The application window of the fiscal year of `as_of`, as a step and, when it is closed or not
/// yet open, a notice; and past this ruleset, the notice `rules_not_modelled` (RULES.md §2.2).
fn later_years_and_window(rules: &Ruleset, as_of: Date, trace: &mut Trace) -> Option<ApplicationWindow> {
    let fy = as_of.fiscal_year();
    let known = rules.windows.iter().find(|w| w.fiscal_year == fy);
    let source = known.map_or(rules.later_source, |w| w.source);
    let window = known.map(|w| ApplicationWindow::of(w.round, as_of));
    let span = window.map(|w| match w.opens {
        Some(o) => Message::new("window.span").with("opens", o).with("closes", w.closes),
        None => Message::new("window.until").with("closes", w.closes),
    });
    if rules.info.valid_to.is_some_and(|to| as_of > to) {
        let first_later = rules.info.valid_to.map_or(fy, |to| to.fiscal_year().saturating_add(1));
        let window_words = match &span {
            Some(s) => Message::new("hatarakikata-yuyo.window.known").with("span", s.clone()),
            None => Message::new("hatarakikata-yuyo.window.unknown"),
        };
        trace.notice(
            Notice::of("rules_not_modelled")
                .with("from", fiscal_year(first_later))
                .with("course", Fact::Term(rules.later_course))
                .with("ruleset", rules.info.title())
                .with("window", window_words.with("fiscal_year", fiscal_year(fy)))
                .cite(rules.later_source),
        );
    }
    let step = Step::new("application_window", source).with("fiscal_year", fiscal_year(fy));
    trace.add(match span {
        Some(s) => step.with("span", s),
        None => step.variant("unknown"),
    });
    if let Some(n) = window.and_then(|w| w.notice()) {
        trace.notice(n.cite(source));
    }
    window
}

/// seed 表面: 11月30日以前に、予告なく受付を締め切る場合があります. Only while applications are
/// taken: after that day `application_window_closed` says the window has closed, and a later
/// year's window comes with `rules_not_modelled`.
fn budget_notice(rules: &Ruleset, as_of: Date, trace: &mut Trace) {
    let close = rules.budget_close_by;
    if as_of > close {
        return;
    }
    trace.notice(Notice::of("budget_may_close").with("close", close).cite(rules.budget_source));
}

fn goal(goal: Goal, cap: Yen, reason: GoalReason) -> GoalResult {
    GoalResult { goal, cap_yen: cap, reached: !cap.is_zero(), reason, rules_out: false }
}

/// A goal whose condition on the employer is not met: it adds nothing, and rules the application out.
fn ruled_out(goal: Goal, reason: GoalReason) -> GoalResult {
    GoalResult { rules_out: true, ..self::goal(goal, Yen::ZERO, reason) }
}

/// 成果目標①: the highest cap among the rows the before and after settings meet.
fn overtime_goal(sr: &SectorRules, o: Overtime) -> GoalResult {
    let (b, a) = (o.before_hours, o.after_hours);
    let row = sr
        .overtime
        .iter()
        .filter(|r| b > Decimal::from(r.before_over) && a <= Decimal::from(r.after_at_most))
        .max_by_key(|r| r.cap);
    if let Some(r) = row {
        return goal(
            Goal::Overtime,
            r.cap,
            GoalReason::new("overtime_reduced")
                .with("before", Quantity(b))
                .with("before_over", r.before_over)
                .with("after", Quantity(a))
                .with("after_at_most", r.after_at_most)
                .with("cap", r.cap),
        );
    }
    let threshold = sr.overtime.iter().map(|r| r.before_over).min().unwrap_or(0);
    if b <= Decimal::from(threshold) {
        return goal(
            Goal::Overtime,
            Yen::ZERO,
            GoalReason::new("overtime_before_not_over_threshold")
                .with("before", Quantity(b))
                .with("threshold", threshold),
        );
    }
    let needed =
        sr.overtime.iter().filter(|r| b > Decimal::from(r.before_over)).map(|r| r.after_at_most).max().unwrap_or(0);
    goal(
        Goal::Overtime,
        Yen::ZERO,
        GoalReason::new("overtime_after_too_high")
            .with("before", Quantity(b))
            .with("needed", needed)
            .with("after", Quantity(a)),
    )
}

/// 成果目標② 勤務間インターバル: by the shortest rest, halved for widening or lengthening only.
fn interval_goal(ir: IntervalRules, i: Interval, past_overtime: bool) -> GoalResult {
    if ir.needs_past_overtime && !past_overtime {
        return ruled_out(Goal::Interval, GoalReason::new("interval_needs_past_overtime"));
    }
    let band = ir.bands.iter().rev().find(|band| i.hours >= Decimal::from(band.from_hours));
    let Some(band) = band else {
        let min = ir.bands.first().map_or(0, |band| band.from_hours);
        return goal(
            Goal::Interval,
            Yen::ZERO,
            GoalReason::new("interval_too_short").with("hours", Quantity(i.hours)).with("min", min),
        );
    };
    let (cap, kind) = match i.kind {
        IntervalKind::New => (band.new, "hatarakikata-yuyo.interval.new"),
        IntervalKind::Extend => (band.extend, "hatarakikata-yuyo.interval.extend"),
    };
    goal(
        Goal::Interval,
        cap,
        GoalReason::new("interval_introduced")
            .with("hours", Quantity(i.hours))
            .with("from", band.from_hours)
            .with("kind", Fact::Term(kind))
            .with("cap", cap),
    )
}

/// Rounding step 小数点以下切捨て: the days off per 4 weeks converted from annual days, in whole days.
///
/// The seed gives the formula (建設業 ※5) but not the rounding. The MHLW Q&A on the same goal
/// (働き方改革推進支援助成金 Q&A「週休2日制の推進」), as quoted for the later 業種別課題対応コース by a labour
/// consultant (sunrise-ing.com/news/archives/art/00076.html), answers 「小数点以下は切り捨てとする」; the
/// engine applies it to both figures and marks it **unconfirmed** for FY2023.
pub fn truncate_to_whole_days(days: Decimal) -> Decimal {
    days.round_dp_with_strategy(0, RoundingStrategy::ToZero)
}

/// annual ÷ (365 ÷ 7) × 4, computed as annual × 7 × 4 ÷ 365: the same value, with no inexact
/// 365 ÷ 7 in between (365 days a year would otherwise come out as 27.999… and truncate to 27).
fn per_four_weeks(hr: HolidayRules, annual: i64) -> Result<Decimal, Overflow> {
    let factor = hr.week_days.checked_mul(hr.weeks).ok_or(Overflow)?;
    Decimal::from(annual)
        .checked_mul(Decimal::from(factor))
        .and_then(|x| x.checked_div(Decimal::from(hr.year_days)))
        .ok_or(Overflow)
}

/// An exact figure, or its first two decimals followed by "…".
fn approx(d: Decimal) -> Message {
    let short = d.round_dp_with_strategy(2, RoundingStrategy::ToZero);
    let key = if short == d { "hatarakikata-yuyo.exact" } else { "hatarakikata-yuyo.approx" };
    Message::new(key).with("value", Quantity(short))
}

/// 成果目標② 所定休日の増加 (construction): 25万円 per day off added per 4 weeks, at most 4 days; the
/// current days off must be 4 to 7 per 4 weeks.
fn holidays_goal(hr: HolidayRules, h: Holidays, source: Cite, trace: &mut Trace) -> Result<GoalResult, Overflow> {
    let (before, after) = match h {
        Holidays::PerFourWeeks { before, after } => (before, after),
        Holidays::Annual { before: yb, after: ya } => {
            let eb = per_four_weeks(hr, yb)?;
            let ea = per_four_weeks(hr, ya)?;
            let (tb, ta) = (truncate_to_whole_days(eb), truncate_to_whole_days(ea));
            trace.notice(Notice::unconfirmed_rule("holidays_annual_truncation", source));
            trace.add(
                Step::new("holidays_conversion", source)
                    .with("before_annual", yb)
                    .with("year_days", hr.year_days)
                    .with("week_days", hr.week_days)
                    .with("weeks", hr.weeks)
                    .with("before_exact", approx(eb))
                    .with("before", Quantity(tb))
                    .with("after_annual", ya)
                    .with("after_exact", approx(ea))
                    .with("after", Quantity(ta)),
            );
            (int(tb), int(ta))
        }
    };
    if before < hr.before_min || before > hr.before_max {
        return Ok(ruled_out(
            Goal::Holidays,
            GoalReason::new("holidays_before_out_of_range")
                .with("min", hr.before_min)
                .with("max", hr.before_max)
                .with("before", before),
        ));
    }
    let added = after.saturating_sub(before);
    if added < 1 {
        return Ok(goal(
            Goal::Holidays,
            Yen::ZERO,
            GoalReason::new("holidays_not_increased").with("before", before).with("after", after),
        ));
    }
    let counted = added.min(hr.max_days);
    let cap = hr.per_day.checked_mul_int(counted)?;
    let reason = GoalReason::new("holidays_increased")
        .with("before", before)
        .with("after", after)
        .with("added", added)
        .with("max_days", hr.max_days)
        .with("per_day", hr.per_day)
        .with("counted", counted)
        .with("cap", cap);
    Ok(goal(Goal::Holidays, cap, if added > hr.max_days { reason.variant("limited") } else { reason }))
}

/// 成果目標③ 医師の働き方改革 (hospital): the cap when every item is done.
fn doctors_goal(cap: Yen, done: bool) -> GoalResult {
    if done {
        goal(Goal::Doctors, cap, GoalReason::new("doctor_items_done").with("cap", cap))
    } else {
        goal(Goal::Doctors, Yen::ZERO, GoalReason::new("doctor_items_not_done"))
    }
}

/// The wage-raise bonus: by the raise (3 % or more, 5 % or more), the employer's size and the number
/// of workers raised. Added only with a goal reached.
fn wage_raise_bonus(
    rules: &Ruleset,
    sr: &SectorRules,
    employees: i64,
    w: WageRaise,
    any_reached: bool,
    trace: &mut Trace,
) -> Result<Yen, Overflow> {
    let source = sr.sources.bonus;
    let percent = Quantity(w.percent);
    let table = rules.bonus.iter().find(|t| w.percent >= Decimal::from(t.min_percent));
    let Some(table) = table else {
        let min = rules.bonus.iter().map(|t| t.min_percent).min().unwrap_or(0);
        trace.add(
            Step::new("wage_raise_bonus", source)
                .with("percent", percent)
                .with("min", min)
                .variant("below_minimum")
                .yen(Yen::ZERO),
        );
        return Ok(Yen::ZERO);
    };
    let small = employees <= rules.small_employer_max;
    let cells = if small { table.small } else { table.large };
    let size = Message::new(if small { "hatarakikata-yuyo.size.small" } else { "hatarakikata-yuyo.size.large" })
        .with("max", rules.small_employer_max);
    let band = cells.bands.iter().find(|(up_to, _)| w.workers <= *up_to);
    let (figure, how) = match band {
        _ if w.workers < 1 => (Yen::ZERO, Message::new("hatarakikata-yuyo.bonus.no_worker")),
        Some((_, y)) => (*y, Message::new("hatarakikata-yuyo.bonus.band").with("figure", *y)),
        None if w.workers <= cells.per_worker_to => {
            let y = cells.per_worker.checked_mul_int(w.workers)?;
            let how = Message::new("hatarakikata-yuyo.bonus.per_worker")
                .with("per_worker", cells.per_worker)
                .with("workers", w.workers)
                .with("figure", y);
            (y, how)
        }
        None => {
            trace
                .notice(Notice::unconfirmed_rule("wage_raise_over_30_workers", source).with("to", cells.per_worker_to));
            let how = Message::new("hatarakikata-yuyo.bonus.table_max")
                .with("to", cells.per_worker_to)
                .with("figure", cells.per_worker_max);
            (cells.per_worker_max, how)
        }
    };
    let bonus = if any_reached { figure } else { Yen::ZERO };
    let step = Step::new("wage_raise_bonus", source)
        .with("min_percent", table.min_percent)
        .with("percent", percent)
        .with("size", size)
        .with("workers", w.workers)
        .with("how", how);
    let step = if !any_reached && !figure.is_zero() {
        trace.notice(Notice::unconfirmed_rule("wage_raise_needs_a_goal", source));
        step.variant("no_goal")
    } else {
        step
    };
    trace.add(step.yen(bonus));
    Ok(bonus)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The seed's 助成額最大 of each sector is the sum of its top caps and the top bonus.
    #[test]
    fn the_top_caps_and_bonus_add_up_to_each_leaflets_stated_maximum() {
        let r = &r2023_04::RULESET;
        let top_bonus = r.bonus.iter().map(|t| t.small.per_worker_max.max(t.large.per_worker_max)).max().unwrap();
        for sr in [&r.transport, &r.construction, &r.hospital] {
            let mut total = sr.overtime.iter().map(|row| row.cap).max().unwrap();
            if let Some(ir) = sr.interval {
                total = total.checked_add(ir.bands.iter().map(|b| b.new).max().unwrap()).unwrap();
            }
            if let Some(hr) = sr.holidays {
                total = total.checked_add(hr.per_day.checked_mul_int(hr.max_days).unwrap()).unwrap();
            }
            if let Some(d) = sr.doctors {
                total = total.checked_add(d).unwrap();
            }
            total = total.checked_add(top_bonus).unwrap();
            assert_eq!(total, sr.stated_maximum, "{}", sr.sources.course.section);
        }
    }

    #[test]
    fn the_per_worker_maximum_is_the_thirty_worker_figure() {
        for t in &r2023_04::RULESET.bonus {
            for c in [t.small, t.large] {
                assert_eq!(c.per_worker.checked_mul_int(c.per_worker_to).unwrap(), c.per_worker_max);
            }
        }
    }

    #[test]
    fn the_windows_are_one_per_fiscal_year_from_fy2023_each_inside_its_year() {
        let windows = r2023_04::RULESET.windows;
        assert_eq!(windows.first().map(|w| w.fiscal_year), Some(2023));
        for pair in windows.windows(2) {
            assert_eq!(pair[0].fiscal_year + 1, pair[1].fiscal_year);
        }
        for w in windows {
            let r = w.round;
            assert!(r.opens.is_none_or(|o| o.fiscal_year() == w.fiscal_year && o <= r.closes), "{}", w.fiscal_year);
            assert_eq!(r.closes.fiscal_year(), w.fiscal_year);
        }
        assert_eq!(HatarakikataYuyo.later_rules_described_to(), Some(Date::ymd(2027, 3, 31)));
    }

    #[test]
    fn a_full_year_of_days_off_converts_to_exactly_28_per_4_weeks() {
        let hr = r2023_04::RULESET.construction.holidays.unwrap();
        assert_eq!(per_four_weeks(hr, 365).unwrap(), Decimal::from(28));
        assert_eq!(truncate_to_whole_days(per_four_weeks(hr, 104).unwrap()), Decimal::from(7));
        assert_eq!(truncate_to_whole_days(per_four_weeks(hr, 105).unwrap()), Decimal::from(8));
    }
}
