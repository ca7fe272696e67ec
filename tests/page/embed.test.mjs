// The embed demo (www/embed-demo.html): a mock bank portal with a strict CSP, its own CSS and
// script, and the element themed through its custom properties.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { setup, openPage, sim, watchCsp, CSP, SCREENSHOTS, TODAY } from './helpers.mjs';

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.close();
});

test('the embed demo works under its strict CSP with zero console errors', async () => {
  const { page, context, log } = await openPage(env, null);
  await watchCsp(context);
  await page.goto(`${env.server.url}embed-demo.html`);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.equal(csp, CSP);
  const s = sim(page);
  await s.part('[role=tab][data-program="gyomu-kaizen"]').click(); // the demo opens on the screen
  await s.part('button', { hasText: '案内の計算例' }).click();
  await s.waitForAmount('4,500,000円');
  await s.part('.steps-box > summary').click();
  // The FY2026 leaflet's example on today's date: 4,000,000 × 4/5 = 3,200,000, under the cap.
  await s.field('investmentYen').fill('4000000');
  await s.waitForAmount('3,200,000円');
  await s.part('[role=tab][data-program="hatarakikata-yuyo"]').click();
  await s.part('[role=tab]', { hasText: '業務改善' }).click();
  await s.waitForAmount('3,200,000円');

  assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
  assert.deepEqual(log.console.filter((m) => m.type === 'error'), []);
  assert.deepEqual(log.errors, []);

  // The watch does see a violation when there is one: an inline style attribute is refused.
  await page.evaluate(() => document.body.setAttribute('style', 'color: red'));
  await page.waitForFunction(() => window.cspViolations.length > 0);
  assert.match((await page.evaluate(() => window.cspViolations))[0], /style-src/);
  await context.close();
});

test('the joseikin-result event prefills the mock loan-consultation form', async () => {
  const { page, context } = await openPage(env, 'embed-demo.html');
  const events = page.evaluate(() => new Promise((resolve) => {
    document.addEventListener('joseikin-result', (e) => {
      // A partial answer (complete: false) comes first while the example is filled in.
      if (e.detail.result.ok && e.detail.result.complete) resolve({ bubbles: e.bubbles, composed: e.composed, detail: e.detail });
    });
  }));
  const s = sim(page);
  await s.part('[role=tab][data-program="gyomu-kaizen"]').click(); // the demo opens on the screen
  await s.part('button', { hasText: '案内の計算例' }).click();
  const event = await events;
  assert.equal(event.bubbles, true);
  assert.equal(event.composed, true);
  assert.equal(event.detail.program, 'gyomu-kaizen');
  assert.equal(event.detail.result.amountYen, 4500000);
  assert.equal(event.detail.request.input.investmentYen, 6000000);

  // The example's figures are the leaflet's, not the client's: the event says so and the form stays empty.
  assert.equal(event.detail.example, true);
  await page.locator('#consult-status', { hasText: '見本（計算例）のため' }).waitFor();
  assert.equal(await page.locator('#c-amount').inputValue(), '');
  assert.equal(await page.locator('#c-loan').inputValue(), '');
  assert.equal(await page.locator('#c-ruleset').inputValue(), '');
  // Once the client changes a figure, the answer is theirs and fills the form.
  const own = page.evaluate(() => new Promise((resolve) => {
    document.addEventListener('joseikin-result', (e) => {
      if (e.detail.result.ok && e.detail.result.complete) resolve(e.detail.example);
    });
  }));
  await s.field('investmentYen').fill('4000000');
  assert.equal(await own, false);
  await page.waitForFunction(() => document.getElementById('c-amount').value === '3,200,000');
  assert.equal(await page.locator('#c-program').inputValue(), '業務改善助成金');
  assert.equal(await page.locator('#c-loan').inputValue(), '4,000,000');
  // The example's date is today's; the ruleset's title is shown whole (a textarea, not cut off).
  assert.equal(await page.locator('#c-date').inputValue(), TODAY);
  assert.match(await page.locator('#c-ruleset').inputValue(), /令和8年度/);
  const box = await page.locator('#c-ruleset').evaluate((n) => ({ scroll: n.scrollWidth, client: n.clientWidth, sh: n.scrollHeight, ch: n.clientHeight }));
  assert.ok(box.scroll <= box.client && box.sh <= box.ch + 1, JSON.stringify(box));
  await context.close();
});

test('the portal theme reaches inside the element through its custom properties', async () => {
  const { page, context } = await openPage(env, 'embed-demo.html');
  const s = sim(page);
  await s.part('[role=tab][data-program="gyomu-kaizen"]').click(); // the demo opens on the screen
  await s.part('button', { hasText: '案内の計算例' }).click();
  await s.waitForAmount('4,500,000円');
  const styles = await s.part('.amount .yen').evaluate((n) => getComputedStyle(n).color);
  assert.equal(styles, 'rgb(0, 104, 74)'); // --joseikin-accent: #00684a in embed-demo.css
  const radius = await s.part('.result').evaluate((n) => getComputedStyle(n).borderTopLeftRadius);
  assert.equal(radius, '2px'); // --joseikin-radius
  // The portal's own styles do not leak in: its `main h2 { color }` stops at the shadow root.
  assert.equal(await page.locator('#consult-title').evaluate((n) => getComputedStyle(n).color), 'rgb(0, 104, 74)');
  const heading = await s.part('h2.title').evaluate((n) => getComputedStyle(n).color);
  assert.equal(heading, 'rgb(22, 33, 29)'); // --joseikin-fg: #16211d
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(SCREENSHOTS, 'embed-1280-ja.png'), fullPage: true });
  await context.close();
});

test('the element grows and shrinks with its content, with no inner scroll bar', async () => {
  const { page, context } = await openPage(env, 'embed-demo.html', { width: 375, height: 800 });
  const s = sim(page);
  await s.part('[role=tab][data-program="gyomu-kaizen"]').click(); // the demo opens on the screen
  await s.part('button', { hasText: '案内の計算例' }).click();
  await s.waitForAmount('4,500,000円');
  const host = page.locator('joseikin-simulator');
  const closed = (await host.boundingBox()).height;
  await s.part('.steps-box > summary').click();
  const open = (await host.boundingBox()).height;
  assert.ok(open > closed + 200, `closed ${closed}px, open ${open}px`);
  const inner = await host.evaluate((n) => n.scrollHeight - n.clientHeight);
  assert.ok(inner <= 1, `the element scrolls inside by ${inner}px`);
  await context.close();
});

test('lock-program hides the tabs, heading-level sets the heading, as-of sets the date', async () => {
  const { page, context, log } = await openPage(env, 'embed-demo.html');
  await page.evaluate(() => {
    const el = document.createElement('joseikin-simulator');
    el.id = 'second';
    el.setAttribute('program', 'gyomu-kaizen');
    el.setAttribute('lang', 'en');
    el.setAttribute('lock-program', '');
    el.setAttribute('heading-level', '3');
    el.setAttribute('as-of', '2023-09-15');
    document.querySelector('main').append(el);
  });
  const second = (css) => page.locator(`#second ${css}`);
  await second('[name="@asOf"]').waitFor();
  assert.equal(await second('[role=tablist]').isVisible(), false);
  assert.equal(await second('h3.title').textContent(), 'Business Improvement Subsidy (Gyōmu Kaizen)');
  assert.equal(await second('h4.result-heading').textContent(), 'Estimated subsidy');
  assert.equal(await second('[name="@asOf"]').inputValue(), '2023-09-15');
  // Two elements on one page keep their own ids and their own state.
  await second('[name="capitalYen"]').fill('123');
  assert.equal(await page.locator('joseikin-simulator:not(#second) [name="capitalYen"]').inputValue(), '');
  const ids = await page.evaluate(() => [...document.querySelectorAll('joseikin-simulator')]
    .map((e) => e.shadowRoot.querySelector('[name="capitalYen"]').id));
  assert.notEqual(ids[0], ids[1]);
  assert.deepEqual(log.errors, []);
  await context.close();
});
