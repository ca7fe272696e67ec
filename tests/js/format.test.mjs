// The page's number formats (www/element/format.js) group whole numbers by hand, so that the first
// estimate need not load Intl's locale data: they must write every number as Intl.NumberFormat does.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { formatMan, numberFormat, yenFormat } from '../../www/element/format.js';

const intlYen = new Intl.NumberFormat('ja-JP');
const intlNumber = new Intl.NumberFormat('ja-JP', { maximumFractionDigits: 2 });

function* numbers() {
  yield* [0, -0, 1, -1, 9, 10, 99, 100, 999, 1000, -1000, 4500000, -4500000, 12345678901,
    Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 2 ** 53, 1e21, 0.5, 1.005, 1234.5678, -0.001,
    NaN, Infinity, -Infinity];
  for (let d = 1; d <= 16; d++) {
    const p = 10 ** d;
    yield* [p - 1, p, p + 1, -(p - 1), -p];
  }
  // Random whole numbers of every length, and decimals of the kind rates and hours take.
  let seed = 1;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  for (let i = 0; i < 20000; i++) {
    const digits = 1 + Math.floor(random() * 16);
    const n = Math.floor(random() * 10 ** digits);
    yield random() < 0.2 ? -n : n;
    yield Math.round(random() * 1e6) / 100;
  }
}

test('yenFormat and numberFormat write every number as Intl.NumberFormat("ja-JP") does', () => {
  for (const n of numbers()) {
    assert.equal(yenFormat.format(n), intlYen.format(n), `yenFormat ${n}`);
    assert.equal(numberFormat.format(n), intlNumber.format(n), `numberFormat ${n}`);
  }
});

test('formatMan writes 万, 億 and 兆 as Japanese amounts are read, exact to the yen', () => {
  const cases = [
    [0, '0円'], [9999, '9,999円'], [10000, '1万円'], [4500000, '450万円'], [1234000, '123万4,000円'],
    [250000000, '2億5,000万円'], [100000000, '1億円'], [1000000000000, '1兆円'],
    [1234567890123, '1兆2,345億6,789万123円'], [-4500000, '−450万円'],
  ];
  for (const [n, text] of cases) assert.equal(formatMan(n), text, String(n));
  // Read back, every form gives the number it was made from.
  const read = (t) => {
    const m = /^(−)?(?:([\d,]+)兆)?(?:([\d,]+)億)?(?:([\d,]+)万)?([\d,]+)?円$/.exec(t);
    const v = (x) => Number((x ?? '0').replaceAll(',', ''));
    return (m[1] ? -1 : 1) * (v(m[2]) * 1e12 + v(m[3]) * 1e8 + v(m[4]) * 1e4 + v(m[5]));
  };
  let seed = 7;
  for (let i = 0; i < 20000; i++) {
    seed = (seed * 16807) % 2147483647;
    const n = Math.floor((seed / 2147483647) * 10 ** (1 + (i % 15)));
    assert.equal(read(formatMan(n)), n, `${n} → ${formatMan(n)}`);
  }
});
