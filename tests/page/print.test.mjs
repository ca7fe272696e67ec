// The printout for a consultation: the business name typed for the paper (never in a request, the
// URL or an event), the date, the ruleset, the engine's version, and a link and a QR code drawn on
// the page (no request to any other server) that reopen the estimate.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setup, openPage, sim, SCREENSHOTS } from './helpers.mjs';
import qrcode from '../../www/vendor/qrcode-generator.mjs';

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.close();
});

const CRATE = /^version = "([^"]+)"/m.exec(await readFile(new URL('../../Cargo.toml', import.meta.url), 'utf8'))[1];
const NAME = '南さつま運送株式会社';

test('print shows the business name typed, the date, the ruleset, the version, and a local QR code and link that reopen the estimate', async () => {
  const { page, context, log } = await openPage(env);
  const s = sim(page);
  const events = [];
  await page.exposeFunction('recordEvent', (d) => events.push(d));
  await page.evaluate(() => document.addEventListener('joseikin-result', (e) => window.recordEvent(JSON.stringify(e.detail))));
  await s.part('button', { hasText: '案内の計算例' }).click();
  await page.waitForFunction(() => document.querySelector('joseikin-simulator').result?.complete === true);
  const name = s.part('.print-business-input');
  await name.fill(NAME);
  assert.match(await s.part('.print-business-field label').textContent(), /事業者名/);
  await s.field('investmentYen').fill('5000000');
  await page.waitForFunction(() => document.querySelector('joseikin-simulator').result?.amountYen === 4000000);
  await page.waitForFunction(() => location.hash.includes('investmentYen=5000000'));

  await page.emulateMedia({ media: 'print' });
  const summary = s.part('.print-summary');
  assert.equal(await summary.isVisible(), true);
  const text = await summary.textContent();
  assert.match(text, new RegExp(`事業者名: ${NAME}`));
  assert.match(text, /作成日: 2026年12月1日/);
  assert.match(text, /試算に使った規則: 令和8年度.*（gyomu-kaizen\/2026）/);
  assert.match(text, new RegExp(`joseikin ${CRATE.replace(/\./g, '\\.')}`));
  assert.equal(await s.part('.print-business-input').isVisible(), false);

  // The link is the page's address with the state in its fragment; the QR code says the same.
  const href = await s.part('.print-link').getAttribute('href');
  assert.equal(href, await page.evaluate(() => location.href));
  assert.match(href, /#program=gyomu-kaizen&.*investmentYen=5000000/);
  const qr = s.part('svg.print-qr');
  assert.equal(await qr.isVisible(), true);
  const expected = qrcode(0, 'M');
  expected.addData(href);
  expected.make();
  const n = expected.getModuleCount();
  let d = '';
  for (let r = 0; r < n; r++) for (let c = 0; c < n; c++) if (expected.isDark(r, c)) d += `M${c + 4} ${r + 4}h1v1h-1z`;
  assert.equal(await qr.locator('path').getAttribute('d'), d);

  // The name is on paper only: in no request, address, fragment or event.
  const origin = env.server.url;
  assert.deepEqual(log.requests.filter((u) => !u.startsWith(origin)), []);
  assert.ok(!log.requests.some((u) => decodeURIComponent(u).includes(NAME)));
  assert.ok(!decodeURIComponent(href).includes(NAME));
  assert.ok(events.length > 0);
  assert.ok(events.every((e) => !e.includes(NAME)));
  await page.screenshot({ path: join(SCREENSHOTS, 'print-consultation.png'), fullPage: true });
  await page.pdf({ path: join(SCREENSHOTS, 'print-consultation.pdf'), format: 'A4' });
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('the joseikin-result event says example: true while the example is shown, false once a figure is the user\'s', async () => {
  const { page, context } = await openPage(env);
  const s = sim(page);
  const seen = page.evaluate(() => new Promise((resolve) => {
    document.addEventListener('joseikin-result', (e) => {
      if (e.detail.result.ok && e.detail.result.complete) resolve(e.detail.example);
    });
  }));
  await s.part('button', { hasText: '案内の計算例' }).click();
  assert.equal(await seen, true);
  const after = page.evaluate(() => new Promise((resolve) => {
    document.addEventListener('joseikin-result', (e) => resolve(e.detail.example));
  }));
  await s.field('investmentYen').fill('5000000');
  assert.equal(await after, false);
  await context.close();
});

test('the printed loan says a rate not known is assumed', async () => {
  const { page, context } = await openPage(env, '#program=kosodate-loan&asOf=2023-06-01&qualification=registered&purpose=working&amountYen=1200000&termMonths=12&_baseRateUnknown=1');
  const s = sim(page);
  await s.part('.amount', { hasText: '利率が年0.8%〜2.8%の場合' }).waitFor();
  await page.emulateMedia({ media: 'print' });
  assert.match(await s.part('.print-inputs').textContent(), /商工中金の所定の利率（年）わからない（年1\.0%〜3\.0%と仮定）/);
  await context.close();
});

test('the embed demo prints with the bank\'s header and the consultation fields, and no link or QR (its page does not read a fragment)', async () => {
  const { page, context, log } = await openPage(env, 'embed-demo.html');
  const s = sim(page);
  await s.part('[role=tab][data-program="gyomu-kaizen"]').click(); // the demo opens on the screen
  await s.part('button', { hasText: '案内の計算例' }).click();
  await page.waitForFunction(() => document.querySelector('joseikin-simulator').result?.complete === true);
  await s.field('investmentYen').fill('5000000');
  await page.waitForFunction(() => document.getElementById('c-amount').value === '4,000,000');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.bank-header .bank-logo').isVisible(), true);
  assert.equal(await page.locator('.bank-header nav').isVisible(), false);
  for (const id of ['c-program', 'c-amount', 'c-ruleset', 'c-date', 'c-loan', 'c-name', 'c-phone']) {
    assert.equal(await page.locator(`#${id}`).isVisible(), true, id);
  }
  assert.equal(await page.locator('.consult-submit').isVisible(), false);
  assert.equal(await s.part('.print-summary').isVisible(), true);
  assert.equal(await s.part('svg.print-qr').count(), 0);
  assert.doesNotMatch(await s.part('.print-summary').textContent(), /null|undefined/);
  await page.screenshot({ path: join(SCREENSHOTS, 'embed-print.png'), fullPage: true });
  assert.deepEqual(log.errors, []);
  await context.close();
});
