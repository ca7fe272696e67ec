// <joseikin-simulator>: the live subsidy estimate as a custom element. This file is the one a page
// loads; it imports the rest (element/, forms/, views/, ui-text.js, pkg/) relative to itself.
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
//   start          "screen": open on the company profile that screens every program at once
//                  (element/screen.js), with a tab of its own before the programs'
// Theming: CSS custom properties on the element (see joseikin-simulator.css), and ::part(...).
// Events
//   joseikin-result  (bubbles, composed) detail: { program, asOf, lang, request, result }, where
//                    `result` is simulate()'s answer: { ok: true, … } or { ok: false, errors }
//   joseikin-lang    (bubbles, composed) detail: { lang }, when the language changes
//   joseikin-screen  (bubbles, composed) detail: { asOf, lang, profile, result }, where `result`
//                    is screen()'s answer for the profile typed on the screen
//
// The calculation runs in the browser (./pkg/joseikin.js and its .wasm, resolved from this file's
// URL). The element fetches nothing else; it builds every text with textContent, sets no inline
// style (charts are SVG with presentation attributes and classes), and loads its styles from
// joseikin-simulator.css, so it runs under a CSP of
// `default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'`.
//
// The parts, one concern each:
//   element/state.js      what is entered, per tab (values, date, example, undo); the request; the
//                         URL fragment
//   element/form.js       the form: fields, tables, hints, echoes, errors next to their fields
//   element/result.js     the result panel: verdict, amount, date, facts, notices, steps
//   element/citations.js  the official documents the steps, reasons and notices cite
//   element/print.js      the printed page
//   element/screen.js     the screen (start="screen"): the company profile, every program at once
//   element/rulesets.js   which ruleset a date selects, and its name
//   element/engine.js     the WebAssembly module and its listing of programs
//   element/format.js, element/dom.js   numbers, yen, dates; building nodes
import { FORMS, formFor } from './forms/index.js';
import { TEXT, fill } from './ui-text.js';
import { el, whenIdle } from './element/dom.js';
import { isDate, today } from './element/format.js';
import { loadEngine, programsIn } from './element/engine.js';
import { SimState, UrlSync } from './element/state.js';
import { FormView } from './element/form.js';
import { ResultView, loadDecision } from './element/result.js';
import { PrintView, loadQrEncoder } from './element/print.js';
import { ScreenView } from './element/screen.js';

export { formatMan, formatDate, readNumber, today } from './element/format.js';
export { rulesetForDate } from './element/rulesets.js';

const STYLE_URL = new URL('./joseikin-simulator.css', import.meta.url);

let instances = 0;

/**
 * The element's insides, shared by its parts (form, result, print): the state, the DOM parts by
 * name (`e`), the words in the page's language, the module and its listing, and refresh(), which
 * computes the answer and shows it everywhere.
 */
class Host {
  uid = `js${++instances}`;
  /** The DOM parts by name: tabs, panel, formCol, resultCol, form, amount, steps, … */
  e = {};
  engine = null;
  engineState = 'loading';
  /** The programs the module has (null until it has loaded, or when it cannot say). */
  available = null;
  request = null;
  /** simulate()'s answer, as the `result` property and the event give it. */
  result = null;
  /**
   * The answer as the page shows it: a partial answer (`ok: true, complete: false`: only
   * required fields missing) has no amount yet, and is shown as the errors it lists.
   */
  shown = null;
  #lastSent = '';
  /** Work put off until the browser is idle (later()), by key. */
  #jobs = new Map();
  #queued = new Set();
  /** Whether the screen (`start="screen"`) is shown in place of a program's tab. */
  screenShown = false;

  constructor(element, root) {
    this.element = element;
    this.root = root;
    this.state = new SimState(today);
    this.screen = new ScreenView(this);
    this.url = new UrlSync(() => (this.screenShown ? this.screen.fragment() : this.state.fragment(this.shown)));
    this.form = new FormView(this);
    this.view = new ResultView(this);
    this.print = new PrintView(this);
  }

  get lang() {
    return this.state.lang;
  }

  /** One of the element's own words (ui-text.js), with its `{placeholders}` filled. */
  t(key, values) {
    const s = TEXT[key][this.lang];
    return values ? fill(s, values) : s;
  }

  /**
   * One of the page's own words (`{ ja, en }`) in the page's language. The engine's texts need
   * none: they come written in the request's `lang`.
   */
  tr(text) {
    return text ? text[this.lang] ?? text.ja : '';
  }

  langOf(v) {
    return String(v ?? document.documentElement.lang ?? 'ja').toLowerCase().startsWith('en') ? 'en' : 'ja';
  }

  /** programs() in the page's language (null until the module is ready). */
  listing() {
    return programsIn(this.engine, this.lang);
  }

  /** The rulesets of the program shown, from the listing (null until the module is ready). */
  rulesets() {
    return this.listing()?.find((p) => p.id === this.state.programId)?.rulesets;
  }

  /** The date's name in sentences, without its note in brackets: 「申請日（予定）」 → 「申請日」. */
  asOfLabel() {
    return this.tr(this.state.spec.asOfLabel ?? TEXT.asOfLabel).replace(/（[^（）]*）$|\s*\([^()]*\)$/, '');
  }

  heading(offset) {
    const base = Number(this.element.getAttribute('heading-level'));
    const level = Math.min(6, (Number.isInteger(base) && base >= 1 && base <= 5 ? base : 2) + offset);
    return `h${level}`;
  }

  /**
   * Runs `job` when the browser is idle (dom.js whenIdle), for a part of the answer that the first
   * paint of the amount does not need. One job per key: a later call replaces a job not yet run, so
   * a burst of answers draws the part once, for the last. With `queue` false the job waits for
   * flush() or a later call (while the module loads, idle time is the module's to finish).
   */
  later(key, job, queue = true) {
    this.#jobs.set(key, job);
    if (!queue || this.#queued.has(key)) return;
    this.#queued.add(key);
    whenIdle(() => {
      this.#queued.delete(key);
      this.flush(key);
    });
  }

  /** Runs the job put off under `key` now, if there is one (print cannot wait for idle). */
  flush(key) {
    const job = this.#jobs.get(key);
    this.#jobs.delete(key);
    job?.();
  }

  /** Drops the job put off under `key`: what it would draw is drawn now, for a newer answer. */
  cancel(key) {
    this.#jobs.delete(key);
  }

  /** Whether the element has the screen (`start="screen"`, with the tabs shown). */
  get hasScreen() {
    return this.element.getAttribute('start') === 'screen' && !this.element.hasAttribute('lock-program');
  }

  /** Reads the state from `location.hash`; false when the fragment holds none. */
  readFragment() {
    const params = new URLSearchParams(location.hash.slice(1));
    if (this.hasScreen && this.screen.readFragment(params)) {
      this.screenShown = true;
      this.#linkLang(params.get('lang'));
      this.url.lastHash = location.hash;
      return true;
    }
    const link = this.state.readFragment(location.hash);
    if (!link) {
      // A link that names only a language (`#lang=en`, as a portal's "English" link may): that
      // language, on the view the page starts with.
      this.#linkLang(params.get('lang'));
      return false;
    }
    this.screenShown = false;
    // The attribute says which program is shown, as a tab's click sets it: the page's footer and a
    // portal read it.
    if (this.element.getAttribute('program') !== this.state.programId) this.element.setAttribute('program', this.state.programId);
    this.#linkLang(link.lang);
    this.url.lastHash = location.hash;
    return true;
  }

  /** The language a link names (none: the element's stays), set as the attribute. */
  #linkLang(code) {
    if (code === null || code === undefined) return;
    const lang = this.langOf(code);
    if (lang !== this.lang) this.element.setAttribute('lang', lang);
  }

  buildSkeleton() {
    const link = el('link', { rel: 'stylesheet', href: STYLE_URL.href });
    const container = el('div', { class: 'sim', part: 'container', hidden: true });
    const show = () => {
      container.hidden = false;
    };
    link.addEventListener('load', show);
    link.addEventListener('error', show);
    const e = this.e;
    e.container = container;
    e.tabs = el('div', { class: 'tabs', role: 'tablist', part: 'tabs' });
    e.panel = el('div', { class: 'panel', role: 'tabpanel', id: `${this.uid}-panel` });
    e.formCol = el('div', { class: 'form-col' });
    e.resultCol = el('section', { class: 'result', part: 'result', id: `${this.uid}-result` });
    e.panel.append(e.formCol, e.resultCol);
    e.screen = el('div', { class: 'screen', part: 'screen', role: 'tabpanel', id: `${this.uid}-screen`, hidden: true });
    e.print = el('div', { class: 'print-summary', part: 'print-summary' });
    e.live = el('p', { class: 'visually-hidden', 'aria-live': 'polite', 'aria-atomic': 'true' });
    container.append(e.tabs, e.print, e.screen, e.panel, e.live);
    this.root.append(link, container);

    e.tabs.addEventListener('click', (ev) => {
      const tab = ev.target.closest('[role=tab]');
      if (tab) this.selectProgram(tab.dataset.program, false);
    });
    e.tabs.addEventListener('keydown', (ev) => this.#tabKeys(ev));
  }

  renderAll() {
    this.renderTabs();
    this.form.render();
    this.view.renderFrame();
    const onScreen = this.screenShown && this.hasScreen;
    this.e.screen.hidden = !onScreen;
    this.e.panel.hidden = onScreen;
    // The print summary is the tab's (its inputs, ruleset and link); the screen prints itself.
    this.e.print.hidden = onScreen;
    if (onScreen) this.screen.render(this.e.screen);
    else this.e.screen.replaceChildren();
    this.refresh();
  }

  renderTabs() {
    const tabs = this.e.tabs;
    if (!tabs) return;
    const id = this.state.programId;
    tabs.hidden = this.element.hasAttribute('lock-program') || FORMS.length < 2;
    tabs.setAttribute('aria-label', this.t('programSwitch'));
    // Rebuilt when the module has loaded, perhaps while a tab has the focus: keep it there.
    const focused = this.root.activeElement?.closest?.('[role=tab]')?.dataset.program;
    const onScreen = this.screenShown && this.hasScreen;
    tabs.replaceChildren(
      ...(this.hasScreen ? [el('button', {
        type: 'button', role: 'tab', id: `${this.uid}-tab-screen`, class: 'tab tab-screen',
        'aria-selected': String(onScreen), 'aria-controls': `${this.uid}-screen`,
        tabindex: onScreen ? '0' : '-1', 'data-program': 'screen',
      }, el('span', { text: this.t('screenTab') }))] : []),
      ...FORMS.map((f) => {
        const selected = !onScreen && f.id === id;
        const tab = el(
          'button',
          {
            type: 'button', role: 'tab', id: `${this.uid}-tab-${f.id}`, class: 'tab',
            'aria-selected': String(selected), 'aria-controls': `${this.uid}-panel`,
            tabindex: selected ? '0' : '-1', 'data-program': f.id,
          },
          el('span', { text: this.tr(f.shortTitle) }),
        );
        if (this.available && !this.available.has(f.id)) {
          tab.append(el('span', { class: 'badge', text: this.t('notInModule') }));
        }
        return tab;
      }),
    );
    if (focused) tabs.querySelector(`[data-program="${CSS.escape(focused)}"]`)?.focus();
    this.e.screen.setAttribute('aria-labelledby', `${this.uid}-tab-screen`);
    const panel = this.e.panel;
    if (!tabs.hidden) panel.setAttribute('aria-labelledby', `${this.uid}-tab-${id}`);
    else panel.removeAttribute('aria-labelledby');
    panel.setAttribute('role', tabs.hidden ? 'group' : 'tabpanel');
    if (tabs.hidden) panel.setAttribute('aria-label', this.tr(this.state.spec.title));
    else panel.removeAttribute('aria-label');
  }

  #tabKeys(ev) {
    const tabs = [...this.e.tabs.querySelectorAll('[role=tab]')];
    const i = tabs.indexOf(ev.target.closest('[role=tab]'));
    if (i < 0) return;
    const go = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: tabs.length - 1 }[ev.key];
    if (go === undefined) return;
    ev.preventDefault();
    const next = tabs[(go + tabs.length) % tabs.length];
    this.selectProgram(next.dataset.program, true);
  }

  selectProgram(id, focusTab) {
    if (id === 'screen' && this.hasScreen && !this.screenShown) {
      this.historyStep(() => {
        this.screenShown = true;
        this.renderAll();
      });
    } else if (id && (id !== this.state.programId || (this.screenShown && id !== 'screen')) && formFor(id)) {
      this.historyStep(() => {
        this.screenShown = false;
        this.state.programId = id;
        this.state.linkRuleset = null;
        this.element.setAttribute('program', id);
        this.renderAll();
      });
    }
    const shown = this.screenShown ? 'screen' : this.state.programId;
    if (focusTab) this.e.tabs.querySelector(`[data-program="${CSS.escape(shown)}"]`)?.focus();
  }

  /** The screen's button: the program's tab, with the row's request filled in (a step of the history). */
  openFromScreen(request) {
    const spec = formFor(request?.program);
    if (!spec) return;
    this.historyStep(() => {
      this.screenShown = false;
      this.state.programId = spec.id;
      this.state.linkRuleset = null;
      ScreenView.prefill(this.state, request);
      this.element.setAttribute('program', spec.id);
      this.renderAll();
    });
    this.e.tabs.querySelector(`[data-program="${CSS.escape(spec.id)}"]`)?.focus();
  }

  /** With `sync-url`, writes the fragment after a pause in the typing (the screen's own typing). */
  syncUrl() {
    if (this.element.hasAttribute('sync-url')) this.url.schedule();
  }

  /**
   * A change that is a step of its own (a tab switched, the inputs cleared): with `sync-url`, the
   * state before it keeps its entry in the history and the state after gets a new one, so Back
   * returns to it. Typing only replaces the entry.
   */
  historyStep(change) {
    const sync = this.element.hasAttribute('sync-url');
    if (sync) this.url.flush();
    change();
    if (sync) this.url.push();
  }

  /** Computes the answer of what is entered and shows it: form, result, print, live region, URL. */
  refresh() {
    if (!this.e.form) return;
    this.form.updateVisibility();
    const request = this.state.buildRequest();
    let result = null;
    if (this.engine) {
      try {
        result = this.engine.simulate(request);
      } catch (err) {
        // Only a malformed call throws; the page builds every call, so this is a defect.
        console.error('joseikin-simulator:', err);
        result = { ok: false, errors: [{ field: '', code: 'call_error', message: String(err) }] };
      }
    }
    this.request = request;
    this.result = result;
    const shown = result?.ok && result.complete === false
      ? { ok: false, lang: result.lang, errors: result.errors ?? [], partial: result }
      : result;
    this.shown = shown;
    const placed = this.form.applyErrors(shown);
    this.view.render(shown, placed);
    this.form.renderRowStatus(shown);
    this.form.renderEchoes(shown);
    this.form.renderNote();
    this.print.render();
    if (this.screenShown && this.hasScreen) this.screen.update();
    else this.view.announce(shown, placed);
    if (result) {
      // example: the leaflet's figures are shown, not the user's own (a portal must not prefill from them).
      const example = this.state.exampleShown;
      // Leaving the screen for the tab is a new answer to show, even for the same request.
      const sent = JSON.stringify([request, this.lang, example, this.screenShown]);
      if (sent !== this.#lastSent) {
        this.#lastSent = sent;
        this.element.dispatchEvent(new CustomEvent('joseikin-result', {
          bubbles: true,
          composed: true,
          detail: { program: request.program, asOf: request.asOf, lang: this.lang, example, request, result },
        }));
      }
    }
    if (this.element.hasAttribute('sync-url')) this.url.schedule();
  }
}

export class JoseikinSimulator extends HTMLElement {
  static observedAttributes = ['program', 'lang'];

  #host;
  #built = false;

  constructor() {
    super();
    this.#host = new Host(this, this.attachShadow({ mode: 'open' }));
    this.onHashChange = () => {
      const host = this.#host;
      if (location.hash !== host.url.lastHash && host.readFragment()) host.renderAll();
    };
  }

  /** The last request sent to simulate(). */
  get request() {
    return this.#host.request;
  }

  /** The last answer of simulate(). */
  get result() {
    return this.#host.result;
  }

  /** The last answer of screen() (`start="screen"`); null until the screen has been shown. */
  get screenResult() {
    return this.#host.screen.answer;
  }

  /** Whether the screen (every program) is shown rather than one program's tab. */
  get screenShown() {
    return Boolean(this.#host.screenShown && this.#host.hasScreen);
  }

  connectedCallback() {
    const host = this.#host;
    host.print.connect();
    if (this.hasAttribute('sync-url')) {
      window.addEventListener('hashchange', this.onHashChange);
      window.addEventListener('popstate', this.onHashChange);
    }
    if (this.#built) return;
    const state = host.state;
    state.lang = host.langOf(this.getAttribute('lang'));
    state.programId = formFor(this.getAttribute('program'))?.id ?? FORMS[0].id;
    const asOf = this.getAttribute('as-of');
    if (isDate(asOf)) state.startDate = asOf;
    const linked = this.hasAttribute('sync-url') && host.readFragment();
    if (!linked && host.hasScreen) host.screenShown = true;
    // Asked before the first render: the module is fetched and compiled while the form is built.
    const engine = loadEngine();
    host.buildSkeleton();
    this.#built = true;
    host.renderAll();
    engine.then(
      (engine) => {
        host.engine = engine;
        host.engineState = 'ready';
        try {
          host.available = new Set(host.listing().map((p) => p.id));
        } catch {
          host.available = null;
        }
        host.renderTabs();
        host.refresh();
        // The parts the first estimate does not need (the decision parts; the QR encoder, only with
        // `sync-url`), imported when the browser is idle after it: there when an answer needs
        // them, and fetched during this visit, so that the page's service worker keeps them.
        host.later('parts', () => {
          loadDecision().catch(() => {});
          if (this.hasAttribute('sync-url')) loadQrEncoder().catch(() => {});
        });
      },
      (err) => {
        host.engineState = 'failed';
        console.error('joseikin-simulator: could not load the calculator', err);
        host.refresh();
      },
    );
  }

  disconnectedCallback() {
    this.#host.print.disconnect();
    window.removeEventListener('hashchange', this.onHashChange);
    window.removeEventListener('popstate', this.onHashChange);
  }

  attributeChangedCallback(name, old, value) {
    if (old === value) return;
    const host = this.#host;
    if (name === 'lang') {
      const lang = host.langOf(value);
      if (lang === host.lang) return;
      host.state.lang = lang;
      if (this.#built) host.renderAll();
      this.dispatchEvent(new CustomEvent('joseikin-lang', { bubbles: true, composed: true, detail: { lang } }));
    } else if (name === 'program') {
      const spec = formFor(value);
      if (!spec || (spec.id === host.state.programId && !host.screenShown)) return;
      host.screenShown = false;
      host.state.programId = spec.id;
      if (this.#built) host.renderAll();
    }
  }
}

if (!customElements.get('joseikin-simulator')) customElements.define('joseikin-simulator', JoseikinSimulator);
