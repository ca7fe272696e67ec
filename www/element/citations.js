// The official documents an answer cites, as a citizen can follow them: a step's, a reason's or a
// notice's source `{ id, section }` is written as title · publisher · date · section, from the
// document registry of programs(lang) (never a fixed sentence), the title a link to the official
// page when the document has one. The link opens in a new tab without telling the site where it
// came from (rel="noopener noreferrer"), and says so, and whose site it is, in its own words. On
// paper the URL is written out (the `.doc-url` lines, shown in print only).
import { TEXT } from '../ui-text.js';
import { el } from './dom.js';

const SEP = ' · ';

/** An official document by id, from programs()' listing in the page's language. */
export function documentById(listing, id) {
  for (const p of listing ?? []) {
    const doc = p.documents?.find((d) => d.id === id);
    if (doc) return doc;
  }
  return null;
}

/** The documents of one program, in the registry's order (programs(lang)' `documents`). */
export function programDocuments(listing, programId) {
  return listing?.find((p) => p.id === programId)?.documents ?? [];
}

/** Whether a URL is a Japanese government site: *.go.jp (ministries), *.lg.jp and pref.*.jp (local). */
export function isGovernmentUrl(url) {
  try {
    const host = new URL(url).hostname;
    return /\.(go|lg)\.jp$/.test(host) || /^(www\.)?pref\.[a-z-]+\.jp$/.test(host);
  } catch {
    return false;
  }
}

/**
 * A document's title, as a link to its official page when it has one: a new tab, no opener and
 * no referrer, and words read with the title saying whose site opens and that it is a new tab.
 */
export function documentTitle(doc, lang) {
  if (!doc.url) return el('cite', { class: 'doc-title', text: doc.title });
  const where = TEXT[isGovernmentUrl(doc.url) ? 'opensGovSite' : 'opensOtherSite'][lang];
  return el('a', { class: 'doc-title', href: doc.url, target: '_blank', rel: 'noopener noreferrer' },
    doc.title,
    el('span', { class: 'ext-mark', 'aria-hidden': 'true', text: '↗' }),
    el('span', { class: 'visually-hidden', text: where }));
}

/** A section's name, quoted: 「助成上限額」 or “Caps (助成上限額)”. */
function quoted(section, lang) {
  return lang === 'ja' ? `「${section}」` : `“${section}”`;
}

/** A publisher or a date, kept whole on its line where the words allow (「厚生労働 / 省」 never). */
function docPart(text) {
  return el('span', { class: 'doc-part', text });
}

/**
 * One citation: `label: title · publisher · date · section`, and on paper the URL under it.
 * `source` is `{ id, section }`; a document the listing does not know is named by its id.
 * Null without a source.
 */
export function citationEl(source, { listing, lang, label, cls = 'citation' }) {
  if (!source?.id) return null;
  const doc = documentById(listing, source.id);
  const line = el('span', { class: cls, 'data-doc': source.id }, `${label}: `);
  if (!doc) {
    line.append(source.id);
  } else {
    line.append(documentTitle(doc, lang));
    for (const part of [doc.publisher, doc.published]) if (part) line.append(SEP, docPart(part));
  }
  if (source.section) line.append(SEP, quoted(source.section, lang));
  return line;
}

/** A document in a list: title · publisher · date, whether its figures were read second-hand, its URL on paper. */
export function documentItem(doc, lang) {
  const li = el('li', { 'data-doc': doc.id }, documentTitle(doc, lang));
  for (const part of [doc.publisher, doc.published]) if (part) li.append(SEP, docPart(part));
  if (doc.standing === 'secondary') li.append(lang === 'ja' ? `（${TEXT.secondary.ja}）` : ` (${TEXT.secondary.en})`);
  if (doc.url) li.append(el('span', { class: 'doc-url', text: doc.url }));
  return li;
}

/** The documents of `ids` as a list; null when none is known. */
export function documentsList(ids, { listing, lang }) {
  const docs = (ids ?? []).map((id) => documentById(listing, id)).filter(Boolean);
  if (!docs.length) return null;
  return el('ul', { class: 'doc-list' }, ...docs.map((d) => documentItem(d, lang)));
}
