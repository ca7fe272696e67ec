// Form spec of かごしま子育て応援企業ローン (program `kosodate-loan`). Field paths follow
// src/programs/kosodate_loan/mod.rs; labels restate seed 004 「かごしま子育て応援企業ローン」について.
import view from '../views/kosodate-loan.js';

// seed 金利: 設備資金の期間5年超は長期プライムレートが下限. The engine asks for the rate only then.
// The term is read as the element reads numbers (full-width digits, a trailing か月).
const months = (raw) => Number(String(raw ?? '')
  .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
  .replace(/(か月|ヶ月|カ月)$/, '').trim());
const primeFloor = (v) => v.purpose === 'equipment' && months(v.termMonths) > 60;

export default {
  id: 'kosodate-loan',
  title: { ja: 'かごしま子育て応援企業ローンの返済試算', en: 'Kagoshima child-rearing support company loan' },
  shortTitle: { ja: '子育て応援企業ローン', en: 'Child-rearing support loan' },
  summary: {
    ja: '「かごしま子育て応援企業」などが商工中金から借りられる低金利の融資です。条件に合うか、適用金利、毎月の返済額と利息の合計を試算します。',
    en: 'A low-rate loan from Shoko Chukin Bank for Kagoshima child-rearing support companies. Checks the terms, the rate, the monthly repayments and the total interest.',
  },
  resultHeading: { ja: '返済の試算', en: 'Repayment estimate' },
  start: {
    ja: '金額・期間・利率を入れると、ここに返済額と利息がすぐ出ます。',
    en: 'Enter the amount, the term and the rate, and the repayments appear here at once.',
  },
  disclaimer: {
    ja: 'この試算は目安です。融資を受けられるかどうか、金利・担保・保証人などの条件は、商工中金の所定の審査で決まります（問合せ: 商工中金鹿児島支店）。',
    en: 'An estimate only. Whether the loan is granted, and its rate, collateral and guarantors, are decided by the lender’s own review (Shoko Chukin Bank, Kagoshima branch).',
  },
  example: {
    label: { ja: '運転資金120万円の例を入れる', en: 'Fill in a 1,200,000-yen working-capital example' },
    asOf: '2023-06-01',
    values: {
      qualification: 'registered', purpose: 'working', amountYen: '1200000', termMonths: '12',
      graceMonths: '0', baseRatePercent: '1.4',
    },
  },
  asOfLabel: { ja: '申込日（予定）', en: 'Application date (planned)' },
  asOfHint: { ja: 'この日に分かっている融資条件で計算します。はじめは今日の日付です。', en: 'The loan terms known on this date are used. Starts as today.' },
  sections: [
    {
      id: 'borrower',
      legend: { ja: '対象と資金の種類', en: 'Borrower and purpose' },
      fields: [
        {
          path: 'qualification', type: 'choice',
          label: { ja: '借りる事業者', en: 'The borrower is' },
          options: [
            { value: 'registered', ja: '「かごしま子育て応援企業」に登録している', en: 'A registered Kagoshima child-rearing support company' },
            { value: 'passport_sponsor', ja: '「かごしま子育て支援パスポート事業」に協賛している', en: 'A sponsor of the Kagoshima child-rearing passport' },
            { value: 'none', ja: 'どちらでもない', en: 'Neither' },
          ],
          hint: { ja: '鹿児島県内の事業者が対象です。', en: 'For businesses in Kagoshima Prefecture.' },
        },
        {
          path: 'purpose', type: 'choice',
          label: { ja: '資金の種類', en: 'Purpose' },
          options: [
            { value: 'working', ja: '運転資金（5,000万円・5年まで）', en: 'Working capital (up to 50,000,000 yen, 5 years)' },
            { value: 'equipment', ja: '設備資金（1億円・10年まで）', en: 'Equipment (up to 100,000,000 yen, 10 years)' },
          ],
        },
      ],
    },
    {
      id: 'terms',
      legend: { ja: '借入の条件', en: 'Terms' },
      fields: [
        {
          path: 'amountYen', type: 'number', unit: 'yen',
          label: { ja: '借入額', en: 'Amount' },
          hint: { ja: '「1200万」とも入力できます。', en: 'Commas are fine: “12,000,000”.' },
        },
        {
          path: 'termMonths', type: 'number', unit: 'months', echo: 'years',
          label: { ja: '貸付期間（据置期間を含む）', en: 'Term (grace period included)' },
          hint: { ja: '運転資金は60か月（5年）まで、設備資金は120か月（10年）までです。', en: 'Working capital up to 60 months (5 years); equipment up to 120 months (10 years).' },
        },
        {
          path: 'graceMonths', type: 'number', unit: 'months', optional: true,
          label: { ja: '据置期間（利息だけを払う期間）', en: 'Grace period (interest only)' },
          hint: { ja: '24か月（2年）までです。空欄は据置なしです。', en: 'Up to 24 months (2 years). Empty means none.' },
        },
      ],
    },
    {
      id: 'rates',
      legend: { ja: '金利（固定）', en: 'Rate (fixed)' },
      hint: {
        ja: '資料に金利の数字はありません。わからないときは「わからない」に印を付けると、年1.0%〜3.0%の幅で試算します。',
        en: 'The newsletter gives no rate figures. If you do not know a rate, tick “Not known” and the estimate assumes 1.0 % to 3.0 % a year.',
      },
      fields: [
        {
          path: 'baseRatePercent', type: 'number', unit: 'percent', unknownFlag: '_baseRateUnknown',
          label: { ja: '商工中金の所定の利率（年）', en: 'The lender’s own rate (所定の利率), a year' },
          hint: {
            ja: '融資を受ける商工中金の支店（鹿児島支店）に聞くと教えてくれる、その時点の利率です。この利率から0.2％低い金利になります。',
            en: 'The rate Shoko Chukin Bank’s branch (Kagoshima branch) quotes on request. The loan’s rate is 0.2 points lower.',
          },
        },
        {
          path: '_baseRateUnknown', type: 'flag',
          label: { ja: '所定の利率はわからない', en: 'Not known: the lender’s own rate' },
        },
        {
          path: 'longTermPrimeRatePercent', type: 'number', unit: 'percent', when: primeFloor, unknownFlag: '_primeRateUnknown',
          label: { ja: '長期プライムレート（年）', en: 'Long-term prime rate (長期プライムレート), a year' },
          hint: {
            ja: '銀行が毎月ホームページで公表している長期の貸出金利の目安です。期間5年超の設備資金は、この率が金利の下限になります。',
            en: 'The benchmark rate for long-term loans that banks publish on their websites each month. For equipment over 5 years the loan’s rate is never below it.',
          },
        },
        {
          path: '_primeRateUnknown', type: 'flag', when: primeFloor,
          label: { ja: '長期プライムレートはわからない', en: 'Not known: the long-term prime rate' },
        },
      ],
    },
  ],
  facts: [
    { key: 'baseRatePercent', label: { ja: '所定の利率', en: 'Lender’s rate' }, format: 'percentPerYear' },
    { key: 'appliedRatePercent', label: { ja: '適用金利（0.2％優遇後）', en: 'Rate applied (0.2 points off)' }, format: 'percentPerYear', when: (r) => !r.rateRange },
    { key: 'primeFloorApplied', label: { ja: '長期プライムレートの下限', en: 'Prime-rate floor' }, when: (r) => r.purpose === 'equipment',
      format: 'words', words: { true: { ja: '適用', en: 'applied' }, false: { ja: '適用なし', en: 'not applied' } } },
  ],
  view,
};
