//! Ruleset `gyomu-kaizen/2023-04`: 業務改善助成金, FY2023 (令和5年度), 2023-04-01 to 2023-08-30.
//!
//! Every figure is from the seed (`shared/seeds/004`, 「令和5年度業務改善助成金のご案内」, June 2023
//! reprint of the MHLW leaflet) unless its comment names RULES.md.

use super::{CapCell, CapRow, Closes, Completion, RateBand, RoundRule, Ruleset, SmeLimit};
use crate::date::Date;
use crate::money::Rate;
use crate::programs::RulesetInfo;

pub static RULESET: Ruleset = Ruleset {
    info: RulesetInfo {
        id: "gyomu-kaizen/2023-04",
        valid_from: Date::ymd(2023, 4, 1),
        // RULES.md §1.1: until the expansion of 2023-08-31.
        valid_to: Some(Date::ymd(2023, 8, 30)),
        documents: &["mhlw-gyomu-kaizen-2023", "mhlw-minimum-wage-list", "mhlw-gyomu-kaizen-kofu-yoko"],
    },
    // seed 対象事業者: 事業場内最低賃金と地域別最低賃金の差額が30円以内.
    max_wage_gap: Some(30),
    below_revision: None,
    raise_must_reach_revision: None,
    // seed 「事業場内最低賃金とは？」: 雇入れ後3か月を経過した労働者.
    min_months_employed: 3,
    // RULES.md §1.1 states the 3 months for the lowest wage only (unconfirmed for counting).
    new_hire_rule_confirmed: false,
    insured_only: false,
    // seed 助成率: the figures in brackets apply when the 生産性要件 is met.
    productivity_requirement: true,
    // seed 助成率: 870円未満 9/10; 870円以上920円未満 4/5(9/10); 920円以上 3/4(4/5).
    rate_bands: &[
        RateBand { below: Some(870), rate: Rate::new(9, 10), with_productivity: None },
        RateBand { below: Some(920), rate: Rate::new(4, 5), with_productivity: Some(Rate::new(9, 10)) },
        RateBand { below: None, rate: Rate::new(3, 4), with_productivity: Some(Rate::new(4, 5)) },
    ],
    // seed 特例事業者 ① 賃金要件: 事業場内最低賃金が920円未満.
    special_wage_below: 920,
    special_wage_unconfirmed: false,
    // seed 特例事業者 ② 生産量要件.
    production_requirement: true,
    deemed_large_excluded: false,
    one_application_per_year: false,
    // seed 特例事業者 ②③: PCs etc., cars and related costs.
    vehicles_eligible: true,
    related_costs_eligible: true,
    minimum_cost: None,
    employer_yearly_cap: None,
    windows: WINDOWS_FY2023,
    planning_at_window_close: false,
    completion: Some(COMPLETION_FY2023),
    apply_after_raise: false,
    sme: SME_FY2023,
    courses: COURSES_FY2023,
    cap_rows: CAP_ROWS_FY2023,
    caps: CAPS_FY2023,
    caps_unconfirmed: false,
};

/// SME test (RULES.md §1.1, verified): capital OR regular employees, by industry.
pub const SME_FY2023: [SmeLimit; 4] = [
    SmeLimit { capital_man: 5_000, employees: 50 }, // retail (小売業, 飲食店を含む)
    SmeLimit { capital_man: 5_000, employees: 100 }, // service (サービス業)
    SmeLimit { capital_man: 10_000, employees: 100 }, // wholesale (卸売業)
    SmeLimit { capital_man: 30_000, employees: 300 }, // other (その他)
];

/// The courses, seed 助成上限額 (コース区分): 30円, 45円, 60円, 90円.
pub const COURSES_FY2023: &[i64] = &[30, 45, 60, 90];

/// seed 助成上限額, rows 1人, 2～3人, 4～6人, 7人以上, 10人以上※ (特例事業者 only).
pub const CAP_ROWS_FY2023: &[CapRow] = &[
    CapRow { from: 1, special_only: false },
    CapRow { from: 2, special_only: false },
    CapRow { from: 4, special_only: false },
    CapRow { from: 7, special_only: false },
    CapRow { from: 10, special_only: true },
];

/// seed 助成上限額, in 万円, by course and row; each cell (右記以外の事業者, 事業場規模30人未満の事業者).
pub const CAPS_FY2023: &[&[CapCell]] = &[
    // 30円コース
    &[CapCell(30, 60), CapCell(50, 90), CapCell(70, 100), CapCell(100, 120), CapCell(120, 130)],
    // 45円コース
    &[CapCell(45, 80), CapCell(70, 110), CapCell(100, 140), CapCell(150, 160), CapCell(180, 180)],
    // 60円コース
    &[CapCell(60, 110), CapCell(90, 160), CapCell(150, 190), CapCell(230, 230), CapCell(300, 300)],
    // 90円コース
    &[CapCell(90, 170), CapCell(150, 240), CapCell(270, 290), CapCell(450, 450), CapCell(600, 600)],
];

/// seed: 申請期限 令和6年1月31日 (no opening date is given).
pub const WINDOWS_FY2023: &[RoundRule] =
    &[RoundRule { number: None, opens: None, closes: Closes::On(Date::ymd(2024, 1, 31)) }];

/// seed: 事業完了期限 令和6年2月28日; RULES.md §1.1 "Dates" (verified): 2024-03-31 with a
/// statement of reasons.
pub const COMPLETION_FY2023: Completion =
    Completion { by: Date::ymd(2024, 2, 28), with_reasons: Some(Date::ymd(2024, 3, 31)) };
