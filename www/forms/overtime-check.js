// Form spec of 時間外労働の上限規制チェック (program `overtime-check`). Field paths follow
// src/programs/overtime_check/mod.rs; labels restate seed 004 (鹿児島働き方改革推進支援センター
// 時間外労働の上限規制) and, for drivers, MHLW's guidance as the engine's notices say.
import view, { monthName } from '../views/overtime-check.js';

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];

export default {
  id: 'overtime-check',
  title: { ja: '時間外労働の上限規制チェック', en: 'Overtime cap check' },
  shortTitle: { ja: '残業の上限チェック', en: 'Overtime caps' },
  summary: {
    ja: '1年間（12か月）の時間外労働と休日労働が、労働基準法の上限（月45時間・年360時間、特別条項でも年720時間・月100時間未満・2〜6か月平均80時間以内など）を守っているかを確かめます。',
    en: 'Checks twelve months of overtime and holiday work against the legal caps (45 h a month and 360 h a year; with a special clause 720 h a year, below 100 h a month, at most 80 h on average over 2 to 6 months).',
  },
  resultHeading: { ja: '上限規制の確認結果', en: 'Result of the check' },
  start: {
    ja: '12か月分の時間を入れると、ここに上限を守れているかがすぐ出ます。',
    en: 'Enter the twelve months and the verdict appears here at once.',
  },
  disclaimer: {
    ja: 'この結果は公表された資料にもとづく目安です。36協定の内容や実際の扱いは労働基準監督署に確認してください。',
    en: 'An estimate from the published guidance. Please check your agreement and the actual rules with the labour inspection office.',
  },
  example: {
    label: { ja: '1か月だけ100時間の例を入れる', en: 'Fill in a year with one 100-hour month' },
    asOf: '2024-06-01',
    values: { category: 'general', specialClause: true, _startMonth: '4' },
    tables: {
      months: MONTHS.map((m) => ({ overtimeHours: m === 3 ? '100' : m % 4 === 1 ? '50' : '30', holidayHours: m === 6 ? '8' : '0' })),
    },
  },
  asOfLabel: { ja: '確認する日', en: 'Date of the check' },
  asOfHint: { ja: 'この日に適用される上限で確認します。建設・自動車運転・医師・砂糖製造は2024年4月1日からです。はじめは今日の日付です。', en: 'The caps in force on this date are used; construction, driving, doctors and sugar making from 1 April 2024. Starts as today.' },
  sections: [
    {
      id: 'agreement',
      legend: { ja: '事業と36協定', en: 'Business and the 36 agreement' },
      fields: [
        {
          path: 'category', type: 'select', default: 'general',
          label: { ja: '業務の区分', en: 'Kind of work' },
          options: [
            { value: 'general', ja: '一般の事業', en: 'General work' },
            { value: 'construction', ja: '建設事業', en: 'Construction' },
            { value: 'sugar', ja: '砂糖製造業（鹿児島県・沖縄県）', en: 'Sugar making (Kagoshima, Okinawa)' },
            { value: 'driver', ja: '自動車運転の業務（トラック・バス・タクシー）', en: 'Driving (trucks, buses, taxis)' },
            { value: 'doctor', ja: '医師', en: 'Doctors' },
          ],
          hint: {
            ja: '建設・自動車運転・医師・砂糖製造は2024年4月1日から上限規制の対象です。',
            en: 'Construction, driving, doctors and sugar making came under the caps on 1 April 2024.',
          },
        },
        {
          path: 'specialClause', type: 'flag',
          label: { ja: '36協定に特別条項がある', en: 'The 36 agreement has a special clause' },
          hint: {
            ja: '臨時的な特別の事情があるときに、月45時間・年360時間を超えて働けるようにする条項です。',
            en: 'A clause that allows more than 45 h a month and 360 h a year in special circumstances.',
          },
        },
        {
          path: '_startMonth', type: 'select', default: '4',
          label: { ja: '協定期間の最初の月', en: 'First month of the agreement year' },
          options: MONTHS.map((m) => ({ value: String(m), ja: `${m}月`, en: EN_MONTHS[m - 1] })),
          hint: { ja: '下の表の月の名前に使います。', en: 'Used to name the months in the table below.' },
        },
      ],
    },
    {
      id: 'hours',
      legend: { ja: '12か月の実績（1人分）', en: 'Twelve months (one worker)' },
      fields: [
        {
          path: 'months', type: 'grid', rows: 12, fillZero: true,
          label: { ja: '月ごとの時間外労働と休日労働', en: 'Overtime and holiday work by month' },
          hint: {
            ja: '一番長く働いた人の時間を入れてください。休日労働が無い月は空欄のままで0時間です。',
            en: 'Enter the hours of the worker who worked the most. An empty holiday cell counts as 0.',
          },
          rowHeader: { ja: '月', en: 'Month' },
          rowLabel: (i, values) => monthName(i + 1, values),
          columns: [
            { path: 'overtimeHours', type: 'number', unit: 'hours', label: { ja: '時間外労働', en: 'Overtime' } },
            { path: 'holidayHours', type: 'number', unit: 'hours', optional: true, label: { ja: '休日労働', en: 'Holiday work' } },
          ],
        },
      ],
    },
  ],
  facts: [
    { key: 'totals.overtimeHours', label: { ja: '時間外労働の年間合計', en: 'Overtime in the year' }, format: 'hours' },
    { key: 'totals.holidayHours', label: { ja: '休日労働の年間合計', en: 'Holiday work in the year' }, format: 'hours' },
  ],
  view,
};
