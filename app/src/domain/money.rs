//! Money as integer cents, parsed from what people type ("15", "15,50", "1.234,56 €").

use super::FieldError;
use std::fmt;

/// An amount in euro cents. Never a float.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Cents(pub i64);

impl Cents {
    /// Parses a non-negative euro amount of at most `max`. Accepts a decimal comma or
    /// point, thousands separators and a trailing `€`.
    pub fn parse(input: &str, field: &str, max: Cents) -> Result<Cents, FieldError> {
        let s: String = super::text::ascii_digits(input)
            .trim()
            .trim_end_matches('€')
            .trim()
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        if s.is_empty() {
            return Err(FieldError::new(field, "error-amount-required"));
        }
        let invalid = || FieldError::new(field, "error-amount-invalid");
        if s.starts_with('-') {
            return Err(FieldError::new(field, "error-amount-negative"));
        }
        // The last ',' or '.' followed by one or two digits is the decimal separator;
        // any other separators group thousands.
        let (euros, cents) = match s.rfind([',', '.']) {
            Some(pos) if s.len() - pos - 1 <= 2 && s.len() - pos > 1 => (&s[..pos], &s[pos + 1..]),
            _ => (s.as_str(), ""),
        };
        // Thousands groups after the first must have exactly three digits ("1.234"), so
        // that a typo like "1,2,3" is refused rather than guessed.
        let groups: Vec<&str> = euros.split(['.', ',']).collect();
        if groups.len() > 1
            && (groups[0].is_empty()
                || groups[0].len() > 3
                || groups[1..].iter().any(|g| g.len() != 3))
        {
            return Err(invalid());
        }
        let euros: String = groups.concat();
        if euros.is_empty() && cents.is_empty() {
            return Err(invalid());
        }
        if !euros.chars().all(|c| c.is_ascii_digit())
            || !cents.chars().all(|c| c.is_ascii_digit())
            || euros.len() > 9
        {
            return Err(invalid());
        }
        let euros: i64 = if euros.is_empty() {
            0
        } else {
            euros.parse().map_err(|_| invalid())?
        };
        let cents: i64 = match cents.len() {
            0 => 0,
            1 => cents.parse::<i64>().map_err(|_| invalid())? * 10,
            _ => cents.parse().map_err(|_| invalid())?,
        };
        let amount = Cents(euros * 100 + cents);
        if amount > max {
            return Err(FieldError::new(field, "error-amount-too-high"));
        }
        Ok(amount)
    }

    /// German notation without currency sign: `1.234,50`.
    pub fn german(self) -> String {
        self.with_separators(".", ",")
    }

    /// The amount with `group` between thousands and `decimal` before the cents, without
    /// currency sign: `with_separators(",", ".")` is `1,234.50`.
    pub fn with_separators(self, group: &str, decimal: &str) -> String {
        let digits = (self.0 / 100).abs().to_string();
        let mut grouped = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                grouped.push_str(group);
            }
            grouped.push(c);
        }
        let sign = if self.0 < 0 { "-" } else { "" };
        format!("{sign}{grouped}{decimal}{:02}", (self.0 % 100).abs())
    }

    /// The part of this amount above `covered` (what the family pays itself).
    pub fn excess_over(self, covered: Cents) -> Cents {
        Cents((self.0 - covered.0).max(0))
    }
}

impl fmt::Display for Cents {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} €", self.german())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MAX: Cents = Cents(10_000_000);

    #[test]
    fn amounts_are_read_as_people_type_them() {
        assert_eq!(Cents::parse("15", "f", MAX).unwrap(), Cents(1500));
        assert_eq!(Cents::parse("15,5", "f", MAX).unwrap(), Cents(1550));
        assert_eq!(Cents::parse("15.50", "f", MAX).unwrap(), Cents(1550));
        assert_eq!(
            Cents::parse("1.234,56 €", "f", MAX).unwrap(),
            Cents(123_456)
        );
        assert_eq!(Cents::parse("1,234.56", "f", MAX).unwrap(), Cents(123_456));
        assert_eq!(Cents::parse("1.234", "f", MAX).unwrap(), Cents(123_400));
        assert_eq!(Cents::parse("0", "f", MAX).unwrap(), Cents(0));
    }

    #[test]
    fn bad_amounts_get_specific_messages() {
        for (typed, msg_id) in [
            ("", "error-amount-required"),
            ("-5", "error-amount-negative"),
            ("zehn", "error-amount-invalid"),
            ("1,2,3,4", "error-amount-invalid"),
            ("100001", "error-amount-too-high"),
            ("99999999999999", "error-amount-invalid"),
        ] {
            let error = Cents::parse(typed, "f", MAX).unwrap_err();
            assert_eq!(error.msg_id, msg_id, "{typed:?}");
        }
    }

    #[test]
    fn amounts_print_the_german_way() {
        assert_eq!(Cents(1500).to_string(), "15,00 €");
        assert_eq!(Cents(123_456).german(), "1.234,56");
        assert_eq!(Cents(5).german(), "0,05");
        assert_eq!(Cents(2500).excess_over(Cents(1500)), Cents(1000));
        assert_eq!(Cents(1000).excess_over(Cents(1500)), Cents(0));
    }
}
