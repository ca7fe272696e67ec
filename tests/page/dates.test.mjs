// Issues 7 and 11 on the page: each tab's date starts as today, the rules it selects are named with
// their period and the reason, and a date past the known rules says so once, next to the answer,
// with what to do; rules in force with no end (the overtime caps) never do. The page's clock reads
// 2026-12-01 (helpers.mjs NOW).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { setup, openPage, sim, typeSeedExample, switchLanguage, SCREENSHOTS, TODAY } from './helpers.mjs';

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.close();
});

/** The whole text of the element's shadow root, the form and the result panel. */
function shadowText(page) {
  return page.evaluate(() => document.querySelector('joseikin-simulator').shadowRoot.querySelector('.panel').textContent);
}

/** How often `needle` occurs in the element's visible text. */
async function occurrences(page, needle) {
  return (await shadowText(page)).split(needle).length - 1;
}

test('opened on 2026-12-01 with no fragment, the page uses today and selects 令和8年度 (gyomu-kaizen/2026), and says why', async () => {
  const { page, context, log } = await openPage(env);
  const s = sim(page);
  assert.equal(await s.field('@asOf').inputValue(), TODAY);
  await page.waitForFunction(() => document.querySelector('joseikin-simulator').result !== null);
  const line = s.part('.date-box .ruleset-line');
  assert.equal((await line.textContent()).trim(), '申請日 2026年12月1日 → 令和8年度（2026年4月1日〜2027年3月31日）の規則');
  assert.equal((await s.part('.date-box .ruleset-why').textContent()).trim(),
    '規則の期間: 2026年4月1日〜2027年3月31日。日付がこの期間に入るため、この規則で計算します。');
  assert.equal(await s.part('.date-alert').count(), 0);
  assert.equal(await s.part('[data-field="@asOf"] .echo').textContent(), '→ 令和8年度（2026年4月1日〜2027年3月31日）の規則で計算します');
  // The answer names the same ruleset once the form is complete.
  await s.part('button', { hasText: '案内の計算例' }).click();
  await s.waitForAmount('4,500,000円');
  assert.equal(await page.evaluate(() => document.querySelector('joseikin-simulator').result.ruleset.id), 'gyomu-kaizen/2026');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(SCREENSHOTS, 'index-1280-ja-today.png') });
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('a date past the known rules is said once, next to the answer, with what to do: before the form is complete and after', async () => {
  const { page, context } = await openPage(env);
  const s = sim(page);
  await s.field('@asOf').fill('2027-04-01');
  const alert = s.part('.date-box .date-alert[data-code="no_ruleset_for_date"]');
  await alert.waitFor();
  // The page's own words until there is an answer.
  assert.match(await alert.textContent(), /2027年4月1日の規則はまだ分かりません。分かっている最新の令和8年度（2027年3月31日まで）の規則で計算します。結果は目安として、申請の前に最新の案内で確かめてください。/);
  assert.equal(await occurrences(page, 'まだ分かりません'), 1);
  assert.equal((await s.part('[data-field="@asOf"] .echo').textContent()).trim(), '→ 令和8年度（2026年4月1日〜2027年3月31日）の規則で計算します');
  assert.equal((await s.part('.date-box .ruleset-why').textContent()).trim(), '規則の期間: 2026年4月1日〜2027年3月31日。');

  // With a complete form: the engine's notice, once, still next to the answer, never folded away.
  await typeSeedExample(page);
  await s.field('@asOf').fill('2027-04-01');
  // 863円 is below the minimum wage in force: the answer is not eligible, so it shows no amount.
  await s.part('.status.is-ineligible').waitFor();
  const r = await page.evaluate(() => document.querySelector('joseikin-simulator').result);
  const notice = r.notices.find((n) => n.code === 'no_ruleset_for_date');
  assert.ok(notice, JSON.stringify(r.notices));
  // The answer is written in the page's language (the request's `lang`).
  assert.equal((await alert.textContent()).trim(), `日付についての注意: ${notice.message}`);
  assert.equal(await occurrences(page, 'まだ分かりません'), 1);
  assert.equal(await alert.evaluate((n) => n.closest('details') === null), true, 'not inside a folding box');
  assert.doesNotMatch(await s.part('.notices').textContent(), /まだ分かりません/);
  // Right after the summary (verdict, amount and what qualifies it) and the reasons it leads with.
  const between = await page.evaluate(() => {
    const root = document.querySelector('joseikin-simulator').shadowRoot;
    const kids = [...root.querySelector('.result').children];
    const from = kids.indexOf(root.querySelector('.result-summary'));
    const to = kids.indexOf(root.querySelector('.date-box'));
    return from < 0 || to < from ? null : kids.slice(from + 1, to).filter((k) => !k.hidden && k.childElementCount).map((k) => k.className);
  });
  assert.deepEqual(between, ['reasons']);

  await switchLanguage(page, 'en');
  await alert.filter({ hasText: 'About the date' }).waitFor();
  const en = await page.evaluate(() => document.querySelector('joseikin-simulator').result);
  assert.equal(en.lang, 'en');
  assert.equal((await alert.textContent()).trim(), `About the date: ${en.notices.find((n) => n.code === 'no_ruleset_for_date').message}`);
  await context.close();
});

test('the overtime check, whose rules have no end, never says that the rules for a date are not known', async () => {
  const { page, context, log } = await openPage(env);
  const s = sim(page);
  await s.part('[role=tab][data-program="overtime-check"]').click();
  await page.waitForFunction(() => document.querySelector('joseikin-simulator').result !== null);
  const listed = await page.evaluate(async () => {
    const m = await import('./pkg/joseikin.js');
    return m.programs().find((p) => p.id === 'overtime-check').rulesets.at(-1);
  });
  assert.equal(listed.validTo, null, 'the caps from 2024-04-01 are law in force with no end');
  const line = s.part('.date-box .ruleset-line');
  assert.equal((await line.textContent()).trim(), '確認する日 2026年12月1日 → 2024年4月1日以降（建設・運転・医師・製糖にも適用）の規則');
  assert.equal((await s.part('.date-box .ruleset-why').textContent()).trim(),
    '規則の期間: 2024年4月1日から（終わりの日は決まっていません）。日付がこの期間に入るため、この規則で計算します。');
  assert.equal(await s.part('.date-alert').count(), 0);
  // Far ahead, and with an answer: still nothing about unknown rules.
  await s.part('.tools button', { hasText: '100時間の例' }).click();
  await s.field('@asOf').fill('2031-06-01');
  await line.filter({ hasText: '2031年6月1日' }).waitFor();
  await s.part('.verdicts').waitFor();
  assert.equal(await s.part('.date-alert').count(), 0);
  assert.equal(await occurrences(page, 'まだ分かりません'), 0);
  const r = await page.evaluate(() => document.querySelector('joseikin-simulator').result);
  assert.equal(r.notices.some((n) => n.code === 'no_ruleset_for_date'), false);
  await switchLanguage(page, 'en');
  assert.equal((await s.part('.date-box .ruleset-why').textContent()).trim(),
    'These rules apply from 1 April 2024, with no end date. The date falls in this period.');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('choosing 2023-06-01 shows 令和5年度（2023年8月30日まで） with its period, and no date notice', async () => {
  const { page, context } = await openPage(env);
  const s = sim(page);
  await s.field('@asOf').fill('2023-06-01');
  const line = s.part('.date-box .ruleset-line');
  await line.filter({ hasText: '2023年6月1日' }).waitFor();
  assert.equal((await line.textContent()).trim(), '申請日 2023年6月1日 → 令和5年度（2023年8月30日まで）の規則');
  assert.equal((await s.part('.date-box .ruleset-why').textContent()).trim(),
    '規則の期間: 2023年4月1日〜2023年8月30日。日付がこの期間に入るため、この規則で計算します。');
  assert.equal(await s.part('.date-alert').count(), 0);
  assert.match(await s.part('[data-field="@asOf"] .echo').textContent(), /→ 令和5年度（2023年8月30日まで）の規則で計算します/);
  // The next day of the boundary selects the next ruleset.
  await s.field('@asOf').fill('2023-08-31');
  await line.filter({ hasText: '令和5年度（2023年8月31日以降）' }).waitFor();
  await switchLanguage(page, 'en');
  assert.equal((await line.textContent()).trim(), 'Application date 31 August 2023 → the rules of FY2023 (from 31 August 2023)');
  await context.close();
});

test('a date before the first known rules shows a Japanese message next to the date, and the range known', async () => {
  const { page, context } = await openPage(env);
  const s = sim(page);
  await typeSeedExample(page);
  await s.field('@asOf').fill('2023-03-31');
  const error = s.part('[data-field="@asOf"] .error');
  await error.waitFor({ state: 'visible' });
  assert.match(await error.textContent(), /2023年4月1日/);
  assert.match(await s.part('[data-field="@asOf"] .echo').textContent(), /分かっている規則は 2023年4月1日〜2027年3月31日 の分です/);
  await context.close();
});

test('each calculator names its own date and the rules it selects', async () => {
  const { page, context } = await openPage(env);
  const s = sim(page);
  await s.part('[role=tab][data-program="koyo-hoken"]').click();
  await s.field('@asOf').fill('2024-04-01');
  await s.part('.date-box .ruleset-line', { hasText: '賃金の締切日 2024年4月1日 → 令和6年度の規則' }).waitFor();
  await s.part('[role=tab][data-program="kosodate-loan"]').click();
  await s.field('@asOf').fill('2023-06-01');
  // A title that does not name the year gets the year in front of it.
  await s.part('.date-box .ruleset-line', { hasText: '申込日 2023年6月1日 → 令和5年度「2023年6月の資料による」の規則' }).waitFor();
  await context.close();
});
