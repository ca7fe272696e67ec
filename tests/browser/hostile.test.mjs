// At least 150 hostile requests, kept as data in hostile-requests.json, sent through the JS contract
// of the RELEASE build in headless Chromium (to simulate(), or to screen() where an entry says
// `"call": "screen"`). After each one: no trap and no uncaught exception (only
// the documented throw for a call that is not an object), every error with a field, a code and
// messages, and a valid request right after it still gives the exact amount.
//
// Values JSON cannot hold are written as markers ({"$": "NaN"}, {"$": "deep", "n": 10000}, …) and
// built in the page by decode() below.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { chromium } from 'playwright-core';

const ROOT = new URL('../../www/', import.meta.url);
const ORIGIN = 'http://joseikin.test';
const TYPES = { '.js': 'text/javascript', '.wasm': 'application/wasm', '.html': 'text/html' };
const corpus = JSON.parse(await readFile(new URL('./hostile-requests.json', import.meta.url), 'utf8'));

let browser;
let page;
const pageErrors = [];

before(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  page = await browser.newPage();
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  // The page's files come straight from www/, on an origin of its own: no server, no port.
  await page.route(`${ORIGIN}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/blank.html') {
      return route.fulfill({ contentType: 'text/html', body: '<!doctype html><html lang="en"><title>hostile</title></html>' });
    }
    try {
      const body = await readFile(new URL(`.${path}`, ROOT));
      return route.fulfill({ contentType: TYPES[extname(path)] || 'application/octet-stream', body });
    } catch {
      return route.fulfill({ status: 404, body: '' });
    }
  });
  await page.goto(`${ORIGIN}/blank.html`);
  await page.evaluate(async () => {
    const m = await import('/pkg/joseikin.js');
    await m.default();
    window.joseikin = m;
  });
});

after(async () => {
  await browser?.close();
});

/** Runs every hostile request in the page, each followed by the seed's valid example. */
async function runCorpus() {
  return page.evaluate((entries) => {
    const define = (o, k, value) => Object.defineProperty(o, k, { value, enumerable: true, writable: true, configurable: true });
    const decode = (v) => {
      if (Array.isArray(v)) return v.map(decode);
      if (v === null || typeof v !== 'object') return v;
      switch (v.$) {
        case 'NaN': return NaN;
        case 'Infinity': return Infinity;
        case '-Infinity': return -Infinity;
        case '-0': return -0;
        case 'undefined': return undefined;
        case 'function': return () => 1;
        case 'symbol': return Symbol('hostile');
        case 'bigint': return BigInt(v.v);
        case 'date': return new Date(0);
        case 'map': return new Map([['a', 1]]);
        case 'string-object': return new String('5');
        case 'long-string': return v.ch.repeat(v.n);
        case 'json': return JSON.parse(v.text);
        case 'null-proto': return Object.assign(Object.create(null), decode(v.v));
        case 'frozen': return Object.freeze(decode(v.v));
        case 'proxy': return new Proxy(decode(v.v), {});
        case 'throwing-proxy': {
          const boom = () => { throw new Error('hostile trap'); };
          return new Proxy(decode(v.v), { ownKeys: boom, get: boom, has: boom, getOwnPropertyDescriptor: boom });
        }
        case 'throwing-proxy-array': {
          const boom = () => { throw new Error('hostile trap'); };
          return new Proxy([1, 2, 3], { get: boom, has: boom });
        }
        case 'revoked-proxy': { const { proxy, revoke } = Proxy.revocable({}, {}); revoke(); return proxy; }
        case 'getter-throws': {
          const o = decode(v.v);
          Object.defineProperty(o, v.key, { get() { throw new Error('hostile getter'); }, enumerable: true });
          return o;
        }
        case 'deep': { let o = {}; for (let i = 0; i < v.n; i += 1) o = { a: o }; return o; }
        case 'array': { const item = decode(v.item); return Array.from({ length: v.n }, () => item); }
        case 'sparse': { const a = new Array(v.n); a[0] = decode(v.item); a[v.n - 1] = decode(v.item); return a; }
        case 'wide': { const o = {}; for (let i = 0; i < v.n; i += 1) o[`k${i}`] = i; return o; }
        default: {
          const o = {};
          for (const [k, x] of Object.entries(v)) define(o, k, decode(x));
          return o;
        }
      }
    };
    const seed = {
      program: 'gyomu-kaizen', asOf: '2023-06-01',
      input: { prefecture: 'kagoshima', industry: 'retail', capitalYen: 10000000, companyEmployees: 20, siteEmployees: 20,
        lowestWage: 863, raiseYen: 90, raisedWorkers: 8, investmentYen: 6000000 },
    };
    return entries.map((entry) => {
      const r = { name: entry.name };
      try {
        r.answer = JSON.parse(JSON.stringify(window.joseikin[entry.call ?? 'simulate'](decode(entry.request))));
      } catch (e) {
        r.threw = { name: e?.constructor?.name, message: String(e?.message ?? e), trap: e instanceof WebAssembly.RuntimeError };
      }
      try {
        r.after = window.joseikin.simulate(seed).amountYen;
      } catch (e) {
        r.after = `threw ${e}`;
      }
      return r;
    });
  }, corpus);
}

function problems(entry, r) {
  const out = [];
  if (r.after !== 4500000) out.push(`the valid request after it gave ${r.after}, not 4,500,000`);
  if (r.threw?.trap) out.push(`trapped: ${r.threw.message}`);
  if (entry.expect === 'throws') {
    if (!r.threw) out.push('did not throw');
    return out;
  }
  if (r.threw) {
    out.push(`threw ${r.threw.name}: ${r.threw.message}`);
    return out;
  }
  const a = r.answer;
  if (typeof a?.ok !== 'boolean') return [...out, `no ok in ${JSON.stringify(a)?.slice(0, 200)}`];
  if (entry.expect === 'answered' && a.ok !== true) out.push(`expected an answer, got ${JSON.stringify(a.errors).slice(0, 300)}`);
  if (entry.expect === 'rejected' && a.ok !== false) out.push('expected errors, got an answer');
  // Only required fields missing: a partial answer (ok, not complete) that still names them.
  if (entry.expect === 'partial') {
    if (a.ok !== true || a.complete !== false) out.push(`expected a partial answer, got ok: ${a.ok}, complete: ${a.complete}`);
    if (!(a.errors ?? []).every((e) => e.code === 'required')) out.push('a partial answer with an error other than required');
    if (entry.field !== undefined && !(a.missing ?? []).includes(entry.field)) out.push(`${entry.field} not among the missing fields`);
  }
  if (a.ok === false || entry.expect === 'partial') {
    if (!Array.isArray(a.errors) || a.errors.length === 0) out.push('ok: false without errors');
    for (const e of a.errors ?? []) {
      if (typeof e.field !== 'string') out.push(`an error without a field: ${JSON.stringify(e)}`);
      if (!e.code) out.push(`an error without a code: ${JSON.stringify(e)}`);
      if (typeof e.message !== 'string' || !e.message) out.push(`an error without a message: ${JSON.stringify(e)}`);
    }
    if (entry.code && a.errors?.[0]?.code !== entry.code) out.push(`first error code ${a.errors?.[0]?.code}, expected ${entry.code}`);
    if (entry.field !== undefined && a.errors?.[0]?.field !== entry.field) out.push(`first error field ${a.errors?.[0]?.field}, expected ${entry.field}`);
  }
  return out;
}

test('the hostile corpus holds at least 150 requests', () => {
  assert.ok(corpus.length >= 150, `${corpus.length} requests`);
});

test('every hostile request gets a defined answer, and the module keeps working after each', async () => {
  const results = await runCorpus();
  assert.equal(results.length, corpus.length);
  const failures = [];
  results.forEach((r, i) => {
    const p = problems(corpus[i], r);
    if (p.length) failures.push(`✗ ${corpus[i].name}: ${p.join('; ')}`);
  });
  assert.deepEqual(pageErrors, [], 'uncaught exceptions in the page');
  assert.equal(failures.length, 0, `${failures.length} of ${corpus.length} failed:\n${failures.join('\n')}`);
});
