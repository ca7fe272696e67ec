//! Which programs fit a company: one profile, every program at once (`screen()`).
//!
//! The profile holds what an employer knows of itself (`company`, the `site` that would raise its
//! wages, and its `plans`), every field optional. For each program of the registry the screen
//! builds the request that `simulate()` would take from the profile, runs it, and reads the answer
//! as a status: `likely`, `not_eligible` (with its reasons) or `needs_input` (with the fields still
//! missing and, where the program gives them, the bounds of the amount). No rule lives here: every
//! figure and verdict is the program's own answer; this file only says which profile field feeds
//! which program field.

use crate::catalog::{self, Language, Message};
use crate::date::Date;
use crate::error::{CallError, Error, ErrorKind};
use crate::explain::{Notice, Reason};
use crate::money::Yen;
use crate::programs::decision::Bounds;
use crate::programs::{registry, Answer, Outcome, Rejected, Response, RulesetInfo};
use crate::region;
use crate::sources::Cite;
use crate::value::{Fields, Value};
use crate::window::ApplicationWindow;
use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};

/// One industry of the profile, and the word each program uses for it.
///
/// - `gyomu`: the industry of the SME test of 業務改善助成金 (leaflets, 中小企業事業者の範囲: 小売業
///   (飲食店を含む), サービス業, 卸売業, その他). Hospitals and clinics are サービス業 (医療,福祉) in
///   the Japan Standard Industrial Classification that the test follows; transport, construction,
///   manufacturing, sugar and farming are その他.
/// - `sector`: the sector of 働き方改革推進支援助成金 適用猶予業種等対応コース (leaflets for 運送業,
///   建設業 and 病院等; 砂糖製造業 per the later course leaflet); `None` for the industries the
///   course is not for.
/// - `koyo`: the kind of business of the 雇用保険料率 (一般, 農林水産・清酒製造, 建設).
/// - `overtime`: the category of the overtime caps (MHLW 時間外労働の上限規制: 自動車運転の業務,
///   建設事業, 医師, 砂糖製造業; 一般 otherwise). The category is that of the drivers and doctors
///   of the company; its other staff are under the general caps.
struct Industry {
    id: &'static str,
    gyomu: &'static str,
    sector: Option<&'static str>,
    koyo: &'static str,
    overtime: &'static str,
}

const INDUSTRIES: &[Industry] = &[
    Industry { id: "retail", gyomu: "retail", sector: None, koyo: "general", overtime: "general" },
    Industry { id: "service", gyomu: "service", sector: None, koyo: "general", overtime: "general" },
    Industry { id: "wholesale", gyomu: "wholesale", sector: None, koyo: "general", overtime: "general" },
    Industry { id: "manufacturing", gyomu: "other", sector: None, koyo: "general", overtime: "general" },
    Industry {
        id: "transport",
        gyomu: "other",
        sector: Some("transport"),
        koyo: "general",
        overtime: "driver",
    },
    Industry {
        id: "construction",
        gyomu: "other",
        sector: Some("construction"),
        koyo: "construction",
        overtime: "construction",
    },
    Industry { id: "hospital", gyomu: "service", sector: Some("hospital"), koyo: "general", overtime: "doctor" },
    Industry { id: "sugar", gyomu: "other", sector: Some("sugar"), koyo: "general", overtime: "sugar" },
    Industry { id: "agriculture", gyomu: "other", sector: None, koyo: "agriculture", overtime: "general" },
    Industry { id: "other", gyomu: "other", sector: None, koyo: "general", overtime: "general" },
];

/// The profile's fields, by part.
const COMPANY: &[&str] = &["prefecture", "industry", "capitalYen", "employees", "annualWageBillYen"];
const SITE: &[&str] = &["employees", "lowestWage"];
const PLANS: &[&str] = &["raiseYen", "raisedWorkers", "investmentYen"];

/// Which profile field (`part`, `key`) feeds which input field of a program. The industry, which
/// every program words its own way, is in [`INDUSTRIES`].
struct Link {
    program: &'static str,
    input: &'static str,
    part: &'static str,
    key: &'static str,
}

const fn link(program: &'static str, input: &'static str, part: &'static str, key: &'static str) -> Link {
    Link { program, input, part, key }
}

const LINKS: &[Link] = &[
    link("gyomu-kaizen", "prefecture", "company", "prefecture"),
    link("gyomu-kaizen", "capitalYen", "company", "capitalYen"),
    link("gyomu-kaizen", "companyEmployees", "company", "employees"),
    link("gyomu-kaizen", "siteEmployees", "site", "employees"),
    link("gyomu-kaizen", "lowestWage", "site", "lowestWage"),
    link("gyomu-kaizen", "raiseYen", "plans", "raiseYen"),
    link("gyomu-kaizen", "raisedWorkers", "plans", "raisedWorkers"),
    link("gyomu-kaizen", "investmentYen", "plans", "investmentYen"),
    link("hatarakikata-yuyo", "capitalYen", "company", "capitalYen"),
    link("hatarakikata-yuyo", "employees", "company", "employees"),
    link("koyo-hoken", "annualWageBillYen", "company", "annualWageBillYen"),
];

/// The input field each program words the industry as.
fn industry_field(program: &str) -> Option<&'static str> {
    match program {
        "gyomu-kaizen" | "koyo-hoken" => Some("industry"),
        "hatarakikata-yuyo" => Some("sector"),
        "overtime-check" => Some("category"),
        _ => None,
    }
}

/// The program's word for an industry.
fn industry_word(program: &str, industry: &Industry) -> Option<&'static str> {
    match program {
        "gyomu-kaizen" => Some(industry.gyomu),
        "hatarakikata-yuyo" => industry.sector,
        "koyo-hoken" => Some(industry.koyo),
        "overtime-check" => Some(industry.overtime),
        _ => None,
    }
}

/// A required field a program reports under another name than the one the profile feeds: the
/// premium takes a month's wage or the year's wage bill, and asks for the first when neither is
/// given; the profile has the wage bill.
fn missing_alias(program: &str, input: &str) -> Option<(&'static str, &'static str)> {
    match (program, input) {
        ("koyo-hoken", "monthlyWageYen") => Some(("company", "annualWageBillYen")),
        _ => None,
    }
}

/// The programs that only a company in Kagoshima can use: the prefecture's certification (県内企業,
/// 「労働かごしま」2023年6月号) and its loan (鹿児島県内の事業者, same issue).
fn kagoshima_only(program: &str) -> Option<Cite> {
    match program {
        "kagoshima-nintei" => Some(Cite::new("kagoshima-rodo-2023-06", "kagoshima-nintei.criteria")),
        "kosodate-loan" => Some(Cite::new("kagoshima-rodo-2023-06", "kosodate-loan.target")),
        _ => None,
    }
}

/// Kagoshima's JIS code.
const KAGOSHIMA: u8 = 46;

/// What a program is: the page words the figure and the status by it.
fn kind(program: &str) -> &'static str {
    match program {
        "gyomu-kaizen" | "hatarakikata-yuyo" => "subsidy",
        "koyo-hoken" => "premium",
        "overtime-check" => "check",
        "kagoshima-nintei" => "certification",
        _ => "loan",
    }
}

/// Where a program stands for the profile.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Likely,
    NotEligible,
    NeedsInput,
}

/// One program of the screen.
#[derive(Debug)]
pub struct Row {
    pub program: &'static str,
    pub kind: &'static str,
    pub status: Status,
    pub ruleset: &'static RulesetInfo,
    /// The estimate of a subsidy the profile fully describes.
    pub amount_yen: Option<Yen>,
    /// The employer's share of the year's premium (雇用保険料), for `koyo-hoken`.
    pub employer_share_yen: Option<Yen>,
    /// While fields are missing: the range of amounts the profile still allows.
    pub bounds: Option<Bounds>,
    /// The fields still missing: `profile.…` for the profile's own, `input.…` for those only the
    /// program's form asks.
    pub missing: Vec<String>,
    pub reasons: Vec<Reason>,
    pub notices: Vec<Notice>,
    pub application_window: Option<ApplicationWindow>,
    /// The request `simulate()` takes for this program, from the profile.
    pub request: Value,
}

impl Serialize for Row {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Row", 13)?;
        st.serialize_field("program", self.program)?;
        let mut title = String::from("program.");
        title.push_str(self.program);
        title.push_str(".title");
        st.serialize_field("title", &Message::new(title))?;
        st.serialize_field("kind", self.kind)?;
        st.serialize_field("status", &self.status)?;
        st.serialize_field("ruleset", self.ruleset)?;
        if let Some(y) = self.amount_yen {
            st.serialize_field("amountYen", &y)?;
        }
        if let Some(y) = self.employer_share_yen {
            st.serialize_field("employerShareYen", &y)?;
        }
        if let Some(b) = &self.bounds {
            st.serialize_field("bounds", b)?;
        }
        st.serialize_field("missing", &self.missing)?;
        st.serialize_field("reasons", &self.reasons)?;
        st.serialize_field("notices", &self.notices)?;
        st.serialize_field("applicationWindow", &self.application_window)?;
        st.serialize_field("request", &self.request)?;
        st.end()
    }
}

/// A profile field that some programs still need: `{ field, programs }`.
#[derive(Debug, Serialize)]
pub struct Needed {
    pub field: String,
    pub programs: Vec<&'static str>,
}

/// Two programs that could fund the same purchase, with the notice that one expense is claimed
/// once.
#[derive(Debug, Serialize)]
pub struct Overlap {
    pub programs: [&'static str; 2],
    pub notice: Notice,
}

/// `{ ok: true, lang, asOf, programs, missing, overlaps }`.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Screen {
    pub ok: bool,
    pub lang: &'static str,
    pub as_of: Date,
    pub programs: Vec<Row>,
    /// Each profile field still missing, with the programs that need it, in the order of the form.
    pub missing: Vec<Needed>,
    pub overlaps: Vec<Overlap>,
}

/// What `screen` returns for a well-formed call; serializing it writes its texts in the language
/// of the request.
#[derive(Debug)]
pub enum ScreenResponse {
    Answer(Box<Screen>),
    Rejected(Rejected),
}

impl Serialize for ScreenResponse {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let lang = match self {
            ScreenResponse::Answer(a) => a.lang,
            ScreenResponse::Rejected(r) => r.lang,
        };
        let lang = catalog::language(lang).unwrap_or_else(catalog::default_language);
        catalog::with_catalog(catalog::catalog(lang), || match self {
            ScreenResponse::Answer(a) => a.serialize(s),
            ScreenResponse::Rejected(r) => r.serialize(s),
        })
    }
}

impl ScreenResponse {
    pub fn is_ok(&self) -> bool {
        matches!(self, ScreenResponse::Answer(_))
    }
}

/// The profile as read: each known field's value (absent ones left out), and the industry.
struct Profile<'a> {
    values: Vec<(&'static str, &'static str, &'a Value)>,
    industry: Option<&'static Industry>,
}

impl<'a> Profile<'a> {
    fn get(&self, part: &str, key: &str) -> Option<&'a Value> {
        self.values.iter().find(|(p, k, _)| *p == part && *k == key).map(|(_, _, v)| *v)
    }
}

fn read_part<'a>(f: &mut Fields<'a>, part: &'static str, keys: &[&'static str], out: &mut Vec<(&'static str, &'static str, &'a Value)>) {
    f.object(part, |p| {
        for key in keys {
            if let Some(v) = p.get(key) {
                out.push((part, key, v));
            }
        }
    });
}

/// Reads `{ asOf, lang, profile }`.
fn read_request(request: &Value) -> (&'static Language, Vec<Error>, Option<(Date, Profile<'_>)>) {
    let mut f = Fields::of("", request);
    let as_of = f.date("asOf");
    let lang = crate::programs::read_lang(&mut f);
    let mut values = Vec::new();
    let mut industry = None;
    static EMPTY: Value = Value::Object(Vec::new());
    let profile = f.get("profile");
    let mut p = Fields::of("profile", profile.unwrap_or(&EMPTY));
    read_part(&mut p, "company", COMPANY, &mut values);
    read_part(&mut p, "site", SITE, &mut values);
    read_part(&mut p, "plans", PLANS, &mut values);
    let mut errors = f.finish_errors();
    // The industry is the profile's own word, checked here; the programs get theirs.
    if let Some(v) = values.iter().find(|(part, key, _)| *part == "company" && *key == "industry").map(|x| x.2) {
        let choices: Vec<(&'static str, &'static Industry)> = INDUSTRIES.iter().map(|i| (i.id, i)).collect();
        let holder = Value::Object(vec![("industry".to_owned(), v.clone())]);
        let mut c = Fields::of("profile.company", &holder);
        industry = c.choice_opt("industry", &choices);
        errors.append(&mut c.errors);
    }
    errors.append(&mut p.finish_errors());
    // Every mistake at once: the programs still read the fields of a profile with other mistakes.
    (lang, errors, as_of.map(|d| (d, Profile { values, industry })))
}

/// The input of `program` from the profile.
fn input_for(program: &'static str, profile: &Profile<'_>) -> Value {
    let mut input: Vec<(String, Value)> = Vec::new();
    if let (Some(field), Some(industry)) = (industry_field(program), profile.industry) {
        if let Some(word) = industry_word(program, industry) {
            input.push((field.to_owned(), Value::String(word.to_owned())));
        }
    }
    for l in LINKS.iter().filter(|l| l.program == program) {
        if let Some(v) = profile.get(l.part, l.key) {
            input.push((l.input.to_owned(), v.clone()));
        }
    }
    Value::Object(input)
}

/// The profile's path of a program's field path (`input.capitalYen` → `profile.company.capitalYen`),
/// or the field path itself when the profile has no such field.
fn profile_path(program: &str, field: &str) -> String {
    let Some(key) = field.strip_prefix("input.") else {
        return field.to_owned();
    };
    if industry_field(program) == Some(key) {
        return "profile.company.industry".to_owned();
    }
    let linked = LINKS.iter().find(|l| l.program == program && l.input == key).map(|l| (l.part, l.key));
    match linked.or_else(|| missing_alias(program, key)) {
        Some((part, k)) => format!("profile.{part}.{k}"),
        None => field.to_owned(),
    }
}

fn push_unique(list: &mut Vec<String>, field: String) {
    if !list.contains(&field) {
        list.push(field);
    }
}

/// The prefecture the profile names, when it names one the registry knows.
fn prefecture_code(profile: &Profile<'_>) -> Option<u8> {
    match profile.get("company", "prefecture")? {
        Value::String(s) => region::find(s).map(|p| p.code),
        Value::Number(n) if n.fract() == 0.0 && *n >= 1.0 && *n <= 47.0 => region::by_code(*n as u32).map(|p| p.code),
        _ => None,
    }
}

/// Screens every program: `{ asOf, lang, profile: { company, site, plans } }`.
///
/// Returns `Err` only when the request is not an object; a mistake in the profile comes back as
/// `{ ok: false, errors }` with the profile's paths, as `simulate` answers the mistakes of a form.
pub fn screen(request: &Value) -> Result<ScreenResponse, CallError> {
    if request.as_object().is_none() {
        return Err(CallError::SCREEN_NOT_AN_OBJECT);
    }
    let (lang, mut errors, read) = read_request(request);
    let Some((as_of, profile)) = read else {
        return Ok(ScreenResponse::Rejected(Rejected { ok: false, lang: lang.code, errors }));
    };
    let mut rows = Vec::new();
    for program in registry() {
        let id = program.id();
        let input = input_for(id, &profile);
        let request = Value::Object(vec![
            ("program".to_owned(), Value::String(id.to_owned())),
            ("asOf".to_owned(), Value::String(as_of.to_string())),
            ("lang".to_owned(), Value::String(lang.code.to_owned())),
            ("input".to_owned(), input),
        ]);
        let response = crate::programs::simulate(&request)?;
        match row(id, &profile, request, response) {
            Ok(r) => rows.push(r),
            Err(mut errs) => {
                for e in errs.drain(..) {
                    if !errors.iter().any(|o| o.field == e.field && o.code() == e.code()) {
                        errors.push(e);
                    }
                }
            }
        }
    }
    if !errors.is_empty() {
        return Ok(ScreenResponse::Rejected(Rejected { ok: false, lang: lang.code, errors }));
    }
    let missing = needed(&rows);
    let overlaps = overlaps(&rows);
    Ok(ScreenResponse::Answer(Box::new(Screen { ok: true, lang: lang.code, as_of, programs: rows, missing, overlaps })))
}

/// Reads one program's answer as a row, or the profile's mistakes it found (with the profile's
/// paths).
fn row(id: &'static str, profile: &Profile<'_>, request: Value, response: Response) -> Result<Row, Vec<Error>> {
    let ruleset = match &response {
        Response::Answer(a) => Some(a.ruleset),
        Response::Rejected(_) => None,
    };
    let ruleset = match ruleset.or_else(|| ruleset_on(id, &request)) {
        Some(r) => r,
        None => return Err(vec![Error::new("asOf", ErrorKind::InternalOverflow)]),
    };
    let mut r = Row {
        program: id,
        kind: kind(id),
        status: Status::NeedsInput,
        ruleset,
        amount_yen: None,
        employer_share_yen: None,
        bounds: None,
        missing: Vec::new(),
        reasons: Vec::new(),
        notices: Vec::new(),
        application_window: None,
        request,
    };
    // A program for companies in Kagoshima only: decided by the prefecture alone.
    if let Some(cite) = kagoshima_only(id) {
        match prefecture_code(profile) {
            Some(code) if code != KAGOSHIMA => {
                r.status = Status::NotEligible;
                r.reasons.push(screen_reason("kagoshima_only", cite));
                return Ok(r);
            }
            Some(_) => {}
            None => push_unique(&mut r.missing, "profile.company.prefecture".to_owned()),
        }
    }
    // A sector the course is not for.
    if id == "hatarakikata-yuyo" {
        if let Some(industry) = profile.industry.filter(|i| i.sector.is_none()) {
            r.status = Status::NotEligible;
            let reason = screen_reason("sector_not_covered", Cite::new("mhlw-hatarakikata-yuyo-2023", "hatarakikata-yuyo.notes"))
                .with("industry", crate::catalog::Fact::Term(industry_term(industry)));
            r.reasons.push(reason);
            return Ok(r);
        }
    }
    if id == "overtime-check" {
        if let Some(category) = profile.industry.map(|i| i.overtime).filter(|c| *c != "general") {
            let n = Notice::of("overtime_caps_apply").variant(category).cite(Cite::new("mhlw-overtime-caps", "overtime_deferred"));
            r.notices.push(Notice { program: "screen", ..n });
        }
    }
    match response {
        Response::Rejected(rejected) => {
            let (required, other): (Vec<Error>, Vec<Error>) =
                rejected.errors.into_iter().partition(|e| matches!(e.kind, ErrorKind::Required) && e.field.starts_with("input."));
            if !other.is_empty() {
                return Err(other.into_iter().map(|e| Error { field: profile_path(id, &e.field), ..e }).collect());
            }
            for e in required.into_iter().filter(|e| e.field != "input") {
                push_unique(&mut r.missing, profile_path(id, &e.field));
            }
        }
        Response::Answer(answer) => read_answer(&mut r, *answer),
    }
    if !has_any_input(&r.request) && r.status != Status::NeedsInput {
        // Nothing of the profile feeds this program (the certification's self-check): its answer
        // to an empty form says nothing of the company. Its own form asks the questions.
        r.status = Status::NeedsInput;
        r.reasons.clear();
        push_unique(&mut r.missing, "input".to_owned());
    }
    if id == "hatarakikata-yuyo" && r.status == Status::NotEligible && !has_input(&r.request, "goals") {
        // The goals are chosen in the program's own form, so no goal is no verdict: the amount is
        // open unless the company is ruled out even with the goal every sector offers (overtime).
        match planned(id, &r.request) {
            Some(p) if !p.eligible => {
                if !p.reasons.is_empty() {
                    r.reasons = p.reasons;
                }
            }
            _ => {
                r.status = Status::NeedsInput;
                r.bounds = None;
                r.reasons.clear();
                push_unique(&mut r.missing, "input.goals".to_owned());
            }
        }
    }
    if r.status == Status::NotEligible && r.reasons.iter().any(|x| x.code == "no_amount_possible") {
        if let Some(p) = planned(id, &r.request).filter(|p| !p.eligible && !p.reasons.is_empty()) {
            r.reasons = p.reasons;
        }
    }
    if r.status == Status::NotEligible {
        // Decided: nothing more to ask, and no range to show.
        r.missing.clear();
        r.bounds = None;
    }
    Ok(r)
}

/// Whether the request's input has any field.
fn has_any_input(request: &Value) -> bool {
    let input = request.as_object().and_then(|o| o.iter().find(|(k, _)| k == "input")).map(|(_, v)| v);
    input.and_then(Value::as_object).is_some_and(|o| !o.is_empty())
}

/// Whether the request's input has `key`.
fn has_input(request: &Value, key: &str) -> bool {
    let input = request.as_object().and_then(|o| o.iter().find(|(k, _)| k == "input")).map(|(_, v)| v);
    input.and_then(Value::as_object).is_some_and(|o| o.iter().any(|(k, v)| k == key && !v.is_absent()))
}

/// What a program answers when the fields the profile leaves to the program's own form are
/// filled so that they take nothing away. 業務改善助成金: the raise of the highest course (90 yen in
/// every year's table), every worker of the site raised and an investment above every cap.
/// 働き方改革推進支援助成金: a 36協定 and leave rules in place, a cost above every cap and the
/// overtime goal from 100 to 0 hours a month. When the company's own facts rule the program out,
/// its answer for such plans says why, in its own reasons.
struct Planned {
    eligible: bool,
    reasons: Vec<Reason>,
}

fn planned(id: &str, request: &Value) -> Option<Planned> {
    let Value::Object(top) = request else { return None };
    let mut filled = top.clone();
    let (_, Value::Object(input)) = filled.iter_mut().find(|(k, _)| k == "input")? else { return None };
    let fills: Vec<(&str, Value)> = match id {
        "gyomu-kaizen" => {
            let site = input.iter().find(|(k, _)| k == "siteEmployees").map(|(_, v)| v.clone());
            vec![
                ("raiseYen", Value::Number(90.0)),
                ("raisedWorkers", site.unwrap_or(Value::Number(1.0))),
                ("investmentYen", Value::Number(100_000_000.0)),
            ]
        }
        "hatarakikata-yuyo" => {
            let overtime = Value::Object(vec![
                ("beforeHours".to_owned(), Value::Number(100.0)),
                ("afterHours".to_owned(), Value::Number(0.0)),
            ]);
            vec![
                ("agreement36", Value::Bool(true)),
                ("paidLeaveRules", Value::Bool(true)),
                ("costYen", Value::Number(100_000_000.0)),
                ("goals", Value::Object(vec![("overtime".to_owned(), overtime)])),
            ]
        }
        _ => return None,
    };
    for (key, value) in fills {
        if !input.iter().any(|(k, v)| k == key && !v.is_absent()) {
            input.retain(|(k, _)| k != key);
            input.push((key.to_owned(), value));
        }
    }
    match crate::programs::simulate(&Value::Object(filled)).ok()? {
        Response::Answer(a) if a.complete => {
            let eligible = match &a.outcome {
                Outcome::GyomuKaizen(o) => o.eligible,
                Outcome::HatarakikataYuyo(o) => o.eligible,
                _ => return None,
            };
            Some(Planned { eligible, reasons: a.reasons })
        }
        _ => None,
    }
}

/// The ruleset a request's date selects, for a request the program refused.
fn ruleset_on(id: &str, request: &Value) -> Option<&'static RulesetInfo> {
    let program = registry().iter().find(|p| p.id() == id)?;
    let as_of = match request.as_object()?.iter().find(|(k, _)| k == "asOf")? {
        (_, Value::String(s)) => Date::parse(s)?,
        _ => return None,
    };
    let rulesets = program.rulesets();
    let (index, _) = crate::programs::select_ruleset(program.id(), &rulesets, as_of).ok()?;
    rulesets.get(index).copied()
}

fn read_answer(r: &mut Row, answer: Answer) {
    let Answer { outcome, reasons, notices, .. } = answer;
    r.notices.extend(notices);
    match outcome {
        Outcome::Partial(p) => {
            r.application_window = p.application_window;
            for f in &p.missing {
                push_unique(&mut r.missing, profile_path(r.program, f));
            }
            if p.bounds.max_yen == Yen::ZERO {
                r.status = Status::NotEligible;
                r.reasons.push(screen_reason_uncited("no_amount_possible"));
            }
            r.bounds = Some(p.bounds);
        }
        Outcome::GyomuKaizen(o) => {
            r.application_window = o.application_window;
            subsidy(r, o.eligible, o.amount_yen, reasons);
        }
        Outcome::HatarakikataYuyo(o) => {
            r.application_window = o.application_window;
            subsidy(r, o.eligible, o.amount_yen, reasons);
        }
        Outcome::KoyoHoken(o) => {
            r.status = Status::Likely;
            r.employer_share_yen = Some(o.employer_share_yen);
        }
        Outcome::OvertimeCheck(_) => r.status = Status::Likely,
        Outcome::KagoshimaNintei(o) => verdict(r, o.certified, reasons),
        Outcome::KosodateLoan(o) => verdict(r, o.fits, reasons),
    }
}

fn subsidy(r: &mut Row, eligible: bool, amount: Yen, reasons: Vec<Reason>) {
    if eligible {
        r.status = Status::Likely;
        r.amount_yen = Some(amount);
    } else if !reasons.is_empty() && reasons.iter().all(|x| x.code == "sector_figures_unavailable") {
        // A sector the course covers but whose figures are not known (砂糖製造業): the program is
        // for the company, without an amount; its notice says so and where to ask.
        r.status = Status::Likely;
    } else {
        r.status = Status::NotEligible;
        r.reasons = reasons;
    }
}

fn verdict(r: &mut Row, met: bool, reasons: Vec<Reason>) {
    r.status = if met { Status::Likely } else { Status::NotEligible };
    if !met {
        r.reasons = reasons;
    }
}

fn screen_reason(code: &'static str, cite: Cite) -> Reason {
    Reason { program: "screen", ..Reason::new(code).cite(cite) }
}

fn screen_reason_uncited(code: &'static str) -> Reason {
    Reason { program: "screen", ..Reason::new(code) }
}

fn industry_term(industry: &Industry) -> &'static str {
    match industry.id {
        "retail" => "screen.industry.retail",
        "service" => "screen.industry.service",
        "wholesale" => "screen.industry.wholesale",
        "manufacturing" => "screen.industry.manufacturing",
        "transport" => "screen.industry.transport",
        "construction" => "screen.industry.construction",
        "hospital" => "screen.industry.hospital",
        "sugar" => "screen.industry.sugar",
        "agriculture" => "screen.industry.agriculture",
        _ => "screen.industry.other",
    }
}

/// The profile fields still missing, each with the programs that need it, in the form's order.
fn needed(rows: &[Row]) -> Vec<Needed> {
    let order = COMPANY
        .iter()
        .map(|k| ("company", *k))
        .chain(SITE.iter().map(|k| ("site", *k)))
        .chain(PLANS.iter().map(|k| ("plans", *k)));
    let mut out = Vec::new();
    for (part, key) in order {
        let field = format!("profile.{part}.{key}");
        let programs: Vec<&'static str> =
            rows.iter().filter(|r| r.status != Status::NotEligible && r.missing.contains(&field)).map(|r| r.program).collect();
        if !programs.is_empty() {
            out.push(Needed { field, programs });
        }
    }
    out
}

/// 業務改善助成金 and 働き方改革推進支援助成金 both fund equipment: when neither is ruled out, the
/// screen says that one purchase is claimed under one of them only (unconfirmed; the 交付要綱's
/// eligible costs are where to check).
fn overlaps(rows: &[Row]) -> Vec<Overlap> {
    let open = |id: &str| rows.iter().any(|r| r.program == id && r.status != Status::NotEligible);
    if !(open("gyomu-kaizen") && open("hatarakikata-yuyo")) {
        return Vec::new();
    }
    let n = Notice::unconfirmed_rule("same_expense_once", Cite::new("mhlw-gyomu-kaizen-kofu-yoko", "costs"));
    vec![Overlap { programs: ["gyomu-kaizen", "hatarakikata-yuyo"], notice: Notice { program: "screen", ..n } }]
}
