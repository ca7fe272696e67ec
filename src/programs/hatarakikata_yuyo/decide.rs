//! 働き方改革推進支援助成金 (適用猶予業種等対応コース), from the estimate to a decision: the hints (the
//! next tier of each goal given, the next row of the wage-raise bonus), the bounds of a partial
//! answer, and the what-if grid of the cost.
//!
//! Every amount comes from the answer's own calculation on the input with the one change applied,
//! so that applying a hint's change to the request gives exactly its amount.

use super::{
    calculate, overtime_goal, per_four_weeks, read_input, truncate_to_whole_days, BonusCells, Draft, DraftHolidays,
    Holidays, Input, Output, Request, Ruleset, Sector, SectorRules, DAYS_PER_4_WEEKS, DAYS_PER_YEAR, PROGRAM,
};
use crate::catalog::Message;
use crate::date::Date;
use crate::error::{Error, ErrorKind};
use crate::explain::Trace;
use crate::money::{truncate_to_thousand_yen, Overflow, Yen};
use crate::programs::decision::{self, Bounds, Change, Grid, Hint, Marks, Number, Point};
use crate::programs::overflowed;
use crate::value::{to_decimal, Range, Value, MONEY};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::{Decimal, RoundingStrategy};

/// The fields a what-if grid may vary.
pub const WHAT_IF_FIELDS: &[(&str, Range)] = &[("input.costYen", MONEY)];

/// The answer to `input` (its words are built and dropped: this program's answer is cheap).
fn evaluate(rules: &Ruleset, as_of: Date, input: &Input) -> Result<Output, Overflow> {
    calculate(rules, as_of, input, &mut Trace::new(PROGRAM))
}

fn hint(code: &'static str, change: Change, amount: Yen, text: Message) -> Hint {
    Hint { code, change, amount_yen: amount, informational: false, text: text.with("amount", amount) }
}

/// The hints of an answer, in this order: `overtime_next_tier`, `interval_next_tier`,
/// `holidays_next_tier`, `doctors_all_items`, `bonus_start` (no raise given), `bonus_next_row`,
/// `bonus_next_percent`; only those whose amount is above the answer's, each change once.
pub(super) fn hints(rules: &Ruleset, as_of: Date, input: &Input, out: &Output) -> Result<Vec<Hint>, Overflow> {
    let Some(sr) = input.sector.rules(rules) else { return Ok(Vec::new()) };
    let amount_of = |changed: &Input| evaluate(rules, as_of, changed).map(|o| o.amount_yen);
    let mut hints = Vec::new();
    let goals = input.goals;

    // 成果目標①: the least lowering of the new setting that reaches a higher cap (the goal then
    // takes the highest cap of every row it meets).
    if let Some(o) = goals.overtime {
        let now = overtime_goal(sr, o).cap_yen;
        let next = sr
            .overtime
            .iter()
            .filter(|r| o.before_hours > Decimal::from(r.before_over) && r.cap > now)
            .map(|r| r.after_at_most)
            .max();
        if let Some(after) = next {
            let lowered = super::Overtime { after_hours: Decimal::from(after), ..o };
            let mut changed = input.clone();
            changed.goals.overtime = Some(lowered);
            let amount = amount_of(&changed)?;
            let text = Message::new("hatarakikata-yuyo.hint.overtime_next_tier")
                .with("after", after)
                .with("cap", overtime_goal(sr, lowered).cap_yen);
            let field = "input.goals.overtime.afterHours";
            hints.push(hint("overtime_next_tier", Change::int(field, after), amount, text));
        }
    }
    // 成果目標② 勤務間インターバル: the next band of rest hours. Where the goal needs past overtime
    // over 45 hours and there was none, the goal is ruled out at any hours, so the changed input's
    // amount is the answer's and `keep_useful` drops the hint.
    if let (Some(i), Some(ir)) = (goals.interval, sr.interval) {
        if let Some(band) = ir.bands.iter().find(|b| Decimal::from(b.from_hours) > i.hours) {
            let mut changed = input.clone();
            if let Some(x) = changed.goals.interval.as_mut() {
                x.hours = Decimal::from(band.from_hours);
            }
            let amount = amount_of(&changed)?;
            let text = Message::new("hatarakikata-yuyo.hint.interval_next_tier").with("hours", band.from_hours);
            let field = "input.goals.interval.hours";
            hints.push(hint("interval_next_tier", Change::int(field, band.from_hours), amount, text));
        }
    }
    // 成果目標② 所定休日の増加: one more day off per 4 weeks, up to the days counted.
    if let (Some(h), Some(hr)) = (goals.holidays, sr.holidays) {
        let found = match h {
            Holidays::PerFourWeeks { before, after } => {
                let added = after.saturating_sub(before);
                let target = after.max(before).saturating_add(1);
                let fits = (hr.before_min..=hr.before_max).contains(&before)
                    && added < hr.max_days
                    && target <= DAYS_PER_4_WEEKS.max;
                fits.then(|| {
                    let changed = Holidays::PerFourWeeks { before, after: target };
                    (changed, "input.goals.holidays.afterDays", target, target, "per_four_weeks")
                })
            }
            Holidays::Annual { before, after } => {
                let days = |annual| per_four_weeks(hr, annual).map(truncate_to_whole_days);
                let (b, a) = (days(before)?, days(after)?);
                let (b, a) = (b.to_i64().unwrap_or(0), a.to_i64().unwrap_or(0));
                let target = a.max(b).saturating_add(1);
                // The fewest days a year that convert to `target` per 4 weeks: target × 365 ÷ 28,
                // rounded up.
                let factor = hr.week_days.saturating_mul(hr.weeks);
                let annual = Decimal::from(target.saturating_mul(hr.year_days))
                    .checked_div(Decimal::from(factor.max(1)))
                    .map(|x| x.round_dp_with_strategy(0, RoundingStrategy::ToPositiveInfinity))
                    .and_then(|x| x.to_i64())
                    .unwrap_or(i64::MAX);
                let fits = (hr.before_min..=hr.before_max).contains(&b)
                    && a.saturating_sub(b) < hr.max_days
                    && annual > after
                    && annual <= DAYS_PER_YEAR.max;
                fits.then(|| {
                    let changed = Holidays::Annual { before, after: annual };
                    (changed, "input.goals.holidays.annualAfter", annual, target, "annual")
                })
            }
        };
        if let Some((changed_days, field, value, per_4_weeks, variant)) = found {
            let mut changed = input.clone();
            changed.goals.holidays = Some(changed_days);
            let amount = amount_of(&changed)?;
            let key = if variant == "annual" {
                "hatarakikata-yuyo.hint.holidays_next_tier.annual"
            } else {
                "hatarakikata-yuyo.hint.holidays_next_tier"
            };
            let text = Message::new(key).with("after", value).with("per_4_weeks", per_4_weeks);
            hints.push(hint("holidays_next_tier", Change::int(field, value), amount, text));
        }
    }
    // 成果目標③ 医師の働き方改革: every item done.
    if let (Some(false), Some(cap)) = (goals.doctors, sr.doctors) {
        let mut changed = input.clone();
        changed.goals.doctors = Some(true);
        let amount = amount_of(&changed)?;
        let text = Message::new("hatarakikata-yuyo.hint.doctors_all_items").with("cap", cap);
        hints.push(hint("doctors_all_items", Change::yes("input.goals.doctors"), amount, text));
    }
    // The wage-raise bonus, where no raise is given: the least that adds it, the lowest table's
    // raise for one worker (the first row). `keep_useful` drops it where the bonus adds nothing
    // (no goal reached, or the cost × rate already below the caps).
    if input.wage_raise.is_none() {
        if let Some(percent) = rules.bonus.iter().map(|t| t.min_percent).min() {
            let mut changed = input.clone();
            changed.wage_raise = Some(super::WageRaise { percent: Decimal::from(percent), workers: 1 });
            let amount = amount_of(&changed)?;
            let text = Message::new("hatarakikata-yuyo.hint.bonus_start").with("percent", percent);
            let change = Change::group("input.wageRaise", vec![("percent", percent), ("workers", 1)]);
            hints.push(hint("bonus_start", change, amount, text));
        }
    }
    // The wage-raise bonus: the next row of workers, and the next table of the raise.
    if let Some(w) = input.wage_raise {
        let min_percent = rules.bonus.iter().map(|t| t.min_percent).min().unwrap_or(0);
        if w.percent >= Decimal::from(min_percent) {
            let table = rules.bonus.iter().find(|t| w.percent >= Decimal::from(t.min_percent));
            let cells = table.map(|t| if input.employees <= rules.small_employer_max { t.small } else { t.large });
            if let Some(next) = cells.and_then(|c| next_bonus_row(c, w.workers)).filter(|n| *n <= input.employees) {
                let mut changed = input.clone();
                if let Some(x) = changed.wage_raise.as_mut() {
                    x.workers = next;
                }
                let amount = amount_of(&changed)?;
                let text = Message::new("hatarakikata-yuyo.hint.bonus_next_row").with("workers", next);
                hints.push(hint("bonus_next_row", Change::int("input.wageRaise.workers", next), amount, text));
            }
        }
        let next_percent = rules.bonus.iter().map(|t| t.min_percent).filter(|p| Decimal::from(*p) > w.percent).min();
        if let Some(p) = next_percent {
            let mut changed = input.clone();
            if let Some(x) = changed.wage_raise.as_mut() {
                x.percent = Decimal::from(p);
            }
            let amount = amount_of(&changed)?;
            let text = Message::new("hatarakikata-yuyo.hint.bonus_next_percent").with("percent", p);
            hints.push(hint("bonus_next_percent", Change::int("input.wageRaise.percent", p), amount, text));
        }
    }
    Ok(decision::keep_useful(hints, out.amount_yen))
}

/// The smallest number of raised workers above `workers` that reaches a higher figure of the
/// bonus: the next band (4, 7, 11), then one more worker up to the table's last.
fn next_bonus_row(cells: BonusCells, workers: i64) -> Option<i64> {
    if workers < 1 {
        return Some(1);
    }
    if let Some((up_to, _)) = cells.bands.iter().find(|(up_to, _)| workers <= *up_to) {
        return Some(up_to.saturating_add(1));
    }
    (workers < cells.per_worker_to).then(|| workers.saturating_add(1))
}

/// The bonus figure for `workers` raised (the table's rule, without its words).
fn bonus_figure(cells: BonusCells, workers: i64) -> Result<Yen, Overflow> {
    if workers < 1 {
        return Ok(Yen::ZERO);
    }
    match cells.bands.iter().find(|(up_to, _)| workers <= *up_to) {
        Some((_, y)) => Ok(*y),
        None if workers <= cells.per_worker_to => cells.per_worker.checked_mul_int(workers),
        None => Ok(cells.per_worker_max),
    }
}

/// The range of amounts the fields given allow (the draft's missing fields are all required ones).
///
/// Exact when only the cost is missing (the amount never falls as the cost grows: the least is at
/// the cost of measures ⑥–⑦, the most at 1兆円). Otherwise 0 to the most the fields given allow by
/// the tables: the highest caps the goals given can still reach, the highest bonus, the higher rate
/// where it may apply, and cost × rate when the cost is known; for a sector not given, the most of
/// the sectors that offer every goal given.
pub(super) fn bounds(rules: &Ruleset, as_of: Date, d: &Draft) -> Result<Bounds, Overflow> {
    if d.cost.is_none() {
        let fill = |cost: Yen| Draft { cost: Some(cost), ..d.clone() }.complete();
        let least = d.efficiency_cost.unwrap_or(Yen::ZERO);
        if let (Some(low), Some(high)) = (fill(least), fill(Yen::from_i64(MONEY.max))) {
            let min_yen = evaluate(rules, as_of, &low)?.amount_yen;
            let max_yen = evaluate(rules, as_of, &high)?.amount_yen;
            return Ok(Bounds { min_yen, max_yen });
        }
    }
    if d.agreement36 == Some(false) || d.paid_leave_rules == Some(false) {
        return Ok(Bounds { min_yen: Yen::ZERO, max_yen: Yen::ZERO });
    }
    let sectors: &[Sector] = match &d.sector {
        Some(s) => std::slice::from_ref(s),
        None => &[Sector::Transport, Sector::Construction, Sector::Hospital],
    };
    let mut most = Yen::ZERO;
    for sector in sectors {
        let Some(sr) = sector.rules(rules) else { continue };
        let g = &d.goals;
        let offers = (g.interval.is_none() || sr.interval.is_some())
            && (g.holidays.is_none() || sr.holidays.is_some())
            && (g.doctors.is_none() || sr.doctors.is_some());
        if offers {
            most = most.max(most_in(rules, sr, d)?);
        }
    }
    Ok(Bounds { min_yen: Yen::ZERO, max_yen: most })
}

/// The most a sector gives with the fields given.
fn most_in(rules: &Ruleset, sr: &SectorRules, d: &Draft) -> Result<Yen, Overflow> {
    let zero = Ok(Yen::ZERO);
    let sme = d.capital_yen.is_some_and(|c| c <= sr.sme_capital) || d.employees.map_or(true, |n| n <= sr.sme_employees);
    let g = &d.goals;
    let any_goal = g.overtime.is_some() || g.interval.is_some() || g.holidays.is_some() || g.doctors.is_some();
    if !sme || !any_goal || d.cost.is_some_and(|c| c.is_zero()) {
        return zero;
    }
    let mut caps = Yen::ZERO;
    if let Some((before, after)) = g.overtime {
        let best = sr
            .overtime
            .iter()
            .filter(|r| before.map_or(true, |b| b > Decimal::from(r.before_over)))
            .filter(|r| after.map_or(true, |a| a <= Decimal::from(r.after_at_most)))
            .map(|r| r.cap)
            .max();
        caps = caps.checked_add(best.unwrap_or(Yen::ZERO))?;
    }
    if let (Some((hours, kind)), Some(ir)) = (g.interval, sr.interval) {
        if ir.needs_past_overtime && !d.past_overtime_over_45h {
            return zero;
        }
        let best = ir
            .bands
            .iter()
            .filter(|b| hours.map_or(true, |h| h >= Decimal::from(b.from_hours)))
            .map(|b| match kind {
                Some(super::IntervalKind::Extend) => b.extend,
                _ => b.new,
            })
            .max();
        caps = caps.checked_add(best.unwrap_or(Yen::ZERO))?;
    }
    if let (Some(h), Some(hr)) = (g.holidays, sr.holidays) {
        let days = |annual: i64| -> Result<i64, Overflow> {
            Ok(truncate_to_whole_days(per_four_weeks(hr, annual)?).to_i64().unwrap_or(0))
        };
        let (before, after) = match h {
            DraftHolidays::PerFourWeeks { before, after } => (before, after),
            DraftHolidays::Annual { before, after } => (before.map(days).transpose()?, after.map(days).transpose()?),
        };
        if before.is_some_and(|b| b < hr.before_min || b > hr.before_max) {
            return zero;
        }
        let added = match (before, after) {
            (Some(b), Some(a)) => a.saturating_sub(b).clamp(0, hr.max_days),
            _ => hr.max_days,
        };
        caps = caps.checked_add(hr.per_day.checked_mul_int(added)?)?;
    }
    if let (Some(true), Some(cap)) = (g.doctors, sr.doctors) {
        caps = caps.checked_add(cap)?;
    }
    if let Some(w) = d.wage_raise {
        let mut bonus = Yen::ZERO;
        let small = d.employees.map(|n| n <= rules.small_employer_max);
        for table in rules.bonus.iter().filter(|t| w.percent.map_or(true, |p| p >= Decimal::from(t.min_percent))) {
            let cells: &[BonusCells] = match small {
                Some(true) => &[table.small],
                Some(false) => &[table.large],
                None => &[table.small, table.large],
            };
            for c in cells {
                let figure = match w.workers {
                    Some(n) => bonus_figure(*c, n)?,
                    None => c.per_worker_max,
                };
                bonus = bonus.max(figure);
            }
        }
        caps = caps.checked_add(bonus)?;
    }
    if caps.is_zero() {
        return zero;
    }
    let small_possible = d.employees.map_or(true, |n| n <= rules.small_employer_max);
    let raised = small_possible && d.efficiency_cost.is_some_and(|e| e > rules.raised_rate_efficiency_over);
    let rate = if raised { rules.raised_rate } else { rules.rate };
    match d.cost {
        Some(cost) => truncate_to_thousand_yen(cost.checked_mul_rate(rate)?.min(caps)),
        None => truncate_to_thousand_yen(caps),
    }
}

/// The amounts over a grid of `input.costYen`, and the marks: the request's own cost, and the cost
/// from which the amount is the cap (cost × rate reaches it).
pub(super) fn what_if(
    rules: &Ruleset,
    as_of: Date,
    value: &Value,
    path: &'static str,
    values: &[Decimal],
) -> Result<Grid, Vec<Error>> {
    let key = path.strip_prefix("input.").unwrap_or(path);
    let (Some(first), Some(last)) = (values.first().copied(), values.last().copied()) else {
        return Ok(Grid { points: Vec::new(), marks: Marks { current: None, cap: None, course_steps: None } });
    };
    // The request with the cost set to the end of the grid: a missing cost, or one below the cost
    // of measures ⑥–⑦, does not stand in the way.
    let request = read_input(rules, &decision::with_field(value, key, last))?;
    let Request::Covered(input) = request else {
        let points = values.iter().map(|v| Point { value: Number(*v), amount_yen: Yen::ZERO }).collect();
        return Ok(Grid { points, marks: Marks { current: None, cap: None, course_steps: None } });
    };
    if input.efficiency_cost > Yen::new(first) {
        return Err(vec![Error::new(
            "options.from",
            ErrorKind::Inconsistent {
                other: "efficiencyCostYen",
                why: Message::new("what_if.inconsistent.cost_below_efficiency"),
            },
        )]);
    }
    let at = |v: Decimal| Input { cost: Yen::new(v), ..input.clone() };
    let amount = |v: Decimal| evaluate(rules, as_of, &at(v)).map(|o| o.amount_yen).map_err(overflowed);
    let mut points = Vec::with_capacity(values.len());
    for v in values {
        points.push(Point { value: Number(*v), amount_yen: amount(*v)? });
    }
    let own = value
        .as_object()
        .and_then(|o| o.iter().find(|(k, v)| k == key && !v.is_absent()))
        // The grid varies only the cost (`WHAT_IF_FIELDS`), read in the range of money.
        .and_then(|(_, v)| to_decimal(v, MONEY).ok())
        .filter(|v| Yen::new(*v) >= input.efficiency_cost);
    let current = match own {
        Some(v) => Some(Point { value: Number(v), amount_yen: amount(v)? }),
        None => None,
    };
    // The cost ceiling: the least whole-yen cost whose cost × rate reaches the cap.
    let out = evaluate(rules, as_of, &at(last)).map_err(overflowed)?;
    let mut cap = None;
    if let (Some(c), Some(rate)) = (out.cap_yen, out.rate) {
        let ceiling = c
            .decimal()
            .checked_mul(Decimal::from(rate.den))
            .and_then(|x| x.checked_div(Decimal::from(rate.num)))
            .map(|x| x.round_dp_with_strategy(0, RoundingStrategy::ToPositiveInfinity));
        if let Some(ceiling) =
            ceiling.filter(|x| *x <= Decimal::from(MONEY.max) && Yen::new(*x) >= input.efficiency_cost)
        {
            let at_ceiling = amount(ceiling)?;
            if !at_ceiling.is_zero() {
                cap = Some(Point { value: Number(ceiling), amount_yen: at_ceiling });
            }
        }
    }
    Ok(Grid { points, marks: Marks { current, cap, course_steps: None } })
}
