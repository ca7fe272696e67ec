//! 業務改善助成金, from the estimate to a decision: the hints (the smallest single changes of the
//! request that raise the amount), the bounds of a partial answer, and the what-if grid.
//!
//! Every amount here comes from the answer's own calculation, run quietly ([`evaluate`]: the same
//! rules without building the words) on the input with the one change applied, so that applying a
//! hint's change to the request gives exactly its amount (tests/properties.rs checks this).

use super::{
    cap_row_label, classify, counted_extras, course_caps, evaluate, read_input, revision_in_fiscal_year, widened_cost,
    CapCell, Counting, Draft, DraftWages, Industry, Input, Output, Ruleset, Wages, Worker, RAISE, WAGE,
};
use crate::catalog::Message;
use crate::date::Date;
use crate::error::{Error, ErrorKind};
use crate::money::{truncate_to_thousand_yen, Overflow, Rate, Yen};
use crate::programs::decision::{self, Bounds, Change, CourseStep, Grid, Hint, Marks, Number, Point};
use crate::programs::overflowed;
use crate::value::{to_decimal, Range, Value, MONEY, PEOPLE};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::{Decimal, RoundingStrategy};

/// The fields a what-if grid may vary.
pub const WHAT_IF_FIELDS: &[(&str, Range)] = &[("input.investmentYen", MONEY), ("input.raiseYen", RAISE)];

fn hint(code: &'static str, change: Change, amount: Yen, text: Message) -> Hint {
    Hint { code, change, amount_yen: amount, informational: false, text: text.with("amount", amount) }
}

/// The input with the raise of the simple mode set to `raise`.
fn with_raise(input: &Input, raise: i64) -> Input {
    let mut changed = input.clone();
    if let Wages::Simple { raise_yen, .. } = &mut changed.wages {
        *raise_yen = raise;
    }
    changed
}

/// The hints of an answer, in this order: `next_course`, `reach_new_minimum_wage`, `next_row`,
/// `productivity`, `production`, `price_hike`, `investment_ceiling`; only those whose amount is
/// above the answer's (and `investment_ceiling` when informational), each change once.
pub(super) fn hints(rules: &Ruleset, as_of: Date, input: &Input, out: &Output) -> Result<Vec<Hint>, Overflow> {
    let amount_of = |changed: &Input| evaluate(rules, as_of, changed);
    let mut hints = Vec::new();
    match &input.wages {
        Wages::Simple { lowest_wage, raise_yen, raised_workers, .. } => {
            // The next course up: the raise it takes.
            if let Some(&next) = rules.courses.iter().find(|c| **c > *raise_yen) {
                let amount = amount_of(&with_raise(input, next))?.amount_yen;
                let text = Message::new("gyomu-kaizen.hint.next_course")
                    .with("more", next.saturating_sub(*raise_yen))
                    .with("raise", next)
                    .with("course", next);
                hints.push(hint("next_course", Change::int("input.raiseYen", next), amount, text));
            }
            // FY2026: the raised minimum must reach the new minimum wage.
            let revision = rules.raise_must_reach_revision.and_then(|fy| revision_in_fiscal_year(input.prefecture, fy));
            if let Some((date, wage)) = revision {
                let needed = wage.saturating_sub(*lowest_wage);
                if needed > *raise_yen && needed <= RAISE.max {
                    let amount = amount_of(&with_raise(input, needed))?.amount_yen;
                    let text = Message::new("gyomu-kaizen.hint.reach_new_minimum_wage")
                        .with("raise", needed)
                        .with("revision_date", date)
                        .with("revision_wage", wage);
                    hints.push(hint("reach_new_minimum_wage", Change::int("input.raiseYen", needed), amount, text));
                }
            }
            // The next row of the cap table, as far as the site has workers.
            let special = out.special.is_special;
            let next_row = rules
                .cap_rows
                .iter()
                .enumerate()
                .find(|(_, r)| r.from > *raised_workers && (special || !r.special_only));
            if let Some((row, r)) = next_row.filter(|(_, r)| r.from <= input.site_employees) {
                let mut changed = input.clone();
                if let Wages::Simple { raised_workers, .. } = &mut changed.wages {
                    *raised_workers = r.from;
                }
                let amount = amount_of(&changed)?.amount_yen;
                let text = Message::new("gyomu-kaizen.hint.next_row")
                    .with("workers", r.from)
                    .with("row", cap_row_label(rules.cap_rows, row));
                hints.push(hint("next_row", Change::int("input.raisedWorkers", r.from), amount, text));
            }
        }
        Wages::Workers(ws) => {
            // One more worker counted: the listed worker raised too little for the course (the
            // leaflet's B) who is nearest to it, raised by the course amount.
            if let (Some(course), Some(lowest)) = (out.course, out.lowest_wage_yen) {
                let nearest = ws
                    .iter()
                    .enumerate()
                    .filter(|(_, w)| classify(rules, w, lowest, course) == Counting::RaisedTooLittle)
                    .min_by_key(|(_, w)| course.saturating_sub(w.wage_after.saturating_sub(w.wage_before)));
                if let Some((i, w)) = nearest {
                    let wage = w.wage_before.saturating_add(course);
                    if wage <= WAGE.max {
                        let mut changed = input.clone();
                        if let Wages::Workers(list) = &mut changed.wages {
                            if let Some(x) = list.get_mut(i) {
                                *x = Worker { wage_after: wage, ..*x };
                            }
                        }
                        let result = amount_of(&changed)?;
                        let text = Message::new("gyomu-kaizen.hint.next_row.worker")
                            .with("worker", i.saturating_add(1))
                            .with("wage", wage)
                            .with("counted", result.counted_workers);
                        let field = format!("input.workers[{i}].wageAfter");
                        hints.push(hint("next_row", Change::int(field, wage), result.amount_yen, text));
                    }
                }
            }
        }
    }
    // 生産性要件, where the year has it and the site's band has a bracketed rate.
    let band = out.lowest_wage_yen.and_then(|l| rules.rate_bands.iter().find(|b| b.below.map_or(true, |x| l < x)));
    if rules.productivity_requirement
        && input.productivity_met != Some(true)
        && band.is_some_and(|b| b.with_productivity.is_some())
    {
        let changed = Input { productivity_met: Some(true), ..input.clone() };
        let result = amount_of(&changed)?;
        let text = Message::new("gyomu-kaizen.hint.productivity").with("rate", result.rate.unwrap_or(Rate::new(0, 1)));
        hints.push(hint("productivity", Change::yes("input.productivityMet"), result.amount_yen, text));
    }
    // 特例事業者 ② 生産量要件 (FY2023) and the 物価高騰等要件.
    if rules.production_requirement && input.sales_drop_15 != Some(true) {
        let changed = Input { sales_drop_15: Some(true), ..input.clone() };
        let amount = amount_of(&changed)?.amount_yen;
        let text = Message::new("gyomu-kaizen.hint.production");
        hints.push(hint("production", Change::yes("input.salesDrop15"), amount, text));
    }
    if !input.profit_drop_3pt {
        let changed = Input { profit_drop_3pt: true, ..input.clone() };
        let amount = amount_of(&changed)?.amount_yen;
        let text = Message::new("gyomu-kaizen.hint.price_hike");
        hints.push(hint("price_hike", Change::yes("input.profitDrop3pt"), amount, text));
    }
    // The investment ceiling: below it, the investment that reaches the cap; above it, the part
    // that adds nothing (informational: lowering the investment to it keeps the amount).
    if let Some(ceiling) = investment_ceiling(rules, input, out)? {
        let changed = Input { investment: ceiling, ..input.clone() };
        if input.investment < ceiling {
            let amount = amount_of(&changed)?.amount_yen;
            let text = Message::new("gyomu-kaizen.hint.investment_ceiling")
                .with("investment", ceiling)
                .with("cap", out.cap_yen.unwrap_or(Yen::ZERO));
            hints.push(hint("investment_ceiling", Change::int("input.investmentYen", ceiling.whole()), amount, text));
        } else if input.investment > ceiling && !out.amount_yen.is_zero() {
            let amount = amount_of(&changed)?.amount_yen;
            if amount == out.amount_yen {
                let text = Message::new("gyomu-kaizen.hint.investment_ceiling.above")
                    .with("investment", ceiling)
                    .with("cap", out.cap_yen.unwrap_or(Yen::ZERO));
                let mut h =
                    hint("investment_ceiling", Change::int("input.investmentYen", ceiling.whole()), amount, text);
                h.informational = true;
                hints.push(h);
            }
        }
    }
    Ok(decision::keep_useful(hints, out.amount_yen))
}

/// The smallest whole-yen investment at which eligible cost × rate reaches the cap of the answer's
/// course and row: beyond it, nothing more is paid. `None` without a cap or a rate, or beyond the
/// range of the field.
fn investment_ceiling(rules: &Ruleset, input: &Input, out: &Output) -> Result<Option<Yen>, Overflow> {
    let (Some(cap), Some(rate)) = (out.cap_yen, out.rate) else { return Ok(None) };
    if rate.num == 0 {
        return Ok(None);
    }
    // cost × num / den ≥ cap  ⟺  cost ≥ cap × den / num, in whole yen rounded up.
    let target = cap
        .decimal()
        .checked_mul(Decimal::from(rate.den))
        .and_then(|x| x.checked_div(Decimal::from(rate.num)))
        .map(|x| x.round_dp_with_strategy(0, RoundingStrategy::ToPositiveInfinity))
        .ok_or(Overflow)?;
    let investment = if out.special.widened_costs {
        // cost = base + min(related, base), base = investment + devices + vehicles: twice the
        // base while the related costs cover it, then the base plus all of them.
        let (devices, vehicles, related) = counted_extras(rules, input.devices, input.vehicles, input.related);
        let others = devices.checked_add(vehicles)?.decimal();
        let related = related.decimal();
        let half = target
            .checked_div(Decimal::TWO)
            .map(|x| x.round_dp_with_strategy(0, RoundingStrategy::ToPositiveInfinity))
            .ok_or(Overflow)?;
        let base = if half <= related { half } else { target.checked_sub(related).ok_or(Overflow)? };
        let investment = base.checked_sub(others).ok_or(Overflow)?.max(Decimal::ZERO);
        // The rounding of the half can leave one yen to spare; take the smallest that reaches.
        let cost_of = |i: Decimal| widened_cost(Yen::new(i), (devices, vehicles, Yen::new(related))).map(|c| c.2);
        let mut i = investment;
        while i > Decimal::ZERO && cost_of(i.checked_sub(Decimal::ONE).ok_or(Overflow)?)?.decimal() >= target {
            i = i.checked_sub(Decimal::ONE).ok_or(Overflow)?;
        }
        i
    } else {
        target
    };
    if investment > Decimal::from(MONEY.max) {
        return Ok(None);
    }
    Ok(Some(Yen::new(investment)))
}

/// What the form tells of the site so far, for the bounds.
enum Lowest {
    Known(i64),
    /// Every listed worker is known and none has been employed long enough: not eligible.
    NoWorker,
    Unknown,
}

/// The range of amounts the fields given allow (the draft's missing fields are all required ones).
///
/// Exact when only the investment, the raise and the number of raised workers are missing (the
/// amount never falls when any of them grows, so the least and the most are the amounts at the
/// ends of their ranges: 0, and 1兆円, 100,000 yen, the site's workers). Otherwise 0 to the most
/// the fields given allow by the tables (the highest cap the known facts leave open, and cost ×
/// the highest rate when the cost is known).
pub(super) fn bounds(rules: &Ruleset, as_of: Date, draft: &Draft) -> Result<Bounds, Overflow> {
    if let Some((low, high)) = extremes(draft) {
        let min_yen = evaluate(rules, as_of, &low)?.amount_yen;
        let max_yen = evaluate(rules, as_of, &high)?.amount_yen;
        return Ok(Bounds { min_yen, max_yen });
    }
    Ok(Bounds { min_yen: Yen::ZERO, max_yen: most(rules, draft)? })
}

/// The draft at the least and at the most of its missing fields, when these are only the
/// investment, the raise and the raised workers.
fn extremes(draft: &Draft) -> Option<(Input, Input)> {
    let site = draft.site_employees?;
    let fill = |least: bool| {
        let mut d = draft.clone();
        if d.investment.is_none() {
            d.investment = Some(if least { Yen::ZERO } else { Yen::from_i64(MONEY.max) });
        }
        if let DraftWages::Simple { raise_yen, raised_workers, .. } = &mut d.wages {
            raise_yen.get_or_insert(if least { 0 } else { RAISE.max });
            raised_workers.get_or_insert(if least { 0 } else { site });
        }
        d.complete()
    };
    Some((fill(true)?, fill(false)?))
}

/// The most the fields given allow, by the tables.
fn most(rules: &Ruleset, d: &Draft) -> Result<Yen, Overflow> {
    if d.disqualifying_events || (rules.deemed_large_excluded && d.deemed_large_enterprise == Some(true)) {
        return Ok(Yen::ZERO);
    }
    // SME by capital or workers, for the industry given or any; the company has at least the
    // site's workers.
    let industries: &[Industry] = match &d.industry {
        Some(i) => std::slice::from_ref(i),
        None => &[Industry::Retail, Industry::Service, Industry::Wholesale, Industry::Other],
    };
    let company_at_least = d.company_employees.or(d.site_employees);
    let sme_possible = industries.iter().any(|i| {
        rules.sme.get(i.index()).is_some_and(|lim| {
            d.capital_yen.is_some_and(|c| c <= Yen::man(lim.capital_man))
                || company_at_least.map_or(true, |n| n <= lim.employees)
        })
    });
    if !sme_possible {
        return Ok(Yen::ZERO);
    }
    let months = i64::from(rules.min_months_employed);
    // The lowest wage and the raise, where the fields given fix them.
    let (lowest, raise, max_counted) = match &d.wages {
        DraftWages::Simple { lowest_wage, raise_yen, raised_workers, .. } => {
            let most_workers = raised_workers.or(d.site_employees).or(d.company_employees).unwrap_or(PEOPLE.max);
            (lowest_wage.map_or(Lowest::Unknown, Lowest::Known), *raise_yen, most_workers)
        }
        DraftWages::Workers(ws) => {
            let all_known = ws.iter().all(|w| w.wage_before.is_some() && w.months_employed.is_some());
            let long: Vec<i64> = ws
                .iter()
                .filter(|w| w.months_employed.is_some_and(|m| m >= months))
                .filter_map(|w| w.wage_before)
                .collect();
            let lowest = match long.iter().min() {
                Some(l) if all_known => Lowest::Known(*l),
                None if all_known => Lowest::NoWorker,
                _ => Lowest::Unknown,
            };
            let raise = match lowest {
                Lowest::Known(l) if ws.iter().all(|w| w.wage_after.is_some()) => ws
                    .iter()
                    .filter(|w| w.months_employed.is_some_and(|m| m >= months))
                    .filter_map(|w| w.wage_after)
                    .min()
                    .map(|after| after.saturating_sub(l)),
                _ => None,
            };
            (lowest, raise, i64::try_from(ws.len()).unwrap_or(i64::MAX))
        }
    };
    let lowest = match lowest {
        Lowest::NoWorker => return Ok(Yen::ZERO),
        Lowest::Known(l) => Some(l),
        Lowest::Unknown => None,
    };
    if max_counted < 1 {
        return Ok(Yen::ZERO);
    }
    let production = rules.production_requirement && d.sales_drop_15 == Some(true);
    let special_possible = lowest.map_or(true, |l| l < rules.special_wage_below) || production || d.profit_drop_3pt;
    let cell_most = |cell: CapCell| match d.site_employees {
        Some(s) if s < 30 => cell.1,
        Some(_) => cell.0,
        None => cell.0.max(cell.1),
    };
    let mut cap_most: Option<i64> = None;
    for &course in rules.courses.iter().filter(|c| raise.map_or(true, |r| r >= **c)) {
        let Some(caps) = course_caps(rules, course) else { continue };
        for (row, cell) in rules.cap_rows.iter().zip(caps.iter()) {
            if row.from <= max_counted && (special_possible || !row.special_only) {
                let v = cell_most(*cell);
                cap_most = Some(cap_most.map_or(v, |m| m.max(v)));
            }
        }
    }
    let Some(cap_most) = cap_most.map(Yen::man) else { return Ok(Yen::ZERO) };
    let rate_of = |b: &super::RateBand| match (d.productivity_met, b.with_productivity) {
        (Some(true), Some(p)) => p,
        _ => b.rate,
    };
    // The band of the lowest wage given, or any band.
    let band_of_lowest = lowest.and_then(|l| rules.rate_bands.iter().find(|b| b.below.map_or(true, |x| l < x)));
    let bands = match band_of_lowest {
        Some(b) => std::slice::from_ref(b),
        None if lowest.is_some() => &[][..],
        None => rules.rate_bands,
    };
    let rate_most = bands.iter().map(rate_of).max_by(|a, b| {
        let cross = |x: Rate, y: Rate| i64::from(x.num).saturating_mul(i64::from(y.den));
        cross(*a, *b).cmp(&cross(*b, *a))
    });
    let Some(rate_most) = rate_most else { return Ok(Yen::ZERO) };
    let Some(investment) = d.investment else { return truncate_to_thousand_yen(cap_most) };
    let widened = production || d.profit_drop_3pt;
    let cost = if widened {
        let extras = counted_extras(
            rules,
            d.devices.unwrap_or(Yen::ZERO),
            d.vehicles.unwrap_or(Yen::ZERO),
            d.related.unwrap_or(Yen::ZERO),
        );
        widened_cost(investment, extras)?.2
    } else {
        investment
    };
    if cost.is_zero() || rules.minimum_cost.is_some_and(|m| cost < m) {
        return Ok(Yen::ZERO);
    }
    truncate_to_thousand_yen(cost.checked_mul_rate(rate_most)?.min(cap_most))
}

/// The amounts over a grid of `input.<key>` (`investmentYen` or `raiseYen`), and the marks: the
/// request's own value, the investment ceiling, and where each course begins.
pub(super) fn what_if(
    rules: &Ruleset,
    as_of: Date,
    value: &Value,
    path: &'static str,
    values: &[Decimal],
) -> Result<Grid, Vec<Error>> {
    let range = WHAT_IF_FIELDS.iter().find(|(p, _)| *p == path).map_or(MONEY, |(_, r)| *r);
    let key = path.strip_prefix("input.").unwrap_or(path);
    let first = values.first().copied().unwrap_or(Decimal::ZERO);
    let given_workers = value.as_object().is_some_and(|o| o.iter().any(|(k, v)| k == "workers" && !v.is_absent()));
    if key == "raiseYen" && given_workers {
        return Err(vec![Error::new("options.field", ErrorKind::ConflictingFields { other: "workers" })]);
    }
    // The request as it is, with the field set to the first value: a missing or wrong value of the
    // field itself does not stand in the way of the grid.
    let input = read_input(&decision::with_field(value, key, first))?;
    let set = |v: Decimal| match key {
        "raiseYen" => with_raise(&input, v.to_i64().unwrap_or(0)),
        _ => Input { investment: Yen::new(v), ..input.clone() },
    };
    let amount = |v: Decimal| evaluate(rules, as_of, &set(v)).map(|o| o.amount_yen).map_err(overflowed);
    let mut points = Vec::with_capacity(values.len());
    for v in values {
        points.push(Point { value: Number(*v), amount_yen: amount(*v)? });
    }
    let own = value
        .as_object()
        .and_then(|o| o.iter().find(|(k, v)| k == key && !v.is_absent()))
        .and_then(|(_, v)| to_decimal(v, range).ok());
    let current = match own {
        Some(v) => Some(Point { value: Number(v), amount_yen: amount(v)? }),
        None => None,
    };
    let mut marks = Marks { current, cap: None, course_steps: None };
    match key {
        "investmentYen" => {
            let base = set(own.unwrap_or(first));
            let out = evaluate(rules, as_of, &base).map_err(overflowed)?;
            if let Some(ceiling) = investment_ceiling(rules, &base, &out).map_err(overflowed)? {
                let at = amount(ceiling.decimal())?;
                if !at.is_zero() {
                    marks.cap = Some(Point { value: Number(ceiling.decimal()), amount_yen: at });
                }
            }
        }
        _ => {
            let mut steps = Vec::with_capacity(rules.courses.len());
            for &c in rules.courses {
                steps.push(CourseStep {
                    course: c,
                    value: Number(Decimal::from(c)),
                    amount_yen: amount(Decimal::from(c))?,
                });
            }
            marks.course_steps = Some(steps);
        }
    }
    Ok(Grid { points, marks })
}
