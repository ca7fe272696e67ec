// The same answer natively and in wasm: replays the fixed-seed random requests that the native
// property test (tests/properties.rs) wrote with their native answers to
// target/equivalence/answers.json, through the RELEASE wasm build, and compares the answers whole.
// `make test` runs `cargo test` first, which writes the file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

import init, { simulate } from '../../www/pkg/joseikin.js';

await init({
  module_or_path: await readFile(new URL('../../www/pkg/joseikin_bg.wasm', import.meta.url)),
});

const file = new URL('../../target/equivalence/answers.json', import.meta.url);

test('every random request gets the same answer from the release wasm build as natively', async () => {
  let pairs;
  try {
    pairs = JSON.parse(await readFile(file, 'utf8'));
  } catch (e) {
    assert.fail(`${file.pathname} is missing: run \`cargo test --test properties\` first (make test does) — ${e.message}`);
  }
  assert.ok(pairs.length >= 300, `only ${pairs.length} pairs`);
  let differing = 0;
  for (const { request, answer } of pairs) {
    const wasm = JSON.parse(JSON.stringify(simulate(request)));
    try {
      assert.deepStrictEqual(wasm, answer);
    } catch (e) {
      differing += 1;
      if (differing <= 3) console.error(JSON.stringify(request), '\n', e.message.slice(0, 2000));
    }
  }
  assert.equal(differing, 0, `${differing} of ${pairs.length} answers differ between native and wasm`);
});
