//! The texts staff and admins maintain: rejection reasons and the notices' text blocks,
//! each versioned from a date; and the question staff ask a family.

use super::{
    FieldError,
    text::{date, required_text},
};
use time::Date;

/// What a maintained text is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextBlockKind {
    /// A reason a claim is rejected for (chosen on the decision form).
    RejectionReason,
    /// A paragraph of the notices (e.g. the Rechtsbehelfsbelehrung).
    Notice,
}

impl TextBlockKind {
    pub const ALL: [TextBlockKind; 2] = [TextBlockKind::RejectionReason, TextBlockKind::Notice];

    /// The stored value.
    pub fn as_str(self) -> &'static str {
        match self {
            TextBlockKind::RejectionReason => "rejection_reason",
            TextBlockKind::Notice => "notice",
        }
    }

    pub fn parse(s: &str) -> Option<TextBlockKind> {
        TextBlockKind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// Whether the stored `kind` is this one.
    pub fn is(self, kind: &str) -> bool {
        kind == self.as_str()
    }
}

/// A new version of a text block, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextBlockInput {
    pub code: String,
    pub title: String,
    pub body: String,
    pub valid_from: Date,
}

/// Checks a new version of a text block: a code of lowercase letters, digits and `_` (at
/// most 40), a title (120) and a text (4,000), and the date it applies from.
pub fn parse_text_block(
    code: &str,
    title: &str,
    body: &str,
    valid_from: &str,
) -> Result<TextBlockInput, Vec<FieldError>> {
    let mut errors = Vec::new();
    let code_ok = !code.is_empty()
        && code.len() <= 40
        && code
            .chars()
            .all(|c| c.is_ascii_lowercase() || c == '_' || c.is_ascii_digit());
    if !code_ok {
        errors.push(FieldError::new("code", "admin-error-code"));
    }
    let title = required_text(title, "title", 120).map_err(|e| errors.push(e));
    let body = required_text(body, "body", 4000).map_err(|e| errors.push(e));
    let from = date(valid_from, "valid_from").map_err(|e| errors.push(e));
    match (title, body, from) {
        (Ok(title), Ok(body), Ok(valid_from)) if errors.is_empty() => Ok(TextBlockInput {
            code: code.to_string(),
            title,
            body,
            valid_from,
        }),
        _ => Err(errors),
    }
}

/// Checks a question to the family (at most 2,000 characters) and its optional due date,
/// which must lie after `today`.
pub fn parse_question(
    question: &str,
    due_date: &str,
    today: Date,
) -> Result<(String, Option<Date>), Vec<FieldError>> {
    let mut errors = Vec::new();
    let text = required_text(question, "question", 2000).map_err(|e| errors.push(e));
    let due = match due_date.trim() {
        "" => Ok(None),
        d => match date(d, "due_date") {
            Ok(d) if d > today => Ok(Some(d)),
            Ok(_) => Err(FieldError::new("due_date", "staff-error-due-past")),
            Err(e) => Err(e),
        },
    }
    .map_err(|e| errors.push(e));
    match (text, due) {
        (Ok(text), Ok(due)) => Ok((text, due)),
        _ => Err(errors),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn kinds_round_trip() {
        for k in TextBlockKind::ALL {
            assert_eq!(TextBlockKind::parse(k.as_str()), Some(k));
            assert!(k.is(k.as_str()));
        }
        assert_eq!(TextBlockKind::parse("anything"), None);
    }

    #[test]
    fn a_text_block_needs_a_code_title_text_and_date() {
        let ok = parse_text_block(
            "missing_documents",
            "Fehlende Nachweise",
            "Text",
            "2026-01-01",
        )
        .unwrap();
        assert_eq!(ok.valid_from, date!(2026 - 01 - 01));
        let errors = parse_text_block("Fehlt!", "", "", "gestern").unwrap_err();
        let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["code", "title", "body", "valid_from"]);
    }

    #[test]
    fn a_question_is_due_after_today_or_not_at_all() {
        let today = date!(2026 - 12 - 05);
        assert_eq!(
            parse_question("Bitte Nachweis", "", today).unwrap(),
            ("Bitte Nachweis".to_string(), None)
        );
        assert_eq!(
            parse_question("Bitte Nachweis", "2026-12-19", today)
                .unwrap()
                .1,
            Some(date!(2026 - 12 - 19))
        );
        let errors = parse_question("", "2026-12-05", today).unwrap_err();
        let ids: Vec<&str> = errors.iter().map(|e| e.msg_id.as_str()).collect();
        assert_eq!(ids.len(), 2);
        assert!(ids.contains(&"staff-error-due-past"));
    }
}
