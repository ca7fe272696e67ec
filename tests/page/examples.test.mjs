// Issue 11 on the page: the example buttons, 入力を消す with 元に戻す, and each tab's own date. The
// leaflet's example is FY2026's on today's date; an example from another year says so in a banner
// while it is shown; clearing puts the date back to today and can be undone; no tab's action
// touches another tab. The page's clock reads 2026-12-01 (helpers.mjs NOW).
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

/**
 * The URL fragment's parameters once it has `key=value` and the `more` pairs (the fragment follows
 * the inputs after a pause).
 */
async function fragmentWith(page, key, value, more = {}) {
  const want = { [key]: value, ...more };
  await page.waitForFunction((w) => {
    const p = new URLSearchParams(location.hash.slice(1));
    return Object.entries(w).every(([k, v]) => p.get(k) === v);
  }, want);
  return new URLSearchParams(new URL(page.url()).hash.slice(1));
}

async function tab(page, id) {
  await sim(page).part(`[role=tab][data-program="${id}"]`).click();
  await sim(page).part(`[role=tab][data-program="${id}"][aria-selected=true]`).waitFor();
}

test('the leaflet’s example is FY2026’s, on today’s date: 4,500,000円 (450万円) under 令和8年度, with no banner', async () => {
  const { page, context, log } = await openPage(env);
  const s = sim(page);
  await s.part('button', { hasText: '案内の計算例を入れる' }).click();
  await s.waitForAmount('4,500,000円');
  assert.equal(await s.field('@asOf').inputValue(), TODAY);
  assert.equal((await s.part('.amount .man').textContent()).trim(), '（450万円）');
  assert.equal(await s.field('prefecture').inputValue(), 'kagoshima');
  assert.equal(await s.field('lowestWage').inputValue(), '1040');
  assert.equal(await s.field('raiseYen').inputValue(), '90');
  assert.equal(await s.field('raisedWorkers').inputValue(), '8');
  assert.equal(await s.field('investmentYen').inputValue(), '6000000');
  const r = await result(page);
  assert.equal(r.ruleset.id, 'gyomu-kaizen/2026');
  assert.equal(r.rate, '4/5');
  assert.equal(r.course, 90);
  assert.match(await s.part('.date-box .ruleset-line').textContent(), /令和8年度/);
  assert.match(await s.part('.ruleset').textContent(), /令和8年度.*gyomu-kaizen\/2026/);
  // 600万円 × 4/5 = 480万円 > 上限 450万円 → 450万円.
  await s.part('.steps-box > summary').click();
  assert.match(await s.part('.steps').textContent(), /600万円 × 4\/5 = 480万円 > 上限 450万円 → 450万円/);
  // Each step cites the official document by title · publisher · date · section (citations.test.mjs);
  // the list under the steps names each document once, with its publisher and a link.
  assert.match(await s.part('.steps li').first().locator('.step-source').textContent(), /^根拠: 令和8年度業務改善助成金のご案内.* · 厚生労働省 · 2026年4月 · 「対象事業者」$/);
  const doc = s.part('.documents li', { hasText: '令和8年度業務改善助成金のご案内' });
  assert.match(await doc.textContent(), /厚生労働省/);
  assert.match(await doc.locator('a').getAttribute('href'), /^https:\/\/www\.mhlw\.go\.jp\//);
  await page.screenshot({ path: join(SCREENSHOTS, 'example-fy2026-steps-1280-ja.png'), fullPage: true });
  assert.equal(await s.part('.form-note').isVisible(), false, 'an example of this year needs no banner');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('the work-style example keeps its FY2023 date and says so in a banner, with a way to today and back', async () => {
  const { page, context } = await openPage(env);
  const s = sim(page);
  await tab(page, 'hatarakikata-yuyo');
  await s.part('button', { hasText: '運送業の例を入れる' }).click();
  await s.waitForAmount('2,500,000円');
  assert.equal(await s.field('@asOf').inputValue(), '2023-06-01');
  const note = s.part('.form-note');
  assert.equal(await note.isVisible(), true);
  assert.match(await note.textContent(), /^この計算例は令和5年度の案内のものです。申請日を2023年6月1日にして、令和5年度の規則で計算しています。/);
  // Above the form, right under the buttons.
  const [tools, banner, form] = await Promise.all(['.tools', '.form-note', 'form.form'].map((c) => s.part(c).boundingBox()));
  assert.ok(tools.y < banner.y && banner.y < form.y);
  await page.screenshot({ path: join(SCREENSHOTS, 'example-banner-1280-ja.png') });

  await note.locator('button', { hasText: '今日の日付（2026年12月1日）で計算する' }).click();
  assert.equal(await s.field('@asOf').inputValue(), TODAY);
  await s.part('.date-box .ruleset-line', { hasText: '2026年12月1日' }).waitFor();
  assert.match(await note.textContent(), /^この計算例は令和5年度の案内のものです。申請日（2026年12月1日）の規則で計算しているため、案内の金額とは違うことがあります。/);
  await note.locator('button', { hasText: '令和5年度の日付（2023年6月1日）で計算する' }).click();
  assert.equal(await s.field('@asOf').inputValue(), '2023-06-01');

  await switchLanguage(page, 'en');
  assert.match(await note.textContent(), /^This example comes from the FY2023 leaflet\. It is computed on 1 June 2023, with the FY2023 rules\./);
  await note.locator('button', { hasText: 'Compute on today’s date (1 December 2026)' }).waitFor();
  await switchLanguage(page, 'ja');

  // Typing over any field makes the inputs the user's own: the banner goes.
  await s.field('employees').fill('21');
  await note.waitFor({ state: 'hidden' });
  assert.equal(await s.field('@asOf').inputValue(), '2023-06-01');
  await context.close();
});

test('an example from an older year on today’s date says so: 雇用保険料 from 令和5年度, computed with the rules for 2026-12-01', async () => {
  const { page, context } = await openPage(env);
  const s = sim(page);
  await tab(page, 'koyo-hoken');
  await s.part('.tools button', { hasText: '月給30万円の例' }).click();
  await s.part('.figures').waitFor();
  assert.equal(await s.field('@asOf').inputValue(), TODAY);
  const note = s.part('.form-note');
  assert.match(await note.textContent(), /^この計算例は令和5年度の案内のものです。賃金の締切日（2026年12月1日）の規則で計算しているため、案内の金額とは違うことがあります。/);
  await note.locator('button', { hasText: '令和5年度の日付（2023年6月1日）で計算する' }).click();
  assert.equal(await s.field('@asOf').inputValue(), '2023-06-01');
  await s.part('.figure.is-main dd', { hasText: '1,800円' }).waitFor();
  // On its own year, the banner says so and offers today again.
  assert.match(await note.textContent(), /賃金の締切日を2023年6月1日にして、令和5年度の規則で計算しています。/);
  // Typing into the date is typing too.
  await s.field('@asOf').fill('2025-06-01');
  await note.waitFor({ state: 'hidden' });
  await context.close();
});

test('every tab’s example states its year or its date: none changes the date silently', async () => {
  const { page, context } = await openPage(env);
  const s = sim(page);
  const examples = {
    'gyomu-kaizen': { button: '案内の計算例', date: TODAY, banner: null },
    'hatarakikata-yuyo': { button: '運送業の例', date: '2023-06-01', banner: /令和5年度の案内のもの.*2023年6月1日にして/ },
    'koyo-hoken': { button: '月給30万円の例', date: TODAY, banner: /令和5年度の案内のもの.*案内の金額とは違うことがあります/ },
    'overtime-check': { button: '100時間の例', date: TODAY, banner: /令和6年度の案内のもの.*（2026年12月1日）も同じ規則で計算します/ },
    // Their only rules end on 2024-03-31: today gets them as the latest known, which may differ.
    'kagoshima-nintei': { button: '要件を満たす例', date: TODAY, banner: /令和5年度の案内のもの.*違うことがあります/ },
    'kosodate-loan': { button: '120万円の例', date: TODAY, banner: /令和5年度の案内のもの.*違うことがあります/ },
  };
  for (const [id, ex] of Object.entries(examples)) {
    await tab(page, id);
    await s.part('.tools button', { hasText: ex.button }).click();
    await page.waitForFunction(() => document.querySelector('joseikin-simulator').result?.complete === true);
    assert.equal(await s.field('@asOf').inputValue(), ex.date, id);
    const note = s.part('.form-note');
    if (ex.banner) assert.match(await note.textContent(), ex.banner, id);
    else assert.equal(await note.isVisible(), false, id);
  }
  await context.close();
});

test('clearing after the example returns the date to today, also in the link, and 元に戻す restores the inputs and the date', async () => {
  const { page, context, log } = await openPage(env);
  const s = sim(page);
  // 業務改善助成金 on a date of the user's: the example leaves it; clearing puts today back.
  await s.field('@asOf').fill('2025-06-01');
  await s.part('button', { hasText: '案内の計算例を入れる' }).click();
  // On FY2025's rules the example is not eligible (its lowest wage is more than 50円 above the
  // minimum): the answer leads with the verdict and its reasons, and shows no amount.
  const verdict = s.part('.status.is-eligible, .status.is-ineligible');
  await verdict.waitFor();
  assert.equal(await s.field('@asOf').inputValue(), '2025-06-01');
  await fragmentWith(page, 'asOf', '2025-06-01', { lowestWage: '1040' });
  const said = (await verdict.textContent()).trim();
  const reasons = await s.part('.reasons').textContent();

  await s.part('.tools button', { hasText: '入力を消す' }).click();
  assert.equal(await s.field('@asOf').inputValue(), TODAY);
  assert.equal(await s.field('lowestWage').inputValue(), '');
  assert.equal(await s.field('prefecture').inputValue(), '');
  const params = await fragmentWith(page, 'asOf', TODAY);
  assert.equal(params.get('lowestWage'), null);
  assert.equal(params.get('program'), 'gyomu-kaizen');
  const note = s.part('.form-note');
  assert.match(await note.textContent(), /入力を消して、日付を2026年12月1日に戻しました。/);
  assert.equal(await note.getAttribute('role'), 'status');
  // The undo button has the focus: Enter undoes.
  const focused = await page.evaluate(() => document.querySelector('joseikin-simulator').shadowRoot.activeElement?.textContent);
  assert.equal(focused, '元に戻す');
  await page.screenshot({ path: join(SCREENSHOTS, 'cleared-1280-ja.png') });
  await page.keyboard.press('Enter');
  assert.equal(await s.field('@asOf').inputValue(), '2025-06-01');
  assert.equal(await s.field('lowestWage').inputValue(), '1040');
  await s.part('.status', { hasText: said }).waitFor();
  assert.equal(await s.part('.reasons').textContent(), reasons);
  await fragmentWith(page, 'asOf', '2025-06-01', { lowestWage: '1040' });
  // The example is back as it was shown: a FY2026 example on a FY2025 date, and the banner says so.
  assert.match(await note.textContent(), /^この計算例は令和8年度の案内のものです。申請日（2025年6月1日）の規則で計算しているため/);

  // The work-style example on its own date: cleared to today, restored with its date and banner.
  await tab(page, 'hatarakikata-yuyo');
  await s.part('button', { hasText: '運送業の例を入れる' }).click();
  await s.waitForAmount('2,500,000円');
  await s.part('.tools button', { hasText: '入力を消す' }).click();
  assert.equal(await s.field('@asOf').inputValue(), TODAY);
  assert.equal(await s.field('goals.overtime.beforeHours').isVisible(), false);
  await fragmentWith(page, 'asOf', TODAY);
  await note.locator('button', { hasText: '元に戻す' }).click();
  assert.equal(await s.field('@asOf').inputValue(), '2023-06-01');
  assert.equal(await s.field('goals.overtime.beforeHours').inputValue(), '85');
  await s.waitForAmount('2,500,000円');
  assert.match(await note.textContent(), /この計算例は令和5年度の案内のものです/);
  await fragmentWith(page, 'asOf', '2023-06-01');

  // Typing after clearing keeps what is typed: the undo is gone.
  await s.part('.tools button', { hasText: '入力を消す' }).click();
  await s.field('employees').fill('5');
  await note.waitFor({ state: 'hidden' });
  assert.equal(await s.field('employees').inputValue(), '5');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('the overtime example leaves the 業務改善助成金 tab’s date alone: each tab keeps its own date', async () => {
  const { page, context } = await openPage(env);
  const s = sim(page);
  await s.field('@asOf').fill('2025-06-01');
  await s.field('lowestWage').fill('1000');
  await tab(page, 'overtime-check');
  assert.equal(await s.field('@asOf').inputValue(), TODAY, 'a tab starts on today, whatever another tab has');
  await s.part('.tools button', { hasText: '100時間の例' }).click();
  await s.part('svg.chart-svg').waitFor();
  await s.field('@asOf').fill('2024-06-01');
  await tab(page, 'gyomu-kaizen');
  assert.equal(await s.field('@asOf').inputValue(), '2025-06-01');
  assert.equal(await s.field('lowestWage').inputValue(), '1000');
  await fragmentWith(page, 'asOf', '2025-06-01');
  await tab(page, 'overtime-check');
  assert.equal(await s.field('@asOf').inputValue(), '2024-06-01');
  // Clearing one tab leaves the other's date too.
  await s.part('.tools button', { hasText: '入力を消す' }).click();
  await tab(page, 'gyomu-kaizen');
  assert.equal(await s.field('@asOf').inputValue(), '2025-06-01');
  await context.close();
});

test('a link’s asOf is the date of its own tab; an old link still loads, and the other tabs start on today', async () => {
  const { page, context } = await openPage(env, null);
  // A link as the page wrote it before each tab had its own date.
  await page.goto(`${env.server.url}#program=koyo-hoken&asOf=2023-06-01&ruleset=koyo-hoken%2F2023&industry=general&monthlyWageYen=300000`);
  const s = sim(page);
  await s.part('.figure.is-main dd', { hasText: '1,800円' }).waitFor();
  assert.equal(await s.field('@asOf').inputValue(), '2023-06-01');
  await tab(page, 'gyomu-kaizen');
  assert.equal(await s.field('@asOf').inputValue(), TODAY);
  await fragmentWith(page, 'asOf', TODAY);
  await tab(page, 'koyo-hoken');
  assert.equal(await s.field('@asOf').inputValue(), '2023-06-01');
  await context.close();
});
