//! A claim's answers, whichever benefit it is for: stored as the raw form input (JSON) so
//! that a draft keeps everything typed, valid or not.

use super::{
    FieldError, benefit::BenefitKind, lernfoerderung::LernfoerderungInput, month::YearMonth,
    teilhabe::TeilhabeInput,
};
use time::Date;

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

    /// The Lernstandort the answers name, if any (the server checks it is approved).
    pub fn lernstandort_id(&self) -> Option<&str> {
        match self {
            Answers::Lernfoerderung(i) if i.place == "lernstandort" => {
                Some(i.lernstandort_id.as_str()).filter(|s| !s.trim().is_empty())
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
        assert_eq!(lf.lernstandort_id(), Some("site"));
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
}
