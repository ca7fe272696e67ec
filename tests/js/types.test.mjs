// The published types (types/joseikin.d.ts) against reality: every answer the RELEASE build gives to
// the scenario cases (tests/cases/*.json, in ja and en), to the random requests of the property test
// (target/equivalence/answers.json, when `cargo test` has written it), and programs() and version()
// are written into a TypeScript file as object literals assigned to the types that describe them,
// and tsc compiles it. So are the what-if grids of every complete subsidy answer's request. A field the types lack fails (object literals are checked for excess
// properties), and so does a field of the wrong type or a required field the answer leaves out. The
// requests of the complete answers are checked the same way against Request<program>.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsc } from '../types/tsc.mjs';

import init, { simulate, programs, version, whatIf } from '../../www/pkg/joseikin.js';

await init({
  module_or_path: await readFile(new URL('../../www/pkg/joseikin_bg.wasm', import.meta.url)),
});

const TYPES = fileURLToPath(new URL('../../types/joseikin.d.ts', import.meta.url));
const CASES = new URL('../cases/', import.meta.url);
const RANDOM = new URL('../../target/equivalence/answers.json', import.meta.url);
/** The fields of the what-if grids, by program. */
const GRIDS = { 'gyomu-kaizen': ['investmentYen', 'raiseYen'], 'hatarakikata-yuyo': ['costYen'] };

/** Every request the check replays: the cases in both languages, then the random requests. */
async function requests() {
  const out = [];
  for (const file of (await readdir(CASES)).filter((f) => f.endsWith('.json')).sort()) {
    for (const c of JSON.parse(await readFile(new URL(file, CASES), 'utf8'))) {
      for (const lang of ['ja', 'en']) out.push({ ...c.request, lang });
    }
  }
  const random = await readFile(RANDOM, 'utf8').then(JSON.parse, () => []);
  for (const { request } of random) out.push(request);
  return { out, random: random.length };
}

test('every answer of the release build, programs() and version() have the types the package declares', async () => {
  const { out, random } = await requests();
  const lines = [
    `import type { Answers, PartialAnswer, Request, Rejected, VersionInfo, WhatIfAnswer, programs } from ${JSON.stringify(TYPES.replace(/\.d\.ts$/, '.js'))};`,
    'type Listing = ReturnType<typeof programs>;',
  ];
  const counts = { answers: 0, partial: 0, rejected: 0, grids: 0 };
  out.forEach((request, i) => {
    const answer = simulate(request);
    const p = JSON.stringify(answer.program);
    if (answer.ok && answer.complete) {
      lines.push(`export const a${i}: Answers[${p}] = ${JSON.stringify(answer)};`);
      lines.push(`export const q${i}: Request<${p}> = ${JSON.stringify(request)};`);
      counts.answers += 1;
      for (const [j, field] of (GRIDS[answer.program] ?? []).entries()) {
        const grid = whatIf(request, { field, from: 0, to: field === 'raiseYen' ? 120 : 9000000, steps: 7 });
        const type = grid.ok ? `WhatIfAnswer<${p}>` : 'Rejected';
        lines.push(`export const w${i}_${j}: ${type} = ${JSON.stringify(grid)};`);
        counts.grids += 1;
      }
    } else if (answer.ok) {
      lines.push(`export const a${i}: PartialAnswer<${p}> = ${JSON.stringify(answer)};`);
      counts.partial += 1;
    } else {
      lines.push(`export const e${i}: Rejected = ${JSON.stringify(answer)};`);
      counts.rejected += 1;
    }
  });
  for (const lang of ['ja', 'en']) lines.push(`export const p_${lang}: Listing = ${JSON.stringify(programs(lang))};`);
  lines.push(`export const v: VersionInfo = ${JSON.stringify(version())};`);

  assert.ok(counts.answers >= 300 && counts.partial > 0 && counts.rejected >= 100 && counts.grids >= 100,
    JSON.stringify({ ...counts, random }));
  const dir = await mkdtemp(join(tmpdir(), 'joseikin-types-'));
  try {
    await writeFile(join(dir, 'answers.ts'), `${lines.join('\n')}\n`);
    await writeFile(join(dir, 'tsconfig.json'), JSON.stringify({
      compilerOptions: {
        strict: true, noEmit: true, target: 'es2022', module: 'esnext', moduleResolution: 'bundler',
        lib: ['es2022'], types: [],
      },
      files: ['answers.ts'],
    }));
    const { code, output } = await tsc(dir);
    // The first errors, with the literal they point at cut short: enough to see the field.
    assert.equal(code, 0, output.split('\n').slice(0, 20).map((l) => l.slice(0, 600)).join('\n'));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
