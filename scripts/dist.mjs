#!/usr/bin/env node
// `make dist`: the package a portal copies and a developer installs, from the release build in
// www/pkg and the element's sources in www/:
//
//   dist/joseikin-<version>/
//     joseikin-simulator-<hash>.js    the element: ONE ES module (esbuild), the engine's glue inside
//     joseikin-simulator-<hash>.css   its stylesheet, found from the bundle's own URL
//     joseikin-<hash>.wasm            the WebAssembly module, found from the bundle's own URL and
//                                     refused unless its SHA-384 is the one built into the bundle
//     joseikin-<hash>.js              the engine alone: init, simulate, programs, version (browsers)
//     node.js                         the engine for Node: loads and checks the module at import
//     types/joseikin.d.ts, element.d.ts
//     embed.html                      the snippet, with its integrity hash, in a page that runs it
//     integrity.json                  every file's sha384, for a portal's own checks
//     README.md, package.json, LICENSE-MIT, LICENSE-APACHE
//     THIRD-PARTY-LICENSES.md         the licences of the crates the wasm is built with
//   dist/joseikin-<version>.tgz       the same, packed by `npm pack`
//
// A <hash> is the first 16 hex digits of the file's SHA-384, the hash its integrity attribute
// carries, so a name changes exactly when the bytes do and the files can be cached for ever.
// The version is Cargo.toml's. Usage: node scripts/dist.mjs [out-root]   (default: dist/)
import { execFile } from 'node:child_process';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { CSP, ENGINE, ROOT, WWW, bundle, crateVersion, elementPlugin, hashedName, hashedWasm, integrityOf } from './bundle.mjs';

export { crateVersion };

const TEMPLATE = join(ROOT, 'scripts', 'dist', 'README.md');
const ELEMENT_ENTRY = join(WWW, 'joseikin-simulator.js');

/**
 * THIRD-PARTY-LICENSES.md: the Rust crates compiled into the WebAssembly module (cargo tree: normal
 * dependencies for wasm32, no proc-macros), each with its licence expression and the licence text
 * its source ships, MIT where it offers MIT (BSL-1.0 for ryu, which needs no notice in a binary but
 * is named). The JavaScript the bundle contains carries its own licence in the bundle's last comment.
 */
async function thirdPartyLicenses() {
  const run = promisify(execFile);
  const target = ['--target', 'wasm32-unknown-unknown'];
  const { stdout: tree } = await run('cargo', ['tree', ...target, '-e', 'normal,no-proc-macro', '--prefix', 'none', '-f', '{p}'], { cwd: ROOT });
  const linked = new Set(tree.split('\n').map((l) => l.replace(/ \(.*$/, '').trim()).filter(Boolean));
  const { stdout: meta } = await run('cargo', ['metadata', '--format-version', '1', '--filter-platform', 'wasm32-unknown-unknown'],
    { cwd: ROOT, maxBuffer: 64 << 20 });
  const crates = JSON.parse(meta).packages
    .filter((p) => linked.has(`${p.name} v${p.version}`) && p.name !== 'joseikin')
    .sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
  const parts = [`# Third-party licences

The WebAssembly module of this package is built with these Rust crates (cargo tree: normal
dependencies for wasm32-unknown-unknown, no proc-macros), used under the licences below. Where a
crate offers a choice, the text given is the one used (MIT, or BSL-1.0 for ryu). The JavaScript
bundled into the element carries its own licence in the bundle's last comment.
`];
  for (const c of crates) {
    const dir = dirname(c.manifest_path);
    const files = (await readdir(dir)).filter((f) => /^(licen[cs]e|copying|unlicense)/i.test(f)).sort();
    const license = c.license ?? '';
    const pick = (name) => files.filter((f) => f.toUpperCase() === name);
    let chosen = /\bMIT\b/.test(license) && pick('LICENSE-MIT').length ? pick('LICENSE-MIT')
      : /BSL-1\.0/.test(license) && pick('LICENSE-BOOST').length ? pick('LICENSE-BOOST') : files;
    if (/Unicode/.test(license)) chosen = [...chosen, ...pick('LICENSE-UNICODE')];
    if (chosen.length === 0) throw new Error(`dist: ${c.name} ${c.version} ships no licence file`);
    parts.push(`## ${c.name} ${c.version} (${license})\n`);
    for (const f of chosen) parts.push(`\`\`\`text\n${(await readFile(join(dir, f), 'utf8')).trim()}\n\`\`\`\n`);
  }
  return Buffer.from(parts.join('\n'));
}

function fill(template, values) {
  return template.replace(/\{\{(\w+)\}\}/g, (_, k) => {
    if (!(k in values)) throw new Error(`dist: the README template names {{${k}}}, which the build does not give`);
    return values[k];
  });
}

/** Builds dist/joseikin-<version>/ (under `outRoot`) and, with `pack`, its .tgz. */
export async function buildDist({ outRoot = join(ROOT, 'dist'), pack = true } = {}) {
  const version = await crateVersion();
  const banner = `/*! joseikin ${version} | MIT OR Apache-2.0 */`;
  const files = new Map();
  const { name: wasmName, bytes: wasm, defines } = await hashedWasm();
  files.set(wasmName, wasm);

  const assets = new Map();
  const element = await bundle(ELEMENT_ENTRY, defines, [elementPlugin(assets)], banner);
  const elementName = hashedName('joseikin-simulator', '.js', element);
  for (const [name, bytes] of assets) files.set(name, bytes);
  files.set(elementName, element);

  const engine = await bundle(ENGINE, defines, [], banner);
  const engineName = hashedName('joseikin', '.js', engine);
  files.set(engineName, engine);

  // Node reads the module from the package's folder; it checks the bytes as browsers do.
  files.set('node.js', Buffer.from(`${banner}
// The engine for Node: the WebAssembly module is read from this folder, checked against its SHA-384
// and instantiated when this module is imported; init() is there for code shared with browsers.
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { initSync, WASM_FILE, WASM_INTEGRITY } from './${engineName}';

const bytes = readFileSync(new URL(WASM_FILE, import.meta.url));
if (\`sha384-\${createHash('sha384').update(bytes).digest('base64')}\` !== WASM_INTEGRITY) {
  throw new Error(\`joseikin: \${WASM_FILE} does not match its SHA-384 (\${WASM_INTEGRITY})\`);
}
initSync({ module: bytes });

export * from './${engineName}';
export default async function init() {}
`));

  const elementIntegrity = integrityOf(element);
  const snippet = `<script type="module" src="${elementName}" integrity="${elementIntegrity}" crossorigin="anonymous"></script>
<joseikin-simulator program="gyomu-kaizen" lang="ja"></joseikin-simulator>`;
  files.set('embed.html', Buffer.from(`<!doctype html>
<html lang="ja">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta http-equiv="Content-Security-Policy" content="${CSP}">
  <title>joseikin ${version}: embed</title>
</head>
<body>
<!-- The snippet to paste (README.md): put this folder's URL before the script's src. -->
${snippet}
</body>
</html>
`));

  const [mit, apache] = await Promise.all(['LICENSE-MIT', 'LICENSE-APACHE'].map((f) => readFile(join(ROOT, f))));
  files.set('LICENSE-MIT', mit);
  files.set('LICENSE-APACHE', apache);
  files.set('THIRD-PARTY-LICENSES.md', await thirdPartyLicenses());
  for (const t of ['joseikin.d.ts', 'element.d.ts']) files.set(`types/${t}`, await readFile(join(ROOT, 'types', t)));

  const integrity = {};
  for (const [name, bytes] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
    if (!/^(types\/|LICENSE|THIRD-PARTY|embed\.html$)/.test(name)) integrity[name] = integrityOf(bytes);
  }
  files.set('integrity.json', Buffer.from(`${JSON.stringify(integrity, null, 2)}\n`));

  const cssName = [...assets.keys()].find((n) => n.endsWith('.css')) ?? '(none)';
  files.set('README.md', Buffer.from(fill(await readFile(TEMPLATE, 'utf8'), {
    version,
    element: elementName,
    element_integrity: elementIntegrity,
    css: cssName,
    wasm: wasmName,
    wasm_integrity: integrityOf(wasm),
    engine: engineName,
    snippet,
    csp: CSP,
  })));

  const listed = [...files.keys()].filter((n) => !n.startsWith('types/')).sort();
  const pkg = {
    name: 'joseikin',
    version,
    description: 'Live, exact estimates of MHLW employer subsidies (助成金), computed in the browser',
    license: 'MIT OR Apache-2.0',
    type: 'module',
    files: [...listed.filter((n) => !['README.md', 'package.json'].includes(n)), 'types/'],
    types: './types/joseikin.d.ts',
    exports: {
      '.': { types: './types/joseikin.d.ts', node: './node.js', default: `./${engineName}` },
      './element': { types: './types/element.d.ts', default: `./${elementName}` },
      './wasm': `./${wasmName}`,
      './package.json': './package.json',
    },
    // Importing the element defines <joseikin-simulator>.
    sideEffects: [`./${elementName}`],
    engines: { node: '>=20' },
  };
  files.set('package.json', Buffer.from(`${JSON.stringify(pkg, null, 2)}\n`));

  await mkdir(outRoot, { recursive: true });
  const dir = join(outRoot, `joseikin-${version}`);
  await rm(dir, { recursive: true, force: true });
  for (const [name, bytes] of files) {
    await mkdir(dirname(join(dir, name)), { recursive: true });
    await writeFile(join(dir, name), bytes);
  }
  let tgz = null;
  if (pack) {
    tgz = join(outRoot, `joseikin-${version}.tgz`);
    await rm(tgz, { force: true });
    await promisify(execFile)('npm', ['pack', '--silent', '--pack-destination', outRoot], { cwd: dir });
  }
  return { dir, tgz, version, element: elementName, elementIntegrity, wasm: wasmName, engine: engineName, css: cssName };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const out = await buildDist({ outRoot: process.argv[2] ? resolve(process.argv[2]) : undefined });
  console.log(`${relative(process.cwd(), out.dir)}/  ${out.element}  ${out.elementIntegrity}`);
  if (out.tgz) console.log(relative(process.cwd(), out.tgz));
}
