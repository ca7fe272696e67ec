// Types of the custom element <joseikin-simulator> (www/README.md, "Embedding in a portal"): its
// attributes, its read-only properties and its events. Importing the element's module defines it:
//
//   import 'joseikin/element';
//   document.addEventListener('joseikin-result', (e) => {
//     const { program, result } = e.detail;          // typed: JoseikinResultDetail
//     if (program === 'gyomu-kaizen' && result.ok) console.log(result.amountYen);
//   });
import type { Answers, Inputs, IsoDate, Lang, PartialAnswerOf, Profile, ProgramId, Rejected, Request, ScreenAnswer } from './joseikin.js';

/** The element's attributes, as `setAttribute` takes them (boolean attributes: present or absent). */
export interface JoseikinSimulatorAttributes {
  /** The program shown first; with `lock-program`, the only one. Default "gyomu-kaizen". */
  program?: ProgramId;
  /** Default "ja"; change it at any time. */
  lang?: Lang;
  /** The date every tab starts with; default today. */
  'as-of'?: IsoDate;
  /** Hide the program tabs. */
  'lock-program'?: '' | boolean;
  /** The level of the element's top heading; default 2. */
  'heading-level'?: '1' | '2' | '3' | '4' | '5' | 1 | 2 | 3 | 4 | 5;
  /** Keep the inputs in the URL fragment: for a page that hosts only the simulator. */
  'sync-url'?: '' | boolean;
  /**
   * "screen": open on the company profile that screens every program at once, with a tab of its
   * own before the programs' (not with `lock-program`). A link to a program (`sync-url`) still
   * opens that program.
   */
  start?: 'screen';
}

/** The request the element sent while the form is incomplete: the fields filled so far. */
export interface PartialRequest<P extends ProgramId = ProgramId> {
  program: P;
  asOf: IsoDate;
  lang: Lang;
  input: { [K in keyof Inputs[P]]?: unknown } & Record<string, unknown>;
}

/**
 * Never expected: the module threw on a call the element built, a defect of the element; the
 * console has the error.
 */
export interface ElementCallError {
  ok: false;
  errors: [{ field: ''; code: 'call_error'; message: { ja: string; en: string } }];
}

/** `joseikin-result`'s detail for program `P`: a complete answer, or a form still incomplete or wrong. */
export type JoseikinResultDetailOf<P extends ProgramId> =
  | { program: P; asOf: IsoDate; lang: Lang; request: Request<P> & { lang: Lang }; result: Answers[P] }
  | {
      program: P;
      asOf: IsoDate;
      lang: Lang;
      request: PartialRequest<P>;
      result: PartialAnswerOf<P> | Rejected | ElementCallError;
    };

/** `joseikin-result`'s detail, discriminated by `program` (then by `result.ok`). */
export type JoseikinResultDetail = { [P in ProgramId]: JoseikinResultDetailOf<P> }[ProgramId];

/**
 * `joseikin-screen`'s detail: the profile typed on the screen, as sent to `screen()`, and its
 * answer. `result.ok` is false while a field holds a mistake (`errors` with `profile.…` paths).
 */
export interface JoseikinScreenDetail {
  asOf: IsoDate;
  lang: Lang;
  profile: Profile;
  result: ScreenAnswer | Rejected | ElementCallError;
}

/** `joseikin-lang`'s detail. */
export interface JoseikinLangDetail {
  lang: Lang;
}

/** The element. */
export interface JoseikinSimulatorElement extends HTMLElement {
  /** The last request the element built; `null` before the first. */
  readonly request: Request | PartialRequest | null;
  /** The last answer; `null` until the WebAssembly module has loaded. */
  readonly result: Answers[ProgramId] | PartialAnswerOf<ProgramId> | Rejected | ElementCallError | null;
  /** The screen's last answer (`start="screen"`); `null` until the screen has answered. */
  readonly screenResult: ScreenAnswer | Rejected | ElementCallError | null;
  /** Whether the screen (every program) is shown rather than one program's tab. */
  readonly screenShown: boolean;
}

declare global {
  interface HTMLElementTagNameMap {
    'joseikin-simulator': JoseikinSimulatorElement;
  }
  // The events bubble and are composed: they reach the element, its ancestors, the document and
  // the window, whose event maps all extend this one.
  interface GlobalEventHandlersEventMap {
    /** Every change of the request or the language. */
    'joseikin-result': CustomEvent<JoseikinResultDetail>;
    /** The language changed. */
    'joseikin-lang': CustomEvent<JoseikinLangDetail>;
    /** Every change of the screen's profile or of the language, while the screen is used. */
    'joseikin-screen': CustomEvent<JoseikinScreenDetail>;
  }
}
