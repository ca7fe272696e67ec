//! 雇用保険料 (employment-insurance premiums), program id `koyo-hoken`.
//!
//! The premium is the wage times the rate of the fiscal year (per 1,000), split between the worker
//! and the employer. Two ways in: one worker's monthly wage (what is withheld on payday) or the
//! annual wage bill (what the 年度更新 declares). Rates: seed 「令和5年度労働保険年度更新手続きの
//! お知らせ」 for FY2023, RULES.md §3 for the split and for FY2024 to FY2026. The steps cite MHLW's
//! 「雇用保険料率について」 (the yearly rate notices), which gives both the totals and the split.

mod r2023;
mod r2024;
mod r2025;
mod r2026;

use crate::catalog::Fact;
use crate::date::Date;
use crate::error::{Error, ErrorKind, Unit};
use crate::explain::{Notice, Step, Trace};
use crate::money::{round_half_down_to_yen, truncate_to_thousand_yen, truncate_to_yen, Overflow, Yen};
use crate::programs::{overflowed, ruleset_at, Outcome, Program, RulesetInfo};
use crate::quantity::Quantity;
use crate::sources::Cite;
use crate::value::{Fields, Range, Value};
use rust_decimal::Decimal;
use serde::{Serialize, Serializer};
use std::fmt;

/// The figures of one fiscal year.
#[derive(Debug)]
pub struct Ruleset {
    pub info: RulesetInfo,
    /// Rates by industry, in the order of [`Industry`].
    pub rates: [Shares; 3],
}

/// The rates of one industry: the worker's and the employer's share, per 1,000.
#[derive(Debug, Clone, Copy)]
pub struct Shares {
    pub worker: PerMille,
    pub employer: PerMille,
}

/// A rate per 1,000 held in tenths, exactly as the leaflets write it ("9.5/1000" is 95 tenths).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PerMille(u16);

impl PerMille {
    /// The rate of `tenths` tenths per 1,000: `PerMille::tenths(155)` is 15.5/1000.
    pub const fn tenths(tenths: u16) -> PerMille {
        PerMille(tenths)
    }
    /// The rate as an exact fraction of one (9.5/1000 → 0.0095).
    pub fn decimal(self) -> Decimal {
        Decimal::new(i64::from(self.0), 4)
    }
    pub fn plus(self, other: PerMille) -> PerMille {
        PerMille(self.0.saturating_add(other.0))
    }
    /// The rate per 1,000 as a number, for the explanation: 9.5 (the texts write 「9.5/1000」).
    fn quantity(self) -> Quantity {
        Quantity(Decimal::new(i64::from(self.0), 1))
    }
}

impl fmt::Display for PerMille {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let whole = self.0 / 10;
        match self.0 % 10 {
            0 => write!(f, "{whole}/1000"),
            tenth => write!(f, "{whole}.{tenth}/1000"),
        }
    }
}

impl Serialize for PerMille {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

static RULESETS: [&Ruleset; 4] = [&r2023::RULESET, &r2024::RULESET, &r2025::RULESET, &r2026::RULESET];

/// 「雇用保険料率について」: the rate table of the year, worker's and employer's shares.
const RATES: Cite = Cite::new("mhlw-koyo-hoken-rates", "rates");
/// The same notices: the new rates apply to wages whose closing date (賃金締切日) is on or after
/// 1 April.
const CLOSING_DATE: Cite = Cite::new("mhlw-koyo-hoken-rates", "koyo_closing_date");
/// The same notices: rounding of the worker's share withheld from wages (被保険者負担額の端数処理).
const ROUNDING: Cite = Cite::new("mhlw-koyo-hoken-rates", "koyo_rounding");
/// The premium of the year on the wage bill (年度更新: 保険料算定基礎額 × 雇用保険料率).
const ANNUAL: Cite = Cite::new("mhlw-koyo-hoken-rates", "koyo_annual_premium");
/// 「労働かごしま」令和5年6月号, which reprints the FY2023 totals (seed 「令和5年度労働保険年度更新
/// 手続きのお知らせ」) without the split.
const NEWSLETTER_RATES: Cite = Cite::new("kagoshima-rodo-2023-06", "koyo_newsletter_rates");

/// Input ranges: a month's wage up to 1億円, a wage bill up to 1兆円.
const MONTHLY_WAGE: Range = Range::whole(0, 100_000_000, Unit::Yen);
const WAGE_BILL: Range = Range::whole(0, 1_000_000_000_000, Unit::Yen);

pub struct KoyoHoken;

impl Program for KoyoHoken {
    fn id(&self) -> &'static str {
        "koyo-hoken"
    }
    fn rulesets(&self) -> Vec<&'static RulesetInfo> {
        RULESETS.iter().map(|r| &r.info).collect()
    }
    fn run(&self, ruleset: usize, as_of: Date, input: &Value, trace: &mut Trace) -> Result<Outcome, Vec<Error>> {
        let rules = ruleset_at(&RULESETS, ruleset)?;
        let input = read_input(input)?;
        calculate(rules, as_of, &input, trace).map(Outcome::KoyoHoken).map_err(overflowed)
    }
}

/// The 事業の種類 of the rate table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Industry {
    /// 一般の事業.
    General,
    /// 農林水産・清酒製造の事業.
    Agriculture,
    /// 建設の事業.
    Construction,
}

impl Industry {
    fn index(self) -> usize {
        self as usize
    }
    /// The catalog key of the 事業の種類's name.
    fn term(self) -> Fact {
        Fact::Term(match self {
            Industry::General => "koyo-hoken.industry.general",
            Industry::Agriculture => "koyo-hoken.industry.agriculture",
            Industry::Construction => "koyo-hoken.industry.construction",
        })
    }
}

const INDUSTRIES: [(&str, Industry); 3] =
    [("general", Industry::General), ("agriculture", Industry::Agriculture), ("construction", Industry::Construction)];

/// What the premium is computed on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wage {
    /// One worker's wage for one month (賃金の支払いごとの控除).
    Monthly(Yen),
    /// The annual wage bill of the insured workers (年度更新).
    Annual(Yen),
}

/// The validated input of `koyo-hoken`.
#[derive(Debug, Clone, Copy)]
pub struct Input {
    pub industry: Industry,
    pub wage: Wage,
}

fn read_input(value: &Value) -> Result<Input, Vec<Error>> {
    let mut f = Fields::of("input", value);
    if !f.errors.is_empty() {
        return Err(f.errors);
    }
    let industry = f.choice("industry", &INDUSTRIES);
    let wage = match (f.has("monthlyWageYen"), f.has("annualWageBillYen")) {
        (true, true) => {
            f.ignore("annualWageBillYen");
            f.error("annualWageBillYen", ErrorKind::ConflictingFields { other: "monthlyWageYen" });
            f.number("monthlyWageYen", MONTHLY_WAGE);
            None
        }
        (false, true) => {
            f.ignore("monthlyWageYen");
            f.number("annualWageBillYen", WAGE_BILL).map(|d| Wage::Annual(Yen::new(d)))
        }
        // Neither given: the monthly wage is the usual question, so that is the field asked for.
        _ => {
            f.ignore("annualWageBillYen");
            f.number("monthlyWageYen", MONTHLY_WAGE).map(|d| Wage::Monthly(Yen::new(d)))
        }
    };
    let errors = f.finish_errors();
    match (industry, wage) {
        (Some(industry), Some(wage)) if errors.is_empty() => Ok(Input { industry, wage }),
        _ => Err(errors),
    }
}

/// The answer of `koyo-hoken`.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Output {
    /// `monthly` (one worker's monthly wage) or `annual` (the annual wage bill).
    pub basis: &'static str,
    /// The fiscal year (年度) whose rates apply.
    pub fiscal_year: u16,
    /// The wage as entered.
    pub wage_yen: Yen,
    /// What the rates are applied to: the monthly wage, or the wage bill truncated to 1,000 yen.
    pub premium_basis_yen: Yen,
    pub worker_rate: PerMille,
    pub employer_rate: PerMille,
    pub total_rate: PerMille,
    pub worker_share_yen: Yen,
    pub employer_share_yen: Yen,
    /// Worker's share + employer's share.
    pub total_yen: Yen,
}

fn calculate(rules: &Ruleset, as_of: Date, input: &Input, trace: &mut Trace) -> Result<Output, Overflow> {
    let fy = as_of.fiscal_year();
    trace.add(Step::new("ruleset", RATES).with("date", as_of).with("ruleset", rules.info.title()));
    let shares = rules.rates.get(input.industry.index()).copied().ok_or(Overflow)?;
    let total_rate = shares.worker.plus(shares.employer);
    trace.add(
        Step::new("rates", RATES)
            .with("industry", input.industry.term())
            .with("worker_per_mille", shares.worker.quantity())
            .with("employer_per_mille", shares.employer.quantity())
            .with("total_per_mille", total_rate.quantity()),
    );
    if fy == 2023 {
        trace.notice(Notice::of("rate_split_from_rules").cite(NEWSLETTER_RATES));
    }
    if input.industry == Industry::Agriculture {
        trace.notice(Notice::of("agriculture_exceptions").cite(RATES));
    }

    let (basis, wage, premium_basis, worker, employer) = match input.wage {
        Wage::Monthly(wage) => {
            trace.notice(Notice::of("rate_by_pay_closing_date").cite(CLOSING_DATE));
            let exact = wage.checked_mul_per_mille(shares.worker)?;
            // No `yen` on this step: the figure may hold sen, and `yen` carries whole yen only.
            trace.add(
                Step::new("worker_share_exact", RATES)
                    .with("wage", wage)
                    .with("per_mille", shares.worker.quantity())
                    .with("exact", exact),
            );
            let worker = round_half_down_to_yen(exact);
            trace.notice(Notice::unconfirmed_rule("worker_share_half_down", ROUNDING));
            trace.add(Step::new("round_worker_share", ROUNDING).with("exact", exact).with("share", worker).yen(worker));
            let employer_exact = wage.checked_mul_per_mille(shares.employer)?;
            let employer = truncate_to_yen(employer_exact);
            trace.notice(Notice::unconfirmed_rule("employer_share_truncated", ROUNDING));
            trace.add(
                Step::new("employer_share", RATES)
                    .with("wage", wage)
                    .with("per_mille", shares.employer.quantity())
                    .with("exact", employer_exact)
                    .with("share", employer)
                    .yen(employer),
            );
            ("monthly", wage, wage, worker, employer)
        }
        Wage::Annual(bill) => {
            let premium_basis = truncate_to_thousand_yen(bill)?;
            trace.notice(Notice::unconfirmed_rule("wage_bill_truncated_to_thousand", ANNUAL));
            trace.notice(Notice::of("insured_wages_only").cite(ANNUAL));
            trace.add(
                Step::new("premium_basis", ANNUAL).with("bill", bill).with("basis", premium_basis).yen(premium_basis),
            );
            let total_exact = premium_basis.checked_mul_per_mille(total_rate)?;
            let total = truncate_to_yen(total_exact);
            trace.add(
                Step::new("total_premium", ANNUAL)
                    .with("basis", premium_basis)
                    .with("per_mille", total_rate.quantity())
                    .with("exact", total_exact)
                    .with("premium", total)
                    .yen(total),
            );
            let worker_exact = premium_basis.checked_mul_per_mille(shares.worker)?;
            let worker = truncate_to_yen(worker_exact);
            trace.notice(Notice::of("annual_worker_share_estimate"));
            trace.add(
                Step::new("worker_share", RATES)
                    .with("basis", premium_basis)
                    .with("per_mille", shares.worker.quantity())
                    .with("exact", worker_exact)
                    .with("share", worker)
                    .yen(worker),
            );
            let employer = total.checked_sub(worker)?;
            trace.add(
                Step::new("employer_share", RATES)
                    .with("premium", total)
                    .with("worker", worker)
                    .with("share", employer)
                    .variant("remainder")
                    .yen(employer),
            );
            ("annual", bill, premium_basis, worker, employer)
        }
    };

    let total = worker.checked_add(employer)?;
    trace.add(
        Step::new("total", RATES).with("worker", worker).with("employer", employer).with("total", total).yen(total),
    );

    Ok(Output {
        basis,
        fiscal_year: rules.info.valid_from.fiscal_year(),
        wage_yen: wage,
        premium_basis_yen: premium_basis,
        worker_rate: shares.worker,
        employer_rate: shares.employer,
        total_rate,
        worker_share_yen: worker,
        employer_share_yen: employer,
        total_yen: total,
    })
}

trait MulPerMille {
    fn checked_mul_per_mille(self, rate: PerMille) -> Result<Yen, Overflow>;
}

impl MulPerMille for Yen {
    /// `self × rate`, exact (a fraction of a yen stays until a rounding step).
    fn checked_mul_per_mille(self, rate: PerMille) -> Result<Yen, Overflow> {
        self.decimal().checked_mul(rate.decimal()).map(Yen::new).ok_or(Overflow)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rates_print_as_the_leaflets_write_them() {
        assert_eq!(PerMille::tenths(60).to_string(), "6/1000");
        assert_eq!(PerMille::tenths(95).to_string(), "9.5/1000");
        assert_eq!(PerMille::tenths(60).plus(PerMille::tenths(95)).to_string(), "15.5/1000");
        assert_eq!(PerMille::tenths(95).decimal(), Decimal::new(95, 4));
    }

    #[test]
    fn each_fiscal_year_adds_up_to_the_published_totals_and_follows_the_last() {
        // Totals per 1,000 in tenths: general, agriculture, construction (seed; RULES.md §3).
        let totals = [[155, 175, 185], [155, 175, 185], [145, 165, 175], [135, 155, 165]];
        for (rules, want) in RULESETS.iter().zip(totals) {
            for (shares, t) in rules.rates.iter().zip(want) {
                assert_eq!(shares.worker.plus(shares.employer), PerMille::tenths(t), "{}", rules.info.id);
            }
        }
        for rules in RULESETS {
            let (from, to) = (rules.info.valid_from, rules.info.valid_to.unwrap());
            assert_eq!((from.month(), from.day()), (4, 1), "{}", rules.info.id);
            assert_eq!((to.year(), to.month(), to.day()), (from.year() + 1, 3, 31), "{}", rules.info.id);
        }
        for pair in RULESETS.windows(2) {
            assert_eq!(pair[0].info.valid_from.year() + 1, pair[1].info.valid_from.year());
        }
    }
}
