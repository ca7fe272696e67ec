//! Ruleset `overtime-check/2024-04`: the overtime caps from 2024-04-01, when construction, driving,
//! doctors and sugar manufacturing came under them (seed 「自動車運転業務・建設業・医師・製糖業は
//! 2024年4月1日施行」). Law in force with no end: 労働基準法 as amended sets these caps without an
//! expiry, so the ruleset stays in force until the law changes.

use super::r2023_04::GENERAL;
use super::{Limits, Regime, Ruleset, Status};
use crate::date::Date;
use crate::programs::RulesetInfo;
use crate::text::Text;

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
        Regime { status: Status::InForce, limits: Some(GENERAL), source: SEED, guidance: None },
        // construction: seed 「建設業 … 2024年4月1日施行」, the general rule. MHLW's guidance keeps
        // one exception, named in a notice.
        Regime {
            status: Status::InForce,
            limits: Some(GENERAL),
            source: SEED,
            guidance: Some(Text::fixed(
                "建設事業は一般と同じ上限です。ただし災害の復旧・復興の事業では、月100時間未満・2〜6か月平均80時間以内は適用されません（この計算では考慮していません）。",
                "Construction has the general caps; in disaster recovery work, though, below 100 h a month and the 80 h average over 2 to 6 months do not apply (not modelled here).",
            )),
        },
        // sugar: seed 「製糖業は2024年4月1日施行」, the general rule in full.
        Regime { status: Status::InForce, limits: Some(GENERAL), source: SEED, guidance: None },
        // driving: seed 「自動車運転業務 … 2024年4月1日施行」; the figures are MHLW's (not in the seed).
        Regime { status: Status::InForce, limits: Some(DRIVER), source: MHLW_DRIVER, guidance: Some(DRIVER_GUIDANCE) },
        // doctors: not covered by this program.
        Regime { status: Status::InForce, limits: None, source: SEED, guidance: None },
    ],
    source: SEED,
};

const SEED: &str = "seed 004 鹿児島働き方改革推進支援センター 時間外労働の上限規制";
const MHLW_DRIVER: &str = "厚生労働省 時間外労働の上限規制 わかりやすい解説（自動車運転の業務; not in the seed）";

/// 自動車運転の業務 from 2024-04-01 (MHLW's public guidance, not in the seed): with a special clause
/// 年960時間以内; the 100 h, 80 h-average and six-month rules do not apply. Without one, 月45時間・
/// 年360時間 as in general.
pub const DRIVER: Limits =
    Limits { special_annual: 960, month_total_below: None, window_average: None, max_months_over: None, ..GENERAL };

pub const DRIVER_GUIDANCE: Text = Text::fixed(
    "自動車運転の業務は2024年4月1日から、特別条項付きで時間外労働 年960時間以内。月100時間未満・2〜6か月平均80時間以内・月45時間超は年6か月までの規制は適用されません。拘束時間などの改善基準告示は別に守る必要があります（この計算の対象外）。",
    "Driving work from 1 April 2024: with a special clause, overtime at most 960 h a year; below 100 h a month, the 80 h average over 2 to 6 months and the six-month rule do not apply. The separate standards on duty hours (改善基準告示) still apply and are not checked here.",
);
