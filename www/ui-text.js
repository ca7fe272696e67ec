// The element's own words, Japanese first. Program-specific words live in the form specs
// (forms/*.js); everything the engine says (messages, steps, notices, titles) comes from it as a
// string in the language the request asked for.
export const TEXT = {
  programSwitch: { ja: '計算するものを選ぶ', en: 'Choose a calculator' },
  notInModule: { ja: '準備中', en: 'coming soon' },
  loading: { ja: '計算の準備をしています…', en: 'Getting the calculator ready…' },
  moduleFailed: {
    ja: '計算のしくみを読み込めませんでした。ページを再読み込みしてください。',
    en: 'The calculator could not be loaded. Please reload the page.',
  },
  asOfLabel: { ja: '申請日（予定）', en: 'Application date (planned)' },
  asOfHint: {
    ja: 'この日に有効な規則で計算します。はじめは今日の日付です。前の年度の規則で試算するときは、その年度の日付を選んでください。',
    en: 'The rules in force on this date are used. Starts as today; pick an earlier date for an earlier year’s rules.',
  },
  rulesetLine: { ja: '{label} {date} → {name}の規則', en: '{label} {date} → the rules of {name}' },
  rulesetPeriod: { ja: '規則の期間: {from}〜{to}。', en: 'These rules cover {from} to {to}.' },
  rulesetPeriodOpen: {
    ja: '規則の期間: {from}から（終わりの日は決まっていません）。',
    en: 'These rules apply from {from}, with no end date.',
  },
  rulesetWhyInForce: { ja: '日付がこの期間に入るため、この規則で計算します。', en: 'The date falls in this period.' },
  // Until the engine answers with its own notice no_ruleset_for_date; the same facts, and what to do.
  noRulesetYet: {
    ja: '{date}の規則はまだ分かりません。分かっている最新の{year}（{to}まで）の規則で計算します。結果は目安として、申請の前に最新の案内で確かめてください。',
    en: 'The rules for {date} are not known yet. This uses the latest known rules, {year} (to {to}): take the result as a guide and check the current leaflet before applying.',
  },
  dateAlert: { ja: '日付についての注意:', en: 'About the date:' },
  dateEcho: { ja: '{name}の規則で計算します', en: 'computed with the rules of {name}' },
  dateKnownRange: { ja: '分かっている規則は {from}〜{to} の分です。', en: 'The rules known cover {from} to {to}.' },
  dateKnownFrom: { ja: '分かっている規則は {from} 以降の分です。', en: 'The rules known apply from {from}.' },
  windowAlert: { ja: '申請の受付:', en: 'Applications:' },
  windowClosedShort: { ja: '受付終了', en: 'applications closed' },
  windowNotOpenShort: { ja: '受付開始前', en: 'not yet open' },
  amountNote: { ja: 'この金額について:', en: 'About this amount:' },
  optional: { ja: '任意', en: 'optional' },
  choose: { ja: '選んでください', en: 'Please choose' },
  example: { ja: '例を入れる', en: 'Fill in an example' },
  clear: { ja: '入力を消す', en: 'Clear all' },
  cleared: { ja: '入力を消して、日付を{date}に戻しました。', en: 'Entries cleared; the date is back to {date}.' },
  undo: { ja: '元に戻す', en: 'Undo' },
  // The banner of an example whose year is not the year of the date it is computed on.
  exampleOwnDate: {
    ja: 'この計算例は{year}の案内のものです。{label}を{date}にして、{year}の規則で計算しています。',
    en: 'This example comes from the {year} leaflet. It is computed on {date}, with the {year} rules.',
  },
  exampleOtherYear: {
    ja: 'この計算例は{year}の案内のものです。{label}（{date}）の規則で計算しているため、案内の金額とは違うことがあります。',
    en: 'This example comes from the {year} leaflet. It is computed with the rules for {date}, so the figures may differ from the leaflet’s.',
  },
  exampleSameRules: {
    ja: 'この計算例は{year}の案内のものです。{label}（{date}）も同じ規則で計算します。',
    en: 'This example comes from the {year} leaflet; the rules for {date} are the same.',
  },
  exampleToToday: { ja: '今日の日付（{date}）で計算する', en: 'Compute on today’s date ({date})' },
  exampleToOwnDate: { ja: '{year}の日付（{date}）で計算する', en: 'Compute on a {year} date ({date})' },
  resultHeading: { ja: '助成額の見込み', en: 'Estimated subsidy' },
  yenSuffix: { ja: '円', en: ' yen' },
  eligible: { ja: '対象になる見込みです', en: 'Likely eligible' },
  notEligible: { ja: '対象外の見込みです', en: 'Likely not eligible' },
  reasonsHeading: { ja: '対象外になる理由', en: 'Why not' },
  start: {
    ja: '項目を入れると、ここに見込み額がすぐ出ます。',
    en: 'Fill in the form and the estimate appears here at once.',
  },
  missing: {
    ja: 'あと {n} 項目を入れると見込み額が出ます: {list}',
    en: '{n} more to fill in for an estimate: {list}',
  },
  fixErrors: {
    ja: '{n} か所の入力を確認してください。',
    en: 'Entries to check: {n}.',
  },
  otherErrors: { ja: 'ほかの入力の問題', en: 'Other problems' },
  notAvailable: {
    ja: 'この制度の計算は、いまの計算のしくみにはまだ入っていません。入力はそのまま残り、対応すると計算されます。',
    en: 'This subsidy is not in the calculator yet. Your entries are kept and will be computed once it is.',
  },
  noticesHeading: { ja: 'ご注意', en: 'Please note' },
  rulesetLabel: { ja: '使った規則', en: 'Rules used' },
  linkRuleset: {
    ja: 'このリンクは規則「{was}」で作られましたが、いまは「{now}」で計算しています。',
    en: 'This link was made with the rules “{was}”; the estimate now uses “{now}”.',
  },
  stepsSummary: { ja: '計算の過程と根拠を見る（{n} 段階）', en: 'How this was worked out ({n} steps)' },
  source: { ja: '根拠', en: 'Source' },
  // An unconfirmed_rule notice's document: where to check what is not confirmed.
  checkIn: { ja: '確認する資料', en: 'Check in' },
  documentsHeading: { ja: '出典（公式の資料）', en: 'Sources (official documents)' },
  // Inside a document's link, read out with its title; the link opens in a new tab.
  opensGovSite: { ja: '（政府の公式サイト・新しいタブで開きます）', en: ' (government website, opens in a new tab)' },
  opensOtherSite: { ja: '（外部のサイト・新しいタブで開きます）', en: ' (another website, opens in a new tab)' },
  // A document whose figures were read in material quoting it (standing: secondary).
  secondary: { ja: '数字はこの資料を引用した資料で確かめたものです', en: 'figures read in material quoting it' },
  disclaimer: {
    ja: 'この結果は公表された案内にもとづく目安です。実際の助成額は労働局の審査で決まります。',
    en: 'An estimate from the published leaflets. The labour bureau decides the actual amount.',
  },
  privacy: {
    ja: '入力した内容はこの端末の中だけで計算され、どこにも送信されません。',
    en: 'What you enter is computed on this device only and sent nowhere.',
  },
  copyLink: { ja: 'この試算のリンクをコピー', en: 'Copy a link to this estimate' },
  copied: { ja: 'リンクをコピーしました。', en: 'Link copied.' },
  copyFailed: {
    ja: 'コピーできませんでした。アドレス欄のURLをそのまま使えます。',
    en: 'Could not copy; the address in the address bar works too.',
  },
  print: { ja: '相談用に印刷', en: 'Print for a consultation' },
  printHeading: { ja: '試算の結果（ご相談用）', en: 'Estimate (for a consultation)' },
  printMade: { ja: '作成日', en: 'Made on' },
  printInputs: { ja: '入力した内容', en: 'What was entered' },
  addRow: { ja: '追加', en: 'Add' },
  removeRow: { ja: '削除', en: 'Remove' },
  removeRowLabel: { ja: '{row}を削除', en: 'Remove {row}' },
  rowCounted: { ja: '数えます', en: 'Counts' },
  rowNotCounted: { ja: '数えません', en: 'Does not count' },
  tableEmpty: { ja: 'まだ誰も入っていません。', en: 'No workers yet.' },
  goal: { ja: '目標', en: 'Goal' },
  cap: { ja: '上限額', en: 'Cap' },
  reached: { ja: '達成', en: 'Reached' },
  notReached: { ja: '未達成・対象外', en: 'Not reached' },
  yes: { ja: 'はい', en: 'Yes' },
  none: { ja: 'なし', en: 'none' },
  fillZero: { ja: '空いている月を0時間にする', en: 'Set the empty months to 0 hours' },
  no: { ja: 'いいえ', en: 'No' },
  amountLive: { ja: '助成額の見込み {amount}。{status}', en: 'Estimated subsidy {amount}. {status}' },
  mobileJump: { ja: '結果を見る', en: 'See the result' },
};

export const UNITS = {
  yen: { ja: '円', en: 'yen' },
  yenPerHour: { ja: '円', en: 'yen/h' },
  people: { ja: '人', en: 'people' },
  hours: { ja: '時間', en: 'hours' },
  days: { ja: '日', en: 'days' },
  months: { ja: 'か月', en: 'months' },
  percent: { ja: '％', en: '%' },
};

/** Fills `{name}` placeholders. */
export function fill(template, values) {
  return template.replace(/\{(\w+)\}/g, (m, k) => (k in values ? String(values[k]) : m));
}
