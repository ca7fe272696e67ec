// The page in an owner's words. Japanese: no tab's first screen (empty, then with its example) uses
// the leaflet's private shorthand as bare words (「例のA」, 「②③」, 「⑥⑦」, 「特例②」) or says that an
// unconfirmed treatment is used. English: every tab with its example shows English, Japanese only
// inside brackets, in document titles and in a short list of official names people search for.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openPage, sim, switchLanguage } from './helpers.mjs';

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.close();
});

const PROGRAMS = ['gyomu-kaizen', 'hatarakikata-yuyo', 'koyo-hoken', 'overtime-check', 'kagoshima-nintei', 'kosodate-loan'];

/** The text a reader meets in the element and the page, one entry per rendered text node or label. */
function readerTexts(page) {
  return page.evaluate(() => {
    const out = [];
    const walk = (root) => {
      for (const node of root.childNodes) {
        if (node.nodeType === Node.TEXT_NODE) {
          const parent = node.parentElement;
          if (parent && (parent.tagName === 'OPTION' || parent.checkVisibility({ visibilityProperty: true }))) {
            if (node.textContent.trim()) out.push({ text: node.textContent, doc: Boolean(parent.closest('a[href^="http"], cite, .doc-title')) });
          }
        } else if (node.nodeType === Node.ELEMENT_NODE) {
          if (['SCRIPT', 'STYLE', 'LINK', 'META', 'TEMPLATE'].includes(node.tagName)) continue;
          for (const a of ['aria-label', 'title', 'alt', 'placeholder']) {
            if (node.hasAttribute(a)) out.push({ text: node.getAttribute(a), doc: false });
          }
          if (node.shadowRoot) walk(node.shadowRoot);
          walk(node);
        }
      }
    };
    walk(document.body);
    return out;
  });
}

/** Opens a tab and waits for its first answer (or its empty state). */
async function openTab(page, id) {
  const s = sim(page);
  await s.part(`[role=tab][data-program="${id}"]`).click();
  await s.part(`[role=tab][data-program="${id}"][aria-selected=true]`).waitFor();
}

async function fillExample(page, id) {
  await sim(page).part('.tools button').first().click();
  await page.waitForFunction((p) => {
    const r = document.querySelector('joseikin-simulator').result;
    return r?.program === p && r.complete === true;
  }, id);
}

const SHORTHAND = [/例の[A-DＡ-Ｄ]/, /[①-⑩]{2}/, /[②③⑥⑦][・か][②③⑥⑦]/, /特例[②③]/, /未確認の取扱い/];

test('Japanese: no tab uses the leaflet\'s shorthand (例のA, ②③, ⑥⑦) on its first screen, empty or with its example', async () => {
  const { page, context, log } = await openPage(env);
  await page.locator('#sources-list li').first().waitFor();
  const failures = [];
  const scan = async (where) => {
    for (const { text } of await readerTexts(page)) {
      for (const re of SHORTHAND) if (re.test(text)) failures.push(`${where}: ${text.trim()}`);
    }
  };
  for (const id of PROGRAMS) {
    await openTab(page, id);
    await scan(`${id}, empty`);
    await fillExample(page, id);
    await scan(`${id}, example`);
  }
  assert.deepEqual(failures, []);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('Japanese: the course hint of 業務改善助成金 follows the date\'s rules', async () => {
  const { page, context } = await openPage(env);
  const s = sim(page);
  await openTab(page, 'gyomu-kaizen');
  const hint = s.part('[data-field="raiseYen"] .hint');
  assert.match(await hint.textContent(), /令和8年度は50円・70円・90円以上/);
  await s.field('@asOf').fill('2024-06-01');
  await s.part('[data-field="raiseYen"] .hint', { hasText: '令和6年度は30円・45円・60円・90円以上' }).waitFor();
  await context.close();
});

test('Japanese: the rates hint of 雇用保険料 gives the date\'s fiscal year and its rates', async () => {
  const { page, context } = await openPage(env);
  const s = sim(page);
  await openTab(page, 'koyo-hoken');
  await s.part('[data-field="industry"] .hint', { hasText: '令和8年度は1,000分の13.5・15.5・16.5' }).waitFor();
  await s.field('@asOf').fill('2025-06-01');
  await s.part('[data-field="industry"] .hint', { hasText: '令和7年度は1,000分の14.5・16.5・17.5' }).waitFor();
  await s.field('@asOf').fill('2023-06-01');
  await s.part('[data-field="industry"] .hint', { hasText: '令和5年度は1,000分の15.5・17.5・18.5' }).waitFor();
  await context.close();
});

/**
 * Japanese that may stand outside brackets in English, each for a reason:
 * - 日本語: the language switch names Japanese in Japanese, as language pickers do.
 */
const ALLOWED_JAPANESE = ['日本語'];

/** The Japanese runs of a text once what stands in brackets （…） or (…) is taken out. */
function japaneseOutsideBrackets(text) {
  let s = text;
  for (let prev = ''; prev !== s;) {
    prev = s;
    s = s.replace(/（[^（）()]*）|\([^（）()]*\)/g, ' ');
  }
  return (s.match(/[\u3040-\u30ff\u3400-\u9fff\uff01-\uff5e\u3000-\u303f]+/g) ?? []).filter((run) => !ALLOWED_JAPANESE.includes(run));
}

test('English: every tab with its example shows English, Japanese only in brackets, and dates in one format', async () => {
  const { page, context, log } = await openPage(env);
  await switchLanguage(page, 'en');
  await page.locator('#sources-list li').first().waitFor();
  const s = sim(page);
  const failures = [];
  let seen = 0;
  for (const id of PROGRAMS) {
    await openTab(page, id);
    await fillExample(page, id);
    const summary = s.part('.steps-box > summary');
    if (await summary.isVisible()) await summary.click();
    const texts = await readerTexts(page);
    // The scan reads the engine's texts too: the brackets it keeps hold the official names.
    seen += texts.filter(({ text }) => /\([^()]*[\u3040-\u9fff][^()]*\)/.test(text)).length;
    for (const { text } of texts) {
      for (const run of japaneseOutsideBrackets(text)) failures.push(`${id}: 「${run}」 in “${text.trim().slice(0, 120)}”`);
      // Amounts read "2,300,000 yen": no 万円 or 円 beside them, in brackets or not.
      if (/\d(万|億)?円/.test(text)) failures.push(`${id}: yen in Japanese in “${text.trim().slice(0, 120)}”`);
      // Dates read "1 September 2026"; an ISO date is for machines (links and ids aside).
      if (/\b\d{4}-\d{2}-\d{2}\b/.test(text) && !/https?:|#program=/.test(text)) failures.push(`${id}: ISO date in “${text.trim().slice(0, 120)}”`);
    }
    await page.emulateMedia({ media: 'print' });
    for (const { text } of await readerTexts(page)) {
      for (const run of japaneseOutsideBrackets(text)) failures.push(`${id}, print: 「${run}」 in “${text.trim().slice(0, 120)}”`);
    }
    await page.emulateMedia({ media: 'screen' });
  }
  assert.deepEqual(failures, []);
  assert.ok(seen > 30, `${seen} texts with Japanese in brackets`);
  assert.deepEqual(japaneseOutsideBrackets('Caps (助成上限額) and 万円'), ['万円']);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('English: amounts read "4,500,000 yen" with no 万円 beside them', async () => {
  const { page, context } = await openPage(env);
  await switchLanguage(page, 'en');
  const s = sim(page);
  await s.part('button', { hasText: 'example' }).first().click();
  await s.part('.amount .yen', { hasText: '4,500,000 yen' }).waitFor();
  assert.equal(await s.part('.amount').textContent(), '4,500,000 yen');
  assert.equal(await s.part('[data-field="investmentYen"] .echo').textContent(), '= 6,000,000 yen');
  await context.close();
});
