//! A claim's answers, whichever benefit it is for: stored as the raw form input (JSON) so
//! that a draft keeps everything typed, valid or not.

use super::ids::SiteId;
use super::{
    FieldError, benefit::BenefitKind, lernfoerderung::LernfoerderungInput, month::YearMonth,
    teilhabe::TeilhabeInput,
};
use time::Date;

/// Every message id the validators of the application forms can produce, so the browser
/// can show them translated when it checks a form before sending it.
pub const FORM_MESSAGE_IDS: &[&str] = &[
    "error-required",
    "error-too-long",
    "error-invalid-characters",
    "error-postal-code",
    "error-email-invalid",
    "error-email-required",
    "error-email-too-long",
    "error-iban-checksum",
    "error-iban-invalid",
    "error-amount-required",
    "error-amount-invalid",
    "error-amount-negative",
    "error-amount-too-high",
    "error-month-required",
    "error-month-invalid",
    "error-date-required",
    "error-date-invalid",
    "teilhabe-error-activity",
    "teilhabe-error-description",
    "teilhabe-error-start-past",
    "teilhabe-error-start-future",
    "teilhabe-error-end-before-start",
    "teilhabe-error-period-long",
    "lf-error-subjects",
    "lf-error-subject-other",
    "lf-error-hours",
    "lf-error-from-past",
    "lf-error-from-future",
    "lf-error-to-before-from",
    "lf-error-period-long",
    "lf-error-place",
    "lf-error-lernstandort",
    "lf-error-rate-zero",
];

/// Checks an application form as the browser holds it (`value` of a field, `values` of a
/// checkbox group) with the same rules as the server. The server checks again and also
/// what only it knows (that a Lernstandort is approved).
pub fn check_form(
    benefit: BenefitKind,
    value: impl Fn(&str) -> String,
    values: impl Fn(&str) -> Vec<String>,
    today: Date,
) -> Vec<FieldError> {
    let answers = match benefit {
        BenefitKind::Teilhabe => Answers::Teilhabe(TeilhabeInput {
            activity: value("activity"),
            description: value("description"),
            provider_name: value("provider_name"),
            provider_street: value("provider_street"),
            provider_postal_code: value("provider_postal_code"),
            provider_city: value("provider_city"),
            provider_contact: value("provider_contact"),
            provider_iban: value("provider_iban"),
            monthly_fee: value("monthly_fee"),
            start_month: value("start_month"),
            end_month: value("end_month"),
        }),
        BenefitKind::Lernfoerderung => {
            let mut input = LernfoerderungInput::from_values(&value);
            input.subjects = values("subjects[]");
            Answers::Lernfoerderung(input)
        }
    };
    answers.check(today).err().unwrap_or_default()
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answers {
    Teilhabe(TeilhabeInput),
    Lernfoerderung(LernfoerderungInput),
}

impl Answers {
    /// The stored answers of a claim for `benefit` (empty ones if nothing was saved yet).
    pub fn from_json(benefit: BenefitKind, json: &str) -> Answers {
        match benefit {
            BenefitKind::Teilhabe => {
                Answers::Teilhabe(serde_json::from_str(json).unwrap_or_default())
            }
            BenefitKind::Lernfoerderung => {
                Answers::Lernfoerderung(serde_json::from_str(json).unwrap_or_default())
            }
        }
    }

    pub fn kind(&self) -> BenefitKind {
        match self {
            Answers::Teilhabe(_) => BenefitKind::Teilhabe,
            Answers::Lernfoerderung(_) => BenefitKind::Lernfoerderung,
        }
    }

    pub fn to_json(&self) -> String {
        match self {
            Answers::Teilhabe(i) => serde_json::to_string(i),
            Answers::Lernfoerderung(i) => serde_json::to_string(i),
        }
        .expect("answers serialize")
    }

    /// Whether the answers are complete and valid on `today`.
    pub fn check(&self, today: Date) -> Result<(), Vec<FieldError>> {
        match self {
            Answers::Teilhabe(i) => i.parse(YearMonth::of(today)).map(|_| ()),
            Answers::Lernfoerderung(i) => i.parse(today).map(|_| ()),
        }
    }

    /// What is still wrong with answers saved earlier: nothing for a draft nobody has
    /// written in yet, else the checks' errors — so a kept invalid value (an IBAN) comes
    /// back with its error, and a parent sent back from "check your answers" sees which
    /// fields to fix.
    pub fn kept_errors(&self, today: Date) -> Vec<FieldError> {
        let blank = match self {
            Answers::Teilhabe(i) => *i == TeilhabeInput::default(),
            Answers::Lernfoerderung(i) => *i == LernfoerderungInput::default(),
        };
        if blank {
            return Vec::new();
        }
        self.check(today).err().unwrap_or_default()
    }

    /// The Lernstandort the answers name, if any (the server checks it is approved).
    pub fn lernstandort_id(&self) -> Option<SiteId> {
        match self {
            Answers::Lernfoerderung(i) if i.place == "lernstandort" => {
                Some(i.lernstandort_id.as_str())
                    .filter(|s| !s.trim().is_empty())
                    .map(|s| SiteId::from(s.to_string()))
            }
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn the_browser_knows_every_message_the_form_checks_produce() {
        let today = date!(2026 - 11 - 24);
        let bad_values = [
            "",
            " ",
            "x",
            "-1",
            "zwölf",
            "0",
            "11",
            "2026-13",
            "1.2.3",
            "\u{7}",
            "DE00 1234",
            "a@",
            "2025-01-01",
            "2030-01",
            "sonstiges",
        ];
        let mut seen = std::collections::BTreeSet::new();
        for kind in [BenefitKind::Teilhabe, BenefitKind::Lernfoerderung] {
            for bad in bad_values {
                for place in ["lernstandort", "provider", "x"] {
                    let value = |k: &str| match k {
                        "place" => place.to_string(),
                        "activity" => "other".to_string(),
                        _ => bad.to_string(),
                    };
                    let values = |_: &str| vec![bad.to_string()];
                    for e in check_form(kind, value, values, today) {
                        seen.insert(e.msg_id);
                    }
                }
            }
        }
        let unknown: Vec<_> = seen
            .iter()
            .filter(|id| !FORM_MESSAGE_IDS.contains(&id.as_str()))
            .collect();
        assert!(
            unknown.is_empty(),
            "missing in FORM_MESSAGE_IDS: {unknown:?}"
        );
        assert!(seen.len() > 15, "the inputs exercise the checks: {seen:?}");
    }

    #[test]
    fn answers_round_trip_through_json_per_benefit() {
        let lf = Answers::Lernfoerderung(LernfoerderungInput {
            subjects: vec!["englisch".into()],
            place: "lernstandort".into(),
            lernstandort_id: "site".into(),
            ..Default::default()
        });
        assert_eq!(
            Answers::from_json(BenefitKind::Lernfoerderung, &lf.to_json()),
            lf
        );
        assert_eq!(lf.lernstandort_id(), Some(SiteId::from("site".to_string())));
        assert!(lf.check(date!(2026 - 11 - 24)).is_err());
        assert_eq!(
            Answers::from_json(BenefitKind::Teilhabe, "{}"),
            Answers::Teilhabe(TeilhabeInput::default())
        );
        assert_eq!(
            Answers::from_json(BenefitKind::Teilhabe, "not json"),
            Answers::Teilhabe(TeilhabeInput::default())
        );
    }

    #[test]
    fn kept_answers_come_back_with_their_errors_but_a_blank_draft_has_none() {
        let today = date!(2026 - 11 - 24);
        assert!(
            Answers::Teilhabe(TeilhabeInput::default())
                .kept_errors(today)
                .is_empty()
        );
        let kept = Answers::Teilhabe(TeilhabeInput {
            provider_iban: "DE00 1234".into(),
            ..Default::default()
        });
        let errors = kept.kept_errors(today);
        assert!(
            errors.iter().any(|e| e.field == "provider_iban"),
            "{errors:?}"
        );
        assert!(errors.iter().any(|e| e.field == "provider_name"));
    }
}
