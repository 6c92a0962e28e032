//! What an approval must justify in writing (§ 35 SGB X; `but-rules.md` § Corrections,
//! items 5, 8 and 10): approving Lernförderung without or against the school's
//! confirmation (evidence, not a gate), an hourly rate above the Kreis cap (a justified
//! case), and granting less than was asked — fewer lessons, a lower rate, a shorter
//! period — which is a partial rejection with its own reasons. What the law or the Kreis
//! cap explains by itself (the earliest lawful start, the benefit's validity, the age
//! limit, the rate capped at the maximum) is stated in the notice without further words
//! from the caseworker; everything else needs them.

use super::{FieldError, money::Cents};
use time::Date;

/// What the school said about the need for Lernförderung.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SchoolEvidence {
    Confirmed,
    Declined,
    /// The school has not answered (or the family did not release it from
    /// confidentiality).
    Missing,
    /// Teilhabe: no school involved.
    NotNeeded,
}

/// What the family asked for, from the claim as submitted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Asked {
    pub period: Option<(Date, Date)>,
    /// Lernförderung: lessons per week.
    pub hours_per_week: Option<u8>,
    /// Lernförderung with an external provider: its rate per lesson.
    pub hourly_rate: Option<Cents>,
}

/// Where an approval grants less than was asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shortfall {
    /// Fewer lessons a week than asked.
    Hours { asked: u8, granted: u8 },
    /// A lower rate than the provider charges; `capped` when it is exactly the Kreis's
    /// maximum, which explains it.
    Rate {
        asked: Cents,
        granted: Cents,
        capped: bool,
    },
    /// Part of the asked period is not granted; `explained` when the earliest lawful
    /// start, the benefit's validity or the age limit account for all of it.
    Period {
        asked: (Date, Date),
        explained: bool,
    },
}

impl Shortfall {
    /// Whether the law or the cap explains it, so it needs no reasons of the caseworker.
    pub fn explained(self) -> bool {
        match self {
            Shortfall::Hours { .. } => false,
            Shortfall::Rate { capped, .. } => capped,
            Shortfall::Period { explained, .. } => explained,
        }
    }
}

/// The dates limiting any approval: earliest lawful start, the end of the benefit's
/// validity and of the age limit, whichever comes first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LawfulSpan {
    pub from: Date,
    pub to: Date,
}

/// What was granted, to compare with what was asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Granted {
    pub period: (Date, Date),
    pub hours_per_week: Option<u8>,
    pub hourly_rate: Option<Cents>,
    pub hourly_max: Option<Cents>,
}

/// Every way `granted` falls short of `asked`; `lawful` is the most the law allows.
pub fn shortfalls(asked: &Asked, granted: &Granted, lawful: LawfulSpan) -> Vec<Shortfall> {
    let mut out = Vec::new();
    if let (Some(asked), Some(granted)) = (asked.hours_per_week, granted.hours_per_week)
        && granted < asked
    {
        out.push(Shortfall::Hours { asked, granted });
    }
    if let (Some(asked), Some(rate)) = (asked.hourly_rate, granted.hourly_rate)
        && rate < asked
    {
        out.push(Shortfall::Rate {
            asked,
            granted: rate,
            capped: granted.hourly_max == Some(rate),
        });
    }
    if let Some((from, to)) = asked.period {
        let (got_from, got_to) = granted.period;
        if got_from > from || got_to < to {
            // The most the law allows of the asked period.
            let (most_from, most_to) = (from.max(lawful.from), to.min(lawful.to));
            let explained = got_from <= most_from && got_to >= most_to;
            out.push(Shortfall::Period {
                asked: (from, to),
                explained,
            });
        }
    }
    out
}

/// The caseworker's reasons an approval needs, checked: `reasons` (Begründung im
/// Einzelfall) when Lernförderung is approved without or against the school's
/// confirmation or above the hourly cap; `partial_reasons` when less is granted than
/// asked in a way the law does not explain.
pub fn check_reasons(
    evidence: SchoolEvidence,
    above_cap: bool,
    shortfalls: &[Shortfall],
    reasons: Option<&str>,
    partial_reasons: Option<&str>,
) -> Vec<FieldError> {
    let mut errors = Vec::new();
    if reasons.is_none() {
        match evidence {
            SchoolEvidence::Missing => errors.push(FieldError::new(
                "reasons",
                "decision-error-reasons-no-confirmation",
            )),
            SchoolEvidence::Declined => errors.push(FieldError::new(
                "reasons",
                "decision-error-reasons-declined",
            )),
            SchoolEvidence::Confirmed | SchoolEvidence::NotNeeded if above_cap => {
                errors.push(FieldError::new("reasons", "decision-error-reasons-rate"))
            }
            _ => {}
        }
    }
    if partial_reasons.is_none() && shortfalls.iter().any(|s| !s.explained()) {
        errors.push(FieldError::new(
            "partial_reasons",
            "decision-error-partial-reasons",
        ));
    }
    errors
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    const LAWFUL: LawfulSpan = LawfulSpan {
        from: date!(2026 - 12 - 01),
        to: date!(2027 - 06 - 30),
    };

    fn asked() -> Asked {
        Asked {
            period: Some((date!(2026 - 12 - 01), date!(2027 - 06 - 30))),
            hours_per_week: Some(3),
            hourly_rate: Some(Cents(2500)),
        }
    }

    fn granted() -> Granted {
        Granted {
            period: (date!(2026 - 12 - 01), date!(2027 - 06 - 30)),
            hours_per_week: Some(3),
            hourly_rate: Some(Cents(2500)),
            hourly_max: Some(Cents(2000)),
        }
    }

    #[test]
    fn granting_what_was_asked_falls_short_of_nothing() {
        assert_eq!(shortfalls(&asked(), &granted(), LAWFUL), vec![]);
        let more = Granted {
            period: (date!(2026 - 12 - 01), date!(2027 - 06 - 30)),
            hours_per_week: Some(4),
            ..granted()
        };
        assert_eq!(shortfalls(&asked(), &more, LAWFUL), vec![]);
    }

    #[test]
    fn fewer_lessons_and_a_lower_rate_are_shortfalls_and_only_the_cap_explains_itself() {
        let less = Granted {
            hours_per_week: Some(2),
            hourly_rate: Some(Cents(2000)),
            ..granted()
        };
        let got = shortfalls(&asked(), &less, LAWFUL);
        assert_eq!(
            got,
            vec![
                Shortfall::Hours {
                    asked: 3,
                    granted: 2
                },
                Shortfall::Rate {
                    asked: Cents(2500),
                    granted: Cents(2000),
                    capped: true
                }
            ]
        );
        assert_eq!(
            got.iter().map(|s| s.explained()).collect::<Vec<_>>(),
            [false, true]
        );
        let below_cap = Granted {
            hourly_rate: Some(Cents(1800)),
            ..granted()
        };
        assert!(!shortfalls(&asked(), &below_cap, LAWFUL)[0].explained());
    }

    #[test]
    fn a_shorter_period_is_explained_only_by_the_lawful_span() {
        let early = Asked {
            period: Some((date!(2026 - 09 - 01), date!(2027 - 07 - 31))),
            ..asked()
        };
        let at_the_limits = Granted {
            period: (LAWFUL.from, LAWFUL.to),
            ..granted()
        };
        assert_eq!(
            shortfalls(&early, &at_the_limits, LAWFUL),
            vec![Shortfall::Period {
                asked: (date!(2026 - 09 - 01), date!(2027 - 07 - 31)),
                explained: true
            }]
        );
        let shorter = Granted {
            period: (LAWFUL.from, date!(2027 - 01 - 31)),
            ..granted()
        };
        assert_eq!(
            shortfalls(&early, &shorter, LAWFUL),
            vec![Shortfall::Period {
                asked: (date!(2026 - 09 - 01), date!(2027 - 07 - 31)),
                explained: false
            }]
        );
    }

    #[test]
    fn approving_without_or_against_the_school_or_above_the_cap_needs_reasons() {
        let ids = |errors: Vec<FieldError>| {
            errors
                .into_iter()
                .map(|e| (e.field, e.msg_id))
                .collect::<Vec<_>>()
        };
        assert!(check_reasons(SchoolEvidence::Confirmed, false, &[], None, None).is_empty());
        assert!(check_reasons(SchoolEvidence::NotNeeded, false, &[], None, None).is_empty());
        assert_eq!(
            ids(check_reasons(
                SchoolEvidence::Missing,
                false,
                &[],
                None,
                None
            )),
            [(
                "reasons".to_string(),
                "decision-error-reasons-no-confirmation".to_string()
            )]
        );
        assert_eq!(
            ids(check_reasons(
                SchoolEvidence::Declined,
                false,
                &[],
                None,
                None
            ))[0]
                .1,
            "decision-error-reasons-declined"
        );
        assert_eq!(
            ids(check_reasons(
                SchoolEvidence::Confirmed,
                true,
                &[],
                None,
                None
            ))[0]
                .1,
            "decision-error-reasons-rate"
        );
        assert!(
            check_reasons(
                SchoolEvidence::Declined,
                true,
                &[],
                Some("Attest des Kinderarztes"),
                None
            )
            .is_empty()
        );
    }

    #[test]
    fn a_partial_rejection_the_law_does_not_explain_needs_its_own_reasons() {
        let hours = [Shortfall::Hours {
            asked: 3,
            granted: 2,
        }];
        let capped = [Shortfall::Rate {
            asked: Cents(2500),
            granted: Cents(2000),
            capped: true,
        }];
        let check = |s: &[Shortfall], partial: Option<&str>| {
            check_reasons(SchoolEvidence::Confirmed, false, s, None, partial)
        };
        assert_eq!(check(&hours, None)[0].field, "partial_reasons");
        assert!(check(&hours, Some("Die Schule bestätigt zwei Stunden.")).is_empty());
        assert!(check(&capped, None).is_empty());
    }
}
