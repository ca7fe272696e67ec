// Accessibility (axe-core from npm, injected into the page) and layout on a phone and a desktop.
// Screenshots go to target/screenshots/ for a person to look at.
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

/** Runs axe on the whole document (shadow roots included); returns the violations, readable. */
async function axe(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations;
  });
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => JSON.stringify(n.target)).join('\n    ')}`);
}

/** The page in a state that shows most of what it can: a result, steps open, a field error. */
async function fullState(page) {
  const s = sim(page);
  await s.part('button', { hasText: /案内の計算例|leaflet/ }).click();
  await s.waitForAmount(/4,500,000/);
  await s.part('.steps-box > summary').click();
}

// axe's script tag is inline: the test context bypasses the page's CSP for it (the CSP itself is
// checked in embed.test.mjs).
const AXE_OPTIONS = { bypassCSP: true };

test('axe-core reports zero violations on the page in Japanese', async () => {
  const { page, context } = await openPage(env, '', AXE_OPTIONS);
  await fullState(page);
  assert.deepEqual(await axe(page), []);
  // With a field error and the worker table.
  const s = sim(page);
  await s.field('lowestWage').fill('-5');
  await s.part('[data-field="lowestWage"] .error').waitFor({ state: 'visible' });
  assert.deepEqual(await axe(page), []);
  await s.part('label', { hasText: '一人ずつ' }).click();
  await s.part('button.add-row').click();
  await s.field('workers[0].wageBefore').fill('900');
  assert.deepEqual(await axe(page), []);
  await context.close();
});

test('axe-core reports zero violations on the page in English', async () => {
  const { page, context } = await openPage(env, '', AXE_OPTIONS);
  await switchLanguage(page, 'en');
  await fullState(page);
  assert.deepEqual(await axe(page), []);
  await sim(page).part('[role=tab][data-program="hatarakikata-yuyo"]').click();
  await sim(page).field('sector').waitFor();
  assert.deepEqual(await axe(page), []);
  await context.close();
});

test('axe-core reports zero violations on the embed demo, on its screen and on a program', async () => {
  const { page, context } = await openPage(env, 'embed-demo.html', AXE_OPTIONS);
  await sim(page).part('.screen-row').first().waitFor();
  assert.deepEqual(await axe(page), []);
  await sim(page).part('[role=tab][data-program="gyomu-kaizen"]').click(); // the demo opens on the screen
  await fullState(page);
  assert.deepEqual(await axe(page), []);
  await context.close();
});

for (const lang of ['ja', 'en']) {
  test(`axe-core reports zero violations on the dates’ notes: an example of another year, a cleared form, a closed window and rules not modelled (${lang}, 375 px)`, async () => {
    const { page, context } = await openPage(env, '', { ...AXE_OPTIONS, width: 375, height: 812 });
    await switchLanguage(page, lang);
    const s = sim(page);
    await s.part('[role=tab][data-program="hatarakikata-yuyo"]').click();
    await s.part('.tools button').first().click();
    await s.part('.form-note.is-example').waitFor();
    assert.deepEqual(await axe(page), []);
    // Today's date: the window has closed and the rules are not modelled.
    await s.part('.form-note button').click();
    await s.part('.amount-note').waitFor();
    await s.part('.window-alert').waitFor();
    assert.deepEqual(await axe(page), []);
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth) <= 375);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(SCREENSHOTS, `index-375-${lang}-dates-notes.png`), fullPage: true });
    await s.part('.tools button[data-action="clear"]').click();
    await s.part('.form-note.is-cleared').waitFor();
    assert.deepEqual(await axe(page), []);
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth) <= 375);
    await context.close();
  });
}

test('the amount sits in a polite live region, and the inputs have labels', async () => {
  const { page, context } = await openPage(env);
  await fullState(page);
  const live = sim(page).part('[aria-live="polite"]');
  await page.waitForFunction(() => {
    const root = document.querySelector('joseikin-simulator').shadowRoot;
    return root.querySelector('[aria-live="polite"]').textContent.includes('450万円');
  });
  assert.match(await live.textContent(), /助成額の見込み 450万円。対象になる見込みです/);
  // Every visible text input and select is named by its own label.
  const unnamed = await page.evaluate(() => {
    const root = document.querySelector('joseikin-simulator').shadowRoot;
    return [...root.querySelectorAll('input, select')]
      .filter((i) => i.offsetParent !== null && i.labels.length === 0)
      .map((i) => i.name);
  });
  assert.deepEqual(unnamed, []);
  await context.close();
});

test('the keyboard alone reaches the program tabs and switches program with the arrow keys', async () => {
  const { page, context } = await openPage(env);
  await sim(page).part('[role=tab][aria-selected=true]').focus();
  await page.keyboard.press('ArrowRight');
  await sim(page).field('sector').waitFor();
  const focused = await page.evaluate(() => document.querySelector('joseikin-simulator').shadowRoot.activeElement?.dataset.program);
  assert.equal(focused, 'hatarakikata-yuyo');
  // Loading the module rebuilds the tabs; the focus stays on the chosen one.
  await page.waitForFunction(() => document.querySelector('joseikin-simulator').result !== null);
  assert.equal(await page.evaluate(() => document.querySelector('joseikin-simulator').shadowRoot.activeElement?.dataset.program), 'hatarakikata-yuyo');
  await page.keyboard.press('Tab');
  const next = await page.evaluate(() => document.querySelector('joseikin-simulator').shadowRoot.activeElement?.textContent);
  assert.equal(next, '運送業の例を入れる', 'Tab leaves the tab list for the form');
  await context.close();
});

for (const lang of ['ja', 'en']) {
  test(`a 375-px-wide phone shows no horizontal scrolling (${lang})`, async () => {
    const { page, context } = await openPage(env, '', { width: 375, height: 812 });
    await switchLanguage(page, lang);
    await fullState(page);
    const s = sim(page);
    await s.part('label', { hasText: lang === 'ja' ? '一人ずつ' : 'Worker by worker' }).click();
    await s.part('button.add-row').click();
    await s.field('workers[0].wageBefore').fill('1000000');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(SCREENSHOTS, `index-375-${lang}.png`), fullPage: true });
    assert.ok(width <= 375, `scrollWidth ${width}px`);
    // The tabs too: the other program's form at the same width.
    await s.part('[role=tab][data-program="hatarakikata-yuyo"]').click();
    await s.part('button', { hasText: lang === 'ja' ? '運送業の例' : 'trucking' }).click();
    const width2 = await page.evaluate(() => document.documentElement.scrollWidth);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(SCREENSHOTS, `index-375-${lang}-hatarakikata.png`), fullPage: true });
    assert.ok(width2 <= 375, `scrollWidth ${width2}px`);
    await context.close();
  });

  test(`a desktop screenshot is saved (${lang})`, async () => {
    const { page, context } = await openPage(env, '', { width: 1280, height: 900 });
    await switchLanguage(page, lang);
    await fullState(page);
    const file = join(SCREENSHOTS, `index-1280-${lang}.png`);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: file, fullPage: true });
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth) <= 1280);
    await context.close();
  });
}

test('the print view is a summary of inputs, amount, reasons, steps and their sources on two pages at most', async () => {
  const { page, context } = await openPage(env);
  await fullState(page);
  await page.emulateMedia({ media: 'print' });
  const s = sim(page);
  assert.equal(await s.part('.form').isVisible(), false);
  assert.equal(await s.part('.print-summary').isVisible(), true);
  assert.match(await s.part('.print-inputs').textContent(), /事業場のある都道府県鹿児島県/);
  assert.match(await s.part('.print-inputs').textContent(), /生産性を上げる設備投資などの費用6,000,000円/);
  assert.equal(await s.part('.amount').isVisible(), true);
  // The steps are open (the largest case), each with its document (title · publisher · date), and
  // the documents with their URLs written out: since the citations, two A4 pages at most.
  assert.equal(await s.part('.steps').isVisible(), true);
  assert.equal(await s.part('.documents .doc-url').first().isVisible(), true);
  const pdf = await page.pdf({ path: join(SCREENSHOTS, 'print-ja.pdf'), format: 'A4' });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  assert.ok(pages <= 2, `the print view takes ${pages} pages`);
  await context.close();
});

test('printing opens the folded steps and folds them again afterwards', async () => {
  const { page, context } = await openPage(env);
  await fullState(page);
  const details = sim(page).part('.steps-box');
  await details.evaluate((d) => {
    d.open = false;
  });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  assert.equal(await details.evaluate((d) => d.open), true);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  assert.equal(await details.evaluate((d) => d.open), false);
  await context.close();
});
