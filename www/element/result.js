// The result panel: the application window, the verdict and the amount, the date and its rules,
// the facts, the program's own view, the reasons and notices, the steps with their citations, and
// the polite live region that says the amount once the typing pauses.
import { TEXT, fill } from '../ui-text.js';
import { el, svgEl } from './dom.js';
import {
  fiscalYear, fiscalYearName, formatDate, formatMan, formatYen, numberFormat, withMan, yenFormat,
} from './format.js';
import { rulesetInfo, rulesetName } from './rulesets.js';
import { getPath } from './state.js';
import { citationEl, documentsList } from './citations.js';

/** The decision parts (decision.js, with the what-if charts), once imported: null before. */
let decision = null;
let decisionLoading = null;
/**
 * Imports the decision parts, once. The first estimate does not need them (they are drawn when the
 * browser is idle after it): on the built site they are a chunk of their own (scripts/site.mjs).
 */
export function loadDecision() {
  decisionLoading ??= import('./decision.js').then((m) => {
    decision = m;
  });
  return decisionLoading;
}

/** Notices about the rules a date selects, shown with the date next to the answer (issue 7). */
const DATE_NOTICES = ['no_ruleset_for_date'];
/** Notices about the application window: the first thing the result panel says (issue 11). */
const WINDOW_NOTICES = ['application_window_closed', 'application_window_not_open', 'after_application_deadline'];
/** Notices that qualify the amount itself, shown right under it. */
const AMOUNT_NOTICES = ['rules_not_modelled'];

export class ResultView {
  /** Open or closed state of the result's folding boxes, by key, across re-renders. */
  #open = new Map();
  #liveTimer = 0;
  /** Whether an answer of the engine has been passed to the decision parts yet. */
  #decisionShown = false;

  /** @param host  the element's insides: state, DOM parts (`e`), words (`t`, `tr`), the listing */
  constructor(host) {
    this.host = host;
  }

  /** Which answer the decision parts are to show: one that waits for decision.js shows only if no
   *  later answer came meanwhile. */
  #decisionFor = 0;

  /** The decision parts of `result`: at once when decision.js is there; otherwise when it arrives,
   *  unless a later answer came first. Before it has arrived there is nothing to clear, so an
   *  answer with nothing to draw (none yet, or an error) does not ask for it. */
  #renderDecision(result) {
    const seq = ++this.#decisionFor;
    if (decision) {
      decision.renderDecision(this.host, result);
    } else if (result && (result.ok || result.partial)) {
      loadDecision().then(() => {
        if (seq === this.#decisionFor) decision.renderDecision(this.host, result);
      }, (err) => console.error('joseikin-simulator: could not load the decision parts', err));
    }
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
   * Where a reason or a notice rests: its document as title · publisher · date · section, or for
   * an unconfirmed_rule notice the document to check it in. Null without a source.
   */
  #cite(item) {
    return citationEl(item.source, {
      listing: this.host.listing(),
      lang: this.#lang,
      label: this.#t(item.code === 'unconfirmed_rule' ? 'checkIn' : 'source'),
      cls: 'note-source',
    });
  }

  /** A reason's or a notice's message, with its citation under it. */
  #withSource(tag, attrs, item, lead) {
    return el(tag, attrs, ...(lead ? [lead] : []), el('span', { class: 'note-text', text: item.message }), this.#cite(item));
  }

  /** The panel's parts, empty; rebuilt with the tab and the language. */
  renderFrame() {
    const host = this.host;
    const e = host.e;
    const spec = host.state.spec;
    const H = host.heading(1);
    e.resultHeading = el(H, {
      class: 'result-heading', id: `${host.uid}-result-heading`, tabindex: '-1',
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
    // Over the facts of an answer that is not eligible: they are for reference only.
    e.factsNote = el('p', { class: 'facts-note', hidden: true });
    // The short summary that stays in view on a wide screen (sticky) while the explanation below
    // it flows in the page: the heading, the window, the verdict and the amount.
    e.summary = el('div', { class: 'result-summary' });
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
    if (host.element.hasAttribute('sync-url')) {
      const copy = el('button', { type: 'button', class: 'secondary', text: this.#t('copyLink') });
      copy.addEventListener('click', async () => {
        e.actionStatus.textContent = this.#t(await host.url.copyLink() ? 'copied' : 'copyFailed');
      });
      actions.append(copy);
    }
    const print = el('button', { type: 'button', class: 'secondary', text: this.#t('print') });
    print.addEventListener('click', () => window.print());
    actions.append(print);
    e.actionStatus = el('p', { class: 'action-status', role: 'status' });
    // Why an answer is not eligible, in a line under the verdict (the reasons with their sources follow).
    e.statusWhy = el('p', { class: 'status-why', hidden: true });
    e.summary.replaceChildren(e.resultHeading, e.window, e.status, e.statusWhy, e.amount, e.amountNotes);
    // An answer that is not eligible leads with why (the reasons), right under the verdict.
    e.resultCol.replaceChildren(
      e.summary, e.reasons, e.problems, e.dateBox, e.factsNote, e.facts, e.breakdown, e.custom,
      e.notices, e.ruleset, e.linkNote, e.details,
      el('p', { class: 'disclaimer', text: spec.disclaimer ? this.#tr(spec.disclaimer) : this.#t('disclaimer') }),
      el('p', { class: 'privacy', text: this.#t('privacy') }),
      actions, e.actionStatus,
    );
  }

  /** What the program's view (forms/*.js `view`, views/*.js) gets to build its part of the answer. */
  #viewContext() {
    const lang = this.#lang;
    return {
      lang,
      values: this.host.state.vals,
      el,
      svg: svgEl,
      tr: (text) => this.#tr(text),
      num: (n) => numberFormat.format(n),
      yen: (n) => formatYen(n, lang),
      withMan: (n) => withMan(n, lang),
      hours: (n) => (lang === 'ja' ? `${numberFormat.format(n)}時間` : `${numberFormat.format(n)} h`),
      /** A folding box whose open state survives re-rendering; its content is built when shown. */
      details: (key, summary, build) => {
        const box = el('details', { class: 'fold', 'data-fold': key }, el('summary', { text: summary }));
        let built = false;
        const fillBox = () => {
          if (built) return;
          built = true;
          for (const n of build()) if (n) box.append(n);
        };
        if (this.#open.get(key)) {
          box.open = true;
          fillBox();
        }
        box.addEventListener('toggle', () => {
          this.#open.set(key, box.open);
          if (box.open) fillBox();
        });
        return box;
      },
    };
  }

  /**
   * The answer `result` (null while the module loads), with `view`, what the form could not place
   * next to a field (FormView.applyErrors).
   */
  render(result, view) {
    const host = this.host;
    const e = host.e;
    const lang = this.#lang;
    const spec = host.state.spec;
    const pv = spec.view;
    const ok = Boolean(result?.ok);
    e.resultCol.classList.toggle('is-ok', ok);
    e.facts.replaceChildren();
    e.factsNote.hidden = true;
    e.statusWhy.hidden = true;
    e.facts.classList.remove('is-reference');
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
    // Courses compared, hints, net cost, what-if charts, and the partial answer's line (issue 15).
    // With the element's first answer they are drawn once the browser is idle, after the amount
    // (the charts alone ask the engine for two grids); afterwards at once, so that they never show
    // the figures of an earlier answer.
    if (host.engine && !this.#decisionShown) {
      this.#decisionShown = true;
      host.later('decision', () => this.#renderDecision(result));
    } else {
      host.cancel('decision');
      this.#renderDecision(result);
    }

    e.amount.hidden = !ok;
    if (!ok) {
      e.amount.replaceChildren();
      let text;
      if (host.engineState === 'failed') text = this.#t('moduleFailed');
      else if (!result) text = this.#t('loading');
      else if (view.notAvailable) text = this.#t('notAvailable');
      else if (view.shownCount || view.general.length) text = this.#t('fixErrors', { n: view.shownCount + view.general.length });
      else if (host.state.touched.size === 0) text = spec.start ? this.#tr(spec.start) : this.#t('start');
      else text = null;
      if (text) e.status.textContent = text;
      else e.status.replaceChildren();
      e.status.hidden = !text;
      e.status.classList.toggle('is-problem', Boolean(view.shownCount || view.general.length || host.engineState === 'failed'));
      if (view.errors?.length) {
        // Each error shown next to its field, as a button that moves the focus there.
        const list = el('ul', { class: 'error-links' });
        for (const err of view.errors) {
          const go = el('button', { type: 'button', class: 'link error-link', 'data-key': err.key },
            el('strong', { text: `${err.name}${lang === 'ja' ? '：' : ': '}` }), err.message);
          go.addEventListener('click', () => host.form.focusField(err.key));
          list.append(el('li', {}, go));
        }
        e.problems.append(el('p', { class: 'problems-title', text: this.#t('errorsTitle') }), list);
      }
      if (view.general.length) {
        const list = el('ul');
        for (const err of view.general) {
          list.append(el('li', {}, el('strong', { text: `${err.name}: ` }), err.message));
        }
        e.problems.append(el('p', { class: 'problems-title', text: this.#t('otherErrors') }), list);
      }
      if (view.missing.length && !view.notAvailable && host.state.touched.size > 0) {
        const names = view.missing;
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
    } else if (result.eligible === false) {
      // Not eligible: no amount to show (the figures below are for reference).
      e.amount.replaceChildren();
      e.amount.hidden = true;
    } else {
      const amount = result.amountYen ?? 0;
      e.amount.replaceChildren(el('span', { class: 'yen', text: formatYen(amount, lang) }));
      // 万円 beside the amount in Japanese only: it means nothing to an English reader.
      if (lang === 'ja') e.amount.append(el('span', { class: 'man', text: `（${formatMan(amount)}）` }));
    }
    const bar = pv?.summary ? pv.summary(result, ctx, 'bar')
      : result.eligible === false ? this.#t('notEligibleShort') : formatYen(result.amountYen ?? 0, lang);
    const closed = this.#windowShort(result);
    e.mobileAmount.textContent = closed ? `${bar}${lang === 'ja' ? '・' : ', '}${closed.short}` : bar;

    if (result.eligible === false && result.reasons?.length && !pv?.hideReasons) {
      e.statusWhy.textContent = result.reasons.map((r) => r.message).join(' ');
      e.statusWhy.hidden = false;
    }
    if (result.eligible === false && !pv?.headline) {
      e.facts.classList.add('is-reference');
      e.factsNote.textContent = this.#t('referenceHeading');
    }
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
      for (const r of result.reasons) list.append(this.#withSource('li', { 'data-code': r.code }, r));
      e.reasons.append(el('p', { class: 'reasons-title', text: this.#t('reasonsHeading') }), list);
      const help = this.#whatWouldHelp(result);
      if (help.length) {
        e.reasons.append(el('p', { class: 'help-title', text: this.#t('whatWouldHelp') }),
          el('ul', { class: 'help' }, ...help.map((text) => el('li', { text }))));
      }
    }
    e.factsNote.hidden = !e.facts.classList.contains('is-reference') || !e.facts.childElementCount;

    // Notices about the date, the window and the amount have their own places; the rest here.
    const placed = [...DATE_NOTICES, ...WINDOW_NOTICES, ...AMOUNT_NOTICES];
    const notices = (result.notices ?? []).filter((n) => !placed.includes(n.code));
    if (notices.length) {
      const list = el('ul');
      for (const n of notices) list.append(this.#withSource('li', { 'data-code': n.code, 'data-rule': n.rule }, n));
      e.notices.append(el('p', { class: 'notices-title', text: this.#t('noticesHeading') }), list);
    }

    e.ruleset.append(
      el('span', { class: 'ruleset-label', text: `${this.#t('rulesetLabel')}: ` }),
      el('strong', { text: result.ruleset.title }),
      ' ',
      el('span', { class: 'ruleset-id', text: `(${result.ruleset.id})` }),
    );
    const linkRuleset = host.state.linkRuleset;
    if (linkRuleset && linkRuleset !== result.ruleset.id) {
      e.linkNote.textContent = this.#t('linkRuleset', { was: linkRuleset, now: result.ruleset.id });
      e.linkNote.hidden = false;
    }

    const cite = { listing: host.listing(), lang, label: this.#t('source'), cls: 'step-source' };
    const steps = result.steps ?? [];
    e.stepsSummary.textContent = this.#t('stepsSummary', { n: steps.length });
    for (const s of steps) {
      const li = el('li', { 'data-step': s.id }, el('span', { class: 'step-label', text: s.label }), el('span', { class: 'step-text', text: s.text }));
      if (typeof s.yen === 'number') li.append(el('span', { class: 'step-yen', text: withMan(s.yen, lang) }));
      li.append(citationEl(s.source, cite) ?? '');
      e.steps.append(li);
    }
    const docs = documentsList(result.sources, cite);
    if (docs) e.documents.append(el('p', { class: 'documents-title', text: this.#t('documentsHeading') }), docs);
  }

  /** What would make an answer that is not eligible eligible: the page's words, the engine's hints. */
  #whatWouldHelp(result) {
    const out = [];
    const below = result.reasons.find((r) => r.code === 'below_regional_minimum_wage');
    if (below) {
      const min = below.values?.regional ?? result.regionalMinimumWageYen;
      const select = this.host.form.fields.get('prefecture')?.control;
      const pref = select?.selectedIndex > 0 ? select.selectedOptions[0].textContent : '';
      out.push(this.#t('fixBelowMinimumWage', { pref, min: numberFormat.format(min) }));
    }
    for (const h of result.hints ?? []) if (!h.informational && h.text) out.push(h.text);
    return out;
  }

  /**
   * Under the amount: the date, the rules it selects, their period and why. A date past the known
   * rules is said once, here, with what to do: in the engine's words with an answer, in the page's
   * until then.
   */
  #renderDateBox(result) {
    const host = this.host;
    const lang = this.#lang;
    const box = host.e.dateBox;
    box.replaceChildren();
    const asOf = host.state.asOf;
    const info = rulesetInfo(host.rulesets(), asOf, result);
    const date = formatDate(asOf, lang);
    const alerts = [];
    if (info && !info.before) {
      const r = info.ruleset;
      const name = rulesetName(r, lang);
      box.append(el('p', { class: 'ruleset-line' }, this.#t('rulesetLine', { label: host.asOfLabel(), date, name })));
      const from = formatDate(r.validFrom, lang);
      const period = r.validTo == null
        ? this.#t('rulesetPeriodOpen', { from })
        : this.#t('rulesetPeriod', { from, to: formatDate(r.validTo, lang) });
      const why = info.past ? '' : this.#t('rulesetWhyInForce');
      box.append(el('p', { class: 'ruleset-why', text: [period, why].filter(Boolean).join(lang === 'ja' ? '' : ' ') }));
      if (info.after && !result?.ok) {
        alerts.push({
          code: 'no_ruleset_for_date',
          message: this.#t('noRulesetYet', {
            date, year: fiscalYearName(fiscalYear(r.validFrom), lang), to: formatDate(r.validTo, lang),
          }),
        });
      }
    }
    for (const n of result?.ok ? result.notices ?? [] : []) {
      if (DATE_NOTICES.includes(n.code)) alerts.push(n);
    }
    for (const a of alerts) {
      box.append(this.#withSource('p', { class: 'date-alert', 'data-code': a.code }, a, el('strong', { text: `${this.#t('dateAlert')} ` })));
    }
    box.hidden = !box.childElementCount;
  }

  /** The application window when it is not open: the first thing the answer says, with its dates. */
  #renderWindow(result) {
    const box = this.host.e.window;
    const notices = result?.ok ? (result.notices ?? []).filter((n) => WINDOW_NOTICES.includes(n.code)) : [];
    box.replaceChildren(...notices.map((n) => this.#withSource('p', { class: 'window-alert', 'data-code': n.code }, n,
      el('strong', { text: `${this.#t('windowAlert')} ` }))));
    box.hidden = !notices.length;
  }

  /** Notices that qualify the amount (rules not modelled), under it and as plain as it. */
  #renderAmountNotes(result) {
    const box = this.host.e.amountNotes;
    const notices = result?.ok ? (result.notices ?? []).filter((n) => AMOUNT_NOTICES.includes(n.code)) : [];
    box.replaceChildren(...notices.map((n) => this.#withSource('p', { class: 'amount-note', 'data-code': n.code }, n,
      el('strong', { text: `${this.#t('amountNote')} ` }))));
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
        return withMan(v, lang);
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
    const lang = this.#lang;
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
        typeof cap === 'number' ? (lang === 'ja' ? formatMan(cap) : formatYen(cap, 'en')) : null,
        reached === undefined ? null : reached ? this.#t('reached') : this.#t('notReached'),
      ].filter(Boolean).join(lang === 'ja' ? '・' : ', ');
      const li = el('li', { class: reached === false ? 'is-not-reached' : undefined },
        el('span', { class: 'goal-name', text: name }),
        el('span', { class: 'goal-figure', text: figure }));
      if (why) li.append(el('span', { class: 'why', text: why }));
      list.append(li);
    }
    if (!list.children.length) return;
    this.host.e.breakdown.append(el('p', { class: 'breakdown-title', text: this.#tr(bd.heading) }), list);
  }

  /** The polite live region: said once the typing pauses, not on every key. */
  announce(result, view) {
    clearTimeout(this.#liveTimer);
    const lang = this.#lang;
    let text = '';
    const pv = this.host.state.spec.view;
    if (result?.ok && pv?.summary) {
      text = pv.summary(result, this.#viewContext(), 'live');
    } else if (result?.ok && result.eligible === false) {
      text = [this.#t('notEligible'), ...(result.reasons ?? []).map((r) => r.message)].join(' ');
    } else if (result?.ok) {
      const amount = result.amountYen ?? 0;
      text = this.#t('amountLive', {
        amount: lang === 'ja' ? formatMan(amount) : formatYen(amount, 'en'),
        status: result.eligible ? this.#t('eligible') : this.#t('notEligible'),
      });
    } else if (view.notAvailable) text = this.#t('notAvailable');
    // A closed window is said before the amount, as on screen.
    const closed = result?.ok ? this.#windowShort(result) : null;
    if (closed) text = `${closed.long} ${text}`;
    const live = this.host.e.live;
    this.#liveTimer = setTimeout(() => {
      if (live.textContent !== text) live.textContent = text;
    }, 700);
  }
}
