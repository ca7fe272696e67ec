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

mod r2023_04;

use crate::catalog::Message;
use crate::date::{reiwa_fiscal_year, Date};
use crate::error::{Error, ErrorKind, Unit};
use crate::explain::{Notice, Trace};
use crate::money::{truncate_to_thousand_yen, Overflow, Rate, Yen};
use crate::programs::{overflowed, ruleset_at, Outcome, Program, RulesetInfo};
use crate::text::Text;
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
    /// The name of the course in the years after this ruleset.
    pub later_course: Text,
    /// The application window of each fiscal year known, oldest first: this ruleset's year, then
    /// the later years that are answered with this ruleset and `rules_not_modelled`.
    pub windows: &'static [FiscalYearWindow],
    pub source: &'static str,
}

/// The application window of one fiscal year (年度).
#[derive(Debug, Clone, Copy)]
pub struct FiscalYearWindow {
    pub fiscal_year: u16,
    pub round: Round,
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

/// Citations of the leaflet sections of one sector.
#[derive(Debug)]
pub struct Sources {
    pub leaflet: &'static str,
    pub target: &'static str,
    pub sme: &'static str,
    pub overtime: &'static str,
    pub second: &'static str,
    pub doctors: &'static str,
    pub bonus: &'static str,
    pub amount: &'static str,
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

const RULES_ROUNDING: &str = "RULES.md §2.1 Rounding: as §1.1 (unconfirmed)";
const WINDOW_SOURCE: &str =
    "seed 004 適用猶予業種等対応コース 表面（注意）11月30日以前に受付を締め切る場合; RULES.md §2.2 Application windows (verified)";
const RULES_SUGAR: &str = "RULES.md §2.1 砂糖製造業 (verified, medium; figures unconfirmed)";
/// The conversion of annual days off: the formula is the seed's; its rounding is the MHLW Q&A on the
/// same goal as quoted by a labour consultant for the later course (unconfirmed for FY2023).
const HOLIDAYS_CONVERSION: &str = "seed 004 適用猶予業種等対応コース（建設業）※5 (formula); MHLW 働き方改革推進支援助成金 Q&A「週休2日制の推進」小数点以下は切り捨て, quoted at sunrise-ing.com/news/archives/art/00076.html (rounding; unconfirmed for FY2023)";

/// Input ranges (README "Input ranges"); money, people and monthly hours are shared (`value.rs`).
const INTERVAL_HOURS: Range = Range::decimal(0, 24, Unit::Hours);
const DAYS_PER_4_WEEKS: Range = Range::whole(0, 28, Unit::Days);
const DAYS_PER_YEAR: Range = Range::whole(0, 366, Unit::Days);
const PERCENT: Range = Range::decimal(0, 100, Unit::Percent);

pub struct HatarakikataYuyo;

impl Program for HatarakikataYuyo {
    fn id(&self) -> &'static str {
        "hatarakikata-yuyo"
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
            Request::Covered(input) => calculate(rules, as_of, &input, trace),
        };
        result.map(Outcome::HatarakikataYuyo).map_err(overflowed)
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
    fn ja(self) -> &'static str {
        match self {
            Sector::Transport => "運送業",
            Sector::Construction => "建設業",
            Sector::Hospital => "病院等",
            Sector::Sugar => "砂糖製造業",
        }
    }
    fn en(self) -> &'static str {
        match self {
            Sector::Transport => "transport",
            Sector::Construction => "construction",
            Sector::Hospital => "hospitals and clinics",
            Sector::Sugar => "sugar manufacturing",
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
    fn source(self, sr: &SectorRules) -> &'static str {
        match self {
            Goal::Overtime => sr.sources.overtime,
            Goal::Interval | Goal::Holidays => sr.sources.second,
            Goal::Doctors => sr.sources.doctors,
        }
    }
    fn label(self) -> Text {
        match self {
            Goal::Overtime => Text::fixed(
                "成果目標①: 36協定の時間外・休日労働時間の縮減",
                "Goal ①: cut the overtime set in the 36 agreement",
            ),
            Goal::Interval => Text::fixed("成果目標②: 勤務間インターバルの導入", "Goal ②: rest between shifts"),
            Goal::Holidays => Text::fixed("成果目標②: 所定休日の増加", "Goal ②: more scheduled days off"),
            Goal::Doctors => Text::fixed("成果目標③: 医師の働き方改革の推進", "Goal ③: doctors' work-style reform"),
        }
    }
    fn ja(self) -> &'static str {
        match self {
            Goal::Overtime => "時間外・休日労働時間の縮減",
            Goal::Interval => "勤務間インターバル",
            Goal::Holidays => "所定休日の増加",
            Goal::Doctors => "医師の働き方改革",
        }
    }
    fn en(self) -> &'static str {
        match self {
            Goal::Overtime => "overtime cut",
            Goal::Interval => "rest between shifts",
            Goal::Holidays => "more days off",
            Goal::Doctors => "doctors' work style",
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

fn read_input(rules: &Ruleset, value: &Value) -> Result<Request, Vec<Error>> {
    let mut f = Fields::of("input", value);
    if !f.errors.is_empty() {
        return Err(f.errors);
    }
    let sector = f.choice("sector", &SECTORS);
    if sector == Some(Sector::Sugar) {
        for key in OTHER_FIELDS {
            f.ignore(key);
        }
        let errors = f.finish_errors();
        return if errors.is_empty() { Ok(Request::Sugar) } else { Err(errors) };
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
                    why: Message::fixed(Text::fixed(
                        "⑥⑦の経費が対象経費の合計より多くなっています。",
                        "the cost of measures ⑥–⑦ is more than the whole eligible cost.",
                    )),
                },
            );
        }
    }
    let goals = f.object("goals", |g| read_goals(g, sector, sector_rules)).unwrap_or_default();
    let wage_raise = f
        .object("wageRaise", |w| {
            let percent = w.number("percent", PERCENT);
            let workers = w.number("workers", PEOPLE).map(int);
            if let (Some(n), Some(e)) = (workers, employees) {
                if n > e {
                    w.error(
                        "workers",
                        ErrorKind::Inconsistent {
                            other: "employees",
                            why: Message::fixed(Text::fixed(
                                "賃金を引き上げる労働者数が常時使用する労働者数より多くなっています。",
                                "more workers are raised than the employer has.",
                            )),
                        },
                    );
                }
            }
            percent.zip(workers).map(|(percent, workers)| WageRaise { percent, workers })
        })
        .flatten();

    let errors = f.finish_errors();
    match (sector, employees, agreement36, paid_leave_rules, cost, efficiency_cost) {
        (
            Some(sector),
            Some(employees),
            Some(agreement36),
            Some(paid_leave_rules),
            Some(cost),
            Some(efficiency_cost),
        ) if errors.is_empty() => Ok(Request::Covered(Input {
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
        })),
        _ => Err(errors),
    }
}

/// Reads `input.goals`. A goal the sector does not offer is an `inconsistent` error against
/// `sector` (when the sector is known).
fn read_goals(g: &mut Fields<'_>, sector: Option<Sector>, rules: Option<&SectorRules>) -> Goals {
    let overtime = g
        .object("overtime", |o| {
            let before = o.number("beforeHours", MONTH_HOURS);
            let after = o.number("afterHours", MONTH_HOURS);
            before.zip(after).map(|(before_hours, after_hours)| Overtime { before_hours, after_hours })
        })
        .flatten();
    let interval = if not_offered(g, Goal::Interval, sector, rules) {
        None
    } else {
        g.object("interval", |i| {
            let hours = i.number("hours", INTERVAL_HOURS);
            let kind = i.choice("kind", &INTERVAL_KINDS);
            hours.zip(kind).map(|(hours, kind)| Interval { hours, kind })
        })
        .flatten()
    };
    let holidays = if not_offered(g, Goal::Holidays, sector, rules) {
        None
    } else {
        g.object("holidays", read_holidays).flatten()
    };
    let doctors = if not_offered(g, Goal::Doctors, sector, rules) {
        None
    } else if g.has("doctors") {
        Some(g.flag("doctors", false))
    } else {
        g.ignore("doctors");
        None
    };
    Goals { overtime, interval, holidays, doctors }
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
            why: Message::fixed(Text::new(
                format!("{}には「{}」の成果目標はありません。", sector.ja(), goal.ja()),
                format!("the {} course has no goal \"{}\".", sector.en(), goal.en()),
            )),
        },
    );
    true
}

/// Days off: `{ beforeDays, afterDays }` per 4 weeks, or `{ annualBefore, annualAfter }`.
fn read_holidays(h: &mut Fields<'_>) -> Option<Holidays> {
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
        before.zip(after).map(|(before, after)| Holidays::Annual { before, after })
    } else {
        h.ignore("annualBefore");
        h.ignore("annualAfter");
        let before = h.number("beforeDays", DAYS_PER_4_WEEKS).map(int);
        let after = h.number("afterDays", DAYS_PER_4_WEEKS).map(int);
        before.zip(after).map(|(before, after)| Holidays::PerFourWeeks { before, after })
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
    /// The application window of the fiscal year of `asOf`; `null` where it is not known.
    pub application_window: Option<ApplicationWindow>,
}

/// 砂糖製造業: recognised, answered, and not computed.
fn answer_sugar(rules: &Ruleset, as_of: Date, trace: &mut Trace) -> Output {
    trace.step(
        "ruleset",
        Text::fixed("適用する規則", "Rules applied"),
        Text::new(
            format!(
                "申請日 {} → 働き方改革推進支援助成金 適用猶予業種等対応コース（砂糖製造業） {}",
                as_of.ja(),
                rules.info.title_text().ja
            ),
            format!(
                "Application date {} → Work Style Reform Subsidy, sugar manufacturing, {}",
                as_of,
                rules.info.title_text().en
            ),
        ),
        RULES_SUGAR,
    );
    let window = later_years_and_window(rules, as_of, trace);
    let message = Text::fixed(
        "砂糖製造業（鹿児島県・沖縄県）もこのコースの対象ですが、成果目標と上限額がこの計算の資料にないため、助成額は計算できません。鹿児島労働局など都道府県労働局の雇用環境・均等部（室）に確認してください。",
        "Sugar manufacturing (Kagoshima and Okinawa) belongs to this course, but its goals and caps are not in the sources of this estimate, so no amount can be computed. Please ask the prefectural labour bureau.",
    );
    trace.reason("sector_figures_unavailable", message.clone());
    trace.notice(Notice::new("sector_figures_unavailable", message));
    trace.step_yen(
        "not_eligible",
        Text::fixed("結果", "Result"),
        Text::fixed("砂糖製造業の上限額が分からないため 0円", "no caps known for sugar manufacturing → 0 yen"),
        Yen::ZERO,
        RULES_SUGAR,
    );
    Output {
        eligible: false,
        amount_yen: Yen::ZERO,
        cap_yen: None,
        rate: None,
        sector: Sector::Sugar.id(),
        goals: Vec::new(),
        bonus_yen: Yen::ZERO,
        eligible_cost_yen: Yen::ZERO,
        application_window: window,
    }
}

/// "≤" when `ok`, else ">".
fn le(ok: bool) -> &'static str {
    if ok {
        "≤"
    } else {
        ">"
    }
}

/// A decimal as a person writes it: "85", "9.5".
fn num(d: Decimal) -> String {
    d.normalize().to_string()
}

fn calculate(rules: &Ruleset, as_of: Date, input: &Input, trace: &mut Trace) -> Result<Output, Overflow> {
    let sector = input.sector;
    let Some(sr) = sector.rules(rules) else {
        return Ok(answer_sugar(rules, as_of, trace));
    };
    let mut eligible = true;
    trace.step(
        "ruleset",
        Text::fixed("適用する規則", "Rules applied"),
        Text::new(
            format!(
                "申請日 {} → 働き方改革推進支援助成金 適用猶予業種等対応コース（{}） {}",
                as_of.ja(),
                sector.ja(),
                rules.info.title_text().ja
            ),
            format!(
                "Application date {} → Work Style Reform Subsidy, course for {}, {}",
                as_of,
                sector.en(),
                rules.info.title_text().en
            ),
        ),
        sr.sources.leaflet,
    );
    let window = later_years_and_window(rules, as_of, trace);
    budget_notice(rules, as_of, trace);

    // SME: capital OR regular workers (seed ※1 中小企業事業主の範囲).
    let capital_ok = input.capital_yen.is_some_and(|c| c <= sr.sme_capital);
    let employees_ok = input.employees <= sr.sme_employees;
    let sme = capital_ok || employees_ok;
    let (capital_ja, capital_en) = match input.capital_yen {
        Some(c) => (
            format!("資本金・出資額 {} {} {}", c.ja(), le(capital_ok), sr.sme_capital.ja()),
            format!("capital {} {} {}", c.en(), le(capital_ok), sr.sme_capital.en()),
        ),
        None => ("資本金・出資額なし".to_string(), "no capital".to_string()),
    };
    trace.step(
        "sme",
        Text::fixed("中小企業事業主か", "Small or medium-sized employer?"),
        Text::new(
            format!(
                "{}: {}、常時使用する労働者 {}人 {} {}人 → {}",
                sector.ja(),
                capital_ja,
                input.employees,
                le(employees_ok),
                sr.sme_employees,
                if sme {
                    "中小企業に当たります（いずれか一方で足ります）"
                } else {
                    "中小企業に当たりません"
                }
            ),
            format!(
                "{}: {}, {} regular workers {} {} → {}",
                sector.en(),
                capital_en,
                input.employees,
                le(employees_ok),
                sr.sme_employees,
                if sme { "an SME (either test suffices)" } else { "not an SME" }
            ),
        ),
        sr.sources.sme,
    );
    if !sme {
        eligible = false;
        trace.reason(
            "not_sme",
            Text::new(
                format!(
                    "{}の中小企業の基準（資本金・出資額{}以下または常時使用する労働者{}人以下）を満たしていません。",
                    sector.ja(),
                    sr.sme_capital.ja(),
                    sr.sme_employees
                ),
                format!(
                    "Not an SME for {} (capital up to {} or up to {} regular workers).",
                    sector.en(),
                    sr.sme_capital.en(),
                    sr.sme_employees
                ),
            ),
        );
    }

    // 36協定 and the rules for 年5日 paid leave (seed 対象事業主 2, 3).
    for (met, id, label, ok_text, reason_code, reason) in [
        (
            input.agreement36,
            "agreement36",
            Text::fixed("36協定", "36 agreement"),
            Text::fixed("交付申請時点で36協定を締結しています", "a 36 agreement is in force when applying"),
            "no_agreement36",
            Text::fixed(
                "交付申請時点で36協定（時間外・休日労働に関する協定）を締結していることが必要です。",
                "A 36 agreement (on overtime and holiday work) must be in force when applying.",
            ),
        ),
        (
            input.paid_leave_rules,
            "paid_leave_rules",
            Text::fixed("年5日の年次有給休暇", "Five days of paid leave a year"),
            Text::fixed(
                "年5日の年次有給休暇の取得に向けて就業規則等を整備しています",
                "the work rules provide for taking 5 days of paid leave a year",
            ),
            "no_paid_leave_rules",
            Text::fixed(
                "年5日の年次有給休暇の取得に向けて就業規則等を整備していることが必要です。",
                "The work rules must provide for taking 5 days of paid leave a year.",
            ),
        ),
    ] {
        let text = if met {
            ok_text
        } else {
            eligible = false;
            trace.reason(reason_code, reason.clone());
            reason
        };
        trace.step(id, label, text, sr.sources.target);
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
        goals.push(holidays_goal(hr, h, trace)?);
    }
    if let (Some(done), Some(cap)) = (input.goals.doctors, sr.doctors) {
        goals.push(doctors_goal(cap, done));
    }
    for g in &goals {
        trace.step_yen(g.goal.step_id(), g.goal.label(), g.reason.message.clone(), g.cap_yen, g.goal.source(sr));
        if g.rules_out {
            eligible = false;
            trace.reason(g.reason.code, g.reason.message.clone());
        }
    }
    let any_reached = goals.iter().any(|g| g.reached);
    if goals.is_empty() {
        eligible = false;
        let m = Text::fixed(
            "成果目標を1つ以上選んでください。成果目標を選ばないと助成されません。",
            "Please choose at least one goal; without a goal there is no subsidy.",
        );
        trace.reason("no_goal_chosen", m.clone());
        trace.step("goals", Text::fixed("成果目標", "Goals"), m, sr.sources.leaflet);
    } else if !any_reached {
        eligible = false;
        trace.reason(
            "no_goal_reached",
            Text::fixed(
                "選んだ成果目標のどれにも届いていないため、上限額がありません（各目標の理由を見てください）。",
                "None of the chosen goals is reached, so there is no cap (see each goal for why).",
            ),
        );
    }

    // The wage-raise bonus, added to the goals reached.
    let bonus = match input.wage_raise {
        Some(w) => wage_raise_bonus(rules, sr, input.employees, w, any_reached, trace)?,
        None => Yen::ZERO,
    };

    // I: the caps reached plus the bonus.
    let mut cap = Yen::ZERO;
    let mut parts_ja = Vec::new();
    let mut parts_en = Vec::new();
    for g in goals.iter().filter(|g| g.reached) {
        cap = cap.checked_add(g.cap_yen)?;
        parts_ja.push(g.cap_yen.ja());
        parts_en.push(g.cap_yen.en());
    }
    if !bonus.is_zero() {
        cap = cap.checked_add(bonus)?;
        parts_ja.push(format!("加算 {}", bonus.ja()));
        parts_en.push(format!("bonus {}", bonus.en()));
    }
    let (sum_ja, sum_en) = if parts_ja.len() > 1 {
        (format!("{} = {}", parts_ja.join(" + "), cap.ja()), format!("{} = {}", parts_en.join(" + "), cap.en()))
    } else {
        (cap.ja(), cap.en())
    };
    trace.step_yen(
        "cap",
        Text::fixed(
            "I: 上限額の合計（達成した成果目標＋賃金引上げ加算）",
            "I: caps of the goals reached plus the wage-raise bonus",
        ),
        Text::new(sum_ja, sum_en),
        cap,
        sr.sources.amount,
    );

    // The rate: 4/5 for employers of 30 or fewer whose measures ⑥–⑦ cost over 300,000 yen.
    let small = input.employees <= rules.small_employer_max;
    let efficiency_over = input.efficiency_cost > rules.raised_rate_efficiency_over;
    let rate = if small && efficiency_over { rules.raised_rate } else { rules.rate };
    trace.step(
        "rate",
        Text::fixed("補助率", "Rate"),
        Text::new(
            format!(
                "常時使用する労働者 {}人 {} {}人、⑥⑦の経費 {} {} {} → {}",
                input.employees,
                le(small),
                rules.small_employer_max,
                input.efficiency_cost.ja(),
                le(!efficiency_over),
                rules.raised_rate_efficiency_over.ja(),
                rate
            ),
            format!(
                "{} regular workers {} {}, measures ⑥–⑦ {} {} {} → {}",
                input.employees,
                le(small),
                rules.small_employer_max,
                input.efficiency_cost.en(),
                le(!efficiency_over),
                rules.raised_rate_efficiency_over.en(),
                rate
            ),
        ),
        sr.sources.amount,
    );

    if input.cost.is_zero() {
        eligible = false;
        trace.reason(
            "no_cost",
            Text::fixed(
                "助成対象となる取組の経費が入力されていません。",
                "No cost of eligible measures has been entered.",
            ),
        );
    }

    // The amount: the lower of I and II = cost × rate, then the rounding step.
    let product = input.cost.checked_mul_rate(rate)?;
    let lower = product.min(cap);
    trace.step_yen(
        "amount_vs_cap",
        Text::fixed("助成額（IとIIの低い方）", "Amount: the lower of I and II"),
        Text::new(
            format!("I {}、II 対象経費 {} × {} = {} → {}", cap.ja(), input.cost.ja(), rate, product.ja(), lower.ja()),
            format!(
                "I {}, II eligible cost {} × {} = {} → {}",
                cap.en(),
                input.cost.en(),
                rate,
                product.en(),
                lower.en()
            ),
        ),
        lower,
        sr.sources.amount,
    );
    let rounded = truncate_to_thousand_yen(lower)?;
    trace.notice(Notice::unconfirmed(
        "round_thousand_yen",
        Text::fixed("助成額の千円未満切捨て", "truncating the amount to whole thousands of yen"),
    ));
    trace.step_yen(
        "round_thousand_yen",
        Text::fixed("端数処理（千円未満切捨て）", "Rounding: truncate to whole 1,000 yen"),
        Text::new(format!("{} → {}", lower.ja(), rounded.ja()), format!("{} → {}", lower.en(), rounded.en())),
        rounded,
        RULES_ROUNDING,
    );
    let amount = if eligible { rounded } else { Yen::ZERO };
    if !eligible {
        trace.step_yen(
            "not_eligible",
            Text::fixed("結果", "Result"),
            Text::fixed("要件を満たさないため 0円", "requirements not met → 0 yen"),
            Yen::ZERO,
            sr.sources.target,
        );
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
        application_window: window,
    })
}

/// The application window of the fiscal year of `as_of`, as a step and, when it is closed or not
/// yet open, a notice; and past this ruleset, the notice `rules_not_modelled` (RULES.md §2.2).
fn later_years_and_window(rules: &Ruleset, as_of: Date, trace: &mut Trace) -> Option<ApplicationWindow> {
    let fy = as_of.fiscal_year();
    let fy_ja = reiwa_fiscal_year(fy);
    let window = rules.windows.iter().find(|w| w.fiscal_year == fy).map(|w| ApplicationWindow::of(w.round, as_of));
    let span = window.map(|w| match w.opens {
        Some(o) => (format!("{}〜{}", o.ja(), w.closes.ja()), format!("{o} to {}", w.closes)),
        None => (format!("{}まで", w.closes.ja()), format!("until {}", w.closes)),
    });
    let (window_ja, window_en) = match &span {
        Some((ja, en)) => (
            format!("{fy_ja}の申請受付期間は{ja}です。"),
            format!("The application window of fiscal year {fy} is {en}."),
        ),
        None => (
            format!("{fy_ja}の申請受付期間は分かっていません。"),
            format!("The application window of fiscal year {fy} is not known."),
        ),
    };
    if rules.info.valid_to.is_some_and(|to| as_of > to) {
        let first_later = rules.info.valid_to.map_or(fy, |to| to.fiscal_year().saturating_add(1));
        let course = &rules.later_course;
        trace.notice(Notice::new(
            "rules_not_modelled",
            Text::new(
                format!(
                    "{}以降、このコースは働き方改革推進支援助成金「{}」になり、成果目標・上限額・加算額が変わっています。その規則はこの試算に入っていないため、金額は{}の規則によるもので、実際の額とは異なる場合があります。{}",
                    reiwa_fiscal_year(first_later),
                    course.ja,
                    rules.info.title_text().ja,
                    window_ja
                ),
                format!(
                    "From fiscal year {first_later} this course is the Work Style Reform Subsidy's {}, with other goals, caps and bonuses. Those rules are not in this estimate: the amount follows the rules of {} and may differ. {}",
                    course.en,
                    rules.info.title_text().en,
                    window_en
                ),
            ),
        ));
    }
    trace.step(
        "application_window",
        Text::fixed("申請受付期間", "Application window"),
        match span {
            Some((ja, en)) => Text::new(format!("{fy_ja}: {ja}"), format!("fiscal year {fy}: {en}")),
            None => Text::new(format!("{fy_ja}: 不明"), format!("fiscal year {fy}: not known")),
        },
        WINDOW_SOURCE,
    );
    if let Some(n) = window.and_then(|w| w.notice()) {
        trace.notice(n);
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
    trace.notice(Notice::new(
        "budget_may_close",
        Text::new(
            format!("国の予算額に制約されるため、{}以前に予告なく受付が締め切られる場合があります。", close.ja()),
            format!("The budget is limited: applications may close without notice on or before {close}."),
        ),
    ));
}

fn goal(goal: Goal, cap: Yen, code: &'static str, message: Text) -> GoalResult {
    GoalResult { goal, cap_yen: cap, reached: !cap.is_zero(), reason: GoalReason { code, message }, rules_out: false }
}

/// A goal whose condition on the employer is not met: it adds nothing, and rules the application out.
fn ruled_out(goal: Goal, code: &'static str, message: Text) -> GoalResult {
    GoalResult { rules_out: true, ..self::goal(goal, Yen::ZERO, code, message) }
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
            "overtime_reduced",
            Text::new(
                format!(
                    "現在の36協定 月{}時間（月{}時間超）→ 新しい設定 月{}時間（月{}時間以下） → 上限 {}",
                    num(b),
                    r.before_over,
                    num(a),
                    r.after_at_most,
                    r.cap.ja()
                ),
                format!(
                    "36 agreement now {} h a month (over {} h) → new setting {} h (at most {} h) → cap {}",
                    num(b),
                    r.before_over,
                    num(a),
                    r.after_at_most,
                    r.cap.en()
                ),
            ),
        );
    }
    let threshold = sr.overtime.iter().map(|r| r.before_over).min().unwrap_or(0);
    if b <= Decimal::from(threshold) {
        return goal(Goal::Overtime, Yen::ZERO, "overtime_before_not_over_threshold", Text::new(
            format!("現在の36協定の設定 月{}時間が月{threshold}時間を超えていないため、この目標の対象になりません（0円）。", num(b)),
            format!("The 36 agreement now sets {} h a month, not over {threshold} h, so this goal does not apply (0 yen).", num(b)),
        ));
    }
    let needed =
        sr.overtime.iter().filter(|r| b > Decimal::from(r.before_over)).map(|r| r.after_at_most).max().unwrap_or(0);
    goal(Goal::Overtime, Yen::ZERO, "overtime_after_too_high", Text::new(
        format!("現在の設定 月{}時間からは、新しい設定を月{needed}時間以下にする必要があります。月{}時間では上限額の表のどの欄にも当たりません（0円）。", num(b), num(a)),
        format!("From {} h a month now, the new setting must be at most {needed} h; {} h meets no row of the table (0 yen).", num(b), num(a)),
    ))
}

/// 成果目標② 勤務間インターバル: by the shortest rest, halved for widening or lengthening only.
fn interval_goal(ir: IntervalRules, i: Interval, past_overtime: bool) -> GoalResult {
    if ir.needs_past_overtime && !past_overtime {
        return ruled_out(Goal::Interval, "interval_needs_past_overtime", Text::fixed(
            "勤務間インターバルの成果目標を選ぶには、原則として過去2年間に月45時間を超える時間外労働の実態が必要です（pastOvertimeOver45h）。この目標を外せば他の成果目標で申請できます。",
            "The rest-between-shifts goal needs, in principle, overtime over 45 hours in some month of the past 2 years (pastOvertimeOver45h). Without this goal, the other goals remain open.",
        ));
    }
    let band = ir.bands.iter().rev().find(|band| i.hours >= Decimal::from(band.from_hours));
    let Some(band) = band else {
        let min = ir.bands.first().map_or(0, |band| band.from_hours);
        return goal(
            Goal::Interval,
            Yen::ZERO,
            "interval_too_short",
            Text::new(
                format!("最も短い休息時間 {}時間が{min}時間未満のため、この目標に届きません（0円）。", num(i.hours)),
                format!("The shortest rest, {} h, is under {min} h, so the goal is not reached (0 yen).", num(i.hours)),
            ),
        );
    };
    let (cap, kind_ja, kind_en) = match i.kind {
        IntervalKind::New => (band.new, "新規導入", "new"),
        IntervalKind::Extend => {
            (band.extend, "適用範囲の拡大・時間延長のみ（半額）", "widening or lengthening only (half)")
        }
    };
    goal(
        Goal::Interval,
        cap,
        "interval_introduced",
        Text::new(
            format!("最も短い休息時間 {}時間 ≥ {}時間・{} → 上限 {}", num(i.hours), band.from_hours, kind_ja, cap.ja()),
            format!("shortest rest {} h ≥ {} h, {} → cap {}", num(i.hours), band.from_hours, kind_en, cap.en()),
        ),
    )
}

/// Rounding step 小数点以下切捨て: the days off per 4 weeks converted from annual days, in whole days.
///
/// The seed gives the formula (建設業 ※5) but not the rounding. The MHLW Q&A on the same goal, as
/// quoted for the later 業種別課題対応コース, answers 「小数点以下は切り捨てとする」; the engine applies it
/// to both figures and marks it **unconfirmed** for FY2023.
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
fn approx(d: Decimal) -> String {
    let short = d.round_dp_with_strategy(2, RoundingStrategy::ToZero);
    if short == d {
        num(d)
    } else {
        format!("{}…", num(short))
    }
}

/// 成果目標② 所定休日の増加 (construction): 25万円 per day off added per 4 weeks, at most 4 days; the
/// current days off must be 4 to 7 per 4 weeks.
fn holidays_goal(hr: HolidayRules, h: Holidays, trace: &mut Trace) -> Result<GoalResult, Overflow> {
    let (before, after) = match h {
        Holidays::PerFourWeeks { before, after } => (before, after),
        Holidays::Annual { before: yb, after: ya } => {
            let eb = per_four_weeks(hr, yb)?;
            let ea = per_four_weeks(hr, ya)?;
            let (tb, ta) = (truncate_to_whole_days(eb), truncate_to_whole_days(ea));
            trace.notice(Notice::unconfirmed(
                "holidays_annual_truncation",
                Text::fixed(
                    "年間所定休日数から換算した4週当たりの所定休日数の小数点以下切捨て",
                    "truncating the days off per 4 weeks converted from annual days to whole days",
                ),
            ));
            trace.step(
                "holidays_conversion",
                Text::fixed(
                    "年間所定休日数の4週当たりへの換算（小数点以下切捨て）",
                    "Annual days off per 4 weeks (truncated to whole days)",
                ),
                Text::new(
                    format!(
                        "現在 {yb}日 ÷ ({} ÷ {}) × {} = {} → {}日、実施後 {ya}日 → {} → {}日",
                        hr.year_days,
                        hr.week_days,
                        hr.weeks,
                        approx(eb),
                        num(tb),
                        approx(ea),
                        num(ta)
                    ),
                    format!(
                        "now {yb} days ÷ ({} ÷ {}) × {} = {} → {} days; after {ya} days → {} → {} days",
                        hr.year_days,
                        hr.week_days,
                        hr.weeks,
                        approx(eb),
                        num(tb),
                        approx(ea),
                        num(ta)
                    ),
                ),
                HOLIDAYS_CONVERSION,
            );
            (int(tb), int(ta))
        }
    };
    if before < hr.before_min || before > hr.before_max {
        return Ok(ruled_out(Goal::Holidays, "holidays_before_out_of_range", Text::new(
            format!(
                "所定休日を増やす成果目標は、交付申請時点の所定休日が4週当たり{}日から{}日の事業主が対象です（現在 {before}日）。この目標を外せば他の成果目標で申請できます。",
                hr.before_min, hr.before_max
            ),
            format!(
                "The days-off goal is for employers with {} to {} scheduled days off per 4 weeks when applying (now {before}). Without this goal, the other goals remain open.",
                hr.before_min, hr.before_max
            ),
        )));
    }
    let added = after.saturating_sub(before);
    if added < 1 {
        return Ok(goal(Goal::Holidays, Yen::ZERO, "holidays_not_increased", Text::new(
            format!("4週当たりの所定休日が {before}日 → {after}日 で増えていないため、この目標に届きません（0円）。"),
            format!("Days off per 4 weeks go from {before} to {after}: no increase, so the goal is not reached (0 yen)."),
        )));
    }
    let counted = added.min(hr.max_days);
    let cap = hr.per_day.checked_mul_int(counted)?;
    let (limit_ja, limit_en) = if added > hr.max_days {
        (format!("（最大{}日分）", hr.max_days), format!(" (at most {} days)", hr.max_days))
    } else {
        (String::new(), String::new())
    };
    Ok(goal(
        Goal::Holidays,
        cap,
        "holidays_increased",
        Text::new(
            format!(
                "4週当たりの所定休日 {before}日 → {after}日: {added}日増加{limit_ja} → {} × {counted}日 = {}",
                hr.per_day.ja(),
                cap.ja()
            ),
            format!(
                "days off per 4 weeks {before} → {after}: {added} more{limit_en} → {} × {counted} = {}",
                hr.per_day.en(),
                cap.en()
            ),
        ),
    ))
}

/// 成果目標③ 医師の働き方改革 (hospital): the cap when every item is done.
fn doctors_goal(cap: Yen, done: bool) -> GoalResult {
    if done {
        goal(
            Goal::Doctors,
            cap,
            "doctor_items_done",
            Text::new(
                format!("労務管理体制の構築等と医師の労働時間の実態把握・管理をすべて実施 → 上限 {}", cap.ja()),
                format!(
                    "every item of labour management and of measuring and managing doctors' hours is done → cap {}",
                    cap.en()
                ),
            ),
        )
    } else {
        goal(Goal::Doctors, Yen::ZERO, "doctor_items_not_done", Text::fixed(
            "労務管理責任者の設置、副業・兼業先との協力体制（該当する場合）、管理者層へのマネジメント研修、医師の労働時間の実態把握、医師の勤務計画の作成をすべて実施した場合に限り対象です（0円）。",
            "Only when all items are done: a labour-management lead, coordination with doctors' side jobs (where any), management training, measuring doctors' hours, and doctors' duty plans (0 yen).",
        ))
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
    let label = Text::fixed("賃金引上げの加算額", "Wage-raise bonus");
    let table = rules.bonus.iter().find(|t| w.percent >= Decimal::from(t.min_percent));
    let Some(table) = table else {
        let min = rules.bonus.iter().map(|t| t.min_percent).min().unwrap_or(0);
        trace.step_yen(
            "wage_raise_bonus",
            label,
            Text::new(
                format!("賃金の引上げ率 {}% が{min}%未満のため加算はありません", num(w.percent)),
                format!("a raise of {} % is under {min} %: no bonus", num(w.percent)),
            ),
            Yen::ZERO,
            sr.sources.bonus,
        );
        return Ok(Yen::ZERO);
    };
    let small = employees <= rules.small_employer_max;
    let cells = if small { table.small } else { table.large };
    let size_ja = format!("常時使用する労働者{}人{}", rules.small_employer_max, if small { "以下" } else { "超" });
    let size_en = format!("{} {} regular workers", if small { "up to" } else { "over" }, rules.small_employer_max);
    let head_ja = format!("{}%以上の引上げ（{}%）・{}・{}人", table.min_percent, num(w.percent), size_ja, w.workers);
    let head_en =
        format!("raise of {} % or more ({} %), {}, {} workers", table.min_percent, num(w.percent), size_en, w.workers);
    let band = cells.bands.iter().find(|(up_to, _)| w.workers <= *up_to);
    let (figure, how_ja, how_en) = match band {
        _ if w.workers < 1 => {
            (Yen::ZERO, "引き上げる労働者がいないため加算なし".to_string(), "no worker raised: no bonus".to_string())
        }
        Some((_, y)) => (*y, y.ja(), y.en()),
        None if w.workers <= cells.per_worker_to => {
            let y = cells.per_worker.checked_mul_int(w.workers)?;
            (
                y,
                format!("1人当たり{} × {}人 = {}", cells.per_worker.ja(), w.workers, y.ja()),
                format!("{} per worker × {} = {}", cells.per_worker.en(), w.workers, y.en()),
            )
        }
        None => {
            trace.notice(Notice::unconfirmed(
                "wage_raise_over_30_workers",
                Text::new(
                    format!(
                        "{}人を超える引上げ人数には、{}人の欄の上限額を用いています",
                        cells.per_worker_to, cells.per_worker_to
                    ),
                    format!(
                        "more than {} raised workers get the maximum of the {}-worker cell",
                        cells.per_worker_to, cells.per_worker_to
                    ),
                ),
            ));
            (
                cells.per_worker_max,
                format!("表は{}人までのため、上限 {} を用います", cells.per_worker_to, cells.per_worker_max.ja()),
                format!(
                    "the table stops at {} workers: its maximum {} applies",
                    cells.per_worker_to,
                    cells.per_worker_max.en()
                ),
            )
        }
    };
    let bonus = if any_reached { figure } else { Yen::ZERO };
    let (tail_ja, tail_en) = if !any_reached && !figure.is_zero() {
        trace.notice(Notice::unconfirmed(
            "wage_raise_needs_a_goal",
            Text::fixed(
                "賃金引上げの加算は、成果目標を1つ以上達成した場合に加えるものとしています",
                "the wage-raise bonus is added only when at least one goal is reached",
            ),
        ));
        (
            "。ただし成果目標に1つも届いていないため加算されません（0円）",
            "; but no goal is reached, so nothing is added (0 yen)",
        )
    } else {
        ("", "")
    };
    trace.step_yen(
        "wage_raise_bonus",
        label,
        Text::new(format!("{head_ja} → {how_ja}{tail_ja}"), format!("{head_en} → {how_en}{tail_en}")),
        bonus,
        sr.sources.bonus,
    );
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
            assert_eq!(total, sr.stated_maximum, "{}", sr.sources.leaflet);
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

/// Why a goal adds what it adds (a step's text, and a reason when it adds nothing).
#[derive(Debug, Clone, Serialize)]
pub struct GoalReason {
    pub code: &'static str,
    pub message: Text,
}
