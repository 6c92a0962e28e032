//! The texts staff and admins maintain: rejection reasons and the notices' text blocks,
//! each versioned from a date; and the question staff ask a family.

use super::{
    FieldError,
    benefit::{BenefitKind, UnderlyingBenefit},
    text::{date, optional_text, required_text},
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
    /// Rejection reasons: the norms it cites per legal basis (see [`norm_for`]).
    pub norms: String,
    pub valid_from: Date,
}

/// The laws a norm line may be keyed by.
const LAWS: [&str; 4] = ["SGB II", "SGB XII", "BKGG", "AsylbLG"];

/// The key of a norm line: a law and optionally a benefit.
type NormKey<'a> = (&'a str, Option<&'a str>);

/// Splits a norm line into its key (law and optional benefit) and the norm; a line
/// without a known key applies to every legal basis. `Err` for an unknown key.
fn norm_line(line: &str) -> Result<(Option<NormKey<'_>>, &str), ()> {
    let Some((key, norm)) = line.split_once(':') else {
        return Ok((None, line.trim()));
    };
    let mut words = key.trim().rsplitn(2, ' ');
    let last = words.next().unwrap_or_default();
    let key = match (words.next(), last) {
        (Some(law), kind)
            if LAWS.contains(&law) && ["Lernförderung", "Teilhabe"].contains(&kind) =>
        {
            (law, Some(kind))
        }
        _ if LAWS.contains(&key.trim()) => (key.trim(), None),
        _ => return Err(()),
    };
    Ok((Some(key), norm.trim()))
}

/// The norm a rejection reason cites for a `kind` claim of a household receiving
/// `underlying`, from its `norms` lines (`SGB II: § 28 Abs. 5 SGB II`, `SGB XII Teilhabe:
/// …`, or a line without a key for every basis): the most specific line wins. Each
/// rejection reason cites its own norm (`but-rules.md` § Corrections, item 8).
pub fn norm_for(norms: &str, underlying: UnderlyingBenefit, kind: BenefitKind) -> Option<String> {
    let lines: Vec<_> = norms
        .lines()
        .filter(|l| !l.trim().is_empty())
        .filter_map(|l| norm_line(l).ok())
        .collect();
    let law = underlying.law();
    let pick = |want: Option<NormKey<'_>>| {
        lines
            .iter()
            .find(|(key, _)| *key == want)
            .map(|(_, norm)| norm.to_string())
    };
    pick(Some((law, Some(kind.german()))))
        .or_else(|| pick(Some((law, None))))
        .or_else(|| pick(None))
}

/// Checks the norms of a rejection reason: every keyed line names a known law.
fn check_norms(norms: &str) -> Result<String, FieldError> {
    let norms = optional_text(norms, "norms", 2000)?.unwrap_or_default();
    if norms.lines().any(|l| norm_line(l).is_err()) {
        return Err(FieldError::new("norms", "admin-error-norms"));
    }
    Ok(norms)
}

/// Checks a new version of a text block: a code of lowercase letters, digits and `_` (at
/// most 40), a title (120) and a text (4,000), its norms, and the date it applies from.
pub fn parse_text_block(
    code: &str,
    title: &str,
    body: &str,
    norms: &str,
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
    let norms = check_norms(norms).map_err(|e| errors.push(e));
    let from = date(valid_from, "valid_from").map_err(|e| errors.push(e));
    match (title, body, norms, from) {
        (Ok(title), Ok(body), Ok(norms), Ok(valid_from)) if errors.is_empty() => {
            Ok(TextBlockInput {
                code: code.to_string(),
                title,
                body,
                norms,
                valid_from,
            })
        }
        _ => Err(errors),
    }
}

/// Checks a question to the family (at most 2,000 characters) and its optional due date,
/// which must lie after `today`. A request to cooperate with the warning of § 66 Abs. 3
/// SGB I (`warning`) needs a due date: the family must have a deadline.
pub fn parse_question(
    question: &str,
    due_date: &str,
    warning: bool,
    today: Date,
) -> Result<(String, Option<Date>), Vec<FieldError>> {
    let mut errors = Vec::new();
    let text = required_text(question, "question", 2000).map_err(|e| errors.push(e));
    if warning && due_date.trim().is_empty() {
        errors.push(FieldError::new("due_date", "staff-error-warning-due"));
    }
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
        (Ok(text), Ok(due)) if errors.is_empty() => Ok((text, due)),
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
            "§ 66 Abs. 1 SGB I",
            "2026-01-01",
        )
        .unwrap();
        assert_eq!(ok.valid_from, date!(2026 - 01 - 01));
        let errors = parse_text_block("Fehlt!", "", "", "SGB 99: § 1", "gestern").unwrap_err();
        let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["code", "title", "body", "norms", "valid_from"]);
    }

    #[test]
    fn a_rejection_reason_cites_the_most_specific_norm_of_the_legal_basis() {
        let norms = "SGB II Lernförderung: § 28 Abs. 1 Satz 2 SGB II\n\
                     SGB II Teilhabe: § 28 Abs. 7 Satz 1 SGB II\n\
                     SGB XII: § 34 Abs. 1 SGB XII\n\
                     § 20 SGB X";
        let (sgb2, sgb12) = (
            UnderlyingBenefit::Buergergeld,
            UnderlyingBenefit::Sozialhilfe,
        );
        assert_eq!(
            norm_for(norms, sgb2, BenefitKind::Teilhabe).as_deref(),
            Some("§ 28 Abs. 7 Satz 1 SGB II")
        );
        assert_eq!(
            norm_for(norms, sgb2, BenefitKind::Lernfoerderung).as_deref(),
            Some("§ 28 Abs. 1 Satz 2 SGB II")
        );
        assert_eq!(
            norm_for(norms, sgb12, BenefitKind::Teilhabe).as_deref(),
            Some("§ 34 Abs. 1 SGB XII")
        );
        assert_eq!(
            norm_for(norms, UnderlyingBenefit::Wohngeld, BenefitKind::Teilhabe).as_deref(),
            Some("§ 20 SGB X")
        );
        assert_eq!(norm_for("", sgb2, BenefitKind::Teilhabe), None);
    }

    #[test]
    fn a_question_is_due_after_today_or_not_at_all() {
        let today = date!(2026 - 12 - 05);
        assert_eq!(
            parse_question("Bitte Nachweis", "", false, today).unwrap(),
            ("Bitte Nachweis".to_string(), None)
        );
        assert_eq!(
            parse_question("Bitte Nachweis", "2026-12-19", true, today)
                .unwrap()
                .1,
            Some(date!(2026 - 12 - 19))
        );
        let errors = parse_question("", "2026-12-05", false, today).unwrap_err();
        let ids: Vec<&str> = errors.iter().map(|e| e.msg_id.as_str()).collect();
        assert_eq!(ids.len(), 2);
        assert!(ids.contains(&"staff-error-due-past"));
        let errors = parse_question("Bitte Nachweis", "", true, today).unwrap_err();
        assert_eq!(errors[0].msg_id, "staff-error-warning-due");
    }
}
