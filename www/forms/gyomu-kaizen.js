// Form spec of 業務改善助成金 (program `gyomu-kaizen`). Field paths follow the JavaScript contract
// of issue 2; labels and hints restate the leaflet (seed 004, RULES.md §1) in plain words.
import { PREFECTURES } from './prefectures.js';

const detailed = (v) => v._wageMode === 'workers';
const simple = (v) => !detailed(v);

// What changed between the years' rulesets, as the form shows it (`rules`: the date's { asOf,
// fiscalYear }; a date after the last ruleset keeps its rules, hence ≥).
/** FY2025 on: the lowest wage is among workers employed 6 months or more (3 before). */
const minimumMonths = (rules) => (rules.fiscalYear >= 2025 ? 6 : 3);
/** FY2026 on: only workers insured under 雇用保険 count as raised. */
const insuredOnly = (rules) => rules.fiscalYear >= 2026;
/** FY2026 on: vehicles and related costs are no longer eligible. */
const vehiclesAndRelated = (rules) => rules.fiscalYear < 2026;
/** To FY2024: the productivity requirement may raise the rate (FY2025's rules have none). */
const productivity = (rules) => rules.fiscalYear < 2025;
/** FY2023 only: the special employer whose sales fell 15 % (the leaflet's ②). */
const salesDrop = (rules) => rules.fiscalYear < 2024;

export default {
  id: 'gyomu-kaizen',
  title: { ja: '業務改善助成金', en: 'Business Improvement Subsidy (Gyōmu Kaizen)' },
  shortTitle: { ja: '業務改善助成金', en: 'Business Improvement' },
  summary: {
    ja: '事業場で一番低い時給を引き上げ、仕事の効率を上げる設備投資などをした中小企業に、その費用の一部が助成されます。',
    en: 'For small businesses that raise the lowest hourly wage at a site and invest in productivity: part of the cost is paid back.',
  },
  // The FY2026 leaflet's example (事業場内最低賃金1,040円・90円引上げ・8人・設備投資600万円 →
  // 4/5 → 480万円 > 上限450万円 → 450万円), on the date already chosen (today at first).
  // `asOf` names the leaflet's year: a day of FY2026 when applications are taken.
  example: {
    label: { ja: '案内の計算例を入れる', en: 'Fill in the leaflet’s example' },
    asOf: '2026-09-01',
    values: {
      prefecture: 'kagoshima', industry: 'retail', capitalYen: '10000000',
      companyEmployees: '20', siteEmployees: '20', _wageMode: 'simple',
      lowestWage: '1040', raiseYen: '90', raisedWorkers: '8', investmentYen: '6000000',
    },
  },
  asOfHint: {
    ja: 'この日に有効な規則で計算します。はじめは今日の日付です。申請受付期間: 令和8年度は2026年9月1日から、事業場のある都道府県の新しい地域別最低賃金が発効する日の前日まで（遅くとも2026年11月30日）。期間外の日付でも、参考として金額を計算します。',
    en: 'The rules in force on this date are used; it starts as today. Application window: in FY2026 from 1 September 2026 to the day before the prefecture’s new minimum wage takes effect (30 November 2026 at the latest). Outside the window the amount is still worked out, for planning.',
  },
  sections: [
    {
      id: 'company',
      legend: { ja: '会社と事業場', en: 'Company and site' },
      fields: [
        {
          path: 'prefecture', type: 'select', options: PREFECTURES,
          label: { ja: '事業場のある都道府県', en: 'Prefecture of the site' },
          hint: { ja: 'その都道府県の地域別最低賃金と比べます。', en: 'The regional minimum wage of this prefecture is used.' },
        },
        {
          path: 'industry', type: 'select',
          options: [
            { value: 'retail', ja: '小売業（飲食店を含む）', en: 'Retail (incl. restaurants)' },
            { value: 'service', ja: 'サービス業（医療・福祉・宿泊など）', en: 'Services (health, care, hotels…)' },
            { value: 'wholesale', ja: '卸売業', en: 'Wholesale' },
            { value: 'other', ja: 'その他の業種（製造業・建設業など）', en: 'Other (manufacturing, construction…)' },
          ],
          label: { ja: '業種', en: 'Industry' },
          hint: { ja: '中小企業に当たるかの基準が業種で変わります。', en: 'The small-business test depends on the industry.' },
        },
        {
          path: 'capitalYen', type: 'number', unit: 'yen', optional: true,
          label: { ja: '資本金（または出資の総額）', en: 'Share capital (or total contributions)' },
          hint: { ja: '個人事業主など資本金がない場合は空欄にします。「1000万」とも入力できます。', en: 'Leave empty if there is none (sole proprietors). Commas are fine: “10,000,000”.' },
        },
        {
          path: 'companyEmployees', type: 'number', unit: 'people',
          label: { ja: '会社全体の常時使用する労働者数', en: 'Regular workers in the whole company' },
          hint: { ja: 'パート・アルバイトも含め、いつも働いている人の数です。', en: 'Everyone who works regularly, part-timers included.' },
        },
        {
          path: 'siteEmployees', type: 'number', unit: 'people',
          label: { ja: 'この事業場の労働者数', en: 'Workers at this site' },
          hint: { ja: '30人未満だと上限額が高くなることがあります。', en: 'Under 30 can raise the cap.' },
        },
      ],
    },
    {
      id: 'wages',
      legend: { ja: '時給の引上げ', en: 'Wage raise' },
      fields: [
        {
          path: '_wageMode', type: 'choice', default: 'simple',
          label: { ja: '入力のしかた', en: 'How to enter' },
          options: [
            { value: 'simple', ja: 'かんたん（3項目）', en: 'Quick (3 figures)' },
            { value: 'workers', ja: '一人ずつ（表）', en: 'Worker by worker (table)' },
          ],
          hint: { ja: '一人ずつ入れると、誰が「引き上げる労働者」に数えられるかも分かります。', en: 'The table also shows which workers count as raised.' },
        },
        {
          path: 'lowestWage', type: 'number', unit: 'yenPerHour', when: simple,
          label: { ja: '事業場で一番低い時給（引上げ前）', en: 'Lowest hourly wage at the site (before the raise)' },
          hint: (rules) => ({
            ja: `雇ってから${minimumMonths(rules)}か月以上たつ人の中で一番低い時給です（事業場内最低賃金）。`,
            en: `Among workers employed ${minimumMonths(rules)} months or more.`,
          }),
        },
        {
          path: 'raiseYen', type: 'number', unit: 'yen', when: simple,
          label: { ja: '時給の引上げ額', en: 'Raise of that hourly wage' },
          hint: (rules) => (rules.fiscalYear >= 2026
            ? { ja: '引上げ額でコースが決まります（令和8年度は50円・70円・90円以上）。', en: 'The raise sets the course (in FY2026: 50, 70 or 90 yen or more).' }
            : { ja: `引上げ額でコースが決まります（令和${rules.fiscalYear - 2018}年度は30円・45円・60円・90円以上）。`, en: `The raise sets the course (in FY${rules.fiscalYear}: 30, 45, 60 or 90 yen or more).` }),
        },
        {
          path: 'raisedWorkers', type: 'number', unit: 'people', when: simple,
          label: { ja: '時給を引き上げる人数', en: 'Number of workers raised' },
          hint: { ja: '新しい一番低い時給を下回る人で、コースの額以上引き上げる人の数です。', en: 'Workers below the new lowest wage, each raised by the course amount or more.' },
        },
        {
          // Optional: with it the answer adds the yearly cost of the raise (wageCostYenPerYear).
          path: 'annualHours', type: 'number', unit: 'hours', optional: true, when: simple,
          label: { ja: '年間の労働時間（引き上げる人1人あたり）', en: 'Hours a year (per worker raised)' },
          hint: { ja: '入れると、賃上げで1年に増える人件費も示します。例: 週20時間なら約1,040時間。', en: 'With it, the yearly cost of the raise is shown too. 20 hours a week is about 1,040 hours.' },
        },
        {
          path: 'workers', type: 'table', when: detailed,
          label: { ja: '労働者ごとの時給', en: 'Hourly wage of each worker' },
          hint: (rules) => {
            const m = minimumMonths(rules);
            return insuredOnly(rules)
              ? {
                ja: `引上げの対象になりそうな人を入れてください。雇ってから${m}か月未満の人と、雇用保険に加入していない人は、引き上げる労働者に数えません（令和8年度から）。`,
                en: `List the workers who may be raised. Workers employed under ${m} months, and from FY2026 workers not insured under employment insurance, do not count as raised.`,
              }
              : {
                ja: `引上げの対象になりそうな人を入れてください。雇ってから${m}か月未満の人は、引き上げる労働者に数えません。`,
                en: `List the workers who may be raised. Workers employed under ${m} months do not count as raised.`,
              };
          },
          rowLabel: { ja: '労働者', en: 'Worker' },
          addLabel: { ja: '労働者を追加', en: 'Add a worker' },
          newRow: { wageBefore: '', wageAfter: '', monthsEmployed: '12', insured: true },
          columns: [
            { path: 'wageBefore', type: 'number', unit: 'yenPerHour', label: { ja: '引上げ前の時給', en: 'Wage before' } },
            { path: 'wageAfter', type: 'number', unit: 'yenPerHour', label: { ja: '引上げ後の時給', en: 'Wage after' } },
            { path: 'monthsEmployed', type: 'number', unit: 'months', label: { ja: '雇ってからの期間', en: 'Employed for' } },
            // Asked, and sent, only where the rules count insured workers alone (FY2026 on): the
            // earlier rulesets do not read it.
            {
              path: 'insured', type: 'flag', when: (v, rules) => insuredOnly(rules),
              label: { ja: '雇用保険に加入', en: 'Insured under employment insurance' },
            },
          ],
        },
      ],
    },
    {
      id: 'costs',
      legend: { ja: '設備投資などの費用（税抜き）', en: 'Investment (excluding consumption tax)' },
      hint: (rules) => (vehiclesAndRelated(rules) ? null : {
        ja: '令和8年度は対象外: 自動車と関連する経費（広告・改装・事務机など）は、令和8年度の規則では助成されません。',
        en: 'Not eligible in FY2026: vehicles and related costs (advertising, renovation, furniture) are not subsidised under the FY2026 rules.',
      }),
      fields: [
        {
          path: 'investmentYen', type: 'number', unit: 'yen',
          label: { ja: '生産性を上げる設備投資などの費用', en: 'Productivity investment' },
          hint: { ja: '機械・設備の導入、コンサルティングなど。消費税を除いた額です。', en: 'Machines, equipment, consulting… without consumption tax.' },
        },
        {
          path: 'extraCosts.devicesYen', type: 'number', unit: 'yen', optional: true,
          label: { ja: 'パソコン・スマホ・タブレットなど（新品）', en: 'PCs, phones, tablets (new)' },
          hint: { ja: '売上げが減った事業者か、物価高騰で利益率が下がった事業者（特例事業者）だけが対象です。', en: 'Counts only for a special employer: sales down, or profit margin down from rising prices.' },
        },
        {
          path: 'extraCosts.vehiclesYen', type: 'number', unit: 'yen', optional: true, when: (v, rules) => vehiclesAndRelated(rules),
          label: { ja: '自動車（定員7人以上または車両本体200万円以下）', en: 'Vehicles (7+ seats or body price ≤ 2,000,000 yen)' },
          hint: { ja: '売上げが減った事業者か、物価高騰で利益率が下がった事業者（特例事業者）だけが対象です。', en: 'Counts only for a special employer: sales down, or profit margin down from rising prices.' },
        },
        {
          path: 'extraCosts.relatedYen', type: 'number', unit: 'yen', optional: true, when: (v, rules) => vehiclesAndRelated(rules),
          label: { ja: '関連する経費（広告・改装・事務机など）', en: 'Related costs (advertising, renovation, furniture)' },
          hint: { ja: '売上げが減った事業者か、物価高騰で利益率が下がった事業者（特例事業者）だけが対象で、設備投資などの額までです。', en: 'Only for a special employer (sales down, or profit margin down from rising prices), up to the investment itself.' },
        },
      ],
    },
    {
      id: 'conditions',
      legend: { ja: '当てはまるものにチェック', en: 'Tick what applies' },
      fields: [
        {
          path: 'productivityMet', type: 'flag', when: (v, rules) => productivity(rules),
          label: { ja: '生産性要件を満たしている', en: 'The productivity requirement is met' },
          hint: { ja: '直近の生産性が3年前より6％以上伸びている場合など。助成率が上がることがあります。', en: 'Productivity up 6 % or more on three years ago, for example. May raise the rate.' },
        },
        {
          path: 'salesDrop15', type: 'flag', when: (v, rules) => salesDrop(rules),
          label: { ja: '売上高などが15％以上減っている（特例事業者に当たります）', en: 'Sales down 15 % or more (makes a special employer)' },
          hint: { ja: '直近3か月の月平均が、1〜3年前の同じ月より15％以上少ない場合です。', en: 'Last 3 months’ average vs the same months 1–3 years earlier.' },
        },
        {
          path: 'profitDrop3pt', type: 'flag',
          label: { ja: '原材料高などで利益率が3ポイント以上下がった（特例事業者に当たります）', en: 'Profit margin down 3 points or more from rising prices (makes a special employer)' },
          hint: { ja: '申請前3か月のうちどこか1か月で、前年同月より3ポイント以上下がった場合です。', en: 'In any one of the 3 months before applying.' },
        },
        {
          path: 'disqualifyingEvents', type: 'flag',
          label: { ja: '解雇・賃金の引下げなど（不交付事由）がある', en: 'Dismissals, wage cuts or other disqualifying events' },
          hint: { ja: '当てはまると助成されません。', en: 'If so, no subsidy is paid.' },
        },
      ],
    },
  ],
  facts: [
    { key: 'rate', label: { ja: '助成率', en: 'Rate' }, format: 'text' },
    { key: 'capYen', label: { ja: '上限額', en: 'Cap' }, format: 'yen' },
    { key: 'course', label: { ja: 'コース', en: 'Course' }, format: { ja: '{}円コース', en: '{}-yen course' } },
    { key: 'countedWorkers', label: { ja: '引き上げる労働者', en: 'Workers raised' }, format: 'people' },
    { key: 'eligibleCostYen', label: { ja: '助成対象の費用', en: 'Eligible cost' }, format: 'yen' },
    { key: 'regionalMinimumWageYen', label: { ja: '地域別最低賃金', en: 'Regional minimum wage' }, format: 'yenPerHour' },
    { key: 'special.isSpecial', label: { ja: '特例事業者', en: 'Special employer' }, format: 'yesno' },
  ],
  rowStatus: 'workers',
};
