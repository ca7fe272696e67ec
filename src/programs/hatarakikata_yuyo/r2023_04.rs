//! Ruleset `hatarakikata-yuyo/2023-04`: 働き方改革推進支援助成金 適用猶予業種等対応コース, FY2023
//! (令和5年度), 2023-04-01 to 2024-03-31.
//!
//! Every figure is from the seed (`shared/seeds/004`, the three leaflets 「令和5年度「働き方改革推進支援
//! 助成金」適用猶予業種等対応コース（運送業／建設業／病院等）のご案内」, dated 2023.4, reprinted in
//! 労働かごしま, June 2023) unless its comment names another source. RULES.md §2.1 restates them.

use super::{
    BonusCells, BonusTable, FiscalYearWindow, HolidayRules, IntervalBand, IntervalRules, OvertimeRow, Ruleset,
    SectorRules, Sources,
};
use crate::date::Date;
use crate::money::{Rate, Yen};
use crate::programs::RulesetInfo;
use crate::sources::Cite;
use crate::window::Round;

/// The FY2023 leaflets (all three sectors), reprinted in 労働かごしま, June 2023.
const LEAFLETS: &str = "mhlw-hatarakikata-yuyo-2023";
/// The guide of the later 業種別課題対応コース.
const LATER: &str = "mhlw-hatarakikata-gyoshubetsu";

pub static RULESET: Ruleset = Ruleset {
    info: RulesetInfo {
        id: "hatarakikata-yuyo/2023-04",
        valid_from: Date::ymd(2023, 4, 1),
        // The leaflets are for 令和5年度, which ends on 2024-03-31.
        valid_to: Some(Date::ymd(2024, 3, 31)),
        documents: &[LEAFLETS, "kagoshima-rodo-2023-06", LATER],
    },
    transport: TRANSPORT,
    construction: CONSTRUCTION,
    hospital: HOSPITAL,
    bonus: BONUS,
    // seed 加算額: 「常時使用する労働者数が30人以下の場合」/「30人を超える場合」; 助成額 ※:
    // 「常時使用する労働者数が30人以下かつ…」.
    small_employer_max: 30,
    // seed 助成額 II: 対象経費の合計額×補助率3/4.
    rate: Rate::new(3, 4),
    // seed 助成額 ※: 30人以下かつ⑥から⑦の所要額が30万円を超える場合の補助率は4/5.
    raised_rate: Rate::new(4, 5),
    raised_rate_efficiency_over: Yen::man(30),
    // seed (表面, all three leaflets): 11月30日以前に、予告なく受付を締め切る場合があります.
    budget_close_by: Date::ymd(2023, 11, 30),
    budget_source: Cite::new(LEAFLETS, "hatarakikata-yuyo.notes"),
    // RULES.md §2.2 (verified): from FY2024 the course is 業種別課題対応コース, with other figures.
    later_course: "hatarakikata-yuyo.course.gyoshubetsu",
    later_source: Cite::new(LATER, "hatarakikata-yuyo.gyoshubetsu.course"),
    // RULES.md §2.1 (verified, medium): 砂糖製造業 belongs to the course; the FY2023 leaflets of the
    // seed do not cover it, the guide of the later course names it among its sectors.
    sugar_source: Cite::new(LATER, "hatarakikata-yuyo.gyoshubetsu.sugar"),
    windows: &WINDOWS,
};

/// 申請受付期間 by fiscal year: FY2023's for this ruleset, then those of the renamed course, whose
/// amounts are not modelled (RULES.md §2.2). The last year listed is the last one the answer can
/// describe; after it, the rules of the course are not known at all.
const WINDOWS: [FiscalYearWindow; 4] = [
    // seed (表面, all three leaflets): 「11月30日以前に、予告なく受付を締め切る場合があります」:
    // applications close on 2023-11-30 at the latest; the leaflets give no opening day.
    FiscalYearWindow {
        fiscal_year: 2023,
        round: Round { opens: None, closes: Date::ymd(2023, 11, 30), number: None },
        source: Cite::new(LEAFLETS, "hatarakikata-yuyo.notes"),
    },
    // RULES.md §2.2 (verified): FY2024 2024-04-01 to 2024-11-29.
    FiscalYearWindow {
        fiscal_year: 2024,
        round: Round { opens: Some(Date::ymd(2024, 4, 1)), closes: Date::ymd(2024, 11, 29), number: None },
        source: Cite::new(LATER, "hatarakikata-yuyo.gyoshubetsu.window"),
    },
    // RULES.md §2.2 (verified): FY2025 2025-04-01 to 2025-11-28.
    FiscalYearWindow {
        fiscal_year: 2025,
        round: Round { opens: Some(Date::ymd(2025, 4, 1)), closes: Date::ymd(2025, 11, 28), number: None },
        source: Cite::new(LATER, "hatarakikata-yuyo.gyoshubetsu.window"),
    },
    // RULES.md §2.2 (verified): FY2026 2026-04-13 to 2026-11-30.
    FiscalYearWindow {
        fiscal_year: 2026,
        round: Round { opens: Some(Date::ymd(2026, 4, 13)), closes: Date::ymd(2026, 11, 30), number: None },
        source: Cite::new(LATER, "hatarakikata-yuyo.gyoshubetsu.window"),
    },
];

/// seed 成果目標①の上限額 (運送業 and 建設業 print the same table), in 万円. Columns: the current
/// 36協定 sets overtime + holiday work over 80 h / over 60 h a month; rows: the new setting
/// ≤ 60 h, or over 60 h and ≤ 80 h.
const OVERTIME_60_80: [OvertimeRow; 3] = [
    OvertimeRow { before_over: 80, after_at_most: 60, cap: Yen::man(250) }, // 80時間超 → 60時間以下
    OvertimeRow { before_over: 80, after_at_most: 80, cap: Yen::man(150) }, // 80時間超 → 60時間超80時間以下
    OvertimeRow { before_over: 60, after_at_most: 60, cap: Yen::man(200) }, // 60時間超 → 60時間以下
                                                                            // 60時間超 → 60時間超80時間以下: 「—」 (no cap), so no row.
];

/// seed 賃金引き上げの達成時の加算額 (the same four tables in all three leaflets), in 万円.
const BONUS: [BonusTable; 2] = [
    BonusTable {
        min_percent: 5, // 5%以上引上げ
        // 30人以下: 1～3人 48, 4～6人 96, 7～10人 160, 11人～30人 1人当たり16 (上限480).
        small: BonusCells {
            bands: [(3, Yen::man(48)), (6, Yen::man(96)), (10, Yen::man(160))],
            per_worker: Yen::man(16),
            per_worker_to: 30,
            per_worker_max: Yen::man(480),
        },
        // 30人超: 24, 48, 80, 1人当たり8 (上限240).
        large: BonusCells {
            bands: [(3, Yen::man(24)), (6, Yen::man(48)), (10, Yen::man(80))],
            per_worker: Yen::man(8),
            per_worker_to: 30,
            per_worker_max: Yen::man(240),
        },
    },
    BonusTable {
        min_percent: 3, // 3%以上引上げ
        // 30人以下: 30, 60, 100, 1人当たり10 (上限300).
        small: BonusCells {
            bands: [(3, Yen::man(30)), (6, Yen::man(60)), (10, Yen::man(100))],
            per_worker: Yen::man(10),
            per_worker_to: 30,
            per_worker_max: Yen::man(300),
        },
        // 30人超: 15, 30, 50, 1人当たり5 (上限150).
        large: BonusCells {
            bands: [(3, Yen::man(15)), (6, Yen::man(30)), (10, Yen::man(50))],
            per_worker: Yen::man(5),
            per_worker_to: 30,
            per_worker_max: Yen::man(150),
        },
    },
];

/// 運送業 (自動車運転の業務).
const TRANSPORT: SectorRules = SectorRules {
    // seed 運送業 対象事業主 ※1: 資本または出資額が3億円以下 / 常時使用する労働者が300人以下.
    sme_capital: Yen::man(30_000),
    sme_employees: 300,
    overtime: &OVERTIME_60_80,
    interval: Some(IntervalRules {
        // seed 運送業 成果目標②の上限額: 新規導入 9時間以上11時間未満 100, 11時間以上 150;
        // 適用範囲の拡大・時間延長のみ 50, 75.
        bands: [
            IntervalBand { from_hours: 9, new: Yen::man(100), extend: Yen::man(50) },
            IntervalBand { from_hours: 11, new: Yen::man(150), extend: Yen::man(75) },
        ],
        // seed 運送業 対象事業主 4: 成果目標②を選択する場合は、原則として、過去2年間において月45時間を
        // 超える時間外労働の実態があること.
        needs_past_overtime: true,
    }),
    holidays: None,
    doctors: None,
    // seed 運送業 助成額: 【助成額最大880万円】 (250 + 150 + 480).
    stated_maximum: Yen::man(880),
    sources: Sources {
        course: Cite::new(LEAFLETS, "hatarakikata-yuyo.transport.course"),
        target: Cite::new(LEAFLETS, "hatarakikata-yuyo.transport.target"),
        sme: Cite::new(LEAFLETS, "hatarakikata-yuyo.transport.sme"),
        goals: Cite::new(LEAFLETS, "hatarakikata-yuyo.transport.goals"),
        overtime: Cite::new(LEAFLETS, "hatarakikata-yuyo.transport.overtime"),
        second: Cite::new(LEAFLETS, "hatarakikata-yuyo.transport.second"),
        doctors: None,
        bonus: Cite::new(LEAFLETS, "hatarakikata-yuyo.transport.bonus"),
        amount: Cite::new(LEAFLETS, "hatarakikata-yuyo.transport.amount"),
    },
};

/// 建設業.
const CONSTRUCTION: SectorRules = SectorRules {
    // seed 建設業 対象事業主 ※1: 資本または出資額が3億円以下 / 常時使用する労働者が300人以下.
    sme_capital: Yen::man(30_000),
    sme_employees: 300,
    overtime: &OVERTIME_60_80,
    interval: None,
    holidays: Some(HolidayRules {
        // seed 建設業 成果目標②の上限額: 1日増加ごとに25万円（最大100万円）, so at most 4 days.
        per_day: Yen::man(25),
        max_days: 4,
        // seed 建設業 対象事業主 4: 交付申請時点の所定休日数が4週当たり4日から7日であること.
        before_min: 4,
        before_max: 7,
        // seed 建設業 ※5: (年間所定休日数) ÷ (365日 ÷ 7) × 4.
        year_days: 365,
        week_days: 7,
        weeks: 4,
    }),
    doctors: None,
    // seed 建設業 助成額: 【助成額最大830万円】 (250 + 100 + 480).
    stated_maximum: Yen::man(830),
    sources: Sources {
        course: Cite::new(LEAFLETS, "hatarakikata-yuyo.construction.course"),
        target: Cite::new(LEAFLETS, "hatarakikata-yuyo.construction.target"),
        sme: Cite::new(LEAFLETS, "hatarakikata-yuyo.construction.sme"),
        goals: Cite::new(LEAFLETS, "hatarakikata-yuyo.construction.goals"),
        overtime: Cite::new(LEAFLETS, "hatarakikata-yuyo.construction.overtime"),
        second: Cite::new(LEAFLETS, "hatarakikata-yuyo.construction.second"),
        doctors: None,
        bonus: Cite::new(LEAFLETS, "hatarakikata-yuyo.construction.bonus"),
        amount: Cite::new(LEAFLETS, "hatarakikata-yuyo.construction.amount"),
    },
};

/// 病院等 (病院、診療所、介護老人保健施設、介護医療院).
const HOSPITAL: SectorRules = SectorRules {
    // seed 病院等 対象事業主 ※1: 資本または出資持分が5,000万円以下 / 常時使用する労働者が300人以下.
    sme_capital: Yen::man(5_000),
    sme_employees: 300,
    // seed 病院等 成果目標①の上限額: new setting ≤ 80 h; current setting over 100 h 250, over 90 h
    // 200, over 80 h 150. (The extracted table lost its first column header; the goal's text
    // 「月80時間を超える36協定の時間外・休日労働時間数を縮減」 gives the third column: RULES.md §2.1.)
    overtime: &[
        OvertimeRow { before_over: 100, after_at_most: 80, cap: Yen::man(250) },
        OvertimeRow { before_over: 90, after_at_most: 80, cap: Yen::man(200) },
        OvertimeRow { before_over: 80, after_at_most: 80, cap: Yen::man(150) },
    ],
    interval: Some(IntervalRules {
        // seed 病院等 成果目標②の上限額: 9時間以上11時間未満 100, 11時間以上 150; 「適用範囲の拡大、
        // 時間延長の場合には半額となります」: 50, 75.
        bands: [
            IntervalBand { from_hours: 9, new: Yen::man(100), extend: Yen::man(50) },
            IntervalBand { from_hours: 11, new: Yen::man(150), extend: Yen::man(75) },
        ],
        // seed 病院等 対象事業主 4: 過去2年間に於いて月45時間を超える時間外労働の実態があること.
        needs_past_overtime: true,
    }),
    holidays: None,
    // seed 病院等 3. 成果目標③の上限額: 以下を全て実施した場合に50万円.
    doctors: Some(Yen::man(50)),
    // seed 病院等 助成額: 【助成額最大930万円】 (250 + 150 + 50 + 480).
    stated_maximum: Yen::man(930),
    sources: Sources {
        course: Cite::new(LEAFLETS, "hatarakikata-yuyo.hospital.course"),
        target: Cite::new(LEAFLETS, "hatarakikata-yuyo.hospital.target"),
        sme: Cite::new(LEAFLETS, "hatarakikata-yuyo.hospital.sme"),
        goals: Cite::new(LEAFLETS, "hatarakikata-yuyo.hospital.goals"),
        overtime: Cite::new(LEAFLETS, "hatarakikata-yuyo.hospital.overtime"),
        second: Cite::new(LEAFLETS, "hatarakikata-yuyo.hospital.second"),
        doctors: Some(Cite::new(LEAFLETS, "hatarakikata-yuyo.hospital.doctors")),
        bonus: Cite::new(LEAFLETS, "hatarakikata-yuyo.hospital.bonus"),
        amount: Cite::new(LEAFLETS, "hatarakikata-yuyo.hospital.amount"),
    },
};
