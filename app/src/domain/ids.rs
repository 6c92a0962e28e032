//! Typed ids of the portal's rows. Every table keyed by a text id (a UUID, or a slug for
//! Kommunen) has a newtype here, so that a claim's id cannot be passed where an account's
//! is expected:
//!
//! ```compile_fail
//! use app::domain::ids::{AccountId, ClaimId};
//! fn owner_of(_account: &AccountId) {}
//! let claim = ClaimId::from("c-1".to_string());
//! owner_of(&claim);
//! ```
//!
//! An id is stored, serialized (`#[serde(transparent)]`: form fields and JSON keep the
//! plain string) and rendered as its string; it is no proof that the row exists.

/// Defines newtype ids over `String` with the conversions the layers need: `Display`,
/// `as_str`, `From<String>`, `FromStr`, serde and sqlx (server only) as the plain string,
/// and a Leptos attribute value.
macro_rules! ids {
    ($($(#[$doc:meta])* $name:ident;)+) => {$(
        $(#[$doc])*
        #[derive(
            Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
        )]
        #[serde(transparent)]
        #[cfg_attr(feature = "ssr", derive(sqlx::Type), sqlx(transparent))]
        pub struct $name(String);

        impl $name {
            /// The id as stored.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl From<String> for $name {
            fn from(id: String) -> Self {
                Self(id)
            }
        }

        impl From<$name> for String {
            fn from(id: $name) -> Self {
                id.0
            }
        }

        impl std::str::FromStr for $name {
            type Err = std::convert::Infallible;

            fn from_str(id: &str) -> Result<Self, Self::Err> {
                Ok(Self(id.to_string()))
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl leptos::prelude::IntoAttributeValue for $name {
            type Output = String;

            fn into_attribute_value(self) -> String {
                self.0
            }
        }
    )+};
}

ids! {
    /// An account (`account.id`): family, school social worker, staff or admin.
    AccountId;
    /// A claim (`claim.id`), the unguessable id beside its reference number.
    ClaimId;
    /// A child of a household (`child.id`).
    ChildId;
    /// A family's household profile (`household.id`).
    HouseholdId;
    /// A question staff asked about a claim (`claim_question.id`).
    QuestionId;
    /// A decision on a claim (`decision.id`).
    DecisionId;
    /// An issued notice (`notice.id`).
    NoticeId;
    /// A registered Widerspruch (`objection.id`).
    ObjectionId;
    /// A hearing letter (`hearing.id`).
    HearingId;
    /// An uploaded document (`document.id`).
    DocumentId;
    /// A piece of accessibility feedback (`accessibility_feedback.id`).
    FeedbackId;
    /// A school of the directory (`school.id`).
    SchoolId;
    /// A Lernstandort (`lernstandort.id`).
    SiteId;
    /// A Kommune (`kommune.id`, a slug such as `kreis-stadt`).
    KommuneId;
    /// A rate with its validity (`rate.id`).
    RateId;
    /// A text block of the notices (`text_block.id`).
    TextBlockId;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_id_is_shown_and_serialized_as_its_plain_string() {
        let id: ClaimId = "c-1".parse().unwrap();
        assert_eq!(id.to_string(), "c-1");
        assert_eq!(id.as_str(), "c-1");
        assert_eq!(serde_json::to_string(&id).unwrap(), "\"c-1\"");
        let back: ClaimId = serde_json::from_str("\"c-1\"").unwrap();
        assert_eq!(back, id);
        assert_eq!(String::from(back), "c-1");
    }
}
