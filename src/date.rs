//! Calendar dates (`asOf`, effective dates of rules) and Japanese fiscal years (年度).

use serde::{Serialize, Serializer};
use std::fmt;

/// A day of the Gregorian calendar. Ordered, so rulesets can be chosen by comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

impl Date {
    /// A date from its parts, or `None` when the day does not exist (2023-02-30).
    pub const fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        if year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 {
            return None;
        }
        if day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// A date for tables of figures written in the source code. An impossible date there is a
    /// programming mistake caught by the tests; it falls back to the first day of the month.
    pub const fn ymd(year: u16, month: u8, day: u8) -> Date {
        match Date::new(year, month, day) {
            Some(d) => d,
            None => Date { year, month, day: 1 },
        }
    }

    /// Parses the ISO form `YYYY-MM-DD` and nothing else.
    pub fn parse(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        if b.len() != 10 || b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
            return None;
        }
        let num = |range: std::ops::Range<usize>| -> Option<u16> {
            let part = s.get(range)?;
            if !part.bytes().all(|c| c.is_ascii_digit()) {
                return None;
            }
            part.parse().ok()
        };
        let year = num(0..4)?;
        let month = u8::try_from(num(5..7)?).ok()?;
        let day = u8::try_from(num(8..10)?).ok()?;
        Date::new(year, month, day)
    }

    pub const fn year(self) -> u16 {
        self.year
    }
    pub const fn month(self) -> u8 {
        self.month
    }
    pub const fn day(self) -> u8 {
        self.day
    }

    /// The Japanese fiscal year (年度), which starts on 1 April.
    pub const fn fiscal_year(self) -> u16 {
        if self.month >= 4 {
            self.year
        } else {
            self.year.saturating_sub(1)
        }
    }

    /// The day before: the last day a window stays open when it closes "the day before" a date.
    /// `None` before 0001-01-01.
    pub const fn previous_day(self) -> Option<Date> {
        if self.day > 1 {
            return Some(Date { day: self.day.saturating_sub(1), ..self });
        }
        if self.month > 1 {
            let month = self.month.saturating_sub(1);
            return Some(Date { year: self.year, month, day: days_in_month(self.year, month) });
        }
        if self.year > 1 {
            return Some(Date { year: self.year.saturating_sub(1), month: 12, day: 31 });
        }
        None
    }

    /// 2023年6月1日
    pub fn ja(self) -> String {
        let mut out = String::with_capacity(20);
        push_digits(&mut out, self.year, 1);
        out.push('年');
        push_digits(&mut out, u16::from(self.month), 1);
        out.push('月');
        push_digits(&mut out, u16::from(self.day), 1);
        out.push('日');
        out
    }

    /// 1 September 2026
    pub fn en(self) -> String {
        const MONTHS: [&str; 12] = [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ];
        let mut out = String::with_capacity(20);
        push_digits(&mut out, u16::from(self.day), 1);
        out.push(' ');
        out.push_str(MONTHS.get(usize::from(self.month).saturating_sub(1)).copied().unwrap_or_default());
        out.push(' ');
        push_digits(&mut out, self.year, 1);
        out
    }

    /// 2023-06-01
    fn iso(self) -> String {
        let mut out = String::with_capacity(10);
        push_digits(&mut out, self.year, 4);
        out.push('-');
        push_digits(&mut out, u16::from(self.month), 2);
        out.push('-');
        push_digits(&mut out, u16::from(self.day), 2);
        out
    }
}

/// Appends `n` in decimal with at least `width` digits, zero-padded: what `format!("{n:0width$}")`
/// writes, without the formatting machinery (dates are written in nearly every step of an answer).
fn push_digits(out: &mut String, n: u16, width: usize) {
    let digits = [n / 10_000 % 10, n / 1000 % 10, n / 100 % 10, n / 10 % 10, n % 10];
    let significant = digits.iter().position(|&d| d != 0).map_or(1, |first| digits.len().saturating_sub(first));
    let shown = significant.max(width).min(digits.len());
    for &d in digits.iter().skip(digits.len().saturating_sub(shown)) {
        // `d` is one decimal digit.
        out.push(char::from(b'0'.saturating_add(d as u8)));
    }
}

/// 令和N年度 for a fiscal year from 2019 on (令和元年 = 2019).
pub fn reiwa_fiscal_year(fy: u16) -> String {
    match fy.checked_sub(2018) {
        Some(1) => "令和元年度".to_string(),
        Some(n) if n > 1 => format!("令和{n}年度"),
        _ => format!("{fy}年度"),
    }
}

const fn is_leap(year: u16) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

const fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.iso())
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_dates_parse_and_impossible_ones_do_not() {
        assert_eq!(Date::parse("2023-06-01"), Date::new(2023, 6, 1));
        assert_eq!(Date::parse("2024-02-29").map(|d| d.day()), Some(29));
        for bad in
            ["2023-02-30", "2023/06/01", "2023-6-1", "2023-13-01", "2023-00-10", "0000-01-01", "２０２３-06-01", ""]
        {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn dates_are_written_as_format_would_write_them() {
        for year in (1..=9999).step_by(7).chain([1, 9, 10, 99, 100, 999, 1000, 2023, 9999]) {
            for (month, day) in [(1, 1), (6, 1), (9, 30), (10, 9), (12, 31)] {
                let d = Date::ymd(year, month, day);
                assert_eq!(d.ja(), format!("{year}年{month}月{day}日"));
                assert_eq!(d.to_string(), format!("{year:04}-{month:02}-{day:02}"));
            }
        }
        assert_eq!(Date::ymd(2023, 6, 1).ja(), "2023年6月1日");
        assert_eq!(Date::ymd(2023, 6, 1).to_string(), "2023-06-01");
    }

    #[test]
    fn the_day_before_crosses_months_years_and_leap_days() {
        assert_eq!(Date::ymd(2026, 10, 25).previous_day(), Some(Date::ymd(2026, 10, 24)));
        assert_eq!(Date::ymd(2026, 12, 1).previous_day(), Some(Date::ymd(2026, 11, 30)));
        assert_eq!(Date::ymd(2024, 3, 1).previous_day(), Some(Date::ymd(2024, 2, 29)));
        assert_eq!(Date::ymd(2023, 3, 1).previous_day(), Some(Date::ymd(2023, 2, 28)));
        assert_eq!(Date::ymd(2026, 1, 1).previous_day(), Some(Date::ymd(2025, 12, 31)));
        assert_eq!(Date::ymd(1, 1, 1).previous_day(), None);
    }

    #[test]
    fn the_fiscal_year_starts_in_april() {
        assert_eq!(Date::ymd(2024, 3, 31).fiscal_year(), 2023);
        assert_eq!(Date::ymd(2024, 4, 1).fiscal_year(), 2024);
        assert_eq!(reiwa_fiscal_year(2023), "令和5年度");
        assert_eq!(reiwa_fiscal_year(2019), "令和元年度");
    }
}
