//! Pure domain rules and validated types. No I/O: this module compiles to wasm and is
//! unit-tested inline. Every user-visible error is a Fluent message id.

pub mod account;
pub mod answers;
pub mod benefit;
pub mod claim;
pub mod confirmation;
pub mod decision;
pub mod document;
pub mod eligibility;
pub mod entitlement;
pub mod feedback;
pub mod format;
pub mod household;
pub mod iban;
pub mod ids;
pub mod lang;
pub mod lernfoerderung;
pub mod lernstandort;
pub mod money;
pub mod month;
pub mod rates;
pub mod report;
pub mod school;
pub mod school_code;
pub mod search;
pub mod snapshot;
pub mod teilhabe;
pub mod text;
pub mod text_block;
pub mod throttle;

/// A validation failure of one form field: the field's name and the Fluent id of the message.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct FieldError {
    pub field: String,
    pub msg_id: String,
}

impl FieldError {
    pub fn new(field: &str, msg_id: &str) -> Self {
        Self {
            field: field.to_string(),
            msg_id: msg_id.to_string(),
        }
    }
}
