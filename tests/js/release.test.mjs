// Loads the RELEASE build (www/pkg, after wasm-opt; `make build`) in Node and runs every scenario
// case in tests/cases/*.json through simulate(), and every screen case (tests/cases/screen/) through
// screen().
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';

import init, { simulate, screen, programs, version } from '../../www/pkg/joseikin.js';
import { matches, forLang } from './match.mjs';

await init({
  module_or_path: await readFile(new URL('../../www/pkg/joseikin_bg.wasm', import.meta.url)),
});

const casesDir = new URL('../cases/', import.meta.url);
const caseFiles = (await readdir(casesDir).catch(() => []))
  .filter((f) => f.endsWith('.json'))
  .sort();

function isNonEmptyString(v) {
  return typeof v === 'string' && v.length > 0;
}

test('version() returns an object with a crate string', () => {
  const v = version();
  assert.equal(typeof v, 'object');
  assert.notEqual(v, null);
  assert.ok(isNonEmptyString(v.crate), `version().crate: ${JSON.stringify(v.crate)}`);
});

test('programs() returns a non-empty array, titled in the language asked', () => {
  const p = programs();
  assert.ok(Array.isArray(p), 'programs() is not an array');
  assert.ok(p.length > 0, 'programs() is empty');
  assert.equal(p[0].title, '業務改善助成金');
  assert.equal(programs('en')[0].title, 'Business Improvement Subsidy');
  assert.ok(p[0].documents.length > 0 && p[0].documents.every((d) => d.title && d.publisher), 'documents');
});

test('simulate() throws when the request is not an object', () => {
  assert.throws(() => simulate('not an object'));
});

for (const lang of ['ja', 'en']) {
  test(`simulate({ lang: "${lang}" }) returns ok: false with errors written in that language`, () => {
    const r = simulate({ lang });
    assert.equal(r.ok, false);
    assert.equal(r.lang, lang);
    assert.ok(Array.isArray(r.errors), 'errors is not an array');
    assert.ok(r.errors.length > 0, 'errors is empty');
    for (const [i, e] of r.errors.entries()) {
      const where = `errors[${i}] = ${JSON.stringify(e)}`;
      assert.ok(isNonEmptyString(e.field), `${where}: field`);
      assert.ok(isNonEmptyString(e.code), `${where}: code`);
      assert.ok(isNonEmptyString(e.message), `${where}: message`);
      assert.equal(/[\u3040-\u30ff\u4e00-\u9fff]/.test(e.message), lang === 'ja', `${where}: language`);
    }
  });
}

if (caseFiles.length === 0) {
  test('scenario cases (tests/cases/*.json)', { skip: 'no case files yet' }, () => {});
}

for (const file of caseFiles) {
  const text = await readFile(new URL(file, casesDir), 'utf8');
  let cases;
  try {
    cases = JSON.parse(text);
  } catch (err) {
    test(`tests/cases/${file}`, () => assert.fail(`invalid JSON: ${err.message}`));
    continue;
  }
  describe(`tests/cases/${file}`, () => {
    if (!Array.isArray(cases)) {
      test('file format', () => assert.fail('a case file must be a JSON array of cases'));
      return;
    }
    cases.forEach((c, i) => {
      const name = typeof c?.name === 'string' && c.name ? c.name : `case #${i} (no name)`;
      for (const lang of ['ja', 'en']) {
        test(`${name} (${lang})`, () => {
          assert.ok(c && typeof c === 'object' && 'request' in c && 'expect' in c,
            `case #${i} needs "name", "request" and "expect"`);
          const request = c.request && typeof c.request === 'object' && !Array.isArray(c.request) && !('lang' in c.request)
            ? { ...c.request, lang } : c.request;
          const actual = simulate(request);
          const problems = matches(actual, forLang(c.expect, lang), '$');
          if (problems.length > 0) {
            assert.fail(
              [
                `${problems.length} mismatch(es)${c.source ? ` [source: ${c.source}]` : ''}:`,
                ...problems.map((p) => `  - ${p}`),
                `actual: ${JSON.stringify(actual)}`,
              ].join('\n'),
            );
          }
        });
      }
    });
  });
}

const screenCases = JSON.parse(await readFile(new URL('../cases/screen/screen.json', import.meta.url), 'utf8'));
describe('tests/cases/screen/screen.json through screen()', () => {
  for (const c of screenCases) {
    for (const lang of ['ja', 'en']) {
      test(`${c.name} (${lang})`, () => {
        const request = 'lang' in c.request ? c.request : { ...c.request, lang };
        const actual = screen(request);
        const problems = matches(actual, forLang(c.expect, lang), '$');
        assert.deepEqual(problems, [], `[source: ${c.source}] actual: ${JSON.stringify(actual)}`);
      });
    }
  }
  test('screen() throws only for a call that is not an object', () => {
    assert.throws(() => screen('kagoshima'), /screen\(\) takes one object/);
    assert.throws(() => screen([]));
    assert.equal(screen({}).ok, false);
  });
});
