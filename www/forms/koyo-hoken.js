// Form spec of 雇用保険料 (program `koyo-hoken`). Field paths follow src/programs/koyo_hoken/mod.rs;
// labels restate seed 004 (令和5年度労働保険年度更新手続きのお知らせ) and RULES.md §3.
import view from '../views/koyo-hoken.js';

/** The total rates of each fiscal year: general, agriculture and sake, construction (per 1,000). */
const RATES = {
  2023: ['15.5', '17.5', '18.5'],
  2024: ['15.5', '17.5', '18.5'],
  2025: ['14.5', '16.5', '17.5'],
  2026: ['13.5', '15.5', '16.5'],
};

const monthly = (v) => v._basis !== 'annual';
const annual = (v) => v._basis === 'annual';

export default {
  id: 'koyo-hoken',
  title: { ja: '雇用保険料の計算', en: 'Employment-insurance premiums' },
  shortTitle: { ja: '雇用保険料', en: 'Employment insurance' },
  summary: {
    ja: '給与から差し引く労働者負担分と、事業主負担分を、その年度の雇用保険率で計算します。',
    en: 'The worker’s share withheld from wages and the employer’s share, at the fiscal year’s rates.',
  },
  resultHeading: { ja: '雇用保険料', en: 'Premiums' },
  start: {
    ja: '事業の種類と賃金を入れると、ここに保険料がすぐ出ます。',
    en: 'Enter the kind of business and the wage, and the premiums appear here at once.',
  },
  disclaimer: {
    ja: 'この結果は公表された料率にもとづく目安です。実際の保険料は労働局・ハローワークの案内で確認してください。',
    en: 'An estimate from the published rates. Please check the actual premiums with the labour bureau.',
  },
  example: {
    label: { ja: '月給30万円の例を入れる', en: 'Fill in a 300,000-yen monthly wage' },
    asOf: '2023-06-01',
    values: { industry: 'general', _basis: 'monthly', monthlyWageYen: '300000' },
  },
  asOfLabel: { ja: '賃金の締切日（計算する日）', en: 'Wage closing date (date of the calculation)' },
  asOfHint: { ja: 'この日が属する年度の料率で計算します（4月1日以降に締め切る賃金から新しい率）。はじめは今日の日付です。', en: 'The rates of the fiscal year of this date are used (new rates for wages closed on or after 1 April). Starts as today.' },
  sections: [
    {
      id: 'business',
      legend: { ja: '事業の種類', en: 'Kind of business' },
      fields: [
        {
          path: 'industry', type: 'choice', default: 'general',
          label: { ja: '事業の種類', en: 'Kind of business' },
          options: [
            { value: 'general', ja: '一般の事業', en: 'General businesses' },
            { value: 'agriculture', ja: '農林水産・清酒製造の事業', en: 'Agriculture, forestry, fisheries, sake brewing' },
            { value: 'construction', ja: '建設の事業', en: 'Construction' },
          ],
          // The year's rates (一般・農林水産清酒・建設, per 1,000), as src/programs/koyo_hoken/r*.rs.
          hint: (rules) => {
            const fy = Math.min(Math.max(rules.fiscalYear, 2023), 2026);
            const r = RATES[fy];
            return {
              ja: `料率は年度と事業の種類で決まります（令和${fy - 2018}年度は1,000分の${r.join('・')}）。`,
              en: `The rate depends on the fiscal year and the kind of business (FY${fy}: ${r.join(', ')} per 1,000).`,
            };
          },
        },
      ],
    },
    {
      id: 'wage',
      legend: { ja: '賃金', en: 'Wage' },
      fields: [
        {
          path: '_basis', type: 'choice', default: 'monthly',
          label: { ja: '何から計算しますか', en: 'Compute from' },
          options: [
            { value: 'monthly', ja: '1人の1か月の給与', en: 'One worker’s monthly wage' },
            { value: 'annual', ja: '1年間の賃金総額（年度更新）', en: 'The annual wage bill (annual declaration)' },
          ],
          hint: {
            ja: '給与から差し引く額なら「1か月の給与」、年度更新の申告なら「賃金総額」です。',
            en: 'Payday deductions: the monthly wage. The annual declaration: the wage bill.',
          },
        },
        {
          path: 'monthlyWageYen', type: 'number', unit: 'yen', when: monthly,
          label: { ja: '1か月の給与（額面）', en: 'Monthly wage (gross)' },
          hint: {
            ja: '通勤手当・残業代などを含む、税金などを引く前の総支給額です。「30万」とも入力できます。',
            en: 'Before tax and deductions, with commuting and overtime pay. Commas are fine: “300,000”.',
          },
        },
        {
          path: 'annualWageBillYen', type: 'number', unit: 'yen', when: annual,
          label: { ja: '1年間の賃金総額（雇用保険の被保険者分）', en: 'Annual wage bill of the insured workers' },
          hint: {
            ja: '4月から翌年3月までに被保険者に支払った賃金の合計です。千円未満は切り捨てて計算します。',
            en: 'Wages paid to insured workers from April to March. Amounts below 1,000 yen are dropped.',
          },
        },
      ],
    },
  ],
  facts: [
    { key: 'fiscalYear', label: { ja: '料率の年度', en: 'Rates of' }, format: 'fiscalYear' },
    { key: 'workerRate', label: { ja: '労働者負担の率', en: 'Worker’s rate' }, format: 'perMille' },
    { key: 'employerRate', label: { ja: '事業主負担の率', en: 'Employer’s rate' }, format: 'perMille' },
    { key: 'totalRate', label: { ja: '雇用保険率（合計）', en: 'Total rate' }, format: 'perMille' },
    { key: 'premiumBasisYen', label: { ja: '保険料算定基礎額', en: 'Premium basis' }, format: 'yen', when: (r) => r.basis === 'annual' },
  ],
  view,
};
