// Tests of the subset matcher itself (tests/js/match.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { matches } from './match.mjs';

test('scalars: strict equality', () => {
  assert.deepEqual(matches(1, 1), []);
  assert.deepEqual(matches(4500000, 4.5e6), []);
  assert.deepEqual(matches('9/10', '9/10'), []);
  assert.deepEqual(matches(true, true), []);
  assert.deepEqual(matches(null, null), []);
  assert.equal(matches('1', 1).length, 1);
  assert.equal(matches(0, false).length, 1);
  assert.equal(matches(undefined, null).length, 1);
  assert.equal(matches(1, 2).length, 1);
});

test('objects: expected keys only, extra keys fine, missing keys fail', () => {
  assert.deepEqual(matches({ a: 1, b: { c: 2, d: 3 }, e: 4 }, { a: 1, b: { c: 2 } }), []);
  assert.deepEqual(matches({ a: 1 }, { a: 1, b: 2 }), ['$.b: missing (expected 2)']);
  assert.deepEqual(matches({ a: { b: 1 } }, { a: { b: 2 } }), ['$.a.b: expected 2 (number), got 1 (number)']);
  assert.equal(matches([1], { a: 1 }).length, 1);
  assert.equal(matches(null, {}).length, 1);
  assert.equal(matches(new Map([['a', 1]]), { a: 1 }).length, 1);
});

test('arrays: same length, element-wise subset match', () => {
  assert.deepEqual(matches([], []), []);
  assert.deepEqual(matches([{ code: 'x', extra: 1 }, 2], [{ code: 'x' }, 2]), []);
  assert.equal(matches([1, 2], [1]).length, 1);
  assert.equal(matches([2, 1], [1, 2]).length, 2);
  assert.equal(matches({ 0: 1 }, [1]).length, 1);
  assert.deepEqual(matches({ r: [1] }, { r: [2] }), ['$.r[0]: expected 2 (number), got 1 (number)']);
});

test('name@contains: every expected element matches some actual element', () => {
  const actual = { notices: [{ code: 'a', n: 1 }, { code: 'b' }], ok: true };
  assert.deepEqual(matches(actual, { 'notices@contains': [] }), []);
  assert.deepEqual(matches(actual, { 'notices@contains': [{ code: 'b' }, { code: 'a', n: 1 }] }), []);
  assert.deepEqual(matches(actual, { 'notices@contains': [{ code: 'a' }, { code: 'a' }] }), []);
  assert.equal(matches(actual, { 'notices@contains': [{ code: 'c' }] }).length, 1);
  assert.equal(matches(actual, { 'notices@contains': [{ code: 'a', n: 2 }] }).length, 1);
  assert.equal(matches(actual, { 'missing@contains': [] }).length, 1);
  assert.equal(matches(actual, { 'ok@contains': [true] }).length, 1);
  assert.equal(matches(actual, { 'notices@contains': { code: 'a' } }).length, 1);
  assert.deepEqual(matches({ xs: [[1, 2], [3]] }, { 'xs@contains': [[3]] }), []);
});

test('the documented example', () => {
  const actual = {
    ok: true,
    amountYen: 4500000,
    rate: '9/10',
    reasons: [],
    notices: [{ code: 'unconfirmed_rule', message: { ja: '…', en: '…' } }],
    breakdown: { cap: 4500000 },
  };
  const expected = {
    ok: true,
    amountYen: 4500000,
    rate: '9/10',
    reasons: [],
    'notices@contains': [{ code: 'unconfirmed_rule' }],
  };
  assert.deepEqual(matches(actual, expected, '$'), []);
  assert.deepEqual(matches({ ...actual, reasons: ['x'] }, expected, '$'), [
    '$.reasons: expected an array of length 0, got length 1: ["x"]',
  ]);
});

test('@lacks fails when any element matches an unwanted one, and passes when none does', () => {
  const actual = { notices: [{ code: 'unconfirmed_rule', rule: 'x' }] };
  assert.deepEqual(matches(actual, { 'notices@lacks': [{ code: 'after_application_deadline' }] }, '$'), []);
  assert.deepEqual(matches({}, { 'notices@lacks': [{ code: 'unconfirmed_rule' }] }, '$'), []);
  assert.equal(matches(actual, { 'notices@lacks': [{ code: 'unconfirmed_rule' }] }, '$').length, 1);
});
