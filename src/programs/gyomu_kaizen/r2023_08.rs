//! Ruleset `gyomu-kaizen/2023-08-31`: 業務改善助成金 after the MHLW expansion of 2023-08-31,
//! to the end of FY2023 (2024-03-31).
//!
//! As `gyomu-kaizen/2023-04` except the figures below (RULES.md §1.2, verified: MHLW press release of
//! 2023-08-31 and leaflet 001140680).

use super::r2023_04::{CAPS_FY2023, CAP_ROWS_FY2023, COMPLETION_FY2023, COURSES_FY2023, SME_FY2023, WINDOWS_FY2023};
use super::{RateBand, Ruleset};
use crate::date::Date;
use crate::money::Rate;
use crate::programs::RulesetInfo;

pub static RULESET: Ruleset = Ruleset {
    info: RulesetInfo {
        id: "gyomu-kaizen/2023-08-31",
        valid_from: Date::ymd(2023, 8, 31),
        valid_to: Some(Date::ymd(2024, 3, 31)),
        documents: &[
            "mhlw-gyomu-kaizen-2023-08",
            "mhlw-gyomu-kaizen-2023",
            "mhlw-minimum-wage-list",
            "mhlw-gyomu-kaizen-kofu-yoko",
        ],
    },
    // RULES.md §1.2: the gap allowed is 50 yen or less.
    max_wage_gap: Some(50),
    below_revision: None,
    raise_must_reach_revision: None,
    // seed, unchanged.
    min_months_employed: 3,
    new_hire_rule_confirmed: false,
    insured_only: false,
    // seed 助成率: the figures in brackets apply when the 生産性要件 is met.
    productivity_requirement: true,
    // RULES.md §1.2: the bands move up 30 yen: < 900 → 9/10; 900 to < 950 → 4/5 (9/10);
    // ≥ 950 → 3/4 (4/5).
    rate_bands: &[
        RateBand { below: Some(900), rate: Rate::new(9, 10), with_productivity: None },
        RateBand { below: Some(950), rate: Rate::new(4, 5), with_productivity: Some(Rate::new(9, 10)) },
        RateBand { below: None, rate: Rate::new(3, 4), with_productivity: Some(Rate::new(4, 5)) },
    ],
    // RULES.md §1.2: unconfirmed whether ① stayed at 920 or moved to 950; 920 is used and marked.
    special_wage_below: 920,
    special_wage_unconfirmed: true,
    // RULES.md §1.2: sites under 50 workers that raised wages 2023-04-01..2023-12-31 may apply
    // after the raise.
    // seed 特例事業者 ② 生産量要件.
    production_requirement: true,
    deemed_large_excluded: false,
    one_application_per_year: false,
    vehicles_eligible: true,
    related_costs_eligible: true,
    minimum_cost: None,
    employer_yearly_cap: None,
    // The same fiscal year: the seed's deadlines.
    windows: WINDOWS_FY2023,
    planning_at_window_close: false,
    completion: Some(COMPLETION_FY2023),
    apply_after_raise: true,
    // Unchanged from 2023-04 (seed tables).
    sme: SME_FY2023,
    courses: COURSES_FY2023,
    cap_rows: CAP_ROWS_FY2023,
    caps: CAPS_FY2023,
    caps_unconfirmed: false,
};
