// Issue 14, "the page as people meet it": errors named by their labels and linked to their fields,
// a wage below the minimum said at the field with what would make it eligible, Back after a tab
// switch or a clearing, the result flowing in the page under a sticky summary, and amounts written
// as people write them. The page's clock reads 2026-12-01 (helpers.mjs NOW).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { setup, openPage, sim, switchLanguage, AXE, SCREENSHOTS } from './helpers.mjs';

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.close();
});

async function fillExample(page) {
  const s = sim(page);
  await s.part('button', { hasText: '案内の計算例を入れる' }).click();
  await s.waitForAmount('4,500,000円');
}

/** The name of the control that has the focus inside the element. */
function focusedName(page) {
  return page.evaluate(() => document.querySelector('joseikin-simulator').shadowRoot.activeElement?.getAttribute('name'));
}

test('a site with more workers than the company: the message is under 「この事業場の労働者数」, names the other field by its label, and the result panel links to it', async () => {
  const { page, context, log } = await openPage(env);
  const s = sim(page);
  await fillExample(page);
  await s.field('siteEmployees').fill('30');
  const error = s.part('[data-field="siteEmployees"] .error');
  await error.waitFor({ state: 'visible' });
  assert.match(await error.textContent(), /「会社全体の常時使用する労働者数」と合いません/);
  const text = await s.part('.sim').innerText();
  assert.doesNotMatch(text, /siteEmployees|companyEmployees|input\./, 'no field is named by its key');
  const link = s.part('.result .error-link');
  assert.equal(await link.count(), 1);
  assert.match(await link.textContent(), /^この事業場の労働者数：「会社全体の常時使用する労働者数」と合いません/);
  await s.field('investmentYen').focus();
  await link.click();
  assert.equal(await focusedName(page), 'siteEmployees');
  // By keyboard too.
  await s.field('investmentYen').focus();
  await link.focus();
  await page.keyboard.press('Enter');
  assert.equal(await focusedName(page), 'siteEmployees');
  await page.screenshot({ path: join(SCREENSHOTS, 'error-link-1280-ja.png') });
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('1,000円 in Kagoshima is below the minimum wage of 1,026円: said at the field, why first, what would make it eligible, and 対象外 instead of 0円', async () => {
  const { page, context, log } = await openPage(env);
  const s = sim(page);
  await fillExample(page);
  await s.field('lowestWage').fill('1000');
  const error = s.part('[data-field="lowestWage"] .error');
  await error.waitFor({ state: 'visible' });
  assert.equal((await error.textContent()).trim(), '鹿児島県の最低賃金 1,026円を下回っています');
  const r = await page.evaluate(() => document.querySelector('joseikin-simulator').result);
  assert.equal(r.eligible, false);
  assert.equal(r.regionalMinimumWageYen, 1026);
  assert.equal((await s.part('.status').textContent()).trim(), '対象外の見込みです');
  assert.equal(await s.part('.amount').isVisible(), false, 'no 0円 for an answer that is not eligible');
  const reasons = s.part('.reasons');
  assert.match(await reasons.textContent(), /地域別最低賃金 1,026円 を下回っています/);
  assert.match(await reasons.textContent(), /最低賃金以上に引き上げる必要があります/);
  // The reasons come before the date, the facts and the steps.
  const order = await page.evaluate(() => {
    const root = document.querySelector('joseikin-simulator').shadowRoot;
    const r = root.querySelector('.reasons');
    return ['.date-box', '.facts', '.steps-box'].map((c) => Boolean(r.compareDocumentPosition(root.querySelector(c)) & Node.DOCUMENT_POSITION_FOLLOWING));
  });
  assert.deepEqual(order, [true, true, true]);
  assert.match(await s.part('.facts-note').textContent(), /^参考/);
  await page.screenshot({ path: join(SCREENSHOTS, 'below-minimum-1280-ja.png') });

  await switchLanguage(page, 'en');
  await error.waitFor({ state: 'visible' });
  assert.match(await error.textContent(), /Below the minimum wage of .*, 1,026 yen/);
  assert.match(await reasons.textContent(), /raised to at least the minimum wage/);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('on a phone, the bottom bar says 対象外 for an answer that is not eligible', async () => {
  const { page, context } = await openPage(env, '', { width: 375, height: 740 });
  const s = sim(page);
  await fillExample(page);
  await s.field('lowestWage').fill('1000');
  await s.part('.mobile-amount', { hasText: '対象外' }).waitFor();
  assert.doesNotMatch(await s.part('.mobile-amount').textContent(), /0円/);
  await page.screenshot({ path: join(SCREENSHOTS, 'below-minimum-375-ja.png') });
  await context.close();
});

test('Back after 入力を消す brings the inputs back; Back after a tab switch returns to the tab; typing adds no entry', async () => {
  const { page, context, log } = await openPage(env);
  const s = sim(page);
  await fillExample(page);
  await s.field('investmentYen').fill('5000000');
  await s.waitForAmount('4,000,000円');
  const before = await page.evaluate(() => history.length);
  await s.field('investmentYen').fill('6000000');
  await s.waitForAmount('4,500,000円');
  await page.waitForFunction(() => location.hash.includes('investmentYen=6000000'));
  assert.equal(await page.evaluate(() => history.length), before, 'typing replaces the entry');

  await s.part('[data-action="clear"]').click();
  await page.waitForFunction(() => !location.hash.includes('lowestWage'));
  assert.equal(await s.field('lowestWage').inputValue(), '');
  await page.goBack();
  await s.waitForAmount('4,500,000円');
  assert.equal(await s.field('lowestWage').inputValue(), '1040');
  assert.equal(await s.field('investmentYen').inputValue(), '6000000');

  await s.part('[role=tab][data-program="koyo-hoken"]').click();
  await s.part('[role=tab][data-program="koyo-hoken"][aria-selected=true]').waitFor();
  await page.goBack();
  await s.part('[role=tab][data-program="gyomu-kaizen"][aria-selected=true]').waitFor();
  await s.waitForAmount('4,500,000円');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('at 1280×900 the result has no scrolling box of its own and its summary stays in view while the steps scroll by', async () => {
  const { page, context, log } = await openPage(env, '', { width: 1280, height: 900 });
  const s = sim(page);
  await fillExample(page);
  await s.part('.steps-box > summary').click();
  const box = await page.evaluate(() => {
    const r = document.querySelector('joseikin-simulator').shadowRoot.querySelector('.result');
    const cs = getComputedStyle(r);
    return { overflowY: cs.overflowY, scrollHeight: r.scrollHeight, clientHeight: r.clientHeight };
  });
  assert.ok(!['auto', 'scroll'].includes(box.overflowY) || box.scrollHeight <= box.clientHeight + 1, JSON.stringify(box));
  await s.part('.steps li').last().scrollIntoViewIfNeeded();
  const summary = await s.part('.result-summary').boundingBox();
  assert.ok(summary.y >= -1 && summary.y < 900 - summary.height, JSON.stringify(summary));
  assert.equal(await s.part('.result-summary .amount .yen').isVisible(), true);
  const steps = await s.part('.steps li').last().boundingBox();
  assert.ok(steps.y >= summary.y + summary.height - 1, 'the last step is not under the summary');
  await page.screenshot({ path: join(SCREENSHOTS, 'sticky-summary-1280-ja.png') });
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('amounts as people write them: 1億, ¥6,000,000, 6百万, 6,000千円 and 600万 all give 4,500,000円, with the echo of the engine’s reading', async () => {
  const { page, context, log } = await openPage(env);
  const s = sim(page);
  await fillExample(page);
  const echo = s.part('[data-field="investmentYen"] .echo');
  for (const [typed, read] of [['1億', '＝ 100,000,000円（1億円）'], ['¥6,000,000', '＝ 6,000,000円（600万円）'],
    ['6百万', '＝ 6,000,000円（600万円）'], ['6,000千円', '＝ 6,000,000円（600万円）'], ['600万', '＝ 6,000,000円（600万円）']]) {
    // The form answers on each input event, at once: no wait for the previous amount to change.
    await s.field('investmentYen').fill(typed);
    await s.waitForAmount('4,500,000円');
    assert.equal((await echo.textContent()).trim(), read, typed);
    assert.equal(await s.part('[data-field="investmentYen"] .error').isVisible(), false, typed);
    const r = await page.evaluate(() => document.querySelector('joseikin-simulator').result);
    assert.equal(r.amountYen, 4500000, typed);
  }
  // The largest amount the field takes reads in 兆; past 2^53 a typed number is no longer the one
  // read (99999999999999999999 would echo as 100,000,000,000,000,000,000円), so none is echoed and
  // the range error speaks.
  await s.field('investmentYen').fill('10000億');
  await echo.filter({ hasText: '＝ 1,000,000,000,000円（1兆円）' }).waitFor();
  await s.field('investmentYen').fill('99999999999999999999');
  await s.part('[data-field="investmentYen"] .error', { hasText: '1,000,000,000,000円までの値' }).waitFor();
  assert.equal((await echo.textContent()).trim(), '');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('at 1280×900 the loan’s 120-month schedule flows in the page, with no box of its own to scroll', async () => {
  const hash = '#program=kosodate-loan&asOf=2023-06-01&qualification=registered&purpose=equipment'
    + '&amountYen=100000000&termMonths=120&graceMonths=24&baseRatePercent=1.5&longTermPrimeRatePercent=1.1';
  const { page, context, log } = await openPage(env, hash, { width: 1280, height: 900 });
  const s = sim(page);
  await s.part('.amount', { hasText: '年1.3％' }).waitFor();
  await s.part('[data-fold="schedule-equal-payment"] > summary').click();
  await s.part('[data-fold="schedule-equal-payment"] tbody tr').nth(119).waitFor();
  const boxes = await page.evaluate(() => [...document.querySelector('joseikin-simulator').shadowRoot
    .querySelectorAll('.result, .table-scroll')].map((n) => ({ cls: n.className, scrollHeight: n.scrollHeight, clientHeight: n.clientHeight })));
  for (const b of boxes) assert.ok(b.scrollHeight <= b.clientHeight + 1, JSON.stringify(b));
  assert.deepEqual(log.errors, []);
  await context.close();
});

/** axe-core's violations on the whole document (shadow roots included), readable. */
async function axe(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations);
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => JSON.stringify(n.target)).join('\n    ')}`);
}

for (const width of [1280, 375]) {
  test(`axe-core finds nothing in the error links and the answer that is not eligible, in both languages, at ${width} px`, async () => {
    // axe's script tag is inline: this context bypasses the page's CSP for it.
    const { page, context } = await openPage(env, '', { width, height: 900, bypassCSP: true });
    const s = sim(page);
    await fillExample(page);
    await s.field('lowestWage').fill('1000');
    await s.part('.status-why').waitFor();
    for (const lang of ['ja', 'en']) {
      await switchLanguage(page, lang);
      await s.field('siteEmployees').fill('20');
      await s.part('.status-why').waitFor();
      assert.deepEqual(await axe(page), [], `${lang}, not eligible`);
      await s.field('siteEmployees').fill('30');
      await s.part('.error-link').waitFor();
      assert.deepEqual(await axe(page), [], `${lang}, error links`);
      if (width === 375) await page.screenshot({ path: join(SCREENSHOTS, `error-link-375-${lang}.png`), fullPage: true });
    }
    await context.close();
  });
}
