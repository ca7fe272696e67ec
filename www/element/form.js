// The form of the tab shown, built from its spec (forms/*.js): the fields, their hints, units and
// echoes, the tables, the errors put next to their fields, and the note under the buttons (an
// example from another year, a clearing that can be undone).
import { TEXT, UNITS } from '../ui-text.js';
import { el } from './dom.js';
import { fiscalYear, fiscalYearName, formatDate, isDate, numberFormat, readNumber, today, withMan } from './format.js';
import { rulesetForDate, rulesetInfo, rulesetName } from './rulesets.js';

const BIG = { 万: 1e4, 億: 1e8 };
const SMALL = { 十: 10, 百: 100, 千: 1000 };

/**
 * An amount as people write it, read as the engine reads it (README "Input ranges"): 「1億」
 * 「¥6,000,000」「6百万」「6,000千円」「600万」「1億2,000万」, full-width digits too. For the echo
 * under a money field only; the text itself goes to the engine. Null for what it cannot read.
 */
export function readYenText(raw) {
  const s = String(raw ?? '').trim()
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/．/g, '.')
    .replace(/[,，\s]/g, '')
    .replace(/^[¥￥]/, '')
    .replace(/円$/, '');
  if (!s) return null;
  const plain = readNumber(s, 'yen');
  if (typeof plain === 'number') return plain;
  let total = 0;
  let rest = s;
  let lastBig = Infinity;
  while (rest) {
    const m = /^(\d+(?:\.\d+)?)([十百千])?([万億])?/.exec(rest);
    if (!m || (!m[2] && !m[3] && m[0] !== rest)) return null;
    const big = BIG[m[3]] ?? 1;
    if (big >= lastBig) return null;
    lastBig = big;
    total += Number(m[1]) * (SMALL[m[2]] ?? 1) * big;
    rest = rest.slice(m[0].length);
  }
  // 1.1 × 10,000 is 11,000.000000000002 in floating point: the engine's decimals are exact.
  const n = Math.round(total * 100) / 100;
  return Number.isFinite(n) ? n : null;
}

export class FormView {
  /** The form's inputs by key: { field, control, wrapper, error, ids, table?, echo?, … }. */
  fields = new Map();
  /** The spec's sections as built: { section, box, body }. */
  #sections = [];
  /** The status line of each row of the worker table. */
  #rowStatus = [];

  /** @param host  the element's insides: state, DOM parts (`e`), words (`t`, `tr`), refresh() */
  constructor(host) {
    this.host = host;
  }

  get #state() {
    return this.host.state;
  }

  get #lang() {
    return this.host.lang;
  }

  #t(key, values) {
    return this.host.t(key, values);
  }

  #tr(text) {
    return this.host.tr(text);
  }

  /**
   * A hint's words: a spec's `{ ja, en }`, or a function of the rules of the date (`{ asOf,
   * fiscalYear }`) that gives them, or null for none.
   */
  #hintText(hint) {
    const words = typeof hint === 'function' ? hint(this.#state.rules) : hint;
    return words ? this.#tr(words) : '';
  }

  /** A hint's paragraph, or null when the spec has none; one that follows the date may be empty. */
  #hintEl(hint, id) {
    if (!hint) return null;
    const text = this.#hintText(hint);
    return el('p', { class: 'hint', id, text, hidden: !text });
  }

  render() {
    const host = this.host;
    const spec = this.#state.spec;
    const e = host.e;
    this.fields = new Map();
    this.#sections = [];
    this.#rowStatus = [];
    const H = host.heading(0);
    e.titleId = `${host.uid}-title`;
    const intro = el(
      'div',
      { class: 'intro' },
      el(H, { class: 'title', id: e.titleId, text: this.#tr(spec.title) }),
      el('p', { class: 'summary', text: this.#tr(spec.summary) }),
    );
    const tools = el('div', { class: 'tools' });
    if (spec.example) {
      const b = el('button', { type: 'button', class: 'secondary', text: this.#tr(spec.example.label) });
      b.addEventListener('click', () => this.#fillExample());
      tools.append(b);
    }
    const clear = el('button', { type: 'button', class: 'secondary', 'data-action': 'clear', text: this.#t('clear') });
    clear.addEventListener('click', () => this.#clear());
    tools.append(clear);
    intro.append(tools);
    // What just happened to the inputs (an example from another year, or a clearing that can be
    // undone): one polite live region that outlives the form's rebuilds.
    e.formNote ??= el('div', { class: 'form-note', role: 'status' });

    const form = el('form', { class: 'form', novalidate: true, part: 'form', 'aria-labelledby': e.titleId });
    form.addEventListener('submit', (ev) => ev.preventDefault());
    form.addEventListener('input', (ev) => this.#onInput(ev));
    form.addEventListener('change', (ev) => this.#onInput(ev));

    // The application date belongs to every program.
    const dateField = { path: '@asOf', type: 'date', label: spec.asOfLabel ?? TEXT.asOfLabel, hint: spec.asOfHint ?? TEXT.asOfHint };
    const dateBox = el('div', { class: 'section date-section' }, this.#fieldEl(dateField));
    form.append(dateBox);

    for (const section of spec.sections) form.append(this.#sectionEl(section));
    e.form = form;

    e.mobileAmount = el('span', { class: 'mobile-amount' });
    const jump = el('button', { type: 'button', class: 'secondary', text: this.#t('mobileJump') });
    jump.addEventListener('click', () => {
      e.resultHeading.scrollIntoView({ block: 'start' });
      e.resultHeading.focus({ preventScroll: true });
    });
    e.mobileBar = el('div', { class: 'mobile-bar', 'aria-hidden': 'true' }, e.mobileAmount, jump);
    jump.setAttribute('tabindex', '-1');
    e.formCol.replaceChildren(intro, e.formNote, form, e.mobileBar);
    this.renderNote();
  }

  /**
   * The note under the form's buttons: after "clear", what was cleared and 元に戻す; while an
   * example from another year than its date's is shown, which year it comes from, which date it is
   * computed on, and a way to the other date.
   */
  renderNote() {
    const note = this.host.e.formNote;
    if (!note) return;
    const state = this.#state;
    const parts = [];
    let kind = '';
    if (state.canUndo) {
      kind = 'cleared';
      const undo = el('button', { type: 'button', class: 'secondary', 'data-action': 'undo', text: this.#t('undo') });
      undo.addEventListener('click', () => this.#restore());
      parts.push(el('p', { text: this.#t('cleared', { date: formatDate(state.asOf, this.#lang) }) }), undo);
    } else if (state.exampleShown) {
      const banner = this.#exampleBanner();
      if (banner) {
        kind = 'example';
        parts.push(el('p', { text: banner.text }));
        if (banner.action) {
          const go = el('button', { type: 'button', class: 'secondary', 'data-action': 'example-date', text: banner.action.label });
          go.addEventListener('click', () => {
            state.asOf = banner.action.date;
            this.render();
            this.host.refresh();
            this.host.e.formNote.querySelector('button')?.focus();
          });
          parts.push(go);
        }
      }
    }
    // Unchanged words are not replaced, so that the live region does not repeat them.
    const text = parts.map((n) => n.textContent).join('|');
    if (note.dataset.text === text && note.dataset.lang === this.#lang) return;
    note.dataset.text = text;
    note.dataset.lang = this.#lang;
    note.className = kind ? `form-note is-${kind}` : 'form-note';
    note.replaceChildren(...parts);
  }

  /**
   * What the banner of a shown example says, or null when it needs to say nothing: the example's
   * year (forms/*.js `example.asOf`) is the year of the date it is computed on.
   */
  #exampleBanner() {
    const state = this.#state;
    const ex = state.spec.example;
    const asOf = state.asOf;
    if (!ex?.asOf || !isDate(asOf)) return null;
    const lang = this.#lang;
    const exYear = fiscalYearName(fiscalYear(ex.asOf), lang);
    const exDate = formatDate(ex.asOf, lang);
    const label = this.host.asOfLabel();
    const now = today();
    if (asOf === ex.asOf) {
      // On the example's own date: said when that is not this year, with the way back to today.
      if (fiscalYear(ex.asOf) === fiscalYear(now)) return null;
      return {
        text: this.#t('exampleOwnDate', { year: exYear, label, date: exDate }),
        action: { label: this.#t('exampleToToday', { date: formatDate(now, lang) }), date: now },
      };
    }
    if (fiscalYear(ex.asOf) === fiscalYear(asOf)) return null;
    const listed = this.host.rulesets();
    const then = rulesetForDate(listed, ex.asOf);
    const used = rulesetForDate(listed, asOf);
    const date = formatDate(asOf, lang);
    // The same rules, in force on both dates (not merely the latest known for a later date).
    if (then && used && !used.before && !used.after && then.ruleset.id === used.ruleset.id) {
      return { text: this.#t('exampleSameRules', { year: exYear, label, date }) };
    }
    return {
      text: this.#t('exampleOtherYear', { year: exYear, label, date }),
      action: { label: this.#t('exampleToOwnDate', { year: exYear, date: exDate }), date: ex.asOf },
    };
  }

  #sectionEl(section) {
    const box = el('fieldset', { class: 'section', 'data-section': section.id });
    box.append(el('legend', { text: this.#tr(section.legend) }));
    const hint = this.#hintEl(section.hint);
    if (hint) box.append(hint);
    const body = el('div', { class: 'section-body' });
    if (section.toggle) box.append(this.#fieldEl({ path: section.toggle.path, type: 'flag', label: section.toggle.label }));
    for (const f of section.fields) body.append(this.#fieldEl(f));
    box.append(body);
    this.#sections.push({ section, box, body, hint });
    return box;
  }

  #ids(key) {
    const slug = key.replace(/[^A-Za-z0-9]+/g, '-');
    const uid = this.host.uid;
    return {
      input: `${uid}-${slug}`,
      hint: `${uid}-${slug}-hint`,
      error: `${uid}-${slug}-error`,
      unit: `${uid}-${slug}-unit`,
      echo: `${uid}-${slug}-echo`,
    };
  }

  /** One field: label, control, unit, hint, and the place of its error. */
  #fieldEl(f, table) {
    const state = this.#state;
    const key = table ? `${table.path}[${table.row}].${f.path}` : f.path;
    const ids = this.#ids(key);
    const value = table ? state.rows[table.path][table.row][f.path] ?? '' : f.path === '@asOf' ? state.asOf : state.vals[f.path];
    if (f.type === 'grid') return this.#gridEl(f);
    const wrapper = el('div', { class: `field field-${f.type}`, 'data-field': key });
    const hint = this.#hintEl(f.hint, ids.hint);
    const error = el('p', { class: 'error', id: ids.error, hidden: true });
    const entry = { field: f, key, wrapper, error, ids, table, hint, unit: false };
    const label = (forId) => {
      const l = el('label', { for: forId, text: this.#tr(f.label) });
      if (f.optional) l.append(' ', el('span', { class: 'optional', text: this.#lang === 'ja' ? `（${this.#t('optional')}）` : `(${this.#t('optional')})` }));
      return l;
    };

    if (f.type === 'number' || f.type === 'date') {
      const input = el('input', {
        id: ids.input, name: key, 'data-key': key, autocomplete: 'off',
        type: f.type === 'date' ? 'date' : 'text',
        inputmode: f.type === 'date' ? undefined : ['hours', 'days', 'percent'].includes(f.unit) ? 'decimal' : 'numeric',
        class: f.unit === 'yen' ? 'wide' : undefined,
      });
      input.value = value;
      const row = el('div', { class: 'control' }, input);
      if (f.unit) {
        row.append(el('span', { class: 'unit', id: ids.unit, text: this.#tr(UNITS[f.unit]) }));
        entry.unit = true;
      }
      wrapper.append(label(ids.input), row);
      if (f.unit === 'yen' || f.echo || f.type === 'date') {
        entry.echo = el('p', { class: f.type === 'date' ? 'echo date-echo' : 'echo', id: ids.echo });
        wrapper.append(entry.echo);
      }
      if (f.type === 'date') entry.dateInput = input;
      entry.control = input;
    } else if (f.type === 'select') {
      const select = el('select', { id: ids.input, name: key, 'data-key': key });
      select.append(el('option', { value: '', text: this.#t('choose') }));
      for (const o of f.options) select.append(el('option', { value: o.value, text: this.#tr(o) }));
      select.value = value;
      wrapper.append(label(ids.input), el('div', { class: 'control' }, select));
      entry.control = select;
    } else if (f.type === 'flag') {
      const box = el('input', { type: 'checkbox', id: ids.input, name: key, 'data-key': key });
      box.checked = value === true;
      wrapper.append(el('div', { class: 'check' }, box, label(ids.input)));
      entry.control = box;
    } else if (f.type === 'choice') {
      const group = el('fieldset', { class: 'choice', id: ids.input });
      group.append(el('legend', { text: this.#tr(f.label) }));
      const opts = el('div', { class: 'choice-options' });
      f.options.forEach((o, i) => {
        const id = `${ids.input}-${i}`;
        const radio = el('input', { type: 'radio', id, name: `${this.host.uid}-${key}`, value: o.value, 'data-key': key });
        radio.checked = String(value) === String(o.value);
        opts.append(el('span', { class: 'choice-option' }, radio, el('label', { for: id, text: this.#tr(o) })));
      });
      group.append(opts);
      wrapper.append(group);
      entry.control = group;
    } else if (f.type === 'checklist') {
      const group = el('fieldset', { class: 'choice checklist', id: ids.input });
      group.append(el('legend', { text: this.#tr(f.label) }));
      const opts = el('div', { class: 'checklist-options' });
      const chosen = new Set(Array.isArray(value) ? value : []);
      f.options.forEach((o, i) => {
        const id = `${ids.input}-${i}`;
        const box = el('input', { type: 'checkbox', id, name: `${key}.${o.value}`, value: o.value, 'data-key': key, 'data-value': o.value });
        box.checked = chosen.has(o.value);
        opts.append(el('div', { class: 'check' }, box, el('label', { for: id, text: this.#tr(o) })));
      });
      group.append(opts);
      wrapper.append(group);
      entry.control = group;
    } else if (f.type === 'table') {
      return this.#tableEl(f, entry, hint);
    }
    if (hint) wrapper.append(hint);
    wrapper.append(error);
    this.fields.set(key, entry);
    this.#describe(entry, false);
    return wrapper;
  }

  #tableEl(f, entry, hint) {
    const group = el('fieldset', { class: 'table', id: entry.ids.input });
    group.append(el('legend', { text: this.#tr(f.label) }));
    if (hint) group.append(hint);
    const list = el('div', { class: 'rows' });
    const add = el('button', { type: 'button', class: 'secondary add-row', text: `＋ ${this.#tr(f.addLabel) || this.#t('addRow')}` });
    add.addEventListener('click', () => {
      this.#state.rows[f.path].push({ ...f.newRow });
      this.#rebuildRows(f, list);
      this.host.refresh();
      list.querySelector('.row:last-child input')?.focus();
    });
    entry.wrapper.append(group);
    group.append(list, add, entry.error);
    entry.control = group;
    entry.list = list;
    this.fields.set(entry.key, entry);
    this.#rebuildRows(f, list);
    return entry.wrapper;
  }

  /**
   * A fixed number of rows as a real table: a row header, one input per column, each with its own
   * (visually hidden) label and its error under it. Narrow enough for a 375-px phone.
   */
  #gridEl(f) {
    const state = this.#state;
    const key = f.path;
    const ids = this.#ids(key);
    const wrapper = el('div', { class: 'field field-grid', 'data-field': key });
    const group = el('fieldset', { class: 'table grid', id: ids.input });
    group.append(el('legend', { text: this.#tr(f.label) }));
    const hint = this.#hintEl(f.hint, ids.hint);
    if (hint) group.append(hint);
    const error = el('p', { class: 'error', id: ids.error, hidden: true });
    const entry = { field: f, key, wrapper, error, ids, hint, unit: false, control: group, rowHeads: [] };
    const head = el('tr', {}, el('th', { scope: 'col', text: this.#tr(f.rowHeader) }));
    for (const c of f.columns) {
      const unit = c.unit ? `（${this.#tr(UNITS[c.unit])}）` : '';
      const th = el('th', { scope: 'col', text: `${this.#tr(c.label)}${this.#lang === 'ja' ? unit : unit.replace('（', ' (').replace('）', ')')}` });
      if (c.optional) th.append(el('span', { class: 'optional', text: ` ${this.#t('optional')}` }));
      head.append(th);
    }
    const body = el('tbody');
    const rows = state.rows[f.path];
    for (let i = 0; i < f.rows; i++) {
      const rowHead = el('th', { scope: 'row', text: this.#tr(f.rowLabel(i, state.vals)) });
      entry.rowHeads.push(rowHead);
      const tr = el('tr', {}, rowHead);
      for (const c of f.columns) {
        const cellKey = `${f.path}[${i}].${c.path}`;
        const cids = this.#ids(cellKey);
        const input = el('input', {
          id: cids.input, name: cellKey, 'data-key': cellKey, autocomplete: 'off', type: 'text', inputmode: 'decimal',
        });
        input.value = rows[i]?.[c.path] ?? '';
        const label = el('label', { class: 'visually-hidden', for: cids.input });
        const cellError = el('p', { class: 'error', id: cids.error, hidden: true });
        const cell = el('div', { class: 'field grid-cell', 'data-field': cellKey }, label, input, cellError);
        const cellEntry = {
          field: c, key: cellKey, wrapper: cell, error: cellError, ids: cids, table: { path: f.path, row: i, grid: f },
          hint: null, unit: false, control: input, label,
        };
        this.fields.set(cellKey, cellEntry);
        this.#describe(cellEntry, false);
        tr.append(el('td', {}, cell));
      }
      body.append(tr);
    }
    const table = el('table', { class: 'grid-table' }, el('thead', {}, head), body);
    group.append(table);
    if (f.fillZero) {
      const zero = el('button', { type: 'button', class: 'secondary fill-zero', text: this.#t('fillZero') });
      zero.addEventListener('click', () => this.#fillEmpty(f));
      group.append(zero);
    }
    group.append(error);
    wrapper.append(group);
    this.fields.set(key, entry);
    this.#relabelGrid(entry);
    return wrapper;
  }

  /** Row names that follow other inputs (the overtime table's months follow its first month). */
  #relabelGrid(entry) {
    const f = entry.field;
    entry.rowHeads.forEach((th, i) => {
      const name = this.#tr(f.rowLabel(i, this.#state.vals));
      th.textContent = name;
      for (const c of f.columns) {
        const cell = this.fields.get(`${f.path}[${i}].${c.path}`);
        if (cell) cell.label.textContent = this.#lang === 'ja' ? `${name}の${this.#tr(c.label)}` : `${this.#tr(c.label)}, ${name}`;
      }
    });
  }

  /** Fills the empty cells of the first column with 0 (a month with no overtime). */
  #fillEmpty(f) {
    const c = f.columns[0];
    this.#state.rows[f.path].forEach((row, i) => {
      if (String(row[c.path] ?? '').trim() !== '') return;
      row[c.path] = '0';
      const key = `${f.path}[${i}].${c.path}`;
      this.#state.touched.add(key);
      const cell = this.fields.get(key);
      if (cell) cell.control.value = '0';
    });
    this.host.refresh();
  }

  #rebuildRows(f, list) {
    for (const k of [...this.fields.keys()]) if (k.startsWith(`${f.path}[`)) this.fields.delete(k);
    this.#rowStatus = [];
    const rows = this.#state.rows[f.path];
    if (rows.length === 0) {
      list.replaceChildren(el('p', { class: 'empty', text: this.#t('tableEmpty') }));
      return;
    }
    const uid = this.host.uid;
    list.replaceChildren(
      ...rows.map((_, i) => {
        const name = `${this.#tr(f.rowLabel)} ${i + 1}`;
        const titleId = `${uid}-${f.path}-${i}-title`;
        const li = el('div', { class: 'row', role: 'group', 'aria-labelledby': titleId });
        const head = el('div', { class: 'row-head' }, el('span', { class: 'row-title', id: titleId, text: name }));
        const remove = el('button', {
          type: 'button', class: 'link remove-row', text: this.#t('removeRow'),
          'aria-label': this.#t('removeRowLabel', { row: name }),
        });
        remove.addEventListener('click', () => this.#removeRow(f, list, i));
        head.append(remove);
        const cells = el('div', { class: 'row-cells' });
        for (const c of f.columns) cells.append(this.#fieldEl(c, { path: f.path, row: i }));
        const status = el('p', { class: 'row-status', id: `${uid}-${f.path}-${i}-status` });
        this.#rowStatus[i] = status;
        li.append(head, cells, status);
        return li;
      }),
    );
  }

  #removeRow(f, list, index) {
    const state = this.#state;
    state.rows[f.path].splice(index, 1);
    const prefix = `${f.path}[`;
    const moved = new Set();
    for (const k of state.touched) {
      if (!k.startsWith(prefix)) {
        moved.add(k);
        continue;
      }
      const m = /^[^[]+\[(\d+)\](.*)$/.exec(k);
      const i = Number(m[1]);
      if (i < index) moved.add(k);
      else if (i > index) moved.add(`${prefix}${i - 1}]${m[2]}`);
    }
    state.touched = moved;
    this.#rebuildRows(f, list);
    this.host.refresh();
    const rows = list.querySelectorAll('.remove-row');
    (rows[Math.min(index, rows.length - 1)] ?? list.parentElement.querySelector('.add-row'))?.focus();
  }

  #describe(entry, withError) {
    const ids = [];
    if (entry.unit) ids.push(entry.ids.unit);
    if (entry.echo && entry.echo.textContent) ids.push(entry.ids.echo);
    if (entry.hint && !entry.hint.hidden) ids.push(entry.ids.hint);
    if (entry.table && !entry.table.grid) {
      const status = this.#rowStatus[entry.table.row];
      if (status?.textContent) ids.push(status.id);
    }
    if (withError) ids.push(entry.ids.error);
    const target = entry.control;
    if (ids.length) target.setAttribute('aria-describedby', ids.join(' '));
    else target.removeAttribute('aria-describedby');
    if (['number', 'date', 'select'].includes(entry.field.type)) {
      if (withError) target.setAttribute('aria-invalid', 'true');
      else target.removeAttribute('aria-invalid');
    }
  }

  // ---- Input --------------------------------------------------------------------------------

  #onInput(ev) {
    const t = ev.target;
    const key = t?.dataset?.key;
    if (!key) return;
    if (ev.type === 'change' && t.type !== 'checkbox' && t.type !== 'radio' && t.tagName !== 'SELECT' && t.type !== 'date') return;
    const entry = this.fields.get(key);
    if (!entry) return;
    let value;
    if (entry.field.type === 'checklist') {
      const chosen = new Set(this.#state.vals[key] ?? []);
      if (t.checked) chosen.add(t.dataset.value);
      else chosen.delete(t.dataset.value);
      // In the order of the options, as the criteria list them.
      value = entry.field.options.map((o) => o.value).filter((v) => chosen.has(v));
    } else if (t.type === 'checkbox') value = t.checked;
    else if (t.type === 'radio') {
      if (!t.checked) return;
      value = t.value;
    } else value = t.value;
    // An empty field shows "required" only once the user has typed in it and emptied it again;
    // until then the result panel lists what is missing. (Not on blur: an error appearing then
    // moves the layout under the pointer.)
    this.#state.input(key, value, entry.table && { path: entry.table.path, row: entry.table.row, column: entry.field.path });
    this.host.refresh();
  }

  /** Fills the example of the tab shown; the banner says when its year is not the date's. */
  #fillExample() {
    this.#state.fillExample();
    this.render();
    this.host.refresh();
  }

  /** Empties the tab's inputs and puts its date back to the start (today); 元に戻す restores both. */
  #clear() {
    this.host.historyStep(() => {
      this.#state.clear();
      this.render();
      this.host.refresh();
    });
    this.host.e.formNote.querySelector('[data-action="undo"]')?.focus();
  }

  /** Undoes the last clearing of the tab shown. */
  #restore() {
    if (!this.#state.restore()) return;
    this.render();
    this.host.refresh();
    this.host.e.formCol.querySelector('[data-action="clear"]')?.focus();
  }

  // ---- After each answer --------------------------------------------------------------------

  /**
   * Shows and hides the sections, fields and table columns whose `when` depends on other inputs or
   * on the rules of the date, and rewords the hints that follow the rules.
   */
  updateVisibility() {
    const v = this.#state.vals;
    const rules = this.#state.rules;
    const reword = (p, hint) => {
      if (!p || typeof hint !== 'function') return;
      const text = this.#hintText(hint);
      if (p.textContent !== text) p.textContent = text;
      p.hidden = !text;
    };
    for (const { section, box, body, hint } of this.#sections) {
      box.hidden = Boolean(section.when && !section.when(v, rules));
      body.hidden = Boolean(section.toggle && v[section.toggle.path] !== true);
      reword(hint, section.hint);
      for (const f of section.fields) {
        const entry = this.fields.get(f.path);
        if (entry) entry.wrapper.hidden = Boolean(f.when && !f.when(v, rules));
      }
    }
    for (const entry of this.fields.values()) {
      if (entry.rowHeads) this.#relabelGrid(entry);
      reword(entry.hint, entry.field.hint);
      // A column of a table that the date's rules do not use (雇用保険 before FY2026).
      if (entry.table && !entry.table.grid) entry.wrapper.hidden = Boolean(entry.field.when && !entry.field.when(v, rules));
      if (entry.hint) this.#describe(entry, !entry.error.hidden);
    }
  }

  #isVisible(entry) {
    for (let n = entry.wrapper; n && n !== this.host.e.form; n = n.parentElement) if (n.hidden) return false;
    return true;
  }

  #rawOf(entry) {
    return this.#state.rawOf(entry.key, entry.field, entry.table);
  }

  /**
   * Puts each error next to its field; returns what the result panel needs to say: how many
   * fields show an error, the errors of no field shown (`general`: { name, message }), the names
   * of the required fields not yet filled (`missing`), and whether the module lacks the program.
   */
  applyErrors(result) {
    const shown = new Map();
    const general = [];
    const missing = [];
    /** The errors shown next to their fields, in order: { key, name, message }. */
    const errors = [];
    let notAvailable = false;
    const touched = this.#state.touched;
    for (const err of result && !result.ok ? result.errors ?? [] : []) {
      if (err.field === 'program' && err.code === 'unknown_value') {
        notAvailable = true;
        continue;
      }
      const key = err.field === 'asOf' ? '@asOf' : err.field.replace(/^input\./, '');
      // An item of a list answered by checkboxes (`initiatives[1]`) belongs to the list's field.
      const entry = this.fields.get(key) ?? this.fields.get(key.replace(/\[\d+\]$/, ''));
      if (!entry || !this.#isVisible(entry)) {
        general.push({ name: this.#nameOfPath(err.field), message: err.message });
        continue;
      }
      const raw = this.#rawOf(entry);
      const empty = raw === '' || raw === undefined || raw === false;
      if (err.code === 'required' && empty && !touched.has(key)) {
        missing.push(this.#labelOf(entry));
        continue;
      }
      const list = shown.get(key) ?? [];
      list.push(err.message);
      shown.set(key, list);
      errors.push({ key: entry.key, name: this.#labelOf(entry), message: err.message });
    }
    // An answer that is not eligible because the lowest wage is below the minimum wage says so at
    // the field at once, with the prefecture's minimum.
    const below = result?.ok ? (result.reasons ?? []).find((r) => r.code === 'below_regional_minimum_wage') : null;
    const wageEntry = below && this.fields.get('lowestWage');
    if (wageEntry && this.#isVisible(wageEntry)) {
      const min = below.values?.regional ?? result.regionalMinimumWageYen;
      const select = this.fields.get('prefecture')?.control;
      const pref = select?.selectedIndex > 0 ? select.selectedOptions[0].textContent : '';
      shown.set('lowestWage', [this.#t('belowMinimumWage', { pref, min: numberFormat.format(min) })]);
    }
    if (notAvailable) {
      // Until the engine has the program, say so once instead of listing its fields.
      general.length = 0;
      missing.length = 0;
      shown.clear();
      errors.length = 0;
    }
    for (const entry of this.fields.values()) {
      const messages = shown.get(entry.key);
      entry.error.textContent = messages ? messages.join(' ') : '';
      entry.error.hidden = !messages;
      this.#describe(entry, Boolean(messages));
    }
    return { shownCount: result?.ok ? 0 : shown.size, errors, general, missing, notAvailable };
  }

  /** Moves the focus to a field (from the result panel's list of errors); false when it is gone. */
  focusField(key) {
    const entry = this.fields.get(key);
    if (!entry) return false;
    const c = entry.control;
    const target = c.matches('input, select, textarea, button') ? c : c.querySelector('input, select, textarea, button');
    if (!target) return false;
    entry.wrapper.scrollIntoView({ block: 'center' });
    target.focus({ preventScroll: true });
    return true;
  }

  #labelOf(entry) {
    const base = this.#tr(entry.field.label);
    if (entry.table?.grid) return entry.label.textContent;
    if (!entry.table) return base;
    const t = this.fields.get(entry.table.path);
    return `${this.#tr(t?.field.rowLabel)} ${entry.table.row + 1}${this.#lang === 'ja' ? '・' : ': '}${base}`;
  }

  /** A readable name for an error's field path that has no input of its own. */
  #nameOfPath(field) {
    const path = field.replace(/^input\./, '');
    if (path === 'asOf') return this.host.asOfLabel();
    const spec = this.#state.spec;
    const extra = spec.errorLabels?.[path];
    if (extra) return this.#tr(extra);
    for (const section of spec.sections) {
      if (section.fields.some((f) => f.path === path || f.path.startsWith(`${path}.`))) return this.#tr(section.legend);
    }
    return path;
  }

  /** Under each row of the worker table: whether the worker counts as raised, and why. */
  renderRowStatus(result) {
    const key = this.#state.spec.rowStatus;
    const list = result?.ok && key ? result[key] : null;
    this.#rowStatus.forEach((status, i) => {
      const r = Array.isArray(list) ? list.find((w) => w.index === i) : null;
      status.className = 'row-status';
      if (!r) {
        status.replaceChildren();
        return;
      }
      status.classList.add(r.counted ? 'is-counted' : 'is-not-counted');
      status.replaceChildren(
        el('strong', { text: `${r.counted ? '✓' : '✕'} ${r.counted ? this.#t('rowCounted') : this.#t('rowNotCounted')}` }),
        ` ${r.message}`,
      );
    });
    for (const entry of this.fields.values()) if (entry.table) this.#describe(entry, !entry.error.hidden);
  }

  /** The echo under a field: the date's rules, an amount in 万円, a term in years. */
  renderEchoes(result) {
    const lang = this.#lang;
    for (const entry of this.fields.values()) {
      if (!entry.echo) continue;
      if (entry.field.type === 'date') {
        // Which rules the date selects, in a few words; a date past them is said next to the answer.
        entry.echo.textContent = this.#dateEcho(result);
      } else if (entry.field.echo === 'years') {
        // 60 か月 → "＝ 5年", 30 → "＝ 2年6か月": terms are talked about in years.
        const n = readNumber(this.#rawOf(entry), 'months');
        const ok = typeof n === 'number' && Number.isInteger(n) && n >= 12;
        const y = Math.floor(n / 12);
        const m = n % 12;
        entry.echo.textContent = !ok ? '' : lang === 'ja'
          ? `＝ ${y}年${m ? `${m}か月` : ''}`
          : `= ${y} year${y > 1 ? 's' : ''}${m ? ` ${m} month${m > 1 ? 's' : ''}` : ''}`;
      } else {
        // Echo big amounts in 万円 so that a missing or extra zero shows at once.
        const n = readYenText(this.#rawOf(entry));
        // Past 2^53 a number is no longer the one typed (99999999999999999999 reads as 1e20): no echo,
        // the field's range error says enough.
        const big = typeof n === 'number' && Number.isSafeInteger(n) && n >= 10000;
        entry.echo.textContent = big ? `${lang === 'ja' ? '＝' : '='} ${withMan(n, lang)}` : '';
      }
      this.#describe(entry, !entry.error.hidden);
    }
  }

  /** Under the date: which rules it selects, in a few words; and which dates the rules cover. */
  #dateEcho(result) {
    const info = rulesetInfo(this.host.rulesets(), this.#state.asOf, result);
    if (!info) return '';
    const lang = this.#lang;
    if (info.before) {
      const from = formatDate(info.first.validFrom, lang);
      return info.last.validTo == null
        ? this.#t('dateKnownFrom', { from })
        : this.#t('dateKnownRange', { from, to: formatDate(info.last.validTo, lang) });
    }
    return `→ ${this.#t('dateEcho', { name: rulesetName(info.ruleset, lang) })}`;
  }
}
