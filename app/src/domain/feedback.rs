//! Reports of accessibility barriers (BITV 2.0 § 7: a feedback mechanism that reaches
//! the office).

use super::{FieldError, text::optional_text};

/// The longest report, in characters.
pub const MAX_MESSAGE: usize = 4000;

/// A validated report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Feedback {
    /// Where the barrier is, in the reporter's words.
    pub page: Option<String>,
    pub message: String,
    /// How to answer (e-mail or phone), if given.
    pub contact: Option<String>,
}

/// Validates a report: the description is required; line breaks are allowed in it.
pub fn parse_feedback(
    page: &str,
    message: &str,
    contact: &str,
) -> Result<Feedback, Vec<FieldError>> {
    let mut errors = Vec::new();
    let page = optional_text(page, "page", 300)
        .map_err(|e| errors.push(e))
        .ok()
        .flatten();
    let contact = optional_text(contact, "contact", 200)
        .map_err(|e| errors.push(e))
        .ok()
        .flatten();
    let text = message.trim().replace("\r\n", "\n");
    if text.is_empty() {
        errors.push(FieldError::new("message", "a11y-feedback-error-empty"));
    } else if text.chars().count() > MAX_MESSAGE {
        errors.push(FieldError::new("message", "a11y-feedback-error-too-long"));
    } else if text
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t')
    {
        errors.push(FieldError::new("message", "error-invalid-characters"));
    }
    if errors.is_empty() {
        Ok(Feedback {
            page,
            message: text,
            contact,
        })
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_report_needs_a_description_and_keeps_its_lines() {
        let f = parse_feedback(" Antrag, Schritt 2 ", "Der Knopf\r\nist zu klein.", "").unwrap();
        assert_eq!(f.page.as_deref(), Some("Antrag, Schritt 2"));
        assert_eq!(f.message, "Der Knopf\nist zu klein.");
        assert_eq!(f.contact, None);
        let e = parse_feedback("", "   ", "").unwrap_err();
        assert_eq!(
            e,
            vec![FieldError::new("message", "a11y-feedback-error-empty")]
        );
    }

    #[test]
    fn overlong_or_odd_input_is_refused() {
        let e = parse_feedback("", &"x".repeat(MAX_MESSAGE + 1), &"y".repeat(201)).unwrap_err();
        assert_eq!(
            e,
            vec![
                FieldError::new("contact", "error-too-long"),
                FieldError::new("message", "a11y-feedback-error-too-long"),
            ]
        );
        assert!(parse_feedback("", "a\u{0}b", "").is_err());
    }
}
