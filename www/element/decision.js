// From the estimate to a decision (issue 15): what the engine adds to an answer of 業務改善助成金 and
// 働き方改革推進支援助成金, shown as it comes. Every figure here is the engine's: the partial answer's
// `missing` and `bounds`, the courses compared (`alternatives`, `bestReason`), the hints and their
// changes, `outOfPocketYen` and `wageCostYenPerYear`, and the what-if grid (whatif-chart.js). The page
// computes none of them.
import { TEXT, fill } from '../ui-text.js';
import { el } from './dom.js';
import { formatMan, formatTick, formatYen, numberFormat } from './format.js';
import { whatIfCharts } from './whatif-chart.js';

const PROGRAMS = ['gyomu-kaizen', 'hatarakikata-yuyo'];

function t(host, key, values) {
  const s = TEXT[key][host.lang];
  return values ? fill(s, values) : s;
}

/** A container of its own in the result panel, placed once after each rebuild of the panel. */
function slot(host, name, cls, place) {
  const e = host.e;
  let box = e[name];
  if (!box || box.parentNode !== e.resultCol) {
    box = el('div', { class: cls });
    e[name] = box;
    place(box);
  }
  return box;
}

/** The form's key of an engine path: `input.raiseYen` → `raiseYen`, `input.workers[2].wageAfter` too. */
const keyOf = (path) => String(path).replace(/^input\./, '');

/** The label of a field of the form, or the path when the form does not show it. */
function labelOf(host, key) {
  const entry = host.form.fields?.get(key);
  return entry ? host.tr(entry.field.label) : key;
}

/**
 * Shows what the engine says towards a decision, for the answer `shown` (as the panel shows it: a
 * partial answer is `{ ok: false, partial }`). Called by ResultView.render on every answer.
 */
export function renderDecision(host, shown) {
  const e = host.e;
  if (!e.resultCol || !e.problems || !e.custom) return;
  const partialBox = slot(host, 'partialLine', 'partial-line', (box) => e.problems.before(box));
  const box = slot(host, 'decision', 'decision', (b) => e.custom.after(b));
  partialBox.replaceChildren();
  box.replaceChildren();
  partialBox.hidden = true;
  box.hidden = true;
  if (!PROGRAMS.includes(host.state.programId)) return;
  const partial = shown?.partial;
  if (partial && partial.ok && partial.complete === false) {
    if (host.state.touched.size > 0) renderPartial(host, partialBox, partial);
    return;
  }
  if (!shown?.ok || shown.complete !== true) return;
  const parts = [
    renderFigures(host, shown),
    renderAlternatives(host, shown),
    renderHints(host, shown),
    ...whatIfCharts(host, shown),
  ].filter(Boolean);
  box.append(...parts);
  box.hidden = !parts.length;
}

/** 「あと3項目で試算できます（最大 450万円）」 and a button to the first field still to fill. */
function renderPartial(host, box, partial) {
  const missing = partial.missing ?? [];
  if (!missing.length) return;
  // 「最大 0円」 would read as "nothing to get" while a choice that pays (a goal of 働き方改革) may
  // simply not be made yet: a maximum of 0 is left unsaid, and the complete answer gives its reasons.
  const max = partial.bounds?.maxYen || null;
  const line = el('p', { class: 'partial-text' }, t(host, max == null ? 'partialLineNoMax' : 'partialLine', {
    n: missing.length, max: max == null ? '' : formatMan(max, host.lang),
  }));
  const key = keyOf(missing[0]);
  if (host.form.fields?.get(key)) {
    const go = el('button', { type: 'button', class: 'link-button', text: t(host, 'partialGo', { name: labelOf(host, key) }) });
    go.addEventListener('click', () => host.form.focusField(key));
    line.append(' ', go);
  }
  box.append(line);
  box.hidden = false;
}

/** 設備投資の自己負担 · 賃上げの年間人件費増 · 助成額, side by side. */
function renderFigures(host, r) {
  const lang = host.lang;
  if (typeof r.outOfPocketYen !== 'number') return null;
  const items = [
    {
      key: r.program === 'gyomu-kaizen' ? 'figureOutOfPocket' : 'figureOutOfPocketMeasures',
      value: formatYen(r.outOfPocketYen, lang),
      cls: 'out-of-pocket',
    },
  ];
  if (r.program === 'gyomu-kaizen') {
    const wage = r.wageCostYenPerYear;
    items.push({
      key: 'figureWageCost',
      value: typeof wage === 'number' ? formatYen(wage, lang) : '—',
      note: typeof wage === 'number' ? null : t(host, 'figureWageCostNone'),
      cls: 'wage-cost',
    });
  }
  items.push({ key: 'figureAmount', value: formatYen(r.amountYen ?? 0, lang), cls: 'subsidy' });
  const dl = el('dl', { class: 'figures' });
  for (const it of items) {
    const dd = el('dd', {}, el('span', { class: 'figure-value', text: it.value }));
    if (it.note) dd.append(el('span', { class: 'figure-note', text: it.note }));
    dl.append(el('div', { class: `figure figure-${it.cls}` }, el('dt', { text: t(host, it.key) }), dd));
  }
  return el('section', { class: 'decision-part figures-box', 'aria-label': t(host, 'figuresHeading') },
    el('p', { class: 'decision-title', text: t(host, 'figuresHeading') }), dl);
}

/** 「コース別の比較」: each course reached or how much more it needs, its workers, cap and amount. */
function renderAlternatives(host, r) {
  const alts = r.alternatives;
  if (!Array.isArray(alts) || !alts.length) return null;
  const lang = host.lang;
  const th = (key) => el('th', { scope: 'col', text: t(host, key) });
  const table = el('table', { class: lang === 'ja' ? 'alternatives' : 'alternatives wrap-heads' },
    el('caption', { text: t(host, 'altHeading') }),
    el('thead', {}, el('tr', {}, th('altCourse'), th('altReached'), th('altWorkers'), th('altCap'), th('altAmount'))));
  const body = el('tbody');
  for (const a of alts) {
    const course = el('th', { scope: 'row', text: t(host, 'altCourseName', { n: a.course }) });
    if (a.best) course.append(' ', el('strong', { class: 'best-mark', text: t(host, 'altBest') }));
    body.append(el('tr', { class: a.best ? 'is-best' : null, 'data-course': a.course },
      course,
      el('td', { text: a.reached ? t(host, 'altIsReached') : t(host, 'altNeeds', { n: numberFormat.format(a.raiseNeededYen) }) }),
      el('td', { text: t(host, 'altPeople', { n: numberFormat.format(a.countedWorkers) }) }),
      // In English the unit is in the column's heading and a cell holds the number alone
      // ("1,100,000"): "1,100,000 yen" twice made the table wider than the panel beside the form.
      el('td', { class: 'num', text: a.capYen == null ? '—' : lang === 'ja' ? formatTick(a.capYen, lang) : numberFormat.format(a.capYen) }),
      el('td', { class: 'num', text: lang === 'ja' ? formatYen(a.amountYen, lang) : numberFormat.format(a.amountYen) })));
  }
  table.append(body);
  const part = el('section', { class: 'decision-part alternatives-box', 'aria-label': t(host, 'altHeading') },
    table);
  const reasonKey = r.bestReason ? `bestReason_${r.bestReason}` : 'bestReason_none';
  if (TEXT[reasonKey]) part.append(el('p', { class: 'best-reason', 'data-reason': r.bestReason ?? 'none', text: t(host, reasonKey) }));
  return part;
}

/** The smallest single changes that raise the amount, each with a button that makes it. */
function renderHints(host, r) {
  const hints = r.hints ?? [];
  if (!hints.length) return null;
  const list = el('ul', { class: 'hints' });
  hints.forEach((h, i) => {
    const id = `${host.uid}-hint-${i}`;
    const li = el('li', { class: h.informational ? 'is-informational' : null, 'data-code': h.code },
      el('span', { class: 'hint-text', id, text: h.text }));
    if (!h.informational && h.change && canApply(host, h.change)) {
      const b = el('button', { type: 'button', class: 'secondary apply-hint', 'aria-describedby': id, text: t(host, 'hintApply') });
      b.addEventListener('click', () => applyChange(host, h.change));
      li.append(' ', b);
    }
    list.append(li);
  });
  return el('section', { class: 'decision-part hints-box', 'aria-label': t(host, 'hintsHeading') },
    el('p', { class: 'decision-title', text: t(host, 'hintsHeading') }), list);
}

/** `input.workers[2].wageAfter` → { path: 'workers', row: 2, column: 'wageAfter' }; null for a plain field. */
function cellOf(key) {
  const m = /^([\w.]+)\[(\d+)\]\.(\w+)$/.exec(key);
  return m ? { path: m[1], row: Number(m[2]), column: m[3] } : null;
}

/** A group given at once (`input.wageRaise` = `{ percent: 3, workers: 1 }`): its fields' keys and values. */
function groupOf(key, value) {
  return value !== null && typeof value === 'object' ? Object.entries(value).map(([k, v]) => [`${key}.${k}`, String(v)]) : null;
}

/** The section whose switch turns on the fields of the group `key` (「時給を3％以上引き上げる」). */
function toggleOf(host, key) {
  return host.state.spec?.sections?.find((s) => s.toggle && s.fields?.some((f) => f.path.startsWith(`${key}.`)))?.toggle;
}

function canApply(host, change) {
  const key = keyOf(change.field);
  const group = groupOf(key, change.value);
  if (group) return group.every(([k]) => Boolean(host.form.fields?.get(k)));
  const cell = cellOf(key);
  if (cell) return Boolean(host.state.rows[cell.path]?.[cell.row]);
  return Boolean(host.form.fields?.get(key));
}

/** Sets the field the hint names to its value (or each field of its group, with the group's switch
 *  on), as if typed, and computes again. */
function applyChange(host, change) {
  const key = keyOf(change.field);
  const group = groupOf(key, change.value);
  if (group) {
    const toggle = toggleOf(host, key);
    if (toggle) host.state.input(toggle.path, true);
    for (const [k, v] of group) host.state.input(k, v);
  } else {
    const cell = cellOf(key);
    const value = change.value === true ? true : String(change.value);
    host.state.input(key, value, cell ?? undefined);
  }
  host.form.render();
  host.refresh();
  host.form.focusField(group ? group[0][0] : key);
}
