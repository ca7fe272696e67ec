//! Our regional minimum wages (`data/regional-minimum-wage.csv`) against an independent dataset,
//! the `minimum_wage_jp` crate: on each row's effective date the crate must give the row's yen, and
//! on the day before it the previous row's yen of the same prefecture. A disagreement fails and
//! names the row; it is reported, never fixed by copying the crate (the MHLW lists reprinted by the
//! labour bureaus remain our source).
#![cfg(not(target_arch = "wasm32"))]

use chrono::NaiveDate;
use minimum_wage_jp::MinimumWageJp;

const CSV: &str = include_str!("../data/regional-minimum-wage.csv");

/// One row of the CSV: `pref_code,pref_ja,pref_en,effective_from,hourly_yen`.
struct Row {
    line: &'static str,
    code: u8,
    effective_from: NaiveDate,
    yen: u16,
}

fn rows() -> Vec<Row> {
    let mut lines = CSV.lines();
    assert_eq!(lines.next(), Some("pref_code,pref_ja,pref_en,effective_from,hourly_yen"));
    lines
        .filter(|l| !l.trim().is_empty())
        .map(|line| {
            let f: Vec<&str> = line.split(',').collect();
            assert_eq!(f.len(), 5, "{line}");
            Row {
                line,
                code: f[0].parse().unwrap_or_else(|e| panic!("{line}: {e}")),
                effective_from: NaiveDate::parse_from_str(f[3], "%Y-%m-%d").unwrap_or_else(|e| panic!("{line}: {e}")),
                yen: f[4].parse().unwrap_or_else(|e| panic!("{line}: {e}")),
            }
        })
        .collect()
}

/// Each row with the previous row of the same prefecture, where there is one.
fn rows_with_previous() -> Vec<(Row, Option<u16>)> {
    let mut out: Vec<(Row, Option<u16>)> = Vec::new();
    for row in rows() {
        let previous = out.iter().rev().find(|(r, _)| r.code == row.code).map(|(r, _)| (r.effective_from, r.yen));
        if let Some((date, _)) = previous {
            assert!(date < row.effective_from, "{}: not after the prefecture's previous row", row.line);
        }
        out.push((row, previous.map(|(_, yen)| yen)));
    }
    out
}

fn crate_rate(on: NaiveDate, code: u8) -> Result<u16, String> {
    MinimumWageJp::rate_on_date(on, code).map_err(|e| e.to_string())
}

#[test]
fn every_row_of_our_table_is_the_rate_the_independent_dataset_gives_on_its_effective_date() {
    let failures: Vec<String> = rows()
        .iter()
        .filter_map(|row| match crate_rate(row.effective_from, row.code) {
            Ok(yen) if yen == row.yen => None,
            Ok(yen) => Some(format!("{}: minimum_wage_jp gives {yen} yen on {}", row.line, row.effective_from)),
            Err(e) => Some(format!("{}: minimum_wage_jp has no rate: {e}", row.line)),
        })
        .collect();
    assert!(failures.is_empty(), "{} rows disagree:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn on_the_day_before_each_revision_the_independent_dataset_still_gives_the_previous_rate() {
    let mut checked = 0;
    let mut failures = Vec::new();
    for (row, previous) in rows_with_previous() {
        let Some(previous) = previous else { continue };
        let Some(day_before) = row.effective_from.pred_opt() else { continue };
        checked += 1;
        match crate_rate(day_before, row.code) {
            Ok(yen) if yen == previous => {}
            Ok(yen) => failures.push(format!(
                "{}: minimum_wage_jp gives {yen} yen on {day_before}, the previous row says {previous}",
                row.line
            )),
            Err(e) => failures.push(format!("{}: minimum_wage_jp has no rate on {day_before}: {e}", row.line)),
        }
    }
    assert!(checked >= 47 * 4, "only {checked} revisions checked");
    assert!(failures.is_empty(), "{} rows disagree:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn the_table_has_every_prefecture_from_2022_to_2026() {
    let rows = rows();
    for code in 1..=47u8 {
        let years: Vec<i32> =
            rows.iter().filter(|r| r.code == code).map(|r| chrono::Datelike::year(&r.effective_from)).collect();
        assert_eq!(years.first(), Some(&2022), "prefecture {code}");
        assert_eq!(years.last(), Some(&2026), "prefecture {code}");
    }
}
