//! Calendar months ("2026-09"), the unit of Teilhabe periods.

use super::FieldError;
use std::fmt;
use time::{Date, Month};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct YearMonth {
    pub year: i32,
    pub month: u8,
}

impl YearMonth {
    pub fn of(date: Date) -> YearMonth {
        YearMonth {
            year: date.year(),
            month: date.month() as u8,
        }
    }

    /// Accepts `2026-09` (as `<input type="month">` sends it), `09/2026` and `9.2026`, and
    /// the year first as Farsi writes dates (`2026/09`).
    pub fn parse(input: &str, field: &str) -> Result<YearMonth, FieldError> {
        let s = &super::text::ascii_digits(input);
        let s = s.trim();
        if s.is_empty() {
            return Err(FieldError::new(field, "error-month-required"));
        }
        let parsed = if let Some((y, m)) = s.split_once('-') {
            (y.parse::<i32>().ok(), m.parse::<u8>().ok())
        } else if let Some((a, b)) = s.split_once(['/', '.']) {
            let (y, m) = if a.len() == 4 { (a, b) } else { (b, a) };
            (y.parse::<i32>().ok(), m.parse::<u8>().ok())
        } else {
            (None, None)
        };
        match parsed {
            (Some(year), Some(month))
                if (2000..=2100).contains(&year) && (1..=12).contains(&month) =>
            {
                Ok(YearMonth { year, month })
            }
            _ => Err(FieldError::new(field, "error-month-invalid")),
        }
    }

    /// Months from `self` to `other` inclusive (1 for the same month).
    pub fn months_through(self, other: YearMonth) -> i32 {
        (other.year - self.year) * 12 + other.month as i32 - self.month as i32 + 1
    }

    pub fn plus_months(self, n: i32) -> YearMonth {
        let index = self.year * 12 + self.month as i32 - 1 + n;
        YearMonth {
            year: index.div_euclid(12),
            month: (index.rem_euclid(12) + 1) as u8,
        }
    }

    /// First day of the month.
    pub fn first_day(self) -> Date {
        Date::from_calendar_date(
            self.year,
            Month::try_from(self.month).unwrap_or(Month::January),
            1,
        )
        .expect("valid month")
    }

    /// `2026-09`, as stored and as `<input type="month">` expects it.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}", self.year, self.month)
    }

    /// `09/2026`, as written on German forms.
    pub fn german(self) -> String {
        format!("{:02}/{}", self.month, self.year)
    }
}

impl fmt::Display for YearMonth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.iso())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn months_are_read_in_common_notations() {
        let sep = YearMonth {
            year: 2026,
            month: 9,
        };
        assert_eq!(YearMonth::parse("2026-09", "m").unwrap(), sep);
        assert_eq!(YearMonth::parse("09/2026", "m").unwrap(), sep);
        assert_eq!(YearMonth::parse("9.2026", "m").unwrap(), sep);
        // Farsi writes the year first; Persian digits become Latin ones.
        assert_eq!(YearMonth::parse("2026/09", "m").unwrap(), sep);
        assert_eq!(YearMonth::parse("۲۰۲۶/۰۹", "m").unwrap(), sep);
        assert_eq!(
            YearMonth::parse("2026-13", "m").unwrap_err().msg_id,
            "error-month-invalid"
        );
        assert_eq!(
            YearMonth::parse("", "m").unwrap_err().msg_id,
            "error-month-required"
        );
    }

    #[test]
    fn month_arithmetic_crosses_years() {
        let sep = YearMonth {
            year: 2026,
            month: 9,
        };
        assert_eq!(
            sep.plus_months(5),
            YearMonth {
                year: 2027,
                month: 2
            }
        );
        assert_eq!(
            sep.plus_months(-9),
            YearMonth {
                year: 2025,
                month: 12
            }
        );
        assert_eq!(
            sep.months_through(YearMonth {
                year: 2027,
                month: 8
            }),
            12
        );
        assert_eq!(YearMonth::of(date!(2026 - 11 - 24)).german(), "11/2026");
        assert_eq!(sep.first_day(), date!(2026 - 09 - 01));
    }
}
