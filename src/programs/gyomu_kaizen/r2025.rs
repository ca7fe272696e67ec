//! Ruleset `gyomu-kaizen/2025`: 業務改善助成金, FY2025 (令和7年度), 2025-04-01 to 2026-03-31.
//!
//! Figures from RULES.md §1.3 (verified unless marked); the caps and the SME limits are FY2023's.

use super::r2023_04::{CAPS_FY2023, SME_FY2023};
use super::{RateBand, Ruleset};
use crate::date::Date;
use crate::money::Rate;
use crate::programs::RulesetInfo;
use crate::text::Text;

pub static RULESET: Ruleset = Ruleset {
    info: RulesetInfo {
        id: "gyomu-kaizen/2025",
        valid_from: Date::ymd(2025, 4, 1),
        valid_to: Some(Date::ymd(2026, 3, 31)),
        title: Text::fixed("令和7年度（2025年4月1日〜2026年3月31日）", "FY2025 (1 April 2025 to 31 March 2026)"),
    },
    // RULES.md §1.3: gap ≤ 50 ...
    max_wage_gap: 50,
    // ... and from 2025-09-05 also sites below the revised regional minimum wage.
    below_revised_minimum_from: Some(Date::ymd(2025, 9, 5)),
    // RULES.md §1.3: the lowest wage counts workers employed 6 months or more.
    min_months_employed: 6,
    // RULES.md §1.3: < 1,000 → 4/5; ≥ 1,000 → 3/4; no 生産性要件.
    rate_bands: &[
        RateBand { below: Some(1000), rate: Rate::new(4, 5), with_productivity: None },
        RateBand { below: None, rate: Rate::new(3, 4), with_productivity: None },
    ],
    productivity_requirement: false,
    // RULES.md §1.3 (medium): 特例事業者 = lowest wage < 1,000 or 物価高騰等要件.
    special_wage_below: 1000,
    special_wage_unconfirmed: false,
    production_requirement: false,
    apply_after_raise: false,
    // RULES.md §1.3: みなし大企業 excluded.
    deemed_large_excluded: true,
    // RULES.md §1.3 states one application per year for FY2024 only.
    one_application_per_year: false,
    // RULES.md §1.3 gives no FY2025 deadlines or rounds.
    deadlines: None,
    // RULES.md §1.3: caps as 1.1.
    sme: SME_FY2023,
    caps: CAPS_FY2023,
    source: "RULES.md §1.3 gyomu-kaizen/2025 (verified)",
};
