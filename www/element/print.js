// The printed page, for a consultation at the bank: a header (shown only in print,
// joseikin-simulator.css `@media print`) with the business name the user may type for the paper,
// the date, the ruleset and the engine's version, a link and a QR code that reopen the estimate
// (with `sync-url`), and what was entered; the folded steps are opened while printing.
//
// The business name lives only here, in memory, for the printout: it is never part of the state, so
// never in a request, the URL fragment or an event.
import { UNITS } from '../ui-text.js';
import { el, svgEl } from './dom.js';
import { formatDate, readNumber, today, yenFormat } from './format.js';
import { isLocal, isRows } from './state.js';

/** The printout's own words. */
const W = {
  nameLabel: { ja: '印刷に入れる事業者名', en: 'Business name for the printout' },
  nameHint: {
    ja: '任意。印刷にだけ入り、どこにも送信されず、リンクにも入りません。',
    en: 'Optional. It appears on the printout only: it is not sent anywhere and not put in the link.',
  },
  business: { ja: '事業者名', en: 'Business' },
  ruleset: { ja: '試算に使った規則', en: 'Rules used' },
  version: { ja: '計算プログラムの版', en: 'Calculator version' },
  reopen: {
    ja: 'この試算を開き直すには、QRコードを読み取るか、次のアドレスを開いてください（入力した内容はアドレスの「#」以降に入っています）。',
    en: 'To reopen this estimate, scan the QR code or open this address (what was entered is in the address after the “#”).',
  },
  qr: { ja: 'この試算を開き直すQRコード', en: 'QR code that reopens this estimate' },
  unknownRate: { ja: 'わからない（年1.0%〜3.0%と仮定）', en: 'not known (1.0 % to 3.0 % a year assumed)' },
};

/** The QR encoder (qrcode-generator), once it has been imported: null before. */
let qrcode = null;
let qrLoading = null;
/**
 * Imports the QR encoder, once. It is not needed for the first estimate (the QR code is drawn when
 * the browser is idle after it): on the built site it is a chunk of its own (scripts/site.mjs), so
 * the page neither fetches nor parses it before the amount is shown.
 */
export function loadQrEncoder() {
  qrLoading ??= import('../vendor/qrcode-generator.mjs').then((m) => {
    qrcode = m.default;
  });
  return qrLoading;
}

/**
 * A QR code of `text` as an SVG drawn here (qrcode-generator, byte mode, level M), with its quiet
 * zone; null when the text is too long for a QR code.
 */
function qrSvg(text, label) {
  let qr;
  try {
    qr = qrcode(0, 'M');
    qr.addData(text);
    qr.make();
  } catch {
    return null;
  }
  const n = qr.getModuleCount();
  let d = '';
  for (let r = 0; r < n; r++) for (let c = 0; c < n; c++) if (qr.isDark(r, c)) d += `M${c + 4} ${r + 4}h1v1h-1z`;
  const size = n + 8;
  return svgEl('svg', {
    class: 'print-qr', viewBox: `0 0 ${size} ${size}`, width: '26mm', height: '26mm', role: 'img', 'aria-label': label,
    'shape-rendering': 'crispEdges',
  }, svgEl('rect', { width: size, height: size, fill: '#fff' }), svgEl('path', { d, fill: '#000' }));
}

export class PrintView {
  #openBeforePrint = null;
  /** What the user typed as the business name: kept here only, for the paper. */
  #business = '';
  #nameBox = null;
  #nameLine = null;

  /** @param host  the element's insides: state, DOM parts (`e`), words (`t`, `tr`) */
  constructor(host) {
    this.host = host;
    // Print shows the steps even when they are folded; afterwards they fold back.
    this.onBeforePrint = () => {
      // The QR code is drawn when the browser is idle; printing cannot wait for that.
      this.host.flush('qr');
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
        if (f.unknownFlag && state.vals[f.unknownFlag] === true) {
          add(tr(f.label), tr(W.unknownRate));
          continue;
        }
        if (raw === '' || raw === undefined || (f.type === 'flag' && !raw && f.omitFalse)) continue;
        add(tr(f.label), this.#display(f, raw));
      }
    }
    const result = host.result;
    const sep = lang === 'ja' ? '・' : ' · ';
    const meta = [`${host.t('printMade')}: ${formatDate(today(), lang)}`];
    if (result?.ruleset) meta.push(`${tr(W.ruleset)}: ${result.ruleset.title}${lang === 'ja' ? `（${result.ruleset.id}）` : ` (${result.ruleset.id})`}`);
    const crate = host.engine?.version?.().crate;
    if (crate) meta.push(`${tr(W.version)}: joseikin ${crate}`);
    this.#nameLine = el('p', { class: 'print-business' });
    this.#showBusiness();
    host.e.print.replaceChildren(...[
      el(H, { class: 'print-title', text: `${host.t('printHeading')}: ${tr(state.spec.title)}` }),
      this.#nameLine,
      el('p', { class: 'print-meta', text: meta.join(sep) }),
      this.#reopen(result),
      el('p', { class: 'print-inputs-title', text: host.t('printInputs') }),
      rows,
    ].filter(Boolean));
    this.#placeNameBox();
  }

  /**
   * The link and the QR code that reopen the estimate: the page's address with the state in its
   * fragment. Only where the element reads its fragment (`sync-url`); a portal's page does not.
   */
  #reopen(result) {
    const host = this.host;
    if (!host.element.hasAttribute('sync-url')) return null;
    const url = new URL(host.state.fragment(result), location.href).href;
    const box = el('div', { class: 'print-reopen' },
      el('div', {}, el('p', { text: host.tr(W.reopen) }), el('p', {}, el('a', { class: 'doc-url print-link', href: url, text: url }))));
    // Encoding the QR code takes tens of milliseconds: it is drawn once the browser is idle (or
    // on beforeprint), and only again when the address or the language changes. The encoder is
    // imported for the first QR code: until it has arrived, printing (which draws at once) shows
    // the link alone, and the code follows as soon as the encoder is there.
    const label = host.tr(W.qr);
    const place = () => {
      if (this.#qr?.url !== url || this.#qr.label !== label) this.#qr = { url, label, svg: qrSvg(url, label) };
      if (this.#qr.svg) box.prepend(this.#qr.svg);
    };
    this.#place = place;
    const draw = () => {
      if (qrcode) place();
      else loadQrEncoder().then(() => this.#place === place && place(), () => {});
    };
    if (this.#qr?.url === url && this.#qr.label === label) place();
    else host.later('qr', draw, host.engineState !== 'loading');
    return box;
  }

  /** The last QR code drawn: its address, its label and its SVG (null when too long to encode). */
  #qr = null;
  /** Draws the QR code of the printout last rendered: an earlier one waiting for the encoder does not. */
  #place = null;

  #showBusiness() {
    if (!this.#nameLine) return;
    const name = this.#business.trim();
    this.#nameLine.textContent = name ? `${this.host.tr(W.business)}: ${name}` : '';
    this.#nameLine.hidden = !name;
  }

  /**
   * The business-name field on screen, beside the print button (the result's actions, which print
   * hides). Its events stop here: the form never sees them, so the name never enters the state.
   */
  #placeNameBox() {
    const host = this.host;
    const actions = host.e.resultCol?.querySelector('.actions');
    if (!actions) return;
    if (!this.#nameBox) {
      const id = `${host.uid}-print-business`;
      const input = el('input', { id, type: 'text', autocomplete: 'off', 'aria-describedby': `${id}-hint`, class: 'print-business-input' });
      input.value = this.#business;
      const stop = (ev) => ev.stopPropagation();
      input.addEventListener('input', (ev) => {
        ev.stopPropagation();
        this.#business = input.value;
        this.#showBusiness();
      });
      input.addEventListener('change', stop);
      input.addEventListener('keydown', stop);
      this.#label = el('label', { for: id });
      this.#hint = el('p', { class: 'hint', id: `${id}-hint` });
      this.#nameBox = el('div', { class: 'print-business-field' }, this.#label, el('div', { class: 'control' }, input), this.#hint);
    }
    this.#label.textContent = host.tr(W.nameLabel);
    this.#hint.textContent = host.tr(W.nameHint);
    if (this.#nameBox.parentNode !== actions) actions.prepend(this.#nameBox);
  }

  #label = null;
  #hint = null;

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
