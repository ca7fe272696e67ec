//! Message catalogs: the words of every step, reason, notice, error and label, one catalog per
//! language, kept as data in `catalogs/<lang>/*.txt` (`key = template`, `{name}` placeholders). The
//! rules record typed facts; [`render`] fills a template with them in the language asked for.
//!
//! Adding a language means adding a folder of catalog files and one entry to [`LANGUAGES`].

use crate::date::Date;
use crate::money::{Rate, Yen};
use crate::quantity::Quantity;
use crate::region::Prefecture;
use std::borrow::Cow;
use std::cell::RefCell;
use std::sync::OnceLock;

/// How numbers, amounts, dates and lists are written in a language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// 450万円, 2026年9月1日, lists joined with 「、」.
    Japanese,
    /// 4,500,000 yen, 1 September 2026, lists joined with ", ".
    Western,
}

/// A language: its code (the request's `lang`), its catalog files and its style.
#[derive(Debug)]
pub struct Language {
    pub code: &'static str,
    pub files: &'static [&'static str],
    pub style: Style,
}

/// The languages of the product, Japanese first (the default).
pub static LANGUAGES: [Language; 2] = [
    Language {
        code: "ja",
        files: &[
            include_str!("../catalogs/ja/common.txt"),
            include_str!("../catalogs/ja/errors.txt"),
            include_str!("../catalogs/ja/sources.txt"),
            include_str!("../catalogs/ja/gyomu-kaizen.txt"),
            include_str!("../catalogs/ja/hatarakikata-yuyo.txt"),
            include_str!("../catalogs/ja/koyo-hoken.txt"),
            include_str!("../catalogs/ja/overtime-check.txt"),
            include_str!("../catalogs/ja/kagoshima-nintei.txt"),
            include_str!("../catalogs/ja/kosodate-loan.txt"),
            include_str!("../catalogs/ja/screen.txt"),
        ],
        style: Style::Japanese,
    },
    Language {
        code: "en",
        files: &[
            include_str!("../catalogs/en/common.txt"),
            include_str!("../catalogs/en/errors.txt"),
            include_str!("../catalogs/en/sources.txt"),
            include_str!("../catalogs/en/gyomu-kaizen.txt"),
            include_str!("../catalogs/en/hatarakikata-yuyo.txt"),
            include_str!("../catalogs/en/koyo-hoken.txt"),
            include_str!("../catalogs/en/overtime-check.txt"),
            include_str!("../catalogs/en/kagoshima-nintei.txt"),
            include_str!("../catalogs/en/kosodate-loan.txt"),
            include_str!("../catalogs/en/screen.txt"),
        ],
        style: Style::Western,
    },
];

/// The language codes, for messages that list what is allowed.
pub fn codes() -> Vec<&'static str> {
    LANGUAGES.iter().map(|l| l.code).collect()
}

/// A language by its code (`ja`, `en`).
pub fn language(code: &str) -> Option<&'static Language> {
    LANGUAGES.iter().find(|l| l.code == code)
}

/// The default language: Japanese.
pub fn default_language() -> &'static Language {
    &LANGUAGES[0]
}

/// A parsed catalog: keys and templates, sorted by key, with an index by the keys' hashes (answers
/// look up several keys for every step; comparing hashes is much cheaper than comparing keys).
#[derive(Debug, Default)]
pub struct Catalog {
    entries: Vec<(Cow<'static, str>, Cow<'static, str>)>,
    /// (hash of the key, position in `entries`), sorted.
    index: Vec<(u64, usize)>,
    pub style: Option<Style>,
}

/// FNV-1a, 64 bits: the fingerprints of `version()`.
#[derive(Debug, Clone, Copy)]
pub struct Fnv(u64);

impl Fnv {
    pub fn new() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
    pub fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    /// 16 hexadecimal digits.
    pub fn hex(self) -> String {
        const DIGITS: &[u8; 16] = b"0123456789abcdef";
        [60u32, 56, 52, 48, 44, 40, 36, 32, 28, 24, 20, 16, 12, 8, 4, 0]
            .iter()
            .map(|&shift| {
                let nibble = usize::try_from(self.0.checked_shr(shift).unwrap_or(0) & 0xf).unwrap_or(0);
                char::from(DIGITS.get(nibble).copied().unwrap_or(b'0'))
            })
            .collect()
    }
}

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv::new()
    }
}

/// FNV-1a over the bytes of the dot-joined non-empty `parts` (plain loops: iterator adapters are
/// not inlined in the size-optimised module, and this runs for every key of every answer).
fn hash_parts(parts: &[&str]) -> u64 {
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut first = true;
    for part in parts {
        if part.is_empty() {
            continue;
        }
        if !first {
            h = (h ^ u64::from(b'.')).wrapping_mul(PRIME);
        }
        first = false;
        for &b in part.as_bytes() {
            h = (h ^ u64::from(b)).wrapping_mul(PRIME);
        }
    }
    h
}

impl Catalog {
    /// Parses catalog files: one `key = template` a line; blank lines and lines starting with `#`
    /// are skipped. A later file's key replaces an earlier one's.
    pub fn parse(files: &[&'static str], style: Style) -> Catalog {
        let mut entries: Vec<(Cow<'static, str>, Cow<'static, str>)> = Vec::new();
        for file in files {
            for line in file.lines() {
                // A template keeps its trailing spaces ("round 2: "); only a CR is dropped.
                let line = line.strip_suffix('\r').unwrap_or(line);
                if line.trim().is_empty() || line.starts_with('#') {
                    continue;
                }
                if let Some((k, v)) = line.split_once(" = ") {
                    entries.push((Cow::Borrowed(k.trim()), Cow::Borrowed(v)));
                } else if let Some(k) = line.strip_suffix(" =") {
                    entries.push((Cow::Borrowed(k.trim()), Cow::Borrowed("")));
                }
            }
        }
        Catalog::from_entries(entries, style)
    }

    /// A catalog from owned entries (the pseudo-locale of the tests).
    pub fn from_entries(mut entries: Vec<(Cow<'static, str>, Cow<'static, str>)>, style: Style) -> Catalog {
        // Stable sort keeps the order of equal keys; the last one wins in `get`.
        entries.sort_by(|a, b| a.0.cmp(&b.0));
        entries.dedup_by(|later, earlier| {
            if later.0 == earlier.0 {
                std::mem::swap(&mut later.1, &mut earlier.1);
                true
            } else {
                false
            }
        });
        let mut index: Vec<(u64, usize)> = entries.iter().enumerate().map(|(i, e)| (hash_parts(&[&e.0]), i)).collect();
        index.sort_unstable();
        Catalog { entries, index, style: Some(style) }
    }

    pub fn get(&self, key: &str) -> Option<&str> {
        self.get_parts(&[key])
    }

    /// The template of the key made of `parts` joined with dots (empty parts skipped), found
    /// without building the key.
    pub fn get_parts(&self, parts: &[&str]) -> Option<&str> {
        let h = hash_parts(parts);
        let start = self.index.partition_point(|(x, _)| *x < h);
        self.index
            .get(start..)?
            .iter()
            .take_while(|(x, _)| *x == h)
            .filter_map(|(_, i)| self.entries.get(*i))
            .find(|(k, _)| cmp_joined(k, parts) == std::cmp::Ordering::Equal)
            .map(|e| e.1.as_ref())
    }

    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.entries.iter().map(|e| e.0.as_ref())
    }

    pub fn entries(&self) -> impl Iterator<Item = (&str, &str)> {
        self.entries.iter().map(|e| (e.0.as_ref(), e.1.as_ref()))
    }

    fn style(&self) -> Style {
        self.style.unwrap_or(Style::Western)
    }
}

/// The parsed catalog of a language, parsed once.
pub fn catalog(lang: &'static Language) -> &'static Catalog {
    static PARSED: [OnceLock<Catalog>; 2] = [OnceLock::new(), OnceLock::new()];
    let index = LANGUAGES.iter().position(|l| std::ptr::eq(l, lang)).unwrap_or(0);
    match PARSED.get(index) {
        Some(cell) => cell.get_or_init(|| Catalog::parse(lang.files, lang.style)),
        None => catalog(default_language()),
    }
}

thread_local! {
    /// The catalog that answers are being written in; set by [`with_catalog`] around serialization.
    static CURRENT: RefCell<Option<&'static Catalog>> = const { RefCell::new(None) };
}

/// Runs `f` with `catalog` as the language that messages are written in (serialization of an answer
/// renders its messages through this).
pub fn with_catalog<T>(catalog: &'static Catalog, f: impl FnOnce() -> T) -> T {
    let previous = CURRENT.with(|c| c.replace(Some(catalog)));
    let out = f();
    CURRENT.with(|c| *c.borrow_mut() = previous);
    out
}

/// The catalog messages are written in now: the one set by [`with_catalog`], else Japanese.
pub fn current() -> &'static Catalog {
    CURRENT.with(|c| *c.borrow()).unwrap_or_else(|| catalog(default_language()))
}

/// A typed fact that fills a placeholder: the rules record these; the formatter writes them.
#[derive(Debug, Clone, PartialEq)]
pub enum Fact {
    /// An amount: 「450万円」 / "4,500,000 yen".
    Yen(Yen),
    /// A rate as the leaflets write it: 9/10.
    Rate(Rate),
    /// A whole number, grouped: 1,026.
    Int(i64),
    /// Hours, percents: 45.5.
    Quantity(Quantity),
    /// A date: 2026年9月1日 / 1 September 2026.
    Date(Date),
    /// A symbol that reads the same in every language: ≤, >, ①.
    Sym(&'static str),
    /// A word or phrase of the catalog, by key.
    Term(&'static str),
    /// A prefecture, by its name in the language.
    Pref(&'static Prefecture),
    /// A message within a message.
    Msg(Box<Message>),
    /// Facts joined as the language joins a list.
    List(Vec<Fact>),
    /// Text that is data, not words: a field name, a value the user typed, a list of codes.
    Raw(Cow<'static, str>),
}

impl From<Yen> for Fact {
    fn from(y: Yen) -> Fact {
        Fact::Yen(y)
    }
}
impl From<Rate> for Fact {
    fn from(r: Rate) -> Fact {
        Fact::Rate(r)
    }
}
impl From<i64> for Fact {
    fn from(n: i64) -> Fact {
        Fact::Int(n)
    }
}
impl From<u32> for Fact {
    fn from(n: u32) -> Fact {
        Fact::Int(i64::from(n))
    }
}
impl From<usize> for Fact {
    fn from(n: usize) -> Fact {
        Fact::Int(i64::try_from(n).unwrap_or(i64::MAX))
    }
}
impl From<Date> for Fact {
    fn from(d: Date) -> Fact {
        Fact::Date(d)
    }
}
impl From<Quantity> for Fact {
    fn from(q: Quantity) -> Fact {
        Fact::Quantity(q)
    }
}
impl From<&'static Prefecture> for Fact {
    fn from(p: &'static Prefecture) -> Fact {
        Fact::Pref(p)
    }
}
impl From<Message> for Fact {
    fn from(m: Message) -> Fact {
        Fact::Msg(Box::new(m))
    }
}

/// A catalog key with the facts that fill its placeholders.
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    pub key: Cow<'static, str>,
    pub args: Vec<(&'static str, Fact)>,
}

impl Message {
    pub fn new(key: impl Into<Cow<'static, str>>) -> Message {
        Message { key: key.into(), args: Vec::new() }
    }
    /// Adds a fact for placeholder `{name}`.
    pub fn with(mut self, name: &'static str, fact: impl Into<Fact>) -> Message {
        self.args.push((name, fact.into()));
        self
    }
    /// The message in the current language.
    pub fn render(&self) -> String {
        render(current(), &self.key, &self.args)
    }
    /// The message in `lang`.
    pub fn render_in(&self, lang: &'static Language) -> String {
        render(catalog(lang), &self.key, &self.args)
    }
}

impl serde::Serialize for Message {
    /// A message reaches the answer as its text in the language of the answer.
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.render())
    }
}

/// `key` against the dot-joined non-empty `parts`, as `str` orders them (byte by byte).
fn cmp_joined(key: &str, parts: &[&str]) -> std::cmp::Ordering {
    use std::cmp::Ordering;
    let mut rest = key.as_bytes();
    let mut first = true;
    for part in parts {
        if part.is_empty() {
            continue;
        }
        if !first {
            match rest.split_first() {
                None => return Ordering::Less,
                Some((b'.', tail)) => rest = tail,
                Some((&b, _)) => return b.cmp(&b'.'),
            }
        }
        first = false;
        let p = part.as_bytes();
        let n = p.len().min(rest.len());
        let (head, tail) = rest.split_at(n);
        match head.cmp(p.get(..n).unwrap_or_default()) {
            Ordering::Equal if n < p.len() => return Ordering::Less,
            Ordering::Equal => rest = tail,
            other => return other,
        }
    }
    if rest.is_empty() {
        Ordering::Equal
    } else {
        Ordering::Greater
    }
}

/// Fills the template of the key made of `parts` (see [`Catalog::get_parts`]); a missing key is
/// written as `⟦key⟧`.
pub fn render_parts(catalog: &Catalog, parts: &[&str], args: &[(&'static str, Fact)]) -> String {
    match catalog.get_parts(parts) {
        Some(template) => {
            let mut out = String::with_capacity(template.len().saturating_add(32));
            fill(catalog, template, args, &mut out);
            out
        }
        None => {
            let mut out = String::from(MISSING);
            out.push_str(&parts.iter().filter(|p| !p.is_empty()).copied().collect::<Vec<_>>().join("."));
            out.push('⟧');
            out
        }
    }
}

/// The mark of a key that no catalog has: visible, and caught by the catalog tests.
pub const MISSING: &str = "⟦";

/// Fills the template of `key` from `catalog` with `args`. A missing key or placeholder is written
/// as `⟦…⟧`, which the catalog tests look for.
pub fn render(catalog: &Catalog, key: &str, args: &[(&'static str, Fact)]) -> String {
    let mut out = String::new();
    render_into(catalog, key, args, &mut out);
    out
}

fn render_into(catalog: &Catalog, key: &str, args: &[(&'static str, Fact)], out: &mut String) {
    match catalog.get(key) {
        Some(template) => fill(catalog, template, args, out),
        None => {
            out.push_str(MISSING);
            out.push_str(key);
            out.push('⟧');
        }
    }
}

/// Writes `template` with its `{name}` placeholders filled from `args`; a placeholder without a
/// fact is written as `⟦name⟧`.
fn fill(catalog: &Catalog, template: &str, args: &[(&'static str, Fact)], out: &mut String) {
    let mut rest = template;
    while let Some(open) = rest.bytes().position(|b| b == b'{') {
        out.push_str(rest.get(..open).unwrap_or_default());
        let after = rest.get(open.saturating_add(1)..).unwrap_or_default();
        let Some(close) = after.bytes().position(|b| b == b'}') else {
            out.push_str(rest.get(open..).unwrap_or_default());
            return;
        };
        let name = after.get(..close).unwrap_or_default();
        match args.iter().find(|(n, _)| *n == name) {
            Some((_, fact)) => write_fact(catalog, fact, out),
            None => {
                out.push_str(MISSING);
                out.push_str(name);
                out.push('⟧');
            }
        }
        rest = after.get(close.saturating_add(1)..).unwrap_or_default();
    }
    out.push_str(rest);
}

/// Writes one fact as the catalog's language writes it.
pub fn write_fact(catalog: &Catalog, fact: &Fact, out: &mut String) {
    let style = catalog.style();
    match fact {
        Fact::Yen(y) => out.push_str(&if style == Style::Japanese { y.ja() } else { y.en() }),
        Fact::Rate(r) => {
            out.push_str(&r.num.to_string());
            out.push('/');
            out.push_str(&r.den.to_string());
        }
        Fact::Int(n) => out.push_str(&group_int(*n)),
        Fact::Quantity(q) => out.push_str(&q.to_string()),
        Fact::Date(d) => out.push_str(&if style == Style::Japanese { d.ja() } else { d.en() }),
        Fact::Sym(s) => out.push_str(s),
        Fact::Term(key) => render_into(catalog, key, &[], out),
        Fact::Pref(p) => {
            if style == Style::Japanese {
                out.push_str(p.ja)
            } else {
                out.push_str(&p.name_en())
            }
        }
        Fact::Msg(m) => render_into(catalog, &m.key, &m.args, out),
        Fact::List(items) => {
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(if style == Style::Japanese { "、" } else { ", " });
                }
                write_fact(catalog, item, out);
            }
        }
        Fact::Raw(s) => out.push_str(s),
    }
}

/// 1,026; -5.
fn group_int(n: i64) -> String {
    crate::money::group(&n.to_string())
}

impl serde::Serialize for Fact {
    /// A fact as a value machines read: numbers as numbers, dates as YYYY-MM-DD, rates as "9/10",
    /// a term as its last key segment ("retail"), a message as its facts.
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            // A figure before its rounding step keeps its fraction of a yen: 1501.5, not 1501.
            Fact::Yen(y) if !y.decimal().fract().is_zero() => {
                s.serialize_f64(rust_decimal::prelude::ToPrimitive::to_f64(&y.decimal()).unwrap_or(0.0))
            }
            Fact::Yen(y) => y.serialize(s),
            Fact::Rate(r) => r.serialize(s),
            Fact::Int(n) => s.serialize_i64(*n),
            Fact::Quantity(q) => q.serialize(s),
            Fact::Date(d) => d.serialize(s),
            Fact::Sym(x) => s.serialize_str(x),
            Fact::Term(key) => s.serialize_str(key.rsplit('.').next().unwrap_or(key)),
            Fact::Pref(p) => s.serialize_str(p.en),
            // A message within a value is its facts (or, with none, its key's last part): machines
            // read the figures, not the words.
            Fact::Msg(m) if m.args.is_empty() => s.serialize_str(m.key.rsplit('.').next().unwrap_or(&m.key)),
            Fact::Msg(m) => Values(m.args.clone()).serialize(s),
            Fact::List(items) => s.collect_seq(items.iter()),
            Fact::Raw(x) => s.serialize_str(x),
        }
    }
}

/// The facts of a step, serialized as `{ name: value }` for machines.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Values(pub Vec<(&'static str, Fact)>);

impl Values {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl serde::Serialize for Values {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.0.iter().map(|(k, v)| (*k, v)))
    }
}

/// The placeholders of a template, in order: `{cost} × {rate}` → `["cost", "rate"]`.
pub fn placeholders(template: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = rest.get(open.saturating_add(1)..).unwrap_or_default();
        let Some(close) = after.find('}') else { break };
        out.push(after.get(..close).unwrap_or_default());
        rest = after.get(close.saturating_add(1)..).unwrap_or_default();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cat(text: &'static str, style: Style) -> Catalog {
        Catalog::parse(&[text], style)
    }

    #[test]
    fn a_template_is_filled_with_facts_written_in_the_catalogs_language() {
        let ja = cat("amount = {cost} × {rate} = {product} > 上限 {cap} → {amount}\n", Style::Japanese);
        let args = [
            ("cost", Fact::Yen(Yen::man(600))),
            ("rate", Fact::Rate(Rate::new(9, 10))),
            ("product", Fact::Yen(Yen::man(540))),
            ("cap", Fact::Yen(Yen::man(450))),
            ("amount", Fact::Yen(Yen::man(450))),
        ];
        assert_eq!(render(&ja, "amount", &args), "600万円 × 9/10 = 540万円 > 上限 450万円 → 450万円");
        let en = cat("amount = {cost} × {rate} = {product} > cap {cap} → {amount}\n", Style::Western);
        assert_eq!(
            render(&en, "amount", &args),
            "6,000,000 yen × 9/10 = 5,400,000 yen > cap 4,500,000 yen → 4,500,000 yen"
        );
    }

    #[test]
    fn a_missing_key_or_placeholder_is_marked_not_dropped() {
        let c = cat("# comment\n\nhello = Hello {name}, {who}\n", Style::Western);
        assert_eq!(render(&c, "hello", &[("name", Fact::Int(1234))]), "Hello 1,234, ⟦who⟧");
        assert_eq!(render(&c, "nope", &[]), "⟦nope⟧");
    }

    #[test]
    fn terms_messages_and_lists_are_written_from_the_catalog() {
        let c = cat("t.a = あ\nt.b = い\nm = {x}と{y}\nouter = [{inner}] {d}\n", Style::Japanese);
        let inner =
            Message::new("m").with("x", Fact::Term("t.a")).with("y", Fact::List(vec![Fact::Term("t.b"), Fact::Int(2)]));
        let args = [("inner", Fact::from(inner)), ("d", Fact::Date(Date::ymd(2026, 9, 1)))];
        assert_eq!(render(&c, "outer", &args), "[あとい、2] 2026年9月1日");
    }

    #[test]
    fn a_fingerprint_is_sixteen_hex_digits_of_fnv1a() {
        let mut f = Fnv::new();
        f.write(b"a");
        // FNV-1a 64 of "a".
        assert_eq!(f.hex(), "af63dc4c8601ec8c");
        assert_eq!(Fnv::new().hex(), "cbf29ce484222325");
    }

    #[test]
    fn a_key_is_found_from_its_parts_without_building_it() {
        let c = cat("a.b = 1\na.b.c = 2\na.bc = 3\nab = 4\n", Style::Western);
        assert_eq!(c.get_parts(&["a", "b"]), Some("1"));
        assert_eq!(c.get_parts(&["a", "", "b", "c"]), Some("2"));
        assert_eq!(c.get_parts(&["a", "bc"]), Some("3"));
        assert_eq!(c.get_parts(&["ab"]), Some("4"));
        assert_eq!(c.get_parts(&["a"]), None);
        assert_eq!(c.get_parts(&["a", "b", "c", "d"]), None);
        assert_eq!(render_parts(&c, &["x", "", "y"], &[]), "⟦x.y⟧");
    }

    #[test]
    fn a_later_file_replaces_an_earlier_key_and_placeholders_are_listed() {
        let c = Catalog::parse(&["k = one\n", "k = two\n"], Style::Western);
        assert_eq!(c.get("k"), Some("two"));
        assert_eq!(placeholders("{a} and {b}{c}"), ["a", "b", "c"]);
    }

    #[test]
    fn the_product_catalogs_parse_and_japanese_is_the_default() {
        assert_eq!(default_language().code, "ja");
        for lang in LANGUAGES.iter() {
            assert!(catalog(lang).keys().count() > 10, "{}", lang.code);
        }
    }
}
