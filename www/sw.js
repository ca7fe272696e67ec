// The standalone page's service worker: after one visit, the page works offline.
//
// Registered by page.js only (never by the element, so a portal that embeds the element gets no
// service worker), as `sw.js?v=<version>` with the engine's version(). The version names the
// cache, so a new version starts a cache of its own and the older ones are deleted.
//
// It keeps only this site's own files, the ones the page used: page.js sends their URLs once the
// engine has loaded (the page, its script and styles, the element's modules, the WebAssembly
// module), and later requests for files of this folder are kept as they pass. Online, every file
// comes from the network first, so a changed file is never hidden behind the cache; offline, from
// the cache.
const VERSION = new URL(self.location.href).searchParams.get('v') || 'dev';
const CACHE = `joseikin-${VERSION}`;
const SCOPE = new URL(self.registration.scope);

/** A file of this site's folder, other than this worker. */
function ownFile(url) {
  const u = new URL(url, SCOPE);
  return u.origin === SCOPE.origin && u.pathname.startsWith(SCOPE.pathname) && u.pathname !== new URL(self.location.href).pathname;
}

/** The URL a file is kept under: without its fragment, and `index.html` for the folder itself. */
function key(url) {
  const u = new URL(url, SCOPE);
  u.hash = '';
  if (u.pathname === SCOPE.pathname) u.pathname += 'index.html';
  return u.href;
}

/** Whether this worker is still the one in charge (a newer version's takes over on activation). */
function current() {
  return self.registration.active?.scriptURL === self.location.href;
}

/** Keeps a response, unless a newer version's worker has taken over: its activation deletes this
 *  worker's cache, and a write that began before would bring the cache back, so it is deleted again. */
async function keep(url, response) {
  if (!current()) return;
  await (await caches.open(CACHE)).put(url, response);
  if (!current()) await caches.delete(CACHE);
}

self.addEventListener('install', () => {
  self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith('joseikin-') && name !== CACHE) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

// { cache: [urls] } from page.js: the files the page loaded before this worker controlled it.
// { skipWaiting: true }: take over now, from a page whose new worker parked in waiting (page.js).
self.addEventListener('message', (event) => {
  if (event.data?.skipWaiting === true) {
    event.waitUntil(self.skipWaiting());
    return;
  }
  const urls = Array.isArray(event.data?.cache) ? event.data.cache.filter((u) => typeof u === 'string' && ownFile(u)) : [];
  if (urls.length === 0) return;
  event.waitUntil(Promise.all([...new Set(urls.map(key))].map(async (url) => {
    const response = await fetch(url, { cache: 'no-cache' }).catch(() => null);
    if (response?.ok) await keep(url, response);
  })));
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !ownFile(request.url)) return;
  event.respondWith((async () => {
    try {
      const response = await fetch(request);
      if (response.ok && response.type === 'basic') {
        event.waitUntil(keep(key(request.url), response.clone()));
      }
      return response;
    } catch (offline) {
      const kept = await caches.match(key(request.url), { cacheName: CACHE, ignoreSearch: request.mode === 'navigate' });
      if (kept) return kept;
      throw offline;
    }
  })());
});
