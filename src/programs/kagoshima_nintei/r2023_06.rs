//! Ruleset `kagoshima-nintei/2023-06`: the criteria of かごしま「働き方改革」推進企業 as the seed
//! (労働かごしま, June 2023, 「かごしま「働き方改革」推進企業認定制度について」 認定要件) states them.
//! Valid from 2023-04-01, the engine's earliest date, to the end of FY2023; later dates use these
//! criteria with the notice `no_ruleset_for_date`. Each label is a catalog key.

use super::{Group, Item, Ruleset};
use crate::date::Date;
use crate::programs::RulesetInfo;

pub static RULESET: Ruleset = Ruleset {
    info: RulesetInfo {
        id: "kagoshima-nintei/2023-06",
        valid_from: Date::ymd(2023, 4, 1),
        valid_to: Some(Date::ymd(2024, 3, 31)),
        documents: &["kagoshima-rodo-2023-06"],
    },
    // seed 【必須】, in the seed's order.
    required: [
        // seed 「代表者が「イクボス」宣言」
        Item { id: "ikuboss_declaration", label: "kagoshima-nintei.item.ikuboss_declaration" },
        // seed 「「かごしま子育て応援企業」に登録」
        Item { id: "kosodate_ouen_registration", label: "kagoshima-nintei.item.kosodate_ouen_registration" },
        // seed 「社内の意識向上の取組」
        Item { id: "awareness_activities", label: "kagoshima-nintei.item.awareness_activities" },
        // seed 「長時間労働縮減の取組」 (with the overtime test below)
        Item { id: "long_hours_measures", label: "kagoshima-nintei.item.long_hours_measures" },
    ],
    // seed 「所定外労働時間について次のいずれが必要 ・全社員月平均：10時間以下 ・正社員月平均：20時間以下」
    all_staff_max_hours: 10,
    regular_staff_max_hours: 20,
    // seed 【選択(次の1つ以上)】
    work_style: Group {
        id: "work_style_one_or_more",
        label: "kagoshima-nintei.group.work_style_one_or_more",
        section: "kagoshima-nintei.choose_one",
        needed: 1,
        items: &[
            // seed 「休暇の取得促進(休みやすい環境整備)」
            Item { id: "leave_promotion", label: "kagoshima-nintei.item.leave_promotion" },
            // seed 「柔軟・多様な働き方がしやすい環境整備」
            Item { id: "flexible_work", label: "kagoshima-nintei.item.flexible_work" },
        ],
    },
    // seed 【選択(次の2つ以上)】, in the seed's order.
    initiatives: Group {
        id: "initiatives_two_or_more",
        label: "kagoshima-nintei.group.initiatives_two_or_more",
        section: "kagoshima-nintei.choose_two",
        needed: 2,
        items: &[
            Item { id: "non_regular_treatment", label: "kagoshima-nintei.item.non_regular_treatment" },
            Item { id: "productivity", label: "kagoshima-nintei.item.productivity" },
            Item { id: "women", label: "kagoshima-nintei.item.women" },
            Item { id: "young_staff", label: "kagoshima-nintei.item.young_staff" },
            Item { id: "health_and_treatment", label: "kagoshima-nintei.item.health_and_treatment" },
            Item { id: "childcare", label: "kagoshima-nintei.item.childcare" },
            Item { id: "nursing_care", label: "kagoshima-nintei.item.nursing_care" },
            Item { id: "disabilities", label: "kagoshima-nintei.item.disabilities" },
            Item { id: "older_workers", label: "kagoshima-nintei.item.older_workers" },
        ],
    },
};
