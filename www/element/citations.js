// The official documents an answer cites: a step's source `{ id, section }` named by its
// document's title from programs(lang), a link when the document has a URL, and the list of the
// documents an answer cites.
import { el } from './dom.js';

/** An official document by id, from programs()' listing in the page's language. */
export function documentById(listing, id) {
  for (const p of listing ?? []) {
    const doc = p.documents?.find((d) => d.id === id);
    if (doc) return doc;
  }
  return null;
}

/**
 * A step's source: an official document cited as `{ id, section }`, named by its title (a link
 * when it has a URL) and the section. `label` is the word before it (根拠 / Source).
 */
export function sourceEl(source, { listing, lang, label }) {
  if (!source?.id) return null;
  const line = el('span', { class: 'step-source' }, `${label}: `);
  const doc = documentById(listing, source.id);
  const title = doc ? doc.title : source.id;
  line.append(doc?.url ? el('a', { href: doc.url, rel: 'noopener noreferrer', target: '_blank', text: title }) : title);
  // The publisher and the date are in the list of documents under the steps.
  if (source.section) line.append(lang === 'ja' ? `・${source.section}` : `, ${source.section}`);
  return line;
}

/** The documents of `ids` as a list: title (a link), publisher and date; null when none is known. */
export function documentsList(ids, { listing, lang }) {
  const docs = (ids ?? []).map((id) => documentById(listing, id)).filter(Boolean);
  if (!docs.length) return null;
  const list = el('ul');
  for (const d of docs) {
    const title = d.title;
    const about = [d.publisher, d.published].filter(Boolean);
    list.append(el('li', {}, d.url ? el('a', { href: d.url, rel: 'noopener noreferrer', target: '_blank', text: title }) : title,
      about.length ? (lang === 'ja' ? `（${about.join('、')}）` : ` (${about.join(', ')})`) : ''));
  }
  return list;
}
