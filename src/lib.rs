//! # joseikin
//!
//! Exact, live estimates of MHLW employer subsidies (助成金), computed where the user types: the
//! rules core is plain Rust, and [`wasm`] is the thin boundary that the browser calls.
//!
//! ```
//! use joseikin::{simulate, Value};
//! let request: Value = serde_json::from_str(r#"{
//!   "program": "gyomu-kaizen", "asOf": "2023-06-01",
//!   "input": { "prefecture": "kagoshima", "industry": "retail",
//!              "capitalYen": 10000000, "companyEmployees": 20, "siteEmployees": 20,
//!              "lowestWage": 863, "raiseYen": 90, "raisedWorkers": 8, "investmentYen": 6000000 } }"#).unwrap();
//! let answer = serde_json::to_value(simulate(&request).unwrap()).unwrap();
//! assert_eq!(answer["amountYen"], 4_500_000);
//! ```
//!
//! Where things live: `money` (Yen, Rate, named rounding), `date` (asOf, 年度), `error` (codes and
//! messages), `explain` (steps, reasons, notices), `region` (prefectures, minimum wages),
//! `programs` (the registry, one folder per program, one file per ruleset): `gyomu_kaizen`
//! (業務改善助成金) and `hatarakikata_yuyo` (働き方改革推進支援助成金 適用猶予業種等対応コース: transport,
//! construction, hospitals; sugar recognised but not computed), and the newsletter's other
//! calculators `koyo_hoken` (雇用保険料), `overtime_check` (時間外労働の上限規制), `kagoshima_nintei`
//! (推進企業 self-check) and `kosodate_loan` (子育て応援企業ローン); `quantity` (hours and percents).

#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing,
        clippy::unreachable,
        clippy::todo,
        clippy::arithmetic_side_effects
    )
)]

pub mod catalog;
pub mod date;
pub mod error;
pub mod explain;
pub mod money;
pub mod programs;
pub mod quantity;
pub mod region;
pub mod screen;
pub mod sources;
pub mod value;
pub mod window;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use error::{CallError, Error, ErrorKind};
pub use programs::{listing as programs, simulate, version, Response};
pub use screen::{screen, ScreenResponse};
pub use value::Value;
