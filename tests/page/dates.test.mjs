// Issue 7 on the page: the date starts as today, the rules it selects are named with their period
// and the reason, and a date past the known rules (or past the application deadline) says so
// next to the answer, never folded away. "Today" is computed here, in the page's time zone, so
// that the checks hold on whatever day they run.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { setup, openPage, sim, typeSeedExample, switchLanguage, SCREENSHOTS } from './helpers.mjs';

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.close();
});

/** Today as YYYY-MM-DD in Asia/Tokyo, the time zone the test pages run in (helpers.mjs). */
function todayInTokyo() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

function ja(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** The last day of the latest known 業務改善助成金 ruleset, from the module's own listing. */
async function lastKnownDay(page) {
  return page.evaluate(async () => {
    const m = await import('./pkg/joseikin.js');
    await m.default();
    const rulesets = m.programs().find((p) => p.id === 'gyomu-kaizen').rulesets;
    return rulesets[rulesets.length - 1];
  });
}

test('opened with no fragment, the page uses today and says which year’s rules that selects, and why', async () => {
  const { page, context, log } = await openPage(env);
  const s = sim(page);
  const today = todayInTokyo();
  assert.equal(await s.field('@asOf').inputValue(), today);
  await page.waitForFunction(() => document.querySelector('joseikin-simulator').result !== null);
  const last = await lastKnownDay(page);
  const line = s.part('.date-box .ruleset-line');
  await line.waitFor();
  assert.match(await line.textContent(), new RegExp(`^申請日 ${ja(today)} → 令和\\d+年度`));
  if (today > last.validTo) {
    // Past the known rules (RULES.md §1.3: nothing known after 2026-03-31): the latest, 令和7年度, and
    // the notice no_ruleset_for_date, in plain view next to the answer.
    assert.equal(last.title.ja, '令和7年度（2025年4月1日〜2026年3月31日）');
    assert.equal((await line.textContent()).trim(), `申請日 ${ja(today)} → 令和7年度（2025年4月1日〜2026年3月31日）の規則`);
    assert.match(await s.part('.date-box .ruleset-why').textContent(), /規則の期間: 2025年4月1日〜2026年3月31日。.*分かっている最新の規則で計算します/);
    const alert = s.part('.date-box .date-alert[data-code="no_ruleset_for_date"]');
    assert.equal(await alert.isVisible(), true);
    assert.match(await alert.textContent(), new RegExp(`${ja(today)}の規則はまだ分かりません。分かっている最新の令和7年度（2026年3月31日まで）`));
    assert.equal(await alert.evaluate((n) => n.closest('details') === null), true, 'not inside a folding box');
    assert.match(await s.field('@asOf').evaluate((n) => n.closest('.field').querySelector('.echo').textContent), /この日付の規則はまだ分かりません。分かっている最新の令和7年度（2025年4月1日〜2026年3月31日）の規則で計算します。/);
  } else {
    // On a day within the known rules: that year's rules, and no notice.
    assert.match(await s.part('.date-box .ruleset-why').textContent(), /この期間に入るため/);
    assert.equal(await s.part('.date-alert').count(), 0);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(SCREENSHOTS, 'index-1280-ja-today.png') });
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('with a complete form on today’s date, the engine’s notice stands next to the amount, not among the other notices', async () => {
  const { page, context } = await openPage(env);
  const s = sim(page);
  const today = todayInTokyo();
  const last = await lastKnownDay(page);
  await typeSeedExample(page);
  await s.field('@asOf').fill(today);
  await s.part('.amount .yen').waitFor();
  const r = await page.evaluate(() => document.querySelector('joseikin-simulator').result);
  assert.equal(r.ok, true);
  const hasNotice = r.notices.some((n) => n.code === 'no_ruleset_for_date');
  assert.equal(hasNotice, today > last.validTo);
  if (hasNotice) {
    const alert = s.part('.date-box .date-alert[data-code="no_ruleset_for_date"]');
    assert.equal(await alert.isVisible(), true);
    assert.equal(await alert.count(), 1);
    // The engine's own words (src/programs/mod.rs select_ruleset).
    assert.match(await alert.textContent(), /分かっている最新の令和7年度（2026年3月31日まで）の規則で計算しています。/);
    assert.doesNotMatch(await s.part('.notices').textContent(), /まだ分かりません/);
    // Right after the amount: the box follows the amount in the result panel.
    const order = await page.evaluate(() => {
      const root = document.querySelector('joseikin-simulator').shadowRoot;
      const kids = [...root.querySelector('.result').children];
      return [kids.indexOf(root.querySelector('.amount')), kids.indexOf(root.querySelector('.date-box'))];
    });
    assert.equal(order[1], order[0] + 1);
  }
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
  assert.match(await s.field('@asOf').evaluate((n) => n.closest('.field').querySelector('.echo').textContent), /→ 令和5年度（2023年8月30日まで）の規則で計算します/);
  // The next day of the boundary selects the next ruleset.
  await s.field('@asOf').fill('2023-08-31');
  await line.filter({ hasText: '令和5年度（2023年8月31日以降）' }).waitFor();
  await switchLanguage(page, 'en');
  assert.equal((await line.textContent()).trim(), 'Application date 31 August 2023 → the rules of FY2023 (from 31 August 2023)');
  await context.close();
});

test('a date after the application deadline shows the notice after_application_deadline next to the amount', async () => {
  const { page, context } = await openPage(env);
  const s = sim(page);
  await typeSeedExample(page);
  // RULES.md §1.3 / seed: FY2023 applications close on 2024-01-31.
  await s.field('@asOf').fill('2024-02-15');
  const alert = s.part('.date-box .date-alert[data-code="after_application_deadline"]');
  await alert.waitFor();
  assert.match(await alert.textContent(), /申請期限（2024年1月31日）後の日付です/);
  assert.equal(await s.part('.amount').isVisible(), true);
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
  assert.match(await s.field('@asOf').evaluate((n) => n.closest('.field').querySelector('.echo').textContent), /分かっている規則は 2023年4月1日〜2026年3月31日 の分です/);
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
