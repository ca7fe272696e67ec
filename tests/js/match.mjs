// Subset matcher for the scenario cases in tests/cases/*.json.
//
// matches(actual, expected, path) returns a list of mismatch messages (empty when it matches):
// - expected object: every key must match the actual's key of the same name; extra keys in the
//   actual are fine. A key written `name@contains` whose value is an array means: every element
//   of that array subset-matches SOME element of actual[name] (which must be an array).
// - expected array: the actual must be an array of the same length; element i subset-matches
//   element i.
// - A key written `name@lacks` whose value is an array means: NO element of actual[name] matches any
//   element of that array (an absent actual[name] lacks everything).
// - numbers, strings, booleans, null: strict equality (numbers by value).

const CONTAINS = '@contains';
const LACKS = '@lacks';

function fmt(value) {
  if (value === undefined) return 'undefined';
  if (typeof value === 'bigint') return `${value}n`;
  if (value instanceof Map) return `Map(${value.size})`;
  try {
    const s = JSON.stringify(value);
    return s.length > 200 ? `${s.slice(0, 197)}...` : s;
  } catch {
    return String(value);
  }
}

function kind(value) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (value instanceof Map) return 'Map';
  return typeof value;
}

function isPlainObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function keyPath(path, key) {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

export function matches(actual, expected, path = '$') {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) {
      return [`${path}: expected an array, got ${kind(actual)} ${fmt(actual)}`];
    }
    if (actual.length !== expected.length) {
      return [`${path}: expected an array of length ${expected.length}, got length ${actual.length}: ${fmt(actual)}`];
    }
    return expected.flatMap((e, i) => matches(actual[i], e, `${path}[${i}]`));
  }

  if (isPlainObject(expected)) {
    if (!isPlainObject(actual) || actual instanceof Map) {
      return [`${path}: expected an object, got ${kind(actual)} ${fmt(actual)}`];
    }
    const errors = [];
    for (const [rawKey, e] of Object.entries(expected)) {
      if (rawKey.endsWith(CONTAINS)) {
        const key = rawKey.slice(0, -CONTAINS.length);
        errors.push(...containsAll(actual[key], e, keyPath(path, key), key in actual));
        continue;
      }
      if (rawKey.endsWith(LACKS)) {
        const key = rawKey.slice(0, -LACKS.length);
        const list = Array.isArray(actual[key]) ? actual[key] : [];
        (Array.isArray(e) ? e : [e]).forEach((unwanted) => {
          if (list.some((a) => matches(a, unwanted, path).length === 0)) {
            errors.push(`${keyPath(path, key)}@lacks: an element matches ${fmt(unwanted)}`);
          }
        });
        continue;
      }
      const p = keyPath(path, rawKey);
      if (!(rawKey in actual)) {
        errors.push(`${p}: missing (expected ${fmt(e)})`);
        continue;
      }
      errors.push(...matches(actual[rawKey], e, p));
    }
    return errors;
  }

  // number, string, boolean, null
  if (actual !== expected) {
    return [`${path}: expected ${fmt(expected)} (${kind(expected)}), got ${fmt(actual)} (${kind(actual)})`];
  }
  return [];
}

function containsAll(actual, expected, path, present) {
  if (!Array.isArray(expected)) {
    return [`${path}@contains: the expectation must be an array, got ${kind(expected)}`];
  }
  if (!present) {
    return [`${path}: missing (expected an array containing ${fmt(expected)})`];
  }
  if (!Array.isArray(actual)) {
    return [`${path}: expected an array, got ${kind(actual)} ${fmt(actual)}`];
  }
  const errors = [];
  expected.forEach((e, i) => {
    if (!actual.some((a) => matches(a, e, path).length === 0)) {
      errors.push(`${path}@contains[${i}]: no element matches ${fmt(e)}; actual: ${fmt(actual)}`);
    }
  });
  return errors;
}

/**
 * The expectation for an answer in `lang`: every `{ ja, en }` of a case stands for the text in the
 * language asked for; a text given in one language only is checked in that one (as
 * tests/common/mod.rs does for the native runner).
 */
export function forLang(expected, lang) {
  const isText = (o) => {
    const keys = Object.keys(o);
    return keys.length > 0 && keys.every((k) => (k === 'ja' || k === 'en') && typeof o[k] === 'string');
  };
  const project = (e) => {
    if (Array.isArray(e)) return e.map((x) => { const p = project(x); return p === undefined ? null : p; });
    if (e !== null && typeof e === 'object') {
      if (isText(e)) return e[lang];
      const out = {};
      for (const [k, v] of Object.entries(e)) {
        const p = project(v);
        if (p !== undefined) out[k] = p;
      }
      return out;
    }
    return e;
  };
  return project(expected);
}
