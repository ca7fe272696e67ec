// <joseikin-simulator>: the live subsidy estimate as a custom element, in one ES module.
//
//   <script type="module" src="/path/to/joseikin-simulator.js"></script>
//   <joseikin-simulator program="gyomu-kaizen" lang="ja"></joseikin-simulator>
//
// Attributes
//   program        program id shown first: gyomu-kaizen (default) | hatarakikata-yuyo | koyo-hoken |
//                  overtime-check | kagoshima-nintei | kosodate-loan
//   lang           ja (default) | en; the switch of languages
//   as-of          the application date to start with, YYYY-MM-DD (default: today)
//   sync-url       keep the inputs in the page's URL fragment (#…) so that a link restores them;
//                  for a page that hosts only the simulator
//   lock-program   hide the program switch
//   heading-level  level of the element's top heading, 1–5 (default 2)
// Theming: CSS custom properties on the element (see joseikin-simulator.css), and ::part(...).
// Events
//   joseikin-result  (bubbles, composed) detail: { program, asOf, lang, request, result }, where
//                    `result` is simulate()'s answer: { ok: true, … } or { ok: false, errors }
//   joseikin-lang    (bubbles, composed) detail: { lang }, when the language changes
//
// The calculation runs in the browser (./pkg/joseikin.js and its .wasm, resolved from this file's
// URL). The element fetches nothing else; it builds every text with textContent, sets no inline
// style (charts are SVG with presentation attributes and classes), and loads its styles from
// joseikin-simulator.css, so it runs under a CSP of
// `default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'`.
import { FORMS, formFor } from './forms/index.js';
import { TEXT, UNITS, fill } from './ui-text.js';

const MODULE_URL = new URL('./pkg/joseikin.js', import.meta.url);
const STYLE_URL = new URL('./joseikin-simulator.css', import.meta.url);

let enginePromise;
/** Loads and initialises the WebAssembly module once per page. */
function loadEngine() {
  enginePromise ??= import(MODULE_URL.href).then(async (m) => {
    await m.default();
    return m;
  });
  return enginePromise;
}

const yenFormat = new Intl.NumberFormat('ja-JP');

/** 4500000 → "450万円"; 1234000 → "123万4,000円"; 250000000 → "2億5,000万円". */
export function formatMan(n) {
  if (!Number.isFinite(n)) return '';
  const sign = n < 0 ? '−' : '';
  let rest = Math.trunc(Math.abs(n));
  const oku = Math.floor(rest / 1e8);
  rest -= oku * 1e8;
  const man = Math.floor(rest / 1e4);
  rest -= man * 1e4;
  let s = '';
  if (oku) s += `${yenFormat.format(oku)}億`;
  if (man) s += `${yenFormat.format(man)}万`;
  if (rest || !s) s += yenFormat.format(rest);
  return `${sign}${s}円`;
}

/** "4,500,000円" (ja) or "4,500,000 yen" (en). */
function formatYen(n, lang) {
  return lang === 'ja' ? `${yenFormat.format(n)}円` : `${yenFormat.format(n)} yen`;
}

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];

/** "2026-11-21" → "2026年11月21日" (ja) or "21 November 2026" (en), as the engine writes dates. */
export function formatDate(iso, lang) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  if (!m) return String(iso ?? '');
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return lang === 'ja' ? `${y}年${mo}月${d}日` : `${d} ${EN_MONTHS[mo - 1]} ${y}`;
}

/** The fiscal year (年度, April to March) of a YYYY-MM-DD date. */
function fiscalYear(iso) {
  const y = Number(iso.slice(0, 4));
  return Number(iso.slice(5, 7)) >= 4 ? y : y - 1;
}

/** "令和7年度" / "FY2025"; Reiwa 1 is fiscal 2019. */
function fiscalYearName(fy, lang) {
  return lang === 'ja' ? `令和${fy - 2018}年度` : `FY${fy}`;
}

/**
 * The ruleset a date falls under, from programs()' listing, as simulate() picks it
 * (src/programs/mod.rs select_ruleset): the one in force; after the last, the last (`after`);
 * before the first, none (`before`). A `validTo` of null is law in force with no end: no date is
 * after it.
 */
export function rulesetForDate(rulesets, asOf) {
  if (!Array.isArray(rulesets) || !rulesets.length || !isDate(asOf)) return null;
  const first = rulesets[0];
  const last = rulesets[rulesets.length - 1];
  if (asOf < first.validFrom) return { ruleset: first, before: true, first, last };
  const inForce = rulesets.find((r) => r.validFrom <= asOf && (r.validTo == null || asOf <= r.validTo));
  if (inForce) return { ruleset: inForce, first, last };
  return { ruleset: last, after: true, first, last };
}

const isDate = (s) => /^\d{4}-\d{2}-\d{2}$/.test(s ?? '');

/** Today in the user's time zone, as YYYY-MM-DD. */
export function today() {
  const d = new Date();
  const p = (x) => String(x).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/**
 * The number a person typed, for the engine: full-width digits, commas and a trailing unit are
 * forgiven, and "600万" means 6,000,000 for yen. Anything else goes to the engine as typed, so
 * that its message says what is wrong. Empty → undefined.
 */
export function readNumber(raw, unit) {
  const typed = String(raw ?? '').trim();
  if (!typed) return undefined;
  let s = typed
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[,，\s]/g, '')
    .replace(/．/g, '.')
    .replace(/^[－−ー]/, '-')
    .replace(/(円|人|時間|日|か月|ヶ月|カ月|ｶ月|%|％)$/, '');
  const man = /^(-?)(\d+)(?:\.(\d{1,4}))?万$/.exec(s);
  if (man && (unit === 'yen')) {
    s = `${man[1]}${man[2]}${(man[3] ?? '').padEnd(4, '0')}`.replace(/^(-?)0+(?=\d)/, '$1');
  }
  if (/^-?\d+(\.\d+)?$/.test(s)) {
    const n = Number(s);
    // Beyond 2^53 a JavaScript number loses digits: the engine reads the exact text instead.
    if (Number.isSafeInteger(n) || (!Number.isInteger(n) && Math.abs(n) < 1e15)) return n;
    return s;
  }
  return typed;
}

const isLocal = (path) => path.startsWith('_');
/** Fields whose values are rows: `table` (rows added and removed) and `grid` (a fixed count). */
const isRows = (f) => f.type === 'table' || f.type === 'grid';

function setPath(obj, path, value) {
  const parts = path.split('.');
  let o = obj;
  for (const k of parts.slice(0, -1)) {
    if (typeof o[k] !== 'object' || o[k] === null) o[k] = {};
    o = o[k];
  }
  o[parts[parts.length - 1]] = value;
}

function getPath(obj, path) {
  return path.split('.').reduce((o, k) => (o == null ? undefined : o[k]), obj);
}

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'text') e.textContent = v;
    else if (k === 'class') e.className = v;
    else e.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) if (c) e.append(c);
  return e;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Notices about the rules a date selects, shown with the date next to the answer (issue 7). */
const DATE_NOTICES = ['no_ruleset_for_date'];
/** Notices about the application window: the first thing the result panel says (issue 11). */
const WINDOW_NOTICES = ['application_window_closed', 'application_window_not_open', 'after_application_deadline'];
/** Notices that qualify the amount itself, shown right under it. */
const AMOUNT_NOTICES = ['rules_not_modelled'];

/** An SVG element with attributes (presentation attributes only: no `style`) and children. */
function svgEl(tag, attrs = {}, ...children) {
  const e = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    e.setAttribute(k, typeof v === 'number' ? String(Math.round(v * 100) / 100) : String(v));
  }
  for (const c of children) if (c !== null && c !== undefined) e.append(c);
  return e;
}

/** Numbers as the page shows them: "1,234.5". */
const numberFormat = new Intl.NumberFormat('ja-JP', { maximumFractionDigits: 2 });

let instances = 0;

export class JoseikinSimulator extends HTMLElement {
  static observedAttributes = ['program', 'lang'];

  #uid = `js${++instances}`;
  #root;
  #built = false;
  #lang = 'ja';
  #programId = FORMS[0].id;
  /** The `as-of` attribute: every tab's date to start with; without it, today. */
  #startDate = null;
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
  #engine = null;
  #engineState = 'loading';
  #available = null;
  /** programs(lang) by language: each program's rulesets with their validity, titles in that language. */
  #listings = new Map();
  /** Open or closed state of the result's folding boxes, by key, across re-renders. */
  #open = new Map();
  #request = null;
  #result = null;
  #lastSent = '';
  #linkRuleset = null;
  #lastHash = '';
  #urlTimer = 0;
  #liveTimer = 0;
  #openBeforePrint = null;
  /** The form's inputs by key: { field, control, wrapper, error, ids }. */
  #fields = new Map();
  #sections = [];
  #rowStatus = [];
  #e = {};

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: 'open' });
    // Print shows the steps even when they are folded; afterwards they fold back.
    this.onBeforePrint = () => {
      if (this.#openBeforePrint !== null || !this.#e.details) return;
      this.#openBeforePrint = this.#e.details.open;
      this.#e.details.open = true;
    };
    this.onAfterPrint = () => {
      if (this.#openBeforePrint === null) return;
      this.#e.details.open = this.#openBeforePrint;
      this.#openBeforePrint = null;
    };
    this.onHashChange = () => {
      if (location.hash !== this.#lastHash && this.#readFragment()) this.#renderAll();
    };
  }

  /** The last request sent to simulate(). */
  get request() {
    return this.#request;
  }

  /** The last answer of simulate(). */
  get result() {
    return this.#result;
  }

  connectedCallback() {
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
    if (this.hasAttribute('sync-url')) window.addEventListener('hashchange', this.onHashChange);
    if (this.#built) return;
    this.#lang = this.#langOf(this.getAttribute('lang'));
    this.#programId = formFor(this.getAttribute('program'))?.id ?? FORMS[0].id;
    const asOf = this.getAttribute('as-of');
    if (isDate(asOf)) this.#startDate = asOf;
    if (this.hasAttribute('sync-url')) this.#readFragment();
    this.#buildSkeleton();
    this.#built = true;
    this.#renderAll();
    loadEngine().then(
      (engine) => {
        this.#engine = engine;
        this.#engineState = 'ready';
        try {
          this.#available = new Set(this.#listing.map((p) => p.id));
        } catch {
          this.#available = null;
        }
        this.#renderTabs();
        this.#refresh();
      },
      (err) => {
        this.#engineState = 'failed';
        console.error('joseikin-simulator: could not load the calculator', err);
        this.#refresh();
      },
    );
  }

  disconnectedCallback() {
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
    window.removeEventListener('hashchange', this.onHashChange);
  }

  attributeChangedCallback(name, old, value) {
    if (old === value) return;
    if (name === 'lang') {
      const lang = this.#langOf(value);
      if (lang === this.#lang) return;
      this.#lang = lang;
      if (this.#built) this.#renderAll();
      this.dispatchEvent(new CustomEvent('joseikin-lang', { bubbles: true, composed: true, detail: { lang } }));
    } else if (name === 'program') {
      const spec = formFor(value);
      if (!spec || spec.id === this.#programId) return;
      this.#programId = spec.id;
      if (this.#built) this.#renderAll();
    }
  }

  #langOf(v) {
    return String(v ?? document.documentElement.lang ?? 'ja').toLowerCase().startsWith('en') ? 'en' : 'ja';
  }

  #t(key, values) {
    const s = TEXT[key][this.#lang];
    return values ? fill(s, values) : s;
  }

  /**
   * One of the page's own words (`{ ja, en }`) in the page's language. The engine's texts need
   * none: they come written in the request's `lang`.
   */
  #tr(text) {
    return text ? text[this.#lang] ?? text.ja : '';
  }

  get #spec() {
    return formFor(this.#programId);
  }

  /** programs() in the page's language, asked once per language (null until the module is ready). */
  get #listing() {
    if (!this.#engine) return null;
    if (!this.#listings.has(this.#lang)) this.#listings.set(this.#lang, this.#engine.programs(this.#lang));
    return this.#listings.get(this.#lang);
  }

  /** The date of the tab shown: its own once chosen, else the start date (today). */
  get #asOf() {
    return this.#dates.get(this.#programId) ?? this.#startDay();
  }

  set #asOf(value) {
    this.#dates.set(this.#programId, value);
  }

  #startDay() {
    return this.#startDate ?? today();
  }

  get #vals() {
    const id = this.#programId;
    if (!this.#values.has(id)) this.#values.set(id, this.#defaults(this.#spec));
    return this.#values.get(id);
  }

  get #rows() {
    const id = this.#programId;
    if (!this.#tables.has(id)) this.#tables.set(id, this.#defaultTables(this.#spec));
    return this.#tables.get(id);
  }

  get #touchedSet() {
    const id = this.#programId;
    if (!this.#touched.has(id)) this.#touched.set(id, new Set());
    return this.#touched.get(id);
  }

  #allFields(spec) {
    const out = [];
    for (const s of spec.sections) {
      if (s.toggle) out.push({ path: s.toggle.path, type: 'flag', label: s.toggle.label, toggleOf: s });
      for (const f of s.fields) out.push(f);
    }
    return out;
  }

  #defaults(spec) {
    const v = {};
    for (const f of this.#allFields(spec)) {
      if (isRows(f)) continue;
      v[f.path] = f.type === 'flag' ? false : f.type === 'checklist' ? [] : f.default ?? '';
    }
    return v;
  }

  #defaultTables(spec) {
    const t = {};
    for (const f of this.#allFields(spec)) {
      if (f.type === 'table') t[f.path] = [{ ...f.newRow }];
      else if (f.type === 'grid') t[f.path] = Array.from({ length: f.rows }, () => ({}));
    }
    return t;
  }

  // ---- URL fragment -------------------------------------------------------------------------

  /** Reads the state from `location.hash`; false when the fragment holds none. */
  #readFragment() {
    const hash = location.hash.slice(1);
    if (!hash) return false;
    const p = new URLSearchParams(hash);
    const spec = formFor(p.get('program'));
    if (!spec) return false;
    this.#programId = spec.id;
    // `asOf` is the date of the linked program's tab; the other tabs keep their own.
    if (isDate(p.get('asOf'))) this.#dates.set(spec.id, p.get('asOf'));
    else this.#dates.delete(spec.id);
    this.#exampleShown.delete(spec.id);
    this.#undo.delete(spec.id);
    if (p.has('lang')) {
      const lang = this.#langOf(p.get('lang'));
      if (lang !== this.#lang) this.setAttribute('lang', lang);
    }
    this.#linkRuleset = p.get('ruleset');
    const values = this.#defaults(spec);
    const tables = {};
    const touched = new Set();
    for (const f of this.#allFields(spec)) {
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
        tables[f.path] = Array.from({ length: n }, (_, i) => {
          const row = {};
          f.columns.forEach((c, j) => {
            row[c.path] = cols[j][i] ?? '';
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
    this.#lastHash = location.hash;
    return true;
  }

  #fragment() {
    const p = new URLSearchParams();
    p.set('program', this.#programId);
    p.set('asOf', this.#asOf);
    if (this.#result?.ok) p.set('ruleset', this.#result.ruleset.id);
    if (this.#lang !== 'ja') p.set('lang', this.#lang);
    const v = this.#vals;
    for (const f of this.#allFields(this.#spec)) {
      if (f.type === 'grid') {
        const rows = this.#rows[f.path] ?? [];
        for (const c of f.columns) {
          const cells = rows.map((row) => String(row[c.path] ?? '').replace(/,/g, ''));
          if (cells.some((x) => x !== '')) p.set(`${f.path}.${c.path}`, cells.join(','));
        }
      } else if (f.type === 'checklist') {
        if (v[f.path]?.length) p.set(f.path, v[f.path].join(','));
      } else if (f.type === 'table') {
        for (const row of this.#rows[f.path] ?? []) {
          for (const c of f.columns) p.append(`${f.path}.${c.path}`, row[c.path] ?? '');
        }
      } else if (f.type === 'flag') {
        if (v[f.path]) p.set(f.path, '1');
      } else if (v[f.path] !== '' && v[f.path] !== undefined && v[f.path] !== f.default) {
        p.set(f.path, v[f.path]);
      }
    }
    return `#${p}`;
  }

  #scheduleUrl() {
    if (!this.hasAttribute('sync-url')) return;
    clearTimeout(this.#urlTimer);
    // replaceState on every key stroke is throttled by browsers; a short pause is enough.
    this.#urlTimer = setTimeout(() => {
      const hash = this.#fragment();
      if (hash === location.hash) return;
      history.replaceState(history.state, '', hash);
      this.#lastHash = location.hash;
    }, 200);
  }

  // ---- Building the DOM -----------------------------------------------------------------------

  #buildSkeleton() {
    const link = el('link', { rel: 'stylesheet', href: STYLE_URL.href });
    const container = el('div', { class: 'sim', part: 'container', hidden: true });
    const show = () => {
      container.hidden = false;
    };
    link.addEventListener('load', show);
    link.addEventListener('error', show);
    const e = this.#e;
    e.container = container;
    e.tabs = el('div', { class: 'tabs', role: 'tablist', part: 'tabs' });
    e.panel = el('div', { class: 'panel', role: 'tabpanel', id: `${this.#uid}-panel` });
    e.formCol = el('div', { class: 'form-col' });
    e.resultCol = el('section', { class: 'result', part: 'result', id: `${this.#uid}-result` });
    e.panel.append(e.formCol, e.resultCol);
    e.print = el('div', { class: 'print-summary', part: 'print-summary' });
    e.live = el('p', { class: 'visually-hidden', 'aria-live': 'polite', 'aria-atomic': 'true' });
    container.append(e.tabs, e.print, e.panel, e.live);
    this.#root.append(link, container);

    e.tabs.addEventListener('click', (ev) => {
      const tab = ev.target.closest('[role=tab]');
      if (tab) this.#selectProgram(tab.dataset.program, false);
    });
    e.tabs.addEventListener('keydown', (ev) => this.#tabKeys(ev));
  }

  #heading(offset) {
    const base = Number(this.getAttribute('heading-level'));
    const level = Math.min(6, (Number.isInteger(base) && base >= 1 && base <= 5 ? base : 2) + offset);
    return `h${level}`;
  }

  #renderAll() {
    this.#renderTabs();
    this.#renderForm();
    this.#renderResultFrame();
    this.#refresh();
  }

  #renderTabs() {
    const tabs = this.#e.tabs;
    if (!tabs) return;
    tabs.hidden = this.hasAttribute('lock-program') || FORMS.length < 2;
    tabs.setAttribute('aria-label', this.#t('programSwitch'));
    // Rebuilt when the module has loaded, perhaps while a tab has the focus: keep it there.
    const focused = this.#root.activeElement?.closest?.('[role=tab]')?.dataset.program;
    tabs.replaceChildren(
      ...FORMS.map((f) => {
        const selected = f.id === this.#programId;
        const tab = el(
          'button',
          {
            type: 'button', role: 'tab', id: `${this.#uid}-tab-${f.id}`, class: 'tab',
            'aria-selected': String(selected), 'aria-controls': `${this.#uid}-panel`,
            tabindex: selected ? '0' : '-1', 'data-program': f.id,
          },
          el('span', { text: this.#tr(f.shortTitle) }),
        );
        if (this.#available && !this.#available.has(f.id)) {
          tab.append(el('span', { class: 'badge', text: this.#t('notInModule') }));
        }
        return tab;
      }),
    );
    if (focused) tabs.querySelector(`[data-program="${CSS.escape(focused)}"]`)?.focus();
    if (!tabs.hidden) this.#e.panel.setAttribute('aria-labelledby', `${this.#uid}-tab-${this.#programId}`);
    else this.#e.panel.removeAttribute('aria-labelledby');
    this.#e.panel.setAttribute('role', tabs.hidden ? 'group' : 'tabpanel');
    if (tabs.hidden) this.#e.panel.setAttribute('aria-label', this.#tr(this.#spec.title));
    else this.#e.panel.removeAttribute('aria-label');
  }

  #tabKeys(ev) {
    const tabs = [...this.#e.tabs.querySelectorAll('[role=tab]')];
    const i = tabs.indexOf(ev.target.closest('[role=tab]'));
    if (i < 0) return;
    const go = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: tabs.length - 1 }[ev.key];
    if (go === undefined) return;
    ev.preventDefault();
    const next = tabs[(go + tabs.length) % tabs.length];
    this.#selectProgram(next.dataset.program, true);
  }

  #selectProgram(id, focusTab) {
    if (id && id !== this.#programId && formFor(id)) {
      this.#programId = id;
      this.#linkRuleset = null;
      this.setAttribute('program', id);
      this.#renderAll();
    }
    if (focusTab) this.#e.tabs.querySelector(`[data-program="${CSS.escape(this.#programId)}"]`)?.focus();
  }

  #renderForm() {
    const spec = this.#spec;
    const e = this.#e;
    this.#fields = new Map();
    this.#sections = [];
    this.#rowStatus = [];
    const H = this.#heading(0);
    e.titleId = `${this.#uid}-title`;
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
    this.#renderFormNote();
  }

  /**
   * The note under the form's buttons: after "clear", what was cleared and 元に戻す; while an
   * example from another year than its date's is shown, which year it comes from, which date it is
   * computed on, and a way to the other date.
   */
  #renderFormNote() {
    const note = this.#e.formNote;
    if (!note) return;
    const id = this.#programId;
    const parts = [];
    let kind = '';
    if (this.#undo.has(id)) {
      kind = 'cleared';
      const undo = el('button', { type: 'button', class: 'secondary', 'data-action': 'undo', text: this.#t('undo') });
      undo.addEventListener('click', () => this.#restore());
      parts.push(el('p', { text: this.#t('cleared', { date: formatDate(this.#asOf, this.#lang) }) }), undo);
    } else if (this.#exampleShown.has(id)) {
      const banner = this.#exampleBanner();
      if (banner) {
        kind = 'example';
        parts.push(el('p', { text: banner.text }));
        if (banner.action) {
          const go = el('button', { type: 'button', class: 'secondary', 'data-action': 'example-date', text: banner.action.label });
          go.addEventListener('click', () => {
            this.#asOf = banner.action.date;
            this.#renderForm();
            this.#refresh();
            this.#e.formNote.querySelector('button')?.focus();
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
    const ex = this.#spec.example;
    if (!ex?.asOf || !isDate(this.#asOf)) return null;
    const lang = this.#lang;
    const exYear = fiscalYearName(fiscalYear(ex.asOf), lang);
    const exDate = formatDate(ex.asOf, lang);
    const label = this.#asOfLabel();
    const now = today();
    if (this.#asOf === ex.asOf) {
      // On the example's own date: said when that is not this year, with the way back to today.
      if (fiscalYear(ex.asOf) === fiscalYear(now)) return null;
      return {
        text: this.#t('exampleOwnDate', { year: exYear, label, date: exDate }),
        action: { label: this.#t('exampleToToday', { date: formatDate(now, lang) }), date: now },
      };
    }
    if (fiscalYear(ex.asOf) === fiscalYear(this.#asOf)) return null;
    const listed = this.#listing?.find((p) => p.id === this.#programId)?.rulesets;
    const then = rulesetForDate(listed, ex.asOf);
    const used = rulesetForDate(listed, this.#asOf);
    const date = formatDate(this.#asOf, lang);
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
    if (section.hint) box.append(el('p', { class: 'hint', text: this.#tr(section.hint) }));
    const body = el('div', { class: 'section-body' });
    if (section.toggle) box.append(this.#fieldEl({ path: section.toggle.path, type: 'flag', label: section.toggle.label }));
    for (const f of section.fields) body.append(this.#fieldEl(f));
    box.append(body);
    this.#sections.push({ section, box, body });
    return box;
  }

  #ids(key) {
    const slug = key.replace(/[^A-Za-z0-9]+/g, '-');
    return {
      input: `${this.#uid}-${slug}`,
      hint: `${this.#uid}-${slug}-hint`,
      error: `${this.#uid}-${slug}-error`,
      unit: `${this.#uid}-${slug}-unit`,
      echo: `${this.#uid}-${slug}-echo`,
    };
  }

  /** One field: label, control, unit, hint, and the place of its error. */
  #fieldEl(f, table) {
    const key = table ? `${table.path}[${table.row}].${f.path}` : f.path;
    const ids = this.#ids(key);
    const value = table ? this.#rows[table.path][table.row][f.path] ?? '' : f.path === '@asOf' ? this.#asOf : this.#vals[f.path];
    if (f.type === 'grid') return this.#gridEl(f);
    const wrapper = el('div', { class: `field field-${f.type}`, 'data-field': key });
    const hint = f.hint ? el('p', { class: 'hint', id: ids.hint, text: this.#tr(f.hint) }) : null;
    const error = el('p', { class: 'error', id: ids.error, hidden: true });
    const entry = { field: f, key, wrapper, error, ids, table, hint: Boolean(hint), unit: false };
    const label = (forId) => {
      const l = el('label', { for: forId, text: this.#tr(f.label) });
      if (f.optional) l.append(' ', el('span', { class: 'optional', text: `（${this.#t('optional')}）` }));
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
        const radio = el('input', { type: 'radio', id, name: `${this.#uid}-${key}`, value: o.value, 'data-key': key });
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
    this.#fields.set(key, entry);
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
      this.#rows[f.path].push({ ...f.newRow });
      this.#rebuildRows(f, list);
      this.#refresh();
      list.querySelector('.row:last-child input')?.focus();
    });
    entry.wrapper.append(group);
    group.append(list, add, entry.error);
    entry.control = group;
    entry.list = list;
    this.#fields.set(entry.key, entry);
    this.#rebuildRows(f, list);
    return entry.wrapper;
  }

  /**
   * A fixed number of rows as a real table: a row header, one input per column, each with its own
   * (visually hidden) label and its error under it. Narrow enough for a 375-px phone.
   */
  #gridEl(f) {
    const key = f.path;
    const ids = this.#ids(key);
    const wrapper = el('div', { class: 'field field-grid', 'data-field': key });
    const group = el('fieldset', { class: 'table grid', id: ids.input });
    group.append(el('legend', { text: this.#tr(f.label) }));
    const hint = f.hint ? el('p', { class: 'hint', id: ids.hint, text: this.#tr(f.hint) }) : null;
    if (hint) group.append(hint);
    const error = el('p', { class: 'error', id: ids.error, hidden: true });
    const entry = { field: f, key, wrapper, error, ids, hint: Boolean(hint), unit: false, control: group, rowHeads: [] };
    const head = el('tr', {}, el('th', { scope: 'col', text: this.#tr(f.rowHeader) }));
    for (const c of f.columns) {
      const unit = c.unit ? `（${this.#tr(UNITS[c.unit])}）` : '';
      const th = el('th', { scope: 'col', text: `${this.#tr(c.label)}${this.#lang === 'ja' ? unit : unit.replace('（', ' (').replace('）', ')')}` });
      if (c.optional) th.append(el('span', { class: 'optional', text: ` ${this.#t('optional')}` }));
      head.append(th);
    }
    const body = el('tbody');
    const rows = this.#rows[f.path];
    for (let i = 0; i < f.rows; i++) {
      const rowHead = el('th', { scope: 'row', text: this.#tr(f.rowLabel(i, this.#vals)) });
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
          hint: false, unit: false, control: input, label,
        };
        this.#fields.set(cellKey, cellEntry);
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
    this.#fields.set(key, entry);
    this.#relabelGrid(entry);
    return wrapper;
  }

  /** Row names that follow other inputs (the overtime table's months follow its first month). */
  #relabelGrid(entry) {
    const f = entry.field;
    entry.rowHeads.forEach((th, i) => {
      const name = this.#tr(f.rowLabel(i, this.#vals));
      th.textContent = name;
      for (const c of f.columns) {
        const cell = this.#fields.get(`${f.path}[${i}].${c.path}`);
        if (cell) cell.label.textContent = this.#lang === 'ja' ? `${name}の${this.#tr(c.label)}` : `${this.#tr(c.label)}, ${name}`;
      }
    });
  }

  /** Fills the empty cells of the first column with 0 (a month with no overtime). */
  #fillEmpty(f) {
    const c = f.columns[0];
    this.#rows[f.path].forEach((row, i) => {
      if (String(row[c.path] ?? '').trim() !== '') return;
      row[c.path] = '0';
      const key = `${f.path}[${i}].${c.path}`;
      this.#touchedSet.add(key);
      const cell = this.#fields.get(key);
      if (cell) cell.control.value = '0';
    });
    this.#refresh();
  }

  #rebuildRows(f, list) {
    for (const k of [...this.#fields.keys()]) if (k.startsWith(`${f.path}[`)) this.#fields.delete(k);
    this.#rowStatus = [];
    const rows = this.#rows[f.path];
    if (rows.length === 0) {
      list.replaceChildren(el('p', { class: 'empty', text: this.#t('tableEmpty') }));
      return;
    }
    list.replaceChildren(
      ...rows.map((_, i) => {
        const name = `${this.#tr(f.rowLabel)} ${i + 1}`;
        const titleId = `${this.#uid}-${f.path}-${i}-title`;
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
        const status = el('p', { class: 'row-status', id: `${this.#uid}-${f.path}-${i}-status` });
        this.#rowStatus[i] = status;
        li.append(head, cells, status);
        return li;
      }),
    );
  }

  #removeRow(f, list, index) {
    this.#rows[f.path].splice(index, 1);
    const prefix = `${f.path}[`;
    const moved = new Set();
    for (const k of this.#touchedSet) {
      if (!k.startsWith(prefix)) {
        moved.add(k);
        continue;
      }
      const m = /^[^[]+\[(\d+)\](.*)$/.exec(k);
      const i = Number(m[1]);
      if (i < index) moved.add(k);
      else if (i > index) moved.add(`${prefix}${i - 1}]${m[2]}`);
    }
    this.#touched.set(this.#programId, moved);
    this.#rebuildRows(f, list);
    this.#refresh();
    const rows = list.querySelectorAll('.remove-row');
    (rows[Math.min(index, rows.length - 1)] ?? list.parentElement.querySelector('.add-row'))?.focus();
  }

  #describe(entry, withError) {
    const ids = [];
    if (entry.unit) ids.push(entry.ids.unit);
    if (entry.echo && entry.echo.textContent) ids.push(entry.ids.echo);
    if (entry.hint) ids.push(entry.ids.hint);
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
    const entry = this.#fields.get(key);
    if (!entry) return;
    let value;
    if (entry.field.type === 'checklist') {
      const chosen = new Set(this.#vals[key] ?? []);
      if (t.checked) chosen.add(t.dataset.value);
      else chosen.delete(t.dataset.value);
      // In the order of the options, as the criteria list them.
      value = entry.field.options.map((o) => o.value).filter((v) => chosen.has(v));
    } else if (t.type === 'checkbox') value = t.checked;
    else if (t.type === 'radio') {
      if (!t.checked) return;
      value = t.value;
    } else value = t.value;
    if (entry.table) this.#rows[entry.table.path][entry.table.row][entry.field.path] = value;
    else if (key === '@asOf') this.#asOf = value;
    else this.#vals[key] = value;
    // Typing over the example makes it the user's own; typing after clearing keeps what is typed.
    this.#exampleShown.delete(this.#programId);
    this.#undo.delete(this.#programId);
    // An empty field shows "required" only once the user has typed in it and emptied it again;
    // until then the result panel lists what is missing. (Not on blur: an error appearing then
    // moves the layout under the pointer.)
    this.#touchedSet.add(key);
    this.#refresh();
  }

  /**
   * Fills the example of the tab shown. Its date moves only when the spec says the example keeps
   * its own (`example.keepsDate`); the banner says when its year is not the date's.
   */
  #fillExample() {
    const spec = this.#spec;
    const ex = spec.example;
    const values = this.#defaults(spec);
    Object.assign(values, ex.values);
    this.#values.set(spec.id, values);
    const tables = this.#defaultTables(spec);
    for (const [path, rows] of Object.entries(ex.tables ?? {})) tables[path] = rows.map((r) => ({ ...r }));
    this.#tables.set(spec.id, tables);
    this.#touched.set(spec.id, new Set(Object.keys(ex.values)));
    if (ex.keepsDate && isDate(ex.asOf)) this.#asOf = ex.asOf;
    this.#exampleShown.add(spec.id);
    this.#undo.delete(spec.id);
    this.#linkRuleset = null;
    this.#renderForm();
    this.#refresh();
  }

  /** Empties the tab's inputs and puts its date back to the start (today); 元に戻す restores both. */
  #clear() {
    const spec = this.#spec;
    this.#undo.set(spec.id, {
      values: this.#vals,
      tables: this.#rows,
      touched: this.#touchedSet,
      date: this.#dates.get(spec.id),
      example: this.#exampleShown.has(spec.id),
    });
    this.#values.set(spec.id, this.#defaults(spec));
    this.#tables.set(spec.id, this.#defaultTables(spec));
    this.#touched.set(spec.id, new Set());
    this.#dates.delete(spec.id);
    this.#exampleShown.delete(spec.id);
    this.#linkRuleset = null;
    this.#renderForm();
    this.#refresh();
    this.#e.formNote.querySelector('[data-action="undo"]')?.focus();
  }

  /** Undoes the last clearing of the tab shown. */
  #restore() {
    const id = this.#programId;
    const saved = this.#undo.get(id);
    if (!saved) return;
    this.#undo.delete(id);
    this.#values.set(id, saved.values);
    this.#tables.set(id, saved.tables);
    this.#touched.set(id, saved.touched);
    if (saved.date === undefined) this.#dates.delete(id);
    else this.#dates.set(id, saved.date);
    if (saved.example) this.#exampleShown.add(id);
    this.#renderForm();
    this.#refresh();
    this.#e.formCol.querySelector('[data-action="clear"]')?.focus();
  }

  // ---- The request --------------------------------------------------------------------------

  #sectionActive(section) {
    const v = this.#vals;
    if (section.when && !section.when(v)) return false;
    return !section.toggle || v[section.toggle.path] === true;
  }

  #fieldActive(f, section) {
    return this.#sectionActive(section) && (!f.when || f.when(this.#vals));
  }

  #valueFor(f, raw) {
    switch (f.type) {
      case 'number':
        return readNumber(raw, f.unit);
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

  #buildRequest() {
    const input = {};
    for (const section of this.#spec.sections) {
      for (const f of section.fields) {
        if (isLocal(f.path) || !this.#fieldActive(f, section)) continue;
        if (isRows(f)) {
          const rows = (this.#rows[f.path] ?? []).map((row) => {
            const o = {};
            for (const c of f.columns) {
              const v = this.#valueFor(c, row[c.path]);
              if (v !== undefined) o[c.path] = v;
            }
            return o;
          });
          setPath(input, f.path, rows);
          continue;
        }
        const v = this.#valueFor(f, this.#vals[f.path]);
        if (v !== undefined) setPath(input, f.path, v);
      }
    }
    // The engine writes its answer (messages, steps, titles) in `lang`.
    return { program: this.#programId, asOf: this.#asOf, lang: this.#lang, input };
  }

  // ---- Refresh: compute, then show -----------------------------------------------------------

  #refresh() {
    if (!this.#e.form) return;
    this.#updateVisibility();
    for (const entry of this.#fields.values()) if (entry.rowHeads) this.#relabelGrid(entry);
    const request = this.#buildRequest();
    let result = null;
    if (this.#engine) {
      try {
        result = this.#engine.simulate(request);
      } catch (err) {
        // Only a malformed call throws; the page builds every call, so this is a defect.
        console.error('joseikin-simulator:', err);
        result = { ok: false, errors: [{ field: '', code: 'call_error', message: String(err) }] };
      }
    }
    this.#request = request;
    this.#result = result;
    const view = this.#applyErrors(result);
    this.#renderResult(result, view);
    this.#renderRowStatus(result);
    this.#renderEchoes(result);
    this.#renderFormNote();
    this.#renderPrint();
    this.#announce(result, view);
    if (result) {
      const sent = JSON.stringify([request, this.#lang]);
      if (sent !== this.#lastSent) {
        this.#lastSent = sent;
        this.dispatchEvent(new CustomEvent('joseikin-result', {
          bubbles: true,
          composed: true,
          detail: { program: request.program, asOf: request.asOf, lang: this.#lang, request, result },
        }));
      }
    }
    this.#scheduleUrl();
  }

  #updateVisibility() {
    for (const { section, box, body } of this.#sections) {
      const v = this.#vals;
      box.hidden = Boolean(section.when && !section.when(v));
      body.hidden = Boolean(section.toggle && v[section.toggle.path] !== true);
      for (const f of section.fields) {
        const entry = this.#fields.get(f.path);
        if (entry) entry.wrapper.hidden = Boolean(f.when && !f.when(v));
      }
    }
  }

  #isVisible(entry) {
    for (let n = entry.wrapper; n && n !== this.#e.form; n = n.parentElement) if (n.hidden) return false;
    return true;
  }

  #rawOf(entry) {
    if (entry.table) return this.#rows[entry.table.path]?.[entry.table.row]?.[entry.field.path];
    if (entry.key === '@asOf') return this.#asOf;
    return this.#vals[entry.key];
  }

  /** Puts each error next to its field; returns what the result panel needs to say. */
  #applyErrors(result) {
    const shown = new Map();
    const general = [];
    const missing = [];
    let notAvailable = false;
    for (const err of result && !result.ok ? result.errors ?? [] : []) {
      if (err.field === 'program' && err.code === 'unknown_value') {
        notAvailable = true;
        continue;
      }
      const key = err.field === 'asOf' ? '@asOf' : err.field.replace(/^input\./, '');
      // An item of a list answered by checkboxes (`initiatives[1]`) belongs to the list's field.
      const entry = this.#fields.get(key) ?? this.#fields.get(key.replace(/\[\d+\]$/, ''));
      if (!entry || !this.#isVisible(entry)) {
        general.push(err);
        continue;
      }
      const raw = this.#rawOf(entry);
      const empty = raw === '' || raw === undefined || raw === false;
      if (err.code === 'required' && empty && !this.#touchedSet.has(key)) {
        missing.push(entry);
        continue;
      }
      const list = shown.get(key) ?? [];
      list.push(err.message);
      shown.set(key, list);
    }
    if (notAvailable) {
      // Until the engine has the program, say so once instead of listing its fields.
      general.length = 0;
      missing.length = 0;
      shown.clear();
    }
    for (const entry of this.#fields.values()) {
      const messages = shown.get(entry.key);
      entry.error.textContent = messages ? messages.join(' ') : '';
      entry.error.hidden = !messages;
      this.#describe(entry, Boolean(messages));
    }
    return { shownCount: shown.size, general, missing, notAvailable };
  }

  #labelOf(entry) {
    const base = this.#tr(entry.field.label);
    if (entry.table?.grid) return entry.label.textContent;
    if (!entry.table) return base;
    const t = this.#fields.get(entry.table.path);
    return `${this.#tr(t?.field.rowLabel)} ${entry.table.row + 1}${this.#lang === 'ja' ? '・' : ': '}${base}`;
  }

  /** A readable name for an error's field path that has no input of its own. */
  #nameOfPath(field) {
    const path = field.replace(/^input\./, '');
    if (path === 'asOf') return this.#asOfLabel();
    const extra = this.#spec.errorLabels?.[path];
    if (extra) return this.#tr(extra);
    for (const { section } of this.#sections) {
      if (section.fields.some((f) => f.path === path || f.path.startsWith(`${path}.`))) return this.#tr(section.legend);
    }
    return path;
  }

  #renderResultFrame() {
    const e = this.#e;
    const spec = this.#spec;
    const H = this.#heading(1);
    e.resultHeading = el(H, {
      class: 'result-heading', id: `${this.#uid}-result-heading`, tabindex: '-1',
      text: spec.resultHeading ? this.#tr(spec.resultHeading) : this.#t('resultHeading'),
    });
    e.resultCol.setAttribute('aria-labelledby', e.resultHeading.id);
    // A closed or unopened application window, before the verdict and the amount.
    e.window = el('div', { class: 'window-box', part: 'window' });
    e.status = el('p', { class: 'status', part: 'status' });
    e.amount = el('div', { class: 'amount', part: 'amount' });
    // What qualifies the amount itself (rules not modelled), right under it.
    e.amountNotes = el('div', { class: 'amount-notes' });
    // The date and the rules it selects, with the notices about them, next to the answer.
    e.dateBox = el('div', { class: 'date-box', part: 'date' });
    e.facts = el('dl', { class: 'facts' });
    e.breakdown = el('div', { class: 'breakdown' });
    e.custom = el('div', { class: 'custom' });
    e.reasons = el('div', { class: 'reasons' });
    e.problems = el('div', { class: 'problems' });
    e.notices = el('div', { class: 'notices', part: 'notices' });
    e.ruleset = el('p', { class: 'ruleset' });
    e.linkNote = el('p', { class: 'link-note', hidden: true });
    e.stepsSummary = el('summary');
    e.steps = el('ol', { class: 'steps' });
    const wasOpen = e.details?.open ?? false;
    // The official documents the steps cite: title, publisher, date, a link.
    e.documents = el('div', { class: 'documents' });
    e.details = el('details', { class: 'steps-box', part: 'steps' }, e.stepsSummary, e.steps, e.documents);
    e.details.open = wasOpen;
    const actions = el('div', { class: 'actions' });
    if (this.hasAttribute('sync-url')) {
      const copy = el('button', { type: 'button', class: 'secondary', text: this.#t('copyLink') });
      copy.addEventListener('click', () => this.#copyLink());
      actions.append(copy);
    }
    const print = el('button', { type: 'button', class: 'secondary', text: this.#t('print') });
    print.addEventListener('click', () => window.print());
    actions.append(print);
    e.actionStatus = el('p', { class: 'action-status', role: 'status' });
    e.resultCol.replaceChildren(
      e.resultHeading, e.window, e.status, e.amount, e.amountNotes, e.dateBox, e.facts, e.breakdown, e.custom, e.reasons, e.problems,
      e.notices, e.ruleset, e.linkNote, e.details,
      el('p', { class: 'disclaimer', text: spec.disclaimer ? this.#tr(spec.disclaimer) : this.#t('disclaimer') }),
      el('p', { class: 'privacy', text: this.#t('privacy') }),
      actions, e.actionStatus,
    );
  }

  async #copyLink() {
    clearTimeout(this.#urlTimer);
    history.replaceState(history.state, '', this.#fragment());
    this.#lastHash = location.hash;
    try {
      await navigator.clipboard.writeText(location.href);
      this.#e.actionStatus.textContent = this.#t('copied');
    } catch {
      this.#e.actionStatus.textContent = this.#t('copyFailed');
    }
  }

  /** What the program's view (forms/*.js `view`, views/*.js) gets to build its part of the answer. */
  #viewContext() {
    const lang = this.#lang;
    return {
      lang,
      values: this.#vals,
      el,
      svg: svgEl,
      tr: (text) => this.#tr(text),
      num: (n) => numberFormat.format(n),
      yen: (n) => formatYen(n, lang),
      withMan: (n) => this.#withMan(n),
      hours: (n) => (lang === 'ja' ? `${numberFormat.format(n)}時間` : `${numberFormat.format(n)} h`),
      /** A folding box whose open state survives re-rendering; its content is built when shown. */
      details: (key, summary, build) => {
        const box = el('details', { class: 'fold', 'data-fold': key }, el('summary', { text: summary }));
        let built = false;
        const fill = () => {
          if (built) return;
          built = true;
          for (const n of build()) if (n) box.append(n);
        };
        if (this.#open.get(key)) {
          box.open = true;
          fill();
        }
        box.addEventListener('toggle', () => {
          this.#open.set(key, box.open);
          if (box.open) fill();
        });
        return box;
      },
    };
  }

  #renderResult(result, view) {
    const e = this.#e;
    const lang = this.#lang;
    const spec = this.#spec;
    const pv = spec.view;
    const ok = Boolean(result?.ok);
    e.resultCol.classList.toggle('is-ok', ok);
    e.facts.replaceChildren();
    e.breakdown.replaceChildren();
    e.custom.replaceChildren();
    e.reasons.replaceChildren();
    e.problems.replaceChildren();
    e.notices.replaceChildren();
    e.steps.replaceChildren();
    e.documents.replaceChildren();
    e.ruleset.replaceChildren();
    this.#renderWindow(result);
    this.#renderAmountNotes(result);
    e.details.hidden = !ok;
    e.mobileBar.hidden = !ok;
    e.linkNote.hidden = true;
    e.status.className = 'status';
    this.#renderDateBox(result);

    e.amount.hidden = !ok;
    if (!ok) {
      e.amount.replaceChildren();
      let text;
      if (this.#engineState === 'failed') text = this.#t('moduleFailed');
      else if (!result) text = this.#t('loading');
      else if (view.notAvailable) text = this.#t('notAvailable');
      else if (view.shownCount || view.general.length) text = this.#t('fixErrors', { n: view.shownCount + view.general.length });
      else if (this.#touchedSet.size === 0) text = spec.start ? this.#tr(spec.start) : this.#t('start');
      else text = null;
      if (text) e.status.textContent = text;
      else e.status.replaceChildren();
      e.status.hidden = !text;
      e.status.classList.toggle('is-problem', Boolean(view.shownCount || view.general.length || this.#engineState === 'failed'));
      if (view.general.length) {
        const list = el('ul');
        for (const err of view.general) {
          list.append(el('li', {}, el('strong', { text: `${this.#nameOfPath(err.field)}: ` }), err.message));
        }
        e.problems.append(el('p', { class: 'problems-title', text: this.#t('otherErrors') }), list);
      }
      if (view.missing.length && !view.notAvailable && this.#touchedSet.size > 0) {
        const names = view.missing.map((m) => this.#labelOf(m));
        const sep = lang === 'ja' ? '、' : '; ';
        const list = names.length > 4 ? `${names.slice(0, 4).join(sep)}…` : names.join(sep);
        e.problems.append(el('p', { class: 'missing', text: this.#t('missing', { n: names.length, list }) }));
      }
      return;
    }

    const ctx = this.#viewContext();
    // The verdict line: the program's own, or eligible / not eligible for a subsidy.
    const status = pv?.status ? pv.status(result, ctx)
      : { text: result.eligible ? TEXT.eligible : TEXT.notEligible, tone: result.eligible ? 'good' : 'bad' };
    e.status.hidden = !status;
    if (status) {
      e.status.textContent = typeof status.text === 'string' ? status.text : this.#tr(status.text);
      if (status.tone === 'good') e.status.classList.add('is-eligible');
      if (status.tone === 'bad') e.status.classList.add('is-ineligible');
    }
    // The headline figure: the program's own, or the amount in 円 with 万円 beside it.
    if (pv?.headline) {
      const node = pv.headline(result, ctx);
      e.amount.replaceChildren(...(node ? [node] : []));
      e.amount.hidden = !node;
    } else {
      const amount = result.amountYen ?? 0;
      e.amount.replaceChildren(
        el('span', { class: 'yen', text: formatYen(amount, lang) }),
        el('span', { class: 'man', text: lang === 'ja' ? `（${formatMan(amount)}）` : ` (${formatMan(amount)})` }),
      );
    }
    const bar = pv?.summary ? pv.summary(result, ctx, 'bar') : formatYen(result.amountYen ?? 0, lang);
    const closed = this.#windowShort(result);
    e.mobileAmount.textContent = closed ? `${bar}${lang === 'ja' ? '・' : ', '}${closed.short}` : bar;

    for (const fact of spec.facts ?? []) {
      if (fact.when && !fact.when(result)) continue;
      const v = getPath(result, fact.key);
      if (v === undefined || v === null || (fact.hideZero && v === 0)) continue;
      e.facts.append(el('div', {}, el('dt', { text: this.#tr(fact.label) }), el('dd', { text: this.#formatFact(v, fact.format, fact) })));
    }

    const bd = spec.breakdown;
    const items = bd ? result[bd.key] : null;
    if (items && typeof items === 'object') this.#renderBreakdown(bd, items);

    if (pv?.body) for (const node of pv.body(result, ctx)) if (node) e.custom.append(node);

    if (result.reasons?.length && !pv?.hideReasons) {
      const list = el('ul');
      for (const r of result.reasons) list.append(el('li', { text: r.message }));
      e.reasons.append(el('p', { class: 'reasons-title', text: this.#t('reasonsHeading') }), list);
    }

    // Notices about the date, the window and the amount have their own places; the rest here.
    const placed = [...DATE_NOTICES, ...WINDOW_NOTICES, ...AMOUNT_NOTICES];
    const notices = (result.notices ?? []).filter((n) => !placed.includes(n.code));
    if (notices.length) {
      const list = el('ul');
      for (const n of notices) list.append(el('li', { text: n.message }));
      e.notices.append(el('p', { class: 'notices-title', text: this.#t('noticesHeading') }), list);
    }

    e.ruleset.append(
      el('span', { class: 'ruleset-label', text: `${this.#t('rulesetLabel')}: ` }),
      el('strong', { text: result.ruleset.title }),
      ' ',
      el('span', { class: 'ruleset-id', text: `(${result.ruleset.id})` }),
    );
    if (this.#linkRuleset && this.#linkRuleset !== result.ruleset.id) {
      e.linkNote.textContent = this.#t('linkRuleset', { was: this.#linkRuleset, now: result.ruleset.id });
      e.linkNote.hidden = false;
    }

    const steps = result.steps ?? [];
    e.stepsSummary.textContent = this.#t('stepsSummary', { n: steps.length });
    for (const s of steps) {
      const li = el('li', {}, el('span', { class: 'step-label', text: s.label }), el('span', { class: 'step-text', text: s.text }));
      if (typeof s.yen === 'number') li.append(el('span', { class: 'step-yen', text: this.#withMan(s.yen) }));
      li.append(this.#sourceEl(s.source));
      e.steps.append(li);
    }
    const docs = (result.sources ?? []).map((id) => this.#document(id)).filter(Boolean);
    if (docs.length) {
      const list = el('ul');
      for (const d of docs) {
        const title = d.title;
        const about = [d.publisher, d.published].filter(Boolean);
        list.append(el('li', {}, d.url ? el('a', { href: d.url, rel: 'noopener noreferrer', target: '_blank', text: title }) : title,
          about.length ? (this.#lang === 'ja' ? `（${about.join('、')}）` : ` (${about.join(', ')})`) : ''));
      }
      e.documents.append(el('p', { class: 'documents-title', text: this.#t('documentsHeading') }), list);
    }
  }

  /** An official document by id, from programs()' listing in the page's language. */
  #document(id) {
    for (const p of this.#listing ?? []) {
      const doc = p.documents?.find((d) => d.id === id);
      if (doc) return doc;
    }
    return null;
  }

  /**
   * A step's source: an official document cited as `{ id, section }`, named by its title (a link
   * when it has a URL) and the section.
   */
  #sourceEl(source) {
    if (!source?.id) return null;
    const line = el('span', { class: 'step-source' }, `${this.#t('source')}: `);
    const doc = this.#document(source.id);
    const title = doc ? doc.title : source.id;
    line.append(doc?.url ? el('a', { href: doc.url, rel: 'noopener noreferrer', target: '_blank', text: title }) : title);
    // The publisher and the date are in the list of documents under the steps.
    if (source.section) line.append(this.#lang === 'ja' ? `・${source.section}` : `, ${source.section}`);
    return line;
  }

  /** The rules this date selects (ruleset.title, validFrom, validTo) and why; at the answer. */
  #rulesetInfo(result) {
    const listed = this.#listing?.find((p) => p.id === this.#programId)?.rulesets;
    const pick = rulesetForDate(listed, this.#asOf);
    if (result?.ok) {
      // The engine's choice is the authority, and its notice says whether the rules of the date
      // are unknown; a date past the ruleset without that notice is answered otherwise
      // (rules_not_modelled), so it is only not said to fall in the period.
      const r = result.ruleset;
      const after = (result.notices ?? []).some((n) => n.code === 'no_ruleset_for_date');
      const past = r.validTo != null && this.#asOf > r.validTo;
      return { ruleset: r, after, past, last: pick?.last ?? r };
    }
    return pick && { ...pick, past: Boolean(pick.after) };
  }

  /**
   * A ruleset's name with its fiscal year: the title when it names the year (「令和7年度（2025年4月1日〜
   * 2026年3月31日）」), else the year before it (「令和5年度「2023年6月の資料による」」).
   */
  #rulesetName(r) {
    const title = r.title;
    // A title that names the year, or rules with no end (they name their first day).
    if (/^(令和|FY)/.test(title) || r.validTo == null) return title;
    const a = fiscalYear(r.validFrom);
    const b = fiscalYear(r.validTo);
    const years = a === b ? fiscalYearName(a, this.#lang) : this.#lang === 'ja'
      ? `${fiscalYearName(a, 'ja')}〜${fiscalYearName(b, 'ja').replace('令和', '')}` : `FY${a}–${b}`;
    return this.#lang === 'ja' ? `${years}「${title}」` : `${years}, ${title}`;
  }

  /** The date's name in sentences, without its note in brackets: 「申請日（予定）」 → 「申請日」. */
  #asOfLabel() {
    return this.#tr(this.#spec.asOfLabel ?? TEXT.asOfLabel).replace(/（[^（）]*）$|\s*\([^()]*\)$/, '');
  }

  /**
   * Under the amount: the date, the rules it selects, their period and why. A date past the known
   * rules is said once, here, with what to do: in the engine's words with an answer, in the page's
   * until then.
   */
  #renderDateBox(result) {
    const box = this.#e.dateBox;
    box.replaceChildren();
    const info = this.#rulesetInfo(result);
    const date = formatDate(this.#asOf, this.#lang);
    const alerts = [];
    if (info && !info.before) {
      const r = info.ruleset;
      const name = this.#rulesetName(r);
      box.append(el('p', { class: 'ruleset-line' }, this.#t('rulesetLine', { label: this.#asOfLabel(), date, name })));
      const from = formatDate(r.validFrom, this.#lang);
      const period = r.validTo == null
        ? this.#t('rulesetPeriodOpen', { from })
        : this.#t('rulesetPeriod', { from, to: formatDate(r.validTo, this.#lang) });
      const why = info.past ? '' : this.#t('rulesetWhyInForce');
      box.append(el('p', { class: 'ruleset-why', text: [period, why].filter(Boolean).join(this.#lang === 'ja' ? '' : ' ') }));
      if (info.after && !result?.ok) {
        alerts.push({
          code: 'no_ruleset_for_date',
          text: this.#t('noRulesetYet', {
            date, year: fiscalYearName(fiscalYear(r.validFrom), this.#lang), to: formatDate(r.validTo, this.#lang),
          }),
        });
      }
    }
    for (const n of result?.ok ? result.notices ?? [] : []) {
      if (DATE_NOTICES.includes(n.code)) alerts.push({ code: n.code, text: n.message });
    }
    for (const a of alerts) {
      box.append(el('p', { class: 'date-alert', 'data-code': a.code }, el('strong', { text: `${this.#t('dateAlert')} ` }), a.text));
    }
    box.hidden = !box.childElementCount;
  }

  /** The application window when it is not open: the first thing the answer says, with its dates. */
  #renderWindow(result) {
    const box = this.#e.window;
    const notices = result?.ok ? (result.notices ?? []).filter((n) => WINDOW_NOTICES.includes(n.code)) : [];
    box.replaceChildren(...notices.map((n) => el('p', { class: 'window-alert', 'data-code': n.code },
      el('strong', { text: `${this.#t('windowAlert')} ` }), n.message)));
    box.hidden = !notices.length;
  }

  /** Notices that qualify the amount (rules not modelled), under it and as plain as it. */
  #renderAmountNotes(result) {
    const box = this.#e.amountNotes;
    const notices = result?.ok ? (result.notices ?? []).filter((n) => AMOUNT_NOTICES.includes(n.code)) : [];
    box.replaceChildren(...notices.map((n) => el('p', { class: 'amount-note', 'data-code': n.code },
      el('strong', { text: `${this.#t('amountNote')} ` }), n.message)));
    box.hidden = !notices.length;
  }

  /** The window notice's words, for the phone's bottom bar and the live region; null when open. */
  #windowShort(result) {
    const n = (result?.notices ?? []).find((x) => WINDOW_NOTICES.includes(x.code));
    if (!n) return null;
    const short = this.#t(n.code === 'application_window_not_open' ? 'windowNotOpenShort' : 'windowClosedShort');
    return { short, long: n.message };
  }

  #formatFact(v, format, fact = {}) {
    const lang = this.#lang;
    if (typeof format === 'object') return fill(this.#tr(format).replace('{}', '{v}'), { v });
    switch (format) {
      case 'percentPerYear':
        return lang === 'ja' ? `年${numberFormat.format(v)}％` : `${numberFormat.format(v)} % a year`;
      case 'perMille': {
        // The engine writes rates as the leaflets do: "9.5/1000".
        const per = String(v).replace(/\/1000$/, '');
        return lang === 'ja' ? `1,000分の${per}` : `${per} per 1,000`;
      }
      case 'fiscalYear':
        return fiscalYearName(v, lang);
      case 'hours':
        return lang === 'ja' ? `${numberFormat.format(v)}時間` : `${numberFormat.format(v)} h`;
      case 'words':
        return this.#tr(fact.words?.[String(v)]) || String(v);
      case 'yen':
        return this.#withMan(v);
      case 'yenPerHour':
        return lang === 'ja' ? `時給 ${yenFormat.format(v)}円` : `${yenFormat.format(v)} yen an hour`;
      case 'people':
        return lang === 'ja' ? `${v}人` : `${v}`;
      case 'yesno':
        return v ? this.#t('yes') : this.#t('no');
      default:
        return String(v);
    }
  }

  /** The per-goal list of a program that has one; takes a list or an object keyed by goal. */
  #renderBreakdown(bd, items) {
    const entries = Array.isArray(items)
      ? items.map((it, i) => [it?.goal ?? it?.id ?? String(i), it])
      : Object.entries(items);
    const list = el('ul', { class: 'goals' });
    for (const [id, it] of entries) {
      if (!it || typeof it !== 'object') continue;
      const name = it.label || this.#tr(bd.names?.[id]) || id;
      const cap = it.capYen ?? it.cap;
      const reached = it.reached ?? it.achieved;
      const why = it.reason?.message ?? it.message ?? it.why;
      const figure = [
        typeof cap === 'number' ? (this.#lang === 'ja' ? formatMan(cap) : formatYen(cap, 'en')) : null,
        reached === undefined ? null : reached ? this.#t('reached') : this.#t('notReached'),
      ].filter(Boolean).join(this.#lang === 'ja' ? '・' : ', ');
      const li = el('li', { class: reached === false ? 'is-not-reached' : undefined },
        el('span', { class: 'goal-name', text: name }),
        el('span', { class: 'goal-figure', text: figure }));
      if (why) li.append(el('span', { class: 'why', text: why }));
      list.append(li);
    }
    if (!list.children.length) return;
    this.#e.breakdown.append(el('p', { class: 'breakdown-title', text: this.#tr(bd.heading) }), list);
  }

  #renderRowStatus(result) {
    const key = this.#spec.rowStatus;
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
    for (const entry of this.#fields.values()) if (entry.table) this.#describe(entry, !entry.error.hidden);
  }

  #renderEchoes(result) {
    for (const entry of this.#fields.values()) {
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
        entry.echo.textContent = !ok ? '' : this.#lang === 'ja'
          ? `＝ ${y}年${m ? `${m}か月` : ''}`
          : `= ${y} year${y > 1 ? 's' : ''}${m ? ` ${m} month${m > 1 ? 's' : ''}` : ''}`;
      } else {
        // Echo big amounts in 万円 so that a missing or extra zero shows at once.
        const n = readNumber(this.#rawOf(entry), 'yen');
        const big = typeof n === 'number' && Number.isInteger(n) && n >= 10000;
        entry.echo.textContent = big ? `＝ ${this.#withMan(n)}` : '';
      }
      this.#describe(entry, !entry.error.hidden);
    }
  }

  /** Under the date: which rules it selects, in a few words; and which dates the rules cover. */
  #dateEcho(result) {
    const info = this.#rulesetInfo(result);
    if (!info) return '';
    if (info.before) {
      const from = formatDate(info.first.validFrom, this.#lang);
      return info.last.validTo == null
        ? this.#t('dateKnownFrom', { from })
        : this.#t('dateKnownRange', { from, to: formatDate(info.last.validTo, this.#lang) });
    }
    return `→ ${this.#t('dateEcho', { name: this.#rulesetName(info.ruleset) })}`;
  }

  /** "4,500,000円（450万円）" or "4,500,000 yen (450万円)". */
  #withMan(n) {
    return this.#lang === 'ja' ? `${formatYen(n, 'ja')}（${formatMan(n)}）` : `${formatYen(n, 'en')} (${formatMan(n)})`;
  }

  /** The print-only header: what was entered, in the page's language. */
  #renderPrint() {
    const e = this.#e;
    const H = this.#heading(0);
    const rows = el('dl', { class: 'print-inputs' });
    const add = (label, value) => rows.append(el('div', {}, el('dt', { text: label }), el('dd', { text: value })));
    add(this.#asOfLabel(), formatDate(this.#asOf, this.#lang));
    for (const { section } of this.#sections) {
      if (!this.#sectionActive(section)) continue;
      for (const f of section.fields) {
        if (isLocal(f.path) || !this.#fieldActive(f, section)) continue;
        if (isRows(f)) {
          const sep = this.#lang === 'ja' ? '、' : ', ';
          (this.#rows[f.path] ?? []).forEach((row, i) => {
            const name = f.type === 'grid' ? this.#tr(f.rowLabel(i, this.#vals)) : `${this.#tr(f.rowLabel)} ${i + 1}`;
            const cells = f.columns.filter((c) => !(c.optional && String(row[c.path] ?? '') === ''));
            add(name, cells.map((c) => `${this.#tr(c.label)} ${this.#display(c, row[c.path])}`).join(sep));
          });
          continue;
        }
        const raw = this.#vals[f.path];
        if (raw === '' || raw === undefined || (f.type === 'flag' && !raw && f.omitFalse)) continue;
        add(this.#tr(f.label), this.#display(f, raw));
      }
    }
    e.print.replaceChildren(
      el(H, { class: 'print-title', text: `${this.#t('printHeading')}: ${this.#tr(this.#spec.title)}` }),
      el('p', { text: `${this.#t('printMade')}: ${today()}` }),
      el('p', { class: 'print-inputs-title', text: this.#t('printInputs') }),
      rows,
    );
  }

  #display(f, raw) {
    if (f.type === 'flag') return raw ? this.#t('yes') : this.#t('no');
    if (f.type === 'checklist') {
      const names = f.options.filter((o) => raw?.includes(o.value)).map((o) => this.#tr(o));
      return names.length ? names.join(this.#lang === 'ja' ? '、' : ', ') : this.#t('none');
    }
    if (f.type === 'select' || f.type === 'choice') {
      const o = f.options.find((x) => String(x.value) === String(raw));
      return o ? this.#tr(o) : String(raw ?? '');
    }
    if (f.type === 'number') {
      const n = readNumber(raw, f.unit);
      const unit = f.unit ? this.#tr(UNITS[f.unit]) : '';
      const sep = this.#lang === 'ja' ? '' : ' ';
      return typeof n === 'number' ? `${yenFormat.format(n)}${sep}${unit}` : String(raw ?? '');
    }
    return String(raw ?? '');
  }

  /** The polite live region: said once the typing pauses, not on every key. */
  #announce(result, view) {
    clearTimeout(this.#liveTimer);
    let text = '';
    const pv = this.#spec.view;
    if (result?.ok && pv?.summary) {
      text = pv.summary(result, this.#viewContext(), 'live');
    } else if (result?.ok) {
      const amount = result.amountYen ?? 0;
      text = this.#t('amountLive', {
        amount: this.#lang === 'ja' ? formatMan(amount) : formatYen(amount, 'en'),
        status: result.eligible ? this.#t('eligible') : this.#t('notEligible'),
      });
    } else if (view.notAvailable) text = this.#t('notAvailable');
    // A closed window is said before the amount, as on screen.
    const closed = result?.ok ? this.#windowShort(result) : null;
    if (closed) text = `${closed.long} ${text}`;
    this.#liveTimer = setTimeout(() => {
      if (this.#e.live.textContent !== text) this.#e.live.textContent = text;
    }, 700);
  }
}

if (!customElements.get('joseikin-simulator')) customElements.define('joseikin-simulator', JoseikinSimulator);
