// The mock portal's own script: listens to the simulator's `joseikin-screen` and `joseikin-result`
// events and prefills the loan-consultation form. Nothing is sent anywhere: this is a demonstration.
const form = document.getElementById('consult-form');
const status = document.getElementById('consult-status');
const fields = {
  program: document.getElementById('c-program'),
  amount: document.getElementById('c-amount'),
  ruleset: document.getElementById('c-ruleset'),
  asOf: document.getElementById('c-date'),
  loan: document.getElementById('c-loan'),
  screen: document.getElementById('c-screen'),
};
const yen = new Intl.NumberFormat('ja-JP');
const PROGRAMS = {
  'gyomu-kaizen': '業務改善助成金',
  'hatarakikata-yuyo': '働き方改革推進支援助成金（適用猶予業種等対応コース）',
  'koyo-hoken': '雇用保険料の計算',
  'overtime-check': '時間外労働の上限規制チェック',
  'kagoshima-nintei': 'かごしま「働き方改革」推進企業 認定要件チェック',
  'kosodate-loan': 'かごしま子育て応援企業ローン',
};
let loanEdited = false;
fields.loan.addEventListener('input', () => {
  loanEdited = true;
});

/** What the result says, for the consultation form: a subsidy's amount, or the loan's terms. */
function describe(program, request, result) {
  if (typeof result.amountYen === 'number') {
    return result.eligible
      ? `試算結果: 助成金の見込み額 ${yen.format(result.amountYen)}円`
      : '試算結果: 対象外の見込みです。ほかの制度もご相談ください。';
  }
  if (program === 'kosodate-loan') {
    const range = result.rateRange;
    const monthly = range
      ? `${yen.format(range.low.equalPaymentInstalmentYen)}円〜${yen.format(range.high.equalPaymentInstalmentYen)}円（利率が年${range.low.appliedRatePercent}%〜${range.high.appliedRatePercent}%の場合）`
      : `${yen.format(result.equalPayment.instalmentYen)}円（適用金利 年${result.appliedRatePercent}％）`;
    return `試算結果: 元利均等の毎月の返済額 ${monthly}` + (result.fits ? '' : '（融資条件に合わない項目があります）');
  }
  return '試算しました。結果を添えてご相談いただけます。';
}

/** Empties what the simulator fills in (the wished loan amount too, unless the client typed it). */
function clearFigures() {
  fields.amount.value = '';
  fields.ruleset.value = '';
  if (!loanEdited) fields.loan.value = '';
}

document.addEventListener('joseikin-result', (event) => {
  const { program, asOf, example, request, result } = event.detail;
  // An example's figures are the leaflet's, not the client's: they never go into the form.
  if (example) {
    fields.program.value = '';
    fields.asOf.value = '';
    clearFigures();
    status.textContent = '表示中の数字は見本（計算例）のため、ご相談フォームには入れません。ご自身の数字を入れると反映されます。';
    return;
  }
  fields.program.value = PROGRAMS[program] ?? program;
  fields.asOf.value = asOf;
  // A partial answer (complete: false) has no amount yet.
  if (!result.ok || result.complete === false) {
    clearFigures();
    status.textContent = '試算の入力がまだ途中です。';
    return;
  }
  // Only the subsidies have an amount; the other calculators leave the field empty.
  fields.amount.value = typeof result.amountYen === 'number' ? yen.format(result.amountYen) : '';
  // The title is in the language of the answer.
  fields.ruleset.value = `${result.ruleset.title}（${result.ruleset.id}）`;
  const cost = program === 'kosodate-loan' ? request.input.amountYen : request.input.investmentYen ?? request.input.costYen;
  if (!loanEdited && typeof cost === 'number') fields.loan.value = yen.format(cost);
  status.textContent = describe(program, request, result);
});

// The screen (start="screen"): each program's status in the element's words, and the company's facts.
const STATUS = { likely: '見込みあり', not_eligible: '対象外の見込み', needs_input: '入力が必要' };
document.addEventListener('joseikin-screen', (event) => {
  const { profile, result } = event.detail;
  if (!result.ok) {
    fields.screen.value = '';
    status.textContent = '会社の情報に直す欄があります。';
    return;
  }
  const company = profile.company ?? {};
  const facts = [company.employees !== undefined && `従業員 ${company.employees}人`, company.capitalYen !== undefined && `資本金 ${company.capitalYen}円`].filter(Boolean);
  const figure = (row) => (typeof row.amountYen === 'number' ? ` ${yen.format(row.amountYen)}円`
    : row.bounds ? ` ${yen.format(row.bounds.minYen)}円〜${yen.format(row.bounds.maxYen)}円` : '');
  fields.screen.value = [facts.join('・'), ...result.programs.map((row) => `${row.title}: ${STATUS[row.status]}${figure(row)}`)]
    .filter(Boolean).join('\n');
  status.textContent = `会社の情報から、見込みのある制度 ${result.programs.filter((r) => r.status === 'likely').length}件。`;
});

form.addEventListener('submit', (event) => {
  event.preventDefault();
  document.getElementById('consult-sent').textContent = 'これは見本のため、送信されません。';
});
