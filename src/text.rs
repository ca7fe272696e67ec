//! Bilingual text: every label, message and explanation is given in Japanese and English.

use serde::Serialize;
use std::borrow::Cow;

/// A text in Japanese (first) and English.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Text {
    pub ja: Cow<'static, str>,
    pub en: Cow<'static, str>,
}

impl Text {
    /// A text known at compile time.
    pub const fn fixed(ja: &'static str, en: &'static str) -> Self {
        Text { ja: Cow::Borrowed(ja), en: Cow::Borrowed(en) }
    }

    /// A text built at run time.
    pub fn new(ja: impl Into<Cow<'static, str>>, en: impl Into<Cow<'static, str>>) -> Self {
        Text { ja: ja.into(), en: en.into() }
    }
}
