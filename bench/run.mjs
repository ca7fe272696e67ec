#!/usr/bin/env node
// `make bench`: measures the release build in www/pkg (built by the Makefile just before) and
// prints a table; writes the same figures to bench/results.json. See bench/README.md.
//
//   node bench/run.mjs [--out FILE] [--skip native,profile,…]
//
// Parts: size, profile (twiggy), node, peer (the Publicodes ratio), chromium, first-estimate, native. The Makefile passes
// WASM_OPT and WASM_OPT_FLAGS so that the profile build is optimised exactly like the release build.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { chromium } from 'playwright-core';

import { checkAnswer, measure, pool, timerResolution } from './timing.mjs';
import { buildSite } from '../scripts/site.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const PKG = join(ROOT, 'www/pkg');
const WASM = join(PKG, 'joseikin_bg.wasm');
const GLUE = join(PKG, 'joseikin.js');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];
const LOADS = 20;
/** Rounds of timing per scenario, taken in turn over the scenarios; their samples are pooled. */
const ROUNDS = 3;
/** Warm-up before each round's timing: longer in the first round, while V8 still moves the module's
 *  functions to its optimizing tier (the first round's median was up to 20 % higher with 300 ms). */
const warmupMs = (round) => (round === 1 ? 1500 : 300);

/** The budgets (issue 13: one language's texts, the peer ratio). Sizes in KB of 1,000 bytes. The
 *  catalogs of both languages are inside the wasm, so "wasm + glue" is what a page loads for one. */
const TARGETS = {
  gzipBytes: 60_000,
  gzipBytesStretch: 50_000,
  peerRatio: 30,
  workers50OverSeed: 2,
  /** Issue 15: the hints and alternatives of 50 workers, within the 50-worker budget. */
  decisionOverSeed: 2,
  /** Issue 16: a screen of every program on one keystroke. */
  screenOverSeed: 3,
  firstEstimateMs: 150,
};
/** The Publicodes peer and its ratio script, beside the project (../shared/peers). */
const PEERS = join(ROOT, '../shared/peers');

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const OUT = option('--out', join(ROOT, 'bench/results.json'));
const SKIP = new Set(option('--skip', '').split(',').filter(Boolean));

const scenarios = JSON.parse(await readFile(join(ROOT, 'bench/requests.json'), 'utf8'));

function log(message) {
  process.stderr.write(`bench: ${message}\n`);
}

function run(cmd, argv, opts = {}) {
  return execFileSync(cmd, argv, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...opts }).trim();
}

function tryRun(cmd, argv) {
  try {
    return run(cmd, argv);
  } catch {
    return null;
  }
}

// ---- The machine ---------------------------------------------------------------------------------

async function machine(browserVersion) {
  const cpuinfo = await readFile('/proc/cpuinfo', 'utf8').catch(() => '');
  const model = cpuinfo.match(/^model name\s*:\s*(.+)$/m)?.[1]?.trim() ?? os.cpus()[0]?.model ?? 'unknown';
  return {
    cpu: model,
    logicalCores: os.availableParallelism?.() ?? os.cpus().length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    chromium: browserVersion,
    rustc: tryRun('rustc', ['--version']),
    wasmBindgen: tryRun('wasm-bindgen', ['--version']),
    wasmOpt: process.env.WASM_OPT ? tryRun(process.env.WASM_OPT, ['--version']) : null,
    loadAverageAtStart: os.loadavg().map((x) => Math.round(x * 100) / 100),
  };
}

// ---- Size --------------------------------------------------------------------------------------

/** gzip -9 (the gzip program when there is one: Node's zlib, Chromium's fork of it, compresses
 *  wasm a few % worse), and brotli at quality 11 from Node's zlib. */
function compressed(bytes) {
  const gzip = gzipCli(bytes) ?? zlib.gzipSync(bytes, { level: 9 }).length;
  const brotli = typeof zlib.brotliCompressSync === 'function'
    ? zlib.brotliCompressSync(bytes, {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }).length
    : null;
  return { raw: bytes.length, gzip, brotli };
}

function gzipCli(bytes) {
  try {
    return execFileSync('gzip', ['-9', '-n', '-c'], { input: bytes, maxBuffer: 64 << 20 }).length;
  } catch {
    return null;
  }
}

async function size() {
  const wasm = compressed(await readFile(WASM));
  const glue = compressed(await readFile(GLUE));
  const sum = (k) => (wasm[k] === null || glue[k] === null ? null : wasm[k] + glue[k]);
  return { wasm, glue, total: { raw: sum('raw'), gzip: sum('gzip'), brotli: sum('brotli') } };
}

// ---- Where the bytes go (twiggy) ---------------------------------------------------------------

/** Builds the same module with its names kept (wasm-bindgen, then wasm-opt -g with the release
 *  flags) and asks twiggy where the bytes go. */
async function profile() {
  const target = join(ROOT, 'target/wasm32-unknown-unknown/release/joseikin.wasm');
  const wasmOpt = process.env.WASM_OPT ? join(ROOT, process.env.WASM_OPT) : null;
  if (!existsSync(target) || !wasmOpt) return { skipped: 'no release target wasm or no WASM_OPT (run through make bench)' };
  const dir = await mkdtemp(join(os.tmpdir(), 'joseikin-profile-'));
  try {
    run('wasm-bindgen', ['--target', 'web', '--out-dir', dir, target]);
    const named = join(dir, 'named.wasm');
    const flags = (process.env.WASM_OPT_FLAGS ?? '-Oz').split(/\s+/).filter(Boolean);
    run(wasmOpt, [...flags, '-g', '-o', named, join(dir, 'joseikin_bg.wasm')]);
    const items = JSON.parse(run('twiggy', ['top', '--format', 'json', '-n', '100000', named], { maxBuffer: 64 << 20 }));
    const byGroup = new Map();
    let namesBytes = 0;
    for (const it of items) {
      const group = groupOf(it.name);
      if (group === null) {
        namesBytes += it.shallow_size;
        continue;
      }
      byGroup.set(group, (byGroup.get(group) ?? 0) + it.shallow_size);
    }
    const groups = [...byGroup].sort((a, b) => b[1] - a[1]).map(([group, bytes]) => ({ group, bytes }));
    const top = items.filter((it) => groupOf(it.name) !== null).slice(0, 20)
      .map((it) => ({ item: shortName(it.name), bytes: it.shallow_size }));
    return { note: 'shallow bytes of the same build with names kept; the name section itself is left out', namesBytes, groups, top };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The group of a twiggy item: data, the crate of a function, or null for the name section. */
function groupOf(name) {
  if (/subsection|custom section/.test(name)) return null;
  if (name.startsWith('data segment') || name.startsWith('data[')) return 'data (strings, tables)';
  if (/core::fmt::float|flt2dec|bignum|f64 as core.*fmt|dragon|grisu/.test(name)) return 'core: float formatting';
  if (/core.*::fmt|Formatter|Display|Debug|alloc::fmt/.test(name)) return 'core/alloc: formatting';
  if (/unicode|to_lowercase|to_uppercase|escape_debug/.test(name)) return 'core: unicode';
  // `<T as alloc::string::ToString>::to_string` belongs to the crate of its trait.
  const generic = name.match(/^<[A-Z]\w* as ([a-z_][a-z0-9_]*)/)?.[1];
  const krate = generic ?? name.replace(/^<+/, '').match(/^([A-Za-z_][A-Za-z0-9_]*)/)?.[1] ?? 'other';
  if (['simulate', 'screen', 'whatIf', 'programs', 'version'].includes(krate) || krate.startsWith('__wbg') || krate.startsWith('__wbindgen')) return 'wasm-bindgen exports and glue';
  if (['dlmalloc', '__rust_alloc', '__rust_realloc', '__rust_dealloc', '__rustc'].includes(krate)) return 'allocator';
  if (['import', 'export', 'type', 'elem', 'table', 'code', 'global', 'memory'].includes(krate)) return 'wasm sections (imports, exports, types, table)';
  return krate;
}

function shortName(name) {
  return name.replace(/\[[0-9a-f]{16}\]/g, '').replace(/::h[0-9a-f]{16}$/, '');
}

// ---- Latency -----------------------------------------------------------------------------------

async function nodeLatency() {
  const m = await import(new URL('../www/pkg/joseikin.js', import.meta.url).href);
  await m.default({ module_or_path: await readFile(WASM) });
  const resolutionUs = timerResolution();
  const out = { timerResolutionUs: resolutionUs, scenarios: {} };
  const rounds = Object.fromEntries(scenarios.map((s) => [s.id, []]));
  for (const s of scenarios) {
    const problem = checkAnswer(m[s.call ?? 'simulate'](s.request), s.expect);
    if (problem) throw new Error(`node, ${s.id}: ${problem}`);
  }
  for (let round = 1; round <= ROUNDS; round += 1) {
    log(`node: round ${round} of ${ROUNDS}`);
    for (const s of scenarios) rounds[s.id].push(measure(m[s.call ?? 'simulate'], s.request, { resolutionUs, keepSamples: true, warmupMs: warmupMs(round) }));
  }
  for (const s of scenarios) out.scenarios[s.id] = pool(rounds[s.id]);
  return out;
}

// localhost is a secure context, which cross-origin isolation needs; page.route answers every
// request, so nothing listens on it.
const BENCH_ORIGIN = 'http://localhost';
const TYPES = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': 'application/wasm', '.html': 'text/html', '.json': 'application/json' };

/** A page on an origin of its own, served from the repository by page.route (no server), made
 *  cross-origin isolated so that performance.now() steps by 5 µs rather than 100 µs. */
async function benchPage(browser) {
  const page = await browser.newPage();
  const headers = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };
  await page.route(`${BENCH_ORIGIN}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/') {
      return route.fulfill({ headers, contentType: 'text/html', body: '<!doctype html><html lang="en"><title>bench</title></html>' });
    }
    const file = path.startsWith('/pkg/') ? join(PKG, path.slice(5)) : path.startsWith('/bench/') ? join(ROOT, path) : null;
    if (!file) return route.fulfill({ status: 404, body: '' });
    try {
      return route.fulfill({ headers, contentType: TYPES[extname(path)] ?? 'application/octet-stream', body: await readFile(file) });
    } catch {
      return route.fulfill({ status: 404, body: '' });
    }
  });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${BENCH_ORIGIN}/`);
  return { page, errors };
}

async function chromiumLatency(browser) {
  const { page, errors } = await benchPage(browser);
  const out = await page.evaluate(async () => {
    const m = await import('/pkg/joseikin.js');
    await m.default();
    window.joseikin = m;
    const t = await import('/bench/timing.mjs');
    return { crossOriginIsolated: self.crossOriginIsolated, timerResolutionUs: t.timerResolution(), scenarios: {} };
  });
  const rounds = Object.fromEntries(scenarios.map((s) => [s.id, []]));
  for (let round = 1; round <= ROUNDS; round += 1) {
    log(`chromium: round ${round} of ${ROUNDS}`);
    for (const s of scenarios) {
      const r = await page.evaluate(async ({ call, request, expect, resolutionUs, warmup }) => {
        const t = await import('/bench/timing.mjs');
        const problem = t.checkAnswer(window.joseikin[call](request), expect);
        if (problem) return { problem };
        const { sink, ...m } = t.measure(window.joseikin[call], request, { resolutionUs, keepSamples: true, warmupMs: warmup });
        return m;
      }, { call: s.call ?? 'simulate', request: s.request, expect: s.expect, resolutionUs: out.timerResolutionUs, warmup: warmupMs(round) });
      if (r.problem) throw new Error(`chromium, ${s.id}: ${r.problem}`);
      rounds[s.id].push(r);
    }
  }
  for (const s of scenarios) out.scenarios[s.id] = pool(rounds[s.id]);
  if (errors.length) throw new Error(`chromium: errors in the page: ${errors.join('; ')}`);
  await page.close();
  return out;
}

// ---- Time to first estimate --------------------------------------------------------------------

/** Runs before any script of the page: notes when the seed's amount first appears in the DOM,
 *  looking into every shadow root as it is attached (the real page renders into one), and when
 *  the first `joseikin-result` event with that amount is seen. Times are ms from navigation start. */
const WATCH = `(() => {
  const amount = /450万|4,500,000/;
  const found = {};
  window.__joseikinFirstAmount = null;
  const seen = (root) => {
    const text = (root.nodeType === Node.DOCUMENT_NODE ? root.documentElement && root.documentElement.textContent : root.textContent) || '';
    if (window.__joseikinFirstAmount || !amount.test(text)) return;
    const domMs = performance.now();
    window.__joseikinFirstAmount = found;
    found.domMs = domMs;
    requestAnimationFrame(() => { found.nextFrameMs = performance.now(); });
  };
  const observe = (root) => new MutationObserver(() => seen(root))
    .observe(root, { childList: true, subtree: true, characterData: true });
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    observe(root);
    return root;
  };
  observe(document);
  addEventListener('joseikin-result', (e) => {
    if (found.eventMs === undefined && e.detail && e.detail.result && e.detail.result.amountYen === 4500000) found.eventMs = performance.now();
  });
})();`;

/** The fragment that opens the real page on the seed's example (its `sync-url` state). */
function seedFragment() {
  const seed = scenarios.find((s) => s.id === 'seed').request;
  const p = new URLSearchParams({ program: seed.program, asOf: seed.asOf });
  for (const [k, v] of Object.entries(seed.input)) p.set(k, String(v));
  return `#${p}`;
}

/** Starts `serve.mjs` on a free port; resolves to { url, stop }. */
function startServer(script, folder) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, '0', ...(folder ? [folder] : [])], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, HOST: '127.0.0.1' } });
    let buffered = '';
    const onData = (chunk) => {
      buffered += chunk;
      const port = buffered.match(/http:\/\/[^:/]+:(\d+)\//)?.[1];
      if (port) {
        child.stdout.off('data', onData);
        child.stdout.resume(); // the server logs every request; drop it
        resolve({ url: `http://127.0.0.1:${port}/`, stop: () => child.kill('SIGTERM') });
      }
    };
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', onData);
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`${script} exited (${code}) before listening`)));
  });
}

/** Cold loads of a page: 'site', `make serve`'s (the built site, target/site/: the real page);
 *  'source', www/index.html as it is, its ~30 modules loaded one by one; 'standin', the least any
 *  page built on the module can take (always measured too). */
async function firstEstimate(browser, which) {
  let script = join(ROOT, 'scripts/serve.mjs');
  let staged = null;
  let folder = null;
  const realPage = which !== 'standin';
  if (which === 'site') {
    // Built again here, from the www/pkg just measured, into a folder of its own.
    staged = await mkdtemp(join(os.tmpdir(), 'joseikin-site-'));
    folder = (await buildSite({ out: join(staged, 'site') })).dir;
  }
  if (!realPage) {
    // The same server, on a copy of www/ whose index.html is the stand-in page.
    staged = await mkdtemp(join(os.tmpdir(), 'joseikin-standin-'));
    await mkdir(join(staged, 'scripts'));
    await copyFile(script, join(staged, 'scripts/serve.mjs'));
    await cp(PKG, join(staged, 'www/pkg'), { recursive: true });
    await copyFile(join(ROOT, 'bench/standin.html'), join(staged, 'www/index.html'));
    script = join(staged, 'scripts/serve.mjs');
  }
  const server = await startServer(script, folder);
  const url = server.url + (realPage ? seedFragment() : '');
  const loads = [];
  try {
    // One load first, not counted: starts the server's and the OS's file caches.
    for (let i = 0; i <= LOADS; i += 1) {
      const context = await browser.newContext();
      await context.addInitScript(WATCH);
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(url, { waitUntil: 'commit' });
      await page.waitForFunction(() => window.__joseikinFirstAmount && window.__joseikinFirstAmount.nextFrameMs, null, { timeout: 15000 });
      const r = await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0];
        const end = (suffix) => performance.getEntriesByType('resource').find((e) => e.name.endsWith(suffix))?.responseEnd;
        return {
          ...window.__joseikinFirstAmount,
          responseEndMs: nav?.responseEnd,
          domContentLoadedMs: nav?.domContentLoadedEventEnd,
          // On the built site: its chunk of the page's scripts (index-app-…), or its one bundle before
          // the site was split (index-…).
          glueReceivedMs: end('/pkg/joseikin.js') ?? performance.getEntriesByType('resource').find((e) => /\/index-(?:app-)?[0-9a-f]{16}\.js$/.test(e.name))?.responseEnd,
          wasmReceivedMs: end('/pkg/joseikin_bg.wasm') ?? performance.getEntriesByType('resource').find((e) => /\/joseikin-[0-9a-f]{16}\.wasm$/.test(e.name))?.responseEnd,
        };
      });
      await context.close();
      if (errors.length) throw new Error(`first estimate: errors in the page: ${errors.join('; ')}`);
      if (i > 0) loads.push(r);
    }
  } finally {
    server.stop();
    if (staged) await rm(staged, { recursive: true, force: true });
  }
  const stat = (key) => {
    const xs = loads.map((l) => l[key]).filter((x) => typeof x === 'number').sort((a, b) => a - b);
    if (!xs.length) return null;
    return { median: median(xs), min: xs[0], max: xs[xs.length - 1] };
  };
  return {
    page: {
      site: 'the built site\'s index.html (scripts/site.mjs: the real page as `make serve` serves it, its scripts in an entry and its chunks, opened on the seed example by its URL fragment)',
      source: 'www/index.html as it is (the sources: about 30 modules; opened on the seed example by its URL fragment)',
      standin: 'bench/standin.html (stand-in: a minimal page that loads the module and shows the amount)',
    }[which],
    server: 'scripts/serve.mjs on 127.0.0.1',
    url: realPage ? `/${seedFragment()}` : '/',
    loads: loads.length,
    amountInDomMs: stat('domMs'),
    nextFrameMs: stat('nextFrameMs'),
    resultEventMs: stat('eventMs'),
    responseEndMs: stat('responseEndMs'),
    domContentLoadedMs: stat('domContentLoadedMs'),
    glueReceivedMs: stat('glueReceivedMs'),
    wasmReceivedMs: stat('wasmReceivedMs'),
  };
}

function median(sorted) {
  const n = sorted.length;
  return n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
}

// ---- The peer: the same rules in Publicodes, side by side in one Node process ----------------

/** Copies ../shared/peers to target/peers (the shared folder may be read-only), installs publicodes
 *  there once, and runs its ratio script on www/pkg; returns its medians and the ratio. */
function peer() {
  if (!existsSync(join(PEERS, 'ratio.mjs'))) return { skipped: `${PEERS} not found` };
  const dir = join(ROOT, 'target/peers');
  run('mkdir', ['-p', dir]);
  for (const f of ['package.json', 'package-lock.json', 'publicodes-gyomu.mjs', 'ratio.mjs']) {
    if (existsSync(join(PEERS, f))) run('cp', [join(PEERS, f), join(dir, f)]);
  }
  if (!existsSync(join(dir, 'node_modules/publicodes'))) {
    log('peer: npm install publicodes (once)');
    run('npm', ['install', '--no-audit', '--no-fund'], { cwd: dir });
  }
  const line = run('node', [join(dir, 'ratio.mjs'), PKG]);
  const m = line.match(/publicodes ([\d.]+) µs, joseikin ([\d.]+) µs: ([\d.]+)× faster/);
  if (!m) return { skipped: `unexpected output: ${line}` };
  return { script: '../shared/peers/ratio.mjs', publicodesMedianUs: Number(m[1]), joseikinMedianUs: Number(m[2]), ratio: Number(m[3]), line };
}

// ---- Native throughput -------------------------------------------------------------------------

function native() {
  return new Promise((resolve, reject) => {
    const child = spawn('cargo', ['bench', '--bench', 'native', '--', '--json'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (c) => { out += c; });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`cargo bench exited with ${code}`));
      const lines = out.trim().split('\n');
      try {
        resolve({ harness: 'bench/native.rs (std::time, median of 7 runs of 200 ms)', scenarios: JSON.parse(lines[lines.length - 1]) });
      } catch (e) {
        reject(new Error(`cargo bench: no JSON on the last line: ${e.message}`));
      }
    });
  });
}

// ---- The table ---------------------------------------------------------------------------------

const n0 = (x) => (x === null || x === undefined ? '—' : Math.round(x).toLocaleString('en-US'));
const n1 = (x) => (x === null || x === undefined ? '—' : x.toFixed(1));
const kb = (bytes) => (bytes === null || bytes === undefined ? '—' : `${(bytes / 1000).toFixed(1)} KB`);
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);

function verdicts(r) {
  const rows = [];
  const add = (figure, target, value, shown, pass) => rows.push({ figure, target, value, shown, pass });
  if (r.size) {
    const gz = r.size.total.gzip;
    add('wasm + glue (texts of both languages), gzip', `≤ ${kb(TARGETS.gzipBytes)}`, gz, kb(gz), gz <= TARGETS.gzipBytes);
    add('the same (stretch)', `≤ ${kb(TARGETS.gzipBytesStretch)}`, gz, kb(gz), gz <= TARGETS.gzipBytesStretch);
  }
  if (r.peer?.ratio !== undefined) {
    add('seed example vs the Publicodes peer, Node', `≥ ${TARGETS.peerRatio}×`, r.peer.ratio, `${n1(r.peer.ratio)}×`, r.peer.ratio >= TARGETS.peerRatio);
  }
  for (const env of ['node', 'chromium']) {
    const sc = r.latency?.[env]?.scenarios;
    if (sc?.seed && sc?.workers50) {
      const ratio = sc.workers50.medianUs / sc.seed.medianUs;
      add(`50 workers / seed example, ${env}`, `≤ ${TARGETS.workers50OverSeed}×`, ratio, `${n1(ratio)}×`, ratio <= TARGETS.workers50OverSeed);
    }
    if (sc?.seed && sc?.workers50Decision) {
      const ratio = sc.workers50Decision.medianUs / sc.seed.medianUs;
      add(`50 workers with hints and alternatives / seed, ${env}`, `≤ ${TARGETS.decisionOverSeed}×`, ratio, `${n1(ratio)}×`, ratio <= TARGETS.decisionOverSeed);
    }
    if (sc?.seed && sc?.screen) {
      const ratio = sc.screen.medianUs / sc.seed.medianUs;
      add(`screen() of every program / seed, ${env}`, `≤ ${TARGETS.screenOverSeed}×`, ratio, `${n1(ratio)}×`, ratio <= TARGETS.screenOverSeed);
    }
  }
  const fe = r.firstEstimate?.amountInDomMs?.median;
  if (fe !== undefined) add('time to first estimate, real page (median)', `≤ ${TARGETS.firstEstimateMs} ms`, fe, `${n1(fe)} ms`, fe <= TARGETS.firstEstimateMs);
  return rows;
}

function table(r) {
  const L = [];
  const m = r.machine;
  L.push(`joseikin benchmark, ${r.date}`);
  L.push(`machine: ${m.cpu}, ${m.logicalCores} cores, ${m.memoryGiB} GiB; node ${m.node}; ${m.chromium ?? 'no Chromium'}; ${m.rustc}; load average ${m.loadAverageAtStart.join(' ')}`);
  if (r.size) {
    L.push('', 'Size of www/pkg, bytes (gzip -9; brotli quality 11)');
    L.push(`  ${pad('', 18)}${lpad('raw', 10)}${lpad('gzip', 10)}${lpad('brotli', 10)}`);
    for (const [name, s] of [['joseikin_bg.wasm', r.size.wasm], ['joseikin.js', r.size.glue], ['total', r.size.total]]) {
      L.push(`  ${pad(name, 18)}${lpad(n0(s.raw), 10)}${lpad(n0(s.gzip), 10)}${lpad(n0(s.brotli), 10)}`);
    }
  }
  if (r.profile?.groups) {
    L.push('', 'Where the bytes go (twiggy, shallow bytes by crate or kind; top 12)');
    for (const g of r.profile.groups.slice(0, 12)) L.push(`  ${pad(g.group, 48)}${lpad(n0(g.bytes), 10)}`);
  }
  if (r.latency) {
    L.push('', 'simulate() through the JS contract, µs per call (median / p95 / p99)');
    const envs = Object.entries(r.latency).filter(([, v]) => v);
    L.push(`  ${pad('', 52)}${envs.map(([env]) => lpad(env, 28)).join('')}`);
    for (const s of scenarios) {
      const cells = envs.map(([, v]) => {
        const x = v.scenarios[s.id];
        return lpad(`${n1(x.medianUs)} / ${n1(x.p95Us)} / ${n1(x.p99Us)}`, 28);
      });
      L.push(`  ${pad(s.label, 52)}${cells.join('')}`);
    }
    for (const [env, v] of envs) {
      const b = v.scenarios.seed;
      L.push(`  ${env}: timer step ${n1(v.timerResolutionUs)} µs${v.crossOriginIsolated !== undefined ? ` (crossOriginIsolated: ${v.crossOriginIsolated})` : ''}; `
        + (b.batch > 1 ? `timed in batches (seed: ${b.batch} calls a batch, ${n0(b.samples)} batches); percentiles are of batch means` : `each call timed (seed: ${n0(b.calls)} calls)`)
        + `; ${b.rounds} rounds pooled (seed's round medians: ${b.roundMediansUs.map(n1).join(', ')} µs)`);
    }
  }
  for (const f of [r.firstEstimate, r.firstEstimateSource, r.firstEstimateStandIn].filter(Boolean)) {
    L.push('', `Time to first estimate, ${f.loads} cold loads (new context each): ${f.page}`);
    L.push(`  amount in the DOM: median ${n1(f.amountInDomMs?.median)} ms (min ${n1(f.amountInDomMs?.min)}, max ${n1(f.amountInDomMs?.max)}); next frame: median ${n1(f.nextFrameMs?.median)} ms`);
    L.push(`  received (medians): HTML ${n1(f.responseEndMs?.median)} ms, ${f === r.firstEstimate ? 'the page\'s chunk' : 'joseikin.js'} ${n1(f.glueReceivedMs?.median)} ms, joseikin_bg.wasm ${n1(f.wasmReceivedMs?.median)} ms; DOMContentLoaded ${n1(f.domContentLoadedMs?.median)} ms`);
  }
  if (r.peer?.ratio !== undefined) {
    L.push('', 'Side by side with the Publicodes peer (../shared/peers/ratio.mjs, one Node process, medians)');
    L.push(`  ${r.peer.line}`);
  }
  if (r.native) {
    L.push('', 'Native throughput of the core, one core (requests per second)');
    L.push(`  ${pad('', 52)}${lpad('simulate()', 14)}${lpad('+ JSON string', 16)}`);
    for (const s of scenarios) {
      const x = r.native.scenarios[s.id];
      if (x) L.push(`  ${pad(s.label, 52)}${lpad(n0(x.simulatePerSecond), 14)}${lpad(n0(x.simulateAndJsonPerSecond), 16)}`);
    }
  }
  L.push('', 'Targets (budgets, not tests)');
  for (const v of r.targets) L.push(`  ${pad(v.figure, 56)}${pad(v.target, 18)}${pad(v.shown, 16)}${v.pass ? 'pass' : 'MISS'}`);
  return L.join('\n');
}

// ---- Main --------------------------------------------------------------------------------------

const started = Date.now();
const results = { date: new Date().toISOString() };
const needBrowser = !SKIP.has('chromium') || !SKIP.has('first-estimate');
const browser = needBrowser ? await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS }) : null;
try {
  results.machine = await machine(browser ? `Chromium ${browser.version()}` : null);
  if (!SKIP.has('size')) results.size = await size();
  if (!SKIP.has('profile')) {
    log('profile: twiggy');
    results.profile = await profile();
  }
  results.latency = {};
  if (!SKIP.has('node')) results.latency.node = await nodeLatency();
  if (!SKIP.has('peer')) {
    log('peer: Publicodes side by side');
    results.peer = peer();
  }
  if (!SKIP.has('chromium')) results.latency.chromium = await chromiumLatency(browser);
  if (!SKIP.has('first-estimate')) {
    log('first estimate: cold loads of the built site (the real page)');
    results.firstEstimate = await firstEstimate(browser, 'site');
    log('first estimate: cold loads of www/index.html (the sources)');
    results.firstEstimateSource = await firstEstimate(browser, 'source');
    log('first estimate: cold loads of the stand-in');
    results.firstEstimateStandIn = await firstEstimate(browser, 'standin');
  }
} finally {
  await browser?.close();
}
if (!SKIP.has('native')) {
  log('native: cargo bench');
  results.native = await native();
}
results.machine.loadAverageAtEnd = os.loadavg().map((x) => Math.round(x * 100) / 100);
results.targets = verdicts(results);
results.seconds = Math.round((Date.now() - started) / 1000);
const text = table(results);
console.log(text);
await writeFile(OUT, `${JSON.stringify(results, null, 2)}\n`);
log(`wrote ${OUT.startsWith(ROOT) ? OUT.slice(ROOT.length) : OUT} in ${results.seconds} s`);
