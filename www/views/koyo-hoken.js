// Result view of 雇用保険料 (program `koyo-hoken`): the worker's share, the employer's share and the
// total, side by side. The element calls these with a `ctx` (see views/README in forms/index.js).

const W = {
  workerMonthly: { ja: '労働者負担（給与から控除）', en: 'Worker’s share (withheld from the wage)' },
  workerAnnual: { ja: '労働者負担（見積り）', en: 'Worker’s share (estimate)' },
  employer: { ja: '事業主負担', en: 'Employer’s share' },
  totalMonthly: { ja: '合計', en: 'Total' },
  totalAnnual: { ja: '合計（確定保険料）', en: 'Total (premium for the year)' },
  live: { ja: '雇用保険料 合計{total}（労働者負担{worker}・事業主負担{employer}）', en: 'Premium total {total} (worker {worker}, employer {employer})' },
  bar: { ja: '労働者 {worker}・事業主 {employer}', en: 'Worker {worker}, employer {employer}' },
};

function fill(s, v) {
  return s.replace(/\{(\w+)\}/g, (m, k) => (k in v ? v[k] : m));
}

export default {
  status: () => null,

  headline(r, ctx) {
    const annual = r.basis === 'annual';
    const item = (label, yen, cls) => ctx.el('div', { class: `figure ${cls}` },
      ctx.el('dt', { text: ctx.tr(label) }),
      ctx.el('dd', { text: ctx.yen(yen) }));
    return ctx.el('dl', { class: 'figures' },
      item(annual ? W.workerAnnual : W.workerMonthly, r.workerShareYen, 'is-main'),
      item(W.employer, r.employerShareYen, ''),
      item(annual ? W.totalAnnual : W.totalMonthly, r.totalYen, 'is-total'));
  },

  body: () => [],

  summary(r, ctx, where) {
    const v = { worker: ctx.yen(r.workerShareYen), employer: ctx.yen(r.employerShareYen), total: ctx.yen(r.totalYen) };
    return fill(ctx.tr(where === 'bar' ? W.bar : W.live), v);
  },
};
