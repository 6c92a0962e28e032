//! The claim lifecycle (DESIGN.md § 3): `draft → submitted → (needs_info ⇄ submitted) →
//! approved | rejected`, and `withdrawn` by the family before a decision. Every change
//! of status goes through [`transition`]; the database repeats the check in its
//! `UPDATE … WHERE status = …` so that concurrent changes cannot both win.

use super::{FieldError, text::optional_text};
use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Status {
    Draft,
    Submitted,
    NeedsInfo,
    Approved,
    Rejected,
    Withdrawn,
}

impl Status {
    /// Whether `action` is allowed on a claim in this status (see [`allowed_from`]).
    pub fn allows(self, action: Action) -> bool {
        allowed_from(action).contains(&self)
    }

    pub const ALL: [Status; 6] = [
        Status::Draft,
        Status::Submitted,
        Status::NeedsInfo,
        Status::Approved,
        Status::Rejected,
        Status::Withdrawn,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::Submitted => "submitted",
            Status::NeedsInfo => "needs_info",
            Status::Approved => "approved",
            Status::Rejected => "rejected",
            Status::Withdrawn => "withdrawn",
        }
    }

    pub fn parse(s: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|st| st.as_str() == s)
    }

    /// Fluent id of the status as families see it.
    pub fn label_id(self) -> &'static str {
        match self {
            Status::Draft => "status-draft",
            Status::Submitted => "status-submitted",
            Status::NeedsInfo => "status-needs-info",
            Status::Approved => "status-approved",
            Status::Rejected => "status-rejected",
            Status::Withdrawn => "status-withdrawn",
        }
    }

    /// Whether staff decided it (approved or rejected; a correction may follow).
    pub fn is_decided(self) -> bool {
        matches!(self, Status::Approved | Status::Rejected)
    }

    /// Whether it waits for staff or the family: submitted and not yet decided or
    /// withdrawn (a caseworker can take it on).
    pub fn is_open(self) -> bool {
        matches!(self, Status::Submitted | Status::NeedsInfo)
    }

    /// Whether a decision has been made or the claim has ended.
    pub fn is_final(self) -> bool {
        matches!(
            self,
            Status::Approved | Status::Rejected | Status::Withdrawn
        )
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What someone does to a claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// The family submits its draft.
    Submit,
    /// The family withdraws the claim before a decision.
    Withdraw,
    /// Staff ask the family a question.
    AskQuestion,
    /// The family answers the question.
    Answer,
    Approve,
    Reject,
}

/// The statuses from which `action` is allowed.
pub fn allowed_from(action: Action) -> &'static [Status] {
    match action {
        Action::Submit => &[Status::Draft],
        Action::Withdraw => &[Status::Submitted, Status::NeedsInfo],
        Action::AskQuestion => &[Status::Submitted],
        Action::Answer => &[Status::NeedsInfo],
        // Staff may decide while a question is open: its deadline may have passed (a
        // Versagung, § 66 SGB I) or the answer came on paper.
        Action::Approve | Action::Reject => &[Status::Submitted, Status::NeedsInfo],
    }
}

/// The status after `action` on a claim in status `from`, or the Fluent id of the reason
/// it is not allowed.
pub fn transition(from: Status, action: Action) -> Result<Status, &'static str> {
    if !allowed_from(action).contains(&from) {
        return Err(if from.is_final() {
            "claim-error-already-final"
        } else {
            "claim-error-not-allowed"
        });
    }
    Ok(match action {
        Action::Submit | Action::Answer => Status::Submitted,
        Action::Withdraw => Status::Withdrawn,
        Action::AskQuestion => Status::NeedsInfo,
        Action::Approve => Status::Approved,
        Action::Reject => Status::Rejected,
    })
}

/// The family's answer to a staff question: text of at most 2000 characters, which may
/// be left empty when files come with it.
pub fn parse_answer(text: &str, has_files: bool) -> Result<Option<String>, FieldError> {
    let text = optional_text(text, "answer", 2000)?;
    if text.is_none() && !has_files {
        return Err(FieldError::new("answer", "question-error-empty"));
    }
    Ok(text)
}

/// The status a decision leaves the claim in. A first decision approves or rejects a
/// submitted claim ([`transition`]); a correction replaces the decision in force
/// (`current`), which must be the one it names (`corrects`) — otherwise someone decided
/// meanwhile and the correction is stale. `Err`: Fluent id.
pub fn decision_transition(
    from: Status,
    approve: bool,
    current: Option<&str>,
    corrects: Option<&str>,
) -> Result<Status, &'static str> {
    let decided = if approve {
        Status::Approved
    } else {
        Status::Rejected
    };
    match corrects {
        None => transition(
            from,
            if approve {
                Action::Approve
            } else {
                Action::Reject
            },
        ),
        Some(old)
            if current == Some(old) && matches!(from, Status::Approved | Status::Rejected) =>
        {
            Ok(decided)
        }
        Some(_) => Err("decision-error-stale"),
    }
}

/// A notice's number, `BS-<year>-<6 digits>`, running per year over all notices.
pub fn notice_number(year: i32, sequence: i64) -> String {
    format!("BS-{year}-{sequence:06}")
}

/// A claim's human reference number, `BUT-<year>-<6 digits>`, sequential per year.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ReferenceNumber(String);

impl ReferenceNumber {
    pub fn new(year: i32, sequence: i64) -> ReferenceNumber {
        ReferenceNumber(format!("BUT-{year}-{sequence:06}"))
    }

    pub fn parse(s: &str) -> Option<ReferenceNumber> {
        let rest = s.trim().strip_prefix("BUT-")?;
        let (year, seq) = rest.split_once('-')?;
        let ok = year.len() == 4
            && year.chars().all(|c| c.is_ascii_digit())
            && seq.len() >= 6
            && seq.chars().all(|c| c.is_ascii_digit());
        ok.then(|| ReferenceNumber(s.trim().to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for ReferenceNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_correction_replaces_only_the_decision_in_force() {
        use Status::*;
        assert_eq!(
            decision_transition(Submitted, true, None, None),
            Ok(Approved)
        );
        assert_eq!(
            decision_transition(Submitted, false, None, None),
            Ok(Rejected)
        );
        assert!(decision_transition(Approved, true, Some("d1"), None).is_err());
        assert_eq!(
            decision_transition(Approved, false, Some("d1"), Some("d1")),
            Ok(Rejected)
        );
        assert_eq!(
            decision_transition(Rejected, true, Some("d2"), Some("d1")),
            Err("decision-error-stale")
        );
        assert_eq!(
            decision_transition(Submitted, true, None, Some("d1")),
            Err("decision-error-stale")
        );
        assert_eq!(notice_number(2026, 7), "BS-2026-000007");
    }

    #[test]
    fn the_happy_paths_of_the_lifecycle() {
        assert_eq!(
            transition(Status::Draft, Action::Submit),
            Ok(Status::Submitted)
        );
        assert_eq!(
            transition(Status::Submitted, Action::AskQuestion),
            Ok(Status::NeedsInfo)
        );
        assert_eq!(
            transition(Status::NeedsInfo, Action::Answer),
            Ok(Status::Submitted)
        );
        assert_eq!(
            transition(Status::Submitted, Action::Approve),
            Ok(Status::Approved)
        );
        assert_eq!(
            transition(Status::Submitted, Action::Reject),
            Ok(Status::Rejected)
        );
        assert_eq!(
            transition(Status::NeedsInfo, Action::Withdraw),
            Ok(Status::Withdrawn)
        );
    }

    #[test]
    fn a_decided_or_withdrawn_claim_cannot_change_again() {
        for from in [Status::Approved, Status::Rejected, Status::Withdrawn] {
            for action in [
                Action::Submit,
                Action::Withdraw,
                Action::Approve,
                Action::Reject,
                Action::AskQuestion,
                Action::Answer,
            ] {
                assert_eq!(
                    transition(from, action),
                    Err("claim-error-already-final"),
                    "{from} {action:?}"
                );
            }
        }
    }

    #[test]
    fn drafts_cannot_be_withdrawn_or_decided_but_an_open_question_does_not_block_a_decision() {
        assert_eq!(
            transition(Status::Draft, Action::Withdraw),
            Err("claim-error-not-allowed")
        );
        assert_eq!(
            transition(Status::Draft, Action::Approve),
            Err("claim-error-not-allowed")
        );
        assert_eq!(
            transition(Status::NeedsInfo, Action::Reject),
            Ok(Status::Rejected)
        );
        assert_eq!(
            transition(Status::NeedsInfo, Action::AskQuestion),
            Err("claim-error-not-allowed")
        );
        assert_eq!(
            transition(Status::Submitted, Action::Submit),
            Err("claim-error-not-allowed")
        );
    }

    #[test]
    fn statuses_round_trip() {
        for s in Status::ALL {
            assert_eq!(Status::parse(s.as_str()), Some(s));
        }
    }

    #[test]
    fn reference_numbers_have_six_digits_per_year() {
        assert_eq!(ReferenceNumber::new(2026, 123).as_str(), "BUT-2026-000123");
        assert_eq!(
            ReferenceNumber::new(2026, 1_234_567).as_str(),
            "BUT-2026-1234567"
        );
        assert!(ReferenceNumber::parse("BUT-2026-000123").is_some());
        assert!(ReferenceNumber::parse("BUT-26-000123").is_none());
        assert!(ReferenceNumber::parse("BUT-2026-12").is_none());
    }

    #[test]
    fn an_answer_needs_text_or_files() {
        assert_eq!(
            parse_answer("  ", false).unwrap_err().msg_id,
            "question-error-empty"
        );
        assert_eq!(parse_answer("", true), Ok(None));
        assert_eq!(
            parse_answer(" Zeugnis anbei ", false),
            Ok(Some("Zeugnis anbei".into()))
        );
        assert_eq!(
            parse_answer(&"x".repeat(2001), true).unwrap_err().msg_id,
            "error-too-long"
        );
    }
}
