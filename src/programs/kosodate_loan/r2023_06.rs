//! Ruleset `kosodate-loan/2023-06`: the terms of the かごしま子育て応援企業ローン as the seed
//! (労働かごしま, June 2023, 「かごしま子育て応援企業ローン」について) states them. Valid from
//! 2023-04-01, the engine's earliest date, to the end of FY2023; later dates use these terms with
//! the notice `no_ruleset_for_date`.

use super::{Limits, Ruleset};
use crate::date::Date;
use crate::money::Yen;
use crate::programs::RulesetInfo;
use rust_decimal::Decimal;

pub static RULESET: Ruleset = Ruleset {
    info: RulesetInfo {
        id: "kosodate-loan/2023-06",
        valid_from: Date::ymd(2023, 4, 1),
        valid_to: Some(Date::ymd(2024, 3, 31)),
        documents: &["kagoshima-rodo-2023-06"],
    },
    limits: [
        // 運転資金: seed 金額 5,000万円以内; 貸付期間 5年以内(据置2年以内).
        Limits {
            max_amount: Yen::man(5_000),
            max_term_months: 60,
            max_grace_months: 24,
            prime_floor_over_months: None,
        },
        // 設備資金: seed 金額 1億円以内; 貸付期間 10年以内(据置2年以内); 金利 (期間5年超は、長期
        // プライムレートを下限とする).
        Limits {
            max_amount: Yen::man(10_000),
            max_term_months: 120,
            max_grace_months: 24,
            prime_floor_over_months: Some(60),
        },
    ],
    // seed 金利: 固定金利 商工中金の所定の利率から0.2%優遇.
    discount_points: Decimal::from_parts(2, 0, 0, false, 1),
    // Not a term of the loan: the span the answer assumes for a rate the user does not know, 1.0 %
    // to 3.0 % a year (shown as an assumption, with whom to ask: the notice rate_assumed).
    assumed_rates: (Decimal::from_parts(10, 0, 0, false, 1), Decimal::from_parts(30, 0, 0, false, 1)),
};
