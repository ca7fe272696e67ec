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

    /// 2023年6月1日
    pub fn ja(self) -> String {
        format!("{}年{}月{}日", self.year, self.month, self.day)
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
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
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
    fn the_fiscal_year_starts_in_april() {
        assert_eq!(Date::ymd(2024, 3, 31).fiscal_year(), 2023);
        assert_eq!(Date::ymd(2024, 4, 1).fiscal_year(), 2024);
        assert_eq!(reiwa_fiscal_year(2023), "令和5年度");
        assert_eq!(reiwa_fiscal_year(2019), "令和元年度");
    }
}
