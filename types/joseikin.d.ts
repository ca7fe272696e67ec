// Types of the joseikin JavaScript contract (README.md, "The JavaScript contract"): the requests and
// answers of simulate() for every program (complete, partial and rejected), whatIf(), programs(),
// version() and init().
//
// Written from the Rust types that write the answers (src/programs/*/mod.rs `Output`, src/explain.rs,
// src/error.rs, src/window.rs) and the fields each program reads (`read_input`). tests/js/types.test.mjs
// checks them against reality: every answer of tests/cases/*.json, in both languages, is assigned to
// these types and compiled with tsc, so a field the types lack, or a type that is wrong, fails.
//
//   import init, { simulate, programs, version } from "joseikin";
//   await init();
//   const answer = simulate({ program: "gyomu-kaizen", asOf: "2026-09-15", input: { … } });
//   if (answer.ok && answer.complete) answer.amountYen;   // the answer's type follows `program`

// ---- Shared ----------------------------------------------------------------------------------

/** The six programs. */
export type ProgramId =
  | 'gyomu-kaizen'
  | 'hatarakikata-yuyo'
  | 'koyo-hoken'
  | 'overtime-check'
  | 'kagoshima-nintei'
  | 'kosodate-loan';

/** The languages of every text of an answer. */
export type Lang = 'ja' | 'en';

/** A date written YYYY-MM-DD ("2026-09-15"); the engine checks that it exists. */
export type IsoDate = `${number}-${number}-${number}`;

/**
 * A number as a form holds it: a JSON number, or text as people write it ("6,000,000", "600万",
 * "６，０００，０００", "¥6,000,000", "1億2,000万"). Each field has a range (README, "Input ranges").
 */
export type NumberInput = number | string;

/** A rate as the leaflets write it: "9/10", "4/5", "6/1000", "5.5/1000". */
export type RateText = `${number}/${number}`;

/** A ruleset id: the program, a slash, the day or fiscal year it starts ("gyomu-kaizen/2026"). */
export type RulesetId<P extends ProgramId = ProgramId> = `${P}/${string}`;

/** A fact of a step, reason or notice, for machines: numbers, dates, rates, ids, lists of them. */
export type FactValue = number | string | FactValue[] | Values;

/** The typed facts a text was written from: `{ cost: 6000000, rate: "9/10", … }`. */
export interface Values {
  [name: string]: FactValue;
}

/** A citation: a document of `programs()`' `documents` and the heading or table in it. */
export interface Cite {
  /** The document's id ("mhlw-gyomu-kaizen-2026"). */
  id: string;
  /** The heading or table, in the answer's language (「助成上限額」). */
  section: string;
}

/** A ruleset: one program's rules for one period. */
export interface Ruleset<P extends ProgramId = ProgramId> {
  id: RulesetId<P>;
  validFrom: IsoDate;
  /** The last day; `null` for rules in force until the law changes (the overtime caps from 2024-04-01). */
  validTo: IsoDate | null;
  /** 「令和8年度（2026年4月1日〜2027年3月31日）」, in the answer's language. */
  title: string;
  /** The ids of the documents it rests on. */
  documents: string[];
}

/** One step of the explanation. The last step's `yen` is `amountYen`. */
export interface Step {
  /** Stable id ("rate", "amount_vs_cap", "round_thousand_yen"). */
  id: string;
  label: string;
  /** The step with its figures: 「600万円 × 9/10 = 540万円 > 上限 450万円 → 450万円」. */
  text: string;
  values?: Values;
  /** The figure the step yields, where it yields one. */
  yen?: number;
  source: Cite;
}

/** Why an answer is not eligible, or why a part of it adds nothing. */
export interface Reason {
  code: string;
  message: string;
  values?: Values;
  source?: Cite;
}

/** The notices the README describes; programs add their own (`budget_may_close`, `lender_review`, …). */
export type KnownNoticeCode =
  | 'unconfirmed_rule'
  | 'no_ruleset_for_date'
  | 'rules_not_modelled'
  | 'application_window_closed'
  | 'application_window_not_open'
  | 'below_minimum_wage_in_force'
  | 'deadlines_not_known'
  | 'one_application_per_year'
  | 'employer_yearly_cap'
  | 'input_not_used';

/** What else to know about an answer. */
export interface Notice {
  code: KnownNoticeCode | (string & {});
  message: string;
  /** Which rule (`unconfirmed_rule`) or which field (`input_not_used`). */
  rule?: string;
  values?: Values;
  /** The document to read; for `unconfirmed_rule`, the one to check. */
  source?: Cite;
}

/** The stable error codes (README, "Error codes"). */
export type ErrorCode =
  | 'required'
  | 'invalid_type'
  | 'not_a_number'
  | 'not_integer'
  | 'out_of_range'
  | 'unknown_value'
  | 'unknown_field'
  | 'invalid_date'
  | 'date_before_rules'
  | 'conflicting_fields'
  | 'inconsistent'
  | 'too_many_items'
  | 'wrong_item_count'
  | 'too_deep'
  | 'internal_overflow';

/** A user's mistake. */
export interface FieldError {
  /** The path of the field: "input.workers[2].wageAfter", "asOf", "program". */
  field: string;
  code: ErrorCode;
  /** In the language asked. */
  message: string;
}

/** The answer to a request with mistakes: a user's mistake never throws. */
export interface Rejected {
  ok: false;
  lang: Lang;
  errors: FieldError[];
}

/** The window for applications on `asOf` (gyomu-kaizen, hatarakikata-yuyo). */
export interface ApplicationWindow {
  /** `null` where only the last day is known (FY2023). */
  opens: IsoDate | null;
  closes: IsoDate;
  status: 'open' | 'closed' | 'not_yet_open';
  /** The round (回), where the year has several. */
  round?: number;
}

/** What every complete answer has, whatever the program. */
export interface AnswerBase<P extends ProgramId> {
  ok: true;
  complete: true;
  lang: Lang;
  program: P;
  ruleset: Ruleset<P>;
  steps: Step[];
  reasons: Reason[];
  notices: Notice[];
  /** The ids of the documents the answer cites, each once, in order of citation. */
  sources: string[];
}

/**
 * A form of `gyomu-kaizen` or `hatarakikata-yuyo` whose only mistakes are required input fields not
 * yet given: the fields missing and the range of amounts that the fields given still allow.
 */
export interface PartialAnswer<P extends ProgramId = PartialProgramId> {
  ok: true;
  complete: false;
  lang: Lang;
  program: P;
  ruleset: Ruleset<P>;
  /** The paths of the required fields not yet given ("input.raiseYen"). */
  missing: string[];
  bounds: { minYen: number; maxYen: number };
  /** The window, once the fields given decide it (the date; for gyomu-kaizen the prefecture too). */
  applicationWindow: ApplicationWindow | null;
  /** The same fields as `required` errors, with their messages. */
  errors: FieldError[];
  /** Empty: a partial answer has no steps or reasons. */
  steps: Step[];
  reasons: Reason[];
  notices: Notice[];
  sources: string[];
}

/** The programs that give partial answers. */
export type PartialProgramId = 'gyomu-kaizen' | 'hatarakikata-yuyo';

/** One of the smallest single changes of the request that raise the amount, as a patch. */
export interface Hint<Code extends string = string> {
  code: Code | (string & {});
  /**
   * Applied to the request (`field` as errors name it), simulate() answers `amountYen`. The value
   * is a number, yes, or a group given at once: `{ field: "input.wageRaise", value: { percent: 3,
   * workers: 1 } }` (`bonus_start`).
   */
  change: { field: string; value: number | boolean | Record<string, number> };
  amountYen: number;
  /** A fact to know rather than a way to more: the change gives the same amount as now. */
  informational: boolean;
  text: string;
  values: Values;
}

/** Fields that may be left out; `null` and empty text count as not given too. */
type Maybe<T> = T | null;

// ---- gyomu-kaizen: 業務改善助成金 ---------------------------------------------------------------

/** The 47 prefectures' romaji ids; kanji names (鹿児島県, 鹿児島) and JIS codes (46) are read too. */
export type PrefectureId =
  | 'hokkaido' | 'aomori' | 'iwate' | 'miyagi' | 'akita' | 'yamagata' | 'fukushima' | 'ibaraki'
  | 'tochigi' | 'gunma' | 'saitama' | 'chiba' | 'tokyo' | 'kanagawa' | 'niigata' | 'toyama'
  | 'ishikawa' | 'fukui' | 'yamanashi' | 'nagano' | 'gifu' | 'shizuoka' | 'aichi' | 'mie' | 'shiga'
  | 'kyoto' | 'osaka' | 'hyogo' | 'nara' | 'wakayama' | 'tottori' | 'shimane' | 'okayama'
  | 'hiroshima' | 'yamaguchi' | 'tokushima' | 'kagawa' | 'ehime' | 'kochi' | 'fukuoka' | 'saga'
  | 'nagasaki' | 'kumamoto' | 'oita' | 'miyazaki' | 'kagoshima' | 'okinawa';

/** A worker of the detailed mode. */
export interface GyomuKaizenWorker {
  wageBefore: NumberInput;
  wageAfter: NumberInput;
  monthsEmployed: NumberInput;
  /** Insured under 雇用保険; default true. From FY2026 only insured workers count as raised. */
  insured?: Maybe<boolean>;
  /** Hours worked in a year, for the yearly cost of the raise (`wageCostYenPerYear`). */
  annualHours?: Maybe<NumberInput>;
}

interface GyomuKaizenCommon {
  prefecture: PrefectureId | (string & {}) | number;
  industry: 'retail' | 'service' | 'wholesale' | 'other';
  capitalYen?: Maybe<NumberInput>;
  companyEmployees: NumberInput;
  siteEmployees: NumberInput;
  investmentYen: NumberInput;
  extraCosts?: Maybe<{
    devicesYen?: Maybe<NumberInput>;
    vehiclesYen?: Maybe<NumberInput>;
    relatedYen?: Maybe<NumberInput>;
  }>;
  productivityMet?: Maybe<boolean>;
  salesDrop15?: Maybe<boolean>;
  deemedLargeEnterprise?: Maybe<boolean>;
  profitDrop3pt?: Maybe<boolean>;
  disqualifyingEvents?: Maybe<boolean>;
}

/** The three simple wage fields, or the `workers` list: never both (`conflicting_fields`). */
export type GyomuKaizenInput = GyomuKaizenCommon &
  (
    | {
        lowestWage: NumberInput;
        raiseYen: NumberInput;
        raisedWorkers: NumberInput;
        /** Hours worked in a year by each raised worker, for `wageCostYenPerYear`. */
        annualHours?: Maybe<NumberInput>;
        workers?: never;
      }
    | {
        workers: GyomuKaizenWorker[];
        lowestWage?: never;
        raiseYen?: never;
        raisedWorkers?: never;
        annualHours?: never;
      }
  );

/** How a listed worker was counted (detailed mode). */
export interface GyomuKaizenWorkerResult {
  /** The position in `input.workers`. */
  index: number;
  counted: boolean;
  code:
    | 'at_lowest_wage'
    | 'raised_less_than_course'
    | 'overtaken'
    | 'already_at_raised_minimum'
    | 'employed_under_minimum_months'
    | 'not_insured';
  message: string;
}

/** One course of the ruleset, computed for the request. */
export interface GyomuKaizenAlternative {
  /** The course in yen. */
  course: number;
  reached: boolean;
  /** The raise the course needs. */
  raiseNeededYen: number;
  countedWorkers: number;
  capYen: number | null;
  amountYen: number;
  /** The course the answer takes. */
  best: boolean;
}

export interface GyomuKaizenAnswer extends AnswerBase<'gyomu-kaizen'> {
  eligible: boolean;
  /** The estimate after the rounding step; 0 when not eligible. */
  amountYen: number;
  capYen: number | null;
  rate: RateText | null;
  /** The course in yen (30, 45, 60, 90; from FY2026 50, 70, 90), when the raise reaches one. */
  course: number | null;
  countedWorkers: number;
  special: {
    isSpecial: boolean;
    wage: boolean;
    production: boolean;
    priceHike: boolean;
    widenedCosts: boolean;
  };
  /** The site's lowest wage (事業場内最低賃金) before the raise. */
  lowestWageYen: number | null;
  regionalMinimumWageYen: number;
  eligibleCostYen: number;
  /** The eligible cost less the subsidy. */
  outOfPocketYen: number;
  /** The yearly cost of the raise, when `annualHours` is given. */
  wageCostYenPerYear?: number;
  /** Every course of the ruleset, as the answer counts, caps, rates and rounds. */
  alternatives: GyomuKaizenAlternative[];
  /** Why the answer takes its course among those reached; `null` when none is. */
  bestReason: 'only_course_reached' | 'highest_cap' | 'higher_course_on_tie' | 'highest_course_reached' | null;
  hints: Hint<
    'next_course' | 'reach_new_minimum_wage' | 'next_row' | 'productivity' | 'production' | 'price_hike' | 'investment_ceiling'
  >[];
  /** Only in the detailed mode (`input.workers`). */
  workers?: GyomuKaizenWorkerResult[];
  /** `null` where the sources give no window for the year (FY2024). */
  applicationWindow: ApplicationWindow | null;
}

// ---- hatarakikata-yuyo: 働き方改革推進支援助成金 適用猶予業種等対応コース --------------------------

export interface OvertimeGoalInput {
  /** Monthly overtime and holiday work in the 36協定, hours. */
  beforeHours: NumberInput;
  afterHours: NumberInput;
}
export interface IntervalGoalInput {
  /** The shortest rest between shifts, hours. */
  hours: NumberInput;
  kind: 'new' | 'extend';
}
/** Days off per 4 weeks, or a year's days off: never both. */
export type HolidaysGoalInput =
  | { beforeDays: NumberInput; afterDays: NumberInput; annualBefore?: never; annualAfter?: never }
  | { annualBefore: NumberInput; annualAfter: NumberInput; beforeDays?: never; afterDays?: never };

interface HatarakikataYuyoCovered {
  capitalYen?: Maybe<NumberInput>;
  employees: NumberInput;
  agreement36: boolean;
  paidLeaveRules: boolean;
  pastOvertimeOver45h?: Maybe<boolean>;
  costYen: NumberInput;
  efficiencyCostYen?: Maybe<NumberInput>;
  wageRaise?: Maybe<{ percent: NumberInput; workers: NumberInput }>;
}

/** The goals a sector may choose (another is `inconsistent`). */
export type HatarakikataYuyoInput =
  | (HatarakikataYuyoCovered & {
      sector: 'transport';
      goals?: Maybe<{ overtime?: Maybe<OvertimeGoalInput>; interval?: Maybe<IntervalGoalInput> }>;
    })
  | (HatarakikataYuyoCovered & {
      sector: 'construction';
      goals?: Maybe<{ overtime?: Maybe<OvertimeGoalInput>; holidays?: Maybe<HolidaysGoalInput> }>;
    })
  | (HatarakikataYuyoCovered & {
      sector: 'hospital';
      goals?: Maybe<{
        overtime?: Maybe<OvertimeGoalInput>;
        interval?: Maybe<IntervalGoalInput>;
        /** Whether every item of the doctors' work-style reform is done. */
        doctors?: Maybe<boolean>;
      }>;
    })
  /** 砂糖製造業: recognised, its figures not known; the other fields are ignored. */
  | (Partial<HatarakikataYuyoCovered> & { sector: 'sugar'; goals?: unknown });

export interface HatarakikataYuyoGoalResult {
  goal: 'overtime' | 'interval' | 'holidays' | 'doctors';
  /** The cap the goal adds; 0 when not reached. */
  capYen: number;
  reached: boolean;
  reason: { code: string; message: string };
}

export interface HatarakikataYuyoAnswer extends AnswerBase<'hatarakikata-yuyo'> {
  eligible: boolean;
  amountYen: number;
  /** `null` for sugar. */
  capYen: number | null;
  /** 3/4 or 4/5; `null` for sugar. */
  rate: RateText | null;
  sector: 'transport' | 'construction' | 'hospital' | 'sugar';
  /** One per goal given: overtime, interval, holidays, doctors. */
  goals: HatarakikataYuyoGoalResult[];
  bonusYen: number;
  eligibleCostYen: number;
  /** The eligible cost less the subsidy. */
  outOfPocketYen: number;
  /** The next tier of each goal; the wage-raise bonus: its first row where no raise is given, else
   * its next row and percent. */
  hints: Hint<
    | 'overtime_next_tier'
    | 'interval_next_tier'
    | 'holidays_next_tier'
    | 'doctors_all_items'
    | 'bonus_start'
    | 'bonus_next_row'
    | 'bonus_next_percent'
  >[];
  applicationWindow: ApplicationWindow | null;
}

// ---- koyo-hoken: 雇用保険料 ------------------------------------------------------------------------

interface KoyoHokenCommon {
  industry: 'general' | 'agriculture' | 'construction';
}
/** One worker's monthly wage, or the year's insured wage bill: exactly one. */
export type KoyoHokenInput = KoyoHokenCommon &
  (
    | { monthlyWageYen: NumberInput; annualWageBillYen?: never }
    | { annualWageBillYen: NumberInput; monthlyWageYen?: never }
  );

export interface KoyoHokenAnswer extends AnswerBase<'koyo-hoken'> {
  basis: 'monthly' | 'annual';
  fiscalYear: number;
  wageYen: number;
  premiumBasisYen: number;
  workerRate: RateText;
  employerRate: RateText;
  totalRate: RateText;
  workerShareYen: number;
  employerShareYen: number;
  totalYen: number;
}

// ---- overtime-check: 時間外労働の上限規制 -----------------------------------------------------------

export interface OvertimeMonthInput {
  overtimeHours: NumberInput;
  /** Default 0. */
  holidayHours?: Maybe<NumberInput>;
}

export type OvertimeCategory = 'general' | 'construction' | 'sugar' | 'driver' | 'doctor';

export interface OvertimeCheckInput {
  category: OvertimeCategory;
  /** 特別条項: default false. */
  specialClause?: Maybe<boolean>;
  /** Exactly 12 months, the first month of the agreement first (`wrong_item_count` otherwise). */
  months: OvertimeMonthInput[];
}

export interface OvertimeRuleResult {
  rule: string;
  label: string;
  passed: boolean;
  limit: number;
  actual: number;
  unit: 'hours' | 'months';
  /** The months (1-based, `from` to `to`) where the rule is broken. */
  breaches: { from: number; to: number; hours: number }[];
}

export interface OvertimeHours {
  overtimeHours: number;
  holidayHours: number;
  totalHours: number;
}

export interface OvertimeCheckAnswer extends AnswerBase<'overtime-check'> {
  category: OvertimeCategory;
  specialClause: boolean;
  capsApply: boolean;
  /** `null` where the caps are not modelled (doctors). */
  compliant: boolean | null;
  rules: OvertimeRuleResult[];
  months: (OvertimeHours & { month: number })[];
  totals: OvertimeHours;
}

// ---- kagoshima-nintei: かごしま「働き方改革」推進企業 -------------------------------------------------

export type KagoshimaWorkStyleItem = 'leave_promotion' | 'flexible_work';
export type KagoshimaInitiative =
  | 'non_regular_treatment'
  | 'productivity'
  | 'women'
  | 'young_staff'
  | 'health_and_treatment'
  | 'childcare'
  | 'nursing_care'
  | 'disabilities'
  | 'older_workers';

export interface KagoshimaNinteiInput {
  ikubossDeclared?: Maybe<boolean>;
  kosodateOuenRegistered?: Maybe<boolean>;
  awarenessActivities?: Maybe<boolean>;
  longHoursMeasures?: Maybe<boolean>;
  allStaffMonthlyOvertimeHours?: Maybe<NumberInput>;
  regularStaffMonthlyOvertimeHours?: Maybe<NumberInput>;
  workStyleItems?: Maybe<KagoshimaWorkStyleItem[]>;
  initiatives?: Maybe<KagoshimaInitiative[]>;
}

export interface KagoshimaNinteiAnswer extends AnswerBase<'kagoshima-nintei'> {
  certified: boolean;
  required: { id: string; label: string; met: boolean }[];
  overtime: {
    allStaffHours: number | null;
    allStaffMaxHours: number;
    regularStaffHours: number | null;
    regularStaffMaxHours: number;
    met: boolean;
  };
  groups: {
    group: string;
    label: string;
    needed: number;
    chosen: (KagoshimaWorkStyleItem | KagoshimaInitiative)[];
    met: boolean;
  }[];
  /** What is missing for the certification, with the choices that would complete a group. */
  missing: {
    code: string;
    message: string;
    moreNeeded?: number;
    options?: { id: KagoshimaWorkStyleItem | KagoshimaInitiative; label: string }[];
  }[];
}

// ---- kosodate-loan: かごしま子育て応援企業ローン -------------------------------------------------------

export interface KosodateLoanInput {
  qualification: 'registered' | 'passport_sponsor' | 'none';
  purpose: 'working' | 'equipment';
  amountYen: NumberInput;
  termMonths: NumberInput;
  /** Default 0; below the term. */
  graceMonths?: Maybe<NumberInput>;
  /** 商工中金's rate, percent a year; "unknown": the answer spans the assumed rates (`rateRange`). */
  baseRatePercent: NumberInput | 'unknown';
  /** Needed for equipment loans over the term where the long-term prime rate is a floor. */
  longTermPrimeRatePercent?: Maybe<NumberInput | 'unknown'>;
}

/** The schedules' headline figures at one rate. */
export interface KosodateLoanScenario {
  appliedRatePercent: number;
  /** 元金均等: the first payment after the grace period (the largest). */
  equalPrincipalFirstPaymentYen: number;
  equalPrincipalTotalInterestYen: number;
  /** 元利均等: the level monthly payment. */
  equalPaymentInstalmentYen: number;
  equalPaymentTotalInterestYen: number;
}

export interface KosodateLoanSchedule {
  instalmentYen: number;
  totalInterestYen: number;
  totalPaymentYen: number;
  rows: { month: number; principalYen: number; interestYen: number; paymentYen: number; balanceYen: number }[];
}

export interface KosodateLoanAnswer extends AnswerBase<'kosodate-loan'> {
  fits: boolean;
  checks: { check: string; passed: boolean; limit?: number; actual?: number; message: string }[];
  purpose: 'working' | 'equipment';
  /** The lender's rate as entered; `null` when the user does not know it. */
  baseRatePercent: number | null;
  /** The rate of the schedules (with a rate not known: the high end of the assumed span). */
  appliedRatePercent: number;
  primeFloorApplied: boolean;
  equalPrincipal: KosodateLoanSchedule;
  equalPayment: KosodateLoanSchedule;
  /** When a rate is not known: the headline figures at both ends of the assumed span. */
  rateRange?: { low: KosodateLoanScenario; high: KosodateLoanScenario };
}

// ---- The calls ---------------------------------------------------------------------------------

/** Each program's input. */
export interface Inputs {
  'gyomu-kaizen': GyomuKaizenInput;
  'hatarakikata-yuyo': HatarakikataYuyoInput;
  'koyo-hoken': KoyoHokenInput;
  'overtime-check': OvertimeCheckInput;
  'kagoshima-nintei': KagoshimaNinteiInput;
  'kosodate-loan': KosodateLoanInput;
}

/** Each program's complete answer (`complete: true`). */
export interface Answers {
  'gyomu-kaizen': GyomuKaizenAnswer;
  'hatarakikata-yuyo': HatarakikataYuyoAnswer;
  'koyo-hoken': KoyoHokenAnswer;
  'overtime-check': OvertimeCheckAnswer;
  'kagoshima-nintei': KagoshimaNinteiAnswer;
  'kosodate-loan': KosodateLoanAnswer;
}

/** A request for program `P`. */
export interface Request<P extends ProgramId = ProgramId> {
  program: P;
  /** The date of application; picks the ruleset. */
  asOf: IsoDate;
  /** The language of every text of the answer; default "ja". */
  lang?: Maybe<Lang>;
  input: Inputs[P];
}

/** Any program's request, discriminated by `program`. */
export type AnyRequest = { [P in ProgramId]: Request<P> }[ProgramId];

/** Program `P`'s partial answer, where it gives them. */
export type PartialAnswerOf<P extends ProgramId> = P extends PartialProgramId ? PartialAnswer<P> : never;

/**
 * What simulate() returns for program `P`: a complete answer (`ok: true, complete: true`), a partial
 * one while required fields are missing (`ok: true, complete: false`; gyomu-kaizen and
 * hatarakikata-yuyo), or the mistakes (`ok: false`).
 */
export type Result<P extends ProgramId = ProgramId> = Answers[P] | PartialAnswerOf<P> | Rejected;

/** Any program's complete answer, discriminated by `program`. */
export type AnyAnswer = Answers[ProgramId];

/**
 * Computes one estimate. A user's mistake comes back as `{ ok: false, errors }`; only a call whose
 * request is not a plain object throws.
 */
export function simulate<P extends ProgramId>(request: Request<P>): Result<P>;

/** The programs with a what-if grid, and the fields each may vary. */
export interface WhatIfFields {
  'gyomu-kaizen': 'input.investmentYen' | 'input.raiseYen';
  'hatarakikata-yuyo': 'input.costYen';
}

/** The grid of `whatIf()`: the field, from, to (within the field's range) and 2–200 points. */
export interface WhatIfOptions<P extends keyof WhatIfFields = keyof WhatIfFields> {
  /** The path, or the key alone ("investmentYen"). */
  field: WhatIfFields[P] | (WhatIfFields[P] extends `input.${infer K}` ? K : never);
  from: NumberInput;
  to: NumberInput;
  steps: NumberInput;
}

/** A value of the grid and the amount it gives. */
export interface WhatIfPoint {
  value: number;
  amountYen: number;
}

/** The amount over a grid of one field. */
export interface WhatIfAnswer<P extends keyof WhatIfFields = keyof WhatIfFields> {
  ok: true;
  lang: Lang;
  program: P;
  field: WhatIfFields[P];
  points: WhatIfPoint[];
  marks: {
    /** The request's own value and amount; `null` when the request does not give the field. */
    current: WhatIfPoint | null;
    /** The investment ceiling: the value from which the amount is the cap. */
    cap?: WhatIfPoint;
    /** Where each course begins, on a raise axis. */
    courseSteps?: (WhatIfPoint & { course: number })[];
  };
}

/**
 * The amount over a grid of one field, the others as in `request` (whose field may be missing).
 * Mistakes of the request or the options come back as `{ ok: false, errors }`.
 */
export function whatIf<P extends keyof WhatIfFields>(
  request: Omit<Request<P>, 'input'> & { input: Partial<Inputs[P]> },
  options: WhatIfOptions<P>,
): WhatIfAnswer<P> | Rejected;

/** The industries of a screen profile; each program is given its own word for it. */
export type ProfileIndustry =
  | 'retail' | 'service' | 'wholesale' | 'manufacturing' | 'transport'
  | 'construction' | 'hospital' | 'sugar' | 'agriculture' | 'other';

/** What an employer knows of itself, every field optional. */
export interface Profile {
  company?: Maybe<{
    /** Romaji, Japanese name or JIS number, as `simulate()` takes them. */
    prefecture?: Maybe<string | number>;
    industry?: Maybe<ProfileIndustry>;
    capitalYen?: Maybe<NumberInput>;
    /** Workers of the whole company. */
    employees?: Maybe<NumberInput>;
    /** The year's wage bill, for the employment-insurance premium. */
    annualWageBillYen?: Maybe<NumberInput>;
  }>;
  /** The site (事業場) that would raise its wages: 業務改善助成金 is applied for by site. */
  site?: Maybe<{ employees?: Maybe<NumberInput>; lowestWage?: Maybe<NumberInput> }>;
  plans?: Maybe<{ raiseYen?: Maybe<NumberInput>; raisedWorkers?: Maybe<NumberInput>; investmentYen?: Maybe<NumberInput> }>;
}

/** A request of `screen()`. */
export interface ScreenRequest {
  asOf: IsoDate;
  lang?: Maybe<Lang>;
  profile?: Maybe<Profile>;
}

/** Where one program stands for the profile. */
export interface ScreenRow<P extends ProgramId = ProgramId> {
  program: P;
  title: string;
  kind: 'subsidy' | 'premium' | 'check' | 'certification' | 'loan';
  status: 'likely' | 'not_eligible' | 'needs_input';
  ruleset: Ruleset<P>;
  /** A subsidy's estimate, when the profile describes it fully and it is likely. */
  amountYen?: number;
  /** koyo-hoken: the employer's share of the year's premium. */
  employerShareYen?: number;
  /** While fields are missing: the range of amounts the profile still allows. */
  bounds?: { minYen: number; maxYen: number };
  /** `profile.…` fields of the profile, `input.…` fields only the program's own form asks, or `input` for the whole form. */
  missing: string[];
  /** Why a program is `not_eligible`. */
  reasons: Reason[];
  notices: Notice[];
  applicationWindow: ApplicationWindow | null;
  /** The request simulate() takes for this program: open its form with it. */
  request: Request<P>;
}

/** What screen() answers. */
export interface ScreenAnswer {
  ok: true;
  lang: Lang;
  asOf: IsoDate;
  programs: { [P in ProgramId]: ScreenRow<P> }[ProgramId][];
  /** Each profile field still missing, with the programs that need it. */
  missing: { field: string; programs: ProgramId[] }[];
  /** Programs that could fund the same purchase: an unconfirmed notice. */
  overlaps: { programs: [ProgramId, ProgramId]; notice: Notice }[];
}

/**
 * Which programs fit one company: every program at once, from one profile. A mistake in the profile
 * comes back as `{ ok: false, errors }` with the profile's paths; only a call whose request is not a
 * plain object throws.
 */
export function screen(request: ScreenRequest): ScreenAnswer | Rejected;

/** A document the answers cite. */
export interface Document {
  id: string;
  title: string;
  publisher: string;
  /** A date (「2026年4月」) or a fiscal year (「令和8年度」), in the language asked. */
  published: string;
  /** The official page, where one is known. */
  url: string | null;
  /** `secondary` where the figures were read in material quoting the document. */
  standing: 'official' | 'secondary';
}

/** A program as `programs(lang)` lists it. */
export interface ProgramListing<P extends ProgramId = ProgramId> {
  id: P;
  title: string;
  rulesets: Ruleset<P>[];
  documents: Document[];
}

/** Every program with its rulesets and documents, in `lang` ("ja" when not given or not known). */
export function programs(lang?: Maybe<Lang>): { [P in ProgramId]: ProgramListing<P> }[ProgramId][];

/** The crate version and every ruleset id. */
export interface VersionInfo {
  crate: string;
  rulesets: RulesetId[];
  /** A fingerprint (16 hex digits) of every catalog of words, in every language. */
  catalogs: string;
  /** A fingerprint (16 hex digits) of the data tables the rules read (regional minimum wages). */
  data: string;
}

export function version(): VersionInfo;

/**
 * Loads and instantiates the WebAssembly module, once; call it before the others. In a browser the
 * module is fetched next to this file and refused unless its bytes match the hash built into the
 * package; in Node the package's entry has already loaded it and this resolves at once.
 */
export default function init(): Promise<void>;
