// Loads the RELEASE build (www/pkg, after wasm-opt; `make build`) in Node and runs every scenario
// case in tests/cases/*.json through simulate().
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';

import init, { simulate, programs, version } from '../../www/pkg/joseikin.js';
import { matches } from './match.mjs';

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

test('programs() returns a non-empty array', () => {
  const p = programs();
  assert.ok(Array.isArray(p), 'programs() is not an array');
  assert.ok(p.length > 0, 'programs() is empty');
});

test('simulate() throws when the request is not an object', () => {
  assert.throws(() => simulate('not an object'));
});

test('simulate({}) returns ok: false with bilingual errors', () => {
  const r = simulate({});
  assert.equal(r.ok, false);
  assert.ok(Array.isArray(r.errors), 'errors is not an array');
  assert.ok(r.errors.length > 0, 'errors is empty');
  for (const [i, e] of r.errors.entries()) {
    const where = `errors[${i}] = ${JSON.stringify(e)}`;
    assert.ok(isNonEmptyString(e.field), `${where}: field`);
    assert.ok(isNonEmptyString(e.code), `${where}: code`);
    assert.ok(e.message && typeof e.message === 'object', `${where}: message`);
    assert.ok(isNonEmptyString(e.message.ja), `${where}: message.ja`);
    assert.ok(isNonEmptyString(e.message.en), `${where}: message.en`);
  }
});

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
      test(name, () => {
        assert.ok(c && typeof c === 'object' && 'request' in c && 'expect' in c,
          `case #${i} needs "name", "request" and "expect"`);
        const actual = simulate(c.request);
        const problems = matches(actual, c.expect, '$');
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
    });
  });
}
