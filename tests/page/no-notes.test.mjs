// No text the page shows names the project's own notes or files (notes.mjs: "seed", "RULES.md",
// "shared/", "reference notes", the repository's paths, the page's own file names): every tab, in
// both languages, with its example filled in, the steps and every folded table open; the visible
// text of the page and of the element's shadow root, its labels, and the printed view.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openPage, sim, switchLanguage } from './helpers.mjs';
import { notesIn } from './notes.mjs';

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.close();
});

const PROGRAMS = ['gyomu-kaizen', 'hatarakikata-yuyo', 'koyo-hoken', 'overtime-check', 'kagoshima-nintei', 'kosodate-loan'];

/**
 * What a reader meets on the page as it is rendered now (screen or print): each text node whose
 * element is rendered (visually hidden text too: it is read out), the options of the selects, and
 * the labels, titles and alt texts; shadow roots included.
 */
function readerText(page) {
  return page.evaluate(() => {
    const out = [document.title];
    const walk = (root) => {
      for (const node of root.childNodes) {
        if (node.nodeType === Node.TEXT_NODE) {
          const parent = node.parentElement;
          if (parent && (parent.tagName === 'OPTION' || parent.checkVisibility({ visibilityProperty: true }))) {
            out.push(node.textContent);
          }
        } else if (node.nodeType === Node.ELEMENT_NODE) {
          if (['SCRIPT', 'STYLE', 'LINK', 'META', 'TEMPLATE'].includes(node.tagName)) continue;
          for (const a of ['aria-label', 'title', 'alt', 'placeholder', 'aria-description']) {
            if (node.hasAttribute(a)) out.push(node.getAttribute(a));
          }
          if (node.shadowRoot) walk(node.shadowRoot);
          walk(node);
        }
      }
    };
    walk(document.body);
    return out.join('\n');
  });
}

for (const lang of ['ja', 'en']) {
  test(`no text on any tab names our notes or files, on screen and in print (${lang})`, async () => {
    const { page, context, log } = await openPage(env);
    if (lang === 'en') await switchLanguage(page, 'en');
    const s = sim(page);
    await page.locator('#sources-list li').first().waitFor();
    const failures = [];
    const scan = async (where) => {
      const text = await readerText(page);
      for (const hit of notesIn(text, { assets: true })) failures.push(`${where}: ${hit}`);
      return text;
    };
    for (const id of PROGRAMS) {
      await s.part(`[role=tab][data-program="${id}"]`).click();
      await s.part(`[role=tab][data-program="${id}"][aria-selected=true]`).waitFor();
      await scan(`${id}, empty`);
      await s.part('.tools button').first().click();
      await page.waitForFunction((p) => {
        const r = document.querySelector('joseikin-simulator').result;
        return r?.program === p && r.complete === true;
      }, id);
      const summary = s.part('.steps-box > summary');
      if (await summary.isVisible()) await summary.click();
      // The folded tables (the loan's schedules, the overtime months) are built when opened.
      const closed = s.part('details.fold:not([open]) > summary');
      for (let n = await closed.count(); n > 0; n--) await closed.first().click();
      await page.locator('#sources-list[data-program="' + id + '"]').waitFor({ state: 'attached' });
      const shown = await scan(`${id}, example`);
      await page.emulateMedia({ media: 'print' });
      const printed = await scan(`${id}, example, printed`);
      // The scan reads what it should: the steps' citations, the footer on screen, the URLs in print.
      if (id === 'gyomu-kaizen') {
        const title = lang === 'ja' ? '令和8年度業務改善助成金のご案内' : 'Guide to the FY2026 Business Improvement Subsidy';
        assert.ok(shown.split(title).length > 10, 'the steps and the footer name the leaflet');
        assert.match(printed, /https:\/\/www\.mhlw\.go\.jp\//);
        assert.doesNotMatch(printed, lang === 'ja' ? /出典（公式の資料）\n「業務改善助成金」/ : /The documents “Business/);
      }
      await page.emulateMedia({ media: 'screen' });
    }
    assert.deepEqual(failures, []);
    assert.deepEqual(log.errors, []);
    await context.close();
  });
}
