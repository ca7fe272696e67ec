//! Ruleset `koyo-hoken/2026`: 雇用保険率, FY2026 (令和8年度), 2026-04-01 to 2027-03-31.
//!
//! RULES.md §3 (verified: four sources citing the MHLW notice 「令和8年度の雇用保険料率について」):
//! the rates fell by another 1 per 1,000 from FY2025, half a point from each side.

use super::{PerMille, Ruleset, Shares};
use crate::date::Date;
use crate::programs::RulesetInfo;

pub static RULESET: Ruleset = Ruleset {
    info: RulesetInfo {
        id: "koyo-hoken/2026",
        valid_from: Date::ymd(2026, 4, 1),
        valid_to: Some(Date::ymd(2027, 3, 31)),
        documents: &["mhlw-koyo-hoken-rates"],
    },
    rates: [
        // 一般の事業: RULES.md §3 FY2026 13.5 = worker 5 + employer 8.5.
        Shares { worker: PerMille::tenths(50), employer: PerMille::tenths(85) },
        // 農林水産・清酒製造の事業: RULES.md §3 FY2026 15.5 = worker 6 + employer 9.5.
        Shares { worker: PerMille::tenths(60), employer: PerMille::tenths(95) },
        // 建設の事業: RULES.md §3 FY2026 16.5 = worker 6 + employer 10.5.
        Shares { worker: PerMille::tenths(60), employer: PerMille::tenths(105) },
    ],
};
