// What users must never read: the project's own notes and files. Shared by the scan of the page's
// texts (no-notes.test.mjs, in Chromium) and of the sources' string literals (literals.test.mjs),
// with the small lexer that finds those literals.

/** Words that name the project's notes, and file paths of the repository. */
export const NOTES = [
  { name: 'seed', re: /\bseeds?\b/i },
  { name: 'RULES.md', re: /RULES\.md/i },
  { name: 'shared/', re: /\bshared\//i },
  { name: 'reference notes', re: /reference[\s-]+notes?/i },
  // A folder of the repository followed by a name: src/programs, tests/cases, catalogs/ja …
  { name: 'a folder of the repository', re: /(?<![\w.-])(?:src|tests|catalogs|data|scripts|www|bench|examples|target|node_modules)\/[\w.-]/ },
  // A file of the repository by its path or its name: programs/mod.rs, CHANGELOG.md, cases/x.json …
  { name: 'a file name', re: /(?<![\w-])[\w-]+(?:\/[\w.-]+)*\.(?:rs|md|toml|json|txt|csv|mjs|cjs|ts)\b/ },
];

/**
 * The page's own files (page.js, index.html, pkg/joseikin_bg.wasm): code names them by design (a
 * service worker's list, a stylesheet's URL), a reader never needs to.
 */
export const ASSETS = { name: 'a file of the page', re: /(?<![\w-])[\w-]+(?:\/[\w.-]+)*\.(?:js|css|html|wasm|svg)\b/ };

/**
 * The words of NOTES found in `text`, web addresses aside (an official page's URL is fine); with
 * `assets`, the page's own file names too (for what the page shows).
 */
export function notesIn(text, { assets = false } = {}) {
  const plain = String(text).replace(/https?:\/\/[^\s"'<>）)」]+/g, ' ');
  const found = [];
  for (const { name, re } of assets ? [...NOTES, ASSETS] : NOTES) {
    const m = re.exec(plain);
    if (m) found.push(`${name}: “${plain.slice(Math.max(0, m.index - 30), m.index + m[0].length + 30).replace(/\s+/g, ' ')}”`);
  }
  return found;
}

const WORDS_BEFORE_REGEX = new Set(['return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw',
  'case', 'do', 'else', 'yield', 'await']);

/**
 * The string literals of a JavaScript module, each `{ text, line, specifier }`: quoted strings, and
 * the fixed parts of template literals (their `${…}` read as code). `specifier` is true for a module
 * specifier or the file of `new URL(…, import.meta.url)`. Comments and regular expressions are
 * skipped. A small lexer, enough for the page's own modules.
 */
export function stringLiterals(src) {
  const out = [];
  let i = 0;
  let line = 1;
  /** The last significant tokens, newest last: { type: 'word' | 'punct' | 'string' | 'number' | 'regex', text }. */
  const recent = [];
  const push = (type, text) => {
    recent.push({ type, text });
    if (recent.length > 4) recent.shift();
  };
  /** Brace depths at which a template literal's `${` was opened. */
  const templates = [];
  let depth = 0;
  const isSpecifier = () => {
    const [a, b, c] = [recent.at(-1), recent.at(-2), recent.at(-3)];
    if (a?.type === 'word' && (a.text === 'from' || a.text === 'import')) return true;
    if (a?.text === '(' && b?.text === 'import') return true;
    if (a?.text === '(' && b?.text === 'URL' && c?.text === 'new') return true;
    return false;
  };
  const regexAllowed = () => {
    const a = recent.at(-1);
    if (!a) return true;
    if (a.type === 'word') return WORDS_BEFORE_REGEX.has(a.text);
    if (a.type === 'punct') return ![')', ']', '}'].includes(a.text);
    return false;
  };
  const readQuoted = (q) => {
    const start = line;
    let s = '';
    i++;
    while (i < src.length && src[i] !== q) {
      if (src[i] === '\\') {
        s += src[i + 1] === 'n' ? '\n' : src[i + 1];
        i += 2;
        continue;
      }
      if (src[i] === '\n') line++;
      s += src[i++];
    }
    i++;
    return { text: s, line: start };
  };
  /** Reads a template's fixed part from `i` (after ` or }) up to ` (true) or ${ (false). */
  const readTemplatePart = (specifier) => {
    const start = line;
    let s = '';
    while (i < src.length) {
      const ch = src[i];
      if (ch === '\\') {
        s += src[i + 1];
        i += 2;
      } else if (ch === '`') {
        i++;
        out.push({ text: s, line: start, specifier });
        return true;
      } else if (ch === '$' && src[i + 1] === '{') {
        i += 2;
        out.push({ text: s, line: start, specifier });
        return false;
      } else {
        if (ch === '\n') line++;
        s += ch;
        i++;
      }
    }
    return true;
  };
  while (i < src.length) {
    const ch = src[i];
    if (ch === '\n') {
      line++;
      i++;
    } else if (/\s/.test(ch)) i++;
    else if (ch === '/' && src[i + 1] === '/') {
      while (i < src.length && src[i] !== '\n') i++;
    } else if (ch === '/' && src[i + 1] === '*') {
      const end = src.indexOf('*/', i + 2);
      line += (src.slice(i, end).match(/\n/g) ?? []).length;
      i = end < 0 ? src.length : end + 2;
    } else if (ch === '/' && regexAllowed()) {
      // A regular expression literal: up to the unescaped / outside a character class, then flags.
      let inClass = false;
      i++;
      while (i < src.length) {
        const c = src[i];
        if (c === '\\') i += 2;
        else if (c === '[') {
          inClass = true;
          i++;
        } else if (c === ']') {
          inClass = false;
          i++;
        } else if (c === '/' && !inClass) {
          i++;
          break;
        } else i++;
      }
      while (/[a-z]/i.test(src[i] ?? '')) i++;
      push('regex', '');
    } else if (ch === '"' || ch === "'") {
      const specifier = isSpecifier();
      const lit = readQuoted(ch);
      out.push({ ...lit, specifier });
      push('string', lit.text);
    } else if (ch === '`') {
      const specifier = isSpecifier();
      i++;
      if (!readTemplatePart(specifier)) templates.push(depth);
      push('string', '');
    } else if (/[A-Za-z_$\u0080-\uffff]/.test(ch)) {
      let w = '';
      while (i < src.length && /[\w$\u0080-\uffff]/.test(src[i])) w += src[i++];
      push('word', w);
    } else if (/[0-9]/.test(ch)) {
      while (i < src.length && /[\w.]/.test(src[i])) i++;
      push('number', '');
    } else {
      if (ch === '{') depth++;
      if (ch === '}') {
        if (templates.length && templates.at(-1) === depth) {
          templates.pop();
          i++;
          if (!readTemplatePart(false)) templates.push(depth);
          push('string', '');
          continue;
        }
        depth--;
      }
      push('punct', ch);
      i++;
    }
  }
  return out;
}

/** The texts of an HTML file a reader meets: text between tags, and labels, titles, alt texts. */
export function htmlTexts(src) {
  const out = [];
  const body = src.replace(/<!--[\s\S]*?-->/g, '').replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, '');
  for (const m of body.matchAll(/\b(aria-label|title|alt|placeholder)="([^"]*)"/g)) out.push(m[2]);
  for (const m of body.matchAll(/<meta\s+name="description"\s+content="([^"]*)"/g)) out.push(m[1]);
  for (const m of body.matchAll(/<title>([\s\S]*?)<\/title>/g)) out.push(m[1]);
  out.push(body.replace(/<[^>]*>/g, ' '));
  return out;
}
