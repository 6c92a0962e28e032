//! Checks of [`notice_pdf::merge`] on rendered letters (no external tools needed).

use notice_pdf::{Block, Letter, MergeError, merge, render, render_many};

mod pdf;
mod sample;

use pdf::{info, lang, load, page_count, text};
use sample::sample_letter;

/// Three letters with different page counts, each starting with its own marker line.
fn three_letters() -> Vec<Vec<u8>> {
    [0, 40, 6]
        .into_iter()
        .enumerate()
        .map(|(i, extra)| {
            let mut letter = sample_letter(extra);
            letter
                .blocks
                .insert(0, Block::Paragraph(format!("Schreiben Nummer {}", i + 1)));
            render(&letter)
        })
        .collect()
}

#[test]
fn merges_pages_in_order_and_stores_fonts_once() {
    let inputs = three_letters();
    let counts: Vec<usize> = inputs.iter().map(|p| page_count(p)).collect();
    assert!(counts[1] > counts[0], "{counts:?}");

    let merged = merge(&inputs).expect("merge");
    assert!(merged.starts_with(b"%PDF-1.4"));
    assert_eq!(page_count(&merged), counts.iter().sum::<usize>());

    // The text of each letter, in input order: marker, then its own page labels.
    let t = text(&merged);
    let mut from = 0;
    for (i, n) in counts.iter().enumerate() {
        for needle in std::iter::once(format!("Schreiben Nummer {}", i + 1))
            .chain((1..=*n).map(|p| format!("Seite {p} von {n}")))
        {
            let at = t[from..]
                .find(&needle)
                .unwrap_or_else(|| panic!("{needle:?} missing after byte {from}:\n{t}"));
            from += at + needle.len();
        }
    }
    for needle in ["Коваленко", "Ștefan", "480,00 €", "Ergänzender Hinweis 40"] {
        assert!(t.contains(needle), "{needle:?} missing");
    }

    let sum: usize = inputs.iter().map(Vec::len).sum();
    assert!(
        merged.len() < sum * 2 / 3,
        "merged {} bytes, inputs {sum} bytes",
        merged.len()
    );
    // Each face is embedded once.
    let doc = load(&merged);
    let font_files = doc
        .objects
        .values()
        .filter_map(|o| o.as_dict().ok())
        .filter(|d| d.has_type(b"FontDescriptor") && d.has(b"FontFile2"))
        .count();
    assert_eq!(font_files, 2);
}

#[test]
fn merged_metadata() {
    let mut inputs = three_letters();
    let mut later = sample_letter(0);
    later.created = time::macros::datetime!(2026-03-15 14:00 +01:00);
    inputs.insert(1, render(&later));
    let doc = load(&merge(&inputs).expect("merge"));
    assert_eq!(lang(&doc), Some(&b"de-DE"[..]));
    let info = info(&doc);
    let entry = |key: &[u8]| info.get(key).and_then(lopdf::Object::as_str).ok();
    assert_eq!(entry(b"Title"), Some(&b"Serienbrief (4 Schreiben)"[..]));
    assert_eq!(entry(b"Author"), Some(&b"Jobcenter Musterstadt"[..]));
    assert_eq!(
        entry(b"CreationDate"),
        Some(&b"D:20260315140000+01'00'"[..])
    );
    assert!(doc.trailer.get(b"ID").is_ok());
}

#[test]
fn merge_is_deterministic() {
    let inputs = three_letters();
    let a = merge(&inputs).expect("merge");
    assert_eq!(a, merge(&inputs).expect("merge"));

    let mut other = inputs.clone();
    other.swap(0, 2);
    let b = merge(&other).expect("merge");
    let id = |pdf: &[u8]| format!("{:?}", load(pdf).trailer.get(b"ID").ok());
    assert_ne!(id(&a), id(&b));
}

#[test]
fn merged_files_can_be_merged_again() {
    let inputs = three_letters();
    let merged = merge(&inputs).expect("merge");
    let many = render_many(&[sample_letter(0), sample_letter(12)]);
    let again = merge(&[merged.clone(), many.clone(), inputs[0].clone()]).expect("merge");
    assert_eq!(
        page_count(&again),
        page_count(&merged) + page_count(&many) + page_count(&inputs[0])
    );
    assert!(again.len() < merged.len() + many.len());
}

#[test]
fn the_same_letter_twice() {
    let pdf = render(&sample_letter(0));
    let merged = merge(&[pdf.clone(), pdf.clone()]).expect("merge");
    assert_eq!(page_count(&merged), 2 * page_count(&pdf));
    // Only the page objects themselves are repeated.
    assert!(merged.len() < pdf.len() + 2_000, "{}", merged.len());
}

#[test]
fn one_input_is_returned_unchanged() {
    let pdf = render(&sample_letter(3));
    assert_eq!(merge(std::slice::from_ref(&pdf)), Ok(pdf));
}

#[test]
fn bad_input_is_an_error() {
    assert_eq!(merge(&[]), Err(MergeError::Empty));

    let good = render(&sample_letter(0));
    let garbage = b"%PDF-1.4\nthis is not really a PDF".to_vec();
    for inputs in [
        vec![garbage.clone()],
        vec![good.clone(), garbage.clone()],
        vec![good.clone(), Vec::new()],
        vec![good[..good.len() / 2].to_vec(), good.clone()],
    ] {
        let err = merge(&inputs).expect_err("must fail");
        assert!(matches!(err, MergeError::Invalid { .. }), "{err:?}");
        assert!(err.to_string().contains("cannot be merged"), "{err}");
    }
    let err = merge(&[good.clone(), garbage]).expect_err("must fail");
    assert!(
        matches!(err, MergeError::Invalid { index: 1, .. }),
        "{err:?}"
    );
    assert_eq!(MergeError::Empty.to_string(), "no PDFs to merge");
}
