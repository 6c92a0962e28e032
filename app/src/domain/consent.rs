//! The family's consents on a claim (`but-rules.md` § Corrections, item 4): releasing the
//! school from confidentiality (Lernförderung) and agreeing to direct payment to the
//! provider. Both are requests the family may decline — then other evidence of the need,
//! or another payment route — and withdraw at any time for the future.

/// Which consent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConsentKind {
    /// Schweigepflichtentbindung: the school may tell the jobcenter about the need.
    School,
    /// The jobcenter pays the provider directly.
    DirectPayment,
}

impl ConsentKind {
    pub const ALL: [ConsentKind; 2] = [ConsentKind::School, ConsentKind::DirectPayment];

    /// The form value.
    pub fn as_str(self) -> &'static str {
        match self {
            ConsentKind::School => "school",
            ConsentKind::DirectPayment => "direct",
        }
    }

    pub fn parse(s: &str) -> Option<ConsentKind> {
        ConsentKind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// Fluent id of its name.
    pub fn label_id(self) -> &'static str {
        match self {
            ConsentKind::School => "consent-school",
            ConsentKind::DirectPayment => "consent-direct",
        }
    }

    /// The note of the claim's history when it is withdrawn.
    pub fn withdrawn_note(self) -> &'static str {
        match self {
            ConsentKind::School => "consent-school-withdrawn",
            ConsentKind::DirectPayment => "consent-direct-withdrawn",
        }
    }
}

/// Where a consent stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConsentState {
    /// Given at (unix seconds).
    Given(i64),
    /// Withdrawn at (unix seconds).
    Withdrawn(i64),
    NotGiven,
}

impl ConsentState {
    /// From the stored times: when it was given (cleared on withdrawal) and withdrawn.
    pub fn of(given_at: Option<i64>, withdrawn_at: Option<i64>) -> ConsentState {
        match (given_at, withdrawn_at) {
            (Some(at), _) => ConsentState::Given(at),
            (None, Some(at)) => ConsentState::Withdrawn(at),
            (None, None) => ConsentState::NotGiven,
        }
    }

    pub fn is_given(self) -> bool {
        matches!(self, ConsentState::Given(_))
    }
}

/// The consents of one claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Consents {
    pub school: ConsentState,
    pub direct_payment: ConsentState,
}

impl Consents {
    pub fn get(&self, kind: ConsentKind) -> ConsentState {
        match kind {
            ConsentKind::School => self.school,
            ConsentKind::DirectPayment => self.direct_payment,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_round_trip() {
        for k in ConsentKind::ALL {
            assert_eq!(ConsentKind::parse(k.as_str()), Some(k));
        }
        assert_eq!(ConsentKind::parse("provider"), None);
    }

    #[test]
    fn a_consent_is_given_withdrawn_or_never_given() {
        assert_eq!(ConsentState::of(Some(5), None), ConsentState::Given(5));
        assert_eq!(ConsentState::of(None, Some(9)), ConsentState::Withdrawn(9));
        assert_eq!(ConsentState::of(None, None), ConsentState::NotGiven);
        assert!(!ConsentState::Withdrawn(9).is_given());
        let c = Consents {
            school: ConsentState::NotGiven,
            direct_payment: ConsentState::Given(1),
        };
        assert!(c.get(ConsentKind::DirectPayment).is_given());
        assert!(!c.get(ConsentKind::School).is_given());
    }
}
