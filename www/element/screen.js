// The screen: 「まず会社のことを教えてください」. One short company profile (forms/profile.js) and,
// under it, every program at once as screen() answers on each keystroke: its status, estimate or
// range, application window, what is still missing, and a button that opens the program's tab
// with the row's `request.input` filled in. Every figure, status and message is the engine's; the
// page only names the statuses and the fields.
import { el } from './dom.js';
import { formatDate, formatYen, readNumber } from './format.js';
import { allFields, isLocal, setPath } from './state.js';
import { citationEl } from './citations.js';
import { formFor } from '../forms/index.js';
import { PROFILE_FIELDS, PROFILE_SECTIONS } from '../forms/profile.js';
import { UNITS } from '../ui-text.js';

const PROFILE = 'profile.';

/** `{ a: { b: 1 } }` → `{ 'a.b': 1 }`; arrays are left whole. */
function flatten(obj, prefix = '', out = {}) {
  for (const [k, v] of Object.entries(obj ?? {})) {
    const path = prefix ? `${prefix}.${k}` : k;
    if (v && typeof v === 'object' && !Array.isArray(v)) flatten(v, path, out);
    else out[path] = v;
  }
  return out;
}

export class ScreenView {
  /** What is typed, by profile path (`company.capitalYen`): text as typed. */
  values = {};
  /** The last request and answer of screen(). */
  request = null;
  answer = null;
  #entries = new Map();
  #lastSent = '';

  constructor(host) {
    this.host = host;
  }

  get #lang() {
    return this.host.lang;
  }

  /** The date the screen judges on: the element's start date (`as-of`, else today). */
  get asOf() {
    return this.host.state.startDay();
  }

  buildRequest() {
    const profile = {};
    for (const f of PROFILE_FIELDS) {
      const raw = this.values[f.path];
      let v;
      if (f.type === 'number') {
        // As the forms do: an amount written with 万/億 goes as typed, and the engine reads it.
        const typed = String(raw ?? '').trim();
        v = f.unit === 'yen' && /[億万千百¥￥]/.test(typed) ? typed : readNumber(raw, f.unit);
      } else {
        v = raw === '' ? undefined : raw;
      }
      if (v !== undefined) setPath(profile, f.path, v);
    }
    return { asOf: this.asOf, lang: this.#lang, profile };
  }

  // ---- the form -----------------------------------------------------------------------------

  /** Builds the screen in `root` (the element's screen panel): the form, then the list. */
  render(root) {
    const h = this.host;
    const uid = h.uid;
    this.#entries.clear();
    const form = el('form', { class: 'form screen-form', novalidate: true });
    form.addEventListener('submit', (ev) => ev.preventDefault());
    for (const section of PROFILE_SECTIONS) {
      const box = el('fieldset', { class: 'section' }, el('legend', { text: h.tr(section.legend) }));
      for (const f of section.fields) box.append(this.#fieldEl(f, `${uid}-screen-${f.path.replace('.', '-')}`));
      form.append(box);
    }
    form.addEventListener('input', (ev) => this.#onInput(ev));
    form.addEventListener('change', (ev) => this.#onInput(ev));

    this.list = el('ul', { class: 'screen-list' });
    this.summary = el('p', { class: 'screen-summary', 'aria-live': 'polite', 'aria-atomic': 'true' });
    this.missingBox = el('div', { class: 'screen-missing' });
    this.overlapBox = el('div', { class: 'screen-overlaps' });
    const listHeadingId = `${uid}-screen-list-heading`;
    root.replaceChildren(
      el('div', { class: 'intro' },
        el(h.heading(0), { class: 'title', id: `${uid}-screen-heading`, text: h.t('screenHeading') }),
        el('p', { class: 'summary', text: h.t('screenLead') })),
      form,
      el('section', { class: 'screen-results', 'aria-labelledby': listHeadingId },
        el(h.heading(1), { class: 'result-heading', id: listHeadingId, text: h.t('screenListHeading') }),
        el('p', { class: 'hint screen-asof', text: h.t('screenAsOf', { date: formatDate(this.asOf, this.#lang) }) }),
        this.summary, this.missingBox, this.list, this.overlapBox),
    );
    root.setAttribute('aria-labelledby', `${uid}-screen-heading`);
    this.list.addEventListener('click', (ev) => {
      const button = ev.target.closest('button[data-open]');
      const row = button && this.answer?.ok && this.answer.programs.find((p) => p.program === button.dataset.open);
      if (row) h.openFromScreen(row.request);
    });
  }

  #fieldEl(f, id) {
    const h = this.host;
    const wrapper = el('div', { class: `field field-${f.type}`, 'data-field': f.path });
    const label = el('label', { for: id, text: h.tr(f.label) });
    if (f.optional) label.append(' ', el('span', { class: 'optional', text: this.#lang === 'ja' ? `（${h.t('optional')}）` : `(${h.t('optional')})` }));
    const error = el('p', { class: 'error', id: `${id}-error`, hidden: true });
    const hint = f.hint ? el('p', { class: 'hint', id: `${id}-hint`, text: h.tr(f.hint) }) : null;
    let control;
    if (f.type === 'select') {
      control = el('select', { id, name: `profile.${f.path}` });
      control.append(el('option', { value: '', text: h.t('choose') }));
      for (const o of f.options) control.append(el('option', { value: o.value, text: h.tr(o) }));
    } else {
      control = el('input', {
        id, name: `profile.${f.path}`, type: 'text', autocomplete: 'off', inputmode: 'numeric',
        class: f.unit === 'yen' ? 'wide' : undefined,
      });
    }
    control.value = this.values[f.path] ?? '';
    const row = el('div', { class: 'control' }, control);
    if (f.unit) row.append(el('span', { class: 'unit', id: `${id}-unit`, text: h.tr(UNITS[f.unit]) }));
    wrapper.append(label, row);
    if (hint) wrapper.append(hint);
    wrapper.append(error);
    this.#entries.set(f.path, { control, error, hint, unit: f.unit ? `${id}-unit` : null });
    return wrapper;
  }

  #onInput(ev) {
    const name = ev.target.name ?? '';
    if (!name.startsWith(PROFILE)) return;
    const path = name.slice(PROFILE.length);
    if (this.values[path] === ev.target.value) return;
    this.values[path] = ev.target.value;
    this.update();
    this.host.syncUrl();
  }

  // ---- the answer ---------------------------------------------------------------------------

  /** Asks screen() and shows its answer: errors at their fields, the list, the event. */
  update() {
    const h = this.host;
    if (!this.list) return;
    const request = this.buildRequest();
    let answer = null;
    if (h.engine) {
      try {
        answer = h.engine.screen(request);
      } catch (err) {
        // Only a malformed call throws; the page builds every call, so this is a defect.
        console.error('joseikin-simulator:', err);
        answer = { ok: false, lang: this.#lang, errors: [{ field: '', code: 'call_error', message: String(err) }] };
      }
    }
    this.request = request;
    this.answer = answer;
    this.#showErrors(answer);
    this.#showList(answer);
    if (answer) {
      const sent = JSON.stringify(request);
      if (sent !== this.#lastSent) {
        this.#lastSent = sent;
        h.element.dispatchEvent(new CustomEvent('joseikin-screen', {
          bubbles: true,
          composed: true,
          detail: { asOf: request.asOf, lang: request.lang, profile: request.profile, result: answer },
        }));
      }
    }
  }

  #showErrors(answer) {
    const errors = answer && !answer.ok ? answer.errors : [];
    for (const [path, entry] of this.#entries) {
      const mine = errors.filter((e) => e.field === PROFILE + path);
      entry.error.hidden = !mine.length;
      entry.error.textContent = mine.map((e) => e.message).join(' ');
      const ids = [entry.unit, entry.hint?.id, mine.length ? entry.error.id : null].filter(Boolean);
      if (ids.length) entry.control.setAttribute('aria-describedby', ids.join(' '));
      else entry.control.removeAttribute('aria-describedby');
      if (mine.length) entry.control.setAttribute('aria-invalid', 'true');
      else entry.control.removeAttribute('aria-invalid');
    }
  }

  #fieldName(path) {
    const f = PROFILE_FIELDS.find((x) => PROFILE + x.path === path);
    return f ? this.host.tr(f.label) : null;
  }

  #programName(id) {
    return this.host.tr(formFor(id)?.shortTitle) || id;
  }

  #showList(answer) {
    const h = this.host;
    const t = (k, v) => h.t(k, v);
    const sep = t('screenListSep');
    this.missingBox.replaceChildren();
    this.overlapBox.replaceChildren();
    if (!answer) {
      this.summary.textContent = h.engineState === 'failed' ? t('moduleFailed') : t('loading');
      this.list.replaceChildren();
      return;
    }
    if (!answer.ok) {
      // The list would be of a profile that is not the one typed: none until it is corrected.
      const named = answer.errors.map((e) => this.#fieldName(e.field)).filter(Boolean);
      this.summary.textContent = [t('screenFix'), named.length ? named.join(sep) : answer.errors.map((e) => e.message).join(' ')].join(' ');
      this.list.replaceChildren();
      return;
    }
    const count = (s) => answer.programs.filter((p) => p.status === s).length;
    this.summary.textContent = t('screenSummary', { likely: count('likely'), needs: count('needs_input'), not: count('not_eligible') });

    const missing = answer.missing.filter((m) => this.#fieldName(m.field));
    if (missing.length) {
      this.missingBox.append(
        el(h.heading(2), { class: 'screen-subheading', text: t('screenMissingHeading') }),
        el('ul', {}, ...missing.map((m) => el('li', {
          'data-field': m.field,
          text: t('screenMissingItem', { field: this.#fieldName(m.field), programs: m.programs.map((p) => this.#programName(p)).join(sep) }),
        }))),
      );
    }
    this.list.replaceChildren(...answer.programs.map((row) => this.#rowEl(row)));
    if (answer.overlaps.length) {
      const listing = h.listing();
      this.overlapBox.append(
        el(h.heading(2), { class: 'screen-subheading notices-title', text: t('screenOverlapHeading') }),
        el('ul', {}, ...answer.overlaps.map((o) => el('li', { 'data-code': o.notice.code, 'data-programs': o.programs.join(' ') },
          el('p', { text: o.notice.message }),
          citationEl(o.notice.source, { listing, lang: this.#lang, label: t('checkIn'), cls: 'note-source' })))),
      );
    }
  }

  #rowEl(row) {
    const h = this.host;
    const t = (k, v) => h.t(k, v);
    const lang = this.#lang;
    const sep = t('screenListSep');
    const yen = (n) => formatYen(n, lang);
    const li = el('li', { class: `screen-row is-${row.status}`, 'data-program': row.program, 'data-status': row.status });
    li.append(
      el(h.heading(2), { class: 'screen-row-title', text: row.title }),
      el('p', { class: 'screen-status', text: t(`screenStatus_${row.status}`) }),
    );
    if (typeof row.amountYen === 'number') li.append(el('p', { class: 'screen-figure', text: t('screenAmount', { amount: yen(row.amountYen) }) }));
    else if (typeof row.employerShareYen === 'number') li.append(el('p', { class: 'screen-figure', text: t('screenEmployerShare', { amount: yen(row.employerShareYen) }) }));
    // A range of 0円〜0円 while fields are still missing is left unsaid, as on the program's tab.
    else if (row.bounds && row.bounds.maxYen > 0) {
      li.append(el('p', { class: 'screen-figure', text: t('screenRange', { min: yen(row.bounds.minYen), max: yen(row.bounds.maxYen) }) }));
    }
    const w = row.applicationWindow;
    if (w) {
      const status = t(`screenWindow_${w.status}`);
      const closes = formatDate(w.closes, lang);
      li.append(el('p', {
        class: 'screen-window',
        text: w.opens ? t('screenWindow', { opens: formatDate(w.opens, lang), closes, status }) : t('screenWindowTo', { closes, status }),
      }));
    }
    const here = row.missing.filter((p) => p.startsWith(PROFILE)).map((p) => this.#fieldName(p)).filter(Boolean);
    if (here.length) li.append(el('p', { class: 'screen-needs', text: t('screenNeedsHere', { fields: here.join(sep) }) }));
    const there = row.missing.filter((p) => p === 'input' || p.startsWith('input.'));
    if (there.length) {
      const spec = formFor(row.program);
      const labels = there.map((p) => spec && allFields(spec).find((f) => `input.${f.path}` === p)?.label).filter(Boolean).map((l) => h.tr(l));
      // A path the form has no one label for (`input`, a group such as `input.goals`): said in general.
      const text = !labels.length ? t('screenNeedsForm')
        : t('screenNeedsThere', { fields: labels.join(sep) }) + (labels.length < there.length ? t('screenNeedsMore') : '');
      li.append(el('p', { class: 'screen-needs', text }));
    }
    // Why not, and what else to know, in the engine's words; rules not confirmed are folded, and say so.
    const note = (kind, n) => el('li', { class: `screen-${kind}`, 'data-code': n.code }, n.message);
    const unconfirmed = row.notices.filter((n) => n.code === 'unconfirmed_rule');
    const notes = [...row.reasons.map((r) => note('reason', r)), ...row.notices.filter((n) => n.code !== 'unconfirmed_rule').map((n) => note('notice', n))];
    if (notes.length) li.append(el('ul', { class: 'screen-notes' }, ...notes));
    if (unconfirmed.length) {
      li.append(el('details', { class: 'screen-unconfirmed' },
        el('summary', { text: t('screenUnconfirmed', { n: unconfirmed.length }) }),
        el('ul', { class: 'screen-notes' }, ...unconfirmed.map((n) => note('notice', n)))));
    }
    li.append(el('button', { type: 'button', class: 'secondary', 'data-open': row.program, text: t('screenOpen', { name: this.#programName(row.program) }) }));
    return li;
  }

  // ---- carrying the profile over, and the URL fragment --------------------------------------

  /**
   * Fills the tab of `request.program` with `request.input` (the row's request): each value into
   * its field, a page-local mode switch (`_basis`…) set to the option under which the most given
   * fields are asked. A tab showing its example untouched is emptied first.
   */
  static prefill(state, request) {
    const spec = state.spec;
    const given = flatten(request.input);
    if (state.exampleShown) state.clear();
    const fields = allFields(spec);
    for (const [path, value] of Object.entries(given)) {
      const f = fields.find((x) => x.path === path);
      if (!f || Array.isArray(value)) continue;
      let text = value;
      if (f.type === 'select' || f.type === 'choice') {
        const o = f.options.find((x) => ('send' in x ? x.send : x.value) === value || String(x.value) === String(value));
        if (!o) continue;
        text = o.value;
      } else if (f.type === 'number') {
        text = String(value);
      }
      state.input(path, text);
    }
    for (const section of spec.sections) {
      for (const f of section.fields) {
        if (!isLocal(f.path) || f.type !== 'choice' || !f.options) continue;
        const active = (v) => {
          state.vals[f.path] = v;
          return Object.keys(given).filter((p) => {
            const g = fields.find((x) => x.path === p);
            const s = spec.sections.find((x) => x.fields.includes(g));
            return g && s && state.fieldActive(g, s);
          }).length;
        };
        const before = state.vals[f.path];
        const best = f.options.reduce((a, o) => (active(o.value) > active(a) ? o.value : a), before);
        state.vals[f.path] = best;
      }
    }
    if (request.asOf && request.asOf !== state.asOf) state.input('@asOf', request.asOf);
  }

  /** The fragment of the screen: `view=screen`, the language when not ja, and what is typed. */
  fragment() {
    const p = new URLSearchParams();
    p.set('view', 'screen');
    if (this.#lang !== 'ja') p.set('lang', this.#lang);
    for (const f of PROFILE_FIELDS) {
      const v = this.values[f.path];
      if (v !== undefined && v !== '') p.set(f.path, v);
    }
    return `#${p}`;
  }

  /** Reads a fragment written by fragment(); false when it is not the screen's. */
  readFragment(params) {
    if (params.get('view') !== 'screen') return false;
    this.values = {};
    for (const f of PROFILE_FIELDS) if (params.has(f.path)) this.values[f.path] = params.get(f.path);
    return true;
  }
}
