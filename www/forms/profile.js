// The company profile of the screen (「まず会社のことを教えてください」): the few facts every program
// asks, typed once. Paths are those of screen()'s `profile` (types/joseikin.d.ts `Profile`); the
// engine answers with `profile.<path>` in `missing` and in its errors. Not a program: not in FORMS.
import { PREFECTURES } from './prefectures.js';

/** The industries screen() knows, in the words of its own catalog (catalogs/*\/screen.txt). */
export const INDUSTRIES = [
  { value: 'retail', ja: '小売業・飲食店', en: 'Retail and restaurants' },
  { value: 'service', ja: 'サービス業', en: 'Services' },
  { value: 'wholesale', ja: '卸売業', en: 'Wholesale' },
  { value: 'manufacturing', ja: '製造業', en: 'Manufacturing' },
  { value: 'transport', ja: '運輸業（トラック・バス・タクシー）', en: 'Transport (trucks, buses, taxis)' },
  { value: 'construction', ja: '建設業', en: 'Construction' },
  { value: 'hospital', ja: '病院・診療所', en: 'Hospitals and clinics' },
  { value: 'sugar', ja: '砂糖製造業', en: 'Sugar manufacturing' },
  { value: 'agriculture', ja: '農林水産業', en: 'Agriculture, forestry and fisheries' },
  { value: 'other', ja: 'その他の業種', en: 'Other industries' },
];

export const PROFILE_SECTIONS = [
  {
    id: 'company',
    legend: { ja: '会社', en: 'The company' },
    fields: [
      { path: 'company.prefecture', type: 'select', options: PREFECTURES, label: { ja: '都道府県', en: 'Prefecture' } },
      { path: 'company.industry', type: 'select', options: INDUSTRIES, label: { ja: '業種', en: 'Industry' } },
      {
        path: 'company.capitalYen', type: 'number', unit: 'yen', optional: true,
        label: { ja: '資本金', en: 'Capital' },
        hint: { ja: '「1000万」のようにも書けます。', en: 'You can also write 1000万 (10 million).' },
      },
      { path: 'company.employees', type: 'number', unit: 'people', label: { ja: '会社全体の従業員数', en: 'Employees of the whole company' } },
    ],
  },
  {
    id: 'site',
    legend: { ja: '賃金を引き上げる事業場', en: 'The site that would raise its wages' },
    fields: [
      { path: 'site.employees', type: 'number', unit: 'people', label: { ja: '事業場の従業員数', en: 'Employees at the site' } },
      {
        path: 'site.lowestWage', type: 'number', unit: 'yenPerHour',
        label: { ja: '事業場でいちばん低い時給', en: 'Lowest hourly wage at the site' },
      },
    ],
  },
  {
    id: 'plans',
    legend: { ja: 'わかれば', en: 'If you know' },
    fields: [
      {
        path: 'company.annualWageBillYen', type: 'number', unit: 'yen', optional: true,
        label: { ja: '1年間の賃金の総額', en: 'Wages paid in a year' },
        hint: { ja: '雇用保険料の計算に使います。', en: 'For the employment-insurance premium.' },
      },
      { path: 'plans.raiseYen', type: 'number', unit: 'yen', optional: true, label: { ja: '時給の引上げ額（予定）', en: 'Planned hourly raise' } },
      { path: 'plans.raisedWorkers', type: 'number', unit: 'people', optional: true, label: { ja: '引き上げる人数（予定）', en: 'Workers to be raised' } },
      { path: 'plans.investmentYen', type: 'number', unit: 'yen', optional: true, label: { ja: '設備投資などの費用（予定）', en: 'Planned investment' } },
    ],
  },
];

export const PROFILE_FIELDS = PROFILE_SECTIONS.flatMap((s) => s.fields);
