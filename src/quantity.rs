//! Quantities that are not money: hours of work, interest rates in percent. They are exact decimals
//! inside the engine and reach JavaScript as numbers, for display and charts only; no rule reads
//! them back. Yen never use this type (see `money`).

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use serde::{Serialize, Serializer};
use std::fmt;

/// An exact decimal quantity shown as a number: 45.5 (hours), 1.3 (percent).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Quantity(pub Decimal);

impl Quantity {
    pub const ZERO: Quantity = Quantity(Decimal::ZERO);

    pub fn decimal(self) -> Decimal {
        self.0
    }
}

impl fmt::Display for Quantity {
    /// "45.5", "80", "1.3": no trailing zeros, thousands grouped.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::money::group(&self.0.normalize().to_string()))
    }
}

impl Serialize for Quantity {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let d = self.0.normalize();
        match d.fract().is_zero().then(|| d.to_i64()).flatten() {
            Some(whole) => s.serialize_i64(whole),
            None => s.serialize_f64(d.to_f64().unwrap_or(0.0)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantities_print_without_trailing_zeros() {
        assert_eq!(Quantity(Decimal::new(4550, 2)).to_string(), "45.5");
        assert_eq!(Quantity(Decimal::new(1_000_000, 0)).to_string(), "1,000,000");
    }
}
