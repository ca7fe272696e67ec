// The package of `make dist` (scripts/dist.mjs), as a portal uses it: the folder served from a
// SECOND origin (another port of 127.0.0.1) under a nested path, and the snippet of its embed.html
// pasted into a portal page whose strict CSP names that origin for scripts, styles and fetches.
// The element computes the leaflet's example; a bundle or a WebAssembly module with one byte
// changed is refused and nothing runs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDist } from '../../scripts/dist.mjs';
import { startServer, WWW } from './server.mjs';
import { setup, openPage, sim, watchCsp } from './helpers.mjs';

/** Where the package sits on the asset origin, as a portal would version it. */
const BASE = '/assets/joseikin/';

let env;
let tmp;
let pkg;
let portal;
let assets;
before(async () => {
  env = await setup();
  tmp = await mkdtemp(join(tmpdir(), 'joseikin-dist-'));
  pkg = await buildDist({ outRoot: join(tmp, 'build'), pack: false });

  // Three copies of the package: as built, with one byte of the bundle changed, and with one byte
  // of the WebAssembly module changed.
  const root = join(tmp, 'assets');
  const variants = ['good', 'bad-bundle', 'bad-wasm'];
  for (const v of variants) await cp(pkg.dir, join(root, BASE, v), { recursive: true });
  await flipByte(join(root, BASE, 'bad-bundle', pkg.element), `joseikin ${pkg.version}`);
  await flipByte(join(root, BASE, 'bad-wasm', pkg.wasm), 'gyomu-kaizen');
  assets = await startServer({ root, headers: { 'Access-Control-Allow-Origin': '*' } });

  // The portal: one page per copy, each with the snippet exactly as embed.html gives it.
  const embed = await readFile(join(pkg.dir, 'embed.html'), 'utf8');
  const snippet = /<script type="module"[^>]*><\/script>\s*<joseikin-simulator[^>]*><\/joseikin-simulator>/.exec(embed)?.[0];
  assert.ok(snippet, 'embed.html has no snippet');
  const origin = assets.url.replace(/\/$/, '');
  const csp = `default-src 'self'; script-src 'self' ${origin} 'wasm-unsafe-eval'; style-src 'self' ${origin}; connect-src 'self' ${origin}`;
  const portalRoot = join(tmp, 'portal');
  await mkdir(portalRoot);
  for (const v of variants) {
    const tag = snippet.replace(/src="([^"]+)"/, (_, file) => `src="${origin}${BASE}${v}/${file}"`);
    await writeFile(join(portalRoot, `${v}.html`), `<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<title>ポータル</title>
<link rel="icon" href="favicon.svg" type="image/svg+xml">
</head>
<body>
<h1>助成金の試算</h1>
${tag}
</body>
</html>
`);
  }
  await cp(join(WWW, 'favicon.svg'), join(portalRoot, 'favicon.svg'));
  portal = await startServer({ root: portalRoot });
});
after(async () => {
  await portal?.close();
  await assets?.close();
  await env?.close();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

/** Changes one byte of `file`: the first byte of the first occurrence of `marker` (ASCII). */
async function flipByte(file, marker) {
  const bytes = await readFile(file);
  const at = bytes.indexOf(Buffer.from(marker));
  assert.ok(at >= 0, `${marker} not found in ${file}`);
  bytes[at] ^= 0x20; // a letter's case: the file stays well-formed
  await writeFile(file, bytes);
  return bytes;
}

/** Opens a portal page, recording CSP violations from the first script on. */
async function openPortal(variant) {
  const { page, context, log } = await openPage(env, null);
  await watchCsp(context);
  const before = assets.requests.length;
  await page.goto(`${portal.url}${variant}.html`);
  return { page, context, log, assetRequests: () => assets.requests.slice(before) };
}

test('from a second origin, under a strict CSP, the package computes the leaflet example: 4,500,000円', async () => {
  const { page, context, log, assetRequests } = await openPortal('good');
  const s = sim(page);
  await s.part('button', { hasText: '案内の計算例' }).click();
  await s.waitForAmount('4,500,000円');
  const result = await page.evaluate(() => document.querySelector('joseikin-simulator').result);
  assert.equal(result.amountYen, 4500000);
  assert.match(await page.locator('joseikin-simulator').evaluate((el) => el.shadowRoot.textContent), /450万円/);

  // The bundle found its stylesheet and its module beside itself, on its own origin: nothing else
  // was asked for, of either origin.
  const dir = `${BASE}good/`;
  assert.deepEqual(
    [...new Set(assetRequests())].sort(),
    [`${dir}${pkg.css}`, `${dir}${pkg.element}`, `${dir}${pkg.wasm}`].sort(),
  );
  assert.deepEqual(portal.requests.filter((p) => p !== '/favicon.svg'), ['/good.html']);
  assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
  assert.deepEqual(log.console.filter((m) => m.type === 'error'), []);
  assert.deepEqual(log.errors, []);
  // The element registers no service worker on the portal's origin.
  assert.equal(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), 0);
  await context.close();
});

test('a bundle with one byte changed fails its integrity check and the element never runs', async () => {
  const { page, context, log, assetRequests } = await openPortal('bad-bundle');
  await page.waitForFunction(() => document.readyState === 'complete');
  await page.waitForTimeout(500);
  assert.equal(await page.evaluate(() => customElements.get('joseikin-simulator')), undefined);
  assert.equal(await page.evaluate(() => document.querySelector('joseikin-simulator').shadowRoot), null);
  assert.ok(log.console.some((m) => m.type === 'error' && /integrity/i.test(m.text)), JSON.stringify(log.console));
  // The refused bundle fetched nothing.
  assert.deepEqual([...new Set(assetRequests())], [`${BASE}bad-bundle/${pkg.element}`]);
  await context.close();
});

test('a WebAssembly module with one byte changed is refused: no estimate, the element says it failed', async () => {
  // The changed module is still a valid one: only its hash can tell.
  const bytes = await readFile(join(tmp, 'assets', BASE, 'bad-wasm', pkg.wasm));
  assert.ok(WebAssembly.validate(bytes));

  const { page, context, log, assetRequests } = await openPortal('bad-wasm');
  await page.waitForFunction(() => customElements.get('joseikin-simulator') !== undefined);
  const failed = (m) => m.type === 'error' && /could not load the calculator/.test(m.text);
  for (let i = 0; i < 50 && !log.console.some(failed); i += 1) await page.waitForTimeout(100);
  assert.ok(log.console.some(failed), JSON.stringify(log.console));
  assert.ok(log.console.some((m) => /integrity|digest/i.test(m.text)), JSON.stringify(log.console));
  assert.ok(assetRequests().includes(`${BASE}bad-wasm/${pkg.wasm}`));

  const s = sim(page);
  await s.part('button', { hasText: '案内の計算例' }).click();
  await page.waitForTimeout(300);
  assert.equal(await s.part('.amount .yen').count(), 0);
  assert.equal(await page.evaluate(() => document.querySelector('joseikin-simulator').result), null);
  await context.close();
});

test('embed.html runs as shipped, on the package origin under the strict CSP', async () => {
  const { page, context, log } = await openPage(env, null);
  const before = assets.requests.length;
  await page.goto(`${assets.url}${BASE.slice(1)}good/embed.html`);
  const s = sim(page);
  await s.part('button', { hasText: '案内の計算例' }).click();
  await s.waitForAmount('4,500,000円');
  // The browser's own look for /favicon.ico is the one request outside the package (a 404).
  const dir = `${BASE}good/`;
  const outside = assets.requests.slice(before).filter((p) => !p.startsWith(dir));
  assert.ok(outside.every((p) => p === '/favicon.ico'), outside.join(', '));
  const errors = log.console.filter((m) => m.type === 'error');
  assert.ok(errors.length <= outside.length && errors.every((m) => /status of 404/.test(m.text)), JSON.stringify(errors));
  await context.close();
});
