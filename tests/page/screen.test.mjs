// The screen (issue #16): the page opens on 「まず会社のことを教えてください」, a short company profile,
// and under it every program at once as screen() answers on each keystroke; a row's button opens
// the program's tab with the profile carried over. The element starts there with start="screen"
// and tells the portal with `joseikin-screen`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { setup, openPage, sim, switchLanguage, watchCsp, AXE, CSP, SCREENSHOTS, TODAY } from './helpers.mjs';

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.close();
});

const SCREEN = 'index.html';

/** The Kagoshima transport company of the issue. */
const KAGOSHIMA_TRANSPORT = {
  'company.prefecture': 'kagoshima',
  'company.industry': 'transport',
  'company.capitalYen': '10000000',
  'company.employees': '20',
  'site.employees': '20',
  'site.lowestWage': '1040',
};

function screen(page) {
  const root = 'joseikin-simulator';
  return {
    field: (path) => page.locator(`${root} [name="profile.${path}"]`),
    row: (program) => page.locator(`${root} .screen-row[data-program="${program}"]`),
    summary: () => page.locator(`${root} .screen-summary`),
    async fill(values) {
      for (const [path, value] of Object.entries(values)) {
        const f = this.field(path);
        if ((await f.evaluate((e) => e.tagName)) === 'SELECT') await f.selectOption(value);
        else await f.fill(value);
      }
    },
  };
}

/** Records every joseikin-screen event from now on, in window.screenEvents. */
async function recordScreenEvents(page) {
  await page.evaluate(() => {
    window.screenEvents = [];
    document.addEventListener('joseikin-screen', (e) => {
      window.screenEvents.push({ bubbles: e.bubbles, composed: e.composed, detail: e.detail });
    });
  });
}

const lastScreenEvent = (page) => page.evaluate(() => window.screenEvents.at(-1));

test('the page opens on the screen, and a Kagoshima transport company sees 業務改善助成金, the 働き方改革 course and the overtime check offered', async () => {
  const { page, context, log } = await openPage(env, SCREEN);
  const s = screen(page);
  await page.locator('joseikin-simulator h2', { hasText: 'まず会社のことを教えてください' }).waitFor();
  assert.equal(await sim(page).part('[role=tab][data-program="screen"]').getAttribute('aria-selected'), 'true');
  await s.summary().filter({ hasText: '6つの制度のうち' }).waitFor();
  // Before anything is entered: 業務改善助成金's range is shown; 働き方改革's, 0円〜0円 because no goal
  // is chosen yet, is left unsaid rather than read as "nothing to get".
  assert.match(await s.row('gyomu-kaizen').locator('.screen-figure').textContent(), /見込み額の範囲: 0円〜6,000,000円/);
  assert.equal(await s.row('hatarakikata-yuyo').locator('.screen-figure').count(), 0);
  await recordScreenEvents(page);
  await s.fill(KAGOSHIMA_TRANSPORT);
  await s.row('gyomu-kaizen').filter({ hasText: '0円〜6,000,000円' }).waitFor();

  const { detail } = await lastScreenEvent(page);
  assert.equal(detail.result.ok, true);
  const rows = Object.fromEntries(detail.result.programs.map((r) => [r.program, r]));
  // 業務改善助成金: the engine's range while the plans are not given, shown as it is.
  assert.equal(await s.row('gyomu-kaizen').locator('.screen-row-title').textContent(), '業務改善助成金');
  assert.equal(rows['gyomu-kaizen'].status, 'needs_input');
  assert.match(await s.row('gyomu-kaizen').textContent(), /入力が必要/);
  assert.equal(await s.row('gyomu-kaizen').locator('.screen-figure').textContent(),
    `見込み額の範囲: ${rows['gyomu-kaizen'].bounds.minYen.toLocaleString('ja-JP')}円〜${rows['gyomu-kaizen'].bounds.maxYen.toLocaleString('ja-JP')}円`);
  assert.match(await s.row('gyomu-kaizen').textContent(), /上の欄で: 時給の引上げ額（予定）、引き上げる人数（予定）、設備投資などの費用（予定）/);
  // The 働き方改革 course is for transport.
  assert.match(await s.row('hatarakikata-yuyo').locator('.screen-row-title').textContent(), /働き方改革推進支援助成金/);
  assert.notEqual(rows['hatarakikata-yuyo'].status, 'not_eligible');
  // The overtime check is offered with the engine's notice, and a button to it.
  assert.match(await s.row('overtime-check').textContent(), /時間外労働の上限規制チェック/);
  const capsNotice = rows['overtime-check'].notices.find((n) => n.code === 'overtime_caps_apply');
  assert.ok(capsNotice, JSON.stringify(rows['overtime-check'].notices));
  assert.equal(await s.row('overtime-check').locator('[data-code="overtime_caps_apply"]').textContent(), capsNotice.message);
  assert.equal(await s.row('overtime-check').locator('button').textContent(), '残業の上限チェックの画面で続ける');
  // Both subsidies could pay for the same purchase: said as not confirmed, with the document to check.
  const overlap = sim(page).part('.screen-overlaps');
  assert.match(await overlap.textContent(), /未確認の注意/);
  assert.match(await overlap.textContent(), /確認する資料: /);
  assert.equal(await overlap.locator('[data-code="unconfirmed_rule"] p').textContent(), detail.result.overlaps[0].notice.message);
  assert.equal(await s.summary().textContent(), '6つの制度のうち、見込みあり0・入力が必要6・対象外0。');

  await page.screenshot({ path: join(SCREENSHOTS, 'screen-kagoshima-transport.png'), fullPage: true });

  // Every keystroke updates the list: one answer per character typed, the last one shown.
  await s.field('site.lowestWage').fill('');
  const before = (await page.evaluate(() => window.screenEvents.length));
  await s.field('site.lowestWage').pressSequentially('1020');
  assert.equal(await page.evaluate(() => window.screenEvents.length) - before, 4);
  await s.row('gyomu-kaizen').filter({ hasText: '対象外の見込み' }).waitFor();
  assert.match(await s.row('gyomu-kaizen').textContent(), /事業場内最低賃金 1,020円 が地域別最低賃金 1,026円 を下回っています。/);

  await page.screenshot({ path: join(SCREENSHOTS, 'screen-kagoshima-transport-below-minimum.png'), fullPage: true });
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.console.filter((m) => m.type === 'error'), []);
  await context.close();
});

test('a profile missing its industry says which programs need it', async () => {
  const { page, context } = await openPage(env, SCREEN);
  const s = screen(page);
  await s.fill({ 'company.prefecture': 'tokyo', 'company.employees': '20', 'site.employees': '20', 'site.lowestWage': '1230' });
  const item = sim(page).part('.screen-missing li[data-field="profile.company.industry"]');
  await item.waitFor();
  assert.equal(await item.textContent(), '業種 → 業務改善助成金、働き方改革（運送・建設・病院）、雇用保険料、残業の上限チェック');
  assert.match(await s.row('gyomu-kaizen').textContent(), /上の欄で: 業種/);
  // The Kagoshima programs are not for a Tokyo company, in the engine's words.
  assert.match(await s.row('kosodate-loan').textContent(), /対象外の見込み.*鹿児島県内の企業・事業者のための制度です/);
  // Once the industry is chosen, the item goes.
  await s.field('company.industry').selectOption('retail');
  await item.waitFor({ state: 'detached' });
  await context.close();
});

test('the open button carries the profile into the program’s tab, its fields filled and its estimate shown; Back returns to the screen', async () => {
  const { page, context, log } = await openPage(env, SCREEN);
  const s = screen(page);
  const p = sim(page);
  await s.fill({ ...KAGOSHIMA_TRANSPORT, 'plans.raiseYen': '60', 'plans.raisedWorkers': '5', 'plans.investmentYen': '3000000' });
  const row = s.row('gyomu-kaizen');
  await row.filter({ hasText: '見込み額: 700,000円' }).waitFor();
  assert.match(await row.locator('.screen-status').textContent(), /見込みあり/);
  assert.equal(await row.locator('.screen-window').textContent(), '申請の受付: 2026年9月1日〜2026年10月24日（受付終了）');
  await page.waitForFunction(() => location.hash.startsWith('#view=screen'));

  await row.locator('button', { hasText: '業務改善助成金の画面で続ける' }).click();
  await p.waitForAmount('700,000円');
  assert.equal(await p.part('[role=tab][data-program="gyomu-kaizen"]').getAttribute('aria-selected'), 'true');
  assert.equal(await p.field('prefecture').inputValue(), 'kagoshima');
  assert.equal(await p.field('industry').inputValue(), 'other');
  assert.equal(await p.field('capitalYen').inputValue(), '10000000');
  assert.equal(await p.field('companyEmployees').inputValue(), '20');
  assert.equal(await p.field('lowestWage').inputValue(), '1040');
  assert.equal(await p.field('raiseYen').inputValue(), '60');
  assert.equal(await p.field('investmentYen').inputValue(), '3000000');
  await page.waitForFunction(() => location.hash.startsWith('#program=gyomu-kaizen'));

  // Back is the screen, with what was typed.
  await page.goBack();
  await s.row('gyomu-kaizen').filter({ hasText: '見込み額: 700,000円' }).waitFor();
  assert.equal(await s.field('site.lowestWage').inputValue(), '1040');

  // The overtime check opens on the drivers' caps.
  await s.row('overtime-check').locator('button').click();
  await p.field('category').waitFor();
  assert.equal(await p.field('category').inputValue(), 'driver');

  // The employment-insurance tab takes the year's wage bill: its form switches to the yearly figure.
  await p.part('[role=tab][data-program="screen"]').click();
  await s.fill({ 'company.annualWageBillYen': '60000000' });
  await s.row('koyo-hoken').filter({ hasText: '見込みあり' }).waitFor();
  const share = (await lastRow(page, 'koyo-hoken')).employerShareYen;
  assert.equal(await s.row('koyo-hoken').locator('.screen-figure').textContent(), `事業主の負担（年）: ${share.toLocaleString('ja-JP')}円`);
  await s.row('koyo-hoken').locator('button').click();
  await p.field('annualWageBillYen').waitFor();
  assert.equal(await p.field('annualWageBillYen').inputValue(), '60000000');
  assert.equal((await p.part('.result').textContent()).includes(share.toLocaleString('ja-JP')), true);

  assert.deepEqual(log.errors, []);
  await context.close();
});

/** The row of `program` in the element's last screen answer. */
function lastRow(page, program) {
  return page.evaluate((id) => {
    const e = document.querySelector('joseikin-simulator');
    return e.screenResult?.programs?.find((r) => r.program === id) ?? null;
  }, program);
}

test('a link to a program still opens its tab, not the screen; a link to the screen restores the profile', async () => {
  const { page, context } = await openPage(env, `${SCREEN}#program=koyo-hoken`);
  const p = sim(page);
  await p.part('[role=tab][data-program="koyo-hoken"][aria-selected="true"]').waitFor();
  assert.equal(await p.part('.screen-row').count(), 0);
  await page.goto(`${env.server.url}${SCREEN}#view=screen&company.prefecture=kagoshima&company.industry=transport&company.employees=20`);
  await page.reload();
  const s = screen(page);
  await s.row('overtime-check').waitFor();
  assert.equal(await s.field('company.industry').inputValue(), 'transport');
  assert.equal(await s.field('company.employees').inputValue(), '20');
  await context.close();
});

test('start="screen" on the element: the embed demo opens on the screen and joseikin-screen (bubbles, composed) prefills the consultation form', async () => {
  const { page, context, log } = await openPage(env, null);
  await watchCsp(context);
  await page.goto(`${env.server.url}embed-demo.html`);
  assert.equal(await page.locator('joseikin-simulator').getAttribute('start'), 'screen');
  const s = screen(page);
  await s.field('company.prefecture').waitFor();
  await recordScreenEvents(page);
  await s.fill(KAGOSHIMA_TRANSPORT);
  await page.waitForFunction(() => window.screenEvents.at(-1)?.detail.profile.site?.lowestWage === 1040);
  const event = await lastScreenEvent(page);
  assert.equal(event.bubbles, true);
  assert.equal(event.composed, true);
  assert.equal(event.detail.asOf, TODAY);
  assert.equal(event.detail.lang, 'ja');
  assert.deepEqual(event.detail.profile, {
    company: { prefecture: 'kagoshima', industry: 'transport', capitalYen: 10000000, employees: 20 },
    site: { employees: 20, lowestWage: 1040 },
  });
  assert.equal(event.detail.result.ok, true);
  assert.deepEqual(event.detail.result.programs.map((r) => r.program),
    ['gyomu-kaizen', 'hatarakikata-yuyo', 'koyo-hoken', 'overtime-check', 'kagoshima-nintei', 'kosodate-loan']);
  // The element's property has the same answer.
  assert.deepEqual(await page.evaluate(() => document.querySelector('joseikin-simulator').screenResult), event.detail.result);
  // The portal's form shows it.
  const summary = await page.locator('#c-screen').inputValue();
  assert.match(summary, /従業員 20人/);
  assert.match(summary, /業務改善助成金: 入力が必要 0円〜6,000,000円/);
  assert.match(summary, /時間外労働の上限規制チェック: 入力が必要/);
  assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.console.filter((m) => m.type === 'error'), []);
  await context.close();
});

for (const lang of ['ja', 'en']) {
  const WORDS = {
    ja: { heading: 'まず会社のことを教えてください', notNumber: '数字で入力してください（例: 600万、6,000,000）。', fix: '赤く示した欄を直すと', likely: '見込みあり' },
    en: { heading: 'First, tell us about your company', notNumber: 'Please enter a number (for example 6,000,000 or 600万).', fix: 'Correct the fields marked in red', likely: 'Likely' },
  }[lang];

  test(`a capital that is not a number is said at its field, and nothing breaks (${lang})`, async () => {
    const { page, context, log } = await openPage(env, SCREEN);
    await switchLanguage(page, lang);
    const s = screen(page);
    await page.locator('joseikin-simulator h2', { hasText: WORDS.heading }).waitFor();
    await s.fill({ ...KAGOSHIMA_TRANSPORT, 'company.capitalYen': 'abc' });
    const capital = s.field('company.capitalYen');
    await page.waitForFunction(() => document.querySelector('joseikin-simulator').shadowRoot
      .querySelector('[name="profile.company.capitalYen"]').getAttribute('aria-invalid') === 'true');
    const errorId = (await capital.getAttribute('aria-describedby')).split(' ').find((id) => id.endsWith('-error'));
    assert.equal(await sim(page).part(`#${errorId}`).textContent(), WORDS.notNumber);
    assert.ok(await sim(page).part(`#${errorId}`).isVisible());
    assert.match(await s.summary().textContent(), new RegExp(WORDS.fix));
    assert.equal(await sim(page).part('.screen-row').count(), 0);
    // Corrected, the list is back and the field is clear.
    await capital.fill('1000万');
    await s.row('gyomu-kaizen').waitFor();
    assert.equal(await capital.getAttribute('aria-invalid'), null);
    assert.ok(!(await sim(page).part(`#${errorId}`).isVisible()));
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.console.filter((m) => m.type === 'error'), []);
    await context.close();
  });

  for (const width of [1280, 375]) {
    test(`axe-core reports zero violations on the screen, filled and with a mistake (${lang}, ${width} px), and the page does not scroll sideways`, async () => {
      // axe's script tag is inline: the test context bypasses the page's CSP for it.
      const { page, context } = await openPage(env, SCREEN, { width, height: width === 375 ? 812 : 900, bypassCSP: true });
      await switchLanguage(page, lang);
      const s = screen(page);
      await s.fill({ ...KAGOSHIMA_TRANSPORT, 'plans.raiseYen': '60', 'plans.raisedWorkers': '5', 'plans.investmentYen': '3000000' });
      await s.row('gyomu-kaizen').filter({ hasText: WORDS.likely }).waitFor();
      await s.row('gyomu-kaizen').locator('details summary').click();
      await page.addScriptTag({ path: AXE });
      const run = () => page.evaluate(async () => {
        const r = await window.axe.run(document, { resultTypes: ['violations'] });
        return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
      assert.deepEqual(await run(), []);
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth) <= width);
      await page.screenshot({ path: join(SCREENSHOTS, `screen-${width}-${lang}.png`), fullPage: true });
      await s.field('company.employees').fill('-3');
      await page.waitForFunction(() => document.querySelector('joseikin-simulator').shadowRoot
        .querySelector('[name="profile.company.employees"]').getAttribute('aria-invalid') === 'true');
      assert.deepEqual(await run(), []);
      await context.close();
    });
  }
}

test('the screen runs under the page’s CSP with no violation', async () => {
  const { page, context, log } = await openPage(env, null);
  await watchCsp(context);
  await page.goto(`${env.server.url}${SCREEN}`);
  assert.equal(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content'), CSP);
  await screen(page).fill(KAGOSHIMA_TRANSPORT);
  await screen(page).row('overtime-check').waitFor();
  assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('on the screen the footer lists the documents of every program, and a program tab lists its own documents', async () => {
  const { page, context } = await openPage(env, SCREEN);
  const list = page.locator('#sources-list');
  await page.locator('#sources-list[data-program="screen"]').waitFor();
  const all = await list.locator('li').allTextContents();
  // 業務改善助成金's leaflets, the premium's rates, the overtime caps and the Kagoshima newsletter.
  for (const title of ['令和8年度業務改善助成金のご案内', '雇用保険料率', '時間外労働の上限規制', '労働かごしま']) {
    assert.ok(all.some((t) => t.includes(title)), `${title} not in ${all.join(' | ')}`);
  }
  assert.equal(new Set(all).size, all.length, 'a document listed twice');
  assert.match(await page.locator('#sources-lead').textContent(), /6つの制度/);
  assert.equal(await page.evaluate(() => document.querySelector('joseikin-simulator').screenShown), true);

  await sim(page).part('[role=tab][data-program="koyo-hoken"]').click();
  await page.locator('#sources-list[data-program="koyo-hoken"]').waitFor();
  const own = await list.locator('li').allTextContents();
  assert.ok(own.length < all.length && own.some((t) => t.includes('雇用保険料率')), own.join(' | '));
  assert.ok(!own.some((t) => t.includes('業務改善助成金')), own.join(' | '));
  assert.equal(await page.evaluate(() => document.querySelector('joseikin-simulator').screenShown), false);
  await context.close();
});

test('printing the screen prints the profile and every program, not the hidden tab', async () => {
  const { page, context } = await openPage(env, SCREEN);
  const s = screen(page);
  await s.fill(KAGOSHIMA_TRANSPORT);
  await s.row('gyomu-kaizen').filter({ hasText: '0円〜6,000,000円' }).waitFor();
  await page.emulateMedia({ media: 'print' });
  const part = (selector) => sim(page).part(selector);
  assert.equal(await part('.print-summary').first().isVisible(), false, 'the hidden tab’s print summary');
  assert.equal(await part('.panel').first().isVisible(), false, 'the hidden tab');
  assert.equal(await s.row('gyomu-kaizen').isVisible(), true);
  assert.equal(await s.row('kosodate-loan').isVisible(), true);
  assert.equal(await s.row('gyomu-kaizen').locator('button').isVisible(), false, 'buttons are for the screen');
  assert.equal(await s.field('company.employees').isVisible(), true, 'what was entered is printed');
  await page.pdf({ path: join(SCREENSHOTS, 'screen-print.pdf'), format: 'A4' });
  await page.screenshot({ path: join(SCREENSHOTS, 'screen-print.png'), fullPage: true });
  await context.close();
});
