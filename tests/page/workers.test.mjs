// Issue 11 follow-up on the page: from FY2026 only workers insured under 雇用保険 count as raised.
// The 業務改善助成金 worker table asks 「雇用保険に加入」 (checked by default) where the date's rules
// read it, and sends it as `insured`; the form's hints follow the ruleset in force (the 6-month
// rule from FY2025; vehicles and related costs not eligible from FY2026). The page's clock reads
// 2026-12-01 (helpers.mjs NOW): FY2026.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { setup, openPage, sim, switchLanguage, AXE, SCREENSHOTS, TODAY, result } from './helpers.mjs';

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.close();
});

function request(page) {
  return page.evaluate(() => document.querySelector('joseikin-simulator').request);
}

/** The leaflet's example, then two workers in the table at the lowest wage, raised by 90 yen. */
async function twoWorkers(page) {
  const s = sim(page);
  await s.part('.tools button').first().click();
  await s.part('[data-field="_wageMode"] input[value="workers"]').check();
  await s.field('workers[0].wageBefore').fill('1040');
  await s.field('workers[0].wageAfter').fill('1130');
  await s.part('button.add-row').click();
  await s.field('workers[1].wageBefore').fill('1040');
  await s.field('workers[1].wageAfter').fill('1130');
}

async function axe(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations);
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => JSON.stringify(n.target)).join('\n    ')}`);
}

test('an uninsured worker shows as not counted, with the reason, and is sent as insured: false', async () => {
  const { page, context, log } = await openPage(env);
  const s = sim(page);
  await twoWorkers(page);
  // Checked by default: both count.
  const insured = s.field('workers[1].insured');
  assert.equal(await insured.isChecked(), true);
  assert.equal(await s.part('[data-field="workers[1].insured"] label').textContent(), '雇用保険に加入');
  await s.part('.row:nth-child(2) .row-status.is-counted').waitFor();
  await insured.uncheck();
  const status = s.part('.row:nth-child(2) .row-status');
  await s.part('.row:nth-child(2) .row-status.is-not-counted').waitFor();
  assert.equal((await status.textContent()).trim(), '✕ 数えません 雇用保険の被保険者でないため数えません');
  assert.match((await s.part('.row:nth-child(1) .row-status').textContent()).trim(), /^✓ 数えます/);
  const req = await request(page);
  assert.deepEqual(req.input.workers.map((w) => w.insured), [true, false]);
  const r = await result(page);
  assert.equal(r.ruleset.id, 'gyomu-kaizen/2026');
  assert.equal(r.countedWorkers, 1);
  assert.deepEqual(r.workers.map((w) => [w.counted, w.code]), [[true, 'at_lowest_wage'], [false, 'not_insured']]);
  // The status is read with the checkbox and the worker's other inputs.
  const described = await insured.getAttribute('aria-describedby');
  assert.ok(described?.split(' ').includes(await status.getAttribute('id')), described);
  // Printed: the answer to the question, for each worker.
  await page.emulateMedia({ media: 'print' });
  assert.match(await s.part('.print-inputs').textContent(), /労働者 2引上げ前の時給 1,040円、引上げ後の時給 1,130円、雇ってからの期間 12か月、雇用保険に加入 いいえ/);
  await page.emulateMedia({ media: 'screen' });
  await s.part('[data-section="wages"]').screenshot({ path: join(SCREENSHOTS, 'workers-insured-1280-ja.png') });
  // In English, the engine's reason in English.
  await switchLanguage(page, 'en');
  await s.part('.row:nth-child(2) .row-status.is-not-counted').waitFor();
  assert.match(await s.part('.row:nth-child(2) .row-status').textContent(), /^✕ Does not count .*not insured/);
  assert.equal(await s.part('[data-field="workers[1].insured"] label').textContent(), 'Insured under employment insurance');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('the insured column is asked only where the rules read it (FY2026 on), and a link keeps it', async () => {
  const { page, context } = await openPage(env);
  const s = sim(page);
  await twoWorkers(page);
  await s.field('workers[1].insured').uncheck();
  // FY2025: the rules count every worker; the question is not asked, nor sent, nor noticed.
  await s.field('@asOf').fill('2025-06-01');
  await page.waitForFunction(() => document.querySelector('joseikin-simulator').result?.ruleset?.id === 'gyomu-kaizen/2025');
  assert.equal(await s.field('workers[1].insured').isVisible(), false);
  const req = await request(page);
  assert.ok(req.input.workers.every((w) => !('insured' in w)), JSON.stringify(req.input.workers));
  const r = await result(page);
  assert.ok(!r.notices.some((n) => n.code === 'input_not_used'), JSON.stringify(r.notices.map((n) => n.code)));
  assert.equal(r.countedWorkers, 2);
  // Back on today's date, the answer given is still there.
  await s.field('@asOf').fill(TODAY);
  await s.field('workers[1].insured').waitFor();
  assert.equal(await s.field('workers[1].insured').isChecked(), false);
  await s.part('.row:nth-child(2) .row-status.is-not-counted').waitFor();
  // The link carries it ('0'), and a link made before the column counts the workers as insured.
  await page.waitForFunction(() => new URLSearchParams(location.hash.slice(1)).getAll('workers.insured').join() === '1,0');
  const other = await openPage(env, null);
  await other.page.goto(page.url());
  const t = sim(other.page);
  await t.field('workers[1].insured').waitFor();
  assert.equal(await t.field('workers[0].insured').isChecked(), true);
  assert.equal(await t.field('workers[1].insured').isChecked(), false);
  const old = new URL(page.url());
  const params = new URLSearchParams(old.hash.slice(1));
  params.delete('workers.insured');
  await other.page.goto(`${env.server.url}#${params}`);
  await other.page.reload();
  await t.field('workers[1].insured').waitFor();
  assert.equal(await t.field('workers[1].insured').isChecked(), true);
  await other.context.close();
  await context.close();
});

test('the months hint follows the ruleset: 6か月 on today’s date and from FY2025, 3か月 before', async () => {
  const { page, context } = await openPage(env);
  const s = sim(page);
  const hint = s.part('[data-field="lowestWage"] .hint');
  assert.equal(await s.field('@asOf').inputValue(), TODAY);
  assert.equal((await hint.textContent()).trim(), '雇ってから6か月以上たつ人の中で一番低い時給です（事業場内最低賃金）。');
  await s.field('@asOf').fill('2024-06-01');
  await page.waitForFunction(() => /3か月/.test(document.querySelector('joseikin-simulator').shadowRoot
    .querySelector('[data-field="lowestWage"] .hint').textContent));
  assert.equal((await hint.textContent()).trim(), '雇ってから3か月以上たつ人の中で一番低い時給です（事業場内最低賃金）。');
  await s.field('@asOf').fill('2025-04-01');
  await page.waitForFunction(() => /6か月/.test(document.querySelector('joseikin-simulator').shadowRoot
    .querySelector('[data-field="lowestWage"] .hint').textContent));
  // The worker table says the same, with the insured rule from FY2026.
  await s.part('[data-field="_wageMode"] input[value="workers"]').check();
  const tableHint = s.part('[data-field="workers"] .hint').first();
  assert.match(await tableHint.textContent(), /雇ってから6か月未満の人は、引き上げる労働者に数えません。$/);
  await s.field('@asOf').fill(TODAY);
  await page.waitForFunction(() => /雇用保険/.test(document.querySelector('joseikin-simulator').shadowRoot
    .querySelector('[data-field="workers"] .hint').textContent));
  assert.match(await tableHint.textContent(), /雇ってから6か月未満の人と、雇用保険に加入していない人は/);
  await switchLanguage(page, 'en');
  await s.part('[data-field="_wageMode"] input[value="simple"]').check();
  assert.equal((await s.part('[data-field="lowestWage"] .hint').textContent()).trim(), 'Among workers employed 6 months or more.');
  await context.close();
});

test('vehicles and related costs are not asked on a FY2026 date, and the costs section says why', async () => {
  const { page, context } = await openPage(env);
  const s = sim(page);
  await s.part('.tools button').first().click();
  const note = s.part('[data-section="costs"] > .hint');
  assert.equal(await s.field('extraCosts.vehiclesYen').isVisible(), false);
  assert.equal(await s.field('extraCosts.relatedYen').isVisible(), false);
  assert.equal(await s.field('extraCosts.devicesYen').isVisible(), true);
  assert.match(await note.textContent(), /^令和8年度は対象外: 自動車と関連する経費/);
  // On a FY2025 date they are asked, and the note is gone.
  await s.field('@asOf').fill('2025-06-01');
  await s.field('extraCosts.vehiclesYen').waitFor();
  assert.equal(await note.isVisible(), false);
  await s.field('extraCosts.vehiclesYen').fill('200000');
  await s.field('extraCosts.relatedYen').fill('300000');
  await page.waitForFunction(() => document.querySelector('joseikin-simulator').request.input.extraCosts?.vehiclesYen === 200000);
  // Back on FY2026: kept in the form, not sent, so no notice names the field.
  await s.field('@asOf').fill(TODAY);
  await note.waitFor();
  const req = await request(page);
  assert.equal(req.input.extraCosts?.vehiclesYen, undefined);
  assert.equal(req.input.extraCosts?.relatedYen, undefined);
  const r = await result(page);
  assert.ok(!r.notices.some((n) => n.code === 'input_not_used'), JSON.stringify(r.notices.map((n) => n.message)));
  await switchLanguage(page, 'en');
  assert.match(await s.part('[data-section="costs"] > .hint').textContent(), /^Not eligible in FY2026: vehicles and related costs/);
  await context.close();
});

for (const [lang, width] of [['ja', 375], ['en', 375], ['en', 1280]]) {
  test(`axe-core reports zero violations on the worker table with its insured column (${lang}, ${width} px)`, async () => {
    const { page, context } = await openPage(env, '', { bypassCSP: true, width, height: 900 });
    await switchLanguage(page, lang);
    await twoWorkers(page);
    await sim(page).field('workers[1].insured').uncheck();
    await sim(page).part('.row:nth-child(2) .row-status.is-not-counted').waitFor();
    assert.deepEqual(await axe(page), []);
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth) <= width);
    await context.close();
  });
}

test('the checkboxes the date’s rules do not read are not asked: productivity to FY2024, special ② in FY2023', async () => {
  const { page, context } = await openPage(env);
  const s = sim(page);
  await s.part('.tools button').first().click();
  const shown = async () => ({
    productivityMet: await s.field('productivityMet').isVisible(),
    salesDrop15: await s.field('salesDrop15').isVisible(),
    profitDrop3pt: await s.field('profitDrop3pt').isVisible(),
  });
  assert.deepEqual(await shown(), { productivityMet: false, salesDrop15: false, profitDrop3pt: true });
  await s.field('@asOf').fill('2023-06-01');
  await s.field('salesDrop15').waitFor();
  assert.deepEqual(await shown(), { productivityMet: true, salesDrop15: true, profitDrop3pt: true });
  await s.field('@asOf').fill('2024-06-01');
  await s.field('salesDrop15').waitFor({ state: 'hidden' });
  assert.deepEqual(await shown(), { productivityMet: true, salesDrop15: false, profitDrop3pt: true });
  // Ticked on a FY2024 date, then today: kept, not sent, and no notice names the field.
  await s.field('productivityMet').check();
  await page.waitForFunction(() => document.querySelector('joseikin-simulator').request.input.productivityMet === true);
  await s.field('@asOf').fill(TODAY);
  await s.field('productivityMet').waitFor({ state: 'hidden' });
  const req = await request(page);
  assert.equal('productivityMet' in req.input, false);
  assert.equal('salesDrop15' in req.input, false);
  const r = await result(page);
  assert.ok(!r.notices.some((n) => n.code === 'input_not_used'), JSON.stringify(r.notices.map((n) => n.message)));
  await context.close();
});
