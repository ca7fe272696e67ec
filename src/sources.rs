//! The official documents that answers cite: one registry, as data. Every step, reason and notice
//! names a document of this list and a section of it ([`Cite`]); the words (titles, publishers,
//! sections) are in the catalogs under `doc.<id>.title`, `publisher.<id>` and `section.<id>`.
//!
//! To add a document: add a [`Document`] here, its title to every catalog (`doc.<id>.title`), and
//! cite it from the ruleset with `Cite::new("<id>", "<section>")`.

use crate::catalog::{current, render, render_parts, Fact, Message};
use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};

/// Whether the document itself was read, or only material quoting it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Standing {
    /// The official text.
    Official,
    /// Secondary sources that quote the official text; the figures are marked unconfirmed.
    Secondary,
}

/// When a document was published, as precisely as it is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Published {
    /// A month: 2026年4月.
    Month(u16, u8),
    /// A fiscal year: 令和8年度.
    FiscalYear(u16),
    /// The law in force, with no one date.
    InForce,
}

/// An official document.
#[derive(Debug)]
pub struct Document {
    /// Stable id, cited by steps (`mhlw-gyomu-kaizen-2026`).
    pub id: &'static str,
    /// The publisher's catalog key (`publisher.<id>`).
    pub publisher: &'static str,
    pub published: Published,
    /// The official page, where one is known.
    pub url: Option<&'static str>,
    pub standing: Standing,
}

/// MHLW's page of 業務改善助成金, where each year's leaflet, 交付要綱, 交付要領 and Q&A are published.
const GYOMU_KAIZEN_PAGE: &str =
    "https://www.mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/zigyonushi/shienjigyou/03.html";

/// Every document the answers cite.
pub static DOCUMENTS: &[Document] = &[
    Document {
        id: "mhlw-gyomu-kaizen-2023",
        publisher: "mhlw",
        published: Published::FiscalYear(2023),
        url: Some(GYOMU_KAIZEN_PAGE),
        standing: Standing::Official,
    },
    Document {
        id: "mhlw-gyomu-kaizen-2023-08",
        publisher: "mhlw",
        published: Published::Month(2023, 8),
        url: Some("https://www.mhlw.go.jp/content/11200000/001140680.pdf"),
        standing: Standing::Official,
    },
    Document {
        id: "mhlw-gyomu-kaizen-2024",
        publisher: "mhlw",
        published: Published::FiscalYear(2024),
        url: Some(GYOMU_KAIZEN_PAGE),
        standing: Standing::Official,
    },
    Document {
        id: "mhlw-gyomu-kaizen-2025",
        publisher: "mhlw",
        published: Published::FiscalYear(2025),
        url: Some(GYOMU_KAIZEN_PAGE),
        standing: Standing::Official,
    },
    Document {
        id: "mhlw-gyomu-kaizen-2026",
        publisher: "mhlw",
        published: Published::Month(2026, 4),
        url: Some(GYOMU_KAIZEN_PAGE),
        // The structure is the leaflet's; the cap table was read in material quoting it.
        standing: Standing::Secondary,
    },
    Document {
        id: "mhlw-gyomu-kaizen-kofu-yoko",
        publisher: "mhlw",
        published: Published::InForce,
        url: Some(GYOMU_KAIZEN_PAGE),
        standing: Standing::Official,
    },
    Document {
        id: "mhlw-minimum-wage-list",
        publisher: "mhlw",
        published: Published::InForce,
        url: Some("https://www.mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/"),
        standing: Standing::Official,
    },
    Document {
        id: "mhlw-koyo-hoken-rates",
        publisher: "mhlw",
        published: Published::InForce,
        url: Some("https://www.mhlw.go.jp/stf/seisakunitsuite/bunya/0000108634.html"),
        standing: Standing::Official,
    },
    Document {
        id: "mhlw-hatarakikata-yuyo-2023",
        publisher: "mhlw",
        published: Published::Month(2023, 4),
        url: None,
        standing: Standing::Official,
    },
    Document {
        id: "mhlw-hatarakikata-gyoshubetsu",
        publisher: "mhlw",
        published: Published::InForce,
        url: None,
        standing: Standing::Secondary,
    },
    Document {
        id: "mhlw-overtime-caps",
        publisher: "mhlw",
        published: Published::InForce,
        url: None,
        standing: Standing::Official,
    },
    Document {
        id: "kagoshima-rodo-2023-06",
        publisher: "kagoshima-pref",
        published: Published::Month(2023, 6),
        url: None,
        standing: Standing::Official,
    },
];

/// The document of `id`.
pub fn document(id: &str) -> Option<&'static Document> {
    DOCUMENTS.iter().find(|d| d.id == id)
}

/// A citation: a document of the registry and a section of it (the catalog key `section.<section>`,
/// the heading or table of the document, such as 「助成上限額」).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cite {
    pub doc: &'static str,
    pub section: &'static str,
}

impl Cite {
    pub const fn new(doc: &'static str, section: &'static str) -> Cite {
        Cite { doc, section }
    }

    /// The title of the cited document, as a fact for a message (「令和8年度業務改善助成金のご案内」).
    pub fn title(self) -> Fact {
        Fact::Msg(Box::new(Message::new(title_key(self.doc))))
    }
}

/// The catalog key of a document's title.
pub fn title_key(doc: &str) -> String {
    let mut key = String::with_capacity(doc.len().saturating_add(10));
    key.push_str("doc.");
    key.push_str(doc);
    key.push_str(".title");
    key
}

impl Serialize for Cite {
    /// `{ id, section }`, the section in the language of the answer.
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Cite", 2)?;
        st.serialize_field("id", self.doc)?;
        st.serialize_field("section", &render_parts(current(), &["section", self.section], &[]))?;
        st.end()
    }
}

impl Serialize for Document {
    /// `{ id, title, publisher, published, url, standing }`, the words in the language of the answer.
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let catalog = current();
        let mut st = s.serialize_struct("Document", 6)?;
        st.serialize_field("id", self.id)?;
        st.serialize_field("title", &render(catalog, &title_key(self.id), &[]))?;
        let mut publisher = String::from("publisher.");
        publisher.push_str(self.publisher);
        st.serialize_field("publisher", &render(catalog, &publisher, &[]))?;
        // A year is written without a thousands separator (2023年6月, not 2,023年6月).
        let published = match self.published {
            Published::Month(y, m) => render(
                catalog,
                "published.month",
                &[("year", Fact::Raw(y.to_string().into())), ("month", Fact::Term(month_key(m)))],
            ),
            Published::FiscalYear(y) => render(
                catalog,
                "published.fiscal_year",
                &[("year", Fact::Raw(y.to_string().into())), ("reiwa", Fact::Int(i64::from(y.saturating_sub(2018))))],
            ),
            Published::InForce => render(catalog, "published.in_force", &[]),
        };
        st.serialize_field("published", &published)?;
        st.serialize_field("url", &self.url)?;
        st.serialize_field("standing", &self.standing)?;
        st.end()
    }
}

/// The catalog key of a month's name.
pub fn month_key(m: u8) -> &'static str {
    match m {
        1 => "month.1",
        2 => "month.2",
        3 => "month.3",
        4 => "month.4",
        5 => "month.5",
        6 => "month.6",
        7 => "month.7",
        8 => "month.8",
        9 => "month.9",
        10 => "month.10",
        11 => "month.11",
        _ => "month.12",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn document_ids_are_unique_and_every_url_is_an_official_https_page() {
        for (i, d) in DOCUMENTS.iter().enumerate() {
            assert!(DOCUMENTS.iter().skip(i + 1).all(|e| e.id != d.id), "{}", d.id);
            if let Some(url) = d.url {
                assert!(url.starts_with("https://www.mhlw.go.jp/"), "{url}");
            }
        }
    }

    #[test]
    fn every_document_has_a_title_and_publisher_in_every_language() {
        for lang in crate::catalog::LANGUAGES.iter() {
            let c = crate::catalog::catalog(lang);
            for d in DOCUMENTS {
                assert!(c.get(&title_key(d.id)).is_some_and(|t| !t.is_empty()), "{}: {}", lang.code, d.id);
                assert!(c.get(&format!("publisher.{}", d.publisher)).is_some(), "{}: {}", lang.code, d.publisher);
            }
        }
    }
}
