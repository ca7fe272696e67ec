// Shared setup of the page tests: Debian's Chromium through playwright-core (no browser download),
// the static server for www/, and small helpers to reach into the element's shadow root (open
// shadow roots are pierced by Playwright's CSS locators).
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer, WWW } from './server.mjs';

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const SCREENSHOTS = fileURLToPath(new URL('../../target/screenshots/', import.meta.url));
export const AXE = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));
export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

/**
 * The day every page test runs on, so that no test depends on the real day: 2026-12-01, 10:00 in
 * Tokyo. FY2026 (令和8年度); Kagoshima's FY2026 application window (2026-09-01 to 2026-10-24) has
 * closed, Okinawa's (to 2026-11-30) too.
 */
export const TODAY = '2026-12-01';
export const NOW = new Date(`${TODAY}T10:00:00+09:00`);

/** Starts the server and the browser once per test file. */
export async function setup() {
  if (!existsSync(join(WWW, 'pkg', 'joseikin_bg.wasm'))) {
    throw new Error('www/pkg is missing: build it first with `make build` '
      + '(wasm-pack build --release --target web --out-dir www/pkg)');
  }
  await mkdir(SCREENSHOTS, { recursive: true });
  const server = await startServer();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  return {
    server,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * The link of the 業務改善助成金 tab. The page opens on the screen (「まず会社のことを教えてください」);
 * most tests start on this tab, as the page did before the screen, and open it by its link.
 */
export const PROGRAM_TAB = '#program=gyomu-kaizen';

/**
 * A new page in its own context, recording what a test may want to check: console messages,
 * uncaught errors, and every request the page makes. Its clock reads `now` (default NOW); timers
 * still run. `path` '' (the default) is the 業務改善助成金 tab (PROGRAM_TAB); 'index.html' is the
 * page as a visitor finds it, on the screen.
 */
export async function openPage(env, path = '', { width = 1280, height = 900, bypassCSP = false, now = NOW } = {}) {
  if (path === '') path = PROGRAM_TAB;
  const context = await env.browser.newContext({
    viewport: { width, height },
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
    bypassCSP,
  });
  const page = await context.newPage();
  if (now) await page.clock.setFixedTime(now);
  page.setDefaultTimeout(10_000);
  const log = { console: [], errors: [], requests: [] };
  page.on('console', (m) => log.console.push({ type: m.type(), text: m.text() }));
  page.on('pageerror', (e) => log.errors.push(e.message));
  page.on('request', (r) => log.requests.push(r.url()));
  if (path !== null) await page.goto(env.server.url + path);
  return { page, context, log };
}

/** Records CSP violations from the first script on (an init script is not subject to the CSP). */
export async function watchCsp(context) {
  await context.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
}

/** The simulator element's last answer. */
export function result(page) {
  return page.evaluate(() => document.querySelector('joseikin-simulator').result);
}

/** Locators inside the simulator element. */
export function sim(page) {
  const root = 'joseikin-simulator';
  return {
    field: (name) => page.locator(`${root} [name="${name}"]`),
    part: (css, options) => page.locator(`${root} ${css}`, options),
    async amountText() {
      return (await page.locator(`${root} .amount .yen`).textContent()).trim();
    },
    /** Waits until the amount reads `text`; fails the test after the timeout otherwise. */
    async waitForAmount(text, timeout = 10_000) {
      await page.locator(`${root} .amount .yen`, { hasText: text }).waitFor({ timeout });
    },
  };
}

/** Types the seed's worked example (seed 004 業務改善助成金 助成金額の計算方法) into the form. */
export async function typeSeedExample(page) {
  const s = sim(page);
  await s.field('@asOf').fill('2023-06-01');
  await s.field('prefecture').selectOption('kagoshima');
  await s.field('industry').selectOption('retail');
  await s.field('capitalYen').fill('10000000');
  await s.field('companyEmployees').fill('20');
  await s.field('siteEmployees').fill('20');
  await s.field('lowestWage').fill('863');
  await s.field('raiseYen').fill('90');
  await s.field('raisedWorkers').fill('8');
  await s.field('investmentYen').fill('6000000');
}

/** Sets the element's language through the page's own toggle button. */
export async function switchLanguage(page, lang) {
  const current = await page.locator('joseikin-simulator').getAttribute('lang');
  if (current !== lang) await page.locator('#lang-toggle').click();
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
}

/**
 * The texts among `locator`'s elements drawn on two lines or more whose last line holds one character
 * alone (「子育て応援企業ロー / ン」), each as "text → …last line". Each element's text is its first text
 * node, or its first child's (a tab's name is in a span).
 */
export function orphanLines(locator) {
  return locator.evaluateAll((els) => els.flatMap((e) => {
    const text = e.firstChild?.nodeType === Node.TEXT_NODE ? e.firstChild : e.firstElementChild?.firstChild;
    if (text?.nodeType !== Node.TEXT_NODE) return [`no text in ${e.outerHTML.slice(0, 80)}`];
    // The characters, grouped by the line they are drawn on.
    const lines = new Map();
    for (let i = 0; i < text.data.length; i++) {
      const range = document.createRange();
      range.setStart(text, i);
      range.setEnd(text, i + 1);
      const r = range.getBoundingClientRect();
      if (!r.width) continue;
      const top = Math.round(r.top);
      lines.set(top, (lines.get(top) ?? '') + text.data[i]);
    }
    const last = [...lines.entries()].sort((a, b) => a[0] - b[0]).at(-1)?.[1].trim() ?? '';
    return lines.size > 1 && [...last].length < 2 ? [`${text.data} → …${last}`] : [];
  }));
}
