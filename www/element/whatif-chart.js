// The what-if chart (issue 15): the amount against the investment, and against the raise with three
// figures, for the inputs shown. The points and the marks (the current point, where the cap is
// reached, where each course begins) are whatIf()'s, one call per chart; the page only draws them,
// as inline SVG with presentation attributes and classes (no style attribute: style-src 'self'), with
// a table of the same points for those who do not see the chart.
import { TEXT, fill } from '../ui-text.js';
import { el, svgEl } from './dom.js';
import { formatMan, formatTick, formatYen, numberFormat } from './format.js';

/** At most this many points per chart. */
const MAX_POINTS = 60;
const W = 320;
const H = 200;
const PAD = { left: 54, right: 12, top: 14, bottom: 34 };

function t(host, key, values) {
  const s = TEXT[key][host.lang];
  return values ? fill(s, values) : s;
}

/** A round number at least `n`: 1, 2 or 5 × a power of ten. */
function niceCeil(n) {
  if (!(n > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(n));
  for (const m of [1, 2, 5, 10]) if (m * p >= n) return m * p;
  return 10 * p;
}

/**
 * The grids to ask for: the investment from 0 to well past the cap and the current value; the raise
 * (three figures only) from 0 to 118 yen in 2-yen steps, past the highest course. The range is the
 * page's choice of what to look at; every amount on it is the engine's.
 */
function gridsFor(request, result) {
  if (result.program !== 'gyomu-kaizen') return [];
  const input = request.input ?? {};
  const grids = [];
  const inv = Number(input.investmentYen);
  const to = niceCeil(Math.max(2 * (result.capYen ?? 0), Number.isFinite(inv) ? 1.5 * inv : 0, 1_000_000));
  grids.push({ id: 'investment', field: 'input.investmentYen', from: 0, to, steps: 41, axis: 'yen', step: false });
  if (!Array.isArray(input.workers)) {
    const raise = Number(input.raiseYen);
    const top = Number.isFinite(raise) && raise > 110 ? 2 * Math.ceil(raise / 2) + 8 : 118;
    grids.push({ id: 'raise', field: 'input.raiseYen', from: 0, to: top, steps: Math.min(MAX_POINTS, top / 2 + 1), axis: 'perHour', step: true });
  }
  return grids;
}

/** The charts of a complete answer (none for a program without a grid). */
export function whatIfCharts(host, result) {
  const engine = host.engine;
  if (!engine?.whatIf || !host.request) return [];
  const out = [];
  for (const g of gridsFor(host.request, result)) {
    let grid;
    try {
      grid = engine.whatIf(host.request, { field: g.field, from: g.from, to: g.to, steps: g.steps });
    } catch (err) {
      console.error('joseikin-simulator:', err);
      continue;
    }
    if (!grid?.ok || !grid.points?.length) continue;
    // A flat line at 0 says nothing and its axis would read 0円, 0円, 1円: say it in words instead.
    if (grid.points.every((p) => p.amountYen === 0)) {
      out.push(el('p', { class: 'whatif whatif-all-zero', 'data-field': grid.field },
        t(host, g.id === 'raise' ? 'whatIfZeroRaise' : 'whatIfZeroInvestment')));
      continue;
    }
    out.push(chart(host, g, grid));
  }
  if (!out.length) return [];
  return [el('section', { class: 'decision-part whatif-box', 'aria-label': t(host, 'whatIfHeading') },
    el('p', { class: 'decision-title', text: t(host, 'whatIfHeading') }), ...out)];
}

function valueText(host, g, v) {
  return g.axis === 'yen' ? formatYen(v, host.lang) : t(host, 'whatIfPerHour', { n: numberFormat.format(v) });
}

function tickText(host, g, v) {
  return g.axis === 'yen' ? formatTick(v, host.lang) || '0' : t(host, 'whatIfPerHour', { n: numberFormat.format(v) });
}

/**
 * The box of a text drawn at (`x`, `y`) with `anchor`, its width estimated at font size `size`:
 * full-width characters `size` wide, others 0.6 of it.
 */
function textBox(x, y, anchor, text, size = 11) {
  const width = [...text].reduce((w, c) => w + (c.charCodeAt(0) > 0x2e7f ? size : 0.6 * size), 0);
  const x0 = anchor === 'end' ? x - width : x;
  return { x0, x1: x0 + width, y0: y - size + 1, y1: y + 2 };
}

/**
 * Where the current point's label goes: beside the point, above or below it, on the side away from
 * the middle first, and the first of these whose box stays inside the plot, off the line (which
 * rises to the point from the lower left) and off the marks' labels (`taken`).
 */
function labelSpot(cx, cy, text, corners, taken) {
  const outward = cx > W / 2 ? -1 : 1;
  const spots = [];
  for (const side of [outward, -outward]) {
    for (const dy of [-8, 17]) spots.push({ x: cx + side * 7, y: cy + dy, anchor: side < 0 ? 'end' : 'start' });
  }
  const boxOf = (s) => textBox(s.x, s.y, s.anchor, text);
  const inside = (b) => b.x0 >= PAD.left && b.x1 <= W - PAD.right && b.y0 >= PAD.top - 4 && b.y1 <= H - PAD.bottom;
  const meets = (b, o) => b.x0 < o.x1 + 2 && o.x0 < b.x1 + 2 && b.y0 < o.y1 + 2 && o.y0 < b.y1 + 2;
  // Off the line: no point of it, taken every 2 units along each segment, within the box (with a margin).
  const offLine = (b) => corners.every(([ax, ay], i) => {
    if (i === 0) return true;
    const [bx, by] = corners[i - 1];
    const n = Math.max(1, Math.ceil(Math.hypot(ax - bx, ay - by) / 2));
    for (let k = 0; k <= n; k++) {
      const px = bx + ((ax - bx) * k) / n;
      const py = by + ((ay - by) * k) / n;
      if (px >= b.x0 - 2 && px <= b.x1 + 2 && py >= b.y0 - 2 && py <= b.y1 + 2) return false;
    }
    return true;
  });
  const free = (b) => inside(b) && offLine(b) && !taken.some((o) => meets(b, o));
  return spots.find((s) => free(boxOf(s))) ?? spots.find((s) => inside(boxOf(s))) ?? spots[0];
}

/** One chart: the SVG, and under it the points as a table in a folding box. */
function chart(host, g, grid) {
  const pts = grid.points;
  const marks = grid.marks ?? {};
  const xMin = pts[0].value;
  const xMax = pts[pts.length - 1].value;
  const yTop = niceCeil(Math.max(...pts.map((p) => p.amountYen), 1));
  const x = (v) => PAD.left + ((v - xMin) / Math.max(1, xMax - xMin)) * (W - PAD.left - PAD.right);
  const y = (a) => H - PAD.bottom - (a / yTop) * (H - PAD.top - PAD.bottom);
  const titleId = `${host.uid}-whatif-${g.id}-title`;
  const descId = `${host.uid}-whatif-${g.id}-desc`;
  const title = t(host, g.id === 'raise' ? 'whatIfRaise' : 'whatIfInvestment');
  const cur = marks.current;
  const desc = cur
    ? t(host, 'whatIfDesc', { value: valueText(host, g, cur.value), amount: formatYen(cur.amountYen, host.lang) })
    : title;
  const svg = svgEl('svg', {
    class: 'whatif-chart', viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-labelledby': `${titleId} ${descId}`,
    'font-size': 11, 'data-field': grid.field,
  }, svgEl('title', { id: titleId }, title), svgEl('desc', { id: descId }, desc));

  // Axes with a few ticks: 0, half and the top of the amount; the ends and middle of the field.
  const axes = svgEl('g', { class: 'wi-axes' });
  for (const a of [0, yTop / 2, yTop]) {
    axes.append(
      svgEl('line', { class: 'wi-grid', x1: PAD.left, x2: W - PAD.right, y1: y(a), y2: y(a), stroke: '#b9c4bf', 'stroke-width': 0.6 }),
      svgEl('text', { class: 'wi-tick', x: PAD.left - 4, y: y(a) + 4, 'text-anchor': 'end', fill: 'currentColor' }, formatTick(a, host.lang) || '0'),
    );
  }
  const xTicks = g.axis === 'yen' ? [xMin, (xMin + xMax) / 2, xMax] : [xMin, xMax];
  for (const v of xTicks) {
    const anchor = v === xMin ? 'start' : v === xMax ? 'end' : 'middle';
    axes.append(svgEl('text', { class: 'wi-tick', x: x(v), y: H - PAD.bottom + 14, 'text-anchor': anchor, fill: 'currentColor' }, tickText(host, g, g.axis === 'yen' ? v : Math.round(v))));
  }
  axes.append(
    svgEl('line', { x1: PAD.left, x2: W - PAD.right, y1: y(0), y2: y(0), stroke: 'currentColor', 'stroke-width': 1 }),
    svgEl('text', { class: 'wi-axis-label', x: (PAD.left + W - PAD.right) / 2, y: H - 4, 'text-anchor': 'middle', fill: 'currentColor' },
      t(host, g.id === 'raise' ? 'whatIfAxisRaise' : 'whatIfAxisInvestment')),
  );
  svg.append(axes);

  // Where each course begins (raise) and where the cap is reached (investment).
  const markG = svgEl('g', { class: 'wi-marks' });
  // The marks' labels, which the current point's label must not cover.
  const taken = [];
  for (const s of marks.courseSteps ?? []) {
    const text = t(host, 'whatIfCourse', { n: s.course });
    taken.push(textBox(x(s.value) + 2, PAD.top + 8, 'start', text, 10));
    markG.append(
      svgEl('line', { class: 'wi-course', x1: x(s.value), x2: x(s.value), y1: PAD.top, y2: y(0), stroke: 'currentColor', 'stroke-width': 0.8, 'stroke-dasharray': '2 3' }),
      svgEl('text', { class: 'wi-mark-label', x: x(s.value) + 2, y: PAD.top + 8, fill: 'currentColor' }, text),
    );
  }
  if (marks.cap) {
    const cx = x(marks.cap.value);
    const text = t(host, 'whatIfCap', { amount: formatMan(marks.cap.amountYen, host.lang) });
    const anchor = cx > W / 2 ? 'end' : 'start';
    taken.push(textBox(cx + (cx > W / 2 ? -3 : 3), y(0) - 5, anchor, text, 10));
    markG.append(
      svgEl('line', { class: 'wi-cap', x1: cx, x2: cx, y1: PAD.top, y2: y(0), stroke: 'currentColor', 'stroke-width': 0.8, 'stroke-dasharray': '5 3' }),
      svgEl('text', { class: 'wi-mark-label', x: cx + (cx > W / 2 ? -3 : 3), y: y(0) - 5, 'text-anchor': anchor, fill: 'currentColor' }, text),
    );
  }
  svg.append(markG);

  // The amount: straight between points on the investment, in steps on the raise (it jumps at a course).
  const corners = [];
  pts.forEach((p, i) => {
    if (i > 0 && g.step) corners.push([x(p.value), y(pts[i - 1].amountYen)]);
    corners.push([x(p.value), y(p.amountYen)]);
  });
  const d = corners.map(([cx, cy], i) => `${i ? 'L' : 'M'}${cx.toFixed(1)} ${cy.toFixed(1)}`).join(' ');
  svg.append(svgEl('path', { class: 'wi-line', d, fill: 'none', stroke: '#00684a', 'stroke-width': 2 }));

  if (cur && cur.value >= xMin && cur.value <= xMax) {
    const cx = x(cur.value);
    const cy = y(cur.amountYen);
    const label = t(host, 'whatIfNow', { amount: formatMan(cur.amountYen, host.lang) || '0' });
    const spot = labelSpot(cx, cy, label, corners, taken);
    svg.append(svgEl('g', { class: 'wi-current' },
      svgEl('circle', { class: 'wi-current-dot', cx, cy, r: 4.5, fill: '#a64f00', stroke: '#ffffff', 'stroke-width': 1.5 }),
      svgEl('text', { class: 'wi-current-label', x: spot.x, y: spot.y, 'text-anchor': spot.anchor, fill: 'currentColor' }, label)));
  }

  // The same points as a table.
  const table = el('table', { class: 'whatif-table' },
    el('caption', { class: 'visually-hidden', text: title }),
    el('thead', {}, el('tr', {},
      el('th', { scope: 'col', text: t(host, g.id === 'raise' ? 'whatIfAxisRaise' : 'whatIfAxisInvestment') }),
      el('th', { scope: 'col', text: t(host, 'figureAmount') }))));
  const body = el('tbody');
  for (const p of pts) {
    const isCur = cur && p.value === cur.value;
    body.append(el('tr', { class: isCur ? 'is-current' : null },
      el('td', { class: 'num', text: valueText(host, g, p.value) }),
      el('td', { class: 'num', text: formatYen(p.amountYen, host.lang) })));
  }
  table.append(body);
  const details = el('details', { class: 'whatif-points' },
    el('summary', { text: t(host, 'whatIfTable') }), table);

  return el('figure', { class: 'whatif', 'data-grid': g.id },
    el('figcaption', { class: 'whatif-caption', text: title }), svg, details);
}
