//! The explanation: the path from the inputs to the amount, one step at a time. A rule records a
//! step as an id, typed facts ([`Fact`]) and the document it rests on ([`Cite`]); the words come
//! from the catalogs when the answer is written, in the language it was asked in. Reasons and
//! notices are built the same way.
//!
//! Catalog keys, for a program `p`: `p.step.<id>.label` (or `p.step.<id>.<variant>.label`) and
//! `p.step.<id>` (or `p.step.<id>.<variant>`) for a step; `p.reason.<code>[.<variant>]` for a
//! reason; `p.notice.<code>[.<variant>]` for a notice, or the shared `notice.<code>[.<variant>]`;
//! `p.unconfirmed.<rule>` for what an `unconfirmed_rule` notice says is unconfirmed (worded by
//! `p.notice.unconfirmed_rule` where the program has one, else by the shared
//! `notice.unconfirmed_rule`). Every template may name `{doc}`, the title of the cited document.

use crate::catalog::{current, render, render_parts, Catalog, Fact, Message, Values};
use crate::money::Yen;
use crate::sources::Cite;
use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};

/// One step of the calculation.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    /// The program, for the catalog keys.
    pub program: &'static str,
    /// Stable id of the step, such as `rate` or `round_thousand_yen`.
    pub id: &'static str,
    /// Which of the step's sentences applies (`p.step.<id>.<variant>`), where it has several.
    pub variant: Option<&'static str>,
    pub values: Values,
    /// The figure the step yields, in yen, when it yields one.
    pub yen: Option<Yen>,
    /// The document and section the step rests on.
    pub source: Cite,
}

impl Step {
    /// A step of the current program, resting on `source`.
    pub fn new(id: &'static str, source: Cite) -> Step {
        Step { program: "", id, variant: None, values: Values::default(), yen: None, source }
    }
    /// Adds a fact for placeholder `{name}`.
    pub fn with(mut self, name: &'static str, fact: impl Into<Fact>) -> Step {
        self.values.0.push((name, fact.into()));
        self
    }
    /// The figure the step yields.
    pub fn yen(mut self, yen: Yen) -> Step {
        self.yen = Some(yen);
        self
    }
    /// Chooses the sentence `p.step.<id>.<variant>`.
    pub fn variant(mut self, variant: &'static str) -> Step {
        self.variant = Some(variant);
        self
    }
    /// The step in the language of the answer: its label, `p.step.<id>.<variant>.label` where the
    /// catalog has one for the step's variant, else `p.step.<id>.label`, filled with the values
    /// (a label may name a figure: 「時間外労働 月45時間以内」).
    pub fn label(&self) -> String {
        let catalog = current();
        let variant = self.variant.unwrap_or_default();
        let own = [self.program, "step", self.id, variant, "label"];
        if !variant.is_empty() && catalog.get_parts(&own).is_some() {
            return render_parts(catalog, &own, &self.values.0);
        }
        render_parts(catalog, &[self.program, "step", self.id, "label"], &self.values.0)
    }
    /// The step in the language of the answer: its sentence with the figures.
    pub fn text(&self) -> String {
        render_parts(current(), &[self.program, "step", self.id, self.variant.unwrap_or_default()], &self.values.0)
    }
}

impl Serialize for Step {
    /// `{ id, label, text, values?, yen?, source }`.
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Step", 6)?;
        st.serialize_field("id", self.id)?;
        st.serialize_field("label", &self.label())?;
        st.serialize_field("text", &self.text())?;
        if !self.values.is_empty() {
            st.serialize_field("values", &self.values)?;
        }
        if let Some(y) = self.yen {
            st.serialize_field("yen", &y)?;
        }
        st.serialize_field("source", &self.source)?;
        st.end()
    }
}

/// Why an answer is not eligible, or why a part of it adds nothing.
#[derive(Debug, Clone, PartialEq)]
pub struct Reason {
    pub program: &'static str,
    pub code: &'static str,
    pub variant: Option<&'static str>,
    pub values: Values,
    pub source: Option<Cite>,
}

impl Reason {
    /// A reason with its words from the catalog (`p.reason.<code>`).
    pub fn new(code: &'static str) -> Reason {
        Reason { program: "", code, variant: None, values: Values::default(), source: None }
    }
    pub fn with(mut self, name: &'static str, fact: impl Into<Fact>) -> Reason {
        self.values.0.push((name, fact.into()));
        self
    }
    pub fn variant(mut self, variant: &'static str) -> Reason {
        self.variant = Some(variant);
        self
    }
    pub fn cite(mut self, source: Cite) -> Reason {
        self.source = Some(source);
        self
    }
    /// The reason in the language of the answer.
    pub fn message(&self) -> String {
        message(current(), self.program, "reason", self.code, self.variant, &self.values.0, self.source)
    }
}

impl Serialize for Reason {
    /// `{ code, message, values?, source? }`.
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Reason", 4)?;
        st.serialize_field("code", self.code)?;
        st.serialize_field("message", &self.message())?;
        if !self.values.is_empty() {
            st.serialize_field("values", &self.values)?;
        }
        if let Some(c) = &self.source {
            st.serialize_field("source", c)?;
        }
        st.end()
    }
}

/// Something the user should know about an answer that is not an error: an unconfirmed rule, a
/// window, a date past the known rules.
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    pub program: &'static str,
    pub code: &'static str,
    pub variant: Option<&'static str>,
    /// Which rule, for `unconfirmed_rule`; which field, for `input_not_used`.
    pub rule: Option<&'static str>,
    pub values: Values,
    /// The document to read (for `unconfirmed_rule`, the one to check).
    pub source: Option<Cite>,
}

impl Notice {
    /// A notice with its words from the catalog (`p.notice.<code>` or `notice.<code>`).
    pub fn of(code: &'static str) -> Notice {
        Notice { program: "", code, variant: None, rule: None, values: Values::default(), source: None }
    }

    /// `unconfirmed_rule`: the answer used `rule`, which is not confirmed in the official text;
    /// `check` is the document to check it in. The catalog's `p.unconfirmed.<rule>` says what the
    /// rule is, filled with the notice's values.
    pub fn unconfirmed_rule(rule: &'static str, check: Cite) -> Notice {
        Notice::of("unconfirmed_rule").rule(rule).cite(check)
    }

    pub fn with(mut self, name: &'static str, fact: impl Into<Fact>) -> Notice {
        self.values.0.push((name, fact.into()));
        self
    }
    pub fn variant(mut self, variant: &'static str) -> Notice {
        self.variant = Some(variant);
        self
    }
    pub fn rule(mut self, rule: &'static str) -> Notice {
        self.rule = Some(rule);
        self
    }
    pub fn cite(mut self, source: Cite) -> Notice {
        self.source = Some(source);
        self
    }

    /// The notice in the language of the answer.
    pub fn message(&self) -> String {
        let catalog = current();
        if self.code != "unconfirmed_rule" {
            return message(catalog, self.program, "notice", self.code, self.variant, &self.values.0, self.source);
        }
        let what = Message {
            key: key(&[self.program, "unconfirmed", self.rule.unwrap_or_default()]).into(),
            args: self.values.0.clone(),
        };
        let mut args = vec![("what", Fact::from(what))];
        if let Some(c) = self.source {
            args.push(("doc", c.title()));
        }
        // A program may say in its own words where to check (`p.notice.unconfirmed_rule`): a
        // lender's practice, say, which no document of the registry states.
        let own = [self.program, "notice", "unconfirmed_rule"];
        if catalog.get_parts(&own).is_some() {
            return render_parts(catalog, &own, &args);
        }
        render(catalog, "notice.unconfirmed_rule", &args)
    }
}

impl Serialize for Notice {
    /// `{ code, message, rule?, values?, source? }`.
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Notice", 5)?;
        st.serialize_field("code", self.code)?;
        st.serialize_field("message", &self.message())?;
        if let Some(r) = self.rule {
            st.serialize_field("rule", r)?;
        }
        if !self.values.is_empty() {
            st.serialize_field("values", &self.values)?;
        }
        if let Some(c) = &self.source {
            st.serialize_field("source", c)?;
        }
        st.end()
    }
}

/// Joins key parts with dots, skipping empty ones.
fn key(parts: &[&str]) -> String {
    let mut out = String::with_capacity(48);
    for p in parts.iter().filter(|p| !p.is_empty()) {
        if !out.is_empty() {
            out.push('.');
        }
        out.push_str(p);
    }
    out
}

/// The message of a reason or notice: the program's key if the catalog has it, else the shared
/// one. `{doc}` is the title of the cited document.
fn message(
    catalog: &Catalog,
    program: &str,
    kind: &str,
    code: &str,
    variant: Option<&str>,
    values: &[(&'static str, Fact)],
    source: Option<Cite>,
) -> String {
    let variant = variant.unwrap_or_default();
    let own = [program, kind, code, variant];
    let shared = ["", kind, code, variant];
    let parts: &[&str] = if catalog.get_parts(&own).is_some() { &own } else { &shared };
    match source {
        Some(c) => {
            let mut args = values.to_vec();
            args.push(("doc", c.title()));
            render_parts(catalog, parts, &args)
        }
        None => render_parts(catalog, parts, values),
    }
}

/// Collects steps, reasons and notices while a program computes.
#[derive(Debug, Default)]
pub struct Trace {
    /// The program, for the catalog keys of what it collects.
    pub program: &'static str,
    pub steps: Vec<Step>,
    pub reasons: Vec<Reason>,
    pub notices: Vec<Notice>,
}

impl Trace {
    pub fn new(program: &'static str) -> Trace {
        Trace { program, ..Trace::default() }
    }

    /// Adds a step built with [`Step::new`].
    pub fn add(&mut self, mut step: Step) {
        step.program = self.program;
        self.steps.push(step);
    }
    /// Adds a reason built with [`Reason::new`].
    pub fn add_reason(&mut self, mut reason: Reason) {
        reason.program = self.program;
        self.reasons.push(reason);
    }
    /// Adds a notice, once: a second notice of the same code and rule is dropped.
    pub fn notice(&mut self, mut n: Notice) {
        n.program = self.program;
        if !self.notices.iter().any(|m| m.code == n.code && m.rule == n.rule) {
            self.notices.push(n);
        }
    }
}
