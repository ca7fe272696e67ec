// Mistakes the published types must refuse: tests/types/check.test.mjs compiles this file and
// expects exactly one error on each line marked `// wrong:` and none elsewhere.
import init, { programs, screen, simulate, version, whatIf } from 'joseikin';
import type { JoseikinSimulatorAttributes } from 'joseikin/element';
import 'joseikin/element';

await init();

simulate({
  program: 'gyomu-kaisen', // wrong: a misspelt program
  asOf: '2026-09-15',
  input: {},
});

simulate({
  program: 'gyomu-kaizen',
  asOf: '2026/09/15', // wrong: a date not written YYYY-MM-DD
  input: {
    prefecture: 'kagoshima', industry: 'retail', companyEmployees: 20, siteEmployees: 20,
    lowestWage: 1040, raiseYen: 90, raisedWorkers: 8, investmentYen: 6000000,
  },
});

simulate({
  program: 'gyomu-kaizen',
  asOf: '2026-09-15',
  input: {
    prefecture: 'kagoshima', industry: 'retail', companyEmployees: 20, siteEmployees: 20,
    lowestWage: 1040, raiseYen: 90, raisedWorkers: 8, investmentYen: 6000000,
    capitalyen: 10000000, // wrong: a field the program does not read
  },
});

simulate({
  program: 'gyomu-kaizen',
  asOf: '2026-09-15',
  input: { // wrong: the simple wage fields and the workers list at once
    prefecture: 'kagoshima', industry: 'retail', companyEmployees: 20, siteEmployees: 20,
    lowestWage: 1040, raiseYen: 90, raisedWorkers: 8, investmentYen: 6000000,
    workers: [{ wageBefore: 1040, wageAfter: 1130, monthsEmployed: 12 }],
  },
});

simulate({
  program: 'gyomu-kaizen',
  asOf: '2026-09-15',
  lang: 'fr', // wrong: a language the engine does not write
  input: {
    prefecture: 'kagoshima', industry: 'retail', companyEmployees: 20, siteEmployees: 20,
    lowestWage: 1040, raiseYen: 90, raisedWorkers: 8, investmentYen: 6000000,
  },
});

simulate({
  program: 'gyomu-kaizen',
  asOf: '2026-09-15',
  input: {
    prefecture: 'kagoshima', industry: 'retail', companyEmployees: 20, siteEmployees: 20,
    lowestWage: 1040, raiseYen: 90, raisedWorkers: true, // wrong: a yes/no where a number belongs
    investmentYen: 6000000,
  },
});

simulate({
  program: 'hatarakikata-yuyo',
  asOf: '2023-06-01',
  input: {
    sector: 'transport', employees: 10, agreement36: true, paidLeaveRules: true, costYen: 3000000,
    goals: { holidays: { beforeDays: 4, afterDays: 6 } }, // wrong: days off are a goal of construction only
  },
});

simulate({ program: 'koyo-hoken', asOf: '2026-05-01', input: { industry: 'general', monthlyWageYen: 300000, annualWageBillYen: 1e8 } }); // wrong: both wages

simulate({ program: 'kosodate-loan', asOf: '2023-06-01', input: { qualification: 'registered', purpose: 'house', amountYen: 1e7, termMonths: 120, baseRatePercent: 1.5 } }); // wrong: not a purpose

const estimate = simulate({
  program: 'gyomu-kaizen',
  asOf: '2026-09-15',
  input: {
    prefecture: 'kagoshima', industry: 'retail', companyEmployees: 20, siteEmployees: 20,
    lowestWage: 1040, raiseYen: 90, raisedWorkers: 8, investmentYen: 6000000,
  },
});
if (estimate.ok) console.log(estimate.amountYen); // wrong: a partial answer (complete: false) has no amount

screen({ asOf: '2026-12-01', profile: { company: { industry: 'trucking' } } }); // wrong: not an industry of the profile
const screened = screen({ asOf: '2026-12-01' });
console.log(screened.programs); // wrong: read before checking `ok`

whatIf({ program: 'koyo-hoken', asOf: '2026-05-01', input: {} }, { field: 'input.monthlyWageYen', from: 0, to: 1, steps: 2 }); // wrong: koyo-hoken has no grid

const answer = simulate({ program: 'koyo-hoken', asOf: '2026-05-01', input: { industry: 'general', monthlyWageYen: 300000 } });
console.log(answer.totalYen); // wrong: an answer read before checking `ok`
if (answer.ok) {
  console.log(answer.amountYen); // wrong: koyo-hoken has no amountYen
  const rate: number = answer.workerRate; // wrong: rates are text ("6/1000")
  console.log(rate);
} else {
  console.log(answer.errors[0]?.code === 'out_of_bounds'); // wrong: not an error code
}

const listing = programs('de'); // wrong: not a language
console.log(listing, version().crate.major); // wrong: the crate version is text

const attrs: JoseikinSimulatorAttributes = { lang: 'fr' }; // wrong: not a language of the element
console.log(attrs);

document.addEventListener('joseikin-result', (event) => {
  console.log(event.detail.result.amountYen); // wrong: only a complete subsidy answer has amountYen
});
document.querySelector('joseikin-simulator')?.addEventListener('joseikin-lang', (event) => {
  const lang: 'ja' = event.detail.lang; // wrong: the language may be en
  console.log(lang);
});

const startOn: JoseikinSimulatorAttributes = { start: 'results' }; // wrong: the element starts on the screen only
console.log(startOn);
document.addEventListener('joseikin-screen', (event) => {
  console.log(event.detail.result.programs); // wrong: read before checking `ok`
  console.log(event.detail.program); // wrong: the screen's detail is of every program, not one
});
