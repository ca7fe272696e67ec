// Result view of かごしま「働き方改革」推進企業 認定要件チェック (program `kagoshima-nintei`): met
// or not, exactly what is missing (the engine's `missing`, in the order of the criteria), and each
// criterion ticked or crossed.

const W = {
  met: { ja: '認定要件をすべて満たしています', en: 'Every criterion is met' },
  notMet: { ja: '足りない要件があります（{n}つ）', en: 'Criteria missing: {n}' },
  missingHeading: { ja: '足りないもの', en: 'What is missing' },
  canChoose: { ja: '選べるもの: ', en: 'You can choose from: ' },
  checklistHeading: { ja: '要件ごとの結果', en: 'Each criterion' },
  required: { ja: '必須', en: 'Required' },
  overtime: { ja: '所定外労働時間（全社員{all}・正社員{regular}）', en: 'Overtime beyond scheduled hours (all staff {all}, regular staff {regular})' },
  notGiven: { ja: '未入力', en: 'not given' },
  group: { ja: '{label}: {n}つ選択', en: '{label}: {n} chosen' },
  bar: { ja: '足りないもの {n}つ', en: '{n} missing' },
};

function fill(s, v) {
  return s.replace(/\{(\w+)\}/g, (m, k) => (k in v ? String(v[k]) : m));
}

function statusText(r, ctx) {
  return r.certified ? ctx.tr(W.met) : fill(ctx.tr(W.notMet), { n: r.missing.length });
}

function missingList(r, ctx) {
  if (!r.missing?.length) return null;
  const list = ctx.el('ol', { class: 'missing-list' });
  const sep = ctx.lang === 'ja' ? '、' : '; ';
  for (const m of r.missing) {
    const li = ctx.el('li', { 'data-code': m.code }, ctx.el('span', { text: m.message }));
    if (m.options?.length) {
      li.append(ctx.el('span', { class: 'why', text: ctx.tr(W.canChoose) + m.options.map((o) => o.label).join(sep) }));
    }
    list.append(li);
  }
  return ctx.el('div', { class: 'missing-box' }, ctx.el('p', { class: 'reasons-title', text: ctx.tr(W.missingHeading) }), list);
}

function checklist(r, ctx) {
  const row = (met, label) => ctx.el('li', { class: met ? 'is-passed' : 'is-broken' },
    ctx.el('span', { class: 'verdict-mark', text: met ? '✓' : '✕', 'aria-hidden': 'true' }),
    ctx.el('span', { class: 'visually-hidden', text: met ? (ctx.lang === 'ja' ? '満たしている: ' : 'met: ') : (ctx.lang === 'ja' ? '満たしていない: ' : 'not met: ') }),
    ctx.el('span', { class: 'verdict-label', text: label }));
  const list = ctx.el('ul', { class: 'verdicts compact' });
  for (const item of r.required ?? []) list.append(row(item.met, `${ctx.tr(W.required)}: ${item.label}`));
  const o = r.overtime;
  if (o) {
    const h = (v) => (v === null || v === undefined ? ctx.tr(W.notGiven) : ctx.hours(v));
    list.append(row(o.met, fill(ctx.tr(W.overtime), { all: h(o.allStaffHours), regular: h(o.regularStaffHours) })));
  }
  for (const g of r.groups ?? []) list.append(row(g.met, fill(ctx.tr(W.group), { label: g.label, n: g.chosen.length })));
  return ctx.el('div', { class: 'verdict-box' }, ctx.el('p', { class: 'breakdown-title', text: ctx.tr(W.checklistHeading) }), list);
}

export default {
  hideReasons: true,

  status(r, ctx) {
    return { text: statusText(r, ctx), tone: r.certified ? 'good' : 'bad' };
  },

  headline: () => null,

  body(r, ctx) {
    return [missingList(r, ctx), checklist(r, ctx)];
  },

  summary(r, ctx, where) {
    if (where === 'bar') return r.certified ? `✓ ${ctx.tr(W.met)}` : fill(ctx.tr(W.bar), { n: r.missing.length });
    return statusText(r, ctx);
  },
};
