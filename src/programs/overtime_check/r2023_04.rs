//! Ruleset `overtime-check/2023-04`: the overtime caps from 2023-04-01 to 2024-03-31, while
//! construction, driving and doctors were still deferred (適用猶予).
//!
//! The general rule is the seed's (鹿児島働き方改革推進支援センター: 「原則として月45時間・年360時間」
//! …, 「施行済み」); the dates of the deferred categories are the seed's (「自動車運転業務・建設業・
//! 医師・製糖業は2024年4月1日施行」). What the seed does not say is marked in `guidance`.

use super::{Limits, Regime, Ruleset, Status};
use crate::date::Date;
use crate::programs::RulesetInfo;

pub static RULESET: Ruleset = Ruleset {
    info: RulesetInfo {
        id: "overtime-check/2023-04",
        // The engine's earliest date, as for every program (FY2023); the general rule has been in
        // force since 2019-04-01 (2020-04-01 for SMEs), which the seed gives as 「施行済み」.
        valid_from: Date::ymd(2023, 4, 1),
        // seed: the deferred categories come under the caps on 2024-04-01.
        valid_to: Some(Date::ymd(2024, 3, 31)),
        documents: &["mhlw-overtime-caps", "kagoshima-rodo-2023-06"],
    },
    regimes: [
        // general: seed 「施行済み」.
        Regime { status: Status::InForce, limits: Some(GENERAL), guidance: None },
        // construction: seed 「建設業 … 2024年4月1日施行」; until then no cap.
        Regime { status: Status::Deferred { from: Date::ymd(2024, 4, 1) }, limits: Some(GENERAL), guidance: None },
        // sugar (鹿児島県・沖縄県): seed 「製糖業は2024年4月1日施行」. Until then MHLW's guidance
        // (時間外労働の上限規制 わかりやすい解説, 適用猶予・除外の事業・業務) applies the 45 h, 360 h,
        // 720 h and six-month rules, and not the 100 h and 80 h-average rules.
        Regime {
            status: Status::InForce,
            limits: Some(Limits { month_total_below: None, window_average: None, ..GENERAL }),
            guidance: Some("overtime-check.guidance.sugar_until_2024"),
        },
        // driving: seed 「自動車運転業務 … 2024年4月1日施行」; the check shows the limits from then.
        Regime {
            status: Status::Deferred { from: Date::ymd(2024, 4, 1) },
            limits: Some(super::r2024_04::DRIVER),
            guidance: Some(super::r2024_04::DRIVER_GUIDANCE),
        },
        // doctors: not covered by this program.
        Regime { status: Status::Deferred { from: Date::ymd(2024, 4, 1) }, limits: None, guidance: None },
    ],
};

/// The general rule (seed): 月45時間・年360時間; with a special clause 年720時間以内, 休日労働を含み
/// 月100時間未満・複数月平均80時間以内, 45時間超えは年間6カ月まで. 「複数月」 is 2 to 6 months
/// (RULES.md §3).
pub const GENERAL: Limits = Limits {
    monthly: 45,
    annual: 360,
    special_annual: 720,
    month_total_below: Some(100),
    window_average: Some(80),
    windows: (2, 6),
    max_months_over: Some(6),
};
