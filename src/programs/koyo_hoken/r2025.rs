//! Ruleset `koyo-hoken/2025`: 雇用保険率, FY2025 (令和7年度), 2025-04-01 to 2026-03-31.
//!
//! RULES.md §3 (verified): the rates fell by 1 per 1,000, half a point from each side.

use super::{PerMille, Ruleset, Shares};
use crate::date::Date;
use crate::programs::RulesetInfo;

pub static RULESET: Ruleset = Ruleset {
    info: RulesetInfo {
        id: "koyo-hoken/2025",
        valid_from: Date::ymd(2025, 4, 1),
        valid_to: Some(Date::ymd(2026, 3, 31)),
        documents: &["mhlw-koyo-hoken-rates"],
    },
    rates: [
        // 一般の事業: RULES.md §3 14.5 = worker 5.5 + employer 9.
        Shares { worker: PerMille::tenths(55), employer: PerMille::tenths(90) },
        // 農林水産・清酒製造の事業: RULES.md §3 16.5 = worker 6.5 + employer 10.
        Shares { worker: PerMille::tenths(65), employer: PerMille::tenths(100) },
        // 建設の事業: RULES.md §3 17.5 = worker 6.5 + employer 11.
        Shares { worker: PerMille::tenths(65), employer: PerMille::tenths(110) },
    ],
};
