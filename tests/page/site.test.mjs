// The built site (scripts/site.mjs, what `make serve` serves): the page as a visitor gets it, with
// its scripts in one bundle. The other page tests test www/'s sources; this one checks that the
// build keeps what they test: the seed's estimate from a shared link, the language switch, the
// screen, the CSP, and that the page loads the one bundle, the wasm and the stylesheets only.
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

test('the built page shows the seed estimate from its link, in one bundle, the wasm and the stylesheets, under its CSP', async () => {
  const { page, context, log } = await openPage(env, null);
  await watchCsp(context);
  const failed = [];
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  await page.goto(env.server.url + SEED);
  await sim(page).waitForAmount('4,500,000円');

  const { script, css } = site.pages['index.html'];
  const loaded = paths(log);
  // sw.js, the service worker, is registered once the browser is idle after the estimate.
  const scripts = loaded.filter((p) => /\.m?js$/.test(p) && p !== '/sw.js');
  assert.deepEqual(scripts, [`/${script}`], 'the bundle is the only script');
  for (const file of [script, site.wasm, ...css]) {
    assert.equal(loaded.filter((p) => p === `/${file}`).length, 1, `${file} is loaded once: ${loaded.join(' ')}`);
  }
  const page_css = site.files.find((f) => /^page-[0-9a-f]{16}\.css$/.test(f));
  const expected = new Set(['/', `/${script}`, `/${site.wasm}`, ...css.map((c) => `/${c}`), `/${page_css}`, '/favicon.svg', '/sw.js']);
  for (const p of loaded) assert.ok(expected.has(p), `the page loads nothing else: ${p}`);

  const preloaded = await page.evaluate(() => [...document.querySelectorAll('link[rel=modulepreload], link[rel=preload]')]
    .map((l) => new URL(l.href).pathname));
  assert.deepEqual(preloaded.sort(), [`/${script}`, `/${site.wasm}`, ...css.map((c) => `/${c}`)].sort());
  for (const p of preloaded) assert.ok(site.files.includes(p.slice(1)), `${p} is a file of the site`);

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

test('the built embed demo shows the screen from its one bundle', async () => {
  const { page, context, log } = await openPage(env, null);
  await watchCsp(context);
  await page.goto(`${env.server.url}embed-demo.html`);
  await page.locator('joseikin-simulator h2', { hasText: 'まず会社のことを教えてください' }).waitFor();
  const { script } = site.pages['embed-demo.html'];
  assert.deepEqual(paths(log).filter((p) => /\.m?js$/.test(p)), [`/${script}`]);
  assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.console.filter((m) => m.type === 'error'), []);
  await context.close();
});
