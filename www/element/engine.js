// The WebAssembly module: loaded once per page, relative to this folder's parent (../pkg/), and
// its listing of programs asked once per language.

const MODULE_URL = new URL('../pkg/joseikin.js', import.meta.url);

let enginePromise;
/** Loads and initialises the WebAssembly module once per page. */
export function loadEngine() {
  enginePromise ??= import(MODULE_URL.href).then(async (m) => {
    await m.default();
    return m;
  });
  return enginePromise;
}

const listings = new Map();
/**
 * programs(lang): each program's title, its rulesets with their validity and the documents they
 * rest on, in that language. Asked once per language.
 */
export function programsIn(engine, lang) {
  if (!engine) return null;
  if (!listings.has(lang)) listings.set(lang, engine.programs(lang));
  return listings.get(lang);
}
