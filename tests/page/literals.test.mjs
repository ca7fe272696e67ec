// No text the page can show names the project's own notes or files: every string literal of
// www/**/*.js (the element, forms, views, words, the page, the demo; not the built pkg/) and every
// text and label of www/*.html is scanned for "seed", "RULES.md", "shared/", "reference notes" and
// the repository's folders and files (notes.mjs; the HTML's texts for the page's own file names too). Comments are for maintainers and may cite them; module specifiers
// (import … from '…', import('…'), new URL('…', import.meta.url)) name files by design and are left
// out. Plain Node, no browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { WWW } from './server.mjs';
import { htmlTexts, notesIn, stringLiterals } from './notes.mjs';

/** Files under `dir` whose names end with `ext`, pkg/ (the built module) left out. */
function filesUnder(dir, ext) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'pkg' && entry.name !== 'node_modules') out.push(...filesUnder(path, ext));
    } else if (entry.name.endsWith(ext)) out.push(path);
  }
  return out;
}

test('the lexer finds the literals of a module and tells module specifiers apart', () => {
  const src = [
    "import { x } from './forms/index.js';",
    "const U = new URL('../pkg/joseikin.js', import.meta.url); // see RULES.md",
    '/* seed 004 */ const a = { ja: \'案内の例\', en: "the example" };',
    'const r = /src\\/x\\.rs/g; const t = `値 ${a.ja + `内 ${1}`} は ${"中"} です`;',
    'const q = 4 / 2 / 1; const s = \'after division\';',
  ].join('\n');
  const lits = stringLiterals(src);
  assert.deepEqual(lits.filter((l) => l.specifier).map((l) => l.text), ['./forms/index.js', '../pkg/joseikin.js']);
  assert.deepEqual(lits.filter((l) => !l.specifier).map((l) => l.text),
    ['案内の例', 'the example', '値 ', '内 ', '', ' は ', '中', ' です', 'after division']);
});

test('the scan catches each word it looks for, and leaves official URLs and ruleset ids alone', () => {
  for (const text of ['(seed 004)', 'see RULES.md §1', 'shared/RULES.md', 'our reference notes', 'src/programs/mod.rs',
    'catalogs/ja/common.txt', 'tests/cases/x.json', 'gyomu_kaizen/r2026.rs']) {
    assert.notDeepEqual(notesIn(text), [], text);
  }
  for (const text of ['https://www.mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/zigyonushi/shienjigyou/03.html',
    'gyomu-kaizen/2026', '9.5/1000', '4/5', 'yen/h', '令和8年度業務改善助成金のご案内', 'FY2026 (1 April 2026 to 31 March 2027).']) {
    assert.deepEqual(notesIn(text), [], text);
  }
});

test('no string literal of www/**/*.js names the project’s notes or files', () => {
  const failures = [];
  let count = 0;
  for (const file of filesUnder(WWW, '.js')) {
    for (const lit of stringLiterals(readFileSync(file, 'utf8'))) {
      if (lit.specifier) continue;
      count++;
      for (const hit of notesIn(lit.text)) failures.push(`${relative(WWW, file)}:${lit.line}: ${hit}`);
    }
  }
  assert.ok(count > 500, `only ${count} literals found: the lexer is not reading the modules`);
  assert.deepEqual(failures, []);
});

test('no text of www/*.html names the project’s notes or files', () => {
  const failures = [];
  for (const file of readdirSync(WWW).filter((f) => f.endsWith('.html'))) {
    for (const text of htmlTexts(readFileSync(join(WWW, file), 'utf8'))) {
      for (const hit of notesIn(text, { assets: true })) failures.push(`${file}: ${hit}`);
    }
  }
  assert.deepEqual(failures, []);
});
