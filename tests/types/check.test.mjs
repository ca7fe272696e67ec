// `make types`: the published types (types/*.d.ts) compile a typed usage of the whole contract, and
// refuse each mistake of wrong.ts: tsc must fail on that file with an error on every line marked
// `// wrong:` and on no other line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { tsc } from './tsc.mjs';

const project = (name) => fileURLToPath(new URL(name, import.meta.url));

test('the typed usage of every program, programs(), version() and the element compiles', async () => {
  const { code, output } = await tsc(project('tsconfig.json'));
  assert.equal(code, 0, output);
  assert.equal(output.trim(), '');
});

test('tsc refuses wrong.ts, with an error on each line marked wrong and nowhere else', async () => {
  const source = await readFile(new URL('wrong.ts', import.meta.url), 'utf8');
  const marked = source.split('\n').flatMap((line, i) => (/\S.*\/\/ wrong: /.test(line) && !/^\s*\/\//.test(line) ? [i + 1] : []));
  assert.ok(marked.length >= 15, `only ${marked.length} marked lines`);
  const { code, output } = await tsc(project('tsconfig.wrong.json'));
  assert.notEqual(code, 0, 'tsc compiled wrong.ts');
  const errors = [...output.matchAll(/wrong\.ts\((\d+),\d+\): error TS\d+/g)].map((m) => Number(m[1]));
  assert.ok(errors.length > 0, `no errors parsed from tsc:\n${output}`);
  const missed = marked.filter((l) => !errors.includes(l));
  const unexpected = [...new Set(errors.filter((l) => !marked.includes(l)))];
  assert.deepEqual({ missed, unexpected }, { missed: [], unexpected: [] }, output);
  assert.equal(errors.length, new Set(errors).size, `a line with several errors:\n${output}`);
});
