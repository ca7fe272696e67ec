// Result view of 時間外労働の上限規制チェック (program `overtime-check`): the verdict of each rule
// with the months or windows that break it, and a bar chart of the twelve months with the caps
// drawn on it. The chart is SVG built with DOM calls; its colours come from classes in
// joseikin-simulator.css (no style attributes: CSP style-src 'self'). Its text alternative is an
// aria-label summary, and the same figures are in a table under it.

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];
const EN_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The calendar month of position `k` (1–12) in the agreement year starting in `values._startMonth`. */
export function calendarMonth(k, values) {
  const start = Number(values?._startMonth) || 4;
  return ((start - 1 + k - 1) % 12) + 1;
}

/** "6月" / "June" for position `k` of the agreement year. */
export function monthName(k, values) {
  const m = calendarMonth(k, values);
  return { ja: `${m}月`, en: EN_MONTHS[m - 1] };
}

const W = {
  met: { ja: 'すべての上限を守っています', en: 'Every cap is met' },
  broken: { ja: '上限を守れていない項目があります（{n}項目）', en: 'Caps broken: {n}' },
  deferred: { ja: '（適用猶予中のため参考）', en: ' (for reference: the caps are deferred)' },
  notCovered: { ja: '医師の上限規制はこの計算の対象外です（判定なし）', en: 'Doctors’ caps are not covered here (no verdict)' },
  rulesHeading: { ja: '上限ごとの結果', en: 'Each cap' },
  passed: { ja: '守っています', en: 'Met' },
  failed: { ja: '守れていません', en: 'Broken' },
  actualHours: { ja: '実績 {v}時間', en: 'actual {v} h' },
  actualMonths: { ja: '月45時間を超えた月 {v}か月', en: '{v} months over 45 h' },
  highestMonth: { ja: '最も多い月 {v}時間', en: 'highest month {v} h' },
  highestAverage: { ja: '最も高い平均 {v}時間', en: 'highest average {v} h' },
  yearTotal: { ja: '年間合計 {v}時間', en: 'year total {v} h' },
  breaches: { ja: '超えたところ: ', en: 'Where: ' },
  month: { ja: '{name}（{k}か月目）{h}時間', en: '{name} (month {k}): {h} h' },
  window: { ja: '{from}〜{to}（{a}〜{b}か月目）平均{h}時間', en: '{from} to {to} (months {a}–{b}): average {h} h' },
  year: { ja: '12か月の合計 {h}時間', en: 'twelve months: {h} h' },
  overCount: { ja: '{name}（{k}か月目）{h}時間 … 月45時間を超えた{n}か月目', en: '{name} (month {k}): {h} h, the {n}th month over 45 h' },
  chartTitle: { ja: '12か月の時間外労働と休日労働', en: 'Overtime and holiday work over twelve months' },
  chartLabel: {
    ja: '12か月の時間外労働と休日労働の棒グラフ。最も多いのは{name}の{h}時間（時間外{o}時間・休日{d}時間）。{lines}{over}',
    en: 'Bar chart of overtime and holiday work over twelve months. The highest is {name}: {h} h ({o} h overtime, {d} h holiday work). {lines}{over}',
  },
  chartLines: { ja: '線: {list}。', en: 'Lines: {list}. ' },
  chartOver: { ja: '上限を超えた月: {list}。', en: 'Months over a cap: {list}.' },
  chartNoOver: { ja: '1か月ごとの上限を超えた月はありません。', en: 'No month is over a monthly cap.' },
  line45: { ja: '月45時間（時間外）', en: '45 h a month (overtime)' },
  line100: { ja: '月100時間（休日労働を含む）', en: '100 h a month (with holiday work)' },
  line80: { ja: '平均80時間（休日労働を含む）', en: '80 h on average (with holiday work)' },
  short45: { ja: '45', en: '45' },
  short100: { ja: '100', en: '100' },
  short80: { ja: '平均80', en: 'avg 80' },
  legendOvertime: { ja: '時間外労働', en: 'Overtime' },
  legendHoliday: { ja: '休日労働', en: 'Holiday work' },
  legendOver: { ja: '上限を超えた月（✕）', en: 'Month over a cap (✕)' },
  tableSummary: { ja: 'グラフの数字を表で見る', en: 'The chart as a table' },
  colMonth: { ja: '月', en: 'Month' },
  colOvertime: { ja: '時間外', en: 'Overtime' },
  colHoliday: { ja: '休日', en: 'Holiday' },
  colTotal: { ja: '合計', en: 'Total' },
  hoursAxis: { ja: '時間', en: 'hours' },
};

function fill(s, v) {
  return s.replace(/\{(\w+)\}/g, (m, k) => (k in v ? String(v[k]) : m));
}

/** Rules whose breaches are single months drawn on the chart. */
const MONTH_RULES = ['monthly_limit', 'monthly_total_limit', 'months_over_monthly_limit'];

function statusText(r, ctx) {
  if (r.compliant === null || r.compliant === undefined) return ctx.tr(W.notCovered);
  const broken = (r.rules ?? []).filter((x) => !x.passed).length;
  const base = r.compliant ? ctx.tr(W.met) : fill(ctx.tr(W.broken), { n: broken });
  return r.capsApply ? base : base + ctx.tr(W.deferred);
}

function fmt(n, ctx) {
  return ctx.num(n);
}

function breachText(rule, b, ctx) {
  const name = (k) => ctx.tr(monthName(k, ctx.values));
  if (rule.rule === 'annual_limit' || rule.rule === 'special_annual_limit') {
    return fill(ctx.tr(W.year), { h: fmt(b.hours, ctx) });
  }
  if (b.from !== b.to) {
    return fill(ctx.tr(W.window), { from: name(b.from), to: name(b.to), a: b.from, b: b.to, h: fmt(b.hours, ctx) });
  }
  return fill(ctx.tr(W.month), { name: name(b.from), k: b.from, h: fmt(b.hours, ctx) });
}

function actualText(rule, ctx) {
  const v = fmt(rule.actual, ctx);
  switch (rule.rule) {
    case 'months_over_monthly_limit':
      return fill(ctx.tr(W.actualMonths), { v });
    case 'annual_limit':
    case 'special_annual_limit':
      return fill(ctx.tr(W.yearTotal), { v });
    case 'multi_month_average':
      return fill(ctx.tr(W.highestAverage), { v });
    default:
      return fill(ctx.tr(W.highestMonth), { v });
  }
}

/** The caps to draw: [{ value, cls, label, short }]. */
function capLines(r) {
  const ids = new Set((r.rules ?? []).map((x) => x.rule));
  const lines = [];
  // 45 h: the monthly cap, or with a special clause the threshold of the six-month rule (seed
  // 「月45時間」「45時間超えは年間6カ月まで」); both rules carry it as the monthly limit.
  const monthly = (r.rules ?? []).find((x) => x.rule === 'monthly_limit');
  if (monthly) lines.push({ value: monthly.limit, cls: 'cap-45', label: W.line45, short: W.short45 });
  else if (ids.has('months_over_monthly_limit')) lines.push({ value: 45, cls: 'cap-45', label: W.line45, short: W.short45 });
  const total = (r.rules ?? []).find((x) => x.rule === 'monthly_total_limit');
  if (total) lines.push({ value: total.limit, cls: 'cap-100', label: W.line100, short: W.short100 });
  const avg = (r.rules ?? []).find((x) => x.rule === 'multi_month_average');
  if (avg) lines.push({ value: avg.limit, cls: 'cap-80', label: W.line80, short: W.short80 });
  return lines;
}

function overMonths(r) {
  const over = new Set();
  for (const rule of r.rules ?? []) {
    if (rule.passed || !MONTH_RULES.includes(rule.rule)) continue;
    for (const b of rule.breaches) if (b.from === b.to) over.add(b.from);
  }
  return over;
}

function chart(r, ctx) {
  const months = r.months ?? [];
  const lines = capLines(r);
  const over = overMonths(r);
  const W0 = 360;
  const H0 = 210;
  const left = 34;
  const right = 8;
  const top = 12;
  const bottom = 22;
  const plotW = W0 - left - right;
  const plotH = H0 - top - bottom;
  const highest = Math.max(0, ...months.map((m) => m.totalHours), ...lines.map((l) => l.value));
  const yMax = Math.max(110, Math.ceil((highest * 1.08) / 10) * 10);
  const y = (h) => top + plotH - (Math.min(h, yMax) / yMax) * plotH;
  const slot = plotW / 12;
  const barW = Math.min(18, slot - 6);

  const svg = ctx.svg('svg', {
    viewBox: `0 0 ${W0} ${H0}`, class: 'chart-svg', role: 'img', focusable: 'false',
    preserveAspectRatio: 'xMidYMid meet',
  });
  // Axis and a light grid every 20 or 50 h.
  const step = yMax > 300 ? 100 : yMax > 150 ? 50 : 20;
  for (let h = 0; h <= yMax; h += step) {
    svg.append(ctx.svg('line', { x1: left, x2: W0 - right, y1: y(h), y2: y(h), class: h === 0 ? 'axis' : 'grid-line' }));
    svg.append(ctx.svg('text', { x: left - 4, y: y(h) + 3, class: 'tick', 'text-anchor': 'end' }, String(h)));
  }
  svg.append(ctx.svg('text', { x: 2, y: top - 2, class: 'tick' }, ctx.tr(W.hoursAxis)));

  months.forEach((m, i) => {
    const x = left + slot * i + (slot - barW) / 2;
    const g = ctx.svg('g', { class: over.has(m.month) ? 'bar is-over' : 'bar' });
    const yo = y(m.overtimeHours);
    g.append(ctx.svg('rect', { x, y: yo, width: barW, height: Math.max(0, top + plotH - yo), class: 'bar-overtime' }));
    if (m.holidayHours > 0) {
      const yt = y(m.totalHours);
      g.append(ctx.svg('rect', { x, y: yt, width: barW, height: Math.max(0, yo - yt), class: 'bar-holiday' }));
    }
    if (over.has(m.month)) {
      g.append(ctx.svg('text', { x: x + barW / 2, y: Math.max(top + 8, y(m.totalHours) - 3), class: 'over-mark', 'text-anchor': 'middle' }, '✕'));
    }
    const cal = calendarMonth(m.month, ctx.values);
    g.append(ctx.svg('text', { x: x + barW / 2, y: H0 - 8, class: 'tick', 'text-anchor': 'middle' },
      ctx.lang === 'ja' ? String(cal) : EN_SHORT[cal - 1].slice(0, 1)));
    svg.append(g);
  });
  for (const l of lines) {
    svg.append(ctx.svg('line', { x1: left, x2: W0 - right, y1: y(l.value), y2: y(l.value), class: `cap ${l.cls}` }));
    svg.append(ctx.svg('text', { x: W0 - right - 2, y: y(l.value) - 3, class: `cap-label ${l.cls}`, 'text-anchor': 'end' }, ctx.tr(l.short)));
  }

  // The text alternative.
  const top1 = months.reduce((a, m) => (m.totalHours > (a?.totalHours ?? -1) ? m : a), null);
  const name = (k) => ctx.tr(monthName(k, ctx.values));
  const sep = ctx.lang === 'ja' ? '、' : ', ';
  const label = top1 ? fill(ctx.tr(W.chartLabel), {
    name: name(top1.month), h: fmt(top1.totalHours, ctx), o: fmt(top1.overtimeHours, ctx), d: fmt(top1.holidayHours, ctx),
    lines: lines.length ? fill(ctx.tr(W.chartLines), { list: lines.map((l) => ctx.tr(l.label)).join(sep) }) : '',
    over: over.size ? fill(ctx.tr(W.chartOver), { list: [...over].sort((a, b) => a - b).map(name).join(sep) }) : ctx.tr(W.chartNoOver),
  }) : ctx.tr(W.chartTitle);
  svg.setAttribute('aria-label', label);

  const legend = ctx.el('ul', { class: 'chart-legend' },
    ctx.el('li', {}, ctx.el('span', { class: 'swatch swatch-overtime', 'aria-hidden': 'true' }), ctx.tr(W.legendOvertime)),
    ctx.el('li', {}, ctx.el('span', { class: 'swatch swatch-holiday', 'aria-hidden': 'true' }), ctx.tr(W.legendHoliday)),
    ...lines.map((l) => ctx.el('li', {}, ctx.el('span', { class: `swatch swatch-line ${l.cls}`, 'aria-hidden': 'true' }), ctx.tr(l.label))),
    over.size ? ctx.el('li', {}, ctx.el('span', { class: 'swatch swatch-over', 'aria-hidden': 'true' }), ctx.tr(W.legendOver)) : null,
  );

  const table = ctx.el('table', { class: 'data-table' },
    ctx.el('thead', {}, ctx.el('tr', {}, ...[W.colMonth, W.colOvertime, W.colHoliday, W.colTotal]
      .map((c) => ctx.el('th', { scope: 'col', text: ctx.tr(c) })))),
    ctx.el('tbody', {}, ...months.map((m) => ctx.el('tr', { class: over.has(m.month) ? 'is-over' : undefined },
      ctx.el('th', { scope: 'row', text: `${name(m.month)}${over.has(m.month) ? ' ✕' : ''}` }),
      ctx.el('td', { text: ctx.hours(m.overtimeHours) }),
      ctx.el('td', { text: ctx.hours(m.holidayHours) }),
      ctx.el('td', { text: ctx.hours(m.totalHours) })))));

  return ctx.el('figure', { class: 'chart' },
    ctx.el('figcaption', { class: 'chart-title', text: ctx.tr(W.chartTitle) }),
    svg, legend,
    ctx.details('overtime-table', ctx.tr(W.tableSummary), () => [table]));
}

function rulesList(r, ctx) {
  const list = ctx.el('ul', { class: 'verdicts' });
  for (const rule of r.rules ?? []) {
    const li = ctx.el('li', { class: rule.passed ? 'is-passed' : 'is-broken', 'data-rule': rule.rule },
      ctx.el('span', { class: 'verdict-mark', text: rule.passed ? `✓ ${ctx.tr(W.passed)}` : `✕ ${ctx.tr(W.failed)}` }),
      ctx.el('span', { class: 'verdict-label', text: rule.label }),
      ctx.el('span', { class: 'verdict-detail', text: actualText(rule, ctx) }));
    if (!rule.passed && rule.breaches.length) {
      const sep = ctx.lang === 'ja' ? '、' : '; ';
      li.append(ctx.el('span', { class: 'verdict-where', text: ctx.tr(W.breaches) + rule.breaches.map((b) => breachText(rule, b, ctx)).join(sep) }));
    }
    list.append(li);
  }
  if (!list.children.length) return null;
  return ctx.el('div', { class: 'verdict-box' }, ctx.el('p', { class: 'breakdown-title', text: ctx.tr(W.rulesHeading) }), list);
}

export default {
  hideReasons: true,

  status(r, ctx) {
    const tone = r.compliant === true ? 'good' : r.compliant === false ? 'bad' : 'neutral';
    return { text: statusText(r, ctx), tone };
  },

  headline: () => null,

  body(r, ctx) {
    return [rulesList(r, ctx), (r.months ?? []).length ? chart(r, ctx) : null];
  },

  summary(r, ctx) {
    return statusText(r, ctx);
  },
};
