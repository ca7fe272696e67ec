// Issue 11 on the page: when the application window (申請受付期間) of the chosen prefecture is closed
// or not yet open, the result panel says so first, with the dates, and still shows the estimate
// for planning; the date's hint explains the windows; rules the engine does not model are said
// right under the amount. The page's clock reads 2026-12-01 (helpers.mjs NOW).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { setup, openPage, sim, switchLanguage, SCREENSHOTS, TODAY, result } from './helpers.mjs';

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.close();
});

/** Positions of the result panel's children (its sticky summary's counted in place), by class, in document order. */
function panelOrder(page) {
  return page.evaluate(() => {
    const kids = [...document.querySelector('joseikin-simulator').shadowRoot.querySelector('.result').children]
      .flatMap((k) => (k.classList.contains('result-summary') ? [...k.children] : [k]));
    return Object.fromEntries(kids.map((k, i) => [k.classList[0], i]));
  });
}

/** The FY2026 leaflet's example, typed by hand, in `prefecture`. */
async function typeFy2026(page, prefecture = 'kagoshima') {
  const s = sim(page);
  await s.field('prefecture').selectOption(prefecture);
  await s.field('industry').selectOption('retail');
  await s.field('capitalYen').fill('10000000');
  await s.field('companyEmployees').fill('20');
  await s.field('siteEmployees').fill('20');
  await s.field('lowestWage').fill('1040');
  await s.field('raiseYen').fill('90');
  await s.field('raisedWorkers').fill('8');
  await s.field('investmentYen').fill('6000000');
}

test('today (2026-12-01) in Kagoshima, the result panel first says the window 2026-09-01 to 2026-10-24 has closed, then shows the planning estimate', async () => {
  const { page, context, log } = await openPage(env);
  const s = sim(page);
  assert.equal(await s.field('@asOf').inputValue(), TODAY);
  await typeFy2026(page);
  await s.waitForAmount('4,500,000円');
  const r = await result(page);
  assert.equal(r.ruleset.id, 'gyomu-kaizen/2026');
  assert.deepEqual({ ...r.applicationWindow, round: undefined },
    { opens: '2026-09-01', closes: '2026-10-24', status: 'closed', round: undefined });
  const alert = s.part('.window-box .window-alert[data-code="application_window_closed"]');
  assert.equal(await alert.isVisible(), true);
  const text = (await alert.textContent()).trim();
  assert.match(text, /^申請の受付: .*2026年9月1日〜2026年10月24日.*終わっています/);
  const closed = r.notices.find((n) => n.code === 'application_window_closed');
  assert.equal(`申請の受付: ${(await alert.locator('.note-text').textContent()).trim()}`, `申請の受付: ${closed.message}`);
  // With the document the dates come from, under the words.
  assert.match(await alert.locator('.note-source').textContent(), /^根拠: 令和8年度業務改善助成金のご案内.* · 厚生労働省 · 2026年4月 · 「申請期間・事業完了期限」$/);
  // First: before the verdict and the amount, in the document and on the screen.
  const order = await panelOrder(page);
  assert.ok(order['window-box'] < order.status && order.status < order.amount, JSON.stringify(order));
  const [box, amount] = [await alert.boundingBox(), await s.part('.amount').boundingBox()];
  assert.ok(box.y + box.height <= amount.y, 'the window is said above the amount');
  // The estimate is still there, in full, and the notice is not repeated among the others.
  assert.equal((await s.part('.amount .man').textContent()).trim(), '（450万円）');
  assert.equal((await s.part('.status').textContent()).trim(), '対象になる見込みです');
  assert.doesNotMatch(await s.part('.notices').textContent(), /申請受付期間/);
  // The phone's bar and the live region say it too, before the amount.
  assert.equal((await s.part('.mobile-amount').textContent()).trim(), '4,500,000円・受付終了');
  await page.waitForFunction(() => document.querySelector('joseikin-simulator').shadowRoot
    .querySelector('[aria-live="polite"]').textContent.includes('450万円'));
  assert.match(await s.part('[aria-live="polite"]').textContent(), /^申請受付期間（2026年9月1日〜2026年10月24日）.*助成額の見込み 450万円/);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(SCREENSHOTS, 'window-closed-1280-ja.png') });

  await switchLanguage(page, 'en');
  assert.match((await alert.textContent()).trim(), /^Applications: .*1 September 2026 to 24 October 2026.*closed/);
  await page.screenshot({ path: join(SCREENSHOTS, 'window-closed-1280-en.png') });
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('the window follows the prefecture: Okinawa is open on 2026-11-30, Tokyo closed since 2026-09-30', async () => {
  const { page, context } = await openPage(env);
  const s = sim(page);
  await s.field('@asOf').fill('2026-11-30');
  await typeFy2026(page, 'okinawa');
  await s.waitForAmount(/円/);
  assert.equal((await result(page)).applicationWindow?.status, 'open');
  assert.equal(await s.part('.window-box').isVisible(), false);
  assert.doesNotMatch(await s.part('.mobile-amount').textContent(), /受付/);
  await s.field('prefecture').selectOption('tokyo');
  const alert = s.part('.window-alert[data-code="application_window_closed"]');
  await alert.waitFor();
  assert.match(await alert.textContent(), /2026年9月30日/);
  await context.close();
});

test('before the window opens, the result panel first says applications have not opened yet, with the dates', async () => {
  const { page, context } = await openPage(env);
  const s = sim(page);
  await s.field('@asOf').fill('2026-08-01');
  await typeFy2026(page);
  const alert = s.part('.window-box .window-alert[data-code="application_window_not_open"]');
  await alert.waitFor();
  assert.match(await alert.textContent(), /^申請の受付: .*まだ始まっていません.*2026年9月1日〜2026年10月24日/);
  assert.equal((await result(page)).applicationWindow.status, 'not_yet_open');
  assert.match(await s.part('.mobile-amount').textContent(), /・受付開始前$/);
  const order = await panelOrder(page);
  assert.ok(order['window-box'] < order.amount);
  assert.equal(await s.part('.amount').isVisible(), true);
  await context.close();
});

test('a FY2023 date after its deadline (2024-01-31) says so before the amount', async () => {
  const { page, context } = await openPage(env);
  const s = sim(page);
  await s.field('@asOf').fill('2024-02-15');
  await typeFy2026(page);
  // 900円: above Kagoshima's minimum of 897円 then, so the answer is eligible and has an amount
  // (863円, below it, is not eligible and shows none).
  await s.field('lowestWage').fill('900');
  const alert = s.part('.window-box .window-alert');
  await alert.waitFor();
  assert.match(await alert.textContent(), /2024年1月31日/);
  assert.equal(await s.part('.amount').isVisible(), true);
  const order = await panelOrder(page);
  assert.ok(order['window-box'] < order.amount);
  await context.close();
});

test('the date’s hint explains the FY2026 application windows', async () => {
  const { page, context } = await openPage(env);
  const s = sim(page);
  const hint = s.part('[data-field="@asOf"] .hint');
  assert.match(await hint.textContent(), /申請受付期間: 令和8年度は2026年9月1日から、事業場のある都道府県の新しい地域別最低賃金が発効する日の前日まで（遅くとも2026年11月30日）/);
  // The date's input is described by its hint.
  const ids = (await s.field('@asOf').getAttribute('aria-describedby')).split(' ');
  assert.ok(ids.includes(await hint.getAttribute('id')));
  await switchLanguage(page, 'en');
  assert.match(await hint.textContent(), /Application window: in FY2026 from 1 September 2026 .* \(30 November 2026 at the latest\)/);
  await context.close();
});

test('the work-style subsidy on today’s date says under the amount that its rules are not modelled, plainly', async () => {
  const { page, context, log } = await openPage(env);
  const s = sim(page);
  await s.part('[role=tab][data-program="hatarakikata-yuyo"]').click();
  await s.part('button', { hasText: '運送業の例' }).click();
  await s.waitForAmount('2,500,000円');
  // On the example's own FY2023 date, nothing of the kind.
  assert.equal(await s.part('.amount-note').count(), 0);
  await s.part('.form-note button', { hasText: '今日の日付' }).click();
  assert.equal(await s.field('@asOf').inputValue(), TODAY);
  const note = s.part('.amount-notes .amount-note[data-code="rules_not_modelled"]');
  await note.waitFor();
  const r = await result(page);
  const notice = r.notices.find((n) => n.code === 'rules_not_modelled');
  assert.equal((await note.locator('.note-text').textContent()).trim(), notice.message);
  assert.match((await note.textContent()).trim(), /^この金額について: /);
  // The guide it sends the reader to, by title, publisher and date (no URL is known for it).
  assert.match(await note.locator('.note-source').textContent(), /^根拠: 働き方改革推進支援助成金（業種別課題対応コース）のご案内 · 厚生労働省 · 現行 · 「/);
  assert.match(notice.message, /業種別課題対応コース/);
  // Right under the amount, not among the other notices.
  const order = await panelOrder(page);
  assert.equal(order['amount-notes'], order.amount + 1);
  assert.doesNotMatch(await s.part('.notices').textContent(), /業種別課題対応コース/);
  // The date is past the FY2023 rules: their period is named, and not said to contain the date.
  assert.equal((await s.part('.date-box .ruleset-why').textContent()).trim(), '規則の期間: 2023年4月1日〜2024年3月31日。');
  assert.equal(await s.part('.date-alert').count(), 0);
  assert.equal(await s.part('.amount').isVisible(), true);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(SCREENSHOTS, 'hatarakikata-today-1280-ja.png') });
  assert.deepEqual(log.errors, []);
  await context.close();
});
