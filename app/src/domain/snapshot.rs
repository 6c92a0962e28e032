//! The claim as submitted: a stored legal record. On submission the portal keeps the
//! household, the child, the answers, the amounts in force and the declarations exactly
//! as they were, whatever the family changes later; notices and the caseworker's view are
//! built from it. One typed [`ClaimSnapshot`] is written (`api::claim`, the history
//! generator) and read (`notice`, pages) — never string paths into JSON.
//!
//! Snapshots already stored must keep reading the same: the tests read fixtures written
//! by the code before this type existed (`snapshot_fixtures.jsonl`).

use super::{
    answers::Answers,
    benefit::{BenefitKind, UnderlyingBenefit},
    decision::ApprovalLimits,
    entitlement::ClaimFacts,
    grounds::Asked,
    household::ChildInput,
    household::HouseholdInput,
    ids::SiteId,
    lernfoerderung::LernfoerderungInput,
    money::Cents,
    month::YearMonth,
    teilhabe::TeilhabeInput,
    text::{date, iso},
};
use serde::{Deserialize, Serialize};
use time::Date;

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

/// An empty Teilhabe snapshot, to fill in field by field (tests, samples).
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

/// What the approval form proposes: what was asked for, within the caps in force.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ApprovalPrefill {
    /// The period (ISO dates).
    pub from: String,
    pub to: String,
    /// Teilhabe: the monthly amount (German format).
    pub monthly: String,
    /// Lernförderung: hours a week and the hourly rate (German format).
    pub hours: String,
    pub rate: String,
}

impl ClaimSnapshot {
    /// The Lernstandort a Lernförderung claim asks for, if it asks for one.
    pub fn lernstandort_id(&self) -> Option<SiteId> {
        match &self.applied {
            Applied::Lernfoerderung { lernfoerderung, .. } => {
                Answers::Lernfoerderung(lernfoerderung.clone()).lernstandort_id()
            }
            Applied::Teilhabe { .. } => None,
        }
    }

    /// The period the family asked for (Teilhabe: whole months), if it reads as dates.
    pub fn requested_period(&self) -> Option<(Date, Date)> {
        match &self.applied {
            Applied::Teilhabe { teilhabe: t, .. } => {
                let start = YearMonth::parse(&t.start_month, "").ok()?;
                let end = YearMonth::parse(&t.end_month, "").ok()?;
                Some((
                    start.first_day(),
                    end.plus_months(1).first_day().previous_day()?,
                ))
            }
            Applied::Lernfoerderung {
                lernfoerderung: l, ..
            } => Some((date(&l.period_from, "").ok()?, date(&l.period_to, "").ok()?)),
        }
    }

    /// The facts the entitlement rules need, for an application received on `received`;
    /// `None` if a stored date does not read (staff then decide without the checks).
    pub fn facts(&self, received: Date) -> Option<ClaimFacts> {
        Some(ClaimFacts {
            benefit: UnderlyingBenefit::parse(&self.household.benefit)?,
            kind: self.benefit,
            birth: date(&self.child.birth_date, "").ok()?,
            received,
            benefit_from: date(&self.household.benefit_valid_from, "").ok()?,
            requested: self.requested_period()?,
        })
    }

    /// The approval the form proposes: Teilhabe from the first of the start month to the
    /// end of the end month at the fee asked, at most the monthly amount; Lernförderung
    /// for the period and hours asked at the rate asked, at most the hourly cap.
    /// Never before the earliest lawful start.
    pub fn approval_prefill(&self, limits: Option<ApprovalLimits>) -> ApprovalPrefill {
        let mut prefill = self.asked_prefill(limits);
        if let Some(earliest) = limits.map(|l| l.earliest_start)
            && date(&prefill.from, "").is_ok_and(|from| from < earliest)
        {
            prefill.from = iso(earliest);
        }
        prefill
    }

    /// What the family asked for: the period and, for Lernförderung, the lessons a week
    /// and the provider's rate (none at a Lernstandort, which the Kreis pays by its own
    /// rate).
    pub fn asked(&self) -> Asked {
        let p = self.asked_prefill(None);
        let period = date(&p.from, "").ok().zip(date(&p.to, "").ok());
        match &self.applied {
            Applied::Teilhabe { .. } => Asked {
                period,
                ..Asked::default()
            },
            Applied::Lernfoerderung {
                lernfoerderung: l, ..
            } => Asked {
                period,
                hours_per_week: l.hours_per_week.trim().parse().ok(),
                hourly_rate: (l.place != "lernstandort")
                    .then(|| Cents::parse(&l.hourly_rate, "", Cents(i64::MAX / 4)).ok())
                    .flatten(),
            },
        }
    }

    fn asked_prefill(&self, limits: Option<ApprovalLimits>) -> ApprovalPrefill {
        let unlimited = Cents(i64::MAX / 4);
        match &self.applied {
            Applied::Teilhabe { teilhabe: t, .. } => {
                let month = |m: &str| YearMonth::parse(m, "").ok();
                let fee = Cents::parse(&t.monthly_fee, "", unlimited).unwrap_or_default();
                let cap = limits.and_then(|l| l.teilhabe_monthly).unwrap_or_default();
                ApprovalPrefill {
                    from: month(&t.start_month)
                        .map(|m| iso(m.first_day()))
                        .unwrap_or_default(),
                    to: month(&t.end_month)
                        .map(|m| {
                            iso(m
                                .plus_months(1)
                                .first_day()
                                .previous_day()
                                .unwrap_or(m.first_day()))
                        })
                        .unwrap_or_default(),
                    monthly: fee.min(cap).german(),
                    ..Default::default()
                }
            }
            Applied::Lernfoerderung {
                lernfoerderung: l, ..
            } => {
                let cap = limits.and_then(|l| l.hourly_max).unwrap_or_default();
                let asked = Cents::parse(&l.hourly_rate, "", unlimited).unwrap_or(cap);
                ApprovalPrefill {
                    from: l.period_from.clone(),
                    to: l.period_to.clone(),
                    hours: l.hours_per_week.clone(),
                    rate: asked.min(cap).german(),
                    ..Default::default()
                }
            }
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
    fn the_approval_proposes_what_was_asked_within_the_caps() {
        use time::macros::date;
        let limits = ApprovalLimits {
            validity: (date!(2026 - 01 - 01), date!(2026 - 12 - 31)),
            earliest_start: date!(2026 - 01 - 01),
            age_end: None,
            teilhabe_monthly: Some(Cents(1500)),
            hourly_max: Some(Cents(2000)),
            asked: Default::default(),
            evidence: crate::domain::grounds::SchoolEvidence::NotNeeded,
            direct_payment_agreed: true,
        };
        let club = ClaimSnapshot {
            applied: Applied::Teilhabe {
                teilhabe: TeilhabeInput {
                    start_month: "2026-02".into(),
                    end_month: "2026-07".into(),
                    monthly_fee: "22,50".into(),
                    ..Default::default()
                },
                covered_per_month_cents: Some(1500),
            },
            ..Default::default()
        };
        assert_eq!(
            club.asked().period,
            Some((date!(2026 - 02 - 01), date!(2026 - 07 - 31)))
        );
        let p = club.approval_prefill(Some(limits));
        assert_eq!(
            (p.from.as_str(), p.to.as_str()),
            ("2026-02-01", "2026-07-31")
        );
        assert_eq!(p.monthly, "15,00");
        let tutoring = ClaimSnapshot {
            applied: Applied::Lernfoerderung {
                lernfoerderung: LernfoerderungInput {
                    period_from: "2026-03-01".into(),
                    period_to: "2026-06-30".into(),
                    hours_per_week: "2".into(),
                    hourly_rate: "18".into(),
                    ..Default::default()
                },
                lernstandort: None,
                hourly_max_cents: Some(2000),
                school_consent_at: 0,
            },
            ..Default::default()
        };
        let p = tutoring.approval_prefill(Some(limits));
        assert_eq!((p.hours.as_str(), p.rate.as_str()), ("2", "18,00"));
        let asked = tutoring.asked();
        assert_eq!(
            (asked.hours_per_week, asked.hourly_rate),
            (Some(2), Some(Cents(1800)))
        );
        assert_eq!(p.from, "2026-03-01");
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
