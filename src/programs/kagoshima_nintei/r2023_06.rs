//! Ruleset `kagoshima-nintei/2023-06`: the criteria of かごしま「働き方改革」推進企業 as the seed
//! (労働かごしま, June 2023, 「かごしま「働き方改革」推進企業認定制度について」 認定要件) states them.
//! Valid from 2023-04-01, the engine's earliest date, to the end of FY2023; later dates use these
//! criteria with the notice `no_ruleset_for_date`.

use super::{Group, Item, Ruleset};
use crate::date::Date;
use crate::programs::RulesetInfo;
use crate::text::Text;

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
        Item {
            id: "ikuboss_declaration",
            label: Text::fixed(
                "代表者の「イクボス」宣言",
                "The representative's イクボス (family-friendly boss) declaration",
            ),
        },
        // seed 「「かごしま子育て応援企業」に登録」
        Item {
            id: "kosodate_ouen_registration",
            label: Text::fixed(
                "「かごしま子育て応援企業」への登録",
                "Registration as a Kagoshima child-rearing support company",
            ),
        },
        // seed 「社内の意識向上の取組」
        Item {
            id: "awareness_activities",
            label: Text::fixed("社内の意識向上の取組", "Raising awareness inside the company"),
        },
        // seed 「長時間労働縮減の取組」 (with the overtime test below)
        Item {
            id: "long_hours_measures",
            label: Text::fixed("長時間労働縮減の取組", "Measures against long working hours"),
        },
    ],
    // seed 「所定外労働時間について次のいずれが必要 ・全社員月平均：10時間以下 ・正社員月平均：20時間以下」
    all_staff_max_hours: 10,
    regular_staff_max_hours: 20,
    // seed 【選択(次の1つ以上)】
    work_style: Group {
        id: "work_style_one_or_more",
        label: Text::fixed("休暇・柔軟な働き方（次の1つ以上）", "Leave and flexible work (at least one)"),
        needed: 1,
        items: &[
            Item {
                id: "leave_promotion",
                label: Text::fixed(
                    "休暇の取得促進（休みやすい環境整備）",
                    "Encouraging leave (an environment where leave is easy to take)",
                ),
            },
            Item {
                id: "flexible_work",
                label: Text::fixed(
                    "柔軟・多様な働き方がしやすい環境整備",
                    "An environment for flexible and diverse ways of working",
                ),
            },
        ],
    },
    // seed 【選択(次の2つ以上)】, in the seed's order.
    initiatives: Group {
        id: "initiatives_two_or_more",
        label: Text::fixed(
            "多様な人材の活躍などの取組（次の2つ以上）",
            "Diverse staff and other initiatives (at least two)",
        ),
        needed: 2,
        items: &[
            Item {
                id: "non_regular_treatment",
                label: Text::fixed("非正規雇用社員の処遇改善", "Better treatment of non-regular staff"),
            },
            Item {
                id: "productivity",
                label: Text::fixed("業務改善による生産性の向上", "Higher productivity through better work processes"),
            },
            Item { id: "women", label: Text::fixed("女性の活躍推進", "Advancement of women") },
            Item { id: "young_staff", label: Text::fixed("若手社員の活躍推進", "Advancement of young staff") },
            Item {
                id: "health_and_treatment",
                label: Text::fixed(
                    "治療と仕事の両立支援・健康支援",
                    "Balancing medical treatment and work; health support",
                ),
            },
            Item {
                id: "childcare", label: Text::fixed("育児と仕事の両立促進", "Balancing child-rearing and work")
            },
            Item {
                id: "nursing_care", label: Text::fixed("介護と仕事の両立促進", "Balancing family care and work")
            },
            Item {
                id: "disabilities",
                label: Text::fixed("障害者の活躍推進", "Advancement of people with disabilities"),
            },
            Item {
                id: "older_workers",
                label: Text::fixed("高齢者（65歳以上）の活躍推進", "Advancement of older workers (65 and over)"),
            },
        ],
    },
    // The newsletter's issue.
    criteria_source: Text::fixed("労働かごしま 2023年6月号", "the newsletter 労働かごしま of June 2023"),
    source: "seed 004 かごしま「働き方改革」推進企業認定制度について（認定要件）",
};
