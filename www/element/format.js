// Numbers, yen and dates as the page writes them, and the numbers people type.

/**
 * `Intl.NumberFormat('ja-JP', options)`, made on first need: the first NumberFormat of a page
 * loads the locale's data (10 to 15 ms in Chromium, before the amount could be shown). Whole
 * numbers, which are most of what the page shows, are grouped by hand exactly as it groups them
 * ("4,500,000"; a test compares the two); other numbers go to Intl.
 */
function numberFormatOf(options) {
  let intl = null;
  return {
    format(n) {
      if (Number.isSafeInteger(n) && !Object.is(n, -0)) {
        const digits = String(Math.abs(n)).replace(/\B(?=(\d{3})+$)/g, ',');
        return n < 0 ? `-${digits}` : digits;
      }
      intl ??= new Intl.NumberFormat('ja-JP', options);
      return intl.format(n);
    },
  };
}

export const yenFormat = numberFormatOf();

/** Numbers as the page shows them: "1,234.5". */
export const numberFormat = numberFormatOf({ maximumFractionDigits: 2 });

/**
 * A short amount. Japanese in 万円: 4500000 → "450万円"; 1234000 → "123万4,000円"; 250000000 →
 * "2億5,000万円"; 1000000000000 → "1兆円". English (`lang` "en") in millions where that is exact to
 * the ten thousand ("4.5 million yen", "10 million yen"), else in yen ("1,234,567 yen").
 */
export function formatMan(n, lang = 'ja') {
  if (!Number.isFinite(n)) return '';
  if (lang !== 'ja') {
    if (Math.abs(n) >= 1e6 && n % 1e4 === 0) return `${numberFormat.format(n / 1e6)} million yen`;
    return formatYen(n, lang);
  }
  const sign = n < 0 ? '−' : '';
  let rest = Math.trunc(Math.abs(n));
  const cho = Math.floor(rest / 1e12);
  rest -= cho * 1e12;
  const oku = Math.floor(rest / 1e8);
  rest -= oku * 1e8;
  const man = Math.floor(rest / 1e4);
  rest -= man * 1e4;
  let s = '';
  if (cho) s += `${yenFormat.format(cho)}兆`;
  if (oku) s += `${yenFormat.format(oku)}億`;
  if (man) s += `${yenFormat.format(man)}万`;
  if (rest || !s) s += yenFormat.format(rest);
  return `${sign}${s}円`;
}

/** "4,500,000円" (ja) or "4,500,000 yen" (en). */
export function formatYen(n, lang) {
  return lang === 'ja' ? `${yenFormat.format(n)}円` : `${yenFormat.format(n)} yen`;
}

/** An axis tick: "450万円" in Japanese, "4.5M yen" in English (as short, for a narrow chart). */
export function formatTick(n, lang = 'ja') {
  if (lang === 'ja') return formatMan(n);
  if (Math.abs(n) >= 1e6 && n % 1e4 === 0) return `${numberFormat.format(n / 1e6)}M yen`;
  return formatYen(n, lang);
}

/** "4,500,000円（450万円）"; in English "4,500,000 yen" (万 means nothing to an English reader). */
export function withMan(n, lang) {
  return lang === 'ja' ? `${formatYen(n, 'ja')}（${formatMan(n)}）` : formatYen(n, lang);
}

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];

/** "2026-11-21" → "2026年11月21日" (ja) or "21 November 2026" (en), as the engine writes dates. */
export function formatDate(iso, lang) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  if (!m) return String(iso ?? '');
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return lang === 'ja' ? `${y}年${mo}月${d}日` : `${d} ${EN_MONTHS[mo - 1]} ${y}`;
}

/** The fiscal year (年度, April to March) of a YYYY-MM-DD date. */
export function fiscalYear(iso) {
  const y = Number(iso.slice(0, 4));
  return Number(iso.slice(5, 7)) >= 4 ? y : y - 1;
}

/** "令和7年度" / "FY2025"; Reiwa 1 is fiscal 2019. */
export function fiscalYearName(fy, lang) {
  return lang === 'ja' ? `令和${fy - 2018}年度` : `FY${fy}`;
}

export const isDate = (s) => /^\d{4}-\d{2}-\d{2}$/.test(s ?? '');

/** Today in the user's time zone, as YYYY-MM-DD. */
export function today() {
  const d = new Date();
  const p = (x) => String(x).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/**
 * The number a person typed, for the engine: full-width digits, commas and a trailing unit are
 * forgiven, and "600万" means 6,000,000 for yen. Anything else goes to the engine as typed, so
 * that its message says what is wrong. Empty → undefined.
 */
export function readNumber(raw, unit) {
  const typed = String(raw ?? '').trim();
  if (!typed) return undefined;
  let s = typed
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[,，\s]/g, '')
    .replace(/．/g, '.')
    .replace(/^[－−ー]/, '-')
    .replace(/(円|人|時間|日|か月|ヶ月|カ月|ｶ月|%|％)$/, '');
  const man = /^(-?)(\d+)(?:\.(\d{1,4}))?万$/.exec(s);
  if (man && (unit === 'yen')) {
    s = `${man[1]}${man[2]}${(man[3] ?? '').padEnd(4, '0')}`.replace(/^(-?)0+(?=\d)/, '$1');
  }
  if (/^-?\d+(\.\d+)?$/.test(s)) {
    const n = Number(s);
    // Beyond 2^53 a JavaScript number loses digits: the engine reads the exact text instead.
    if (Number.isSafeInteger(n) || (!Number.isInteger(n) && Math.abs(n) < 1e15)) return n;
    return s;
  }
  return typed;
}
