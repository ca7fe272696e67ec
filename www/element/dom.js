// Building DOM nodes without markup: text through textContent, attributes one by one, never a
// `style` attribute (the element runs under `style-src 'self'`).

/** An HTML element with attributes (`text` sets its text, `class` its classes) and children. */
export function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'text') e.textContent = v;
    else if (k === 'class') e.className = v;
    else e.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) if (c) e.append(c);
  return e;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An SVG element with attributes (presentation attributes only: no `style`) and children. */
export function svgEl(tag, attrs = {}, ...children) {
  const e = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    e.setAttribute(k, typeof v === 'number' ? String(Math.round(v * 100) / 100) : String(v));
  }
  for (const c of children) if (c !== null && c !== undefined) e.append(c);
  return e;
}

/**
 * Runs `job` once the browser has nothing more urgent to do, at the latest after `timeout` ms:
 * for what the first paint of the amount does not need. A setTimeout where there is no
 * requestIdleCallback (Safari).
 */
export function whenIdle(job, timeout = 200) {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => job(), { timeout });
  else setTimeout(job, 1);
}
