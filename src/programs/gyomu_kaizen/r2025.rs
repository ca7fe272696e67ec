//! Ruleset `gyomu-kaizen/2025`: 業務改善助成金, FY2025 (令和7年度), 2025-04-01 to 2026-03-31.
//!
//! Figures from RULES.md §1.3 (verified unless marked); the caps and the SME limits are FY2023's.

use super::r2023_04::{CAPS_FY2023, CAP_ROWS_FY2023, COURSES_FY2023, SME_FY2023};
use super::{BelowRevision, Closes, Completion, RateBand, RoundRule, Ruleset};
use crate::date::Date;
use crate::money::Rate;
use crate::money::Yen;
use crate::programs::RulesetInfo;

pub static RULESET: Ruleset = Ruleset {
    info: RulesetInfo {
        id: "gyomu-kaizen/2025",
        valid_from: Date::ymd(2025, 4, 1),
        valid_to: Some(Date::ymd(2026, 3, 31)),
        documents: &["mhlw-gyomu-kaizen-2025", "mhlw-minimum-wage-list", "mhlw-gyomu-kaizen-kofu-yoko"],
    },
    // RULES.md §1.3: gap ≤ 50 ...
    max_wage_gap: Some(50),
    // ... and from 2025-09-05 also sites below the revised (2025) regional minimum wage.
    below_revision: Some(BelowRevision { from: Date::ymd(2025, 9, 5), fiscal_year: 2025 }),
    raise_must_reach_revision: None,
    // RULES.md §1.3: the lowest wage counts workers employed 6 months or more.
    min_months_employed: 6,
    // RULES.md §1.3 states the 6 months for the lowest wage only.
    new_hire_rule_confirmed: false,
    insured_only: false,
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
    // RULES.md §1.3 (labour-bureau pages): one application per site per fiscal year.
    one_application_per_year: true,
    // RULES.md §1.3: wider costs for 物価高騰等要件, as earlier years.
    vehicles_eligible: true,
    related_costs_eligible: true,
    minimum_cost: None,
    // RULES.md §1.3 (labour-bureau pages): at most 6,000,000 yen per employer in the fiscal year.
    employer_yearly_cap: Some(Yen::man(600)),
    // RULES.md §1.3 (labour-bureau pages): 第1期 2025-04-14 to 2025-06-13; 第2期 from 2025-06-14 to
    // the day before the prefecture's 2025 minimum-wage revision takes effect.
    windows: &[
        RoundRule { number: Some(1), opens: Some(Date::ymd(2025, 4, 14)), closes: Closes::On(Date::ymd(2025, 6, 13)) },
        RoundRule {
            number: Some(2),
            opens: Some(Date::ymd(2025, 6, 14)),
            closes: Closes::BeforeRevision { fiscal_year: 2025, latest: None },
        },
    ],
    planning_at_window_close: false,
    // RULES.md §1.3: 事業完了期限 2026-01-31, or 2026-03-31 with a statement of reasons.
    completion: Some(Completion { by: Date::ymd(2026, 1, 31), with_reasons: Some(Date::ymd(2026, 3, 31)) }),
    // RULES.md §1.3: caps as 1.1.
    sme: SME_FY2023,
    courses: COURSES_FY2023,
    cap_rows: CAP_ROWS_FY2023,
    caps: CAPS_FY2023,
    caps_unconfirmed: false,
};
