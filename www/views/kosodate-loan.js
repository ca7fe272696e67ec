// Result view of かごしま子育て応援企業ローン (program `kosodate-loan`): whether the terms fit, the
// applied rate, the two schedules side by side with their totals, and each schedule as a table that
// scrolls inside its own box (a 120-month table must not widen a phone's page).

const W = {
  fits: { ja: '融資の条件（金額・期間・据置・対象者）に合っています', en: 'The terms fit the loan’s limits' },
  notFits: { ja: '融資の条件に合わない項目があります（{n}項目）', en: 'Outside the loan’s limits: {n}' },
  review: {
    ja: '融資を受けられるかどうかは、商工中金の所定の審査で決まります。この試算は目安です。',
    en: 'Whether the loan is granted is decided by the lender’s own review. This is an estimate only.',
  },
  rateLabel: { ja: '適用金利（固定）', en: 'Rate applied (fixed)' },
  rateValue: { ja: '年{v}％', en: '{v} % a year' },
  rateFrom: { ja: '所定の利率 {b}％ − 優遇 0.2％', en: 'lender’s rate {b} % − 0.2 points' },
  rateFloor: { ja: '長期プライムレートが下限のため、その率', en: 'floored at the long-term prime rate' },
  checksHeading: { ja: '融資の条件', en: 'The loan’s limits' },
  ok: { ja: '条件内', en: 'Within' },
  ng: { ja: '条件外', en: 'Outside' },
  compare: { ja: '返済方法ごとの比較', en: 'The two ways of repaying' },
  ep: { ja: '元金均等返済', en: 'Equal principal (元金均等)' },
  epHint: { ja: '毎月の元金が同じ。返済額は少しずつ減ります。', en: 'The same principal each month; payments fall over time.' },
  eq: { ja: '元利均等返済', en: 'Equal payments (元利均等)' },
  eqHint: { ja: '毎月の返済額が同じ（最終回で端数を調整）。', en: 'The same payment each month (the last one adjusts).' },
  firstLast: { ja: '返済額（初回〜最終回）', en: 'Payment (first to last)' },
  firstAfterGrace: { ja: '返済額（据置後の初回〜最終回）', en: 'Payment (first after grace to last)' },
  monthly: { ja: '毎月の返済額', en: 'Monthly payment' },
  graceInterest: { ja: '据置期間中（利息のみ）', en: 'During the grace period (interest only)' },
  totalInterest: { ja: '利息の合計', en: 'Total interest' },
  totalPayment: { ja: '返済総額', en: 'Total repaid' },
  schedule: { ja: '{name}の返済予定表（{n}回）', en: '{name}: schedule ({n} months)' },
  colMonth: { ja: '回', en: 'Month' },
  colPayment: { ja: '返済額', en: 'Payment' },
  colPrincipal: { ja: '元金', en: 'Principal' },
  colInterest: { ja: '利息', en: 'Interest' },
  colBalance: { ja: '残高', en: 'Balance' },
  grace: { ja: '据置', en: 'grace' },
  live: {
    ja: '毎月の返済額（元利均等）{monthly}。適用金利 年{rate}％。利息の合計 元金均等 {ep}、元利均等 {eq}。{status}',
    en: 'Monthly repayment (equal payments) {monthly}. Rate {rate} % a year. Total interest: equal principal {ep}, equal payments {eq}. {status}',
  },
  bar: { ja: '毎月 {monthly}（元利均等）', en: '{monthly} a month (equal payments)' },
  monthlyHeadline: { ja: '毎月の返済額（元利均等返済）', en: 'Monthly repayment (equal payments)' },
  monthlyValue: { ja: '毎月 {v}', en: '{v} a month' },
  epFirst: { ja: '元金均等返済なら初回 {v}（その後少しずつ減ります）', en: 'With equal principal: {v} the first month, then less each month' },
  assumedMark: { ja: '利率がわからないため、仮の利率による幅です', en: 'A range: the rate is not known, so a span of rates is assumed' },
  monthlyRange: { ja: '毎月 {low}〜{high}', en: '{low} to {high} a month' },
  rangeAt: { ja: '（利率が年{lowRate}%〜{highRate}%の場合）', en: '(at a rate of {lowRate} % to {highRate} % a year)' },
  epRange: { ja: '元金均等返済なら初回 {epLow}〜{epHigh}。返済予定表は高い方の利率（年{highRate}%）で示しています。', en: 'With equal principal: {epLow} to {epHigh} the first month. The schedules below are at the higher rate ({highRate} % a year).' },
  liveRange: {
    ja: '毎月の返済額（元利均等）{low}〜{high}（利率が年{lowRate}%〜{highRate}%の場合、仮の利率）。{status}',
    en: 'Monthly repayment (equal payments) {low} to {high} (at {lowRate} % to {highRate} % a year, an assumed rate). {status}',
  },
};

function fill(s, v) {
  return s.replace(/\{(\w+)\}/g, (m, k) => (k in v ? String(v[k]) : m));
}

function statusText(r, ctx) {
  const bad = (r.checks ?? []).filter((c) => !c.passed).length;
  return r.fits ? ctx.tr(W.fits) : fill(ctx.tr(W.notFits), { n: bad });
}

function range(a, b, ctx) {
  if (a === b) return ctx.yen(a);
  return ctx.lang === 'ja' ? `${ctx.yen(a)} 〜 ${ctx.yen(b)}` : `${ctx.yen(a)} to ${ctx.yen(b)}`;
}

/** The figures of one schedule for the side-by-side comparison. */
function card(name, hint, s, kind, ctx) {
  const rows = s.rows ?? [];
  const repaying = rows.filter((row) => row.principalYen > 0);
  const graceRows = rows.filter((row) => row.principalYen === 0 && row.balanceYen > 0);
  const first = repaying[0]?.paymentYen ?? 0;
  const last = repaying[repaying.length - 1]?.paymentYen ?? 0;
  const dl = ctx.el('dl', { class: 'card-figures' });
  const add = (label, value) => dl.append(ctx.el('div', {}, ctx.el('dt', { text: ctx.tr(label) }), ctx.el('dd', { text: value })));
  if (graceRows.length) add(W.graceInterest, range(graceRows[0].paymentYen, graceRows[graceRows.length - 1].paymentYen, ctx));
  if (kind === 'equalPayment') add(W.monthly, range(s.instalmentYen, last, ctx));
  else add(graceRows.length ? W.firstAfterGrace : W.firstLast, range(first, last, ctx));
  add(W.totalInterest, ctx.yen(s.totalInterestYen));
  add(W.totalPayment, ctx.yen(s.totalPaymentYen));
  return ctx.el('section', { class: `card card-${kind}`, 'aria-label': ctx.tr(name) },
    ctx.el('p', { class: 'card-title', text: ctx.tr(name) }),
    ctx.el('p', { class: 'card-hint', text: ctx.tr(hint) }),
    dl);
}

function scheduleTable(name, s, ctx) {
  const cols = [W.colMonth, W.colPayment, W.colPrincipal, W.colInterest, W.colBalance];
  const n = (v) => ctx.num(v);
  const table = ctx.el('table', { class: 'data-table schedule' },
    ctx.el('caption', { class: 'visually-hidden', text: fill(ctx.tr(W.schedule), { name: ctx.tr(name), n: s.rows.length }) }),
    ctx.el('thead', {}, ctx.el('tr', {}, ...cols.map((c) => ctx.el('th', { scope: 'col', text: ctx.tr(c) })))),
    ctx.el('tbody', {}, ...s.rows.map((row) => ctx.el('tr', { class: row.principalYen === 0 ? 'is-grace' : undefined },
      ctx.el('th', { scope: 'row', text: row.principalYen === 0 ? `${row.month} ${ctx.tr(W.grace)}` : String(row.month) }),
      ctx.el('td', { text: n(row.paymentYen) }),
      ctx.el('td', { text: n(row.principalYen) }),
      ctx.el('td', { text: n(row.interestYen) }),
      ctx.el('td', { text: n(row.balanceYen) })))));
  // A region that scrolls inside its own box, reachable by keyboard.
  return ctx.el('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': fill(ctx.tr(W.schedule), { name: ctx.tr(name), n: s.rows.length }) }, table);
}

export default {
  hideReasons: true,

  status(r, ctx) {
    return { text: statusText(r, ctx), tone: r.fits ? 'good' : 'bad' };
  },

  headline(r, ctx) {
    // The figure an owner plans with: what leaves the account each month. 元利均等's instalment is
    // the headline; 元金均等's first payment (after any grace period) stands beside it.
    const range = r.rateRange;
    const firstEp = (s) => (s.rows ?? []).find((row) => row.principalYen > 0)?.paymentYen ?? 0;
    const rate = ctx.num(r.appliedRatePercent);
    const from = r.primeFloorApplied ? ctx.tr(W.rateFloor) : fill(ctx.tr(W.rateFrom), { b: ctx.num(r.baseRatePercent) });
    const paren = (t) => (ctx.lang === 'ja' ? `（${t}）` : ` (${t})`);
    if (range) {
      const v = {
        low: ctx.yen(range.low.equalPaymentInstalmentYen), high: ctx.yen(range.high.equalPaymentInstalmentYen),
        lowRate: ctx.num(range.low.appliedRatePercent), highRate: ctx.num(range.high.appliedRatePercent),
        epLow: ctx.yen(range.low.equalPrincipalFirstPaymentYen), epHigh: ctx.yen(range.high.equalPrincipalFirstPaymentYen),
      };
      return ctx.el('div', { class: 'rate-headline monthly-headline is-assumed', 'data-assumed': 'true' },
        ctx.el('span', { class: 'rate-label', text: ctx.tr(W.monthlyHeadline) }),
        ctx.el('span', { class: 'assumed-mark', text: ctx.tr(W.assumedMark) }),
        ctx.el('span', { class: 'yen monthly-range', text: fill(ctx.tr(W.monthlyRange), v) }),
        ctx.el('span', { class: 'man range-at', text: fill(ctx.tr(W.rangeAt), v) }),
        ctx.el('span', { class: 'rate-from', text: fill(ctx.tr(W.epRange), v) }));
    }
    return ctx.el('div', { class: 'rate-headline monthly-headline' },
      ctx.el('span', { class: 'rate-label', text: ctx.tr(W.monthlyHeadline) }),
      ctx.el('span', { class: 'yen', text: fill(ctx.tr(W.monthlyValue), { v: ctx.yen(r.equalPayment.instalmentYen) }) }),
      ctx.el('span', { class: 'rate-from', text: fill(ctx.tr(W.epFirst), { v: ctx.yen(firstEp(r.equalPrincipal)) }) }),
      ctx.el('span', { class: 'rate-from', text: `${ctx.tr(W.rateLabel)} ${fill(ctx.tr(W.rateValue), { v: rate })}${paren(from)}` }));
  },

  body(r, ctx) {
    const checks = ctx.el('ul', { class: 'verdicts' });
    for (const c of r.checks ?? []) {
      checks.append(ctx.el('li', { class: c.passed ? 'is-passed' : 'is-broken', 'data-check': c.check },
        ctx.el('span', { class: 'verdict-mark', text: c.passed ? `✓ ${ctx.tr(W.ok)}` : `✕ ${ctx.tr(W.ng)}` }),
        ctx.el('span', { class: 'verdict-label', text: c.message })));
    }
    const ep = r.equalPrincipal;
    const eq = r.equalPayment;
    return [
      ctx.el('p', { class: 'review-note', text: ctx.tr(W.review) }),
      ctx.el('div', { class: 'verdict-box' }, ctx.el('p', { class: 'breakdown-title', text: ctx.tr(W.checksHeading) }), checks),
      ctx.el('p', { class: 'breakdown-title', text: ctx.tr(W.compare) }),
      ctx.el('div', { class: 'cards' }, card(W.ep, W.epHint, ep, 'equalPrincipal', ctx), card(W.eq, W.eqHint, eq, 'equalPayment', ctx)),
      ctx.details('schedule-equal-principal', fill(ctx.tr(W.schedule), { name: ctx.tr(W.ep), n: ep.rows.length }), () => [scheduleTable(W.ep, ep, ctx)]),
      ctx.details('schedule-equal-payment', fill(ctx.tr(W.schedule), { name: ctx.tr(W.eq), n: eq.rows.length }), () => [scheduleTable(W.eq, eq, ctx)]),
    ];
  },

  summary(r, ctx, where) {
    const range = r.rateRange;
    const v = {
      rate: ctx.num(r.appliedRatePercent),
      monthly: range
        ? `${ctx.yen(range.low.equalPaymentInstalmentYen)}${ctx.lang === 'ja' ? '〜' : ' to '}${ctx.yen(range.high.equalPaymentInstalmentYen)}`
        : ctx.yen(r.equalPayment.instalmentYen),
      ep: ctx.yen(r.equalPrincipal.totalInterestYen),
      eq: ctx.yen(r.equalPayment.totalInterestYen),
      status: statusText(r, ctx),
    };
    if (range && where !== 'bar') {
      Object.assign(v, {
        low: ctx.yen(range.low.equalPaymentInstalmentYen), high: ctx.yen(range.high.equalPaymentInstalmentYen),
        lowRate: ctx.num(range.low.appliedRatePercent), highRate: ctx.num(range.high.appliedRatePercent),
      });
      return fill(ctx.tr(W.liveRange), v);
    }
    return fill(ctx.tr(where === 'bar' ? W.bar : W.live), v);
  },
};
