//! School days of a period (`but-rules.md` § Corrections, item 10): tutoring is given in
//! school weeks, so the amounts of a Lernförderung approval count the weekdays of the
//! period that are not school holidays — the holidays of NRW per school year, data an
//! admin maintains — instead of 52/12 weeks a month. A "Stunde" is defined (45 or 60
//! minutes) and printed so.

use super::{money::Cents, month::YearMonth};
use serde::{Deserialize, Serialize};
use std::fmt;
use time::{Date, Duration, Month, Weekday};

/// Days off school, first and last day inclusive (a holiday, a public holiday, a bridge day).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DaysOff {
    pub first_day: Date,
    pub last_day: Date,
}

impl DaysOff {
    fn contains(&self, day: Date) -> bool {
        (self.first_day..=self.last_day).contains(&day)
    }
}

/// A school year in NRW: 1 August to 31 July, named by the year it starts in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct SchoolYear(pub i32);

impl SchoolYear {
    /// The school year `day` falls in.
    pub fn of(day: Date) -> SchoolYear {
        SchoolYear(if day.month() >= Month::August {
            day.year()
        } else {
            day.year() - 1
        })
    }

    /// "2026/27".
    pub fn label(self) -> String {
        format!("{}/{:02}", self.0, (self.0 + 1) % 100)
    }

    pub fn first_day(self) -> Date {
        Date::from_calendar_date(self.0, Month::August, 1).expect("valid date")
    }

    pub fn last_day(self) -> Date {
        Date::from_calendar_date(self.0 + 1, Month::July, 31).expect("valid date")
    }
}

impl fmt::Display for SchoolYear {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.label())
    }
}

/// How far the summer holidays listed with a school year may reach into the next one.
const SUMMER_OVERHANG_DAYS: i64 = 45;

/// The days off school of the school years an admin has maintained.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SchoolCalendar {
    /// The school years whose days off are complete.
    pub years: Vec<SchoolYear>,
    pub days_off: Vec<DaysOff>,
}

impl SchoolCalendar {
    /// The first school year of `from`–`to` whose days off are not maintained, if any: no
    /// amount is computed from a calendar that does not know the holidays. The summer
    /// holidays are listed with the school year they begin in, so a period starting in
    /// August or early September needs the year before too.
    pub fn missing_year(&self, from: Date, to: Date) -> Option<SchoolYear> {
        let summer = Duration::days(SUMMER_OVERHANG_DAYS);
        (SchoolYear::of(from - summer).0..=SchoolYear::of(to).0)
            .map(SchoolYear)
            .find(|year| !self.years.contains(year))
    }

    /// Whether pupils are taught on `day`: Monday to Friday and not a day off.
    pub fn is_school_day(&self, day: Date) -> bool {
        !matches!(day.weekday(), Weekday::Saturday | Weekday::Sunday)
            && !self.days_off.iter().any(|off| off.contains(day))
    }

    /// School days from `from` to `to` inclusive.
    pub fn school_days(&self, from: Date, to: Date) -> u32 {
        let mut days = 0;
        let mut day = from;
        while day <= to {
            days += u32::from(self.is_school_day(day));
            day += Duration::days(1);
        }
        days
    }

    /// The tutoring's cost per calendar month of `from`–`to`: `hours_per_week` lessons at
    /// `hourly_rate` for every school week, a school week being five school days.
    pub fn tutoring_months(
        &self,
        (from, to): (Date, Date),
        hours_per_week: u8,
        hourly_rate: Cents,
    ) -> Vec<MonthCost> {
        let mut months = Vec::new();
        let mut month = YearMonth::of(from);
        while month <= YearMonth::of(to) {
            let next = month.plus_months(1).first_day();
            let first = month.first_day().max(from);
            let last = (next - Duration::days(1)).min(to);
            let school_days = self.school_days(first, last);
            let per_week = i64::from(hours_per_week) * hourly_rate.0;
            months.push(MonthCost {
                month,
                school_days,
                // Five school days are one week; rounded half up to the cent.
                cost: Cents((per_week * i64::from(school_days) * 2 + 5) / 10),
            });
            month = month.plus_months(1);
        }
        months
    }
}

/// The school days and the cost of one calendar month of an approval.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MonthCost {
    pub month: YearMonth,
    pub school_days: u32,
    pub cost: Cents,
}

/// One named entry of the calendar, as an admin enters it ("Herbstferien").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NamedDaysOff {
    pub name: String,
    pub days: DaysOff,
}

/// Why a line of the admin's list was not taken (Fluent ids).
pub const LINE_ERRORS: [&str; 4] = [
    "calendar-error-format",
    "calendar-error-date",
    "calendar-error-order",
    "calendar-error-outside-year",
];

/// Parses the days off of `year` as an admin pastes them from the official list, one entry
/// per line: `Herbstferien; 17.10.2026; 31.10.2026` (a single day without the last date;
/// `2026-10-17` also works). Empty lines are skipped. An error names the first bad line
/// (counting from 1) and why.
pub fn parse_days_off(
    text: &str,
    year: SchoolYear,
) -> Result<Vec<NamedDaysOff>, (usize, &'static str)> {
    let mut entries = Vec::new();
    for (index, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let entry = parse_line(line, year).map_err(|msg| (index + 1, msg))?;
        entries.push(entry);
    }
    entries.sort_by_key(|e| e.days.first_day);
    Ok(entries)
}

fn parse_line(line: &str, year: SchoolYear) -> Result<NamedDaysOff, &'static str> {
    let parts: Vec<&str> = line.split(';').map(str::trim).collect();
    let (name, first, last) = match parts.as_slice() {
        [name, first] => (*name, *first, *first),
        [name, first, last] => (*name, *first, *last),
        _ => return Err(LINE_ERRORS[0]),
    };
    if name.is_empty() || name.chars().count() > 100 {
        return Err(LINE_ERRORS[0]);
    }
    let day = |s: &str| super::text::date(s, "").map_err(|_| LINE_ERRORS[1]);
    let (first_day, last_day) = (day(first)?, day(last)?);
    if last_day < first_day {
        return Err(LINE_ERRORS[2]);
    }
    if first_day < year.first_day()
        || last_day > year.last_day() + Duration::days(SUMMER_OVERHANG_DAYS)
    {
        // Summer holidays reach into the next school year; nothing else may.
        return Err(LINE_ERRORS[3]);
    }
    Ok(NamedDaysOff {
        name: name.to_string(),
        days: DaysOff {
            first_day,
            last_day,
        },
    })
}

/// The admin's list again, one entry per line (as [`parse_days_off`] reads it).
pub fn format_days_off(entries: &[NamedDaysOff]) -> String {
    entries
        .iter()
        .map(|e| {
            let (first, last) = (e.days.first_day, e.days.last_day);
            if first == last {
                format!("{}; {}", e.name, super::text::german(first))
            } else {
                format!(
                    "{}; {}; {}",
                    e.name,
                    super::text::german(first),
                    super::text::german(last)
                )
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// How long a lesson ("Stunde") of tutoring is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum LessonLength {
    /// A school lesson (Unterrichtsstunde) of 45 minutes.
    #[default]
    Minutes45,
    /// A full hour (Zeitstunde).
    Minutes60,
}

impl LessonLength {
    pub const ALL: [LessonLength; 2] = [LessonLength::Minutes45, LessonLength::Minutes60];

    pub fn minutes(self) -> u8 {
        match self {
            LessonLength::Minutes45 => 45,
            LessonLength::Minutes60 => 60,
        }
    }

    pub fn parse(s: &str) -> Option<LessonLength> {
        LessonLength::ALL
            .into_iter()
            .find(|l| l.minutes().to_string() == s.trim())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn calendar() -> SchoolCalendar {
        SchoolCalendar {
            years: vec![SchoolYear(2026)],
            days_off: vec![
                // Herbstferien and Weihnachtsferien NRW 2026/27 as an example.
                DaysOff {
                    first_day: date!(2026 - 10 - 17),
                    last_day: date!(2026 - 10 - 31),
                },
                DaysOff {
                    first_day: date!(2026 - 12 - 23),
                    last_day: date!(2027 - 01 - 06),
                },
            ],
        }
    }

    #[test]
    fn school_years_run_from_august_to_july() {
        assert_eq!(SchoolYear::of(date!(2026 - 07 - 31)), SchoolYear(2025));
        assert_eq!(SchoolYear::of(date!(2026 - 08 - 01)), SchoolYear(2026));
        assert_eq!(SchoolYear(2026).label(), "2026/27");
        assert_eq!(SchoolYear(2099).label(), "2099/00");
    }

    #[test]
    fn weekends_and_days_off_are_not_school_days() {
        let c = calendar();
        // November 2026: 21 weekdays, no holidays.
        assert_eq!(
            c.school_days(date!(2026 - 11 - 01), date!(2026 - 11 - 30)),
            21
        );
        // October 2026: 22 weekdays, 10 of them in the Herbstferien.
        assert_eq!(
            c.school_days(date!(2026 - 10 - 01), date!(2026 - 10 - 31)),
            12
        );
        // December 2026: 23 weekdays, 23.–31. has 7 of them.
        assert_eq!(
            c.school_days(date!(2026 - 12 - 01), date!(2026 - 12 - 31)),
            16
        );
        assert_eq!(
            c.school_days(date!(2026 - 12 - 05), date!(2026 - 12 - 04)),
            0
        );
    }

    #[test]
    fn a_month_costs_its_school_weeks_not_52_twelfths() {
        let c = calendar();
        let months = c.tutoring_months(
            (date!(2026 - 10 - 01), date!(2026 - 12 - 31)),
            2,
            Cents(2000),
        );
        let costs: Vec<_> = months.iter().map(|m| (m.school_days, m.cost.0)).collect();
        // 2 lessons × 20 € = 40 € a school week = 8 € a school day.
        assert_eq!(costs, vec![(12, 9600), (21, 16800), (16, 12800)]);
        let total: i64 = months.iter().map(|m| m.cost.0).sum();
        assert!(
            total < 3 * 17333,
            "less than 52/12 weeks a month would give"
        );
    }

    #[test]
    fn a_period_starting_mid_month_counts_from_its_first_day() {
        let months = calendar().tutoring_months(
            (date!(2026 - 11 - 16), date!(2026 - 11 - 30)),
            1,
            Cents(1500),
        );
        assert_eq!(months.len(), 1);
        assert_eq!(months[0].school_days, 11);
        assert_eq!(months[0].cost, Cents(3300));
    }

    #[test]
    fn a_period_needs_every_school_year_maintained() {
        let c = calendar();
        assert_eq!(
            c.missing_year(date!(2026 - 10 - 01), date!(2027 - 07 - 31)),
            None
        );
        assert_eq!(
            c.missing_year(date!(2026 - 10 - 01), date!(2027 - 08 - 31)),
            Some(SchoolYear(2027))
        );
        assert_eq!(
            c.missing_year(date!(2026 - 09 - 01), date!(2026 - 12 - 31)),
            Some(SchoolYear(2025)),
            "the summer holidays of 2026 are listed with 2025/26"
        );
        assert_eq!(
            c.missing_year(date!(2026 - 07 - 01), date!(2026 - 09 - 30)),
            Some(SchoolYear(2025))
        );
    }

    #[test]
    fn the_admin_pastes_the_official_list_line_by_line() {
        let text = "Herbstferien; 17.10.2026; 31.10.2026\n\nPfingstferien; 18.05.2027\n\
                    Weihnachtsferien; 2026-12-23; 2027-01-06\n";
        let entries = parse_days_off(text, SchoolYear(2026)).unwrap();
        assert_eq!(entries.len(), 3);
        assert_eq!(entries[1].name, "Weihnachtsferien", "sorted by date");
        assert_eq!(entries[2].days.first_day, entries[2].days.last_day);
        assert_eq!(
            parse_days_off(&format_days_off(&entries), SchoolYear(2026)).unwrap(),
            entries
        );
        for (bad, expected) in [
            ("Herbstferien 17.10.2026", (1, "calendar-error-format")),
            ("A; 1.8.2026\nB; 32.10.2026", (2, "calendar-error-date")),
            (
                "Herbstferien; 31.10.2026; 17.10.2026",
                (1, "calendar-error-order"),
            ),
            ("Ostern; 01.04.2026", (1, "calendar-error-outside-year")),
            ("; 17.10.2026", (1, "calendar-error-format")),
        ] {
            assert_eq!(
                parse_days_off(bad, SchoolYear(2026)),
                Err(expected),
                "{bad}"
            );
        }
        // The summer holidays may end after 31 July.
        assert!(parse_days_off("Sommerferien; 19.07.2027; 31.08.2027", SchoolYear(2026)).is_ok());
    }

    #[test]
    fn a_lesson_is_45_or_60_minutes() {
        assert_eq!(LessonLength::parse("45"), Some(LessonLength::Minutes45));
        assert_eq!(LessonLength::parse(" 60"), Some(LessonLength::Minutes60));
        assert_eq!(LessonLength::parse("50"), None);
        assert_eq!(LessonLength::default().minutes(), 45);
    }
}
