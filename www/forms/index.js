// The form specs: one per program, in the order the switch shows them. A new program gets a page
// form by adding a spec file here; the element needs no change.
//
// A spec is plain data (plus a few `when` predicates):
//
//   {
//     id: 'gyomu-kaizen',                       // the program id simulate() knows
//     title: { ja, en }, shortTitle: { ja, en }, summary: { ja, en },
//     example: { label: { ja, en }, asOf, values: { path: text }, tables: { path: [row] } },
//     sections: [{
//       id, legend: { ja, en }, hint?: { ja, en },
//       toggle?: { path: '_goal.overtime', label: { ja, en } },  // a local checkbox; when off,
//                                                                // the section is hidden and not sent
//       when?: (values) => boolean,                              // shown (and sent) only when true
//       fields: [Field],
//     }],
//     facts: [{ key, label: { ja, en }, format, hideZero? }],  // figures of the answer under the amount
//     breakdown?: { key, heading, names: { id: { ja, en } } }, // a per-item list of the answer (goals)
//     rowStatus?: 'workers',                          // answer key with { index, counted, message }
//   }
//
// A Field: { path, type, label: { ja, en }, hint?: { ja, en }, unit?, optional?, when?, default?,
// options? (select / choice: [{ value, ja, en, send? }]), omitFalse? (flag), columns? (table) }.
//   path    where the value goes in `input`, dotted: 'extraCosts.devicesYen'. A path whose first part
//           starts with '_' is local to the page (a mode switch) and is never sent.
//   type    'number' | 'select' | 'choice' (radio buttons) | 'flag' (checkbox) | 'table' (rows of
//           number columns; columns are Fields with a `path` relative to the row).
//   unit    'yen' | 'yenPerHour' | 'people' | 'hours' | 'days' | 'months' | 'percent'.
import gyomuKaizen from './gyomu-kaizen.js';
import hatarakikataYuyo from './hatarakikata-yuyo.js';

export const FORMS = [gyomuKaizen, hatarakikataYuyo];

export function formFor(id) {
  return FORMS.find((f) => f.id === id);
}
