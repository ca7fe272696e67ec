// Form spec of 働き方改革推進支援助成金 適用猶予業種等対応コース (program `hatarakikata-yuyo`). Field
// paths follow the JavaScript contract of issue 3; labels and hints restate seed 004 and RULES.md §2.
const sector = (...ids) => (v) => ids.includes(v.sector);
const perFourWeeks = (v) => v._holidaysMode !== 'annual';
const annual = (v) => v._holidaysMode === 'annual';

export default {
  id: 'hatarakikata-yuyo',
  title: {
    ja: '働き方改革推進支援助成金（適用猶予業種等対応コース）',
    en: 'Work Style Reform Subsidy (course for transport, construction and hospitals)',
  },
  shortTitle: { ja: '働き方改革（運送・建設・病院）', en: 'Work Style Reform (transport etc.)' },
  summary: {
    ja: '2024年4月から残業時間の上限が適用された運送業・建設業・病院などが、残業を減らす取組みをしたときの費用の一部が助成されます。',
    en: 'For trucking, construction and hospitals, which came under the overtime caps in April 2024: part of the cost of cutting overtime is paid back.',
  },
  // The FY2023 leaflet's example keeps its own date: the course has changed since 2024-04-01
  // (業種別課題対応コース), so the leaflet's figures hold only on a FY2023 date. The page says so
  // in a banner, with a way to today's date.
  example: {
    label: { ja: '運送業の例を入れる', en: 'Fill in a trucking example' },
    asOf: '2023-06-01',
    keepsDate: true,
    values: {
      sector: 'transport', capitalYen: '50000000', employees: '20',
      agreement36: true, paidLeaveRules: true, pastOvertimeOver45h: true,
      costYen: '5000000', efficiencyCostYen: '1000000',
      '_goal.overtime': true, 'goals.overtime.beforeHours': '85', 'goals.overtime.afterHours': '60',
    },
  },
  sections: [
    {
      id: 'business',
      legend: { ja: '事業所', en: 'Business' },
      fields: [
        {
          path: 'sector', type: 'select',
          options: [
            { value: 'transport', ja: '運送業（自動車運転の業務）', en: 'Transport (driving)' },
            { value: 'construction', ja: '建設業', en: 'Construction' },
            { value: 'hospital', ja: '病院・診療所など（医師）', en: 'Hospitals and clinics (doctors)' },
            { value: 'sugar', ja: '砂糖製造業（鹿児島県・沖縄県）', en: 'Sugar making (Kagoshima, Okinawa)' },
          ],
          label: { ja: '業種', en: 'Sector' },
          hint: { ja: '業種ごとに選べる成果目標が違います。', en: 'Each sector has its own goals.' },
        },
        {
          path: 'capitalYen', type: 'number', unit: 'yen', optional: true,
          label: { ja: '資本金（または出資の総額）', en: 'Share capital (or total contributions)' },
          hint: { ja: '3億円以下（病院などは5,000万円以下）か、労働者300人以下なら中小企業です。', en: 'Up to 300,000,000 yen (hospitals 50,000,000) or up to 300 workers.' },
        },
        {
          path: 'employees', type: 'number', unit: 'people',
          label: { ja: '常時使用する労働者数', en: 'Regular workers' },
          hint: { ja: '30人以下だと助成率が上がることがあります。', en: '30 or fewer can raise the rate.' },
        },
      ],
    },
    {
      id: 'requirements',
      legend: { ja: '申請の前提', en: 'Before applying' },
      fields: [
        {
          path: 'agreement36', type: 'flag',
          label: { ja: '36協定（時間外・休日労働の協定）を結んでいる', en: 'A “36 agreement” on overtime is in place' },
          hint: { ja: '労働基準監督署に届け出ている協定です。', en: 'The overtime agreement filed with the labour inspection office.' },
        },
        {
          path: 'paidLeaveRules', type: 'flag',
          label: { ja: '年5日の年次有給休暇の取得に向けた就業規則などを整えている', en: 'Rules for taking 5 days of paid leave a year are in place' },
        },
        {
          path: 'pastOvertimeOver45h', type: 'flag', when: sector('transport', 'hospital'),
          label: { ja: '過去2年間に月45時間を超える時間外労働があった', en: 'Overtime over 45 hours in some month of the past 2 years' },
          hint: { ja: '勤務間インターバルの目標に必要です。', en: 'Needed for the rest-interval goal.' },
        },
      ],
    },
    {
      id: 'costs',
      legend: { ja: '取組みの費用（税抜き）', en: 'Cost of the measures (excluding tax)' },
      fields: [
        {
          path: 'costYen', type: 'number', unit: 'yen',
          label: { ja: '助成対象になる費用の合計', en: 'Total eligible cost' },
          hint: { ja: '研修、外部専門家、機器の導入など。消費税を除いた額です。', en: 'Training, outside experts, equipment… without consumption tax.' },
        },
        {
          path: 'efficiencyCostYen', type: 'number', unit: 'yen', optional: true,
          label: { ja: 'うち労務管理ソフト・デジタコ・省力化機器など', en: 'Of which labour-management software, digital tachographs, labour-saving equipment' },
          hint: {
            ja: '勤怠管理などの労務管理用ソフト・機器の導入と、デジタル式運行記録計（デジタコ）や作業を省力化する機器・設備の導入の費用です。30人以下で30万円を超えると助成率が4/5になります。',
            en: 'Software or devices for managing working time, and digital tachographs or labour-saving machines and equipment. Over 300,000 yen with 30 or fewer workers: rate 4/5.',
          },
        },
      ],
    },
    {
      id: 'goal-overtime',
      legend: { ja: '成果目標① 時間外・休日労働を減らす', en: 'Goal ①: cut overtime and holiday work' },
      toggle: { path: '_goal.overtime', label: { ja: 'この目標に取り組む', en: 'Work on this goal' } },
      when: sector('transport', 'construction', 'hospital'),
      fields: [
        {
          path: 'goals.overtime.beforeHours', type: 'number', unit: 'hours',
          label: { ja: 'いまの36協定の月の上限（時間外＋休日）', en: 'Monthly limit in the current 36 agreement' },
          hint: { ja: '時間外労働と休日労働を合わせた1か月の時間です。', en: 'Overtime plus holiday work, hours a month.' },
        },
        {
          path: 'goals.overtime.afterHours', type: 'number', unit: 'hours',
          label: { ja: '新しい36協定の月の上限', en: 'Monthly limit in the new 36 agreement' },
          hint: { ja: '運送・建設は60時間以下、病院は80時間以下にすると上限額が高くなります。', en: '60 hours or less (80 for hospitals) gives the higher cap.' },
        },
      ],
    },
    {
      id: 'goal-interval',
      legend: { ja: '成果目標② 勤務間インターバルを入れる', en: 'Goal ②: rest between shifts' },
      toggle: { path: '_goal.interval', label: { ja: 'この目標に取り組む', en: 'Work on this goal' } },
      when: sector('transport', 'hospital'),
      fields: [
        {
          path: 'goals.interval.hours', type: 'number', unit: 'hours',
          label: { ja: '終業から次の始業までの休息時間', en: 'Rest from the end of one shift to the next' },
          hint: { ja: '9時間以上11時間未満、または11時間以上で上限額が変わります。', en: '9 to under 11 hours, or 11 hours or more.' },
        },
        {
          path: 'goals.interval.kind', type: 'choice', default: 'new',
          label: { ja: '導入のしかた', en: 'Kind' },
          options: [
            { value: 'new', ja: '新しく導入する', en: 'New' },
            { value: 'extend', ja: '対象を広げる・時間を延ばす', en: 'Widen or lengthen an existing one' },
          ],
          hint: { ja: '広げる・延ばす場合、上限額は半分です。', en: 'Widening or lengthening: half the cap.' },
        },
      ],
    },
    {
      id: 'goal-holidays',
      legend: { ja: '成果目標② 所定休日を増やす', en: 'Goal ②: more scheduled days off' },
      toggle: { path: '_goal.holidays', label: { ja: 'この目標に取り組む', en: 'Work on this goal' } },
      when: sector('construction'),
      fields: [
        {
          path: '_holidaysMode', type: 'choice', default: 'perFourWeeks',
          label: { ja: '休日の数え方', en: 'Count days off' },
          options: [
            { value: 'perFourWeeks', ja: '4週あたり', en: 'Per 4 weeks' },
            { value: 'annual', ja: '1年あたり', en: 'Per year' },
          ],
        },
        {
          path: 'goals.holidays.beforeDays', type: 'number', unit: 'days', when: perFourWeeks,
          label: { ja: 'いまの所定休日（4週あたり）', en: 'Days off now (per 4 weeks)' },
          hint: { ja: '4日から7日の事業主が対象です。', en: 'For employers with 4 to 7 days now.' },
        },
        {
          path: 'goals.holidays.afterDays', type: 'number', unit: 'days', when: perFourWeeks,
          label: { ja: '増やした後の所定休日（4週あたり）', en: 'Days off after (per 4 weeks)' },
          hint: { ja: '1日増やすごとに25万円、4日で上限100万円です。', en: '250,000 yen per extra day, up to 4 days.' },
        },
        {
          path: 'goals.holidays.annualBefore', type: 'number', unit: 'days', when: annual,
          label: { ja: 'いまの年間所定休日', en: 'Days off a year now' },
          hint: { ja: '年間の日数 ÷（365 ÷ 7）× 4 で4週あたりに直して計算します。', en: 'Converted: days ÷ (365 ÷ 7) × 4.' },
        },
        {
          path: 'goals.holidays.annualAfter', type: 'number', unit: 'days', when: annual,
          label: { ja: '増やした後の年間所定休日', en: 'Days off a year after' },
        },
      ],
    },
    {
      id: 'goal-doctors',
      legend: { ja: '成果目標③ 医師の働き方改革', en: 'Goal ③: doctors’ working hours' },
      when: sector('hospital'),
      fields: [
        {
          path: 'goals.doctors', type: 'flag', omitFalse: true,
          label: { ja: '医師の働き方改革の取組みをすべて行う', en: 'Do all the doctor work-style measures' },
          hint: {
            ja: '労務管理の責任者の選任、副業・兼業先との調整、管理者の研修、医師の労働時間の把握、勤務計画の作成。',
            en: 'Appoint a lead, coordinate side jobs, train managers, measure doctors’ hours, plan duties.',
          },
        },
      ],
    },
    {
      id: 'wage-raise',
      legend: { ja: '賃金の引上げ（加算）', en: 'Wage raise (bonus)' },
      toggle: { path: '_goal.wageRaise', label: { ja: '時給を3％以上引き上げる', en: 'Raise hourly wages by 3 % or more' } },
      when: sector('transport', 'construction', 'hospital'),
      fields: [
        {
          path: 'wageRaise.percent', type: 'choice', default: '3',
          label: { ja: '引上げ率', en: 'Raise' },
          options: [
            { value: '3', send: 3, ja: '3％以上', en: '3 % or more' },
            { value: '5', send: 5, ja: '5％以上', en: '5 % or more' },
          ],
        },
        {
          path: 'wageRaise.workers', type: 'number', unit: 'people',
          label: { ja: '引き上げる人数', en: 'Workers raised' },
          hint: { ja: '11人以上は1人ごとの加算（上限あり）です。', en: '11 or more: a per-worker bonus, with a maximum.' },
        },
      ],
    },
  ],
  facts: [
    { key: 'rate', label: { ja: '助成率', en: 'Rate' }, format: 'text' },
    { key: 'capYen', label: { ja: '上限額（目標の合計）', en: 'Cap (sum of the goals)' }, format: 'yen' },
    { key: 'bonusYen', label: { ja: '賃金引上げの加算', en: 'Wage-raise bonus' }, format: 'yen', hideZero: true },
    { key: 'eligibleCostYen', label: { ja: '助成対象の費用', en: 'Eligible cost' }, format: 'yen' },
  ],
  breakdown: {
    key: 'goals',
    heading: { ja: '成果目標ごとの上限額', en: 'Cap of each goal' },
    names: {
      overtime: { ja: '① 時間外・休日労働の削減', en: '① Less overtime' },
      interval: { ja: '② 勤務間インターバル', en: '② Rest between shifts' },
      holidays: { ja: '② 所定休日の増加', en: '② More days off' },
      doctors: { ja: '③ 医師の働き方改革', en: '③ Doctors’ hours' },
    },
  },
};
