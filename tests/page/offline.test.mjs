// Offline use of the standalone page (www/sw.js, registered by www/page.js): after one visit the
// page reloads and computes with no network; the worker's cache is named by the engine's version
// and a new version's worker deletes the older caches; on the built site (scripts/site.mjs) it keeps
// the chunks the element imports after its first answer too; the embed demo, like any page that only
// embeds the element, registers no service worker. Service workers need a secure context:
// 127.0.0.1 is one.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crateVersion } from '../../scripts/dist.mjs';
import { buildSite } from '../../scripts/site.mjs';
import { startServer } from './server.mjs';
import { setup, openPage, sim } from './helpers.mjs';

let env;
let cacheName;
before(async () => {
  env = await setup();
  cacheName = `joseikin-${await crateVersion()}`;
});
after(async () => {
  await env?.close();
});

/** The paths the worker's caches hold: { [cache name]: [paths] }. */
function cached(page) {
  return page.evaluate(async () => {
    const out = {};
    for (const name of await caches.keys()) {
      out[name] = (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname);
    }
    return out;
  });
}

/**
 * Polls the caches until `done(caches)` holds, for up to 30 s; fails with `what` and the last caches
 * otherwise. The page registers its worker when the browser is idle, and a new worker installs,
 * activates and claims the page before the list is sent: on a loaded machine that took over 10 s.
 */
async function waitForCaches(page, done, what) {
  let last;
  for (let i = 0; i < 300; i += 1) {
    last = await cached(page);
    if (done(last)) return last;
    await page.waitForTimeout(100);
  }
  return assert.fail(`${what}: ${JSON.stringify(last)}`);
}

/**
 * Waits until the worker of this version has kept every file of its origin that the page loaded:
 * the page, its element's modules, the stylesheets and the module.
 */
async function waitForCache(page, name) {
  const loaded = await page.evaluate(() => new Promise((resolve) => {
    const observer = new PerformanceObserver((list) => {
      observer.disconnect();
      resolve(list.getEntries().map((e) => new URL(e.name)).filter((u) => u.origin === location.origin).map((u) => u.pathname));
    });
    observer.observe({ type: 'resource', buffered: true });
  }));
  const needed = [...new Set(['/index.html', '/page.js', '/joseikin-simulator.js', '/joseikin-simulator.css', '/pkg/joseikin.js', '/pkg/joseikin_bg.wasm', ...loaded])];
  const all = await waitForCaches(page, (c) => needed.every((p) => c[name]?.includes(p)), `the cache ${name} lacks some of ${needed.join(', ')}`);
  return all[name];
}

/** Waits until the caches are exactly `names`. */
function waitForNames(page, names) {
  return waitForCaches(page, (c) => JSON.stringify(Object.keys(c)) === JSON.stringify(names), `the caches are not ${names.join(', ')}`);
}

test('after one visit the page reloads offline and still computes the leaflet example', async () => {
  // A server of its own, stopped before the reload: nothing can come from the network.
  const server = await startServer();
  const { page, context, log } = await openPage(env, null);
  // A failure must not leave the server listening: the file would never end.
  try {
    await page.goto(server.url);
    const s = sim(page);
    await s.part('[role=tab][data-program="gyomu-kaizen"]').click(); // the page opens on the screen
    await s.part('button', { hasText: '案内の計算例' }).click();
    await s.waitForAmount('4,500,000円');
    const kept = await waitForCache(page, cacheName);
    // Only the site's own files, and not the worker itself.
    assert.ok(kept.every((p) => !p.endsWith('/sw.js')), kept.join(', '));
    assert.deepEqual(Object.keys(await cached(page)), [cacheName]);

    // The link keeps the example's inputs (sync-url): the reload restores the estimate.
    await page.waitForFunction(() => location.hash.includes('investmentYen=6000000'));
    await context.setOffline(true);
    await server.close();
    await page.reload();
    await s.waitForAmount('4,500,000円');
    await s.field('investmentYen').fill('4000000');
    await s.waitForAmount('3,200,000円');
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
    await server.close();
  }
});

test('the built site: after one visit its worker keeps the entry, every chunk (those imported after the first answer too) and the wasm, and the page reloads offline with its decision parts and QR code', async () => {
  const tmp = await mkdtemp(join(tmpdir(), 'joseikin-site-'));
  let server;
  let context;
  try {
    const site = await buildSite({ out: join(tmp, 'site') });
    const { script, chunks, lazy, css } = site.pages['index.html'];
    server = await startServer({ root: site.dir });
    const opened = await openPage(env, null);
    context = opened.context;
    const { page, log } = opened;
    await page.goto(`${server.url}#program=gyomu-kaizen&asOf=2023-06-01&prefecture=kagoshima&industry=retail`
      + '&capitalYen=10000000&companyEmployees=20&siteEmployees=20&lowestWage=863&raiseYen=90&raisedWorkers=8&investmentYen=6000000');
    const s = sim(page);
    await s.waitForAmount('4,500,000円');
    const needed = ['/index.html', ...[script, ...chunks, ...lazy, site.wasm, ...css].map((f) => `/${f}`)];
    await waitForCaches(page, (c) => needed.every((p) => c[cacheName]?.includes(p)), `the cache ${cacheName} lacks some of ${needed.join(', ')}`);

    await context.setOffline(true);
    await server.close();
    await page.reload();
    await s.waitForAmount('4,500,000円');
    await s.part('.decision .alternatives-box').waitFor();
    await s.part('svg.print-qr').waitFor({ state: 'attached' });
    await s.field('investmentYen').fill('4000000');
    await s.waitForAmount('3,600,000円');
    assert.deepEqual(log.errors, []);
  } finally {
    await context?.close();
    await server?.close();
    await rm(tmp, { recursive: true, force: true });
  }
});

/** The registration's workers and the page's console, for a failure's message. */
async function workerState(page, log) {
  const workers = await page.evaluate(async () => {
    const r = await navigator.serviceWorker.getRegistration();
    const w = (x) => x && `${new URL(x.scriptURL).search} ${x.state}`;
    return { installing: w(r?.installing), waiting: w(r?.waiting), active: w(r?.active), controller: w(navigator.serviceWorker.controller) };
  }).catch((e) => String(e));
  return JSON.stringify({ workers, console: log.console.filter((m) => m.type !== 'log').map((m) => `${m.type}: ${m.text}`) });
}

test('a new version of the worker replaces the older caches', async () => {
  const server = await startServer();
  const { page, context, log } = await openPage(env, null);
  try {
    await page.goto(`${server.url}index.html`);
    await waitForCache(page, cacheName);
    // An older version's worker and cache, as a visit before an upgrade left them.
    await page.evaluate(async () => {
      await (await caches.open('joseikin-0.0.1')).put('/old.txt', new Response('old'));
      const r = await navigator.serviceWorker.register('sw.js?v=0.0.1');
      await new Promise((resolve) => {
        const done = () => r.active?.scriptURL.endsWith('v=0.0.1') && r.active.state === 'activated' && resolve();
        for (const w of [r.installing, r.waiting, r.active]) w?.addEventListener('statechange', done);
        done();
      });
    });
    await waitForNames(page, ['joseikin-0.0.1']);

    // The page of the current version registers its worker again, which deletes the old cache.
    await page.reload();
    await waitForCache(page, cacheName).catch(async (e) => assert.fail(`${e.message}\n${await workerState(page, log)}`));
    await waitForNames(page, [cacheName]);
    const script = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).active.scriptURL);
    assert.ok(script.endsWith(`sw.js?v=${cacheName.slice('joseikin-'.length)}`), script);
  } finally {
    await context.close();
    await server.close();
  }
});

test('the embed demo registers no service worker: the element never does', async () => {
  const { page, context } = await openPage(env, 'embed-demo.html');
  const s = sim(page);
  await s.part('[role=tab][data-program="gyomu-kaizen"]').click(); // the demo opens on the screen
  await s.part('button', { hasText: '案内の計算例' }).click();
  await s.waitForAmount('4,500,000円');
  await page.waitForTimeout(500);
  assert.deepEqual(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), 0);
  assert.equal(await page.evaluate(() => navigator.serviceWorker.controller), null);
  assert.deepEqual(await page.evaluate(() => caches.keys()), []);
  await context.close();
});
