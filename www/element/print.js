// The printed page, for a consultation at the bank: a header with what was entered (shown only in
// print, joseikin-simulator.css `@media print`), and the folded steps opened while printing.
import { UNITS } from '../ui-text.js';
import { el } from './dom.js';
import { formatDate, readNumber, today, yenFormat } from './format.js';
import { isLocal, isRows } from './state.js';

export class PrintView {
  #openBeforePrint = null;

  /** @param host  the element's insides: state, DOM parts (`e`), words (`t`, `tr`) */
  constructor(host) {
    this.host = host;
    // Print shows the steps even when they are folded; afterwards they fold back.
    this.onBeforePrint = () => {
      const details = this.host.e.details;
      if (this.#openBeforePrint !== null || !details) return;
      this.#openBeforePrint = details.open;
      details.open = true;
    };
    this.onAfterPrint = () => {
      if (this.#openBeforePrint === null) return;
      this.host.e.details.open = this.#openBeforePrint;
      this.#openBeforePrint = null;
    };
  }

  connect() {
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
  }

  disconnect() {
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
  }

  /** The print-only header: what was entered, in the page's language. */
  render() {
    const host = this.host;
    const state = host.state;
    const lang = host.lang;
    const tr = (text) => host.tr(text);
    const H = host.heading(0);
    const rows = el('dl', { class: 'print-inputs' });
    const add = (label, value) => rows.append(el('div', {}, el('dt', { text: label }), el('dd', { text: value })));
    add(host.asOfLabel(), formatDate(state.asOf, lang));
    for (const section of state.spec.sections) {
      if (!state.sectionActive(section)) continue;
      for (const f of section.fields) {
        if (isLocal(f.path) || !state.fieldActive(f, section)) continue;
        if (isRows(f)) {
          const sep = lang === 'ja' ? '、' : ', ';
          (state.rows[f.path] ?? []).forEach((row, i) => {
            const name = f.type === 'grid' ? tr(f.rowLabel(i, state.vals)) : `${tr(f.rowLabel)} ${i + 1}`;
            const cells = state.columnsOf(f).filter((c) => !(c.optional && String(row[c.path] ?? '') === ''));
            add(name, cells.map((c) => `${tr(c.label)} ${this.#display(c, row[c.path])}`).join(sep));
          });
          continue;
        }
        const raw = state.vals[f.path];
        if (raw === '' || raw === undefined || (f.type === 'flag' && !raw && f.omitFalse)) continue;
        add(tr(f.label), this.#display(f, raw));
      }
    }
    host.e.print.replaceChildren(
      el(H, { class: 'print-title', text: `${host.t('printHeading')}: ${tr(state.spec.title)}` }),
      el('p', { text: `${host.t('printMade')}: ${today()}` }),
      el('p', { class: 'print-inputs-title', text: host.t('printInputs') }),
      rows,
    );
  }

  /** A value as entered, for paper: a choice by its words, a number with its unit. */
  #display(f, raw) {
    const host = this.host;
    const lang = host.lang;
    if (f.type === 'flag') return raw ? host.t('yes') : host.t('no');
    if (f.type === 'checklist') {
      const names = f.options.filter((o) => raw?.includes(o.value)).map((o) => host.tr(o));
      return names.length ? names.join(lang === 'ja' ? '、' : ', ') : host.t('none');
    }
    if (f.type === 'select' || f.type === 'choice') {
      const o = f.options.find((x) => String(x.value) === String(raw));
      return o ? host.tr(o) : String(raw ?? '');
    }
    if (f.type === 'number') {
      const n = readNumber(raw, f.unit);
      const unit = f.unit ? host.tr(UNITS[f.unit]) : '';
      const sep = lang === 'ja' ? '' : ' ';
      return typeof n === 'number' ? `${yenFormat.format(n)}${sep}${unit}` : String(raw ?? '');
    }
    return String(raw ?? '');
  }
}
