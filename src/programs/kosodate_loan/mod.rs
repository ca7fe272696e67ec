//! かごしま子育て応援企業ローン, program id `kosodate-loan`.
//!
//! A loan of 商工中金 for companies registered as かごしま子育て応援企業 or sponsoring the
//! かごしま子育て支援パスポート (seed 「かごしま子育て応援企業ローン」について). The program checks
//! the terms against the loan's limits, applies the preferential rate (the lender's own rate minus
//! 0.2 points, floored at the long-term prime rate for equipment over 5 years), and lays out two
//! monthly schedules, equal principal (元金均等) and equal payments (元利均等), with the grace period
//! (据置期間) paying interest only. The seed gives no rates: the user enters them.

mod r2023_06;

use crate::catalog::{Fact, Message};
use crate::date::Date;
use crate::error::{Error, ErrorKind, Unit};
use crate::explain::{Notice, Reason, Step, Trace};
use crate::money::{truncate_to_yen, Overflow, Yen};
use crate::programs::{overflowed, ruleset_at, Outcome, Program, RulesetInfo};
use crate::quantity::Quantity;
use crate::sources::Cite;
use crate::value::{Fields, Range, Value};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use serde::Serialize;

/// The terms of the loan in one period.
#[derive(Debug)]
pub struct Ruleset {
    pub info: RulesetInfo,
    /// Limits by purpose, in the order of [`Purpose`].
    pub limits: [Limits; 2],
    /// 優遇幅: percentage points off the lender's own rate.
    pub discount_points: Decimal,
    /// The span of rates, percent a year, assumed for a rate the user does not know (the lender's
    /// rate, the long-term prime rate): the answer gives the schedules at both ends.
    pub assumed_rates: (Decimal, Decimal),
}

/// The limits of one kind of fund.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub max_amount: Yen,
    pub max_term_months: u32,
    pub max_grace_months: u32,
    /// For terms longer than this many months, the rate is floored at the long-term prime rate.
    pub prime_floor_over_months: Option<u32>,
}

static RULESETS: [&Ruleset; 1] = [&r2023_06::RULESET];

/// Input ranges: up to 100億円, 30 years, rates up to 20 %. The limits of the loan itself are
/// checked as verdicts, not as input errors, so that a bank officer sees how far off a request is.
const AMOUNT: Range = Range::whole(1, 10_000_000_000, Unit::Yen);
const TERM: Range = Range::whole(1, 360, Unit::Months);
const GRACE: Range = Range::whole(0, 360, Unit::Months);
const RATE: Range = Range::decimal(0, 20, Unit::Percent);

pub struct KosodateLoan;

impl Program for KosodateLoan {
    fn id(&self) -> &'static str {
        "kosodate-loan"
    }
    fn rulesets(&self) -> Vec<&'static RulesetInfo> {
        RULESETS.iter().map(|r| &r.info).collect()
    }
    fn run(&self, ruleset: usize, _as_of: Date, input: &Value, trace: &mut Trace) -> Result<Outcome, Vec<Error>> {
        let rules = ruleset_at(&RULESETS, ruleset)?;
        let input = read_input(rules, input)?;
        calculate(rules, &input, trace).map(|o| Outcome::KosodateLoan(Box::new(o))).map_err(overflowed)
    }
}

/// Who may borrow (seed 対象者 ① ②).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualification {
    /// ① registered as a かごしま子育て応援企業.
    Registered,
    /// ② a sponsor of the かごしま子育て支援パスポート事業.
    PassportSponsor,
    None,
}

const QUALIFICATIONS: [(&str, Qualification); 3] = [
    ("registered", Qualification::Registered),
    ("passport_sponsor", Qualification::PassportSponsor),
    ("none", Qualification::None),
];

/// 資金の種類.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Purpose {
    /// 運転資金.
    Working,
    /// 設備資金.
    Equipment,
}

impl Purpose {
    fn index(self) -> usize {
        self as usize
    }
    /// The catalog key of the kind of fund.
    fn term(self) -> &'static str {
        match self {
            Purpose::Working => "kosodate-loan.purpose.working",
            Purpose::Equipment => "kosodate-loan.purpose.equipment",
        }
    }
}

const PURPOSES: [(&str, Purpose); 2] = [("working", Purpose::Working), ("equipment", Purpose::Equipment)];

/// The validated input of `kosodate-loan`.
#[derive(Debug, Clone, Copy)]
pub struct Input {
    pub qualification: Qualification,
    pub purpose: Purpose,
    pub amount: Yen,
    pub term_months: u32,
    pub grace_months: u32,
    /// 商工中金の所定の利率, percent a year; `None` when the user does not know it.
    pub base_rate: Option<Decimal>,
    /// 長期プライムレート, percent a year, needed only when the floor can apply: `Some(None)` when
    /// the user does not know it.
    pub long_term_prime_rate: Option<Option<Decimal>>,
}

/// A rate the user may not know: a number, or the text `unknown` (the page sends it for
/// 「わからない」).
fn rate_or_unknown(f: &mut Fields<'_>, key: &'static str, required: bool) -> Option<Option<Decimal>> {
    if matches!(f.get(key), Some(Value::String(s)) if s.trim() == "unknown") {
        return Some(None);
    }
    let n = if required { f.number(key, RATE) } else { f.number_opt(key, RATE) };
    n.map(Some)
}

fn months(d: Decimal) -> u32 {
    d.to_u32().unwrap_or(u32::MAX)
}

fn read_input(rules: &Ruleset, value: &Value) -> Result<Input, Vec<Error>> {
    let mut f = Fields::of("input", value);
    if !f.errors.is_empty() {
        return Err(f.errors);
    }
    let qualification = f.choice("qualification", &QUALIFICATIONS);
    let purpose = f.choice("purpose", &PURPOSES);
    let amount = f.number("amountYen", AMOUNT).map(Yen::new);
    let term = f.number("termMonths", TERM).map(months);
    let grace = f.number_or("graceMonths", GRACE, Decimal::ZERO).map(months);
    let base_rate = rate_or_unknown(&mut f, "baseRatePercent", true);
    let floor_applies = match (purpose, term) {
        (Some(p), Some(t)) => {
            rules.limits.get(p.index()).and_then(|l| l.prime_floor_over_months).is_some_and(|over| t > over)
        }
        _ => false,
    };
    // Accepted and not needed when the floor does not apply to these terms.
    let long_term_prime_rate = rate_or_unknown(&mut f, "longTermPrimeRatePercent", floor_applies);
    if let (Some(t), Some(g)) = (term, grace) {
        if g >= t {
            f.error(
                "graceMonths",
                ErrorKind::Inconsistent {
                    other: "termMonths",
                    why: Message::new("kosodate-loan.inconsistent.grace_not_below_term"),
                },
            );
        }
    }
    let errors = f.finish_errors();
    match (qualification, purpose, amount, term, grace, base_rate) {
        (Some(qualification), Some(purpose), Some(amount), Some(term_months), Some(grace_months), Some(base_rate))
            if errors.is_empty() =>
        {
            Ok(Input {
                qualification,
                purpose,
                amount,
                term_months,
                grace_months,
                base_rate,
                long_term_prime_rate: if floor_applies { long_term_prime_rate } else { None },
            })
        }
        _ => Err(errors),
    }
}

/// The verdict of one limit.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Check {
    /// `qualification`, `amount`, `term` or `grace`.
    pub check: &'static str,
    pub passed: bool,
    /// The limit and the request, in yen or months (absent for `qualification`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub actual: Option<i64>,
    /// The same words as the step of the same id.
    pub message: Message,
}

/// One month of a schedule.
#[derive(Debug, Clone, Copy, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Row {
    pub month: u32,
    pub principal_yen: Yen,
    pub interest_yen: Yen,
    pub payment_yen: Yen,
    /// What is still owed after this month's payment.
    pub balance_yen: Yen,
}

/// A repayment schedule.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Schedule {
    /// The regular instalment after the grace period: the principal part (元金均等) or the whole
    /// payment (元利均等). The last month absorbs the remainder.
    pub instalment_yen: Yen,
    pub total_interest_yen: Yen,
    pub total_payment_yen: Yen,
    pub rows: Vec<Row>,
}

/// The answer of `kosodate-loan`.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Output {
    /// Every check passed (the lender's review still decides).
    pub fits: bool,
    pub checks: Vec<Check>,
    pub purpose: Purpose,
    /// The lender's rate as entered; `null` when the user does not know it.
    pub base_rate_percent: Option<Quantity>,
    /// The rate the schedules use, percent a year (with a rate not known: the high end).
    pub applied_rate_percent: Quantity,
    /// Whether the long-term prime rate floor raised the rate.
    pub prime_floor_applied: bool,
    pub equal_principal: Schedule,
    pub equal_payment: Schedule,
    /// When a rate is not known: the headline figures at both ends of the assumed span.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rate_range: Option<RateRange>,
}

/// The schedules' headline figures at the low and the high end of the assumed rates.
#[derive(Debug, Clone, Serialize)]
pub struct RateRange {
    pub low: Scenario,
    pub high: Scenario,
}

/// The headline figures of both schedules at one rate.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Scenario {
    pub applied_rate_percent: Quantity,
    /// 元金均等: the first payment after the grace period (the largest).
    pub equal_principal_first_payment_yen: Yen,
    pub equal_principal_total_interest_yen: Yen,
    /// 元利均等: the level monthly payment.
    pub equal_payment_instalment_yen: Yen,
    pub equal_payment_total_interest_yen: Yen,
}

/// The document a ruleset rests on, and a section of it.
fn cite(rules: &Ruleset, section: &'static str) -> Cite {
    Cite::new(rules.info.documents.first().copied().unwrap_or_default(), section)
}

/// `≤` or `>`, as a comparison with a limit reads.
fn le(ok: bool) -> Fact {
    Fact::Sym(if ok { "≤" } else { ">" })
}

/// One check of the terms against the loan's limits: adds its step
/// (`kosodate-loan.step.<check>[.<variant>]`) and, when it failed, its reason
/// (`kosodate-loan.reason.<check>`), both with `facts`; returns the step's words for the verdict.
fn record(
    check: &'static str,
    variant: Option<&'static str>,
    passed: bool,
    facts: Vec<(&'static str, Fact)>,
    source: Cite,
    trace: &mut Trace,
) -> Message {
    let mut key = String::from("kosodate-loan.step.");
    key.push_str(check);
    let mut step = Step::new(check, source);
    if let Some(v) = variant {
        key.push('.');
        key.push_str(v);
        step = step.variant(v);
    }
    let mut reason = Reason::new(check).cite(source);
    for (name, fact) in &facts {
        step = step.with(name, fact.clone());
        reason = reason.with(name, fact.clone());
    }
    trace.add(step);
    if !passed {
        trace.add_reason(reason);
    }
    Message { key: key.into(), args: facts }
}

fn calculate(rules: &Ruleset, input: &Input, trace: &mut Trace) -> Result<Output, Overflow> {
    let limits = rules.limits.get(input.purpose.index()).copied().ok_or(Overflow)?;
    let purpose = Fact::Term(input.purpose.term());
    trace.add(
        Step::new("ruleset", cite(rules, "kosodate-loan.kinds"))
            .with("ruleset", rules.info.title())
            .with("purpose", purpose.clone()),
    );
    let review = cite(rules, "kosodate-loan.review");
    trace.notice(Notice::of("lender_review").cite(review));

    // Checks of the terms (the newsletter's table).
    let qualified = input.qualification != Qualification::None;
    let who = match input.qualification {
        Qualification::Registered => "registered",
        Qualification::PassportSponsor => "passport_sponsor",
        Qualification::None => "none",
    };
    let message = record("qualification", Some(who), qualified, Vec::new(), cite(rules, "kosodate-loan.target"), trace);
    let qualification = Check { check: "qualification", passed: qualified, limit: None, actual: None, message };
    let amount_ok = input.amount <= limits.max_amount;
    let message = record(
        "amount",
        None,
        amount_ok,
        vec![
            ("purpose", purpose),
            ("amount", input.amount.into()),
            ("cmp", le(amount_ok)),
            ("limit", limits.max_amount.into()),
        ],
        cite(rules, "kosodate-loan.amount"),
        trace,
    );
    let amount = Check {
        check: "amount",
        passed: amount_ok,
        limit: Some(limits.max_amount.whole()),
        actual: Some(input.amount.whole()),
        message,
    };
    let term_ok = input.term_months <= limits.max_term_months;
    let message = record(
        "term",
        None,
        term_ok,
        vec![
            ("term", input.term_months.into()),
            ("cmp", le(term_ok)),
            ("limit", limits.max_term_months.into()),
            ("limit_years", (limits.max_term_months / 12).into()),
        ],
        cite(rules, "kosodate-loan.term"),
        trace,
    );
    let term = Check {
        check: "term",
        passed: term_ok,
        limit: Some(i64::from(limits.max_term_months)),
        actual: Some(i64::from(input.term_months)),
        message,
    };
    let grace_ok = input.grace_months <= limits.max_grace_months;
    let message = record(
        "grace",
        None,
        grace_ok,
        vec![
            ("grace", input.grace_months.into()),
            ("cmp", le(grace_ok)),
            ("limit", limits.max_grace_months.into()),
            ("limit_years", (limits.max_grace_months / 12).into()),
        ],
        cite(rules, "kosodate-loan.term"),
        trace,
    );
    let grace = Check {
        check: "grace",
        passed: grace_ok,
        limit: Some(i64::from(limits.max_grace_months)),
        actual: Some(i64::from(input.grace_months)),
        message,
    };
    let checks = vec![qualification, amount, term, grace];
    let fits = checks.iter().all(|c| c.passed);

    // The rate: the lender's own rate − 0.2 points, never below 0, floored at the long-term prime
    // rate for equipment over 5 years (the newsletter's 金利). A rate the user does not know is
    // taken at both ends of the assumed span; the schedules are shown at the higher rate.
    let rate_section = cite(rules, "kosodate-loan.rate");
    let (low_end, high_end) = rules.assumed_rates;
    let applied = |base: Decimal, prime: Option<Decimal>| -> Result<(Decimal, Decimal, bool), Overflow> {
        let discounted = base.checked_sub(rules.discount_points).ok_or(Overflow)?.max(Decimal::ZERO);
        Ok(match prime {
            Some(p) if p > discounted => (discounted, p, true),
            _ => (discounted, discounted, false),
        })
    };
    let at = |end: Decimal| (input.base_rate.unwrap_or(end), input.long_term_prime_rate.map(|p| p.unwrap_or(end)));
    let (base, prime) = at(high_end);
    let (discounted, rate, floor_applied) = applied(base, prime)?;
    let unknown = input.base_rate.is_none() || input.long_term_prime_rate == Some(None);
    // A rate taken from the assumed span is said to be one.
    let shown = |rate: Decimal, known: bool| -> Fact {
        if known {
            Fact::Quantity(Quantity(rate))
        } else {
            Fact::from(Message::new("kosodate-loan.assumed_rate").with("rate", Quantity(rate)))
        }
    };
    let step = Step::new("rate", rate_section)
        .with("base", shown(base, input.base_rate.is_some()))
        .with("discount", Quantity(rules.discount_points))
        .with("discounted", Quantity(discounted));
    let step =
        match prime {
            Some(p) => step
                .with("prime", shown(p, input.long_term_prime_rate != Some(None)))
                .variant(if floor_applied { "floor_applied" } else { "above_floor" }),
            None => step,
        };
    trace.add(step.with("rate", Quantity(rate)));
    trace.notice(Notice::of("rates_entered_by_user").cite(rate_section));
    trace.notice(Notice::unconfirmed_rule("interest_truncated_monthly", review));
    trace.notice(Notice::unconfirmed_rule("instalment_truncated", review));

    // The schedules rest on the term and its grace period (貸付期間・据置) at the rate applied;
    // how a month's interest and the instalments are rounded is the usual bank practice, marked
    // unconfirmed by the notices above.
    let term_section = cite(rules, "kosodate-loan.term");
    let repay_months = input.term_months.saturating_sub(input.grace_months);
    let equal_principal = equal_principal(input.amount, rate, input.term_months, input.grace_months)?;
    trace.add(
        Step::new("equal_principal", term_section)
            .with("grace", input.grace_months)
            .with("months", repay_months)
            .with("amount", input.amount)
            .with("instalment", equal_principal.instalment_yen)
            .with("interest", equal_principal.total_interest_yen)
            .yen(equal_principal.total_interest_yen),
    );
    let equal_payment = equal_payment(input.amount, rate, input.term_months, input.grace_months)?;
    trace.add(
        Step::new("equal_payment", term_section)
            .with("grace", input.grace_months)
            .with("months", repay_months)
            .with("instalment", equal_payment.instalment_yen)
            .with("interest", equal_payment.total_interest_yen)
            .yen(equal_payment.total_interest_yen),
    );

    // Not known: the same schedules at the low end, and the span said plainly.
    let rate_range = if unknown {
        let (low_base, low_prime) = at(low_end);
        let (_, low_rate, _) = applied(low_base, low_prime)?;
        let low = scenario(input, low_rate)?;
        let high = scenario(input, rate)?;
        trace.add(
            Step::new("rate_range", rate_section)
                .with("from", Quantity(low_end))
                .with("to", Quantity(high_end))
                .with("low_rate", Quantity(low.applied_rate_percent.0))
                .with("high_rate", Quantity(high.applied_rate_percent.0))
                .with("low_payment", low.equal_payment_instalment_yen)
                .with("high_payment", high.equal_payment_instalment_yen),
        );
        trace.notice(
            Notice::of("rate_assumed")
                .with("from", Quantity(low_end))
                .with("to", Quantity(high_end))
                .cite(rate_section),
        );
        Some(RateRange { low, high })
    } else {
        None
    };

    Ok(Output {
        fits,
        checks,
        purpose: input.purpose,
        base_rate_percent: input.base_rate.map(Quantity),
        applied_rate_percent: Quantity(rate),
        prime_floor_applied: floor_applied,
        equal_principal,
        equal_payment,
        rate_range,
    })
}

/// The headline figures of both schedules at one rate.
fn scenario(input: &Input, rate: Decimal) -> Result<Scenario, Overflow> {
    let p = equal_principal(input.amount, rate, input.term_months, input.grace_months)?;
    let e = equal_payment(input.amount, rate, input.term_months, input.grace_months)?;
    let first_after_grace = usize::try_from(input.grace_months).unwrap_or(0);
    Ok(Scenario {
        applied_rate_percent: Quantity(rate),
        equal_principal_first_payment_yen: p.rows.get(first_after_grace).map_or(Yen::ZERO, |r| r.payment_yen),
        equal_principal_total_interest_yen: p.total_interest_yen,
        equal_payment_instalment_yen: e.instalment_yen,
        equal_payment_total_interest_yen: e.total_interest_yen,
    })
}

/// A month's interest: balance × annual rate (percent) ÷ 1,200, truncated to the yen
/// (`truncate_to_yen`; the usual bank practice, unconfirmed). The product is exact; the one division
/// is exact whenever the interest is a whole number of yen, so truncation never loses a yen to
/// rounding of the division.
fn monthly_interest(balance: Yen, rate_percent: Decimal) -> Result<Yen, Overflow> {
    let i =
        balance.decimal().checked_mul(rate_percent).and_then(|v| v.checked_div(Decimal::from(1200))).ok_or(Overflow)?;
    Ok(truncate_to_yen(Yen::new(i)))
}

/// Builds a schedule: interest only for `grace` months, then `principal_for(month, interest,
/// balance)` each month, with the last month taking whatever balance is left.
fn schedule(
    amount: Yen,
    rate: Decimal,
    term: u32,
    grace: u32,
    instalment: Yen,
    mut principal_for: impl FnMut(Yen, Yen) -> Result<Yen, Overflow>,
) -> Result<Schedule, Overflow> {
    let mut balance = amount;
    let mut rows = Vec::with_capacity(usize::try_from(term).unwrap_or(0));
    let mut total_interest = Yen::ZERO;
    let mut total_payment = Yen::ZERO;
    for month in 1..=term {
        let interest = monthly_interest(balance, rate)?;
        let principal = if month <= grace {
            Yen::ZERO
        } else if month == term {
            balance
        } else {
            // Never below nothing, never past what is owed.
            principal_for(interest, balance)?.max(Yen::ZERO).min(balance)
        };
        let payment = principal.checked_add(interest)?;
        balance = balance.checked_sub(principal)?;
        total_interest = total_interest.checked_add(interest)?;
        total_payment = total_payment.checked_add(payment)?;
        rows.push(Row {
            month,
            principal_yen: principal,
            interest_yen: interest,
            payment_yen: payment,
            balance_yen: balance,
        });
    }
    Ok(Schedule {
        instalment_yen: instalment,
        total_interest_yen: total_interest,
        total_payment_yen: total_payment,
        rows,
    })
}

/// 元金均等: the same principal each month after the grace period, amount ÷ months truncated to
/// the yen; the last month repays the remainder.
fn equal_principal(amount: Yen, rate: Decimal, term: u32, grace: u32) -> Result<Schedule, Overflow> {
    let months = Decimal::from(term.saturating_sub(grace).max(1));
    let each = truncate_to_yen(Yen::new(amount.decimal().checked_div(months).ok_or(Overflow)?));
    schedule(amount, rate, term, grace, each, |_, _| Ok(each))
}

/// 元利均等: the same payment each month after the grace period,
/// amount × r × (1+r)^n ÷ ((1+r)^n − 1) with r the monthly rate, truncated to the yen; the last
/// month repays the remainder with its interest. (1+r)^n is a product of n exact decimals (n ≤ 360),
/// rounded only where a product passes 28 significant digits.
fn equal_payment(amount: Yen, rate: Decimal, term: u32, grace: u32) -> Result<Schedule, Overflow> {
    let n = term.saturating_sub(grace).max(1);
    let r = rate.checked_div(Decimal::from(1200)).ok_or(Overflow)?;
    let exact = if r.is_zero() {
        amount.decimal().checked_div(Decimal::from(n)).ok_or(Overflow)?
    } else {
        let growth = power(Decimal::ONE.checked_add(r).ok_or(Overflow)?, n)?;
        let numerator = amount.decimal().checked_mul(r).and_then(|v| v.checked_mul(growth)).ok_or(Overflow)?;
        let denominator = growth.checked_sub(Decimal::ONE).ok_or(Overflow)?;
        numerator.checked_div(denominator).ok_or(Overflow)?
    };
    let payment = truncate_to_yen(Yen::new(exact));
    schedule(amount, rate, term, grace, payment, |interest, _| payment.checked_sub(interest))
}

/// `base^n` by repeated checked multiplication.
fn power(base: Decimal, n: u32) -> Result<Decimal, Overflow> {
    (0..n).try_fold(Decimal::ONE, |acc, _| acc.checked_mul(base).ok_or(Overflow))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sum_principal(s: &Schedule) -> Yen {
        s.rows.iter().fold(Yen::ZERO, |a, r| a.checked_add(r.principal_yen).unwrap())
    }

    #[test]
    fn both_schedules_repay_exactly_the_amount_and_end_at_zero() {
        for (amount, rate, term, grace) in [
            (1_200_000, "1.2", 12, 0),
            (1_000_000, "1.3", 7, 0),
            (100_000_000, "1.65", 120, 24),
            (50_000_000, "0", 60, 24),
            (9_999_999, "2.875", 37, 5),
        ] {
            let a = Yen::from_i64(amount);
            let r: Decimal = rate.parse().unwrap();
            for s in [equal_principal(a, r, term, grace).unwrap(), equal_payment(a, r, term, grace).unwrap()] {
                assert_eq!(sum_principal(&s), a, "{amount} {rate} {term} {grace}");
                assert_eq!(s.rows.last().unwrap().balance_yen, Yen::ZERO);
                assert_eq!(s.rows.len(), term as usize);
                assert!(s.rows.iter().take(grace as usize).all(|r| r.principal_yen.is_zero()));
                assert!(s.rows.iter().all(|r| r.principal_yen >= Yen::ZERO && r.balance_yen >= Yen::ZERO));
                let interest = s.rows.iter().fold(Yen::ZERO, |acc, r| acc.checked_add(r.interest_yen).unwrap());
                assert_eq!(interest, s.total_interest_yen);
            }
        }
    }

    #[test]
    fn equal_principal_interest_on_1_2_million_over_12_months_at_1_2_percent_is_7800_yen() {
        // 1,200,000 × 1.2 % ÷ 12 = 1,200 yen in month 1, falling by 100 a month: 100 × (12 + … + 1).
        let s = equal_principal(Yen::from_i64(1_200_000), "1.2".parse().unwrap(), 12, 0).unwrap();
        assert_eq!(s.total_interest_yen, Yen::from_i64(7_800));
        assert_eq!(s.rows[0].interest_yen, Yen::from_i64(1_200));
        assert_eq!(s.rows[11].interest_yen, Yen::from_i64(100));
    }

    #[test]
    fn a_power_is_the_product_of_its_factors() {
        assert_eq!(power(Decimal::new(1001, 3), 2).unwrap(), Decimal::new(1_002_001, 6));
        assert_eq!(power(Decimal::new(15, 1), 0).unwrap(), Decimal::ONE);
    }
}
