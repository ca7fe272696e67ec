// Issue 12 on the page: citations a citizen can follow. Each step, and each reason and notice with a
// source, names its official document as title · publisher · date · section, from programs(lang)'
// registry; the title links to the official page in a new tab (rel="noopener noreferrer") and says
// that a government website opens; an unconfirmed_rule notice links the document to check; the
// footer lists the documents of the program shown; print writes the URLs out. The page's clock
// reads 2026-12-01 (helpers.mjs NOW).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { setup, openPage, sim, switchLanguage, SCREENSHOTS, result } from './helpers.mjs';

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.close();
});

const LEAFLET_URL = /^https:\/\/www\.mhlw\.go\.jp\/.*\/03\.html$/;

async function tab(page, id) {
  await sim(page).part(`[role=tab][data-program="${id}"]`).click();
  await sim(page).part(`[role=tab][data-program="${id}"][aria-selected=true]`).waitFor();
}

/** Fills the tab's example and waits for its complete answer; opens the steps. */
async function example(page) {
  const s = sim(page);
  await s.part('.tools button').first().click();
  await page.waitForFunction(() => document.querySelector('joseikin-simulator').result?.complete === true);
  const summary = s.part('.steps-box > summary');
  if (await summary.isVisible() && !(await s.part('.steps-box').evaluate((d) => d.open))) await summary.click();
}

test('a step cites the FY2026 leaflet by title · publisher · date · section, linked to the MHLW page in a new tab', async () => {
  const { page, context, log } = await openPage(env);
  const s = sim(page);
  await example(page);
  const r = await result(page);
  assert.equal(r.steps[0].source.id, 'mhlw-gyomu-kaizen-2026');
  const cite = s.part('.steps li').first().locator('.step-source');
  assert.match((await cite.textContent()).trim(),
    /^根拠: 令和8年度業務改善助成金のご案内.*（政府の公式サイト・新しいタブで開きます） · 厚生労働省 · 2026年4月 · 「対象事業者」$/);
  const link = cite.locator('a');
  assert.match(await link.getAttribute('href'), LEAFLET_URL);
  assert.equal(await link.getAttribute('target'), '_blank');
  assert.deepEqual((await link.getAttribute('rel')).split(/\s+/).sort(), ['noopener', 'noreferrer']);
  // The link's name says where it goes: read with its title, a visible ↗ beside it.
  const name = await link.evaluate((a) => a.textContent);
  assert.match(name, /^令和8年度業務改善助成金のご案内↗（政府の公式サイト・新しいタブで開きます）$/);
  // Every step names its document, from the registry: never an id, never a bare sentence.
  const steps = await s.part('.steps li').evaluateAll((lis) => lis.map((li) => li.querySelector('.step-source')?.textContent ?? ''));
  assert.equal(steps.length, r.steps.length);
  for (const [i, text] of steps.entries()) {
    assert.match(text, /^根拠: .+ · 厚生労働省 · .+ · 「.+」$/, `step ${r.steps[i].id}: ${text}`);
    assert.doesNotMatch(text, /mhlw-/, `step ${r.steps[i].id} names a document id`);
  }
  // The list under the steps: each document once, with its publisher, date and link.
  const doc = s.part('.documents li', { hasText: '令和8年度業務改善助成金のご案内' });
  assert.match(await doc.textContent(), / · 厚生労働省 · 2026年4月/);
  assert.match(await doc.locator('a').getAttribute('href'), LEAFLET_URL);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('an unconfirmed rule says what is not confirmed and links the document to check', async () => {
  const { page, context } = await openPage(env);
  const s = sim(page);
  await example(page);
  const r = await result(page);
  const notice = r.notices.find((n) => n.code === 'unconfirmed_rule' && n.rule === 'cap_table');
  assert.ok(notice, JSON.stringify(r.notices.map((n) => n.rule ?? n.code)));
  const li = s.part('.notices li[data-code="unconfirmed_rule"][data-rule="cap_table"]');
  assert.equal((await li.locator('.note-text').textContent()).trim(), notice.message);
  assert.match(notice.message, /まだ確かめられていません: 令和8年度.*助成上限額の表/);
  const check = li.locator('.note-source');
  assert.match((await check.textContent()).trim(), /^確認する資料: 令和8年度業務改善助成金のご案内.* · 厚生労働省 · 2026年4月 · 「助成上限額」$/);
  assert.match(await check.locator('a').getAttribute('href'), LEAFLET_URL);
  assert.equal(await check.locator('a').getAttribute('target'), '_blank');
  // Each notice with a source shows it; each unconfirmed rule as the document to check.
  const shown = await s.part('.notices li').evaluateAll((lis) => lis.map((li) => ({
    code: li.dataset.code, source: li.querySelector('.note-source')?.textContent ?? null,
  })));
  for (const n of shown) {
    if (n.code === 'unconfirmed_rule') assert.match(n.source, /^確認する資料: /);
    else if (n.source !== null) assert.match(n.source, /^根拠: /);
  }
  await context.close();
});

test('a reason with a source shows its document too', async () => {
  const { page, context } = await openPage(env);
  const s = sim(page);
  await tab(page, 'hatarakikata-yuyo');
  await example(page);
  // No goal chosen: the reason cites the leaflet's goals.
  await s.part('[data-section] input[name="_goal.overtime"]').uncheck();
  await s.part('.reasons li').first().waitFor();
  const r = await result(page);
  const reason = r.reasons.find((x) => x.source);
  assert.ok(reason, JSON.stringify(r.reasons));
  const li = s.part(`.reasons li[data-code="${reason.code}"]`);
  assert.equal((await li.locator('.note-text').textContent()).trim(), reason.message);
  assert.match((await li.locator('.note-source').textContent()).trim(), /^根拠: 令和5年度「働き方改革推進支援助成金」適用猶予業種等対応コースのご案内 · 厚生労働省 · 2023年4月 · 「.+」$/);
  // That guide has no known URL: its title is not a link.
  assert.equal(await li.locator('.note-source a').count(), 0);
  await context.close();
});

test('in English the citation has the English title and publisher, and the link says it opens a government website', async () => {
  const { page, context } = await openPage(env);
  await switchLanguage(page, 'en');
  const s = sim(page);
  await example(page);
  const cite = s.part('.steps li').first().locator('.step-source');
  assert.match((await cite.textContent()).trim(),
    /^Source: Guide to the FY2026 Business Improvement Subsidy \(令和8年度業務改善助成金のご案内\).* · Ministry of Health, Labour and Welfare \(厚生労働省\) · April 2026 · “Who may apply \(対象事業者\)”$/);
  const link = cite.locator('a');
  assert.match(await link.getAttribute('href'), LEAFLET_URL);
  assert.equal(await link.getAttribute('rel'), 'noopener noreferrer');
  assert.equal(await link.getAttribute('target'), '_blank');
  assert.match(await link.textContent(), /\(government website, opens in a new tab\)$/);
  const check = s.part('.notices li[data-rule="cap_table"] .note-source');
  assert.match(await check.textContent(), /^Check in: Guide to the FY2026 Business Improvement Subsidy/);
  await page.screenshot({ path: join(SCREENSHOTS, 'citations-1280-en.png'), fullPage: true });
  await context.close();
});

test('the footer lists the documents of the program shown, from the registry, and follows the tab and the language', async () => {
  const { page, context, log } = await openPage(env);
  const footer = page.locator('#sources-list');
  await page.locator('#sources-list li').first().waitFor();
  const items = () => footer.locator('li').evaluateAll((lis) => lis.map((li) => li.textContent));
  let list = await items();
  assert.ok(list.some((t) => /^令和8年度業務改善助成金のご案内.* · 厚生労働省 · 2026年4月/.test(t)), list.join('\n'));
  assert.ok(list.some((t) => /^地域別最低賃金の全国一覧/.test(t)), list.join('\n'));
  const fy2026 = footer.locator('li', { hasText: '令和8年度業務改善助成金のご案内' }).locator('a');
  assert.match(await fy2026.getAttribute('href'), LEAFLET_URL);
  assert.equal(await fy2026.getAttribute('rel'), 'noopener noreferrer');
  assert.equal(await fy2026.getAttribute('target'), '_blank');
  // The fixed sentence about sources is gone.
  assert.doesNotMatch(await page.locator('footer').textContent(), /根拠: 業務改善助成金（令和5〜8年度）/);
  assert.match(await page.locator('#sources-lead').textContent(), /「業務改善助成金」/);

  await tab(page, 'koyo-hoken');
  await page.waitForFunction(() => document.getElementById('sources-list').dataset.program === 'koyo-hoken');
  list = await items();
  assert.ok(list.some((t) => /^雇用保険料率について.* · 厚生労働省/.test(t)), list.join('\n'));
  assert.ok(!list.some((t) => /業務改善助成金/.test(t)), list.join('\n'));

  await switchLanguage(page, 'en');
  await page.waitForFunction(() => /Employment insurance|premium/i.test(document.getElementById('sources-lead').textContent));
  list = await items();
  assert.ok(list.every((t) => /Ministry of Health, Labour and Welfare|Kagoshima/.test(t)), list.join('\n'));
  assert.equal((await page.locator('.site-footer h2').textContent()).trim(), 'Sources (official documents)');
  await page.screenshot({ path: join(SCREENSHOTS, 'footer-koyo-hoken-1280-en.png'), fullPage: true });
  // Under the page's strict CSP: no error, no violation.
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.console.filter((m) => m.type === 'error'), []);
  await context.close();
});

test('print keeps the citations: title · publisher · date on each step, and each document’s URL written out', async () => {
  const { page, context } = await openPage(env);
  const s = sim(page);
  await example(page);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await s.part('.steps li').first().locator('.step-source').isVisible(), true);
  assert.match(await s.part('.steps li').first().locator('.step-source').innerText(),
    /^根拠: 令和8年度業務改善助成金のご案内[\s\S]* · 厚生労働省 · 2026年4月 · 「対象事業者」$/);
  const doc = s.part('.documents li', { hasText: '令和8年度業務改善助成金のご案内' });
  assert.equal(await doc.isVisible(), true);
  const url = doc.locator('.doc-url');
  assert.equal(await url.isVisible(), true);
  assert.match((await url.textContent()).trim(), LEAFLET_URL);
  // On screen the URL stays in the link.
  await page.emulateMedia({ media: 'screen' });
  assert.equal(await url.isVisible(), false);
  await context.close();
});

test('opened from a link to a program, the footer lists that program’s documents, not 業務改善助成金’s', async () => {
  const { page, context, log } = await openPage(env, 'index.html#program=koyo-hoken&asOf=2026-12-01');
  await page.waitForFunction(() => document.getElementById('sources-list').dataset.program === 'koyo-hoken');
  assert.match(await page.locator('#sources-lead').textContent(), /雇用保険/);
  const list = await page.locator('#sources-list li').evaluateAll((lis) => lis.map((li) => li.textContent));
  assert.ok(list.some((t) => /^雇用保険料率について/.test(t)), list.join('\n'));
  assert.ok(!list.some((t) => /業務改善助成金/.test(t)), list.join('\n'));
  assert.equal(await page.locator('joseikin-simulator').getAttribute('program'), 'koyo-hoken');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('on a phone a citation’s publisher and date stay whole on their line (「厚生労働 / 省」 never)', async () => {
  const { page, context, log } = await openPage(env, '', { width: 375, height: 800 });
  const s = sim(page);
  await s.part('button', { hasText: '案内の計算例' }).click();
  await s.waitForAmount('4,500,000円');
  for (const program of ['gyomu-kaizen', 'hatarakikata-yuyo', 'koyo-hoken']) {
    await s.part(`[role=tab][data-program="${program}"]`).click();
    await s.part('button', { hasText: /例を入れる/ }).click();
    await s.part('.doc-part').first().waitFor({ state: 'attached' });
    const broken = await s.part('.doc-part').evaluateAll((parts) => parts
      .filter((p) => p.getClientRects().length > 1)
      .map((p) => `${p.textContent} in 「${p.parentElement.textContent.slice(0, 40)}」`));
    assert.deepEqual(broken, [], program);
  }
  assert.deepEqual(log.errors, []);
  await context.close();
});
