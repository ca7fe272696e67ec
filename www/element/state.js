// What the user has entered, per tab: the values, the rows of the tables, the fields touched, the
// tab's own date, the example shown and what "clear" can undo; the request built from them; and
// the URL fragment that carries them in a link.
import { FORMS, formFor } from '../forms/index.js';
import { fiscalYear, isDate, readNumber } from './format.js';

/** A path whose first part starts with '_' is local to the page (a mode switch): never sent. */
export const isLocal = (path) => path.startsWith('_');
/** Fields whose values are rows: `table` (rows added and removed) and `grid` (a fixed count). */
export const isRows = (f) => f.type === 'table' || f.type === 'grid';

export function setPath(obj, path, value) {
  const parts = path.split('.');
  let o = obj;
  for (const k of parts.slice(0, -1)) {
    if (typeof o[k] !== 'object' || o[k] === null) o[k] = {};
    o = o[k];
  }
  o[parts[parts.length - 1]] = value;
}

export function getPath(obj, path) {
  return path.split('.').reduce((o, k) => (o == null ? undefined : o[k]), obj);
}

/** Every field of a spec, the sections' toggles included (as flags). */
export function allFields(spec) {
  const out = [];
  for (const s of spec.sections) {
    if (s.toggle) out.push({ path: s.toggle.path, type: 'flag', label: s.toggle.label, toggleOf: s });
    for (const f of s.fields) out.push(f);
  }
  return out;
}

function defaults(spec) {
  const v = {};
  for (const f of allFields(spec)) {
    if (isRows(f)) continue;
    v[f.path] = f.type === 'flag' ? false : f.type === 'checklist' ? [] : f.default ?? '';
  }
  return v;
}

function defaultTables(spec) {
  const t = {};
  for (const f of allFields(spec)) {
    if (f.type === 'table') t[f.path] = [{ ...f.newRow }];
    else if (f.type === 'grid') t[f.path] = Array.from({ length: f.rows }, () => ({}));
  }
  return t;
}

export class SimState {
  lang = 'ja';
  programId = FORMS[0].id;
  /** The `as-of` attribute: every tab's date to start with; without it, today. */
  startDate = null;
  /** The ruleset a shared link was made with, to say when it now computes with another. */
  linkRuleset = null;
  /** Per program: the date chosen on its tab; a tab with none is on the start date. */
  #dates = new Map();
  /** Per program: set while the example is shown as filled in (until the user types). */
  #exampleShown = new Set();
  /** Per program: what "clear" removed, until the user types again: { values, tables, touched, date, example }. */
  #undo = new Map();
  /** Per program: { path → text | boolean }. */
  #values = new Map();
  /** Per program: { path → [{ column → text }] }. */
  #tables = new Map();
  /** Per program: the keys the user has been in (`capitalYen`, `workers[2].wageAfter`). */
  #touched = new Map();

  /** @param {() => string} today  the start date when there is no `as-of` (today, YYYY-MM-DD) */
  constructor(today) {
    this.today = today;
  }

  get spec() {
    return formFor(this.programId);
  }

  /** The date of the tab shown: its own once chosen, else the start date (today). */
  get asOf() {
    return this.#dates.get(this.programId) ?? this.startDay();
  }

  set asOf(value) {
    this.#dates.set(this.programId, value);
  }

  startDay() {
    return this.startDate ?? this.today();
  }

  /** The tab's values by path. */
  get vals() {
    const id = this.programId;
    if (!this.#values.has(id)) this.#values.set(id, defaults(this.spec));
    return this.#values.get(id);
  }

  /** The tab's table rows by path. */
  get rows() {
    const id = this.programId;
    if (!this.#tables.has(id)) this.#tables.set(id, defaultTables(this.spec));
    return this.#tables.get(id);
  }

  /** The keys the user has been in, on the tab shown. */
  get touched() {
    const id = this.programId;
    if (!this.#touched.has(id)) this.#touched.set(id, new Set());
    return this.#touched.get(id);
  }

  set touched(keys) {
    this.#touched.set(this.programId, keys);
  }

  /** Whether the tab shows the example as filled in, untouched since. */
  get exampleShown() {
    return this.#exampleShown.has(this.programId);
  }

  /** Whether "clear" can be undone on the tab shown. */
  get canUndo() {
    return this.#undo.has(this.programId);
  }

  /**
   * A value the user typed or chose. Typing over the example makes it the user's own; typing after
   * clearing keeps what is typed. `cell` is `{ path, row, column }` for a cell of a table.
   */
  input(key, value, cell) {
    if (cell) this.rows[cell.path][cell.row][cell.column] = value;
    else if (key === '@asOf') this.asOf = value;
    else this.vals[key] = value;
    this.#exampleShown.delete(this.programId);
    this.#undo.delete(this.programId);
    this.touched.add(key);
  }

  /**
   * Fills the example of the tab shown. Its date moves only when the spec says the example keeps
   * its own (`example.keepsDate`).
   */
  fillExample() {
    const spec = this.spec;
    const ex = spec.example;
    const values = defaults(spec);
    Object.assign(values, ex.values);
    this.#values.set(spec.id, values);
    const tables = defaultTables(spec);
    for (const [path, rows] of Object.entries(ex.tables ?? {})) tables[path] = rows.map((r) => ({ ...r }));
    this.#tables.set(spec.id, tables);
    this.#touched.set(spec.id, new Set(Object.keys(ex.values)));
    if (ex.keepsDate && isDate(ex.asOf)) this.asOf = ex.asOf;
    this.#exampleShown.add(spec.id);
    this.#undo.delete(spec.id);
    this.linkRuleset = null;
  }

  /** Empties the tab's inputs and puts its date back to the start (today), keeping them for undo. */
  clear() {
    const spec = this.spec;
    this.#undo.set(spec.id, {
      values: this.vals,
      tables: this.rows,
      touched: this.touched,
      date: this.#dates.get(spec.id),
      example: this.#exampleShown.has(spec.id),
    });
    this.#values.set(spec.id, defaults(spec));
    this.#tables.set(spec.id, defaultTables(spec));
    this.#touched.set(spec.id, new Set());
    this.#dates.delete(spec.id);
    this.#exampleShown.delete(spec.id);
    this.linkRuleset = null;
  }

  /** Undoes the last clearing of the tab shown; false when there is none. */
  restore() {
    const id = this.programId;
    const saved = this.#undo.get(id);
    if (!saved) return false;
    this.#undo.delete(id);
    this.#values.set(id, saved.values);
    this.#tables.set(id, saved.tables);
    this.#touched.set(id, saved.touched);
    if (saved.date === undefined) this.#dates.delete(id);
    else this.#dates.set(id, saved.date);
    if (saved.example) this.#exampleShown.add(id);
    return true;
  }

  // ---- The request --------------------------------------------------------------------------

  /**
   * What the form's `when` predicates and hints may ask of the rules: the tab's date and its fiscal
   * year (年度; today's while the date is not a valid one). A date after the last known ruleset has
   * the latest ruleset's rules, so specs compare years with ≥.
   */
  get rules() {
    const asOf = isDate(this.asOf) ? this.asOf : this.startDay();
    return { asOf, fiscalYear: fiscalYear(asOf) };
  }

  sectionActive(section) {
    const v = this.vals;
    if (section.when && !section.when(v, this.rules)) return false;
    return !section.toggle || v[section.toggle.path] === true;
  }

  fieldActive(f, section) {
    return this.sectionActive(section) && (!f.when || f.when(this.vals, this.rules));
  }

  /** The columns of a table that the rules of the date use (a column's `when`). */
  columnsOf(f) {
    return f.columns.filter((c) => !c.when || c.when(this.vals, this.rules));
  }

  #valueFor(f, raw) {
    switch (f.type) {
      case 'number': {
        // An amount written as people write it (「1億」「¥6,000,000」「6百万」「6,000千円」) goes as typed:
        // the engine reads it, and its message says what is wrong with one it cannot read.
        const typed = String(raw ?? '').trim();
        if (f.unit === 'yen' && /[億万千百¥￥]/.test(typed)) return typed;
        return readNumber(raw, f.unit);
      }
      case 'flag':
        return raw === true ? true : f.omitFalse ? undefined : false;
      case 'checklist':
        return Array.isArray(raw) ? [...raw] : [];
      case 'select':
      case 'choice': {
        if (raw === '' || raw === undefined) return undefined;
        const o = f.options.find((x) => String(x.value) === String(raw));
        return o && 'send' in o ? o.send : raw;
      }
      default:
        return raw === '' ? undefined : raw;
    }
  }

  /** The request for simulate(): the tab's active fields, its date, and the page's language. */
  buildRequest() {
    const input = {};
    for (const section of this.spec.sections) {
      for (const f of section.fields) {
        if (isLocal(f.path) || !this.fieldActive(f, section)) continue;
        if (isRows(f)) {
          const columns = this.columnsOf(f);
          const rows = (this.rows[f.path] ?? []).map((row) => {
            const o = {};
            for (const c of columns) {
              const v = this.#valueFor(c, row[c.path]);
              if (v !== undefined) o[c.path] = v;
            }
            return o;
          });
          setPath(input, f.path, rows);
          continue;
        }
        // A number the user does not know (a ticked 「わからない」 box, `unknownFlag`) goes as "unknown".
        const v = f.unknownFlag && this.vals[f.unknownFlag] === true ? 'unknown' : this.#valueFor(f, this.vals[f.path]);
        if (v !== undefined) setPath(input, f.path, v);
      }
    }
    // The engine writes its answer (messages, steps, titles) in `lang`.
    return { program: this.programId, asOf: this.asOf, lang: this.lang, input };
  }

  /** What is entered in a field: `key` as the form names it, `table` for a cell of a table. */
  rawOf(key, field, table) {
    if (table) return this.rows[table.path]?.[table.row]?.[field.path];
    if (key === '@asOf') return this.asOf;
    return this.vals[key];
  }

  // ---- URL fragment -------------------------------------------------------------------------

  /**
   * Reads the state from a fragment (`location.hash`): null when it holds none, else `{ lang }`,
   * the language the link asks for (null when it says none).
   */
  readFragment(hash) {
    if (!hash.slice(1)) return null;
    const p = new URLSearchParams(hash.slice(1));
    const spec = formFor(p.get('program'));
    if (!spec) return null;
    this.programId = spec.id;
    // `asOf` is the date of the linked program's tab; the other tabs keep their own.
    if (isDate(p.get('asOf'))) this.#dates.set(spec.id, p.get('asOf'));
    else this.#dates.delete(spec.id);
    this.#exampleShown.delete(spec.id);
    this.#undo.delete(spec.id);
    this.linkRuleset = p.get('ruleset');
    const values = defaults(spec);
    const tables = {};
    const touched = new Set();
    for (const f of allFields(spec)) {
      if (f.type === 'grid') {
        // One parameter per column, the rows comma-separated: `months.overtimeHours=40,45,,100,…`.
        const cols = f.columns.map((c) => (p.get(`${f.path}.${c.path}`) ?? '').split(',').slice(0, f.rows));
        tables[f.path] = Array.from({ length: f.rows }, (_, i) => {
          const row = {};
          f.columns.forEach((c, j) => {
            row[c.path] = cols[j][i] ?? '';
            if (row[c.path]) touched.add(`${f.path}[${i}].${c.path}`);
          });
          return row;
        });
      } else if (f.type === 'checklist') {
        if (p.has(f.path)) {
          const allowed = new Set(f.options.map((o) => String(o.value)));
          values[f.path] = p.get(f.path).split(',').filter((x) => allowed.has(x));
          touched.add(f.path);
        }
      } else if (f.type === 'table') {
        const cols = f.columns.map((c) => p.getAll(`${f.path}.${c.path}`));
        const n = Math.min(Math.max(0, ...cols.map((c) => c.length)), 1000);
        // A link that names no column of the table (`#program=gyomu-kaizen`, a link to the tab
        // written by hand) starts the table as the form does: one new row.
        if (!n) {
          tables[f.path] = [{ ...f.newRow }];
          continue;
        }
        tables[f.path] = Array.from({ length: n }, (_, i) => {
          const row = {};
          f.columns.forEach((c, j) => {
            const cell = cols[j][i];
            if (c.type === 'flag') {
              // '1' or '0'; a link without the column (made before it existed) has the new row's.
              row[c.path] = cell === undefined || cell === '' ? f.newRow?.[c.path] === true : cell === '1';
              if (cell) touched.add(`${f.path}[${i}].${c.path}`);
              return;
            }
            row[c.path] = cell ?? '';
            if (row[c.path]) touched.add(`${f.path}[${i}].${c.path}`);
          });
          return row;
        });
      } else if (p.has(f.path)) {
        values[f.path] = f.type === 'flag' ? p.get(f.path) === '1' : p.get(f.path);
        touched.add(f.path);
      }
    }
    this.#values.set(spec.id, values);
    this.#tables.set(spec.id, tables);
    this.#touched.set(spec.id, touched);
    return { lang: p.has('lang') ? p.get('lang') : null };
  }

  /** The fragment of the tab shown, with the ruleset of its answer `result` when there is one. */
  fragment(result) {
    const p = new URLSearchParams();
    p.set('program', this.programId);
    p.set('asOf', this.asOf);
    if (result?.ok) p.set('ruleset', result.ruleset.id);
    if (this.lang !== 'ja') p.set('lang', this.lang);
    const v = this.vals;
    for (const f of allFields(this.spec)) {
      if (f.type === 'grid') {
        const rows = this.rows[f.path] ?? [];
        for (const c of f.columns) {
          const cells = rows.map((row) => String(row[c.path] ?? '').replace(/,/g, ''));
          if (cells.some((x) => x !== '')) p.set(`${f.path}.${c.path}`, cells.join(','));
        }
      } else if (f.type === 'checklist') {
        if (v[f.path]?.length) p.set(f.path, v[f.path].join(','));
      } else if (f.type === 'table') {
        const rows = this.rows[f.path] ?? [];
        // A table as it starts (one new, empty row) is what a link without it restores: left out, so
        // that a link of the three-figure mode carries no empty worker columns (and its QR code is
        // smaller on paper).
        const same = (a, b) => (a ?? '') === (b ?? '');
        if (rows.length === 1 && f.columns.every((c) => same(rows[0][c.path], f.newRow?.[c.path]))) continue;
        for (const row of rows) {
          for (const c of f.columns) {
            p.append(`${f.path}.${c.path}`, c.type === 'flag' ? (row[c.path] === true ? '1' : '0') : row[c.path] ?? '');
          }
        }
      } else if (f.type === 'flag') {
        if (v[f.path]) p.set(f.path, '1');
      } else if (v[f.path] !== '' && v[f.path] !== undefined && v[f.path] !== f.default) {
        p.set(f.path, v[f.path]);
      }
    }
    return `#${p}`;
  }
}

/**
 * Keeps the fragment of the page's URL in step with the state (`sync-url`), after a short pause in
 * the typing, and writes it at once for "copy a link".
 */
export class UrlSync {
  /** The fragment last written or read, to tell a link followed from our own writes. */
  lastHash = '';
  #timer = 0;

  /** @param {() => string} fragment  the fragment of the state now */
  constructor(fragment) {
    this.fragment = fragment;
  }

  schedule() {
    clearTimeout(this.#timer);
    // replaceState on every key stroke is throttled by browsers; a short pause is enough.
    this.#timer = setTimeout(() => {
      const hash = this.fragment();
      if (hash === location.hash) return;
      history.replaceState(history.state, '', hash);
      this.lastHash = location.hash;
    }, 200);
  }

  /** Writes the fragment of the state now, in place of the entry shown (before a new one). */
  flush() {
    clearTimeout(this.#timer);
    const hash = this.fragment();
    if (hash !== location.hash) history.replaceState(history.state, '', hash);
    this.lastHash = location.hash;
  }

  /**
   * A new entry of the history for the state now (a tab switched, the inputs cleared), so that
   * Back returns to the one before; typing only replaces the entry (schedule).
   */
  push() {
    clearTimeout(this.#timer);
    const hash = this.fragment();
    if (hash !== location.hash) history.pushState(null, '', hash);
    this.lastHash = location.hash;
  }

  /** Writes the fragment now and copies the address; false when the clipboard refuses. */
  async copyLink() {
    clearTimeout(this.#timer);
    history.replaceState(history.state, '', this.fragment());
    this.lastHash = location.hash;
    try {
      await navigator.clipboard.writeText(location.href);
      return true;
    } catch {
      return false;
    }
  }
}
