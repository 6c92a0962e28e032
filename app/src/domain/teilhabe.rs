//! Soziokulturelle Teilhabe: what the family tells us about the activity and its provider.

use super::{
    FieldError,
    account::Email,
    entitlement::FURTHEST_BACK_MONTHS,
    iban::Iban,
    money::Cents,
    month::YearMonth,
    text::{optional_text, postal_code, required_text},
};
use serde::{Deserialize, Serialize};

/// Kinds of activity the 15 € may pay for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Activity {
    Sport,
    Music,
    Culture,
    HolidayCamp,
    Other,
}

impl Activity {
    pub const ALL: [Activity; 5] = [
        Activity::Sport,
        Activity::Music,
        Activity::Culture,
        Activity::HolidayCamp,
        Activity::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Activity::Sport => "sport",
            Activity::Music => "music",
            Activity::Culture => "culture",
            Activity::HolidayCamp => "holiday_camp",
            Activity::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Option<Activity> {
        Activity::ALL.into_iter().find(|a| a.as_str() == s)
    }

    pub fn label_id(self) -> &'static str {
        match self {
            Activity::Sport => "teilhabe-activity-sport",
            Activity::Music => "teilhabe-activity-music",
            Activity::Culture => "teilhabe-activity-culture",
            Activity::HolidayCamp => "teilhabe-activity-holiday-camp",
            Activity::Other => "teilhabe-activity-other",
        }
    }
}

/// Highest monthly fee accepted: far above any club fee, low enough to catch typos.
pub const MAX_MONTHLY_FEE: Cents = Cents(50_000);
/// Longest period one claim covers.
pub const MAX_PERIOD_MONTHS: i32 = 12;

/// The raw answers, stored as the draft (so nothing typed is lost, valid or not).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TeilhabeInput {
    /// The radio buttons send nothing while none is chosen.
    #[serde(default)]
    pub activity: String,
    pub description: String,
    pub provider_name: String,
    pub provider_street: String,
    pub provider_postal_code: String,
    pub provider_city: String,
    pub provider_contact: String,
    pub provider_iban: String,
    pub monthly_fee: String,
    pub start_month: String,
    pub end_month: String,
}

/// Validated answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TeilhabeDetails {
    pub activity: Activity,
    pub description: Option<String>,
    pub provider_name: String,
    pub provider_street: String,
    pub provider_postal_code: String,
    pub provider_city: String,
    pub provider_contact: Option<String>,
    pub provider_iban: Option<Iban>,
    pub monthly_fee: Cents,
    pub start: YearMonth,
    pub end: YearMonth,
}

fn collect<T>(r: Result<T, FieldError>, errors: &mut Vec<FieldError>) -> Option<T> {
    r.map_err(|e| errors.push(e)).ok()
}

impl TeilhabeInput {
    /// Validates the answers; `current` is the month of today. The period may start at
    /// most [`FURTHEST_BACK_MONTHS`] back (which start is lawful staff decide,
    /// `entitlement::earliest_start`) and at most twelve months ahead, and covers at most
    /// [`MAX_PERIOD_MONTHS`].
    pub fn parse(&self, current: YearMonth) -> Result<TeilhabeDetails, Vec<FieldError>> {
        let mut errors = Vec::new();
        let e = &mut errors;
        let activity = self.activity(e);
        let provider = self.provider_address(e);
        let payment = self.provider_contact_and_iban(e);
        let monthly_fee = collect(
            Cents::parse(&self.monthly_fee, "monthly_fee", MAX_MONTHLY_FEE),
            e,
        );
        let period = self.period(current, e);
        match (activity, provider, payment, monthly_fee, period) {
            (
                Some((activity, description)),
                Some((provider_name, provider_street, provider_postal_code, provider_city)),
                Some((provider_contact, provider_iban)),
                Some(monthly_fee),
                Some((start, end)),
            ) if errors.is_empty() => Ok(TeilhabeDetails {
                activity,
                description,
                provider_name,
                provider_street,
                provider_postal_code,
                provider_city,
                provider_contact,
                provider_iban,
                monthly_fee,
                start,
                end,
            }),
            _ => Err(errors),
        }
    }

    /// The kind of activity and its description, which is required for "other".
    fn activity(&self, e: &mut Vec<FieldError>) -> Option<(Activity, Option<String>)> {
        let activity = collect(
            Activity::parse(&self.activity)
                .ok_or_else(|| FieldError::new("activity", "teilhabe-error-activity")),
            e,
        );
        let description = collect(optional_text(&self.description, "description", 200), e);
        if activity == Some(Activity::Other) && description.as_ref().is_some_and(Option::is_none) {
            e.push(FieldError::new("description", "teilhabe-error-description"));
        }
        Some((activity?, description?))
    }

    /// The provider's name and address: name, street, postal code, city.
    fn provider_address(
        &self,
        e: &mut Vec<FieldError>,
    ) -> Option<(String, String, String, String)> {
        let name = collect(required_text(&self.provider_name, "provider_name", 120), e);
        let street = collect(
            required_text(&self.provider_street, "provider_street", 100),
            e,
        );
        let postal_code = collect(
            postal_code(&self.provider_postal_code, "provider_postal_code"),
            e,
        );
        let city = collect(required_text(&self.provider_city, "provider_city", 60), e);
        Some((name?, street?, postal_code?, city?))
    }

    /// How to reach and pay the provider: an optional contact (checked as an e-mail
    /// address when it looks like one) and an optional IBAN.
    fn provider_contact_and_iban(
        &self,
        e: &mut Vec<FieldError>,
    ) -> Option<(Option<String>, Option<Iban>)> {
        let contact = collect(
            optional_text(&self.provider_contact, "provider_contact", 120).and_then(|c| match c {
                Some(c) if c.contains('@') => {
                    Email::parse(&c, "provider_contact").map(|m| Some(m.as_str().to_string()))
                }
                other => Ok(other),
            }),
            e,
        );
        let iban = collect(
            if self.provider_iban.trim().is_empty() {
                Ok(None)
            } else {
                Iban::parse(&self.provider_iban, "provider_iban").map(Some)
            },
            e,
        );
        Some((contact?, iban?))
    }

    /// The months the claim covers: the start near `current`, the end not before the
    /// start and at most [`MAX_PERIOD_MONTHS`] later.
    fn period(
        &self,
        current: YearMonth,
        e: &mut Vec<FieldError>,
    ) -> Option<(YearMonth, YearMonth)> {
        let start = collect(YearMonth::parse(&self.start_month, "start_month"), e);
        let end = collect(YearMonth::parse(&self.end_month, "end_month"), e);
        if let Some(start) = start {
            if start < current.plus_months(-FURTHEST_BACK_MONTHS) {
                e.push(FieldError::new("start_month", "teilhabe-error-start-past"));
            } else if start > current.plus_months(12) {
                e.push(FieldError::new(
                    "start_month",
                    "teilhabe-error-start-future",
                ));
            }
        }
        if let (Some(start), Some(end)) = (start, end) {
            if end < start {
                e.push(FieldError::new(
                    "end_month",
                    "teilhabe-error-end-before-start",
                ));
            } else if start.months_through(end) > MAX_PERIOD_MONTHS {
                e.push(FieldError::new("end_month", "teilhabe-error-period-long"));
            }
        }
        Some((start?, end?))
    }

    /// (field, value) pairs for a form.
    pub fn as_values(&self) -> Vec<(&'static str, &str)> {
        vec![
            ("activity", &self.activity),
            ("description", &self.description),
            ("provider_name", &self.provider_name),
            ("provider_street", &self.provider_street),
            ("provider_postal_code", &self.provider_postal_code),
            ("provider_city", &self.provider_city),
            ("provider_contact", &self.provider_contact),
            ("provider_iban", &self.provider_iban),
            ("monthly_fee", &self.monthly_fee),
            ("start_month", &self.start_month),
            ("end_month", &self.end_month),
        ]
    }
}

/// What the Teilhabe amount covers of a monthly fee, and what the family pays itself.
pub fn split_fee(fee: Cents, covered_per_month: Cents) -> (Cents, Cents) {
    (
        Cents(fee.0.min(covered_per_month.0)),
        fee.excess_over(covered_per_month),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOV: YearMonth = YearMonth {
        year: 2026,
        month: 11,
    };

    fn input() -> TeilhabeInput {
        TeilhabeInput {
            activity: "sport".into(),
            provider_name: "SV Ahlen 1919 e. V.".into(),
            provider_street: "Am Sportplatz 1".into(),
            provider_postal_code: "59227".into(),
            provider_city: "Ahlen".into(),
            provider_iban: "DE89 3704 0044 0532 0130 00".into(),
            monthly_fee: "12,50".into(),
            start_month: "2026-12".into(),
            end_month: "2027-11".into(),
            ..Default::default()
        }
    }

    #[test]
    fn complete_answers_are_accepted() {
        let d = input().parse(NOV).unwrap();
        assert_eq!(d.activity, Activity::Sport);
        assert_eq!(d.monthly_fee, Cents(1250));
        assert_eq!(d.provider_iban.unwrap().as_str(), "DE89370400440532013000");
        assert_eq!(d.start.months_through(d.end), 12);
    }

    #[test]
    fn the_period_is_bounded() {
        let mut i = input();
        i.end_month = "2027-12".into();
        assert_eq!(
            i.parse(NOV).unwrap_err()[0].msg_id,
            "teilhabe-error-period-long"
        );
        i.end_month = "2026-10".into();
        assert_eq!(
            i.parse(NOV).unwrap_err()[0].msg_id,
            "teilhabe-error-end-before-start"
        );
        let mut i = input();
        i.start_month = "2025-10".into();
        i.end_month = "2026-09".into();
        assert_eq!(
            i.parse(NOV).unwrap_err()[0].msg_id,
            "teilhabe-error-start-past"
        );
        i.start_month = "2025-11".into();
        i.end_month = "2026-10".into();
        assert!(
            i.parse(NOV).is_ok(),
            "twelve months back may be asked for: staff decide the lawful start"
        );
    }

    #[test]
    fn fee_iban_and_other_activity_are_checked() {
        let mut i = input();
        i.monthly_fee = "5000".into();
        i.provider_iban = "DE89 3704 0044 0532 0130 01".into();
        i.activity = "other".into();
        let ids = crate::domain::msg_ids(i.parse(NOV));
        assert_eq!(
            ids,
            [
                "teilhabe-error-description",
                "error-iban-checksum",
                "error-amount-too-high"
            ]
        );
    }

    #[test]
    fn a_higher_fee_is_split_between_the_benefit_and_the_family() {
        assert_eq!(
            split_fee(Cents(2500), Cents(1500)),
            (Cents(1500), Cents(1000))
        );
        assert_eq!(split_fee(Cents(1200), Cents(1500)), (Cents(1200), Cents(0)));
    }
}
