//! Ruleset `gyomu-kaizen/2026`: 業務改善助成金, FY2026 (令和8年度), 2026-04-01 to 2027-03-31.
//!
//! A new design: MHLW 「令和8年度業務改善助成金のご案内」 (April 2026), 交付要綱・交付要領 and Q&A,
//! as restated in RULES.md §1.4 (structure verified; the cap table medium, so it is marked
//! unconfirmed to users).

use super::r2023_04::SME_FY2023;
use super::{BelowRevision, CapCell, CapRow, Closes, Completion, RateBand, RoundRule, Ruleset};
use crate::date::Date;
use crate::money::{Rate, Yen};
use crate::programs::RulesetInfo;

pub static RULESET: Ruleset = Ruleset {
    info: RulesetInfo {
        id: "gyomu-kaizen/2026",
        valid_from: Date::ymd(2026, 4, 1),
        valid_to: Some(Date::ymd(2027, 3, 31)),
        documents: &["mhlw-gyomu-kaizen-2026", "mhlw-minimum-wage-list", "mhlw-gyomu-kaizen-kofu-yoko"],
    },
    // RULES.md §1.4 "Eligible site": the 50-yen gap rule is gone ...
    max_wage_gap: None,
    // ... a site is eligible when its lowest wage is below the FY2026 regional minimum wage.
    below_revision: Some(BelowRevision { from: Date::ymd(2026, 4, 1), fiscal_year: 2026 }),
    // RULES.md §1.4: the raised minimum must reach the FY2026 regional minimum wage (unconfirmed as a
    // subsidy rule; it follows from the law).
    raise_must_reach_revision: Some(2026),
    // RULES.md §1.4 "事業場内最低賃金": workers employed 6 months or more; raised workers counted are
    // 雇用保険被保険者 employed 6 months or more.
    min_months_employed: 6,
    new_hire_rule_confirmed: true,
    insured_only: true,
    // RULES.md §1.4 "Rate": < 1,050 → 4/5; ≥ 1,050 → 3/4. No 生産性要件.
    rate_bands: &[
        RateBand { below: Some(1050), rate: Rate::new(4, 5), with_productivity: None },
        RateBand { below: None, rate: Rate::new(3, 4), with_productivity: None },
    ],
    productivity_requirement: false,
    // RULES.md §1.4 "特例事業者": ① lowest wage < 1,050, or ② 物価高騰等要件.
    special_wage_below: 1050,
    special_wage_unconfirmed: false,
    production_requirement: false,
    apply_after_raise: false,
    // RULES.md §1.4 "Eligible site": not みなし大企業.
    deemed_large_excluded: true,
    // RULES.md §1.4: one application per site per fiscal year.
    one_application_per_year: true,
    // RULES.md §1.4 "特例事業者": only ② widens the costs, to new PCs, smartphones and tablets; cars
    // are no longer eligible, and no related costs are named.
    vehicles_eligible: false,
    related_costs_eligible: false,
    // RULES.md §1.4 (medium): 100,000 yen excluding consumption tax.
    minimum_cost: Some(Yen::man(10)),
    employer_yearly_cap: None,
    // RULES.md §1.4 "Application window": from 2026-09-01 to the earlier of the day before the
    // FY2026 regional minimum wage of the prefecture takes effect and 2026-11-30.
    windows: &[RoundRule {
        number: None,
        opens: Some(Date::ymd(2026, 9, 1)),
        closes: Closes::BeforeRevision { fiscal_year: 2026, latest: Some(Date::ymd(2026, 11, 30)) },
    }],
    planning_at_window_close: true,
    // RULES.md §1.4: 事業完了期限 2027-01-31, or 2027-03-31 with a statement of reasons.
    completion: Some(Completion { by: Date::ymd(2027, 1, 31), with_reasons: Some(Date::ymd(2027, 3, 31)) }),
    // RULES.md §1.4 "Eligible site": the SME test of 1.1.
    sme: SME_FY2023,
    // RULES.md §1.4 "Courses": 50円, 70円, 90円.
    courses: &[50, 70, 90],
    // RULES.md §1.4 "Caps": rows 1, 2–3, 4–5, 6–7, 8+, 10+ (特例事業者 only).
    cap_rows: &[
        CapRow { from: 1, special_only: false },
        CapRow { from: 2, special_only: false },
        CapRow { from: 4, special_only: false },
        CapRow { from: 6, special_only: false },
        CapRow { from: 8, special_only: false },
        CapRow { from: 10, special_only: true },
    ],
    // RULES.md §1.4 "Caps", in 万円; each cell (事業場規模30人以上, 30人未満).
    caps: &[
        // 50円コース
        &[CapCell(30, 40), CapCell(40, 70), CapCell(70, 70), CapCell(90, 90), CapCell(110, 110), CapCell(130, 130)],
        // 70円コース
        &[
            CapCell(40, 50),
            CapCell(50, 100),
            CapCell(130, 130),
            CapCell(180, 180),
            CapCell(230, 230),
            CapCell(300, 300),
        ],
        // 90円コース
        &[
            CapCell(90, 100),
            CapCell(150, 240),
            CapCell(270, 270),
            CapCell(360, 360),
            CapCell(450, 450),
            CapCell(600, 600),
        ],
    ],
    // RULES.md §1.4: the cap table rests on secondary sources (medium).
    caps_unconfirmed: true,
};
