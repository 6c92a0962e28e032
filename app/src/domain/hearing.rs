//! Taking back an approval (`but-rules.md` § Corrections, item 9): before a decision
//! that takes something away the family is heard (Anhörung, § 24 SGB X) with a deadline;
//! the decision is then an Aufhebung naming its legal basis (§§ 45, 47, 48 SGB X) and
//! the day it takes effect, and it ends the provider's cover from that day.

use super::{
    FieldError,
    money::Cents,
    text::{date, required_text},
};
use time::Date;

/// The legal basis of an Aufhebung.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AufhebungBasis {
    /// Rücknahme eines rechtswidrigen begünstigenden Verwaltungsakts.
    S45,
    /// Widerruf eines rechtmäßigen begünstigenden Verwaltungsakts (e.g. the money was not
    /// used for its purpose).
    S47,
    /// Aufhebung wegen wesentlicher Änderung der Verhältnisse (the child left the club,
    /// the underlying benefit ended).
    S48,
}

impl AufhebungBasis {
    pub const ALL: [AufhebungBasis; 3] = [
        AufhebungBasis::S48,
        AufhebungBasis::S45,
        AufhebungBasis::S47,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            AufhebungBasis::S45 => "45",
            AufhebungBasis::S47 => "47",
            AufhebungBasis::S48 => "48",
        }
    }

    pub fn parse(s: &str) -> Option<AufhebungBasis> {
        AufhebungBasis::ALL.into_iter().find(|b| b.as_str() == s)
    }

    /// The norm and what it is about, as the notice cites it.
    pub fn german(self) -> &'static str {
        match self {
            AufhebungBasis::S45 => {
                "§ 45 SGB X (Rücknahme eines von Anfang an rechtswidrigen begünstigenden Verwaltungsakts)"
            }
            AufhebungBasis::S47 => {
                "§ 47 SGB X (Widerruf eines rechtmäßigen begünstigenden Verwaltungsakts)"
            }
            AufhebungBasis::S48 => {
                "§ 48 Abs. 1 SGB X (wesentliche Änderung der tatsächlichen oder rechtlichen Verhältnisse)"
            }
        }
    }

    /// Fluent id of its label on the staff form.
    pub fn label_id(self) -> &'static str {
        match self {
            AufhebungBasis::S45 => "aufhebung-basis-45",
            AufhebungBasis::S47 => "aufhebung-basis-47",
            AufhebungBasis::S48 => "aufhebung-basis-48",
        }
    }
}

/// What an approval in force grants: its period and monthly amount.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InForce {
    pub from: Date,
    pub to: Date,
    pub monthly: Cents,
}

/// Whether a new decision takes something away from the approval `old`: a rejection
/// (`new` = `None`), a later start, an earlier end or less money a month.
pub fn takes_away(old: Option<InForce>, new: Option<InForce>) -> bool {
    match (old, new) {
        (None, _) => false,
        (Some(_), None) => true,
        (Some(old), Some(new)) => {
            new.from > old.from || new.to < old.to || new.monthly < old.monthly
        }
    }
}

/// A hearing letter sent: when, until when the family may answer, and when it did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hearing {
    pub sent_on: Date,
    pub due: Date,
    pub answered_on: Option<Date>,
}

/// The hearing an Aufhebung on `today` may rest on: the latest one answered or whose
/// deadline has passed. `None` while the family still has time (or was never heard).
pub fn hearing_done(hearings: &[Hearing], today: Date) -> Option<Hearing> {
    hearings
        .iter()
        .filter(|h| h.answered_on.is_some() || h.due < today)
        .max_by_key(|h| h.sent_on)
        .copied()
}

/// A hearing to send, checked: what is intended and why (the facts the decision would
/// rest on), from which day, and a deadline of at least two weeks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HearingInput {
    pub facts: String,
    pub effective_from: Date,
    pub due: Date,
}

/// The shortest time to answer a hearing the portal allows.
pub const HEARING_MIN_DAYS: i64 = 14;

pub fn parse_hearing(
    facts: &str,
    effective_from: &str,
    due: &str,
    today: Date,
) -> Result<HearingInput, Vec<FieldError>> {
    let mut errors = Vec::new();
    let facts = required_text(facts, "facts", 4000).map_err(|e| errors.push(e));
    let from = date(effective_from, "effective_from").map_err(|e| errors.push(e));
    let due = match date(due, "due_date") {
        Ok(d) if d < today + time::Duration::days(HEARING_MIN_DAYS) => {
            Err(FieldError::new("due_date", "hearing-error-due"))
        }
        other => other,
    }
    .map_err(|e| errors.push(e));
    match (facts, from, due) {
        (Ok(facts), Ok(effective_from), Ok(due)) if errors.is_empty() => Ok(HearingInput {
            facts,
            effective_from,
            due,
        }),
        _ => Err(errors),
    }
}

/// A written answer to a hearing that came by letter (or was taken down at the office),
/// as staff record it: what the family said, and the day it arrived.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LetterAnswer {
    pub text: String,
    pub received_on: Date,
}

/// Checks a letter answer staff record: the family's statement (required) and the day it
/// arrived — not before the hearing letter was sent and not after `today`.
pub fn parse_letter_answer(
    text: &str,
    received_on: &str,
    sent_on: Date,
    today: Date,
) -> Result<LetterAnswer, Vec<FieldError>> {
    let text = required_text(text, "letter_answer", 4000);
    let received = match date(received_on, "letter_received_on") {
        Ok(d) if d > today => Err(FieldError::new(
            "letter_received_on",
            "hearing-error-letter-future",
        )),
        Ok(d) if d < sent_on => Err(FieldError::new(
            "letter_received_on",
            "hearing-error-letter-early",
        )),
        other => other,
    };
    match (text, received) {
        (Ok(text), Ok(received_on)) => Ok(LetterAnswer { text, received_on }),
        (t, r) => Err([t.err(), r.err()].into_iter().flatten().collect()),
    }
}

/// What the caseworker adds to a correction that takes something away: the legal basis
/// and the day the Aufhebung takes effect.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Aufhebung {
    pub basis: AufhebungBasis,
    pub effective_from: Date,
    pub hearing: Hearing,
}

/// Checks the Aufhebung part of a correction that takes something away: a basis, a
/// day, and a hearing done (`decision-error-no-hearing` otherwise).
pub fn parse_aufhebung(
    basis: &str,
    effective_from: &str,
    hearings: &[Hearing],
    today: Date,
) -> Result<Aufhebung, Vec<FieldError>> {
    let mut errors = Vec::new();
    let basis = AufhebungBasis::parse(basis)
        .ok_or_else(|| errors.push(FieldError::new("aufhebung_basis", "aufhebung-error-basis")));
    let from = date(effective_from, "aufhebung_from").map_err(|e| errors.push(e));
    let hearing = hearing_done(hearings, today).ok_or_else(|| {
        errors.push(FieldError::new(
            "aufhebung_basis",
            "decision-error-no-hearing",
        ))
    });
    match (basis, from, hearing) {
        (Ok(basis), Ok(effective_from), Ok(hearing)) => Ok(Aufhebung {
            basis,
            effective_from,
            hearing,
        }),
        _ => Err(errors),
    }
}

/// Taking an approval back as a whole (`granted` = `None`) reaches back to its start;
/// from a later day the approval is shortened instead (an Änderungsbescheid), so the
/// months before stay approved (`aufhebung-error-partial`).
pub fn check_extent(
    in_force: Option<InForce>,
    granted: Option<InForce>,
    aufhebung: &Aufhebung,
) -> Result<(), FieldError> {
    match in_force {
        Some(old) if granted.is_none() && aufhebung.effective_from > old.from => {
            Err(FieldError::new("aufhebung_from", "aufhebung-error-partial"))
        }
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    const OLD: InForce = InForce {
        from: date!(2026 - 09 - 01),
        to: date!(2027 - 07 - 31),
        monthly: Cents(1500),
    };

    #[test]
    fn taking_away_is_a_rejection_a_shorter_period_or_less_money() {
        assert!(takes_away(Some(OLD), None));
        assert!(
            !takes_away(None, None),
            "a first rejection takes nothing away"
        );
        assert!(!takes_away(Some(OLD), Some(OLD)));
        let longer = InForce {
            to: date!(2027 - 08 - 31),
            ..OLD
        };
        assert!(!takes_away(Some(OLD), Some(longer)));
        let shorter = InForce {
            to: date!(2027 - 01 - 31),
            ..OLD
        };
        assert!(takes_away(Some(OLD), Some(shorter)));
        let less = InForce {
            monthly: Cents(1000),
            ..OLD
        };
        assert!(takes_away(Some(OLD), Some(less)));
    }

    #[test]
    fn an_aufhebung_waits_for_the_answer_or_the_deadline() {
        let today = date!(2026 - 12 - 05);
        let waiting = Hearing {
            sent_on: date!(2026 - 11 - 30),
            due: date!(2026 - 12 - 14),
            answered_on: None,
        };
        assert_eq!(hearing_done(&[waiting], today), None);
        let answered = Hearing {
            answered_on: Some(date!(2026 - 12 - 02)),
            ..waiting
        };
        assert_eq!(hearing_done(&[answered], today), Some(answered));
        let lapsed = Hearing {
            due: date!(2026 - 12 - 04),
            ..waiting
        };
        assert_eq!(hearing_done(&[lapsed], today), Some(lapsed));
        let err = parse_aufhebung("48", "2027-01-01", &[waiting], today).unwrap_err();
        assert_eq!(err[0].msg_id, "decision-error-no-hearing");
        let ok = parse_aufhebung("48", "2027-01-01", &[lapsed], today).unwrap();
        assert_eq!(ok.basis, AufhebungBasis::S48);
        assert!(parse_aufhebung("12", "", &[lapsed], today).is_err());
    }

    #[test]
    fn taking_everything_back_reaches_to_the_start_of_the_approval() {
        let heard = Hearing {
            sent_on: date!(2026 - 11 - 01),
            due: date!(2026 - 11 - 15),
            answered_on: None,
        };
        let from = |d| Aufhebung {
            basis: AufhebungBasis::S48,
            effective_from: d,
            hearing: heard,
        };
        assert!(check_extent(Some(OLD), None, &from(OLD.from)).is_ok());
        let later = check_extent(Some(OLD), None, &from(date!(2027 - 01 - 01)));
        assert_eq!(later.unwrap_err().msg_id, "aufhebung-error-partial");
        let shorter = InForce {
            to: date!(2026 - 12 - 31),
            ..OLD
        };
        assert!(check_extent(Some(OLD), Some(shorter), &from(date!(2027 - 01 - 01))).is_ok());
    }

    #[test]
    fn a_hearing_names_the_facts_and_gives_two_weeks() {
        let today = date!(2026 - 12 - 05);
        let ok = parse_hearing(
            "Der Verein meldet das Ende der Mitgliedschaft.",
            "2027-01-01",
            "2026-12-19",
            today,
        )
        .unwrap();
        assert_eq!(ok.due, date!(2026 - 12 - 19));
        let err = parse_hearing("", "x", "2026-12-10", today).unwrap_err();
        let ids: Vec<_> = err.iter().map(|e| e.msg_id.as_str()).collect();
        assert!(ids.contains(&"hearing-error-due"), "{ids:?}");
        assert_eq!(err.len(), 3);
    }

    #[test]
    fn an_answer_by_letter_arrives_between_the_hearing_and_today() {
        let sent = date!(2026 - 11 - 20);
        let today = date!(2026 - 12 - 05);
        let ok = parse_letter_answer("Leyla geht wieder hin.", "2026-12-01", sent, today).unwrap();
        assert_eq!(ok.received_on, date!(2026 - 12 - 01));
        let ids = |r: Result<LetterAnswer, Vec<FieldError>>| -> Vec<String> {
            r.unwrap_err().into_iter().map(|e| e.msg_id).collect()
        };
        assert_eq!(
            ids(parse_letter_answer("x", "2026-12-06", sent, today)),
            ["hearing-error-letter-future"]
        );
        assert_eq!(
            ids(parse_letter_answer(" ", "2026-11-19", sent, today)),
            ["error-required", "hearing-error-letter-early"]
        );
    }
}
