// The package of `make dist` (scripts/dist.mjs), from the release build: what `npm pack` would ship,
// package.json, the hashes it states, the engine in Node, the types through the package's exports,
// and a build that gives the same bytes twice.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { buildDist, crateVersion } from '../../scripts/dist.mjs';
import { tsc } from '../types/tsc.mjs';

const run = promisify(execFile);
const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

const LEAFLET = {
  program: 'gyomu-kaizen',
  asOf: '2026-09-15',
  input: {
    prefecture: 'kagoshima', industry: 'retail', capitalYen: 10000000, companyEmployees: 20,
    siteEmployees: 20, lowestWage: 1040, raiseYen: 90, raisedWorkers: 8, investmentYen: 6000000,
  },
};

let tmp;
let out;
before(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'joseikin-package-'));
  out = await buildDist({ outRoot: join(tmp, 'a') });
});
after(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

test('npm pack ships the bundle, the module, the types, the licenses and the docs, and nothing else', async () => {
  const { stdout } = await run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: out.dir });
  const [info] = JSON.parse(stdout);
  const shipped = info.files.map((f) => f.path).sort();
  assert.deepEqual(shipped, [
    'LICENSE-APACHE', 'LICENSE-MIT', 'README.md', 'THIRD-PARTY-LICENSES.md', 'embed.html', 'integrity.json', out.engine, out.wasm,
    out.css, out.element, 'node.js', 'package.json', 'types/element.d.ts', 'types/joseikin.d.ts',
  ].sort());
  assert.ok(!shipped.some((p) => /(^|\/)(node_modules|tests?|src|target)\//.test(p)));
  assert.equal(info.name, 'joseikin');
  assert.equal(info.version, await crateVersion());

  // The .tgz beside the folder holds the same files.
  const { stdout: listing } = await run('tar', ['tzf', out.tgz]);
  assert.deepEqual(listing.trim().split('\n').map((p) => p.replace(/^package\//, '')).sort(), shipped);
});

test('package.json: name, version, license, files, and exports for browsers and Node that exist', async () => {
  const pkg = JSON.parse(await readFile(join(out.dir, 'package.json'), 'utf8'));
  assert.equal(pkg.name, 'joseikin');
  assert.equal(pkg.version, await crateVersion());
  assert.equal(pkg.license, 'MIT OR Apache-2.0');
  assert.equal(pkg.type, 'module');
  assert.equal(pkg.types, './types/joseikin.d.ts');
  assert.deepEqual(pkg.exports['.'], { types: './types/joseikin.d.ts', node: './node.js', default: `./${out.engine}` });
  assert.deepEqual(pkg.exports['./element'], { types: './types/element.d.ts', default: `./${out.element}` });
  const targetsOf = (v) => (typeof v === 'string' ? [v.slice(2)] : Object.values(v).flatMap(targetsOf));
  const present = new Set([...(await readdir(out.dir)), ...(await readdir(join(out.dir, 'types'))).map((f) => `types/${f}`)]);
  for (const t of targetsOf(pkg.exports)) assert.ok(present.has(t), `exports names ${t}, which is not in the package`);
  const license = await readFile(new URL('../../LICENSE-MIT', import.meta.url), 'utf8');
  assert.match(license, /Copyright \(c\) the joseikin authors/);
  assert.equal(await readFile(join(out.dir, 'LICENSE-MIT'), 'utf8'), license);
  // The crates the wasm is built with, each with a licence text; the bundled JavaScript's licence
  // is in the bundle itself.
  const third = await readFile(join(out.dir, 'THIRD-PARTY-LICENSES.md'), 'utf8');
  for (const crate of ['rust_decimal', 'serde', 'serde_json', 'ryu', 'wasm-bindgen']) assert.match(third, new RegExp(`^## ${crate} `, 'm'));
  const sections = third.split(/^## /m).slice(1);
  assert.ok(sections.every((s) => /```text\n[\s\S]*(Permission|Boost Software License|Unicode)/.test(s)), 'a crate without its licence text');
  // Each vendored module's licence comment (/*! … */) is kept in the bundle.
  const bundle = await readFile(join(out.dir, out.element), 'utf8');
  const vendor = new URL('../../www/vendor/', import.meta.url);
  for (const f of (await readdir(vendor).catch(() => [])).filter((n) => n.endsWith('.mjs'))) {
    const notice = /\/\*![\s\S]*?\*\//.exec(await readFile(new URL(f, vendor), 'utf8'))?.[0];
    assert.ok(notice, `www/vendor/${f} has no /*! licence comment */`);
    const copyright = /Copyright[^\n]*/.exec(notice)?.[0];
    assert.ok(copyright && bundle.includes(copyright), `the bundle lacks the licence of www/vendor/${f}`);
  }
});

test('every hash the package states is the hash of the file it names, and names carry it', async () => {
  const integrity = JSON.parse(await readFile(join(out.dir, 'integrity.json'), 'utf8'));
  for (const [file, hash] of Object.entries(integrity)) {
    const bytes = await readFile(join(out.dir, file));
    assert.equal(hash, sri(bytes), file);
    const hex = createHash('sha384').update(bytes).digest('hex').slice(0, 16);
    if (file !== 'node.js') assert.ok(file.includes(`-${hex}.`), `${file} does not carry ${hex}`);
  }
  const embed = await readFile(join(out.dir, 'embed.html'), 'utf8');
  const tag = /<script type="module" src="([^"]+)" integrity="([^"]+)" crossorigin="anonymous"><\/script>/.exec(embed);
  assert.ok(tag, 'embed.html has no script tag with integrity and crossorigin');
  assert.equal(tag[1], out.element);
  assert.equal(tag[2], integrity[out.element]);
  assert.match(embed, /<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'">/);
  // The bundle carries the module's hash, which it checks before instantiating it.
  const bundle = await readFile(join(out.dir, out.element), 'utf8');
  assert.ok(bundle.includes(integrity[out.wasm]), 'the bundle does not carry the module\'s hash');
  assert.ok(bundle.includes(`./${out.wasm}`) && bundle.includes(`./${out.css}`));
  const readme = await readFile(join(out.dir, 'README.md'), 'utf8');
  assert.ok(readme.includes(tag[0]), 'README.md does not show the snippet of embed.html');
  assert.doesNotMatch(readme, /\{\{/);
});

test('Node: the package entry answers the leaflet example; a changed module is refused at import', async () => {
  const engine = await import(pathToFileURL(join(out.dir, 'node.js')).href);
  await engine.default();
  assert.equal(engine.simulate(LEAFLET).amountYen, 4500000);
  assert.equal(engine.version().crate, await crateVersion());
  assert.equal(typeof engine.whatIf, 'function');

  const bad = join(tmp, 'bad');
  await cp(out.dir, bad, { recursive: true });
  const wasm = await readFile(join(bad, out.wasm));
  wasm[wasm.indexOf(Buffer.from('gyomu-kaizen'))] ^= 0x20;
  await writeFile(join(bad, out.wasm), wasm);
  await assert.rejects(import(pathToFileURL(join(bad, 'node.js')).href), /does not match its SHA-384/);
});

test('the types resolve through the package exports, with bundler and with Node resolution', async () => {
  const project = join(tmp, 'consumer');
  await mkdir(join(project, 'node_modules'), { recursive: true });
  await symlink(out.dir, join(project, 'node_modules', 'joseikin'), 'dir');
  await writeFile(join(project, 'package.json'), '{ "type": "module" }\n');
  await writeFile(join(project, 'use.ts'), `import init, { simulate } from 'joseikin';
import type { JoseikinResultDetail } from 'joseikin/element';
await init();
const a = simulate(${JSON.stringify(LEAFLET)});
export const amount: number | null = a.ok && a.complete ? a.amountYen : null;
export const listen = (d: JoseikinResultDetail) => d.program;
`);
  for (const [module, moduleResolution] of [['esnext', 'bundler'], ['nodenext', 'nodenext']]) {
    await writeFile(join(project, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { strict: true, noEmit: true, target: 'es2022', module, moduleResolution, lib: ['es2022', 'dom'], types: [] },
      files: ['use.ts'],
    }));
    const { code, output } = await tsc(project);
    assert.equal(code, 0, `${moduleResolution}: ${output}`);
  }
});

test('two builds give the same bytes', async () => {
  const again = await buildDist({ outRoot: join(tmp, 'b'), pack: false });
  assert.equal(again.element, out.element);
  for (const f of await readdir(out.dir)) {
    if (f === 'types') continue;
    assert.ok((await readFile(join(out.dir, f))).equals(await readFile(join(again.dir, f))), f);
  }
});
