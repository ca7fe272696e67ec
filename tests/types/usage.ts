// What an integrator writes with the published types: every line must compile (`make types`).
import init, { programs, screen, simulate, version, whatIf } from 'joseikin';
import type { AnyRequest, FieldError, GyomuKaizenAnswer, Lang, Result } from 'joseikin';
import type { JoseikinSimulatorAttributes, JoseikinSimulatorElement } from 'joseikin/element';
import 'joseikin/element';

await init();

// The leaflet's example (README): the answer's type follows `program`.
const answer = simulate({
  program: 'gyomu-kaizen',
  asOf: '2026-09-15',
  lang: 'ja',
  input: {
    prefecture: 'kagoshima', industry: 'retail',
    capitalYen: 10000000, companyEmployees: 20, siteEmployees: 20,
    lowestWage: 1040, raiseYen: 90, raisedWorkers: 8,
    investmentYen: '600万',
  },
});
if (answer.ok && answer.complete) {
  const yen: number = answer.amountYen;
  const id: string = answer.ruleset.id;
  const opens: string | null = answer.applicationWindow?.opens ?? null;
  const cited: string[] = answer.steps.map((s) => `${s.source.id} ${s.source.section}`);
  const last = answer.steps.at(-1)?.yen;
  console.log(yen, id, opens, cited, last, answer.rate?.split('/'), answer.outOfPocketYen);
  // The decision: every course, and the smallest changes that pay more, as patches of the request.
  const best = answer.alternatives.find((a) => a.best);
  console.log(best?.course, answer.bestReason, answer.wageCostYenPerYear ?? 'no hours given');
  for (const h of answer.hints) if (!h.informational) console.log(h.code, h.change.field, h.change.value, h.amountYen, h.text);
} else if (answer.ok) {
  // Partial: required fields still missing, and the range of amounts the others allow.
  console.log(answer.missing.join(', '), answer.bounds.minYen, answer.bounds.maxYen, answer.errors.length);
} else {
  const first: FieldError | undefined = answer.errors[0];
  if (first?.code === 'out_of_range') console.log(first.field, first.message);
}

// The detailed mode, kanji prefecture and text numbers.
const detailed: Result<'gyomu-kaizen'> = simulate({
  program: 'gyomu-kaizen',
  asOf: '2026-09-15',
  input: {
    prefecture: '鹿児島県', industry: 'service', companyEmployees: '20', siteEmployees: 20,
    workers: [{ wageBefore: 1040, wageAfter: 1130, monthsEmployed: 12, insured: true, annualHours: 1800 }],
    investmentYen: 6000000, extraCosts: { devicesYen: 0 },
  },
});
if (detailed.ok && detailed.complete && detailed.workers) console.log(detailed.workers.map((w) => w.code));

const yuyo = simulate({
  program: 'hatarakikata-yuyo',
  asOf: '2023-06-01',
  input: {
    sector: 'construction', employees: 10, agreement36: true, paidLeaveRules: true, costYen: 3000000,
    goals: { overtime: { beforeHours: 80, afterHours: 60 }, holidays: { beforeDays: 4, afterDays: 6 } },
    wageRaise: { percent: 3, workers: 5 },
  },
});
if (yuyo.ok && yuyo.complete) console.log(yuyo.hints.map((h) => h.code), yuyo.goals.filter((g) => g.reached).map((g) => g.capYen), yuyo.bonusYen);

const premium = simulate({ program: 'koyo-hoken', asOf: '2026-05-01', input: { industry: 'general', monthlyWageYen: 300000 } });
if (premium.ok) console.log(premium.workerShareYen, premium.workerRate);

const months = Array.from({ length: 12 }, () => ({ overtimeHours: 40, holidayHours: 0 }));
const overtime = simulate({ program: 'overtime-check', asOf: '2026-05-01', input: { category: 'general', specialClause: true, months } });
if (overtime.ok && overtime.compliant === false) console.log(overtime.rules.filter((r) => !r.passed));

const nintei = simulate({
  program: 'kagoshima-nintei',
  asOf: '2023-06-01',
  input: { ikubossDeclared: true, workStyleItems: ['flexible_work'], initiatives: ['women', 'childcare'] },
});
if (nintei.ok) console.log(nintei.certified, nintei.missing.map((m) => m.options?.map((o) => o.id)));

const loan = simulate({
  program: 'kosodate-loan',
  asOf: '2023-06-01',
  input: { qualification: 'registered', purpose: 'equipment', amountYen: 10000000, termMonths: 120, baseRatePercent: 1.5 },
});
if (loan.ok) console.log(loan.equalPayment.instalmentYen, loan.checks.every((c) => c.passed));

// A request built elsewhere, of any program: narrow the answer by `program`.
function run(request: AnyRequest): number | null {
  const result = simulate(request);
  if (!result.ok) return null;
  if (!result.complete) return result.bounds.maxYen;
  switch (result.program) {
    case 'gyomu-kaizen':
    case 'hatarakikata-yuyo':
      return result.amountYen;
    case 'koyo-hoken':
      return result.totalYen;
    default:
      return null;
  }
}
console.log(run({ program: 'koyo-hoken', asOf: '2026-05-01', input: { industry: 'construction', annualWageBillYen: 1e8 } }));

// The amount over a grid of the investment, the other fields as in the request.
const grid = whatIf(
  { program: 'gyomu-kaizen', asOf: '2026-09-15', input: { prefecture: 'kagoshima', industry: 'retail', companyEmployees: 20, siteEmployees: 20, lowestWage: 1040, raiseYen: 90, raisedWorkers: 8 } },
  { field: 'investmentYen', from: 0, to: 10000000, steps: 21 },
);
if (grid.ok) console.log(grid.field, grid.points.map((p) => [p.value, p.amountYen]), grid.marks.cap?.value, grid.marks.current);

// One profile, every program: the status of each and the request that opens its form.
const s = screen({ asOf: '2026-12-01', lang: 'ja', profile: { company: { prefecture: 'kagoshima', industry: 'transport', employees: 20 }, site: { lowestWage: 1040 } } });
if (s.ok) {
  for (const row of s.programs) {
    if (row.status === 'likely') console.log(row.title, row.amountYen ?? row.employerShareYen);
    else if (row.status === 'needs_input') console.log(row.title, row.missing, row.bounds?.maxYen);
    else console.log(row.title, row.reasons.map((r) => r.message));
    const again = simulate(row.request);
    console.log(again.ok);
  }
  for (const m of s.missing) console.log(m.field, m.programs.join(', '));
  for (const o of s.overlaps) console.log(o.programs, o.notice.message);
} else {
  for (const e of s.errors) console.log(e.field, e.code, e.message);
}

// programs() and version(): enough to name the rules an estimate used.
for (const p of programs('en')) {
  for (const r of p.rulesets) console.log(p.id, r.id, r.validFrom, r.validTo ?? 'in force', r.title);
  for (const d of p.documents) console.log(d.title, d.publisher, d.published, d.url ?? '', d.standing);
}
const v = version();
console.log(v.crate, v.rulesets.includes('gyomu-kaizen/2026'));

// The element: its attributes, properties and events.
const el: JoseikinSimulatorElement = document.createElement('joseikin-simulator');
const attrs: JoseikinSimulatorAttributes = { program: 'kosodate-loan', lang: 'en', 'as-of': '2026-12-01', 'lock-program': true, 'heading-level': 3 };
for (const [name, value] of Object.entries(attrs)) {
  if (value === false) continue;
  el.setAttribute(name, value === true ? '' : String(value));
}
document.body.append(el);
const found = document.querySelector('joseikin-simulator');
console.log(found?.result?.ok, found?.request?.program);

document.addEventListener('joseikin-result', (event) => {
  const { detail } = event;
  if (detail.program === 'gyomu-kaizen' && detail.result.ok && detail.result.complete) {
    const a: GyomuKaizenAnswer = detail.result;
    const invested = detail.request.input.investmentYen;
    console.log(a.amountYen, a.eligible, detail.asOf, invested);
  } else if (!detail.result.ok) {
    console.log(detail.result.errors.length);
  }
});
el.addEventListener('joseikin-lang', (event) => {
  const lang: Lang = event.detail.lang;
  document.documentElement.lang = lang;
});
window.addEventListener('joseikin-result', (event) => console.log(event.detail.lang));

// The screen: the element opens on the company profile, and a portal prefills from each answer.
const screened: JoseikinSimulatorAttributes = { start: 'screen', lang: 'ja' };
console.log(screened.start);
document.addEventListener('joseikin-screen', (event) => {
  const { asOf, lang, profile, result } = event.detail;
  const industry = profile.company?.industry;
  if (result.ok) {
    for (const row of result.programs) console.log(row.program, row.status, row.amountYen ?? row.bounds?.maxYen, row.request.input);
    console.log(asOf, lang, industry, result.missing.map((m) => m.field));
  } else {
    console.log(result.errors.map((e) => `${e.field}: ${e.message}`));
  }
});
