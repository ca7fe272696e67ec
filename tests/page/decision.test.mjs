// From the estimate to a decision (issue 15): the partial answer's line, the courses compared, the
// hints and their buttons, the three figures, and the what-if charts, every figure the engine's.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { setup, openPage, sim, watchCsp, orphanLines, AXE, CSP, SCREENSHOTS } from './helpers.mjs';

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.close();
});

/** The FY2026 leaflet's example on today's date (FY2026): 4,500,000円. */
async function leafletExample(page, amount = '4,500,000円') {
  const s = sim(page);
  await s.part('button', { hasText: /案内の計算例|leaflet/ }).click();
  await s.waitForAmount(amount);
  return s;
}

test('with the investment empty the page says あと1項目 and 最大 450万円, and points to the field', async () => {
  const { page, context, log } = await openPage(env);
  const s = await leafletExample(page);
  await s.field('investmentYen').fill('');
  const line = s.part('.partial-line');
  await line.waitFor();
  assert.match(await line.textContent(), /あと1項目で試算できます（最大 450万円）/);
  // The list of the fields still to fill stays.
  assert.match(await s.part('.problems').textContent(), /設備投資/);
  await line.locator('button').click();
  assert.equal(await page.evaluate(() => document.querySelector('joseikin-simulator').shadowRoot.activeElement?.name), 'investmentYen');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('the courses compared list 50, 70 and 90円 for the FY2026 example, 90円 the best, and say why', async () => {
  const { page, context, log } = await openPage(env);
  const s = await leafletExample(page);
  const rows = s.part('table.alternatives tbody tr');
  assert.deepEqual(await rows.evaluateAll((trs) => trs.map((tr) => tr.dataset.course)), ['50', '70', '90']);
  assert.match(await s.part('table.alternatives caption').textContent(), /コース別の比較/);
  const best = s.part('table.alternatives tr.is-best');
  assert.equal(await best.getAttribute('data-course'), '90');
  assert.match(await best.textContent(), /4,500,000円/);
  assert.match(await s.part('.best-reason').textContent(), /上限額が最も高い/);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('the three figures: 1,500,000円 out of pocket, the raise’s yearly cost once the hours are given, the amount', async () => {
  const { page, context, log } = await openPage(env);
  const s = await leafletExample(page);
  assert.equal((await s.part('.figure-out-of-pocket .figure-value').textContent()).trim(), '1,500,000円');
  assert.equal((await s.part('.figure-wage-cost .figure-value').textContent()).trim(), '—');
  assert.match(await s.part('.figure-wage-cost').textContent(), /年間の労働時間/);
  assert.equal((await s.part('.figure-subsidy .figure-value').textContent()).trim(), '4,500,000円');
  // 90円 × 1,000時間 × 8人 = 720,000円, as the engine counts it.
  await s.field('annualHours').fill('1000');
  await s.part('.figure-wage-cost .figure-value', { hasText: '720,000円' }).waitFor();
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('applying the next-course hint on a 50-yen raise gives the hint’s amount', async () => {
  const { page, context, log } = await openPage(env);
  const s = await leafletExample(page);
  await s.field('raiseYen').fill('50');
  const hint = s.part('.hints li[data-code="next_course"]');
  await hint.waitFor();
  const amount = await page.evaluate(() => {
    const el = document.querySelector('joseikin-simulator');
    return el.result.hints.find((h) => h.code === 'next_course').amountYen;
  });
  const before = await s.amountText();
  await hint.locator('button').click();
  const expected = `${amount.toLocaleString('en-US')}円`;
  await s.waitForAmount(expected);
  assert.notEqual(before, expected);
  assert.equal(await s.field('raiseYen').inputValue(), '70');
  await page.screenshot({ path: join(SCREENSHOTS, 'decision-hint-applied.png'), fullPage: true });
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('the what-if charts: an SVG with the current point, the cap and the course steps, and a table', async () => {
  const { page, context, log } = await openPage(env);
  const s = await leafletExample(page);
  const inv = s.part('figure.whatif[data-grid="investment"]');
  await inv.waitFor();
  assert.equal(await inv.locator('svg .wi-current-dot').count(), 1);
  assert.equal(await inv.locator('svg .wi-cap').count(), 1);
  const raise = s.part('figure.whatif[data-grid="raise"]');
  assert.equal(await raise.locator('svg .wi-current-dot').count(), 1);
  assert.ok(await raise.locator('svg .wi-course').count() >= 3);
  const rows = await inv.locator('table.whatif-table tbody tr').count();
  assert.ok(rows >= 2 && rows <= 60);
  await inv.locator('details.whatif-points > summary').click();
  assert.match(await inv.locator('table.whatif-table tr.is-current').textContent(), /6,000,000円.*4,500,000円/);
  // No style attribute anywhere in the charts (style-src 'self').
  assert.equal(await s.part('.decision [style]').count(), 0);
  await page.locator('joseikin-simulator .decision').screenshot({ path: join(SCREENSHOTS, 'decision-1280.png') });
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.console.filter((m) => m.type === 'error'), []);
  await context.close();
});

test('on a phone (375 px) and in print, the decision parts fit the width', async () => {
  const { page, context } = await openPage(env, '', { width: 375, height: 800 });
  const s = await leafletExample(page);
  await s.part('.decision').waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page is ${overflow}px wider than the phone`);
  await page.locator('joseikin-simulator .decision').screenshot({ path: join(SCREENSHOTS, 'decision-375.png') });
  await context.close();
  // On paper (A4 is about 800 px wide): the figures, the courses and the two charts side by side.
  const paper = await openPage(env, '', { width: 800, height: 1100 });
  await leafletExample(paper.page);
  await paper.page.emulateMedia({ media: 'print' });
  const charts = sim(paper.page).part('figure.whatif svg');
  await charts.first().waitFor(); // the decision parts are drawn once the browser is idle
  assert.equal(await charts.count(), 2);
  assert.equal(await charts.first().isVisible(), true);
  await paper.page.locator('joseikin-simulator .decision').screenshot({ path: join(SCREENSHOTS, 'decision-print.png') });
  await paper.context.close();
});

test('in English the parts follow the language', async () => {
  const { page, context, log } = await openPage(env);
  await page.locator('#lang-toggle').click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  const s = await leafletExample(page, '4,500,000 yen');
  await s.part('table.alternatives').waitFor();
  assert.match(await s.part('table.alternatives caption').textContent(), /Courses compared/);
  assert.match(await s.part('.figures').textContent(), /1,500,000 yen/);
  assert.deepEqual(log.errors, []);
  await context.close();
});

/** axe-core (from npm) on the whole document; the violations, readable. */
async function axe(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations);
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => JSON.stringify(n.target)).join('\n    ')}`);
}

for (const lang of ['ja', 'en']) {
  for (const width of [1280, 375]) {
    test(`axe-core reports zero violations on the decision parts (${lang}, ${width} px), tables open, and on the partial line`, async () => {
      // axe's script tag is inline: this context bypasses the CSP for it (embed.test.mjs checks the CSP).
      const { page, context } = await openPage(env, '', { width, height: 900, bypassCSP: true });
      if (lang === 'en') {
        await page.locator('#lang-toggle').click();
        await page.waitForFunction(() => document.documentElement.lang === 'en');
      }
      const s = await leafletExample(page, lang === 'ja' ? '4,500,000円' : '4,500,000 yen');
      await s.field('raiseYen').fill('50');
      await s.part('.hints li[data-code="next_course"]').waitFor();
      for (const summary of await s.part('details.whatif-points > summary').all()) await summary.click();
      assert.deepEqual(await axe(page), []);
      await s.field('investmentYen').fill('');
      await s.part('.partial-line').waitFor();
      assert.deepEqual(await axe(page), []);
      await context.close();
    });
  }
}

test('under the strict CSP (the embed demo) the decision parts draw with no violation and no console error', async () => {
  const { page, context, log } = await openPage(env, null);
  await watchCsp(context);
  await page.goto(`${env.server.url}embed-demo.html`);
  assert.equal(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content'), CSP);
  await sim(page).part('[role=tab][data-program="gyomu-kaizen"]').click(); // the demo opens on the screen
  const s = await leafletExample(page);
  await s.part('figure.whatif svg .wi-current-dot').first().waitFor();
  await s.field('raiseYen').fill('50');
  await s.part('.hints li[data-code="next_course"] button').click();
  await s.field('investmentYen').fill('');
  await s.part('.partial-line').waitFor();
  assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.console.filter((m) => m.type === 'error'), []);
  await context.close();
});

/**
 * Every amount of the three figures and of the courses compared on one line each, and no part
 * wider than the result panel. What a user saw before: 「1,500,0 / 00円」 in a box, "Reach / ed" in
 * the table, and in English its last column cut off by the panel's edge.
 */
async function layoutFaults(s) {
  return s.part('.decision').evaluate((decision) => {
    const faults = [];
    const panel = decision.closest('.result') ?? decision.parentElement;
    const right = panel.getBoundingClientRect().right;
    const lines = (node) => {
      const range = document.createRange();
      range.selectNodeContents(node);
      return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
    };
    for (const v of decision.querySelectorAll('.figure-value')) {
      if (lines(v) !== 1) faults.push(`figure on ${lines(v)} lines: ${v.textContent}`);
    }
    for (const part of decision.querySelectorAll('.figures-box, table.alternatives')) {
      const r = part.getBoundingClientRect().right;
      if (r > right + 0.5) faults.push(`${part.className} past the panel by ${Math.round(r - right)} px`);
    }
    return faults;
  });
}

for (const lang of ['ja', 'en']) {
  for (const width of [1280, 375]) {
    test(`the three figures and the courses compared fit the panel, each amount on one line (${lang}, ${width} px)`, async () => {
      const { page, context, log } = await openPage(env, '', { width, height: 900 });
      if (lang === 'en') {
        await page.locator('#lang-toggle').click();
        await page.waitForFunction(() => document.documentElement.lang === 'en');
      }
      const s = await leafletExample(page, lang === 'ja' ? '4,500,000円' : '4,500,000 yen');
      await s.part('table.alternatives').waitFor();
      assert.deepEqual(await layoutFaults(s), []);
      // A label on two lines never leaves one character alone on its last line (「…自己負 / 担」).
      assert.deepEqual(await orphanLines(s.part('.figures-box .figure dt')), []);
      if (lang === 'ja' && width === 1280) {
        // Issue 15: 設備投資の自己負担, 賃上げの年間人件費増 and 助成額 side by side, in the panel beside the form.
        const tops = await s.part('.figures-box .figure').evaluateAll((fs) => fs.map((f) => Math.round(f.getBoundingClientRect().top)));
        assert.equal(tops.length, 3);
        assert.equal(new Set(tops).size, 1, `tops ${tops}`);
      }
      // The largest figures the form allows for these boxes: eight-figure amounts.
      await s.field('investmentYen').fill('99999999');
      await s.part('.figure-out-of-pocket .figure-value', { hasText: lang === 'ja' ? '95,499,999円' : '95,499,999 yen' }).waitFor();
      assert.deepEqual(await layoutFaults(s), []);
      // Worker by worker, the caps of the courses are below a million: "400,000 yen" in English
      // was wider than "1.1M yen", and the table ran past the panel.
      await s.part('[data-field="_wageMode"] input[value="workers"]').check();
      await s.field('workers[0].wageBefore').fill('1040');
      await s.field('workers[0].wageAfter').fill('1130');
      await s.part('table.alternatives td', { hasText: /^400,000/ }).first().waitFor();
      assert.deepEqual(await layoutFaults(s), []);
      assert.deepEqual(log.errors, []);
      await context.close();
    });
  }
}

test('where no value of the investment or the raise gives anything, the page says so instead of a flat chart at 0円', async () => {
  const { page, context, log } = await openPage(env);
  const s = await leafletExample(page);
  // Below Kagoshima's FY2026 minimum wage of 1,026円: not eligible whatever the investment or raise.
  await s.field('lowestWage').fill('1000');
  await s.part('.whatif-all-zero[data-field="input.investmentYen"]').waitFor();
  const notes = (await s.part('.whatif-all-zero').allTextContents()).join(' ');
  assert.match(notes, /設備投資などの費用をいくらにしても、いまの入力では助成額は0円です/);
  assert.match(notes, /時給の引上げ額をいくらにしても/);
  assert.equal(await s.part('figure.whatif svg').count(), 0);
  // Back within the rules, the charts return.
  await s.field('lowestWage').fill('1040');
  await s.part('figure.whatif svg .wi-current-dot').first().waitFor();
  assert.equal(await s.part('.whatif-all-zero').count(), 0);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('働き方改革 with no goal chosen yet: the partial line says what is left to fill, never 「最大 0円」', async () => {
  const { page, context, log } = await openPage(env);
  const s = sim(page);
  await s.part('[role=tab][data-program="hatarakikata-yuyo"]').click();
  await s.field('sector').selectOption('transport');
  await s.field('employees').fill('20');
  await s.field('agreement36').check();
  await s.field('paidLeaveRules').check();
  const line = s.part('.partial-line');
  await line.filter({ hasText: 'あと1項目で試算できます' }).waitFor();
  assert.doesNotMatch(await line.textContent(), /最大/);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('働き方改革 with its cap reached and no wage raise: the hint adds the bonus for one worker at 3%, and its button turns the raise on', async () => {
  const { page, context, log } = await openPage(env);
  const s = sim(page);
  await s.part('[role=tab][data-program="hatarakikata-yuyo"]').click();
  // The tab's trucking example: 85 → 60 hours, cap 250万円 reached (cost 500万円 × 4/5 = 400万円).
  await s.part('button', { hasText: '運送業の例を入れる' }).click();
  await s.waitForAmount('2,500,000円');
  // Its costs are of the measures, not an investment: 500万円 − 250万円.
  assert.equal(await s.part('.figure-out-of-pocket dt').textContent(), '取組みの費用の自己負担');
  assert.equal(await s.part('.figure-out-of-pocket .figure-value').textContent(), '2,500,000円');
  const hint = s.part('.hints li[data-code="bonus_start"]');
  // Seed, 3. 賃金引き上げの達成時の加算額: 30人以下・3%以上・1〜3人 30万円 → 250万円 + 30万円.
  assert.equal(await hint.locator('.hint-text').textContent(), '時給を3%以上引き上げる労働者が1人いると賃金引上げの加算が加わり、助成額は280万円になります。');
  await hint.locator('button').click();
  await s.waitForAmount('2,800,000円');
  assert.equal(await s.field('_goal.wageRaise').isChecked(), true);
  assert.equal(await s.field('wageRaise.workers').inputValue(), '1');
  const req = await page.evaluate(() => document.querySelector('joseikin-simulator').request);
  assert.deepEqual(req.input.wageRaise, { percent: 3, workers: 1 });
  assert.deepEqual(log.errors, []);
  await context.close();
});

/** Where the current point's label of each chart meets its line or a mark's label (SVG units). */
async function labelClashes(s) {
  return s.part('figure.whatif svg').evaluateAll((svgs) => svgs.flatMap((svg) => {
    const label = svg.querySelector('.wi-current-label');
    if (!label) return [];
    const b = label.getBBox();
    const inBox = (x, y) => x >= b.x && x <= b.x + b.width && y >= b.y && y <= b.y + b.height;
    const out = [];
    const path = svg.querySelector('.wi-line');
    for (let l = 0; l <= path.getTotalLength(); l += 1) {
      const p = path.getPointAtLength(l);
      if (inBox(p.x, p.y)) {
        out.push(`${svg.dataset.field}: 「${label.textContent}」 on the line at (${p.x.toFixed(0)}, ${p.y.toFixed(0)})`);
        break;
      }
    }
    for (const m of svg.querySelectorAll('.wi-mark-label')) {
      const o = m.getBBox();
      if (o.x < b.x + b.width && b.x < o.x + o.width && o.y < b.y + b.height && b.y < o.y + o.height) {
        out.push(`${svg.dataset.field}: 「${label.textContent}」 over 「${m.textContent}」`);
      }
    }
    return out;
  }));
}

test('the label of the current point sits off its line and off the marks’ labels, wherever the point is', async () => {
  const { page, context, log } = await openPage(env);
  const s = await leafletExample(page);
  await s.part('figure.whatif svg .wi-current-dot').first().waitFor();
  // At the cap's knee (6,000,000円 → 450万円: the line rises to the point from the lower left).
  assert.deepEqual(await labelClashes(s), []);
  // On the rising line, on the flat line past the cap, and on each step of the raise.
  for (const [field, value, amount, now] of [['investmentYen', '3000000', '2,400,000円', '240万円'],
    ['investmentYen', '10000000', '4,500,000円', '450万円'], ['raiseYen', '50', '1,100,000円', '110万円'],
    ['raiseYen', '70', '2,300,000円', '230万円']]) {
    await s.field(field).fill(value);
    await s.waitForAmount(amount);
    await s.part('figure.whatif svg .wi-current-label', { hasText: `いま ${now}` }).first().waitFor();
    assert.deepEqual(await labelClashes(s), [], `${field} ${value}`);
  }
  // In English the label is longer: 「Now 2.3 million yen」.
  await page.locator('#lang-toggle').click();
  await s.part('figure.whatif svg .wi-current-label', { hasText: 'Now 2.3 million yen' }).first().waitFor();
  assert.deepEqual(await labelClashes(s), []);
  await s.field('raiseYen').fill('90');
  await s.part('figure.whatif svg .wi-current-label', { hasText: 'Now 4.5 million yen' }).first().waitFor();
  assert.deepEqual(await labelClashes(s), []);
  assert.deepEqual(log.errors, []);
  await context.close();
});
