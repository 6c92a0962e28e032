//! The claim as submitted: a stored legal record. On submission the portal keeps the
//! household, the child, the answers, the amounts in force and the declarations exactly
//! as they were, whatever the family changes later; notices and the caseworker's view are
//! built from it. One typed [`ClaimSnapshot`] is written (`api::claim`, the history
//! generator) and read (`notice`, pages) — never string paths into JSON.
//!
//! Snapshots already stored must keep reading the same: the tests read fixtures written
//! by the code before this type existed (`snapshot_fixtures.jsonl`).

use super::{
    benefit::BenefitKind, household::ChildInput, household::HouseholdInput,
    lernfoerderung::LernfoerderungInput, teilhabe::TeilhabeInput,
};
use serde::{Deserialize, Serialize};

/// The claim as submitted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClaimSnapshot {
    #[serde(with = "benefit_name")]
    pub benefit: BenefitKind,
    pub household: HouseholdInput,
    /// The Kommune's name (the household stores its id).
    pub kommune: String,
    pub child: ChildInput,
    /// The school's name as the family chose or typed it.
    pub school: String,
    /// When the family gave the declaration and the consent (unix seconds).
    pub declaration_at: i64,
    pub consent_at: i64,
    /// The language the family used.
    pub lang: String,
    /// The school social worker who uploaded the parents' signed application, if any.
    pub signed_consent_uploaded_by: Option<String>,
    #[serde(flatten)]
    pub applied: Applied,
}

/// What was applied for, with the amount in force at submission.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Applied {
    Lernfoerderung {
        lernfoerderung: LernfoerderungInput,
        /// The Lernstandort's label, if the tutoring is at one.
        lernstandort: Option<String>,
        /// The hourly cap in force (cents).
        hourly_max_cents: Option<i64>,
        /// When the family released the school from confidentiality (unix seconds).
        school_consent_at: i64,
    },
    Teilhabe {
        teilhabe: TeilhabeInput,
        /// The monthly amount in force (cents).
        covered_per_month_cents: Option<i64>,
    },
}

/// An empty Teilhabe snapshot (for tests, and what an unreadable snapshot shows).
impl Default for ClaimSnapshot {
    fn default() -> Self {
        ClaimSnapshot {
            benefit: BenefitKind::Teilhabe,
            household: HouseholdInput::default(),
            kommune: String::new(),
            child: ChildInput::default(),
            school: String::new(),
            declaration_at: 0,
            consent_at: 0,
            lang: String::new(),
            signed_consent_uploaded_by: None,
            applied: Applied::Teilhabe {
                teilhabe: TeilhabeInput::default(),
                covered_per_month_cents: None,
            },
        }
    }
}

impl ClaimSnapshot {
    /// Reads a stored snapshot.
    pub fn parse(json: &str) -> Result<ClaimSnapshot, serde_json::Error> {
        serde_json::from_str(json)
    }

    /// Reads a stored snapshot already parsed as JSON.
    pub fn from_value(json: &serde_json::Value) -> Result<ClaimSnapshot, serde_json::Error> {
        ClaimSnapshot::deserialize(json)
    }

    /// The snapshot as stored.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// The Lernförderung answers, if that was applied for.
    pub fn lernfoerderung(&self) -> Option<&LernfoerderungInput> {
        match &self.applied {
            Applied::Lernfoerderung { lernfoerderung, .. } => Some(lernfoerderung),
            Applied::Teilhabe { .. } => None,
        }
    }

    /// The Teilhabe answers, if that was applied for.
    pub fn teilhabe(&self) -> Option<&TeilhabeInput> {
        match &self.applied {
            Applied::Teilhabe { teilhabe, .. } => Some(teilhabe),
            Applied::Lernfoerderung { .. } => None,
        }
    }
}

/// The benefit as the application writes it (`lernfoerderung`); snapshots of generated
/// histories spelled it `Lernfoerderung`, which reads the same.
mod benefit_name {
    use super::BenefitKind;
    use serde::{Deserialize, Deserializer, Serializer, de::Error};

    pub fn serialize<S: Serializer>(kind: &BenefitKind, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(kind.as_str())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<BenefitKind, D::Error> {
        let name = String::deserialize(d)?;
        BenefitKind::parse(&name.to_lowercase())
            .ok_or_else(|| D::Error::custom(format!("unknown benefit {name}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    const FIXTURES: &str = include_str!("snapshot_fixtures.jsonl");

    /// The stored JSON with the benefit in the spelling the application writes.
    fn normalised(line: &str) -> Value {
        let mut v: Value = serde_json::from_str(line).unwrap();
        let benefit = v["benefit"].as_str().unwrap().to_lowercase();
        v["benefit"] = Value::String(benefit);
        v
    }

    #[test]
    fn every_stored_snapshot_reads_back_identically() {
        let mut kinds = Vec::new();
        for line in FIXTURES.lines().filter(|l| !l.trim().is_empty()) {
            let snap = ClaimSnapshot::parse(line).unwrap_or_else(|e| panic!("{e}: {line}"));
            assert_eq!(
                serde_json::to_value(&snap).unwrap(),
                normalised(line),
                "{line}"
            );
            assert_eq!(ClaimSnapshot::parse(&snap.to_json()).unwrap(), snap);
            kinds.push((snap.benefit, snap.lernfoerderung().map(|l| l.place.clone())));
        }
        // The fixtures cover both benefits, tutoring at a site and by a provider.
        assert!(kinds.contains(&(BenefitKind::Teilhabe, None)));
        for place in ["lernstandort", "provider"] {
            assert!(kinds.contains(&(BenefitKind::Lernfoerderung, Some(place.into()))));
        }
    }

    #[test]
    fn a_snapshot_without_its_answers_is_refused() {
        let line = FIXTURES.lines().next().unwrap();
        let mut v: Value = serde_json::from_str(line).unwrap();
        let obj = v.as_object_mut().unwrap();
        obj.remove("lernfoerderung");
        obj.remove("teilhabe");
        assert!(ClaimSnapshot::from_value(&v).is_err());
    }
}
