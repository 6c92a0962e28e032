//! Lernförderung (tutoring): subjects, hours, period, where the tutoring happens and why
//! it is needed. The school confirms the need later; the family's consent to ask the
//! school (Schweigepflichtentbindung) is given with the declaration.

use super::{
    FieldError,
    entitlement::FURTHEST_BACK_MONTHS,
    money::Cents,
    month::YearMonth,
    text::{date, optional_text, postal_code, required_text},
};
use serde::{Deserialize, Serialize};
use time::{Date, Duration, Month};

/// School subjects tutoring can be applied for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Subject {
    German,
    Maths,
    English,
    French,
    Latin,
    Science,
    Sachunterricht,
    Other,
}

impl Subject {
    pub const ALL: [Subject; 8] = [
        Subject::German,
        Subject::Maths,
        Subject::English,
        Subject::French,
        Subject::Latin,
        Subject::Science,
        Subject::Sachunterricht,
        Subject::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Subject::German => "deutsch",
            Subject::Maths => "mathematik",
            Subject::English => "englisch",
            Subject::French => "franzoesisch",
            Subject::Latin => "latein",
            Subject::Science => "naturwissenschaften",
            Subject::Sachunterricht => "sachunterricht",
            Subject::Other => "sonstiges",
        }
    }

    pub fn parse(s: &str) -> Option<Subject> {
        Subject::ALL.into_iter().find(|x| x.as_str() == s)
    }

    pub fn label_id(self) -> &'static str {
        match self {
            Subject::German => "subject-deutsch",
            Subject::Maths => "subject-mathematik",
            Subject::English => "subject-englisch",
            Subject::French => "subject-franzoesisch",
            Subject::Latin => "subject-latein",
            Subject::Science => "subject-naturwissenschaften",
            Subject::Sachunterricht => "subject-sachunterricht",
            Subject::Other => "subject-sonstiges",
        }
    }
}

/// Hours of tutoring per week a claim may ask for.
pub const HOURS_PER_WEEK: std::ops::RangeInclusive<u8> = 1..=10;
/// Highest hourly rate accepted as input (the cap the jobcenter pays is a rate in the
/// database; this only catches typos).
pub const MAX_HOURLY_RATE: Cents = Cents(10_000);

/// The raw answers, stored as the draft.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LernfoerderungInput {
    pub subjects: Vec<String>,
    pub subject_other: String,
    pub hours_per_week: String,
    pub period_from: String,
    pub period_to: String,
    /// `lernstandort` or `provider`.
    pub place: String,
    pub lernstandort_id: String,
    pub provider_name: String,
    pub provider_street: String,
    pub provider_postal_code: String,
    pub provider_city: String,
    pub hourly_rate: String,
    pub reason: String,
}

impl LernfoerderungInput {
    /// What the school sees of the application: subjects, hours and period — not the
    /// parents' reason, the provider or its rate (`but-rules.md` § Corrections, item 4).
    pub fn for_school(&self) -> LernfoerderungInput {
        LernfoerderungInput {
            subjects: self.subjects.clone(),
            subject_other: self.subject_other.clone(),
            hours_per_week: self.hours_per_week.clone(),
            period_from: self.period_from.clone(),
            period_to: self.period_to.clone(),
            ..LernfoerderungInput::default()
        }
    }
}

/// Where the tutoring happens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    /// An approved Lernstandort at a school (its id; the server checks it exists).
    Lernstandort(String),
    /// An external tutoring provider with its hourly rate.
    Provider {
        name: String,
        street: String,
        postal_code: String,
        city: String,
        hourly_rate: Cents,
    },
}

/// Validated answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LernfoerderungDetails {
    pub subjects: Vec<Subject>,
    pub subject_other: Option<String>,
    pub hours_per_week: u8,
    pub from: Date,
    pub to: Date,
    pub place: Place,
    pub reason: String,
}

fn collect<T>(r: Result<T, FieldError>, errors: &mut Vec<FieldError>) -> Option<T> {
    r.map_err(|e| errors.push(e)).ok()
}

/// The same day a year later (1 March for 29 February). A period lasts less than that.
fn one_year_after(d: Date) -> Date {
    d.replace_year(d.year() + 1)
        .unwrap_or_else(|_| ymd(d.year() + 1, Month::March, 1))
}

fn first_of_month(d: Date) -> Date {
    d.replace_day(1).expect("day 1 exists")
}

/// The chosen subjects: known, without duplicates, at least one (errors on `subjects`).
pub fn parse_subjects(codes: &[String], errors: &mut Vec<FieldError>) -> Vec<Subject> {
    let mut subjects = Vec::new();
    let mut ok = !codes.is_empty();
    for code in codes {
        match Subject::parse(code) {
            Some(s) if !subjects.contains(&s) => subjects.push(s),
            Some(_) => {}
            None => ok = false,
        }
    }
    if !ok {
        errors.push(FieldError::new("subjects", "lf-error-subjects"));
    }
    subjects
}

/// Hours of tutoring per week, 1 to 10 (field `hours_per_week`).
pub fn parse_hours(input: &str) -> Result<u8, FieldError> {
    let hours = &super::text::ascii_digits(input);
    let hours = hours.trim();
    match hours.parse::<u8>() {
        Ok(h) if HOURS_PER_WEEK.contains(&h) => Ok(h),
        _ if hours.is_empty() => Err(FieldError::new("hours_per_week", "error-required")),
        _ => Err(FieldError::new("hours_per_week", "lf-error-hours")),
    }
}

/// A tutoring period (fields `period_from`, `period_to`): real dates in order, starting
/// at most [`FURTHEST_BACK_MONTHS`] back (older months can be granted under no legal
/// basis; which start is lawful staff decide, `entitlement::earliest_start`) and at most a
/// year ahead, shorter than a year.
pub fn parse_period(
    from: &str,
    to: &str,
    today: Date,
    errors: &mut Vec<FieldError>,
) -> Option<(Date, Date)> {
    let from = collect(date(from, "period_from"), errors);
    let to = collect(date(to, "period_to"), errors);
    let mut ok = true;
    if let Some(from) = from {
        let earliest = YearMonth::of(today)
            .plus_months(-FURTHEST_BACK_MONTHS)
            .first_day();
        if from < earliest {
            errors.push(FieldError::new("period_from", "lf-error-from-past"));
            ok = false;
        } else if from > today + Duration::days(365) {
            errors.push(FieldError::new("period_from", "lf-error-from-future"));
            ok = false;
        }
    }
    if let (Some(f), Some(t)) = (from, to) {
        if t <= f {
            errors.push(FieldError::new("period_to", "lf-error-to-before-from"));
            ok = false;
        } else if t >= one_year_after(f) {
            errors.push(FieldError::new("period_to", "lf-error-period-long"));
            ok = false;
        }
    }
    match (from, to) {
        (Some(f), Some(t)) if ok => Some((f, t)),
        _ => None,
    }
}

impl LernfoerderungInput {
    /// Validates the answers against `today`: the period starts at most
    /// [`FURTHEST_BACK_MONTHS`] back and at most a year ahead, and lasts at most a school
    /// year.
    pub fn parse(&self, today: Date) -> Result<LernfoerderungDetails, Vec<FieldError>> {
        let mut errors = Vec::new();
        let e = &mut errors;
        let subjects = parse_subjects(&self.subjects, e);
        let subject_other = self.subject_other(&subjects, e);
        let hours_per_week = collect(parse_hours(&self.hours_per_week), e);
        let period = parse_period(&self.period_from, &self.period_to, today, e);
        let place = self.place(e);
        let reason = collect(required_text(&self.reason, "reason", 1000), e);
        match (subject_other, hours_per_week, period, place, reason) {
            (
                Some(subject_other),
                Some(hours_per_week),
                Some((from, to)),
                Some(place),
                Some(reason),
            ) if errors.is_empty() => Ok(LernfoerderungDetails {
                subjects,
                subject_other,
                hours_per_week,
                from,
                to,
                place,
                reason,
            }),
            _ => Err(errors),
        }
    }

    /// The name of the "other" subject: required when it is among the `subjects`.
    fn subject_other(
        &self,
        subjects: &[Subject],
        e: &mut Vec<FieldError>,
    ) -> Option<Option<String>> {
        let subject_other = collect(optional_text(&self.subject_other, "subject_other", 60), e);
        if subjects.contains(&Subject::Other) && subject_other.as_ref().is_some_and(Option::is_none)
        {
            e.push(FieldError::new("subject_other", "lf-error-subject-other"));
        }
        subject_other
    }

    /// Where the tutoring happens: a Lernstandort (its id) or an external provider.
    fn place(&self, e: &mut Vec<FieldError>) -> Option<Place> {
        match self.place.as_str() {
            "lernstandort" => {
                let id = self.lernstandort_id.trim();
                if id.is_empty() {
                    e.push(FieldError::new("lernstandort_id", "lf-error-lernstandort"));
                    None
                } else {
                    Some(Place::Lernstandort(id.to_string()))
                }
            }
            "provider" => self.provider(e),
            _ => {
                e.push(FieldError::new("place", "lf-error-place"));
                None
            }
        }
    }

    /// An external provider: name, address and an hourly rate above zero.
    fn provider(&self, e: &mut Vec<FieldError>) -> Option<Place> {
        let name = collect(required_text(&self.provider_name, "provider_name", 120), e);
        let street = collect(
            required_text(&self.provider_street, "provider_street", 100),
            e,
        );
        let postal = collect(
            postal_code(&self.provider_postal_code, "provider_postal_code"),
            e,
        );
        let city = collect(required_text(&self.provider_city, "provider_city", 60), e);
        let rate = collect(
            Cents::parse(&self.hourly_rate, "hourly_rate", MAX_HOURLY_RATE).and_then(|r| {
                if r.0 == 0 {
                    Err(FieldError::new("hourly_rate", "lf-error-rate-zero"))
                } else {
                    Ok(r)
                }
            }),
            e,
        );
        Some(Place::Provider {
            name: name?,
            street: street?,
            postal_code: postal?,
            city: city?,
            hourly_rate: rate?,
        })
    }

    /// (field, value) pairs for a form; the subjects comma-separated.
    pub fn as_values(&self) -> Vec<(&'static str, String)> {
        vec![
            ("subjects", self.subjects.join(",")),
            ("subject_other", self.subject_other.clone()),
            ("hours_per_week", self.hours_per_week.clone()),
            ("period_from", self.period_from.clone()),
            ("period_to", self.period_to.clone()),
            ("place", self.place.clone()),
            ("lernstandort_id", self.lernstandort_id.clone()),
            ("provider_name", self.provider_name.clone()),
            ("provider_street", self.provider_street.clone()),
            ("provider_postal_code", self.provider_postal_code.clone()),
            ("provider_city", self.provider_city.clone()),
            ("hourly_rate", self.hourly_rate.clone()),
            ("reason", self.reason.clone()),
        ]
    }

    /// The answers back from form values (see [`Self::as_values`]).
    pub fn from_values(value: impl Fn(&str) -> String) -> Self {
        LernfoerderungInput {
            subjects: value("subjects")
                .split(',')
                .filter(|s| !s.is_empty())
                .map(str::to_string)
                .collect(),
            subject_other: value("subject_other"),
            hours_per_week: value("hours_per_week"),
            period_from: value("period_from"),
            period_to: value("period_to"),
            place: value("place"),
            lernstandort_id: value("lernstandort_id"),
            provider_name: value("provider_name"),
            provider_street: value("provider_street"),
            provider_postal_code: value("provider_postal_code"),
            provider_city: value("provider_city"),
            hourly_rate: value("hourly_rate"),
            reason: value("reason"),
        }
    }
}

fn ymd(year: i32, month: Month, day: u8) -> Date {
    Date::from_calendar_date(year, month, day).expect("valid date")
}

/// The school half-year (NRW: 1 August – 31 January, 1 February – 31 July) containing
/// `on`.
pub fn school_half_year(on: Date) -> (Date, Date) {
    let y = on.year();
    match on.month() {
        Month::January => (ymd(y - 1, Month::August, 1), ymd(y, Month::January, 31)),
        Month::February | Month::March | Month::April | Month::May | Month::June | Month::July => {
            (ymd(y, Month::February, 1), ymd(y, Month::July, 31))
        }
        _ => (ymd(y, Month::August, 1), ymd(y + 1, Month::January, 31)),
    }
}

/// The period offered when the family has not chosen one: the rest of the current school
/// half-year from the first of this month, or the next half-year when less than four
/// weeks of this one remain.
pub fn default_period(today: Date) -> (Date, Date) {
    let (start, end) = school_half_year(today);
    if (end - today).whole_days() < 28 {
        return school_half_year(end + Duration::days(1));
    }
    (start.max(first_of_month(today)), end)
}

/// Cost of the tutoring per month at `hours_per_week` and `hourly_rate`: 13 weeks a
/// quarter, so 13/3 weeks a month, rounded to the cent.
pub fn monthly_cost(hours_per_week: u8, hourly_rate: Cents) -> Cents {
    let per_week = i64::from(hours_per_week) * hourly_rate.0;
    Cents((per_week * 13 + 1) / 3)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    const TODAY: Date = date!(2026 - 11 - 24);

    fn input() -> LernfoerderungInput {
        LernfoerderungInput {
            subjects: vec!["mathematik".into(), "deutsch".into()],
            hours_per_week: "2".into(),
            period_from: "2026-11-01".into(),
            period_to: "2027-01-31".into(),
            place: "lernstandort".into(),
            lernstandort_id: "site-1".into(),
            reason: "Versetzung gefährdet laut Halbjahreszeugnis.".into(),
            ..Default::default()
        }
    }

    fn ids(i: &LernfoerderungInput) -> Vec<String> {
        crate::domain::msg_ids(i.parse(TODAY))
    }

    #[test]
    fn complete_answers_at_a_lernstandort_are_accepted() {
        let d = input().parse(TODAY).unwrap();
        assert_eq!(d.subjects, [Subject::Maths, Subject::German]);
        assert_eq!(d.hours_per_week, 2);
        assert_eq!(d.place, Place::Lernstandort("site-1".into()));
    }

    #[test]
    fn an_external_provider_needs_address_and_rate() {
        let mut i = input();
        i.place = "provider".into();
        assert_eq!(
            ids(&i),
            [
                "error-required",
                "error-required",
                "error-required",
                "error-required",
                "error-amount-required"
            ]
        );
        i.provider_name = "Lernhilfe Ahlen".into();
        i.provider_street = "Markt 3".into();
        i.provider_postal_code = "59227".into();
        i.provider_city = "Ahlen".into();
        i.hourly_rate = "0".into();
        assert_eq!(ids(&i), ["lf-error-rate-zero"]);
        i.hourly_rate = "18,50".into();
        let d = i.parse(TODAY).unwrap();
        assert!(matches!(
            d.place,
            Place::Provider {
                hourly_rate: Cents(1850),
                ..
            }
        ));
    }

    #[test]
    fn hours_subjects_and_place_are_checked() {
        let mut i = input();
        i.hours_per_week = "11".into();
        i.subjects = vec!["sonstiges".into(), "astrologie".into()];
        i.place = "irgendwo".into();
        assert_eq!(
            ids(&i),
            [
                "lf-error-subjects",
                "lf-error-subject-other",
                "lf-error-hours",
                "lf-error-place"
            ]
        );
        i.hours_per_week = "0".into();
        i.subjects = vec![];
        i.place = "lernstandort".into();
        i.lernstandort_id = " ".into();
        assert_eq!(
            ids(&i),
            [
                "lf-error-subjects",
                "lf-error-hours",
                "lf-error-lernstandort"
            ]
        );
    }

    #[test]
    fn the_period_is_real_ordered_and_bounded() {
        let mut i = input();
        i.period_from = "2026-02-30".into();
        assert_eq!(ids(&i), ["error-date-invalid"]);
        i.period_from = "2025-10-31".into();
        i.period_to = "2026-07-31".into();
        assert_eq!(ids(&i), ["lf-error-from-past"]);
        i.period_from = "2025-11-01".into();
        assert!(
            i.parse(TODAY).is_ok(),
            "twelve months back may be asked for: staff decide the lawful start"
        );
        i.period_from = "2026-08-01".into();
        i.period_to = "2026-08-01".into();
        assert_eq!(ids(&i), ["lf-error-to-before-from"]);
        i.period_to = "2027-07-31".into();
        assert!(i.parse(TODAY).is_ok(), "a whole school year is fine");
        i.period_to = "2027-08-01".into();
        assert_eq!(ids(&i), ["lf-error-period-long"]);
        i.period_from = "2027-12-01".into();
        i.period_to = "2028-01-31".into();
        assert_eq!(ids(&i), ["lf-error-from-future"]);
    }

    #[test]
    fn the_reason_is_required_and_limited() {
        let mut i = input();
        i.reason = " ".into();
        assert_eq!(ids(&i), ["error-required"]);
        i.reason = "x".repeat(1001);
        assert_eq!(ids(&i), ["error-too-long"]);
    }

    #[test]
    fn values_round_trip() {
        let i = input();
        let values = i.as_values();
        let back = LernfoerderungInput::from_values(|k| {
            values
                .iter()
                .find(|(f, _)| *f == k)
                .map(|(_, v)| v.clone())
                .unwrap_or_default()
        });
        assert_eq!(back, i);
    }

    #[test]
    fn school_half_years_follow_nrw() {
        assert_eq!(
            school_half_year(TODAY),
            (date!(2026 - 08 - 01), date!(2027 - 01 - 31))
        );
        assert_eq!(
            school_half_year(date!(2027 - 01 - 15)),
            (date!(2026 - 08 - 01), date!(2027 - 01 - 31))
        );
        assert_eq!(
            school_half_year(date!(2027 - 03 - 01)),
            (date!(2027 - 02 - 01), date!(2027 - 07 - 31))
        );
        assert_eq!(
            default_period(TODAY),
            (date!(2026 - 11 - 01), date!(2027 - 01 - 31))
        );
        assert_eq!(
            default_period(date!(2027 - 01 - 10)),
            (date!(2027 - 02 - 01), date!(2027 - 07 - 31)),
            "late in a half-year the next one is offered"
        );
    }

    #[test]
    fn the_monthly_cost_follows_hours_and_rate() {
        // 2 h × 20 € × 13 weeks / 3 months = 173,33 €
        assert_eq!(monthly_cost(2, Cents(2000)), Cents(17333));
        assert_eq!(monthly_cost(1, Cents(1500)), Cents(6500));
    }
}
