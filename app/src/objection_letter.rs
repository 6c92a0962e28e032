//! The Widerspruch a family prepares in the portal: a letter to the issuing office, ready
//! to print, sign and post or hand in. A plain e-mail does not meet the form (§ 84 SGG,
//! § 36a SGB I; `but-rules.md` § Corrections, item 15), so the portal prepares the letter
//! and does not take the Widerspruch itself. Nothing of it is stored.

use crate::{domain::text::german, notice::Office};
use notice_pdf::{Block, Letter};
use time::{Date, OffsetDateTime};

/// What the letter states.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ObjectionLetter {
    pub applicant: String,
    pub street: String,
    pub postal_city: String,
    /// The Bescheid objected to: its number and the day it was issued.
    pub notice_number: String,
    pub notice_date: Date,
    /// The office's file number (BUT-…).
    pub claim_reference: String,
    pub child_name: String,
    /// The family's reasons, if it gives them now (they may follow later).
    pub reasons: Option<String>,
    pub today: Date,
    pub created: OffsetDateTime,
}

/// The Widerspruch letter from the family to `office`, with a line to sign.
pub fn objection_letter(l: &ObjectionLetter, office: &Office) -> Letter {
    let reasons = match &l.reasons {
        Some(r) => r.clone(),
        None => "Die Begründung reiche ich nach.".to_string(),
    };
    let blocks = vec![
        Block::Paragraph("Sehr geehrte Damen und Herren,".into()),
        Block::Paragraph(format!(
            "hiermit lege ich Widerspruch ein gegen Ihren Bescheid Nr. {} vom {} (Aktenzeichen {}) über Leistungen für Bildung und Teilhabe für {}.",
            l.notice_number,
            german(l.notice_date),
            l.claim_reference,
            l.child_name
        )),
        Block::Heading("Begründung".into()),
        Block::Paragraph(reasons),
        Block::Paragraph("Bitte bestätigen Sie mir den Eingang dieses Widerspruchs.".into()),
        Block::Paragraph("Mit freundlichen Grüßen".into()),
        Block::Paragraph("\n\n______________________________\nOrt, Datum, Unterschrift".into()),
    ];
    Letter {
        title: format!("Widerspruch gegen den Bescheid {}", l.notice_number),
        author: l.applicant.clone(),
        lang: "de-DE".into(),
        created: l.created,
        letterhead: vec![
            l.applicant.clone(),
            format!("{} · {}", l.street, l.postal_city),
        ],
        return_line: format!("{} · {} · {}", l.applicant, l.street, l.postal_city),
        recipient: vec![
            office.name.clone(),
            office.department.clone(),
            office.street.clone(),
            office.postal_city.clone(),
        ],
        info: vec![
            ("Datum:".into(), german(l.today)),
            ("Aktenzeichen:".into(), l.claim_reference.clone()),
            ("Bescheid-Nr.:".into(), l.notice_number.clone()),
        ],
        subject: format!(
            "Widerspruch gegen den Bescheid Nr. {} vom {}",
            l.notice_number,
            german(l.notice_date)
        ),
        blocks,
        footer: String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::{date, datetime};

    #[test]
    fn the_letter_names_the_bescheid_the_reasons_and_has_a_line_to_sign() {
        let l = ObjectionLetter {
            applicant: "Olena Kovalenko".into(),
            street: "Markt 3".into(),
            postal_city: "59269 Beckum".into(),
            notice_number: "BS-2026-000001".into(),
            notice_date: date!(2026 - 12 - 01),
            claim_reference: "BUT-2026-000003".into(),
            child_name: "Marta Kovalenko".into(),
            reasons: None,
            today: date!(2026 - 12 - 05),
            created: datetime!(2026-12-05 10:00 UTC),
        };
        let letter = objection_letter(&l, &Office::demo());
        let text: String = letter
            .blocks
            .iter()
            .map(|b| match b {
                Block::Paragraph(s) | Block::Heading(s) => s.clone(),
                _ => String::new(),
            })
            .collect::<Vec<_>>()
            .join("\n");
        assert!(text.contains("gegen Ihren Bescheid Nr. BS-2026-000001 vom 01.12.2026"));
        assert!(text.contains("Die Begründung reiche ich nach."));
        assert!(text.contains("Unterschrift"));
        assert_eq!(letter.recipient[0], Office::demo().name);
    }
}
