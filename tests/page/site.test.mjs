// The built site (scripts/site.mjs, what `make serve` serves): the page as a visitor gets it, with
// its scripts in an entry and a few chunks. The other page tests test www/'s sources; this one checks that the
// build keeps what they test: the seed's estimate from a shared link, the language switch, the
// screen, the CSP, and that the page loads its entry and chunks, the wasm and the stylesheets only,
// the chunks of the parts the first estimate does not need only after it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite } from '../../scripts/site.mjs';
import { startServer } from './server.mjs';
import { setup, openPage, sim, switchLanguage, watchCsp } from './helpers.mjs';

/** The seed's worked example, as a shared link opens it. */
const SEED = '#program=gyomu-kaizen&asOf=2023-06-01&prefecture=kagoshima&industry=retail&capitalYen=10000000'
  + '&companyEmployees=20&siteEmployees=20&lowestWage=863&raiseYen=90&raisedWorkers=8&investmentYen=6000000';

let env;
let tmp;
let site;
before(async () => {
  const browserEnv = await setup();
  tmp = await mkdtemp(join(tmpdir(), 'joseikin-site-'));
  site = await buildSite({ out: join(tmp, 'site') });
  const server = await startServer({ root: site.dir });
  env = {
    ...browserEnv,
    server,
    async close() {
      await server.close();
      await browserEnv.close();
    },
  };
});
after(async () => {
  await env?.close();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

/** The path of each URL the page asked this site's server for, in order, without its query. */
const paths = (log) => log.requests.filter((u) => u.startsWith(env.server.url)).map((u) => new URL(u).pathname);

/** When the page's first answer was announced (performance.now()), and the scripts it fetched. */
async function watchFirstAnswer(context) {
  await context.addInitScript(() => {
    document.addEventListener('joseikin-result', () => {
      window.firstAnswerAt ??= performance.now();
    });
  });
}
const scriptTimes = (page) => page.evaluate(() => performance.getEntriesByType('resource')
  .filter((e) => /\.js$/.test(new URL(e.name).pathname))
  .map((e) => ({ path: new URL(e.name).pathname, start: e.startTime })));

test('the built page shows the seed estimate from its link, from its entry and the chunks it preloads, the wasm and the stylesheets, under its CSP; the QR encoder and the decision parts come after the first answer', async () => {
  // The real clock: a fake one (openPage's default) replaces the resource timings read below.
  const { page, context, log } = await openPage(env, null, { now: null });
  await watchCsp(context);
  await watchFirstAnswer(context);
  const failed = [];
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  await page.goto(env.server.url + SEED);
  await sim(page).waitForAmount('4,500,000円');

  const { script, chunks, lazy, css } = site.pages['index.html'];
  // Split as scripts/site.mjs says: the entry, the engine's chunk and the page's chunk; the QR
  // encoder and the decision parts (with the what-if charts) in chunks of their own.
  assert.equal(chunks.length, 2, chunks.join(' '));
  assert.deepEqual(lazy.map((n) => n.replace(/-[0-9a-f]{16}\.js$/, '')).sort(), ['decision', 'qrcode-generator']);
  // They still come, without a keystroke, once the browser is idle.
  const s = sim(page);
  await s.part('svg.print-qr').waitFor({ state: 'attached' });
  await s.part('.decision .alternatives-box').waitFor();
  const loaded = paths(log);
  // sw.js, the service worker, is registered once the browser is idle after the estimate.
  const scripts = loaded.filter((p) => /\.m?js$/.test(p) && p !== '/sw.js');
  assert.deepEqual(scripts.sort(), [script, ...chunks, ...lazy].map((n) => `/${n}`).sort(), 'the entry and its chunks are the only scripts');
  for (const file of [script, ...chunks, ...lazy, site.wasm, ...css]) {
    assert.equal(loaded.filter((p) => p === `/${file}`).length, 1, `${file} is loaded once: ${loaded.join(' ')}`);
  }
  const firstAnswerAt = await page.evaluate(() => window.firstAnswerAt);
  const times = await scriptTimes(page);
  assert.deepEqual(times.map((t) => t.path).filter((p) => p !== '/sw.js').sort(), scripts, 'the resource timings name every script');
  for (const { path, start } of times) {
    if (lazy.includes(path.slice(1))) assert.ok(start > firstAnswerAt, `${path} is fetched after the first answer (${start} ms, answer at ${firstAnswerAt} ms)`);
    else if (path !== '/sw.js') assert.ok(start < firstAnswerAt, `${path} is fetched before the first answer`);
  }
  const page_css = site.files.find((f) => /^page-[0-9a-f]{16}\.css$/.test(f));
  const expected = new Set(['/', ...[script, ...chunks, ...lazy, site.wasm, ...css, page_css].map((f) => `/${f}`), '/favicon.svg', '/sw.js']);
  for (const p of loaded) assert.ok(expected.has(p), `the page loads nothing else: ${p}`);

  // Preloaded, each with its integrity: the wasm, the entry and its chunks, the element's stylesheet.
  const preloaded = await page.evaluate(() => [...document.querySelectorAll('link[rel=modulepreload], link[rel=preload]')]
    .map((l) => ({ path: new URL(l.href).pathname, integrity: l.getAttribute('integrity') })));
  assert.deepEqual(preloaded.map((l) => l.path).sort(), [script, ...chunks, site.wasm, ...css].map((f) => `/${f}`).sort());
  for (const p of preloaded) assert.ok(site.files.includes(p.path.slice(1)), `${p.path} is a file of the site`);
  for (const p of preloaded.filter((l) => l.path.endsWith('.js'))) assert.match(p.integrity ?? '', /^sha384-/, `${p.path} is preloaded with its integrity`);

  assert.deepEqual(failed, []);
  assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.console.filter((m) => m.type === 'error' || m.type === 'warning'), []);
  await context.close();
});

test('the built page switches language and opens the screen', async () => {
  const { page, context, log } = await openPage(env, null);
  await watchCsp(context);
  await page.goto(env.server.url + SEED);
  await sim(page).waitForAmount('4,500,000円');
  await switchLanguage(page, 'en');
  await page.locator('h1', { hasText: 'See what a subsidy pays' }).waitFor();
  await sim(page).waitForAmount('4,500,000');
  await switchLanguage(page, 'ja');
  await sim(page).part('[role=tab][data-program="screen"]').click();
  await page.locator('joseikin-simulator h2', { hasText: 'まず会社のことを教えてください' }).waitFor();
  assert.equal(await sim(page).part('[role=tab][data-program="screen"]').getAttribute('aria-selected'), 'true');
  assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.console.filter((m) => m.type === 'error'), []);
  await context.close();
});

test('the built embed demo shows the screen from its entry and its chunks, and never fetches the QR encoder', async () => {
  const { page, context, log } = await openPage(env, null, { now: null });
  await watchCsp(context);
  await page.goto(`${env.server.url}embed-demo.html`);
  await page.locator('joseikin-simulator h2', { hasText: 'まず会社のことを教えてください' }).waitFor();
  const { script, chunks, lazy } = site.pages['embed-demo.html'];
  // The decision parts are fetched when the browser is idle; the demo has no `sync-url`, so no QR code.
  await page.waitForFunction((name) => performance.getEntriesByType('resource').some((e) => e.name.endsWith(name)), lazy.find((n) => n.startsWith('decision-')));
  assert.deepEqual(paths(log).filter((p) => /\.m?js$/.test(p)).sort(), [script, ...chunks, lazy.find((n) => n.startsWith('decision-'))].map((n) => `/${n}`).sort());
  assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.console.filter((m) => m.type === 'error'), []);
  await context.close();
});
