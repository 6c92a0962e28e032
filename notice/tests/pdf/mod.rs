//! Readers of rendered PDF bytes shared by the integration tests (no external tools).

#![allow(dead_code)]

pub fn load(pdf: &[u8]) -> lopdf::Document {
    lopdf::Document::load_mem(pdf).expect("output must parse as PDF")
}

pub fn page_count(pdf: &[u8]) -> usize {
    load(pdf).get_pages().len()
}

/// All text of the document, via the ToUnicode maps of the embedded fonts.
pub fn text(pdf: &[u8]) -> String {
    let doc = load(pdf);
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    doc.extract_text(&pages).expect("text must be extractable")
}

/// The language of the document (`/Lang` in the catalog).
pub fn lang(doc: &lopdf::Document) -> Option<&[u8]> {
    let catalog = doc.catalog().expect("catalog");
    catalog.get(b"Lang").and_then(lopdf::Object::as_str).ok()
}

/// The document information dictionary (title, dates, creator).
pub fn info(doc: &lopdf::Document) -> &lopdf::Dictionary {
    let info_id = doc
        .trailer
        .get(b"Info")
        .and_then(lopdf::Object::as_reference)
        .expect("info");
    doc.get_dictionary(info_id).expect("info dict")
}
