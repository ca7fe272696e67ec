// The form specs: one per program, in the order the switch shows them. A new program gets a page
// form by adding a spec file here; the element needs no change.
//
// A spec is plain data (plus a few `when` predicates and, for a program whose answer is not a
// subsidy amount, a result view):
//
//   {
//     id: 'gyomu-kaizen',                       // the program id simulate() knows
//     title: { ja, en }, shortTitle: { ja, en }, summary: { ja, en },
//     resultHeading?, start?, disclaimer?: { ja, en },   // words of the result panel, if not a subsidy's
//     asOfLabel?, asOfHint?: { ja, en },                  // the date's name, if not 申請日
//     example: { label: { ja, en }, asOf, keepsDate?, values: { path: text }, tables: { path: [row] } },
//                                     // asOf: a date of the year the example's source is from. The
//                                     // example fills the tab on the date already chosen (today at
//                                     // first), or with keepsDate: true on asOf. While it is shown,
//                                     // a banner says when its year is not the date's, with a button
//                                     // to the other date; typing removes the banner.
//     sections: [{
//       id, legend: { ja, en }, hint?: { ja, en },
//       toggle?: { path: '_goal.overtime', label: { ja, en } },  // a local checkbox; when off,
//                                                                // the section is hidden and not sent
//       when?: (values, rules) => boolean,                       // shown (and sent) only when true
//       fields: [Field],
//     }],
//     facts: [{ key, label: { ja, en }, format, hideZero?, when?: (result) => boolean, words? }],
//     breakdown?: { key, heading, names: { id: { ja, en } } }, // a per-item list of the answer (goals)
//     rowStatus?: 'workers',                          // answer key with { index, counted, message }
//     view?: View,                                    // the answer's own presentation (views/*.js)
//   }
//
// A Field: { path, type, label: { ja, en }, hint?, unit?, optional?, when?, default?,
// options? (select / choice / checklist: [{ value, ja, en, send? }]), omitFalse? (flag),
// columns? (table, grid), echo? ('years' under a number of months) }.
//   rules   what `when` and a hint may ask of the date's rules: { asOf, fiscalYear } (a date after
//           the last ruleset has its rules, so compare years with ≥).
//   hint    { ja, en }, or (rules) → { ja, en } | null for words that follow the rules in force
//           (also a section's hint). Reworded whenever the date changes.
//   when    (values, rules) → boolean: shown, and sent, only when true; also a table column's (a
//           column the date's rules do not read is hidden and not sent).
//   path    where the value goes in `input`, dotted: 'extraCosts.devicesYen'. A path whose first part
//           starts with '_' is local to the page (a mode switch) and is never sent.
//   type    'number' | 'select' | 'choice' (radio buttons) | 'flag' (checkbox) | 'checklist'
//           (checkboxes; sends the list of the values ticked) | 'table' (rows of number and flag
//           columns that the user adds and removes: rowLabel, addLabel, newRow, whose values are the
//           defaults of a new row and of a link without the column) | 'grid' (a fixed number of rows,
//           `rows`, shown as a table: rowHeader, rowLabel(i, values) → { ja, en }, fillZero?).
//   unit    'yen' | 'yenPerHour' | 'people' | 'hours' | 'days' | 'months' | 'percent'.
//   format  of a fact: 'yen' | 'yenPerHour' | 'people' | 'yesno' | 'hours' | 'percentPerYear' |
//           'perMille' ("9.5/1000" → 1,000分の9.5) | 'fiscalYear' (2023 → 令和5年度) | 'words'
//           (`words: { true: { ja, en }, false: { ja, en } }`) | 'text' | { ja: '{}円コース', en }.
//
// A View (all optional; without one, the answer is a subsidy: amountYen, eligible, reasons):
//   status(result, ctx)   → { text: { ja, en } | string, tone: 'good' | 'bad' | 'neutral' } | null
//   headline(result, ctx) → a Node in place of the amount, or null for none
//   body(result, ctx)     → [Node | null]: shown after the facts
//   summary(result, ctx, where) → a short text for the phone's bottom bar (where = 'bar') and the
//                           live region (where = 'live')
//   hideReasons           true when the body already says why (the reasons are then not listed)
// `ctx` gives { lang, values, el, svg, tr, num, yen, withMan, hours, details(key, summary, build) }:
// `el`/`svg` build elements (text through textContent, no style attributes), `tr` gives one of the
// page's `{ ja, en }` words in the page's language (the answer's own texts are already strings in
// it), `details` a folding box that stays open across updates and builds its content when first
// opened.
import gyomuKaizen from './gyomu-kaizen.js';
import hatarakikataYuyo from './hatarakikata-yuyo.js';
import koyoHoken from './koyo-hoken.js';
import overtimeCheck from './overtime-check.js';
import kagoshimaNintei from './kagoshima-nintei.js';
import kosodateLoan from './kosodate-loan.js';

export const FORMS = [gyomuKaizen, hatarakikataYuyo, koyoHoken, overtimeCheck, kagoshimaNintei, kosodateLoan];

export function formFor(id) {
  return FORMS.find((f) => f.id === id);
}
