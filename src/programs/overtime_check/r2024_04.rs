//! Ruleset `overtime-check/2024-04`: the overtime caps from 2024-04-01, when construction, driving,
//! doctors and sugar manufacturing came under them (seed 「自動車運転業務・建設業・医師・製糖業は
//! 2024年4月1日施行」). Law in force with no end: 労働基準法 as amended sets these caps without an
//! expiry, so the ruleset stays in force until the law changes.

use super::r2023_04::GENERAL;
use super::{Limits, Regime, Ruleset, Status};
use crate::date::Date;
use crate::programs::RulesetInfo;

pub static RULESET: Ruleset = Ruleset {
    info: RulesetInfo {
        id: "overtime-check/2024-04",
        valid_from: Date::ymd(2024, 4, 1),
        // 労働基準法 第36条・第139条〜第142条 as amended: the caps do not expire (seed 「2024年4月1日
        // 施行」, RULES.md §3), so no date is past this ruleset.
        valid_to: None,
        documents: &["mhlw-overtime-caps", "kagoshima-rodo-2023-06"],
    },
    regimes: [
        Regime { status: Status::InForce, limits: Some(GENERAL), guidance: None },
        // construction: seed 「建設業 … 2024年4月1日施行」, the general rule. MHLW's guidance keeps
        // one exception, named in a notice.
        Regime {
            status: Status::InForce,
            limits: Some(GENERAL),
            guidance: Some("overtime-check.guidance.construction_disaster_recovery"),
        },
        // sugar: seed 「製糖業は2024年4月1日施行」, the general rule in full.
        Regime { status: Status::InForce, limits: Some(GENERAL), guidance: None },
        // driving: seed 「自動車運転業務 … 2024年4月1日施行」; the figures are MHLW's (not in the seed).
        Regime { status: Status::InForce, limits: Some(DRIVER), guidance: Some(DRIVER_GUIDANCE) },
        // doctors: not covered by this program.
        Regime { status: Status::InForce, limits: None, guidance: None },
    ],
};

/// 自動車運転の業務 from 2024-04-01 (MHLW's public guidance, not in the seed): with a special clause
/// 年960時間以内; the 100 h, 80 h-average and six-month rules do not apply. Without one, 月45時間・
/// 年360時間 as in general.
pub const DRIVER: Limits =
    Limits { special_annual: 960, month_total_below: None, window_average: None, max_months_over: None, ..GENERAL };

/// What MHLW's guidance says of driving work from 2024-04-01 (a notice): the figures of `DRIVER`, and
/// the separate standards on duty hours (改善基準告示) that this program does not check.
pub const DRIVER_GUIDANCE: &str = "overtime-check.guidance.driver";
