//! Ruleset `gyomu-kaizen/2024`: 業務改善助成金, FY2024 (令和6年度), 2024-04-01 to 2025-03-31.
//!
//! Figures from RULES.md §1.3 (verified unless marked); the caps and the SME limits are FY2023's.

use super::r2023_04::{CAPS_FY2023, CAP_ROWS_FY2023, COURSES_FY2023, SME_FY2023};
use super::{Completion, RateBand, Ruleset};
use crate::date::Date;
use crate::money::Rate;
use crate::programs::RulesetInfo;

pub static RULESET: Ruleset = Ruleset {
    info: RulesetInfo {
        id: "gyomu-kaizen/2024",
        valid_from: Date::ymd(2024, 4, 1),
        valid_to: Some(Date::ymd(2025, 3, 31)),
        documents: &["mhlw-gyomu-kaizen-2024", "mhlw-minimum-wage-list", "mhlw-gyomu-kaizen-kofu-yoko"],
    },
    // RULES.md §1.3: gap ≤ 50.
    max_wage_gap: Some(50),
    below_revision: None,
    raise_must_reach_revision: None,
    // RULES.md §1.3 names the 6-month rule for FY2025 only; FY2024 keeps the seed's 3 months.
    min_months_employed: 3,
    new_hire_rule_confirmed: false,
    insured_only: false,
    // RULES.md §1.3: < 900 → 9/10; 900 to < 950 → 4/5 (9/10); ≥ 950 → 3/4 (4/5).
    rate_bands: &[
        RateBand { below: Some(900), rate: Rate::new(9, 10), with_productivity: None },
        RateBand { below: Some(950), rate: Rate::new(4, 5), with_productivity: Some(Rate::new(9, 10)) },
        RateBand { below: None, rate: Rate::new(3, 4), with_productivity: Some(Rate::new(4, 5)) },
    ],
    productivity_requirement: true,
    // RULES.md §1.3: 特例事業者 ① lowest wage < 950.
    special_wage_below: 950,
    special_wage_unconfirmed: false,
    // RULES.md §1.3: the 生産量要件 ended; only ③ 物価高騰等要件 widens the costs.
    production_requirement: false,
    apply_after_raise: false,
    deemed_large_excluded: false,
    // RULES.md §1.3: one application per year.
    one_application_per_year: true,
    // RULES.md §1.3: wider costs for 物価高騰等要件, as FY2023 (PCs etc., cars, related costs).
    vehicles_eligible: true,
    related_costs_eligible: true,
    minimum_cost: None,
    employer_yearly_cap: None,
    // RULES.md §1.3: 申請期限 not found.
    windows: &[],
    planning_at_window_close: false,
    // RULES.md §1.3 (medium, one secondary source): 事業完了期限 2025-01-31, or 2025-03-31 with a
    // statement of reasons.
    completion: Some(Completion { by: Date::ymd(2025, 1, 31), with_reasons: Some(Date::ymd(2025, 3, 31)) }),
    // RULES.md §1.3: caps as 1.1.
    sme: SME_FY2023,
    courses: COURSES_FY2023,
    cap_rows: CAP_ROWS_FY2023,
    caps: CAPS_FY2023,
    caps_unconfirmed: false,
};
