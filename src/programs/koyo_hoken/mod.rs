//! 雇用保険料 (employment-insurance premiums), program id `koyo-hoken`.
//!
//! The premium is the wage times the rate of the fiscal year (per 1,000), split between the worker
//! and the employer. Two ways in: one worker's monthly wage (what is withheld on payday) or the
//! annual wage bill (what the 年度更新 declares). Rates: seed 「令和5年度労働保険年度更新手続きの
//! お知らせ」 for FY2023, RULES.md §3 for the split and for FY2024 to FY2026.

mod r2023;
mod r2024;
mod r2025;
mod r2026;

use crate::date::Date;
use crate::error::{Error, ErrorKind, Unit};
use crate::explain::{Notice, Trace};
use crate::money::{round_half_down_to_yen, truncate_to_thousand_yen, truncate_to_yen, Overflow, Yen};
use crate::programs::{overflowed, ruleset_at, Outcome, Program, RulesetInfo};
use crate::text::Text;
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
    /// The source of the rates as a whole.
    pub source: &'static str,
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

const SEED_RATES: &str = "seed 004 令和5年度労働保険年度更新手続きのお知らせ（雇用保険率）";
const RULES_SPLIT: &str = "RULES.md §3 雇用保険率（労使の内訳: verified）";
const MHLW_ROUNDING: &str = "厚生労働省 雇用保険料率のご案内（被保険者負担額の端数処理; unconfirmed）";
const DECLARATION: &str =
    "年度更新申告書の書き方（保険料算定基礎額の千円未満切捨て・保険料の1円未満切捨て; unconfirmed）";
/// Where to confirm an unconfirmed rounding.
const CHECK_WITH: Text = Text::fixed(
    "都道府県労働局（鹿児島労働局 労働保険徴収室）で確認してください。",
    "Please check with the prefectural labour bureau (labour insurance office).",
);

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
    fn ja(self) -> &'static str {
        match self {
            Industry::General => "一般の事業",
            Industry::Agriculture => "農林水産・清酒製造の事業",
            Industry::Construction => "建設の事業",
        }
    }
    fn en(self) -> &'static str {
        match self {
            Industry::General => "general businesses",
            Industry::Agriculture => "agriculture, forestry, fisheries and sake brewing",
            Industry::Construction => "construction",
        }
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
    trace.step(
        "ruleset",
        Text::fixed("適用する料率", "Rates applied"),
        Text::new(
            format!("{} → {}の雇用保険率", as_of.ja(), rules.info.title_text().ja),
            format!("{} → employment-insurance rates of {}", as_of, rules.info.title_text().en),
        ),
        rules.source,
    );
    let shares = rules.rates.get(input.industry.index()).copied().ok_or(Overflow)?;
    let total_rate = shares.worker.plus(shares.employer);
    trace.step(
        "rates",
        Text::fixed("雇用保険率（1,000分の）", "Rates (per 1,000)"),
        Text::new(
            format!(
                "{}: 労働者負担 {} + 事業主負担 {} = {}",
                input.industry.ja(),
                shares.worker,
                shares.employer,
                total_rate
            ),
            format!(
                "{}: worker {} + employer {} = {}",
                input.industry.en(),
                shares.worker,
                shares.employer,
                total_rate
            ),
        ),
        if fy == 2023 { SEED_RATES } else { rules.source },
    );
    if fy == 2023 {
        trace.notice(Notice::new("rate_split_from_rules", Text::fixed(
            "資料（労働かごしま）には合計の料率だけが載っています。労働者・事業主の内訳は厚生労働省の料率表によります。",
            "The newsletter gives only the total rates; the worker/employer split is from MHLW's rate table.",
        )));
    }
    if input.industry == Industry::Agriculture {
        trace.notice(Notice::new("agriculture_exceptions", Text::fixed(
            "農林水産の事業のうち、園芸サービス、牛馬の育成、酪農、養鶏、養豚、内水面養殖、特定の船員を雇用する事業は一般の事業の率です（厚生労働省の料率表）。",
            "Within agriculture and fisheries, horticultural services, horse and cattle rearing, dairy, poultry, pig farming, inland aquaculture and businesses employing certain seafarers pay the general rate (MHLW rate table).",
        )));
    }

    let (basis, wage, premium_basis, worker, employer) = match input.wage {
        Wage::Monthly(wage) => {
            trace.notice(Notice::new("rate_by_pay_closing_date", Text::fixed(
                "料率は賃金締切日が属する年度のものを使います（4月1日以降に締め切る賃金から新しい率）。",
                "The rate is that of the fiscal year of the wage's closing date (a new rate applies to wages closed on or after 1 April).",
            )));
            let exact = wage.checked_mul_per_mille(shares.worker)?;
            // No `yen` on this step: the figure may hold sen, and `yen` carries whole yen only.
            trace.step(
                "worker_share_exact",
                Text::fixed("労働者負担額（端数処理前）", "Worker's share before rounding"),
                Text::new(
                    format!("賃金 {} × {} = {}", wage.ja(), shares.worker, exact.ja()),
                    format!("wage {} × {} = {}", wage.en(), shares.worker, exact.en()),
                ),
                RULES_SPLIT,
            );
            let worker = round_half_down_to_yen(exact);
            trace.notice(Notice::unconfirmed_with(
                "worker_share_half_down",
                Text::fixed(
                    "賃金から控除する労働者負担額は50銭以下切捨て・50銭超切上げ",
                    "the worker's share withheld from wages drops 0.50 yen or less and rounds more than 0.50 yen up",
                ),
                CHECK_WITH,
            ));
            trace.step_yen(
                "round_worker_share",
                Text::fixed(
                    "端数処理（50銭以下切捨て・50銭超切上げ）",
                    "Rounding: 0.50 yen or less down, over 0.50 up",
                ),
                Text::new(format!("{} → {}", exact.ja(), worker.ja()), format!("{} → {}", exact.en(), worker.en())),
                worker,
                MHLW_ROUNDING,
            );
            let employer_exact = wage.checked_mul_per_mille(shares.employer)?;
            let employer = truncate_to_yen(employer_exact);
            trace.notice(Notice::unconfirmed_with(
                "employer_share_truncated",
                Text::fixed(
                    "1か月分の事業主負担額は1円未満切捨てで示しています（実際は年度更新で賃金総額から計算します）",
                    "the employer's share for one month is shown truncated to the yen (the employer actually pays on the annual wage bill)",
                ),
                CHECK_WITH,
            ));
            trace.step_yen(
                "employer_share",
                Text::fixed("事業主負担額（1円未満切捨て）", "Employer's share (truncated to the yen)"),
                Text::new(
                    format!("賃金 {} × {} = {} → {}", wage.ja(), shares.employer, employer_exact.ja(), employer.ja()),
                    format!("wage {} × {} = {} → {}", wage.en(), shares.employer, employer_exact.en(), employer.en()),
                ),
                employer,
                RULES_SPLIT,
            );
            ("monthly", wage, wage, worker, employer)
        }
        Wage::Annual(bill) => {
            let premium_basis = truncate_to_thousand_yen(bill)?;
            trace.notice(Notice::unconfirmed_with(
                "wage_bill_truncated_to_thousand",
                Text::fixed(
                    "保険料算定基礎額は賃金総額の千円未満切捨て、保険料は1円未満切捨て（年度更新申告書の扱い）",
                    "the premium basis is the wage bill without the part below 1,000 yen, and premiums drop fractions of a yen (as the annual declaration does)",
                ),
                CHECK_WITH,
            ));
            trace.notice(Notice::new(
                "insured_wages_only",
                Text::fixed(
                    "賃金総額は雇用保険の被保険者に支払った賃金の合計です（被保険者でない人の賃金は除きます）。",
                    "The wage bill is the wages paid to insured workers only (leave out people not insured).",
                ),
            ));
            trace.step_yen(
                "premium_basis",
                Text::fixed("保険料算定基礎額（千円未満切捨て）", "Premium basis (truncated to 1,000 yen)"),
                Text::new(
                    format!("賃金総額 {} → {}", bill.ja(), premium_basis.ja()),
                    format!("wage bill {} → {}", bill.en(), premium_basis.en()),
                ),
                premium_basis,
                DECLARATION,
            );
            let total_exact = premium_basis.checked_mul_per_mille(total_rate)?;
            let total = truncate_to_yen(total_exact);
            trace.step_yen(
                "total_premium",
                Text::fixed("確定保険料（1円未満切捨て）", "Premium for the year (truncated to the yen)"),
                Text::new(
                    format!("{} × {} = {} → {}", premium_basis.ja(), total_rate, total_exact.ja(), total.ja()),
                    format!("{} × {} = {} → {}", premium_basis.en(), total_rate, total_exact.en(), total.en()),
                ),
                total,
                DECLARATION,
            );
            let worker_exact = premium_basis.checked_mul_per_mille(shares.worker)?;
            let worker = truncate_to_yen(worker_exact);
            trace.notice(Notice::new("annual_worker_share_estimate", Text::fixed(
                "年間の労働者負担額は、実際には毎月の給与から控除した額の合計です。ここでは賃金総額×労働者負担率（1円未満切捨て）で見積もり、残りを事業主負担としています。",
                "Over a year the worker's share is really the sum withheld from each wage; here it is estimated as the wage bill × the worker's rate (truncated to the yen), and the rest is the employer's.",
            )));
            trace.step_yen(
                "worker_share",
                Text::fixed("労働者負担額（見積り・1円未満切捨て）", "Worker's share (estimate, truncated to the yen)"),
                Text::new(
                    format!("{} × {} = {} → {}", premium_basis.ja(), shares.worker, worker_exact.ja(), worker.ja()),
                    format!("{} × {} = {} → {}", premium_basis.en(), shares.worker, worker_exact.en(), worker.en()),
                ),
                worker,
                RULES_SPLIT,
            );
            let employer = total.checked_sub(worker)?;
            trace.step_yen(
                "employer_share",
                Text::fixed("事業主負担額（保険料 − 労働者負担額）", "Employer's share (premium − worker's share)"),
                Text::new(
                    format!("{} − {} = {}", total.ja(), worker.ja(), employer.ja()),
                    format!("{} − {} = {}", total.en(), worker.en(), employer.en()),
                ),
                employer,
                RULES_SPLIT,
            );
            ("annual", bill, premium_basis, worker, employer)
        }
    };

    let total = worker.checked_add(employer)?;
    trace.step_yen(
        "total",
        Text::fixed("雇用保険料の合計", "Total premium"),
        Text::new(
            format!("労働者負担 {} + 事業主負担 {} = {}", worker.ja(), employer.ja(), total.ja()),
            format!("worker {} + employer {} = {}", worker.en(), employer.en(), total.en()),
        ),
        total,
        rules.source,
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
