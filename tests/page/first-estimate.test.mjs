// The first estimate of the page (bench/README.md, "time to first estimate"): what is not needed to
// show the amount comes after it, and the page asks for every file it needs at once.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openPage, sim } from './helpers.mjs';

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env.close();
});

/** What the page imports only after its first answer (element/result.js, element/print.js). */
const LATER = ['element/decision.js', 'element/whatif-chart.js', 'vendor/qrcode-generator.mjs'];

/** The seed's worked example, as a shared link opens it. */
const SEED = '#program=gyomu-kaizen&asOf=2023-06-01&prefecture=kagoshima&industry=retail&capitalYen=10000000'
  + '&companyEmployees=20&siteEmployees=20&lowestWage=863&raiseYen=90&raisedWorkers=8&investmentYen=6000000';

test('the first answer shows the amount at once; the decision parts and the QR code follow when the browser is idle, and the sources footer comes too', async () => {
  const { page, context, log } = await openPage(env, null);
  // What is drawn when the first answer is announced (the event is sent once the answer is shown).
  await context.addInitScript(() => {
    document.addEventListener('joseikin-result', (e) => {
      if (window.firstAnswer || !e.detail.result?.ok) return;
      const root = document.querySelector('joseikin-simulator').shadowRoot;
      window.firstAnswer = {
        amount: root.querySelector('.amount .yen')?.textContent ?? null,
        decision: root.querySelectorAll('.decision .decision-part').length,
        qr: root.querySelectorAll('svg.print-qr').length,
      };
    });
  });
  await page.goto(env.server.url + SEED);
  await page.waitForFunction(() => window.firstAnswer);
  assert.deepEqual(await page.evaluate(() => window.firstAnswer), { amount: '4,500,000円', decision: 0, qr: 0 });
  // They still come, without a keystroke.
  const s = sim(page);
  await s.part('figure.whatif[data-grid="investment"]').waitFor();
  await s.part('figure.whatif[data-grid="raise"]').waitFor();
  await s.part('.decision .alternatives-box').waitFor();
  await s.part('svg.print-qr').waitFor({ state: 'attached' });
  await page.locator('#sources-list li').first().waitFor();
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('the QR encoder and the decision parts (with the what-if charts) are fetched only after the first answer, and then without a keystroke', async () => {
  // The real clock: a fake one (openPage's default) replaces the resource timings read here.
  const { page, context, log } = await openPage(env, null, { now: null });
  await context.addInitScript(() => {
    document.addEventListener('joseikin-result', () => {
      window.firstAnswerAt ??= performance.now();
    });
  });
  await page.goto(env.server.url + SEED);
  const s = sim(page);
  await s.waitForAmount('4,500,000円');
  await s.part('svg.print-qr').waitFor({ state: 'attached' });
  await s.part('figure.whatif[data-grid="investment"]').waitFor();
  const { firstAnswerAt, fetched } = await page.evaluate(() => ({
    firstAnswerAt: window.firstAnswerAt,
    fetched: performance.getEntriesByType('resource').map((e) => ({ path: new URL(e.name).pathname.slice(1), start: e.startTime })),
  }));
  assert.ok(firstAnswerAt > 0);
  for (const file of LATER) {
    const f = fetched.filter((e) => e.path === file);
    assert.equal(f.length, 1, `${file} is fetched once: ${fetched.map((e) => e.path).join(' ')}`);
    assert.ok(f[0].start > firstAnswerAt, `${file} is fetched after the first answer (${f[0].start} ms; the answer at ${firstAnswerAt} ms)`);
  }
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('printing before the browser is idle draws the QR code then', async () => {
  const { page, context } = await openPage(env, SEED);
  const s = sim(page);
  await s.waitForAmount('4,500,000円');
  await s.part('svg.print-qr').waitFor({ state: 'attached' });
  // A new address needs a new QR code, put off until idle; printing in the same task draws it.
  const qr = await page.evaluate(() => {
    const root = document.querySelector('joseikin-simulator').shadowRoot;
    const field = root.querySelector('[name="investmentYen"]');
    field.value = '4000000';
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    const before = root.querySelectorAll('svg.print-qr').length;
    window.dispatchEvent(new Event('beforeprint'));
    const during = root.querySelectorAll('.print-reopen svg.print-qr').length;
    window.dispatchEvent(new Event('afterprint'));
    return { before, during, amount: root.querySelector('.amount .yen').textContent };
  });
  assert.deepEqual(qr, { before: 0, during: 1, amount: '3,600,000円' });
  await context.close();
});

test('every file the page preloads exists, and every script and module it loads for its first answer is preloaded', async () => {
  const { page, context, log } = await openPage(env, null);
  const failed = [];
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  await page.goto(env.server.url + SEED);
  await sim(page).waitForAmount('4,500,000円');
  const loaded = [...log.requests];
  const preloaded = await page.evaluate(() => [...document.querySelectorAll('link[rel=modulepreload], link[rel=preload]')].map((l) => l.href));
  assert.deepEqual(failed, []);
  for (const url of preloaded) assert.ok(loaded.includes(url), `preloaded but never loaded: ${url}`);
  // The page's own two <script> tags are the only scripts it names without a preload, but for the
  // parts imported after the first answer (LATER).
  const own = ['page.js', 'joseikin-simulator.js'].map((f) => new URL(f, env.server.url).href);
  const later = LATER.map((f) => new URL(f, env.server.url).href);
  for (const url of loaded.filter((u) => /\.(m?js|wasm)$/.test(new URL(u).pathname))) {
    if (!own.includes(url) && !later.includes(url)) assert.ok(preloaded.includes(url), `loaded but not preloaded: ${url}`);
  }
  for (const url of later) assert.ok(!preloaded.includes(url), `preloaded, but imported only after the first answer: ${url}`);
  assert.deepEqual(log.errors, []);
  await context.close();
});
