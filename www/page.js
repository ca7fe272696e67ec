// The page around the simulator: the language switch, the page's own few words, and the footer's
// list of the official documents of the program shown, from the module's registry (programs(lang)).
import { loadEngine, programsIn } from './element/engine.js';
import { documentItem, programDocuments } from './element/citations.js';
import { whenIdle } from './element/dom.js';

const WORDS = {
  siteName: { ja: '助成金シミュレーター', en: 'Subsidy simulator' },
  heading: { ja: '助成金がいくらになるか、その場で試算', en: 'See what a subsidy pays, as you type' },
  lead: {
    ja: '入力するたびに、公表された案内にもとづく助成金の見込み額と、その計算の過程が表示されます。雇用保険料、残業時間の上限、かごしま「働き方改革」推進企業の認定要件、かごしま子育て応援企業ローンの返済額も試算できます。',
    en: 'Each entry updates the estimate from the published leaflets, with every step of the calculation. Employment-insurance premiums, the overtime caps, the Kagoshima work-style certification and the Kagoshima child-rearing support loan are here too.',
  },
  privacy: {
    ja: '入力した内容はこのブラウザの中だけで計算されます。サーバーへの送信や、アクセス解析はありません。リンクを送ると、同じ入力の試算が開きます（入力内容はリンクの「#」以降に入ります）。',
    en: 'Everything is computed in this browser: nothing is sent to a server and there is no analytics. A link opens the same estimate (the entries are in the part after “#”).',
  },
  sourcesHeading: { ja: '出典（公式の資料）', en: 'Sources (official documents)' },
  sourcesLeadAll: {
    ja: '6つの制度の見込みに使う資料です。制度の画面で続けると、試算の「計算の過程と根拠」で段階ごとに該当する箇所を示します。',
    en: 'The documents the six programs are estimated from. Continue in a program to see, under its estimate, the part each step rests on.',
  },
  sourcesLead: {
    ja: '「{program}」の計算に使う資料です。各試算の「計算の過程と根拠」で、段階ごとに該当する箇所を示します。',
    en: 'The documents “{program}” is computed from. Under the estimate, each step of the calculation names the part it rests on.',
  },
  decides: {
    ja: '結果は目安です。支給額・認定・融資は、労働局・県・金融機関の審査で決まります。',
    en: 'Estimates only: the labour bureau, the prefecture or the lender decides.',
  },
  embedLink: { ja: '金融機関サイトへの埋め込み例', en: 'Example: embedded in a bank’s site' },
  title: {
    ja: '助成金シミュレーター｜業務改善助成金・働き方改革推進支援助成金・雇用保険料ほか',
    en: 'Subsidy simulator | Business Improvement and Work Style Reform subsidies, premiums, overtime caps, loans',
  },
};

const sim = document.querySelector('joseikin-simulator');
const toggle = document.getElementById('lang-toggle');

function show(lang) {
  document.documentElement.lang = lang;
  document.title = WORDS.title[lang];
  for (const node of document.querySelectorAll('[data-text]')) {
    const w = WORDS[node.dataset.text];
    if (w) node.textContent = w[lang];
  }
  // The button names the other language, in that language.
  const other = lang === 'ja' ? 'en' : 'ja';
  toggle.textContent = other === 'en' ? 'English' : '日本語';
  toggle.lang = other;
}

let engine = null;

/** The footer's documents: those of the program the element shows, or of every program while it
 *  shows the screen, each once, in the page's language. */
function showSources() {
  const lead = document.getElementById('sources-lead');
  const list = document.getElementById('sources-list');
  const lang = sim.getAttribute('lang') === 'en' ? 'en' : 'ja';
  const listing = programsIn(engine, lang);
  const program = listing?.find((p) => p.id === sim.getAttribute('program')) ?? listing?.[0];
  if (!program) {
    lead.textContent = '';
    list.replaceChildren();
    return;
  }
  if (sim.screenShown) {
    const seen = new Set();
    const all = listing.flatMap((p) => programDocuments(listing, p.id)).filter((d) => !seen.has(d.id) && seen.add(d.id));
    lead.textContent = WORDS.sourcesLeadAll[lang];
    list.replaceChildren(...all.map((doc) => documentItem(doc, lang)));
    list.dataset.program = 'screen';
    return;
  }
  lead.textContent = WORDS.sourcesLead[lang].replace('{program}', program.title);
  list.replaceChildren(...programDocuments(listing, program.id).map((doc) => documentItem(doc, lang)));
  list.dataset.program = program.id;
}

toggle.addEventListener('click', () => {
  const next = sim.getAttribute('lang') === 'en' ? 'ja' : 'en';
  sim.setAttribute('lang', next);
});
// The element also changes language when a shared link says so.
sim.addEventListener('joseikin-lang', (e) => {
  show(e.detail.lang);
  showSources();
});
// The footer is drawn when the browser is idle, after the estimate: once for a burst of answers.
let sourcesQueued = false;
function showSourcesLater() {
  if (sourcesQueued) return;
  sourcesQueued = true;
  whenIdle(() => {
    sourcesQueued = false;
    showSources();
  });
}
// A new tab (or language) gives a new answer: the footer follows the program it is for, or every
// program while the screen is shown.
sim.addEventListener('joseikin-result', showSourcesLater);
sim.addEventListener('joseikin-screen', showSourcesLater);
show(sim.getAttribute('lang') === 'en' ? 'en' : 'ja');
loadEngine().then((m) => {
  engine = m;
  showSourcesLater();
}, () => {});

// Offline use of this page (sw.js): the service worker is registered here only, never by the
// element, so a portal that embeds the element gets none. Its URL carries the engine's version,
// which names its cache: a new version replaces the worker and its cache.
async function keepOffline() {
  const { version } = await loadEngine();
  const url = new URL(`sw.js?v=${encodeURIComponent(version().crate)}`, document.baseURI).href;
  const registration = await navigator.serviceWorker.register(url);
  // Once the worker controls this page (its activation claims it), every later request passes
  // through it and is kept; what was loaded before is listed below. Waiting for activation alone
  // would miss a file loaded between the list and the claim (the decision parts, imported at idle).
  // A new version can park in waiting: when a fetch of this page reaches the outgoing worker just as
  // the new one begins to activate, Chromium abandons the activation. The waiting worker is then
  // asked to take over again (sw.js: `{ skipWaiting: true }`), each second until it has.
  const worker = await new Promise((resolve) => {
    let timer = 0;
    const check = () => {
      if (registration.active?.scriptURL === url && navigator.serviceWorker.controller?.scriptURL === url) {
        clearInterval(timer);
        resolve(registration.active);
        return true;
      }
      if (registration.waiting?.scriptURL === url) registration.waiting.postMessage({ skipWaiting: true });
      return false;
    };
    if (!check()) {
      navigator.serviceWorker.addEventListener('controllerchange', check);
      timer = setInterval(check, 1000);
    }
  });
  // The files this page loaded before the worker controlled it, then any whose request began
  // before and ended after: the observer keeps listening, and a later file that did not pass
  // through the worker (workerStart 0) is sent too; one that did is already kept.
  const icon = document.querySelector('link[rel=icon]')?.href;
  let first = true;
  new PerformanceObserver((list) => {
    const entries = first ? list.getEntries() : list.getEntries().filter((e) => e.workerStart === 0);
    const loaded = entries.map((e) => e.name);
    if (first) loaded.push(location.href, icon);
    first = false;
    if (loaded.some(Boolean)) worker.postMessage({ cache: loaded.filter(Boolean) });
  }).observe({ type: 'resource', buffered: true });
}
// Registered once the page has loaded and the browser is idle: the worker's script and its
// caching wait until after the first estimate.
if ('serviceWorker' in navigator && window.isSecureContext) {
  const register = () => whenIdle(() => {
    keepOffline().catch((err) => console.warn('joseikin: offline use not available', err));
  });
  if (document.readyState === 'complete') register();
  else addEventListener('load', register, { once: true });
}
