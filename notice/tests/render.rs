//! End-to-end checks of the rendered PDF bytes (no external tools needed).

use notice_pdf::{Block, Letter, render, render_many};

mod pdf;
mod sample;

use pdf::{info, lang, load, page_count, text};
use sample::{sample_letter, typical_letter};

#[test]
fn renders_a_pdf() {
    let pdf = render(&typical_letter());
    assert!(pdf.starts_with(b"%PDF-"));
    assert!(pdf.ends_with(b"%%EOF"));
}

#[test]
fn is_deterministic() {
    let letter = typical_letter();
    assert_eq!(render(&letter), render(&letter));
    let many = [typical_letter(), sample_letter(0), sample_letter(30)];
    assert_eq!(render_many(&many), render_many(&many));
}

#[test]
fn different_letters_get_different_ids() {
    let a = render(&sample_letter(1));
    let b = render(&sample_letter(2));
    let id = |pdf: &[u8]| format!("{:?}", load(pdf).trailer.get(b"ID").ok());
    assert_ne!(id(&a), id(&b));
}

#[test]
fn long_begruendung_forces_second_page() {
    let pdf = render(&typical_letter());
    assert_eq!(page_count(&pdf), 2);
    let t = text(&pdf);
    for needle in [
        "Seite 1 von 2",
        "Seite 2 von 2",
        "Lernförderung",
        "Schulstraße",
        "480,00 €",
        "§ 28 Abs. 5 SGB II",
        "Коваленко",
        "Ștefan",
        "Mitwirkungspflichten",
    ] {
        assert!(
            t.contains(needle),
            "{needle:?} missing from extracted text:\n{t}"
        );
    }
}

#[test]
fn render_many_concatenates_letters() {
    let letters = [sample_letter(0), typical_letter(), sample_letter(40)];
    let counts: Vec<usize> = letters.iter().map(|l| page_count(&render(l))).collect();
    let pdf = render_many(&letters);
    assert_eq!(page_count(&pdf), counts.iter().sum::<usize>());
    let t = text(&pdf);
    for (i, n) in counts.iter().enumerate() {
        let label = format!("Seite {n} von {n}");
        assert!(t.contains(&label), "letter {i}: {label:?} missing");
    }
    assert!(counts[2] > counts[1], "{counts:?}");
}

#[test]
fn metadata_and_language() {
    let pdf = render(&typical_letter());
    let doc = load(&pdf);
    assert_eq!(lang(&doc), Some(&b"de-DE"[..]));
    let info = info(&doc);
    assert_eq!(
        info.get(b"CreationDate")
            .and_then(lopdf::Object::as_str)
            .ok(),
        Some(&b"D:20260201093000+01'00'"[..])
    );
    assert_eq!(
        info.get(b"Creator").and_then(lopdf::Object::as_str).ok(),
        Some(&b"BuT-Portal"[..])
    );
    let title = info
        .get(b"Title")
        .and_then(lopdf::Object::as_str)
        .expect("title");
    assert_eq!(title, b"Bewilligungsbescheid BUT-2026-000123");
}

#[test]
fn fonts_are_embedded() {
    let pdf = render(&typical_letter());
    let doc = load(&pdf);
    let embedded = doc
        .objects
        .values()
        .filter_map(|o| o.as_dict().ok())
        .filter(|d| d.get(b"Type").and_then(lopdf::Object::as_name).ok() == Some(b"FontDescriptor"))
        .filter(|d| d.get(b"FontFile2").is_ok())
        .count();
    assert_eq!(embedded, 2);
}

#[test]
fn missing_glyphs_become_question_marks() {
    let mut letter = sample_letter(0);
    letter.blocks = vec![Block::Paragraph("Name: 王小明 😀 Ende".into())];
    let t = text(&render(&letter));
    assert!(t.contains("Name: ??? ? Ende"), "{t}");
}

#[test]
fn degenerate_input_still_renders() {
    let empty = Letter {
        title: String::new(),
        author: String::new(),
        lang: String::new(),
        created: time::OffsetDateTime::UNIX_EPOCH,
        letterhead: Vec::new(),
        return_line: String::new(),
        recipient: Vec::new(),
        info: Vec::new(),
        subject: String::new(),
        blocks: vec![
            Block::Paragraph(String::new()),
            Block::Bullets(Vec::new()),
            Block::Table(vec![(String::new(), String::new())]),
            Block::Heading(String::new()),
        ],
        footer: String::new(),
    };
    assert_eq!(page_count(&render(&empty)), 1);
    assert_eq!(page_count(&render_many(&[])), 1);

    // Absurdly long words and lines everywhere.
    let long = "Sehr".repeat(200);
    let mut letter = sample_letter(0);
    letter.return_line = long.clone();
    letter.recipient.push(long.clone());
    letter.info.push((long.clone(), long.clone()));
    letter.subject = long.clone();
    letter.footer = long.clone();
    letter
        .blocks
        .push(Block::Table(vec![(long.clone(), long.clone())]));
    letter.blocks.push(Block::Bullets(vec![long.clone()]));
    letter.blocks.push(Block::Heading(long.clone()));
    let pdf = render(&letter);
    assert!(page_count(&pdf) >= 2);
}
