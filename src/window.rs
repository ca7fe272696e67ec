//! Application windows (申請受付期間): when a ruleset takes applications, and where a date stands
//! against them. An answer outside its window is still computed, since people plan for next year;
//! it carries the window and a notice that names its dates.

use crate::catalog::Message;
use crate::date::Date;
use crate::explain::Notice;
use serde::Serialize;

/// Where `asOf` stands against a window.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum WindowStatus {
    Open,
    Closed,
    NotYetOpen,
}

/// One period in which applications are taken, as a ruleset file states it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Round {
    /// First day applications are taken; `None` where the sources give only the last day.
    pub opens: Option<Date>,
    /// Last day applications are taken.
    pub closes: Date,
    /// 第N期, where a year has several rounds.
    pub number: Option<u8>,
}

/// The window of an answer: `applicationWindow: { opens, closes, status, round? }`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ApplicationWindow {
    pub opens: Option<Date>,
    pub closes: Date,
    pub status: WindowStatus,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub round: Option<u8>,
}

impl ApplicationWindow {
    /// The window of `round` seen from `as_of`.
    pub fn of(round: Round, as_of: Date) -> ApplicationWindow {
        let status = if round.opens.is_some_and(|o| as_of < o) {
            WindowStatus::NotYetOpen
        } else if as_of > round.closes {
            WindowStatus::Closed
        } else {
            WindowStatus::Open
        };
        ApplicationWindow { opens: round.opens, closes: round.closes, status, round: round.number }
    }

    /// Among a year's rounds (in date order), the one that matters on `as_of`: the round open on
    /// that day, else the next one to open, else the last one (closed).
    pub fn pick(rounds: &[Round], as_of: Date) -> Option<ApplicationWindow> {
        let windows = rounds.iter().map(|r| ApplicationWindow::of(*r, as_of));
        let mut last = None;
        for w in windows {
            if w.status != WindowStatus::Closed {
                return Some(w);
            }
            last = Some(w);
        }
        last
    }

    /// `application_window_closed` or `application_window_not_open`, naming the dates; `None`
    /// while the window is open.
    pub fn notice(&self) -> Option<Notice> {
        let span = match self.opens {
            Some(o) => Message::new("window.span").with("opens", o).with("closes", self.closes),
            None => Message::new("window.until").with("closes", self.closes),
        };
        let code = match self.status {
            WindowStatus::Open => return None,
            WindowStatus::Closed => "application_window_closed",
            WindowStatus::NotYetOpen => "application_window_not_open",
        };
        let n = Notice::of(code).with("span", span);
        Some(match self.round {
            Some(r) => n.with("round", i64::from(r)).variant("round"),
            None => n,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIRST: Round = Round { opens: Some(Date::ymd(2025, 4, 14)), closes: Date::ymd(2025, 6, 13), number: Some(1) };
    const SECOND: Round =
        Round { opens: Some(Date::ymd(2025, 6, 14)), closes: Date::ymd(2025, 10, 31), number: Some(2) };

    #[test]
    fn a_window_is_open_from_its_first_to_its_last_day_inclusive() {
        let status = |d| ApplicationWindow::of(FIRST, d).status;
        assert_eq!(status(Date::ymd(2025, 4, 13)), WindowStatus::NotYetOpen);
        assert_eq!(status(Date::ymd(2025, 4, 14)), WindowStatus::Open);
        assert_eq!(status(Date::ymd(2025, 6, 13)), WindowStatus::Open);
        assert_eq!(status(Date::ymd(2025, 6, 14)), WindowStatus::Closed);
    }

    #[test]
    fn of_several_rounds_the_open_one_then_the_next_one_then_the_last_one_counts() {
        let pick = |d| ApplicationWindow::pick(&[FIRST, SECOND], d).and_then(|w| w.round);
        assert_eq!(pick(Date::ymd(2025, 4, 1)), Some(1));
        assert_eq!(pick(Date::ymd(2025, 6, 13)), Some(1));
        assert_eq!(pick(Date::ymd(2025, 6, 14)), Some(2));
        assert_eq!(pick(Date::ymd(2026, 1, 5)), Some(2));
        assert_eq!(ApplicationWindow::pick(&[], Date::ymd(2026, 1, 5)), None);
    }

    #[test]
    fn only_a_closed_or_unopened_window_gives_a_notice_and_it_names_the_dates() {
        assert!(ApplicationWindow::of(FIRST, Date::ymd(2025, 5, 1)).notice().is_none());
        let closed = ApplicationWindow::of(SECOND, Date::ymd(2025, 12, 1)).notice().unwrap();
        assert_eq!(closed.code, "application_window_closed");
        let [ja, en] = &crate::catalog::LANGUAGES;
        let text = |lang| crate::catalog::with_catalog(crate::catalog::catalog(lang), || closed.message());
        assert!(text(ja).contains("第2期の申請受付期間（2025年6月14日〜2025年10月31日）"), "{}", text(ja));
        assert!(text(en).contains("(14 June 2025 to 31 October 2025)"), "{}", text(en));
        let early = ApplicationWindow::of(FIRST, Date::ymd(2025, 4, 1)).notice().unwrap();
        assert_eq!(early.code, "application_window_not_open");
        let no_start = Round { opens: None, closes: Date::ymd(2024, 1, 31), number: None };
        let w = ApplicationWindow::of(no_start, Date::ymd(2023, 6, 1));
        assert_eq!(w.status, WindowStatus::Open);
        assert_eq!(ApplicationWindow::of(no_start, Date::ymd(2024, 2, 1)).status, WindowStatus::Closed);
    }
}
