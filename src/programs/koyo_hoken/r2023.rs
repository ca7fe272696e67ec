//! Ruleset `koyo-hoken/2023`: 雇用保険率, FY2023 (令和5年度), 2023-04-01 to 2024-03-31.
//!
//! Totals from the seed (「令和5年度労働保険年度更新手続きのお知らせ」); the worker/employer split
//! from RULES.md §3 (verified against MHLW's rate table).

use super::{PerMille, Ruleset, Shares};
use crate::date::Date;
use crate::programs::RulesetInfo;

pub static RULESET: Ruleset = Ruleset {
    info: RulesetInfo {
        id: "koyo-hoken/2023",
        valid_from: Date::ymd(2023, 4, 1),
        valid_to: Some(Date::ymd(2024, 3, 31)),
        documents: &["mhlw-koyo-hoken-rates", "kagoshima-rodo-2023-06"],
    },
    rates: RATES_FY2023,
};

/// FY2023 rates per 1,000, in the order of `Industry`.
pub const RATES_FY2023: [Shares; 3] = [
    // 一般の事業: seed 1,000分の15.5; RULES.md §3 worker 6, employer 9.5.
    Shares { worker: PerMille::tenths(60), employer: PerMille::tenths(95) },
    // 農林水産・清酒製造の事業: seed 1,000分の17.5; RULES.md §3 worker 7, employer 10.5.
    Shares { worker: PerMille::tenths(70), employer: PerMille::tenths(105) },
    // 建設の事業: seed 1,000分の18.5; RULES.md §3 worker 7, employer 11.5.
    Shares { worker: PerMille::tenths(70), employer: PerMille::tenths(115) },
];
