//! Pure domain rules and validated types. No I/O: this module compiles to wasm and is
//! unit-tested inline. Every user-visible error is a Fluent message id.

pub mod account;
pub mod answers;
pub mod benefit;
pub mod claim;
pub mod confirmation;
pub mod consent;
pub mod decision;
pub mod document;
pub mod eligibility;
pub mod entitlement;
pub mod feedback;
pub mod format;
pub mod grounds;
pub mod hearing;
pub mod household;
pub mod iban;
pub mod ids;
pub mod intake;
pub mod lang;
pub mod lernfoerderung;
pub mod lernstandort;
pub mod mail;
pub mod money;
pub mod month;
pub mod objection;
pub mod payment;
pub mod rates;
pub mod report;
pub mod school;
pub mod school_code;
pub mod school_days;
pub mod search;
pub mod site_operator;
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
    /// What the message names as `$name` (the file that is refused), if anything.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

impl FieldError {
    pub fn new(field: &str, msg_id: &str) -> Self {
        Self {
            field: field.to_string(),
            msg_id: msg_id.to_string(),
            name: None,
        }
    }

    /// An error whose message names `name` (`$name`).
    pub fn named(field: &str, msg_id: &str, name: &str) -> Self {
        Self {
            name: Some(name.to_string()),
            ..Self::new(field, msg_id)
        }
    }
}

/// Results of several fields parsed independently: all values, or the errors of every
/// field that failed (in order) — so a form shows all its mistakes at once.
pub trait Fields {
    type Values;
    fn collect(self) -> Result<Self::Values, Vec<FieldError>>;
}

macro_rules! fields_tuple {
    ($($t:ident $v:ident),+) => {
        impl<$($t),+> Fields for ($(Result<$t, FieldError>,)+) {
            type Values = ($($t,)+);
            fn collect(self) -> Result<Self::Values, Vec<FieldError>> {
                match self {
                    ($(Ok($v),)+) => Ok(($($v,)+)),
                    ($($v,)+) => Err([$($v.err()),+].into_iter().flatten().collect()),
                }
            }
        }
    };
}
fields_tuple!(A a, B b);
fields_tuple!(A a, B b, C c);
fields_tuple!(A a, B b, C c, D d);

/// The message ids of the errors of a parse that must fail (for tests).
#[cfg(test)]
pub(crate) fn msg_ids<T: std::fmt::Debug>(parsed: Result<T, Vec<FieldError>>) -> Vec<String> {
    parsed.unwrap_err().into_iter().map(|e| e.msg_id).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_give_all_values_or_every_error() {
        let ok: Result<u8, FieldError> = Ok(1);
        let bad = |f: &str| Err::<u8, _>(FieldError::new(f, "e"));
        assert_eq!((ok.clone(), ok.clone()).collect(), Ok((1, 1)));
        let errors = (bad("a"), ok, bad("c")).collect().unwrap_err();
        let fields: Vec<_> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["a", "c"]);
    }
}
