//! The eligibility self-check (`/berechtigung`): from a few answers, which BuT benefits may
//! apply and why. Advice, not a decision — the result page says so.

use super::{
    FieldError,
    benefit::{BenefitKind, UnderlyingBenefit},
};

/// Age limit of soziokulturelle Teilhabe: under 18.
pub const TEILHABE_AGE_LIMIT: u32 = super::entitlement::TEILHABE_AGE_LIMIT as u32;

/// A hint for a family starting a `kind` claim for a child of `age` in a household receiving
/// `benefit`, when an age limit may stand in the way (the Fluent id). Never a refusal: an
/// application is taken and decided with a notice (§ 20 Abs. 3 SGB X).
pub fn age_hint(kind: BenefitKind, benefit: UnderlyingBenefit, age: u32) -> Option<&'static str> {
    match kind {
        BenefitKind::Teilhabe if age >= TEILHABE_AGE_LIMIT => Some("claim-hint-teilhabe-age"),
        BenefitKind::Lernfoerderung
            if benefit.school_age_limit().is_some_and(|limit| age >= limit) =>
        {
            Some("claim-hint-school-age")
        }
        _ => None,
    }
}

/// The answers of the self-check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EligibilityAnswers {
    /// `None`: the household receives none of the qualifying benefits (or does not know).
    pub benefit: Option<UnderlyingBenefit>,
    /// Age of the child in full years.
    pub age: u32,
    /// Attends a general or vocational school.
    pub attends_school: bool,
    /// Receives a training allowance (Ausbildungsvergütung).
    pub training_allowance: bool,
}

/// Largest age the form accepts.
pub const MAX_AGE: u32 = 99;

impl EligibilityAnswers {
    /// Parses the raw form values; every invalid field is named.
    pub fn parse(
        benefit: &str,
        age: &str,
        attends_school: &str,
        training_allowance: &str,
    ) -> Result<EligibilityAnswers, Vec<FieldError>> {
        let mut errors = Vec::new();
        let benefit = match benefit {
            "none" => Some(None),
            other => UnderlyingBenefit::parse(other).map(Some),
        };
        if benefit.is_none() {
            errors.push(FieldError::new("benefit", "check-error-benefit"));
        }
        let age = match age.trim().parse::<u32>() {
            Ok(a) if a <= MAX_AGE => Some(a),
            _ if age.trim().is_empty() => {
                errors.push(FieldError::new("age", "check-error-age-required"));
                None
            }
            _ => {
                errors.push(FieldError::new("age", "check-error-age-invalid"));
                None
            }
        };
        let yes_no = |value: &str, field: &str, errors: &mut Vec<FieldError>| match value {
            "ja" => Some(true),
            "nein" => Some(false),
            _ => {
                errors.push(FieldError::new(field, "check-error-yes-no"));
                None
            }
        };
        let attends_school = yes_no(attends_school, "attends_school", &mut errors);
        let training_allowance = yes_no(training_allowance, "training_allowance", &mut errors);
        match (benefit, age, attends_school, training_allowance) {
            (Some(benefit), Some(age), Some(attends_school), Some(training_allowance))
                if errors.is_empty() =>
            {
                Ok(EligibilityAnswers {
                    benefit,
                    age,
                    attends_school,
                    training_allowance,
                })
            }
            _ => Err(errors),
        }
    }
}

/// Outcome for one BuT benefit: whether it may apply, and the reasons (Fluent ids).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BenefitOutcome {
    pub kind: BenefitKind,
    pub may_apply: bool,
    pub reasons: Vec<&'static str>,
}

/// The result of the self-check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EligibilityResult {
    pub outcomes: Vec<BenefitOutcome>,
    /// General hints (Fluent ids), e.g. that Wohngeld households apply separately.
    pub notes: Vec<&'static str>,
    /// Legal basis for the household's benefit, if it has one.
    pub legal_basis: Option<&'static str>,
}

/// Applies the rules of `but-rules.md` § Who is eligible.
pub fn check(answers: &EligibilityAnswers) -> EligibilityResult {
    let Some(benefit) = answers.benefit else {
        let outcomes = [BenefitKind::Lernfoerderung, BenefitKind::Teilhabe]
            .into_iter()
            .map(|kind| BenefitOutcome {
                kind,
                may_apply: false,
                reasons: vec!["check-reason-no-benefit"],
            })
            .collect();
        return EligibilityResult {
            outcomes,
            notes: vec!["check-note-but-needs-alone"],
            legal_basis: None,
        };
    };

    let mut tutoring = Vec::new();
    if !answers.attends_school {
        tutoring.push("check-reason-no-school");
    }
    if answers.training_allowance && benefit.training_allowance_excludes() {
        tutoring.push("check-reason-training-allowance");
    }
    match benefit.school_age_limit() {
        Some(limit) if answers.age >= limit => tutoring.push("check-reason-age-25"),
        _ => {}
    }
    let tutoring_ok = tutoring.is_empty();
    if tutoring_ok {
        tutoring.push("check-reason-tutoring-ok");
        if benefit.school_age_limit().is_none() && answers.age >= 25 {
            tutoring.push("check-reason-no-age-limit");
        }
    }

    let participation_ok = answers.age < TEILHABE_AGE_LIMIT;
    let participation = if participation_ok {
        vec!["check-reason-participation-ok"]
    } else {
        vec!["check-reason-age-18"]
    };

    let mut notes = vec!["check-note-tutoring-own-application"];
    if benefit.separate_application_always() {
        notes.push("check-note-apply-separately");
    } else if benefit == UnderlyingBenefit::Buergergeld {
        notes.push("check-note-sgb2-covered");
    } else {
        // SGB XII and AsylbLG: the main application covers BuT too (§ 34a Abs. 1 SGB XII).
        notes.push("check-note-sgb12-covered");
    }

    EligibilityResult {
        outcomes: vec![
            BenefitOutcome {
                kind: BenefitKind::Lernfoerderung,
                may_apply: tutoring_ok,
                reasons: tutoring,
            },
            BenefitOutcome {
                kind: BenefitKind::Teilhabe,
                may_apply: participation_ok,
                reasons: participation,
            },
        ],
        notes,
        legal_basis: Some(benefit.legal_basis()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use UnderlyingBenefit::*;

    fn answers(
        benefit: Option<UnderlyingBenefit>,
        age: u32,
        school: bool,
        allowance: bool,
    ) -> EligibilityAnswers {
        EligibilityAnswers {
            benefit,
            age,
            attends_school: school,
            training_allowance: allowance,
        }
    }

    fn outcome(r: &EligibilityResult, kind: BenefitKind) -> &BenefitOutcome {
        r.outcomes.iter().find(|o| o.kind == kind).unwrap()
    }

    #[test]
    fn a_pupil_in_a_buergergeld_household_may_get_both() {
        let r = check(&answers(Some(Buergergeld), 10, true, false));
        assert!(outcome(&r, BenefitKind::Lernfoerderung).may_apply);
        assert!(outcome(&r, BenefitKind::Teilhabe).may_apply);
        assert_eq!(r.legal_basis, Some("§ 28 SGB II"));
        assert!(r.notes.contains(&"check-note-sgb2-covered"));
    }

    #[test]
    fn tutoring_needs_school_attendance() {
        let r = check(&answers(Some(Buergergeld), 10, false, false));
        let o = outcome(&r, BenefitKind::Lernfoerderung);
        assert!(!o.may_apply);
        assert!(o.reasons.contains(&"check-reason-no-school"));
    }

    #[test]
    fn tutoring_is_excluded_by_a_training_allowance() {
        let r = check(&answers(Some(Wohngeld), 17, true, true));
        let o = outcome(&r, BenefitKind::Lernfoerderung);
        assert!(!o.may_apply);
        assert_eq!(o.reasons, vec!["check-reason-training-allowance"]);
    }

    #[test]
    fn a_training_allowance_does_not_exclude_tutoring_under_sgb12_and_asylblg() {
        for b in [Sozialhilfe, Asylblg] {
            let r = check(&answers(Some(b), 17, true, true));
            let o = outcome(&r, BenefitKind::Lernfoerderung);
            assert!(o.may_apply, "{b:?}");
            assert!(!o.reasons.contains(&"check-reason-training-allowance"));
        }
        for b in [Buergergeld, Wohngeld, Kinderzuschlag] {
            let r = check(&answers(Some(b), 17, true, true));
            assert!(!outcome(&r, BenefitKind::Lernfoerderung).may_apply, "{b:?}");
        }
    }

    #[test]
    fn sgb12_and_asylblg_households_are_covered_by_their_main_application() {
        for b in [Sozialhilfe, Asylblg] {
            let r = check(&answers(Some(b), 9, true, false));
            assert!(r.notes.contains(&"check-note-sgb12-covered"), "{b:?}");
            assert!(!r.notes.contains(&"check-note-apply-separately"));
        }
    }

    #[test]
    fn school_benefits_end_at_25_under_sgb2_wohngeld_and_kinderzuschlag() {
        for b in [Buergergeld, Wohngeld, Kinderzuschlag] {
            assert!(
                outcome(
                    &check(&answers(Some(b), 24, true, false)),
                    BenefitKind::Lernfoerderung
                )
                .may_apply
            );
            let o = check(&answers(Some(b), 25, true, false));
            let o = outcome(&o, BenefitKind::Lernfoerderung);
            assert!(!o.may_apply, "{b:?}");
            assert!(o.reasons.contains(&"check-reason-age-25"));
        }
    }

    #[test]
    fn there_is_no_25_year_limit_under_sgb12_and_asylblg() {
        for b in [Sozialhilfe, Asylblg] {
            let r = check(&answers(Some(b), 27, true, false));
            let o = outcome(&r, BenefitKind::Lernfoerderung);
            assert!(o.may_apply, "{b:?}");
            assert!(o.reasons.contains(&"check-reason-no-age-limit"));
        }
    }

    #[test]
    fn participation_is_for_children_under_18_in_every_legal_basis() {
        for b in UnderlyingBenefit::ALL {
            assert!(
                outcome(
                    &check(&answers(Some(b), 17, false, false)),
                    BenefitKind::Teilhabe
                )
                .may_apply
            );
            let r = check(&answers(Some(b), 18, true, false));
            let o = outcome(&r, BenefitKind::Teilhabe);
            assert!(!o.may_apply, "{b:?}");
            assert_eq!(o.reasons, vec!["check-reason-age-18"]);
        }
    }

    #[test]
    fn wohngeld_and_kinderzuschlag_households_must_apply_separately() {
        for b in [Wohngeld, Kinderzuschlag] {
            let r = check(&answers(Some(b), 9, true, false));
            assert!(r.notes.contains(&"check-note-apply-separately"));
            assert_eq!(r.legal_basis, Some("§ 6b BKGG"));
        }
        assert!(
            !check(&answers(Some(Buergergeld), 9, true, false))
                .notes
                .contains(&"check-note-apply-separately")
        );
    }

    #[test]
    fn tutoring_always_needs_its_own_application() {
        for b in UnderlyingBenefit::ALL {
            assert!(
                check(&answers(Some(b), 9, true, false))
                    .notes
                    .contains(&"check-note-tutoring-own-application")
            );
        }
    }

    #[test]
    fn without_a_qualifying_benefit_nothing_applies_but_the_family_is_told_to_ask() {
        let r = check(&answers(None, 9, true, false));
        assert!(r.outcomes.iter().all(|o| !o.may_apply));
        assert_eq!(r.notes, vec!["check-note-but-needs-alone"]);
        assert_eq!(r.legal_basis, None);
    }

    #[test]
    fn the_form_is_parsed_and_every_bad_field_is_named() {
        let ok = EligibilityAnswers::parse("sgb12", " 12 ", "ja", "nein").unwrap();
        assert_eq!(ok, answers(Some(Sozialhilfe), 12, true, false));
        assert_eq!(
            EligibilityAnswers::parse("none", "3", "nein", "nein")
                .unwrap()
                .benefit,
            None
        );

        let errors = EligibilityAnswers::parse("", "abc", "vielleicht", "").unwrap_err();
        let fields: Vec<_> = errors
            .iter()
            .map(|e| (e.field.as_str(), e.msg_id.as_str()))
            .collect();
        assert_eq!(
            fields,
            vec![
                ("benefit", "check-error-benefit"),
                ("age", "check-error-age-invalid"),
                ("attends_school", "check-error-yes-no"),
                ("training_allowance", "check-error-yes-no"),
            ]
        );
        assert_eq!(
            EligibilityAnswers::parse("sgb2", "", "ja", "ja").unwrap_err()[0].msg_id,
            "check-error-age-required"
        );
        assert_eq!(
            EligibilityAnswers::parse("sgb2", "100", "ja", "ja").unwrap_err()[0].msg_id,
            "check-error-age-invalid"
        );
        assert_eq!(
            EligibilityAnswers::parse("sgb2", "-1", "ja", "ja").unwrap_err()[0].msg_id,
            "check-error-age-invalid"
        );
    }

    #[test]
    fn age_limits_give_hints_not_refusals() {
        use UnderlyingBenefit::*;
        assert_eq!(age_hint(BenefitKind::Teilhabe, Buergergeld, 17), None);
        assert_eq!(
            age_hint(BenefitKind::Teilhabe, Asylblg, 18),
            Some("claim-hint-teilhabe-age")
        );
        assert_eq!(age_hint(BenefitKind::Lernfoerderung, Wohngeld, 24), None);
        assert_eq!(
            age_hint(BenefitKind::Lernfoerderung, Buergergeld, 25),
            Some("claim-hint-school-age")
        );
        assert_eq!(
            age_hint(BenefitKind::Lernfoerderung, Sozialhilfe, 30),
            None,
            "no 25-year limit under SGB XII"
        );
    }
}
