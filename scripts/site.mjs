#!/usr/bin/env node
// The site as it is served (`make build` writes it, `make serve` serves it): www/'s two pages with
// each page's module scripts made into a few minified ES modules (scripts/bundle.mjs, bundleSplit:
// esbuild, as `make dist` bundles the element), so that a visitor's browser fetches three scripts
// instead of about thirty modules before the element can render.
//
//   target/site/
//     index.html, embed-demo.html   www/'s pages; their module scripts replaced by the page's entry,
//                                   preloaded with its chunks, the wasm and the element's
//                                   stylesheet; the same CSP (no inline script or style)
//     index-<hash>.js               the entry: scripts/dist/start.js, which asks for the wasm at
//                                   once, then import() of index-app-<hash>.js
//     joseikin-<hash>.js            the engine's glue and loader (scripts/dist/engine.js), shared
//                                   by the entry and the page's chunk
//     index-app-<hash>.js           page.js and the element (forms/, views/, ui-text.js) in the
//                                   page's order: parsed while the wasm is fetched and compiled
//     embed-demo-<hash>.js, embed-demo-app-<hash>.js   the same for the element and embed-demo.js
//     qrcode-generator-<hash>.js, decision-<hash>.js   what the element imports only after its first
//                                   answer (the QR encoder; the decision parts and what-if charts),
//                                   each on its own; not preloaded
//     joseikin-<hash>.wasm          found from the engine's URL, checked against its SHA-384
//     joseikin-simulator-<hash>.css the element's stylesheet, found from the page chunk's URL
//     page-<hash>.css, embed-demo-<hash>.css
//     sw.js, favicon.svg            as in www/: the service worker keeps what the page loaded
//
// <hash> as in scripts/bundle.mjs. www/ stays the source, loadable as it is (the page tests test
// it); this folder is rebuilt whole each time.   Usage: node scripts/site.mjs [out-dir]
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CSP, ROOT, WWW, bundleSplit, crateVersion, elementPlugin, hashedName, hashedWasm, integrityOf } from './bundle.mjs';

/** Imported first by each page's bundle: starts loading the engine before anything else runs. */
const START = join(ROOT, 'scripts', 'dist', 'start.js');
/** The page's own scripts, in its order: the chunk the entry imports (appPlugin). */
const APP = 'joseikin-site:app';

export const SITE = join(ROOT, 'target', 'site');
const PAGES = ['index.html', 'embed-demo.html'];
/** Served under their own names: the page registers `sw.js`, and the icon is named by the pages. */
const COPIED = ['sw.js', 'favicon.svg'];

const attr = (tag, name) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/**
 * One page: its module scripts become an entry (`<stem>-<hash>.js`) and its chunks, its stylesheets
 * are copied under hashed names, and its own preloads (of the source modules) give way to those of
 * the wasm, the entry and the chunks it loads, and the element's stylesheet.
 */
async function buildPage(page, { wasm, banner, files }) {
  let html = await readFile(join(WWW, page), 'utf8');
  if (!html.includes(`content="${CSP}"`)) throw new Error(`site: ${page} no longer has the policy ${CSP}`);
  const stem = page.replace(/\.html$/, '');

  // Comments go: they describe the source's preloads and script tags, which are replaced.
  html = html.replace(/[ \t]*<!--[\s\S]*?-->\n?/g, '');
  html = html.replace(/[ \t]*<link rel="(?:module)?preload"[^>]*>\n?/g, '');
  const scripts = [];
  html = html.replace(/[ \t]*<script type="module" src="([^"]+)"><\/script>\n?/g, (_, src) => {
    scripts.push(src);
    return '';
  });
  if (scripts.length === 0) throw new Error(`site: ${page} has no module script`);
  if (/<script|\sstyle=|<style/.test(html)) throw new Error(`site: ${page} has a script or style the build does not handle`);

  for (const tag of html.match(/<link rel="stylesheet"[^>]*>/g) ?? []) {
    const href = attr(tag, 'href');
    const bytes = await readFile(join(WWW, href));
    if (/url\(|@import/.test(bytes.toString('utf8'))) throw new Error(`site: ${href} refers to other files`);
    const name = hashedName(href.replace(/\.css$/, ''), '.css', bytes);
    files.set(name, bytes);
    html = html.replace(tag, tag.replace(`href="${href}"`, `href="${name}"`));
  }

  // The entry starts the engine (start.js) and imports the page's scripts, in the page's order, as
  // one chunk (APP) at run time: so the entry runs as soon as it and the engine have arrived, and
  // the wasm is fetched and compiled while the larger chunk is still being parsed.
  const assets = new Map();
  const entry = {
    name: `${page} (${scripts.join(', ')})`,
    resolveDir: WWW,
    contents: `import ${JSON.stringify(START)};\nimport(${JSON.stringify(APP)});\n`,
  };
  const split = await bundleSplit(entry, wasm.defines, [appPlugin(scripts), elementPlugin(assets)], banner, stem);
  const jsName = split.entry;
  const app = split.dynamicImports.get(jsName);
  if (app.length !== 1) throw new Error(`site: the entry of ${page} imports ${app.length} chunks at run time, not one`);
  // Loaded for the first estimate: the entry, the page's chunk, and what they import statically.
  // The other chunks (the QR encoder, the decision parts, the screen…) are imported when needed.
  const eager = split.withImports(app[0], split.withImports(jsName));
  const lazy = [...split.files.keys()].filter((n) => !eager.has(n));
  const integrity = new Map([...split.files].map(([n, bytes]) => [n, integrityOf(bytes)]));
  for (const [name, bytes] of split.files) files.set(name, bytes);
  for (const [name, bytes] of assets) files.set(name, bytes);
  const css = [...assets.keys()].filter((n) => n.endsWith('.css'));

  // The wasm first (the largest file, wanted as soon as the entry runs), then the entry and the
  // chunks it loads, then the stylesheet the element links into its shadow root. The wasm's preload
  // has the credentials mode of the engine's fetch (`crossorigin`: same-origin), or it would not be
  // used; it has no integrity attribute (Chromium ignores one on a fetch preload, with a warning):
  // the engine's fetch checks the bytes. Each chunk's preload has its integrity, which the later
  // import() of it is held to.
  const head = [
    `<link rel="preload" href="${wasm.name}" as="fetch" type="application/wasm" crossorigin>`,
    ...[...eager].map((n) => `<link rel="modulepreload" href="${n}" integrity="${integrity.get(n)}">`),
    ...css.map((n) => `<link rel="preload" href="${n}" as="style">`),
    `<script type="module" src="${jsName}" integrity="${integrity.get(jsName)}"></script>`,
  ];
  if (!html.includes('</head>')) throw new Error(`site: ${page} has no </head>`);
  html = html.replace('</head>', `${head.map((l) => `  ${l}\n`).join('')}</head>`);
  files.set(page, Buffer.from(html));
  return { page, script: jsName, integrity: integrity.get(jsName), chunks: [...eager].filter((n) => n !== jsName), lazy, css, scripts };
}

/** The page's scripts as one module (APP), imported by the entry. */
function appPlugin(scripts) {
  return {
    name: 'joseikin-site-app',
    setup(b) {
      b.onResolve({ filter: /^joseikin-site:app$/ }, () => ({ path: 'app', namespace: 'joseikin-site' }));
      b.onLoad({ filter: /.*/, namespace: 'joseikin-site' }, () => ({
        contents: scripts.map((s) => `import ${JSON.stringify(`./${s}`)};\n`).join(''),
        resolveDir: WWW,
        loader: 'js',
      }));
    },
  };
}

/** Writes the site into `out` (default target/site/); returns the names of what it wrote. */
export async function buildSite({ out = SITE } = {}) {
  const version = await crateVersion();
  const banner = `/*! joseikin ${version} | MIT OR Apache-2.0 */`;
  const wasm = await hashedWasm();
  const files = new Map([[wasm.name, wasm.bytes]]);
  const pages = {};
  for (const page of PAGES) pages[page] = await buildPage(page, { wasm, banner, files });
  for (const f of COPIED) files.set(f, await readFile(join(WWW, f)));

  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  for (const [name, bytes] of files) await writeFile(join(out, name), bytes);
  return { dir: out, version, wasm: wasm.name, pages, files: [...files.keys()].sort() };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const site = await buildSite({ out: process.argv[2] ? resolve(process.argv[2]) : undefined });
  console.log(`${relative(process.cwd(), site.dir)}/  ${Object.values(site.pages).map((p) => p.script).join('  ')}  ${site.wasm}`);
}
