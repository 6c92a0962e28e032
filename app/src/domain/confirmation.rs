//! The school's confirmation of a pupil's need for Lernförderung (Bestätigung der
//! Schule): subjects, hours per week, period, and that the essential learning goals are at
//! risk without tutoring — or a decline with a reason. It is evidence, not a gate: staff
//! may decide without it or against it, with reasons (`grounds`).

use super::{
    FieldError,
    lernfoerderung::{Subject, parse_hours, parse_period, parse_subjects},
    text::required_text,
};
use time::Date;

/// The raw form values.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ConfirmationInput {
    /// `confirm` or `decline`.
    pub decision: String,
    pub subjects: Vec<String>,
    pub hours_per_week: String,
    pub period_from: String,
    pub period_to: String,
    /// The checkbox "essential learning goals are at risk without tutoring".
    pub goals_at_risk: bool,
    /// Why the school declines.
    pub reason: String,
}

/// A validated decision of the school.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Confirmation {
    Confirmed {
        subjects: Vec<Subject>,
        hours_per_week: u8,
        from: Date,
        to: Date,
    },
    Declined {
        reason: String,
    },
}

impl Confirmation {
    pub fn decision(&self) -> &'static str {
        match self {
            Confirmation::Confirmed { .. } => "confirmed",
            Confirmation::Declined { .. } => "declined",
        }
    }
}

impl ConfirmationInput {
    pub fn parse(&self, today: Date) -> Result<Confirmation, Vec<FieldError>> {
        let mut errors = Vec::new();
        match self.decision.as_str() {
            "confirm" => {
                let subjects = parse_subjects(&self.subjects, &mut errors);
                let hours = parse_hours(&self.hours_per_week)
                    .map_err(|e| errors.push(e))
                    .ok();
                let period = parse_period(&self.period_from, &self.period_to, today, &mut errors);
                if !self.goals_at_risk {
                    errors.push(FieldError::new("goals_at_risk", "conf-error-goals"));
                }
                match (hours, period) {
                    (Some(hours_per_week), Some((from, to))) if errors.is_empty() => {
                        Ok(Confirmation::Confirmed {
                            subjects,
                            hours_per_week,
                            from,
                            to,
                        })
                    }
                    _ => Err(errors),
                }
            }
            "decline" => required_text(&self.reason, "reason", 1000)
                .map(|reason| Confirmation::Declined { reason })
                .map_err(|e| {
                    vec![FieldError::new(
                        "reason",
                        if e.msg_id == "error-required" {
                            "conf-error-reason"
                        } else {
                            &e.msg_id
                        },
                    )]
                }),
            _ => Err(vec![FieldError::new("decision", "conf-error-decision")]),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    const TODAY: Date = date!(2026 - 11 - 24);

    fn confirm() -> ConfirmationInput {
        ConfirmationInput {
            decision: "confirm".into(),
            subjects: vec!["mathematik".into()],
            hours_per_week: "2".into(),
            period_from: "2026-12-01".into(),
            period_to: "2027-01-31".into(),
            goals_at_risk: true,
            reason: String::new(),
        }
    }

    #[test]
    fn a_confirmation_names_subjects_hours_period_and_the_risk() {
        assert_eq!(
            confirm().parse(TODAY),
            Ok(Confirmation::Confirmed {
                subjects: vec![Subject::Maths],
                hours_per_week: 2,
                from: date!(2026 - 12 - 01),
                to: date!(2027 - 01 - 31),
            })
        );
        let mut c = confirm();
        c.goals_at_risk = false;
        c.hours_per_week = "12".into();
        let ids = crate::domain::msg_ids(c.parse(TODAY));
        assert_eq!(ids, ["lf-error-hours", "conf-error-goals"]);
    }

    #[test]
    fn a_decline_needs_a_reason() {
        let decline = ConfirmationInput {
            decision: "decline".into(),
            reason: " ".into(),
            ..Default::default()
        };
        assert_eq!(
            decline.parse(TODAY).unwrap_err()[0].msg_id,
            "conf-error-reason"
        );
        let decline = ConfirmationInput {
            reason: "Die Schule bietet eigene Förderstunden an.".into(),
            ..decline
        };
        assert_eq!(decline.parse(TODAY).unwrap().decision(), "declined");
        let nothing = ConfirmationInput::default();
        assert_eq!(
            nothing.parse(TODAY).unwrap_err()[0].msg_id,
            "conf-error-decision"
        );
    }
}
