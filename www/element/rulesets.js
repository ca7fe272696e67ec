// Which ruleset a date selects, and how the page names it.
import { fiscalYear, fiscalYearName, isDate } from './format.js';

/**
 * The ruleset a date falls under, from programs()' listing, as simulate() picks it
 * (src/programs/mod.rs select_ruleset): the one in force; after the last, the last (`after`);
 * before the first, none (`before`). A `validTo` of null is law in force with no end: no date is
 * after it.
 */
export function rulesetForDate(rulesets, asOf) {
  if (!Array.isArray(rulesets) || !rulesets.length || !isDate(asOf)) return null;
  const first = rulesets[0];
  const last = rulesets[rulesets.length - 1];
  if (asOf < first.validFrom) return { ruleset: first, before: true, first, last };
  const inForce = rulesets.find((r) => r.validFrom <= asOf && (r.validTo == null || asOf <= r.validTo));
  if (inForce) return { ruleset: inForce, first, last };
  return { ruleset: last, after: true, first, last };
}

/**
 * The rules a date selects (ruleset.title, validFrom, validTo) and why, for the answer `result`
 * (null until there is one): `listed` is the program's rulesets from programs().
 */
export function rulesetInfo(listed, asOf, result) {
  const pick = rulesetForDate(listed, asOf);
  if (result?.ok) {
    // The engine's choice is the authority, and its notice says whether the rules of the date
    // are unknown; a date past the ruleset without that notice is answered otherwise
    // (rules_not_modelled), so it is only not said to fall in the period.
    const r = result.ruleset;
    const after = (result.notices ?? []).some((n) => n.code === 'no_ruleset_for_date');
    const past = r.validTo != null && asOf > r.validTo;
    return { ruleset: r, after, past, last: pick?.last ?? r };
  }
  return pick && { ...pick, past: Boolean(pick.after) };
}

/**
 * A ruleset's name with its fiscal year: the title when it names the year (「令和7年度（2025年4月1日〜
 * 2026年3月31日）」), else the year before it (「令和5年度「2023年6月の資料による」」).
 */
export function rulesetName(r, lang) {
  const title = r.title;
  // A title that names the year, or rules with no end (they name their first day).
  if (/^(令和|FY)/.test(title) || r.validTo == null) return title;
  const a = fiscalYear(r.validFrom);
  const b = fiscalYear(r.validTo);
  const years = a === b ? fiscalYearName(a, lang) : lang === 'ja'
    ? `${fiscalYearName(a, 'ja')}〜${fiscalYearName(b, 'ja').replace('令和', '')}` : `FY${a}–${b}`;
  return lang === 'ja' ? `${years}「${title}」` : `${years}, ${title}`;
}
