//! The explanation: the path from the inputs to the amount, one step at a time, each with a
//! bilingual label and text, the figures used, and the source it rests on. Also the reasons and
//! notices that accompany an answer.

use crate::money::Yen;
use crate::text::Text;
use serde::Serialize;

/// One step of the calculation.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Step {
    /// Stable id of the step, such as `rate` or `round_thousand_yen`.
    pub id: &'static str,
    /// What the step decides.
    pub label: Text,
    /// The step with its figures, as a person reads it: 「600万円 × 9/10 = 540万円」.
    pub text: Text,
    /// The figure the step yields, in yen, when it yields one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub yen: Option<Yen>,
    /// Where the rule comes from: a seed section or a section of RULES.md.
    pub source: &'static str,
}

/// Why an answer is not eligible, or why a part of it adds nothing.
#[derive(Debug, Clone, Serialize)]
pub struct Reason {
    pub code: &'static str,
    pub message: Text,
}

/// Something the user should know about an answer that is not an error: an unconfirmed rule, a
/// deadline, a date past the known rules.
#[derive(Debug, Clone, Serialize)]
pub struct Notice {
    pub code: &'static str,
    pub message: Text,
    /// Which rule, for `unconfirmed_rule`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rule: Option<&'static str>,
}

impl Notice {
    pub fn new(code: &'static str, message: Text) -> Notice {
        Notice { code, message, rule: None }
    }

    /// `unconfirmed_rule`: the answer used a rule that is not confirmed against the 交付要綱.
    pub fn unconfirmed(rule: &'static str, what: Text) -> Notice {
        Notice {
            code: "unconfirmed_rule",
            message: Text::new(
                format!("未確認の取扱いを使っています: {}。最新の交付要綱・要領で確認してください。", what.ja),
                format!(
                    "This uses a rule not yet confirmed: {}. Please check the current official guidelines.",
                    what.en
                ),
            ),
            rule: Some(rule),
        }
    }

    /// `unconfirmed_rule` for a rule outside the subsidies (a premium, a loan): `check` says whom to
    /// ask instead of the 交付要綱.
    pub fn unconfirmed_with(rule: &'static str, what: Text, check: Text) -> Notice {
        Notice {
            code: "unconfirmed_rule",
            message: Text::new(
                format!("未確認の取扱いを使っています: {}。{}", what.ja, check.ja),
                format!("This uses a rule not yet confirmed: {}. {}", what.en, check.en),
            ),
            rule: Some(rule),
        }
    }
}

/// Collects steps, reasons and notices while a program computes.
#[derive(Debug, Default)]
pub struct Trace {
    pub steps: Vec<Step>,
    pub reasons: Vec<Reason>,
    pub notices: Vec<Notice>,
}

impl Trace {
    pub fn step(&mut self, id: &'static str, label: Text, text: Text, source: &'static str) {
        self.steps.push(Step { id, label, text, yen: None, source });
    }
    pub fn step_yen(&mut self, id: &'static str, label: Text, text: Text, yen: Yen, source: &'static str) {
        self.steps.push(Step { id, label, text, yen: Some(yen), source });
    }
    pub fn reason(&mut self, code: &'static str, message: Text) {
        self.reasons.push(Reason { code, message });
    }
    pub fn notice(&mut self, n: Notice) {
        if !self.notices.iter().any(|m| m.code == n.code && m.rule == n.rule) {
            self.notices.push(n);
        }
    }
}
