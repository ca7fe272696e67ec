// The mock portal's own script: listens to the simulator's `joseikin-result` events and prefills
// the loan-consultation form. Nothing is sent anywhere: this is a demonstration.
const form = document.getElementById('consult-form');
const status = document.getElementById('consult-status');
const fields = {
  program: document.getElementById('c-program'),
  amount: document.getElementById('c-amount'),
  ruleset: document.getElementById('c-ruleset'),
  asOf: document.getElementById('c-date'),
  loan: document.getElementById('c-loan'),
};
const yen = new Intl.NumberFormat('ja-JP');
const PROGRAMS = {
  'gyomu-kaizen': '業務改善助成金',
  'hatarakikata-yuyo': '働き方改革推進支援助成金（適用猶予業種等対応コース）',
};
let loanEdited = false;
fields.loan.addEventListener('input', () => {
  loanEdited = true;
});

document.addEventListener('joseikin-result', (event) => {
  const { program, asOf, request, result } = event.detail;
  fields.program.value = PROGRAMS[program] ?? program;
  fields.asOf.value = asOf;
  if (!result.ok) {
    fields.amount.value = '';
    fields.ruleset.value = '';
    status.textContent = '試算の入力がまだ途中です。';
    return;
  }
  fields.amount.value = yen.format(result.amountYen);
  fields.ruleset.value = `${result.ruleset.title.ja}（${result.ruleset.id}）`;
  const cost = request.input.investmentYen ?? request.input.costYen;
  if (!loanEdited && typeof cost === 'number') fields.loan.value = yen.format(cost);
  status.textContent = result.eligible
    ? `試算結果: 助成金の見込み額 ${yen.format(result.amountYen)}円`
    : '試算結果: 対象外の見込みです。ほかの制度もご相談ください。';
});

form.addEventListener('submit', (event) => {
  event.preventDefault();
  document.getElementById('consult-sent').textContent = 'これは見本のため、送信されません。';
});
