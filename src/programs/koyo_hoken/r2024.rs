//! Ruleset `koyo-hoken/2024`: 雇用保険率, FY2024 (令和6年度), 2024-04-01 to 2025-03-31.
//!
//! RULES.md §3: "FY2024 the same" as FY2023 (verified).

use super::r2023::RATES_FY2023;
use super::Ruleset;
use crate::date::Date;
use crate::programs::RulesetInfo;

pub static RULESET: Ruleset = Ruleset {
    info: RulesetInfo {
        id: "koyo-hoken/2024",
        valid_from: Date::ymd(2024, 4, 1),
        valid_to: Some(Date::ymd(2025, 3, 31)),
        documents: &["mhlw-koyo-hoken-rates"],
    },
    // RULES.md §3: unchanged from FY2023 (15.5, 17.5, 18.5 per 1,000 with the same split).
    rates: RATES_FY2023,
};
