//! The household profile (underlying benefit, address, contact) and its children.

use super::ids::{KommuneId, SchoolId};
use super::{
    FieldError,
    account::Email,
    benefit::UnderlyingBenefit,
    lang::Lang,
    text::{self, date, optional_text, postal_code, required_text},
};
use time::Date;

/// A validated household profile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Household {
    /// The parent or guardian who applies (the addressee of notices).
    pub applicant_name: String,
    pub benefit: UnderlyingBenefit,
    /// Aktenzeichen / BG-Nummer of the underlying benefit.
    pub benefit_reference: String,
    pub benefit_valid_from: Date,
    pub benefit_valid_to: Date,
    pub street: String,
    pub postal_code: String,
    pub city: String,
    /// Slug of one of the Kreis's Kommunen (checked against the database).
    pub kommune_id: KommuneId,
    pub phone: Option<String>,
    pub contact_email: Option<String>,
    /// The language for everything the portal sends the family (stored in the account).
    pub preferred_lang: Lang,
}

/// The raw form values of the household profile.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct HouseholdInput {
    #[serde(default)]
    pub applicant_name: String,
    /// The radio buttons send nothing while none is chosen.
    #[serde(default)]
    pub benefit: String,
    pub benefit_reference: String,
    pub benefit_valid_from: String,
    pub benefit_valid_to: String,
    pub street: String,
    pub postal_code: String,
    pub city: String,
    pub kommune: String,
    pub phone: String,
    pub contact_email: String,
    /// Empty where the form has no choice (see the server function).
    #[serde(default)]
    pub preferred_lang: String,
}

impl HouseholdInput {
    /// The values as (field, value) pairs, to show them again after a failed submit.
    pub fn as_values(&self) -> Vec<(&'static str, &str)> {
        vec![
            ("applicant_name", &self.applicant_name),
            ("benefit", &self.benefit),
            ("benefit_reference", &self.benefit_reference),
            ("benefit_valid_from", &self.benefit_valid_from),
            ("benefit_valid_to", &self.benefit_valid_to),
            ("street", &self.street),
            ("postal_code", &self.postal_code),
            ("city", &self.city),
            ("kommune", &self.kommune),
            ("phone", &self.phone),
            ("contact_email", &self.contact_email),
            ("preferred_lang", &self.preferred_lang),
        ]
    }

    /// The values from a failed submit, if the flash carries them.
    pub fn from_values(values: &std::collections::HashMap<String, String>) -> Option<Self> {
        let v = |k: &str| values.get(k).cloned().unwrap_or_default();
        (!values.is_empty()).then(|| HouseholdInput {
            applicant_name: v("applicant_name"),
            benefit: v("benefit"),
            benefit_reference: v("benefit_reference"),
            benefit_valid_from: v("benefit_valid_from"),
            benefit_valid_to: v("benefit_valid_to"),
            street: v("street"),
            postal_code: v("postal_code"),
            city: v("city"),
            kommune: v("kommune"),
            phone: v("phone"),
            contact_email: v("contact_email"),
            preferred_lang: v("preferred_lang"),
        })
    }
}

/// Longest validity period of an underlying benefit we accept (Bürgergeld is granted for
/// 12 months, Wohngeld up to 24).
pub const MAX_VALIDITY_DAYS: i64 = 3 * 366;

fn collect<T>(r: Result<T, FieldError>, errors: &mut Vec<FieldError>) -> Option<T> {
    r.map_err(|e| errors.push(e)).ok()
}

impl HouseholdInput {
    /// Validates every field; all errors are reported together.
    pub fn parse(&self) -> Result<Household, Vec<FieldError>> {
        let mut errors = Vec::new();
        let e = &mut errors;
        let applicant = collect(
            required_text(&self.applicant_name, "applicant_name", 120),
            e,
        );
        let benefit = self.underlying_benefit(e);
        let address = self.address(e);
        let contact = self.contact(e);
        match (applicant, benefit, address, contact) {
            (
                Some(applicant_name),
                Some((benefit, benefit_reference, benefit_valid_from, benefit_valid_to)),
                Some((street, postal_code, city, kommune_id)),
                Some((phone, contact_email, preferred_lang)),
            ) if errors.is_empty() => Ok(Household {
                applicant_name,
                benefit,
                benefit_reference,
                benefit_valid_from,
                benefit_valid_to,
                street,
                postal_code,
                city,
                kommune_id: kommune_id.into(),
                phone,
                contact_email,
                preferred_lang,
            }),
            _ => Err(errors),
        }
    }

    /// The underlying benefit, its reference and its validity period (in order, at most
    /// [`MAX_VALIDITY_DAYS`] long).
    fn underlying_benefit(
        &self,
        e: &mut Vec<FieldError>,
    ) -> Option<(UnderlyingBenefit, String, Date, Date)> {
        let benefit = collect(
            UnderlyingBenefit::parse(&self.benefit)
                .ok_or_else(|| FieldError::new("benefit", "household-error-benefit")),
            e,
        );
        let reference = collect(
            required_text(&self.benefit_reference, "benefit_reference", 40),
            e,
        );
        let from = collect(date(&self.benefit_valid_from, "benefit_valid_from"), e);
        let to = collect(date(&self.benefit_valid_to, "benefit_valid_to"), e);
        if let (Some(from), Some(to)) = (from, to) {
            if to < from {
                e.push(FieldError::new(
                    "benefit_valid_to",
                    "household-error-validity-order",
                ));
            } else if (to - from).whole_days() > MAX_VALIDITY_DAYS {
                e.push(FieldError::new(
                    "benefit_valid_to",
                    "household-error-validity-long",
                ));
            }
        }
        Some((benefit?, reference?, from?, to?))
    }

    /// The address: street, postal code, city and the Kommune.
    fn address(&self, e: &mut Vec<FieldError>) -> Option<(String, String, String, String)> {
        let street = collect(required_text(&self.street, "street", 100), e);
        let postal = collect(postal_code(&self.postal_code, "postal_code"), e);
        let city = collect(required_text(&self.city, "city", 60), e);
        let kommune = collect(
            required_text(&self.kommune, "kommune", 40)
                .map_err(|_| FieldError::new("kommune", "household-error-kommune")),
            e,
        );
        Some((street?, postal?, city?, kommune?))
    }

    /// How to reach the family: optional phone and e-mail address, and the language for
    /// everything the portal sends.
    fn contact(&self, e: &mut Vec<FieldError>) -> Option<(Option<String>, Option<String>, Lang)> {
        let phone = collect(text::phone(&self.phone, "phone"), e);
        let contact_email = collect(
            if self.contact_email.trim().is_empty() {
                Ok(None)
            } else {
                Email::parse(&self.contact_email, "contact_email")
                    .map(|m| Some(m.as_str().to_string()))
            },
            e,
        );
        let preferred_lang = Lang::parse(&self.preferred_lang);
        if preferred_lang.is_none() {
            e.push(FieldError::new("preferred_lang", "household-error-lang"));
        }
        Some((phone?, contact_email?, preferred_lang?))
    }
}

/// Where a child goes to school: a school of the directory, or one the parent typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SchoolChoice {
    Directory(SchoolId),
    Typed(String),
}

/// A validated child.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Child {
    pub first_name: String,
    pub last_name: String,
    pub birth_date: Date,
    pub school: SchoolChoice,
    /// Class or year, as the school names it ("4b", "10", "BK 1").
    pub grade: String,
}

/// The raw form values of a child.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ChildInput {
    pub first_name: String,
    pub last_name: String,
    pub birth_date: String,
    /// Id of a school of the directory, or empty.
    pub school_id: String,
    /// A school typed by the parent when it is not in the directory.
    pub school_name: String,
    pub grade: String,
}

impl ChildInput {
    /// The values as (field, value) pairs, to show them again after a failed submit.
    pub fn as_values(&self) -> Vec<(&'static str, &str)> {
        vec![
            ("first_name", &self.first_name),
            ("last_name", &self.last_name),
            ("birth_date", &self.birth_date),
            ("school_id", &self.school_id),
            ("school_name", &self.school_name),
            ("grade", &self.grade),
        ]
    }

    /// The values from a failed submit, if the flash carries them.
    pub fn from_values(values: &std::collections::HashMap<String, String>) -> Option<Self> {
        let v = |k: &str| values.get(k).cloned().unwrap_or_default();
        (!values.is_empty()).then(|| ChildInput {
            first_name: v("first_name"),
            last_name: v("last_name"),
            birth_date: v("birth_date"),
            school_id: v("school_id"),
            school_name: v("school_name"),
            grade: v("grade"),
        })
    }
}

/// Oldest child the portal accepts: school benefits have no age limit under SGB XII and
/// AsylbLG, but nobody at school is older than this.
pub const MAX_CHILD_AGE_YEARS: i32 = 30;

/// Children one household may register (a large family fits; a script's thousands do not).
pub const MAX_CHILDREN: i64 = 15;

impl ChildInput {
    /// Validates every field against `today` (the birth date must lie in the past).
    pub fn parse(&self, today: Date) -> Result<Child, Vec<FieldError>> {
        let mut errors = Vec::new();
        let e = &mut errors;
        let first_name = collect(required_text(&self.first_name, "first_name", 60), e);
        let last_name = collect(required_text(&self.last_name, "last_name", 60), e);
        let birth_date = collect(date(&self.birth_date, "birth_date"), e);
        if let Some(b) = birth_date {
            if b >= today {
                e.push(FieldError::new("birth_date", "child-error-birth-future"));
            } else if today.year() - b.year() > MAX_CHILD_AGE_YEARS {
                e.push(FieldError::new("birth_date", "child-error-birth-old"));
            }
        }
        let school = match (
            optional_text(&self.school_id, "school_id", 40),
            optional_text(&self.school_name, "school_name", 120),
        ) {
            (Ok(Some(id)), _) => Some(SchoolChoice::Directory(id.into())),
            (Ok(None), Ok(Some(name))) if name.chars().count() >= 3 => {
                Some(SchoolChoice::Typed(name))
            }
            (_, Err(err)) => {
                e.push(err);
                None
            }
            _ => {
                e.push(FieldError::new("school_id", "child-error-school"));
                None
            }
        };
        let grade = collect(required_text(&self.grade, "grade", 20), e);
        match (first_name, last_name, birth_date, school, grade) {
            (Some(first_name), Some(last_name), Some(birth_date), Some(school), Some(grade))
                if errors.is_empty() =>
            {
                Ok(Child {
                    first_name,
                    last_name,
                    birth_date,
                    school,
                    grade,
                })
            }
            _ => Err(errors),
        }
    }
}

/// Age in full years on `on`.
pub fn age_on(birth: Date, on: Date) -> i32 {
    let mut age = on.year() - birth.year();
    if (on.month() as u8, on.day()) < (birth.month() as u8, birth.day()) {
        age -= 1;
    }
    age
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn household() -> HouseholdInput {
        HouseholdInput {
            applicant_name: "Ayşe Demir".into(),
            benefit: "wohngeld".into(),
            benefit_reference: "WG-2026-4711".into(),
            benefit_valid_from: "2026-01-01".into(),
            benefit_valid_to: "2026-12-31".into(),
            street: "Kirchstraße 3".into(),
            postal_code: "59227".into(),
            city: "Ahlen".into(),
            kommune: "ahlen".into(),
            phone: "".into(),
            contact_email: "".into(),
            preferred_lang: "de".into(),
        }
    }

    fn child() -> ChildInput {
        ChildInput {
            first_name: "Leyla".into(),
            last_name: "Yilmaz".into(),
            birth_date: "2016-05-20".into(),
            school_id: "".into(),
            school_name: "Grundschule am See".into(),
            grade: "4b".into(),
        }
    }

    #[test]
    fn a_complete_household_is_accepted() {
        let h = household().parse().unwrap();
        assert_eq!(h.benefit, UnderlyingBenefit::Wohngeld);
        assert_eq!(h.benefit_valid_to, date!(2026 - 12 - 31));
        assert_eq!(h.phone, None);
    }

    #[test]
    fn the_validity_period_must_run_forwards_and_not_too_long() {
        let mut h = household();
        h.benefit_valid_to = "2025-12-31".into();
        assert_eq!(
            h.parse().unwrap_err()[0].msg_id,
            "household-error-validity-order"
        );
        h.benefit_valid_to = "2030-01-01".into();
        assert_eq!(
            h.parse().unwrap_err()[0].msg_id,
            "household-error-validity-long"
        );
    }

    #[test]
    fn every_bad_household_field_is_reported_at_once() {
        let h = HouseholdInput {
            postal_code: "1234".into(),
            phone: "ruf an".into(),
            contact_email: "nope".into(),
            ..Default::default()
        };
        let fields: Vec<_> = h
            .parse()
            .unwrap_err()
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(
            fields,
            [
                "applicant_name",
                "benefit",
                "benefit_reference",
                "benefit_valid_from",
                "benefit_valid_to",
                "street",
                "postal_code",
                "city",
                "kommune",
                "phone",
                "contact_email",
                "preferred_lang"
            ]
        );
    }

    #[test]
    fn a_child_needs_a_past_birth_date_and_a_school() {
        let today = date!(2026 - 11 - 24);
        assert_eq!(
            child().parse(today).unwrap().school,
            SchoolChoice::Typed("Grundschule am See".into())
        );

        let mut c = child();
        c.birth_date = "2026-11-24".into();
        assert_eq!(
            c.parse(today).unwrap_err()[0].msg_id,
            "child-error-birth-future"
        );
        c.birth_date = "1980-01-01".into();
        assert_eq!(
            c.parse(today).unwrap_err()[0].msg_id,
            "child-error-birth-old"
        );

        let mut c = child();
        c.school_name = "".into();
        assert_eq!(c.parse(today).unwrap_err()[0].field, "school_id");
        c.school_id = "3f9c".into();
        assert_eq!(
            c.parse(today).unwrap().school,
            SchoolChoice::Directory("3f9c".to_string().into())
        );
    }

    #[test]
    fn age_counts_full_years() {
        assert_eq!(age_on(date!(2016 - 05 - 20), date!(2026 - 05 - 19)), 9);
        assert_eq!(age_on(date!(2016 - 05 - 20), date!(2026 - 05 - 20)), 10);
        assert_eq!(age_on(date!(2008 - 02 - 29), date!(2026 - 02 - 28)), 17);
    }
}
