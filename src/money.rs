//! Exact money and rates. Yen amounts are `rust_decimal::Decimal`, never `f64`; every operation is
//! checked, and every rounding is a named function that the explanation shows as a step.

use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Serialize, Serializer};
use std::fmt;

/// An amount of yen. It may hold a fraction (cost × 9/10) until a named rounding step removes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Yen(Decimal);

/// Arithmetic left the range of exact decimals. Inputs are bounded far below that, so this is a
/// defect, reported as an error (`internal_overflow`) rather than a trap.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Overflow;

impl Yen {
    pub const ZERO: Yen = Yen(Decimal::ZERO);

    pub fn new(d: Decimal) -> Yen {
        Yen(d)
    }
    pub const fn from_i64(n: i64) -> Yen {
        Yen(Decimal::from_parts((n.unsigned_abs() & 0xFFFF_FFFF) as u32, (n.unsigned_abs() >> 32) as u32, 0, n < 0, 0))
    }
    /// N万円 (units of 10,000 yen), the unit the leaflets' tables use.
    pub const fn man(n: i64) -> Yen {
        Yen::from_i64(n.saturating_mul(10_000))
    }
    pub fn decimal(self) -> Decimal {
        self.0
    }
    pub fn checked_add(self, other: Yen) -> Result<Yen, Overflow> {
        self.0.checked_add(other.0).map(Yen).ok_or(Overflow)
    }
    pub fn checked_sub(self, other: Yen) -> Result<Yen, Overflow> {
        self.0.checked_sub(other.0).map(Yen).ok_or(Overflow)
    }
    pub fn checked_mul_int(self, n: i64) -> Result<Yen, Overflow> {
        self.0.checked_mul(Decimal::from(n)).map(Yen).ok_or(Overflow)
    }
    /// `self × rate`, exact (the result may carry a fraction of a yen).
    pub fn checked_mul_rate(self, rate: Rate) -> Result<Yen, Overflow> {
        let num = Decimal::from(rate.num);
        let den = Decimal::from(rate.den);
        self.0.checked_mul(num).and_then(|v| v.checked_div(den)).map(Yen).ok_or(Overflow)
    }
    pub fn min(self, other: Yen) -> Yen {
        if other < self {
            other
        } else {
            self
        }
    }
    pub fn is_zero(self) -> bool {
        self.0.is_zero()
    }
    /// Whole yen as an integer for the JavaScript answer (only after a rounding step).
    pub fn whole(self) -> i64 {
        let t = self.0.trunc();
        i64::try_from(t).unwrap_or(if t.is_sign_negative() { i64::MIN } else { i64::MAX })
    }

    /// "600万円" when a whole number of 万円 ("3億円", "1億2,000万円" from 1億 up), else "1,234,567円".
    pub fn ja(self) -> String {
        // Whole, non-negative yen (every amount an answer shows) take the integer path; the
        // decimal path below gives the same text and stays for fractions and negatives.
        let Some(n) = self.whole_non_negative() else {
            return self.ja_decimal();
        };
        if n == 0 || n % 10_000 != 0 {
            let mut out = group_u64(n);
            out.push('円');
            return out;
        }
        let man = n / 10_000;
        let (oku, rest) = (man / 10_000, man % 10_000);
        let mut out = if oku == 0 { group_u64(man) } else { group_u64(oku) };
        if oku == 0 {
            out.push_str("万円");
        } else if rest == 0 {
            out.push_str("億円");
        } else {
            out.push('億');
            out.push_str(&group_u64(rest));
            out.push_str("万円");
        }
        out
    }

    /// [`Yen::ja`] for any decimal (fractions of a yen, negative amounts).
    fn ja_decimal(self) -> String {
        let man = Decimal::from(10_000);
        let whole_man = !self.0.is_zero() && self.0.checked_rem(man).is_some_and(|r| r.is_zero());
        let in_man = match self.0.checked_div(man) {
            Some(m) if whole_man => m.normalize(),
            _ => return format!("{}円", group(&self.0.normalize().to_string())),
        };
        // From 1億 (10,000万) up, as the Japanese read it: 3億円, 1億2,000万円.
        let (oku, rest) = match (in_man.checked_div(man), in_man.checked_rem(man)) {
            (Some(o), Some(r)) => (o.trunc().normalize(), r.normalize()),
            _ => (Decimal::ZERO, in_man),
        };
        if oku < Decimal::ONE {
            format!("{}万円", group(&in_man.to_string()))
        } else if rest.is_zero() {
            format!("{}億円", group(&oku.to_string()))
        } else {
            format!("{}億{}万円", group(&oku.to_string()), group(&rest.to_string()))
        }
    }

    /// "6,000,000 yen"
    pub fn en(self) -> String {
        let Some(n) = self.whole_non_negative() else {
            return self.en_decimal();
        };
        let mut out = group_u64(n);
        out.push_str(" yen");
        out
    }

    /// [`Yen::en`] for any decimal.
    fn en_decimal(self) -> String {
        format!("{} yen", group(&self.0.normalize().to_string()))
    }

    /// The amount as an integer when it is a whole, non-negative number of yen that fits `u64`.
    /// Formatting through an integer is several times faster than through `Decimal::to_string`,
    /// and amounts are formatted for every step of every answer.
    fn whole_non_negative(self) -> Option<u64> {
        if self.0.is_sign_negative() {
            return None;
        }
        let d = if self.0.scale() == 0 { self.0 } else { self.0.normalize() };
        if d.scale() != 0 {
            return None;
        }
        u64::try_from(d).ok()
    }
}

/// Writes `n` with thousands separators ("1,234,567"), as [`group`] does for its decimal text.
fn group_u64(n: u64) -> String {
    // At most 20 digits and 6 commas, written from the right.
    let mut buf = [b','; 26];
    let mut start = buf.len();
    let mut rest = n;
    let mut written = 0usize;
    for slot in buf.iter_mut().rev() {
        if written > 0 && written % 3 == 0 {
            // A comma is already there; the digit goes into the next slot to the left.
            written = 0;
            start = start.saturating_sub(1);
            continue;
        }
        // `rest % 10` is one decimal digit.
        *slot = b'0'.saturating_add((rest % 10) as u8);
        start = start.saturating_sub(1);
        written = written.saturating_add(1);
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    buf.get(start..).and_then(|b| std::str::from_utf8(b).ok()).unwrap_or_default().to_owned()
}

/// Inserts thousands separators into a plain decimal string ("-1234567.5" → "-1,234,567.5").
pub fn group(plain: &str) -> String {
    let (sign, rest) = match plain.strip_prefix('-') {
        Some(r) => ("-", r),
        None => ("", plain),
    };
    let (int, frac) = match rest.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (rest, None),
    };
    let mut out = String::with_capacity(plain.len().saturating_add(8));
    out.push_str(sign);
    let n = int.len();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (n.saturating_sub(i)) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if let Some(f) = frac {
        out.push('.');
        out.push_str(f);
    }
    out
}

impl Serialize for Yen {
    /// Yen reach JavaScript as numbers: every figure the engine returns is a whole yen below 2^53.
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_i64(self.whole())
    }
}

/// A subsidy rate as an exact fraction, written as the leaflets write it ("9/10").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rate {
    pub num: u8,
    pub den: u8,
}

impl Rate {
    pub const fn new(num: u8, den: u8) -> Rate {
        Rate { num, den }
    }
}

impl fmt::Display for Rate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.num, self.den)
    }
}

impl Serialize for Rate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// Rounding step 千円未満切捨て: drop the part below 1,000 yen.
///
/// The leaflets do not state the rounding of the amount; truncation to whole thousands is the
/// practice of MHLW subsidy rules (RULES.md §1.1 "Rounding", **unconfirmed** against the 交付要綱),
/// so every answer that applies it carries an `unconfirmed_rule` notice. `koyo-hoken` uses it for the
/// 年度更新 premium basis (保険料算定基礎額: the annual wage bill without the part below 1,000 yen,
/// as the 申告書 asks; **unconfirmed** here).
pub fn truncate_to_thousand_yen(y: Yen) -> Result<Yen, Overflow> {
    let k = Decimal::from(1000);
    y.0.checked_div(k)
        .map(|t| t.round_dp_with_strategy(0, RoundingStrategy::ToZero))
        .and_then(|t| t.checked_mul(k))
        .map(Yen)
        .ok_or(Overflow)
}

/// Rounding step 1円未満切捨て: drop any fraction of a yen.
///
/// Used for the 労働保険 年度更新 premium and the employer's share of 雇用保険料 (the 申告書 drops
/// fractions of a yen; **unconfirmed** here), and for loan interest and instalments (the usual
/// bank practice; **unconfirmed**). Each use carries an `unconfirmed_rule` notice.
pub fn truncate_to_yen(y: Yen) -> Yen {
    Yen(y.0.round_dp_with_strategy(0, RoundingStrategy::ToZero))
}

/// Rounding step 50銭以下切捨て・50銭超切上げ: the worker's share of 雇用保険料 withheld from a wage.
///
/// MHLW's 雇用保険料率 leaflets give it for a share withheld from wages (源泉控除): 0.50 yen or less
/// is dropped, over 0.50 yen rounds up (paid in cash instead, under 0.50 is dropped and 0.50 rounds
/// up, which this program does not model). Not in the seed (**unconfirmed**), so the answer carries
/// an `unconfirmed_rule` notice.
pub fn round_half_down_to_yen(y: Yen) -> Yen {
    Yen(y.0.round_dp_with_strategy(0, RoundingStrategy::MidpointTowardZero))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nine_tenths_of_six_million_is_five_point_four_million_exactly() {
        let r = Yen::from_i64(6_000_000).checked_mul_rate(Rate::new(9, 10));
        assert_eq!(r, Ok(Yen::from_i64(5_400_000)));
    }

    #[test]
    fn whole_yen_from_an_integer_are_exact_above_four_billion_and_zero_has_no_sign() {
        for n in [0i64, 1, 4_294_967_295, 4_294_967_296, 10_000_000_000, 1_000_000_000_000, -5, -10_000_000_000] {
            assert_eq!(Yen::from_i64(n).decimal(), Decimal::from(n), "{n}");
        }
        assert!(!Yen::from_i64(0).decimal().is_sign_negative());
        assert_eq!(Yen::man(100_000_000).whole(), 1_000_000_000_000);
    }

    #[test]
    fn truncation_to_thousand_yen_drops_the_rest_and_keeps_exact_thousands() {
        let odd = Yen::from_i64(1_234_567).checked_mul_rate(Rate::new(9, 10)).unwrap_or(Yen::ZERO);
        assert_eq!(truncate_to_thousand_yen(odd), Ok(Yen::from_i64(1_111_000)));
        assert_eq!(truncate_to_thousand_yen(Yen::from_i64(4_500_000)), Ok(Yen::from_i64(4_500_000)));
        assert_eq!(truncate_to_thousand_yen(Yen::from_i64(999)), Ok(Yen::ZERO));
        assert_eq!(truncate_to_thousand_yen(Yen::new(Decimal::MAX)).map(|y| y <= Yen::new(Decimal::MAX)), Ok(true));
    }

    #[test]
    fn the_integer_path_writes_amounts_exactly_as_the_decimal_path() {
        let mut amounts: Vec<Decimal> =
            vec![Decimal::ZERO, Decimal::ONE, Decimal::from(u64::MAX), Decimal::new(45_000_000_000, 4)];
        for e in 0..20u32 {
            let p = 10u64.pow(e);
            for k in [1u64, 2, 9, 10, 11, 999, 1000, 1001, 9999, 10_000, 10_001, 12_345, 99_990_000] {
                amounts.push(Decimal::from(p.saturating_mul(k)));
                amounts.push(Decimal::from(p.saturating_mul(k).saturating_sub(1)));
            }
        }
        let mut x = 0x9E37_79B9_7F4A_7C15_u64;
        for _ in 0..20_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let n = x >> (x % 40);
            amounts.extend([
                Decimal::from(n),
                Decimal::from(n - n % 10_000),
                Decimal::new(i64::try_from(n % 1_000_000_000_000).unwrap() * 1000, 3),
            ]);
        }
        for d in amounts {
            let y = Yen::new(d);
            assert!(y.whole_non_negative().is_some(), "{d}");
            assert_eq!(y.ja(), y.ja_decimal(), "{d}");
            assert_eq!(y.en(), y.en_decimal(), "{d}");
        }
        // Fractions and negative amounts take the decimal path.
        for d in [
            Decimal::new(-5, 0),
            Decimal::new(12345, 1),
            Decimal::new(-50_000, 0),
            Decimal::NEGATIVE_ONE * Decimal::ZERO,
        ] {
            assert_eq!(Yen::new(d).ja(), Yen::new(d).ja_decimal());
            assert_eq!(Yen::new(d).en(), Yen::new(d).en_decimal());
        }
    }

    #[test]
    fn amounts_read_in_man_yen_when_whole() {
        assert_eq!(Yen::from_i64(6_000_000).ja(), "600万円");
        assert_eq!(Yen::from_i64(1_234_567).ja(), "1,234,567円");
        assert_eq!(Yen::from_i64(1_234_567).en(), "1,234,567 yen");
        assert_eq!(Yen::man(450), Yen::from_i64(4_500_000));
        assert_eq!(Yen::man(30_000).ja(), "3億円");
        assert_eq!(Yen::man(12_000).ja(), "1億2,000万円");
        assert_eq!(Yen::man(9_999).ja(), "9,999万円");
        assert_eq!(Yen::from_i64(123_456_789).ja(), "123,456,789円");
        assert_eq!(Yen::from_i64(-5), Yen::new(Decimal::from(-5)));
    }

    #[test]
    fn fifty_sen_is_dropped_and_fifty_one_sen_rounds_up() {
        let sen = |s: &str| Yen::new(s.parse().unwrap_or_default());
        assert_eq!(round_half_down_to_yen(sen("1800.50")), Yen::from_i64(1800));
        assert_eq!(round_half_down_to_yen(sen("1800.51")), Yen::from_i64(1801));
        assert_eq!(round_half_down_to_yen(sen("1800.49")), Yen::from_i64(1800));
        assert_eq!(truncate_to_yen(sen("1800.99")), Yen::from_i64(1800));
    }
}
