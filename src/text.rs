//! Bilingual text: every label, message and explanation is given in Japanese and English.

use serde::{Serialize, Serializer};
use std::borrow::Cow;

/// A text in Japanese (first) and English, while a program still writes its own words; it reaches
/// the answer in the answer's language.
#[derive(Debug, Clone, PartialEq, Eq)]
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

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let japanese = crate::catalog::current().style == Some(crate::catalog::Style::Japanese);
        s.serialize_str(if japanese { &self.ja } else { &self.en })
    }
}
