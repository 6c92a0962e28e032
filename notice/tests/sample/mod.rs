//! A realistic sample letter shared by the unit tests, the integration tests and the
//! benchmark (included with `#[path]`; the including crate must have `Letter` and
//! `Block` in scope at its root).

#![allow(dead_code)]

use crate::{Block, Letter};

/// A typical Bewilligungsbescheid (two pages) with `extra` additional paragraphs in the
/// Begründung.
pub fn sample_letter(extra: usize) -> Letter {
    let mut blocks = vec![
        Block::Paragraph("Sehr geehrte Frau Коваленко,".into()),
        Block::Paragraph(
            "auf Ihren Antrag vom 12.01.2026 bewillige ich Ihnen für Ihren Sohn Ștefan \
             Коваленко Leistungen für Bildung und Teilhabe nach § 28 Abs. 5 SGB II in Form \
             der Lernförderung."
                .into(),
        ),
        Block::Heading("Entscheidung".into()),
        Block::Table(vec![
            (
                "Leistung:".into(),
                "Lernförderung im Fach Mathematik (außerschulisch)".into(),
            ),
            ("Zeitraum:".into(), "01.02.2026 – 31.07.2026".into()),
            (
                "Umfang:".into(),
                "2 Unterrichtsstunden à 45 Minuten wöchentlich".into(),
            ),
            (
                "Bewilligter Betrag:".into(),
                "höchstens 480,00 € (20,00 € je Unterrichtsstunde)".into(),
            ),
            (
                "Zahlungsempfänger:".into(),
                "Nachhilfeinstitut Lernstübchen GmbH, Schulstraße 12, 12345 Musterstadt \
                 (direkte Abrechnung mit dem Jobcenter)"
                    .into(),
            ),
        ]),
        Block::Paragraph(
            "Die Kosten werden direkt an den Leistungsanbieter gezahlt. Eine Auszahlung an Sie \
             erfolgt nicht."
                .into(),
        ),
        Block::Heading("Begründung".into()),
        Block::Paragraph(
            "Nach § 28 Abs. 5 SGB II wird bei Schülerinnen und Schülern eine schulische \
             Angebote ergänzende angemessene Lernförderung berücksichtigt, soweit diese \
             geeignet und zusätzlich erforderlich ist, um die nach den schulrechtlichen \
             Bestimmungen festgelegten wesentlichen Lernziele zu erreichen. Die Schule hat \
             mit der Bestätigung vom 20.01.2026 den Förderbedarf im Fach Mathematik \
             festgestellt; die Versetzung ist ohne zusätzliche Förderung gefährdet."
                .into(),
        ),
        Block::Paragraph(
            "Geeignete kostenfreie schulische Angebote stehen nach Auskunft der Schule nicht \
             zur Verfügung. Die beantragte Förderung ist daher zusätzlich erforderlich. Die \
             Kosten von 20,00 € je Unterrichtsstunde sind angemessen; sie entsprechen den \
             ortsüblichen Sätzen für Einzel- und Kleingruppenunterricht."
                .into(),
        ),
    ];
    for i in 0..extra {
        blocks.push(Block::Paragraph(format!(
            "Ergänzender Hinweis {}: Bitte teilen Sie mir unverzüglich mit, wenn sich Ihre \
             persönlichen oder wirtschaftlichen Verhältnisse ändern (z. B. Umzug, Aufnahme \
             einer Beschäftigung, Schulwechsel oder Beendigung der Lernförderung). Zu viel \
             gezahlte Leistungen müssen nach §§ 45, 48, 50 SGB X erstattet werden.",
            i + 1
        )));
        if i % 4 == 3 {
            blocks.push(Block::Heading(format!("Abschnitt {}", i / 4 + 1)));
        }
    }
    blocks.extend([
        Block::Heading("Mitwirkungspflichten".into()),
        Block::Bullets(vec![
            "Legen Sie die Anwesenheitsnachweise des Leistungsanbieters monatlich vor.".into(),
            "Teilen Sie Änderungen – insbesondere einen Schulwechsel oder den Abbruch der \
             Förderung – unverzüglich mit."
                .into(),
            "Bewahren Sie diesen Bescheid auf; er dient als Nachweis gegenüber Dritten.".into(),
        ]),
        Block::Heading("Rechtsbehelfsbelehrung".into()),
        Block::Paragraph(
            "Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch \
             erhoben werden. Der Widerspruch ist schriftlich, in elektronischer Form (§ 36a \
             Abs. 2 SGB I) oder zur Niederschrift beim Jobcenter Musterstadt, Hauptstraße 1, \
             12345 Musterstadt, einzulegen."
                .into(),
        ),
        Block::Paragraph("Mit freundlichen Grüßen\nIm Auftrag\n\nM. Schäfer".into()),
    ]);
    Letter {
        title: "Bewilligungsbescheid BUT-2026-000123".into(),
        author: "Jobcenter Musterstadt".into(),
        lang: "de-DE".into(),
        created: time::macros::datetime!(2026-02-01 09:30:00 +01:00),
        letterhead: vec![
            "Jobcenter Musterstadt".into(),
            "Bildung und Teilhabe".into(),
            "Hauptstraße 1 · 12345 Musterstadt".into(),
            "Telefon 01234 5678-0 · Telefax 01234 5678-99".into(),
            "jobcenter-musterstadt@jobcenter-ge.de".into(),
        ],
        return_line: "Jobcenter Musterstadt · Hauptstraße 1 · 12345 Musterstadt".into(),
        recipient: vec![
            "Frau".into(),
            "Олена Коваленко".into(),
            "Lindenweg 5a".into(),
            "12345 Musterstadt".into(),
        ],
        info: vec![
            ("Ihr Zeichen:".into(), "–".into()),
            ("Aktenzeichen:".into(), "BG 12345//0001234".into()),
            ("Bescheid-Nr.:".into(), "BUT-2026-000123".into()),
            ("Ansprechpartner:".into(), "Herr M. Schäfer".into()),
            ("Telefon:".into(), "01234 5678-123".into()),
            ("Datum:".into(), "01.02.2026".into()),
        ],
        subject: "Bescheid über Leistungen für Bildung und Teilhabe – Lernförderung".into(),
        blocks,
        footer: "Jobcenter Musterstadt · Sparkasse Musterstadt · IBAN DE12 3456 7890 1234 5678 90 \
                 · BIC SPKADE2MXXX"
            .into(),
    }
}

/// The typical two-page letter used for checks and the benchmark.
pub fn typical_letter() -> Letter {
    sample_letter(6)
}
