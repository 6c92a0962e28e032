//! Amounts and rates are data with validity periods (table `rate`), never constants in
//! code: this picks the one in force on a date.

use super::money::Cents;
use time::Date;

/// What a rate is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RateKind {
    /// Soziokulturelle Teilhabe per month (15 € since 1 August 2019).
    TeilhabeMonthly,
    /// The most the jobcenter pays per hour of Lernförderung (Kreis cap).
    LernfoerderungHourlyMax,
}

impl RateKind {
    pub const ALL: [RateKind; 2] = [RateKind::TeilhabeMonthly, RateKind::LernfoerderungHourlyMax];

    pub fn parse(s: &str) -> Option<RateKind> {
        RateKind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// Fluent id of the label (staff screens).
    pub fn label_id(self) -> &'static str {
        match self {
            RateKind::TeilhabeMonthly => "rate-teilhabe-monthly",
            RateKind::LernfoerderungHourlyMax => "rate-lernfoerderung-hourly-max",
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            RateKind::TeilhabeMonthly => "teilhabe_monthly",
            RateKind::LernfoerderungHourlyMax => "lernfoerderung_hourly_max",
        }
    }
}

/// One row of the rate table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rate {
    pub valid_from: Date,
    pub valid_to: Option<Date>,
    pub amount: Cents,
}

/// The rate in force on `on`: the latest one that has started and not ended.
pub fn in_force(rates: &[Rate], on: Date) -> Option<Cents> {
    rates
        .iter()
        .filter(|r| r.valid_from <= on && r.valid_to.is_none_or(|to| on <= to))
        .max_by_key(|r| r.valid_from)
        .map(|r| r.amount)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn the_rate_of_the_day_is_chosen() {
        let rates = vec![
            Rate {
                valid_from: date!(2011 - 01 - 01),
                valid_to: Some(date!(2019 - 07 - 31)),
                amount: Cents(1000),
            },
            Rate {
                valid_from: date!(2019 - 08 - 01),
                valid_to: None,
                amount: Cents(1500),
            },
        ];
        assert_eq!(in_force(&rates, date!(2019 - 07 - 31)), Some(Cents(1000)));
        assert_eq!(in_force(&rates, date!(2026 - 11 - 24)), Some(Cents(1500)));
        assert_eq!(in_force(&rates, date!(2005 - 01 - 01)), None);
    }
}
