#!/usr/bin/env node
// The site as it is served (`make build` writes it, `make serve` serves it): www/'s two pages with
// each page's module scripts made into ONE minified ES module (scripts/bundle.mjs, as `make dist`
// bundles the element), so that a visitor's browser fetches one script instead of about thirty
// modules before the element can render.
//
//   target/site/
//     index.html, embed-demo.html   www/'s pages; their module scripts replaced by the page's bundle,
//                                   preloaded with the wasm and the element's stylesheet; the same
//                                   CSP (no inline script or style)
//     index-<hash>.js               page.js and the element (forms/, views/, ui-text.js, the
//                                   engine's glue) in the page's order
//     embed-demo-<hash>.js          the element and embed-demo.js
//     joseikin-<hash>.wasm          found from the bundle's URL, checked against its SHA-384
//     joseikin-simulator-<hash>.css the element's stylesheet, found from the bundle's URL
//     page-<hash>.css, embed-demo-<hash>.css
//     sw.js, favicon.svg            as in www/: the service worker keeps what the page loaded
//
// <hash> as in scripts/bundle.mjs. www/ stays the source, loadable as it is (the page tests test
// it); this folder is rebuilt whole each time.   Usage: node scripts/site.mjs [out-dir]
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CSP, ROOT, WWW, bundle, crateVersion, elementPlugin, hashedName, hashedWasm, integrityOf } from './bundle.mjs';

export const SITE = join(ROOT, 'target', 'site');
const PAGES = ['index.html', 'embed-demo.html'];
/** Served under their own names: the page registers `sw.js`, and the icon is named by the pages. */
const COPIED = ['sw.js', 'favicon.svg'];

const attr = (tag, name) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/**
 * One page: its module scripts become one bundle (`<stem>-<hash>.js`), its stylesheets are copied
 * under hashed names, and its own preloads (of the source modules) give way to those of the
 * bundle, the wasm and the element's stylesheet.
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

  const assets = new Map();
  const entry = { name: `${page} (${scripts.join(', ')})`, resolveDir: WWW, contents: scripts.map((s) => `import ${JSON.stringify(`./${s}`)};\n`).join('') };
  const js = await bundle(entry, wasm.defines, [elementPlugin(assets)], banner);
  const jsName = hashedName(stem, '.js', js);
  const jsIntegrity = integrityOf(js);
  files.set(jsName, js);
  for (const [name, bytes] of assets) files.set(name, bytes);
  const css = [...assets.keys()].filter((n) => n.endsWith('.css'));

  // The wasm first (the largest file, wanted as soon as the bundle runs), then the bundle, then the
  // stylesheet the element links into its shadow root. The wasm's preload has the credentials mode
  // of the engine's fetch (`crossorigin`: same-origin), or it would not be used; it has no
  // integrity attribute (Chromium ignores one on a fetch preload, with a warning): the engine's
  // fetch checks the bytes.
  const head = [
    `<link rel="preload" href="${wasm.name}" as="fetch" type="application/wasm" crossorigin>`,
    `<link rel="modulepreload" href="${jsName}" integrity="${jsIntegrity}">`,
    ...css.map((n) => `<link rel="preload" href="${n}" as="style">`),
    `<script type="module" src="${jsName}" integrity="${jsIntegrity}"></script>`,
  ];
  if (!html.includes('</head>')) throw new Error(`site: ${page} has no </head>`);
  html = html.replace('</head>', `${head.map((l) => `  ${l}\n`).join('')}</head>`);
  files.set(page, Buffer.from(html));
  return { page, script: jsName, integrity: jsIntegrity, css, scripts };
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
