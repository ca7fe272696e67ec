// Form spec of かごしま「働き方改革」推進企業 認定要件セルフチェック (program `kagoshima-nintei`).
// Field paths and item ids follow src/programs/kagoshima_nintei/; the labels restate seed 004
// 「かごしま「働き方改革」推進企業認定制度について」 認定要件, in its order.
import view from '../views/kagoshima-nintei.js';

export default {
  id: 'kagoshima-nintei',
  title: { ja: 'かごしま「働き方改革」推進企業 認定要件チェック', en: 'Kagoshima work-style reform company: self-check' },
  shortTitle: { ja: '働き方改革推進企業の認定', en: 'Work-style certification' },
  summary: {
    ja: '鹿児島県の「かごしま『働き方改革』推進企業」の認定要件を満たしているか、足りないものは何かを確かめます。',
    en: 'Checks the criteria of Kagoshima Prefecture’s work-style reform company certification, and says exactly what is missing.',
  },
  resultHeading: { ja: '認定要件の確認結果', en: 'Result of the self-check' },
  disclaimer: {
    ja: 'この結果は公表された認定要件にもとづく目安です。認定するかどうかは県の審査で決まります（問合せ: 県庁雇用労政課）。',
    en: 'An estimate from the published criteria. The prefecture’s review decides (labour policy division).',
  },
  example: {
    label: { ja: '要件を満たす例を入れる', en: 'Fill in an example that meets the criteria' },
    asOf: '2023-06-01',
    values: {
      ikubossDeclared: true, kosodateOuenRegistered: true, awarenessActivities: true, longHoursMeasures: true,
      allStaffMonthlyOvertimeHours: '8',
      workStyleItems: ['leave_promotion'],
      initiatives: ['women', 'older_workers'],
    },
  },
  asOfLabel: { ja: '確認する日', en: 'Date of the check' },
  asOfHint: { ja: 'この日に分かっている認定要件で確認します。はじめは今日の日付です。', en: 'The criteria known on this date are used. Starts as today.' },
  sections: [
    {
      id: 'required',
      legend: { ja: '必須の要件（すべて）', en: 'Required (all of them)' },
      fields: [
        {
          path: 'ikubossDeclared', type: 'flag',
          label: { ja: '代表者が、社員の仕事と家庭の両立を応援すると宣言している（イクボス宣言）', en: 'The head of the business has declared to support staff in balancing work and family (イクボス declaration)' },
        },
        {
          path: 'kosodateOuenRegistered', type: 'flag',
          label: { ja: '「かごしま子育て応援企業」に登録している', en: 'Registered as a Kagoshima child-rearing support company' },
          hint: {
            ja: '県内の事業所と、一般事業主行動計画（次世代育成支援対策推進法）の策定が登録の条件です。',
            en: 'Registration needs a site in the prefecture and an action plan under the Next Generation Act.',
          },
        },
        {
          path: 'awarenessActivities', type: 'flag',
          label: { ja: '社内の意識向上の取組をしている', en: 'Raises awareness inside the company' },
        },
        {
          path: 'longHoursMeasures', type: 'flag',
          label: { ja: '長時間労働を減らす取組をしている', en: 'Takes measures against long working hours' },
        },
      ],
    },
    {
      id: 'overtime',
      legend: { ja: '所定外労働時間（どちらか一方を満たせば可）', en: 'Overtime beyond scheduled hours (either one)' },
      hint: {
        ja: '全社員の月平均10時間以下、または正社員の月平均20時間以下が必要です。分かる方だけで構いません。',
        en: 'Needed: at most 10 h a month on average over all staff, or at most 20 h over regular staff. One is enough.',
      },
      fields: [
        {
          path: 'allStaffMonthlyOvertimeHours', type: 'number', unit: 'hours', optional: true,
          label: { ja: '全社員の月平均', en: 'Monthly average, all staff' },
          hint: { ja: '10時間以下で満たします。', en: '10 h or less meets it.' },
        },
        {
          path: 'regularStaffMonthlyOvertimeHours', type: 'number', unit: 'hours', optional: true,
          label: { ja: '正社員の月平均', en: 'Monthly average, regular staff' },
          hint: { ja: '20時間以下で満たします。', en: '20 h or less meets it.' },
        },
      ],
    },
    {
      id: 'work-style',
      legend: { ja: '休暇・柔軟な働き方（1つ以上）', en: 'Leave and flexible work (at least one)' },
      fields: [
        {
          path: 'workStyleItems', type: 'checklist',
          label: { ja: '取り組んでいるもの', en: 'What the company does' },
          options: [
            { value: 'leave_promotion', ja: '休暇の取得促進（休みやすい環境整備）', en: 'Encouraging leave (an environment where leave is easy to take)' },
            { value: 'flexible_work', ja: '柔軟・多様な働き方がしやすい環境整備', en: 'An environment for flexible and diverse ways of working' },
          ],
        },
      ],
    },
    {
      id: 'initiatives',
      legend: { ja: '多様な人材の活躍などの取組（2つ以上）', en: 'Diverse staff and other initiatives (at least two)' },
      fields: [
        {
          path: 'initiatives', type: 'checklist',
          label: { ja: '取り組んでいるもの', en: 'What the company does' },
          options: [
            { value: 'non_regular_treatment', ja: '非正規雇用社員の処遇改善', en: 'Better treatment of non-regular staff' },
            { value: 'productivity', ja: '業務改善による生産性の向上', en: 'Higher productivity through better work processes' },
            { value: 'women', ja: '女性の活躍推進', en: 'Advancement of women' },
            { value: 'young_staff', ja: '若手社員の活躍推進', en: 'Advancement of young staff' },
            { value: 'health_and_treatment', ja: '治療と仕事の両立支援・健康支援', en: 'Balancing medical treatment and work; health support' },
            { value: 'childcare', ja: '育児と仕事の両立促進', en: 'Balancing child-rearing and work' },
            { value: 'nursing_care', ja: '介護と仕事の両立促進', en: 'Balancing family care and work' },
            { value: 'disabilities', ja: '障害者の活躍推進', en: 'Advancement of people with disabilities' },
            { value: 'older_workers', ja: '高齢者（65歳以上）の活躍推進', en: 'Advancement of older workers (65 and over)' },
          ],
          hint: {
            ja: '資料では「鹿児島県女性活躍推進宣言企業」の登録も認定基準の1つとされています。どの項目に当たるかは県に確認してください。',
            en: 'The newsletter names registration as a Kagoshima women’s advancement company as one of the criteria; ask the prefecture which item it counts for.',
          },
        },
      ],
    },
  ],
  facts: [],
  view,
};
