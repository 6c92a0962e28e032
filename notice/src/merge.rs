//! Combines finished PDFs into one (Serienbrief from stored notices), with lopdf.
//!
//! Every input is loaded, the objects its pages need (content, resources, fonts,
//! annotations, …) are copied into one object table under new numbers, and its pages
//! are hung below a fresh page tree and catalog. Objects that are identical in every
//! respect (dictionary and stream bytes, after mapping the references they contain)
//! are stored once; this is what keeps a merge of notices small, since each notice
//! embeds the same fonts. Streams are copied as they are (still compressed), nothing
//! is re-encoded.

use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};

use lopdf::xref::{Xref, XrefType};
use lopdf::{Dictionary, Document, Object, ObjectId};

use crate::pdf::{CREATOR, IdHasher, text_string};

/// Why [`merge`](crate::merge) could not combine the PDFs.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum MergeError {
    /// The list of PDFs was empty.
    Empty,
    /// One input cannot be used (not a PDF, damaged, encrypted, or without pages).
    Invalid {
        /// Position of the offending PDF in the input slice (0-based).
        index: usize,
        /// What is wrong with it (for logs; wording not stable).
        reason: String,
    },
}

impl std::fmt::Display for MergeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Empty => f.write_str("no PDFs to merge"),
            Self::Invalid { index, reason } => {
                write!(f, "PDF at index {index} cannot be merged: {reason}")
            }
        }
    }
}

impl std::error::Error for MergeError {}

/// `/Producer` of merged files.
const PRODUCER: &str = "notice-pdf (lopdf 0.44)";

/// Page attributes a page may inherit from its ancestors in the page tree; they are
/// copied onto the page because the old tree is not carried over.
const INHERITABLE: [&[u8]; 4] = [b"Resources", b"MediaBox", b"CropBox", b"Rotate"];

/// Slots reserved at the start of the merged object table (final numbers 1–3).
const CATALOG: u32 = 0;
const PAGES: u32 = 1;
const INFO: u32 = 2;
const RESERVED: usize = 3;

/// Rounds of deduplication (each round can merge objects whose references were merged
/// in the round before: font file → descriptor → CID font → font → resources). Fonts
/// need four; the cap only guards against pathological inputs, since fewer rounds
/// merely store some duplicates.
const MAX_DEDUP_ROUNDS: usize = 16;

/// Combines the PDFs (see [`crate::merge()`]): copies the pages of each input into one
/// object table, stores identical objects once and writes the result.
pub(crate) fn merge(pdfs: &[Vec<u8>]) -> Result<Vec<u8>, MergeError> {
    match pdfs {
        [] => return Err(MergeError::Empty),
        [pdf] => {
            load(0, pdf)?;
            return Ok(pdf.clone());
        }
        _ => {}
    }

    let mut summary = Summary::new();
    let mut merged = Merged {
        // Catalog, page tree and info are filled in at the end.
        objects: vec![Object::Null; RESERVED],
    };
    let mut kids = Vec::new();
    // One input at a time: only its copied objects stay in memory.
    for (index, pdf) in pdfs.iter().enumerate() {
        let doc = load(index, pdf)?;
        summary.note(index, &doc);
        kids.extend(merged.add(index, doc)?);
    }

    let canon = merged.dedup();
    // These three are built with table positions like everything else in the table.
    merged.objects[CATALOG as usize] = Object::Dictionary(catalog(summary.lang));
    merged.objects[PAGES as usize] = Object::Dictionary(page_tree(&kids));
    merged.objects[INFO as usize] =
        Object::Dictionary(info(pdfs.len(), summary.author, summary.latest));
    let out_doc = merged.into_document(&canon, summary.version);
    Ok(save_with_id(out_doc))
}

/// What the merged file takes over from the inputs at document level.
struct Summary {
    /// The highest PDF version of the inputs (at least 1.4).
    version: String,
    /// The first catalog `/Lang` found.
    lang: Option<Object>,
    /// The first input's `/Author`.
    author: Option<Object>,
    /// The latest `/CreationDate`: seconds since the epoch and the date as written.
    latest: Option<(i64, Object)>,
}

impl Summary {
    /// Nothing noted yet (version 1.4).
    fn new() -> Self {
        Self {
            version: String::from("1.4"),
            lang: None,
            author: None,
            latest: None,
        }
    }

    /// Takes note of the version, `/Lang`, author and creation date of input `index`.
    fn note(&mut self, index: usize, doc: &Document) {
        if is_version(&doc.version) && doc.version > self.version {
            self.version.clone_from(&doc.version);
        }
        if self.lang.is_none() {
            self.lang = catalog_string(doc, b"Lang");
        }
        if index == 0 {
            self.author = info_string(doc, b"Author");
        }
        if let Some(date) = info_string(doc, b"CreationDate")
            && let Some(t) = date.as_str().ok().and_then(parse_pdf_date)
            && self.latest.as_ref().is_none_or(|(l, _)| t > *l)
        {
            self.latest = Some((t, date));
        }
    }
}

/// The catalog of the merged file (references are table positions).
fn catalog(lang: Option<Object>) -> Dictionary {
    let mut catalog = Dictionary::new();
    catalog.set("Type", Object::Name(b"Catalog".to_vec()));
    catalog.set("Pages", Object::Reference((PAGES, 0)));
    if let Some(lang) = lang {
        catalog.set("Lang", lang);
    }
    catalog
}

/// The page tree of the merged file: all pages (table positions `kids`) in one node.
fn page_tree(kids: &[u32]) -> Dictionary {
    let mut pages = Dictionary::new();
    pages.set("Type", Object::Name(b"Pages".to_vec()));
    pages.set(
        "Kids",
        Object::Array(kids.iter().map(|&g| Object::Reference((g, 0))).collect()),
    );
    pages.set("Count", Object::Integer(kids.len() as i64));
    pages
}

/// The `/Info` dictionary of a merge of `count` files: Serienbrief title, the first
/// input's author and the latest creation date (also as modification date).
fn info(count: usize, author: Option<Object>, latest: Option<(i64, Object)>) -> Dictionary {
    let mut info = Dictionary::new();
    info.set(
        "Title",
        text_string(&format!("Serienbrief ({count} Schreiben)")),
    );
    if let Some(author) = author {
        info.set("Author", author);
    }
    info.set("Creator", text_string(CREATOR));
    info.set("Producer", text_string(PRODUCER));
    if let Some((_, date)) = latest {
        info.set("CreationDate", date.clone());
        info.set("ModDate", date);
    }
    info
}

/// Final object numbers by table position: the kept positions (see
/// [`Merged::dedup`]) are numbered 1, 2, … in table order, merged ones get 0. Also
/// returns the highest number given.
fn numbering(canon: &[u32]) -> (Vec<u32>, u32) {
    let mut number = vec![0u32; canon.len()];
    let mut next = 0u32;
    for (g, n) in number.iter_mut().enumerate() {
        if canon[g] as usize == g {
            next += 1;
            *n = next;
        }
    }
    (number, next)
}

/// Writes `doc` with a trailer `/ID` that is a hash of the file written without it.
fn save_with_id(mut doc: Document) -> Vec<u8> {
    // The same inputs give the same file, and hashing the output is much cheaper than
    // hashing the inputs, which each carry the fonts. Writing twice is cheap next to
    // loading the inputs.
    let mut out = Vec::new();
    doc.save_to(&mut out)
        .expect("writing a PDF into a Vec cannot fail");
    let mut id = IdHasher::new();
    id.write(&out);
    doc.trailer.set("ID", id.id_array());
    out.clear();
    doc.save_to(&mut out)
        .expect("writing a PDF into a Vec cannot fail");
    out
}

/// [`MergeError::Invalid`] for the input at `index`.
fn invalid(index: usize, reason: impl Into<String>) -> MergeError {
    MergeError::Invalid {
        index,
        reason: reason.into(),
    }
}

/// Loads and checks one input.
fn load(index: usize, pdf: &[u8]) -> Result<Document, MergeError> {
    let doc =
        Document::load_mem(pdf).map_err(|e| invalid(index, format!("not a readable PDF: {e}")))?;
    if doc.trailer.has(b"Encrypt") {
        return Err(invalid(index, "encrypted"));
    }
    if doc.page_iter().next().is_none() {
        return Err(invalid(index, "no pages"));
    }
    Ok(doc)
}

/// "1.4", "2.0", … (only such versions are compared and written).
fn is_version(v: &str) -> bool {
    matches!(v.as_bytes(), [a, b'.', b] if a.is_ascii_digit() && b.is_ascii_digit())
}

/// A string entry of the catalog, references resolved.
fn catalog_string(doc: &Document, key: &[u8]) -> Option<Object> {
    let catalog = doc.catalog().ok()?;
    string_entry(doc, catalog, key)
}

/// A string entry of the document information dictionary, references resolved.
fn info_string(doc: &Document, key: &[u8]) -> Option<Object> {
    let info = match doc.trailer.get(b"Info").ok()? {
        Object::Reference(id) => doc.get_dictionary(*id).ok()?,
        Object::Dictionary(dict) => dict,
        _ => return None,
    };
    string_entry(doc, info, key)
}

/// A string entry of `dict` (a reference to a string is resolved); `None` if it is
/// missing or not a string.
fn string_entry(doc: &Document, dict: &Dictionary, key: &[u8]) -> Option<Object> {
    let value = match dict.get(key).ok()? {
        Object::Reference(id) => doc.get_object(*id).ok()?,
        value => value,
    };
    matches!(value, Object::String(..)).then(|| value.clone())
}

/// Seconds since the epoch of a PDF date `D:YYYYMMDDHHmmSS+HH'mm'` (everything after
/// the year optional, as the PDF specification allows).
fn parse_pdf_date(s: &[u8]) -> Option<i64> {
    let s = s.strip_prefix(b"D:").unwrap_or(s);
    let year = s.get(..4).filter(|y| y.iter().all(u8::is_ascii_digit))?;
    let year = year.iter().fold(0i32, |n, &c| n * 10 + i32::from(c - b'0'));
    let mut rest = &s[4..];
    let mut num = |digits: usize, default: u8| -> Option<u16> {
        match rest.get(..digits) {
            Some(d) if d.iter().all(u8::is_ascii_digit) => {
                rest = &rest[digits..];
                Some(d.iter().fold(0u16, |n, &c| n * 10 + u16::from(c - b'0')))
            }
            _ if rest.first().is_none_or(|c| !c.is_ascii_digit()) => Some(u16::from(default)),
            _ => None,
        }
    };
    let month = num(2, 1)?;
    let day = num(2, 1)?;
    let hour = num(2, 0)?;
    let minute = num(2, 0)?;
    let second = num(2, 0)?;
    let date = time::Date::from_calendar_date(
        year,
        time::Month::try_from(u8::try_from(month).ok()?).ok()?,
        u8::try_from(day).ok()?,
    )
    .ok()?;
    let t = date
        .with_hms(
            u8::try_from(hour).ok()?,
            u8::try_from(minute).ok()?,
            u8::try_from(second).ok()?,
        )
        .ok()?;
    let offset = match rest.first() {
        Some(&sign @ (b'+' | b'-')) => {
            let digits: Vec<i8> = rest[1..]
                .iter()
                .filter(|c| c.is_ascii_digit())
                .map(|&c| (c - b'0') as i8)
                .collect();
            let (h, m) = match digits.as_slice() {
                [h1, h2, m1, m2, ..] => (h1 * 10 + h2, m1 * 10 + m2),
                [h1, h2] => (h1 * 10 + h2, 0),
                _ => return None,
            };
            let sign = if sign == b'-' { -1 } else { 1 };
            time::UtcOffset::from_hms(sign * h, sign * m, 0).ok()?
        }
        _ => time::UtcOffset::UTC,
    };
    Some(t.assume_offset(offset).unix_timestamp())
}

/// The merged object table. References inside it point to table positions
/// (`(position, 0)`), not yet to final object numbers.
struct Merged {
    objects: Vec<Object>,
}

impl Merged {
    /// Copies the pages of `doc` and everything they reference into the table;
    /// returns the positions of the pages in order.
    fn add(&mut self, index: usize, mut doc: Document) -> Result<Vec<u32>, MergeError> {
        let root = doc.trailer.get(b"Root").and_then(Object::as_reference).ok();
        let pages: Vec<ObjectId> = doc.page_iter().collect();
        detach_pages(&mut doc, &pages, index)?;

        let mut position: HashMap<ObjectId, u32> = HashMap::new();
        let mut todo: Vec<(ObjectId, u32)> = Vec::with_capacity(pages.len());
        for &page in &pages {
            if position.contains_key(&page) {
                return Err(invalid(index, "page tree lists a page twice"));
            }
            let g = self.reserve(index)?;
            position.insert(page, g);
            todo.push((page, g));
        }
        let page_positions = todo.iter().map(|&(_, g)| g).collect();
        // Pages are popped from the end of `todo`: start with the first page.
        todo.reverse();
        self.copy_reachable(index, doc, root, position, todo)?;
        Ok(page_positions)
    }

    /// Copies the objects in `todo` (old id, reserved position) and whatever they reach
    /// (depth first, in the order met) from `doc` into the table, mapping references to
    /// table positions: already copied objects via `position`, the old catalog and page
    /// tree nodes to the new ones, missing objects to null.
    fn copy_reachable(
        &mut self,
        index: usize,
        mut doc: Document,
        root: Option<ObjectId>,
        mut position: HashMap<ObjectId, u32>,
        mut todo: Vec<(ObjectId, u32)>,
    ) -> Result<(), MergeError> {
        while let Some((old, g)) = todo.pop() {
            let mut object = doc.objects.remove(&old).unwrap_or(Object::Null);
            let mut failed = None;
            map_references(&mut object, &mut |id| {
                if let Some(&g) = position.get(&id) {
                    return Object::Reference((g, 0));
                }
                if Some(id) == root {
                    return Object::Reference((CATALOG, 0));
                }
                match doc.objects.get(&id) {
                    // A reference to a missing object means null.
                    None => Object::Null,
                    Some(Object::Dictionary(d)) if d.has_type(b"Pages") => {
                        Object::Reference((PAGES, 0))
                    }
                    Some(_) => match self.reserve(index) {
                        Ok(new) => {
                            position.insert(id, new);
                            todo.push((id, new));
                            Object::Reference((new, 0))
                        }
                        Err(e) => {
                            failed = Some(e);
                            Object::Null
                        }
                    },
                }
            });
            if let Some(e) = failed {
                return Err(e);
            }
            self.objects[g as usize] = object;
        }
        Ok(())
    }

    /// A new slot in the table (object numbers are 32-bit).
    fn reserve(&mut self, index: usize) -> Result<u32, MergeError> {
        let g = u32::try_from(self.objects.len())
            .ok()
            .filter(|&g| g < u32::MAX)
            .ok_or_else(|| invalid(index, "too many objects"))?;
        self.objects.push(Object::Null);
        Ok(g)
    }

    /// Finds objects that are identical, references included, and returns for every
    /// position the position it is merged into (itself if it is kept); the first
    /// copy is kept. Pages and objects that belong to one parent (annotations,
    /// anything with `/Parent` or `/P`) are never merged.
    fn dedup(&self) -> Vec<u32> {
        let n = self.objects.len();
        let mut canon: Vec<u32> = (0..n as u32).collect();
        let shareable: Vec<bool> = self
            .objects
            .iter()
            .enumerate()
            .map(|(g, o)| g >= RESERVED && is_shareable(o))
            .collect();
        let content_hash: Vec<u64> = self
            .objects
            .iter()
            .map(|o| match o {
                Object::Stream(s) => {
                    let mut h = DefaultHasher::new();
                    s.content.hash(&mut h);
                    h.finish()
                }
                _ => 0,
            })
            .collect();

        let mut key = Vec::new();
        for _ in 0..MAX_DEDUP_ROUNDS {
            let mut changed = false;
            let mut seen: HashMap<(Vec<u8>, u64), Vec<u32>> = HashMap::new();
            for g in 0..n {
                if !shareable[g] || canon[g] as usize != g {
                    continue;
                }
                let object = &self.objects[g];
                key.clear();
                encode(object, &canon, &mut key);
                let candidates = seen.entry((key.clone(), content_hash[g])).or_default();
                let same = candidates.iter().copied().find(|&c| {
                    match (&self.objects[c as usize], object) {
                        (Object::Stream(a), Object::Stream(b)) => a.content == b.content,
                        _ => true,
                    }
                });
                match same {
                    Some(c) => {
                        canon[g] = c;
                        changed = true;
                    }
                    None => candidates.push(g as u32),
                }
            }
            if !changed {
                break;
            }
        }
        // Resolve chains so that every entry points at a kept position.
        for g in 0..n {
            canon[g] = find(&canon, g as u32);
        }
        canon
    }

    /// The output document: the kept objects (`canon` from [`Merged::dedup`])
    /// renumbered by [`numbering`], every reference mapped to the final number of the
    /// object it was merged into, and the trailer pointing at catalog and info.
    fn into_document(self, canon: &[u32], version: String) -> Document {
        let (number, max_id) = numbering(canon);
        let final_id = |g: u32| (number[find(canon, g) as usize], 0);
        let mut doc = Document::new();
        doc.version = version;
        doc.reference_table = Xref::new(0, XrefType::CrossReferenceTable);
        for (g, mut object) in self.objects.into_iter().enumerate() {
            if canon[g] as usize != g {
                continue;
            }
            map_references(&mut object, &mut |id| Object::Reference(final_id(id.0)));
            doc.objects.insert((number[g], 0), object);
        }
        doc.max_id = max_id;
        doc.trailer
            .set("Root", Object::Reference(final_id(CATALOG)));
        doc.trailer.set("Info", Object::Reference(final_id(INFO)));
        doc
    }
}

/// Detaches `pages` from the old page tree: copies onto each page what it inherited
/// from its ancestors and removes its `/Parent` (the old tree is not carried over).
fn detach_pages(doc: &mut Document, pages: &[ObjectId], index: usize) -> Result<(), MergeError> {
    for &page in pages {
        let inherited = inherited(doc, page);
        let dict = doc
            .get_dictionary_mut(page)
            .map_err(|_| invalid(index, "page is not a dictionary"))?;
        for (key, value) in inherited {
            if !dict.has(key) {
                dict.set(key, value);
            }
        }
        dict.remove(b"Parent");
    }
    Ok(())
}

/// The [`INHERITABLE`] attributes set on the ancestors of `page` (the nearest ancestor
/// that has one wins; at most 64 levels up).
fn inherited(doc: &Document, page: ObjectId) -> Vec<(&'static [u8], Object)> {
    let mut inherited: Vec<(&[u8], Object)> = Vec::new();
    let mut parent = doc
        .get_dictionary(page)
        .and_then(|d| d.get(b"Parent"))
        .and_then(Object::as_reference)
        .ok();
    let mut depth = 0;
    while let Some(node) = parent.and_then(|p| doc.get_dictionary(p).ok())
        && depth < 64
    {
        for key in INHERITABLE {
            if inherited.iter().all(|(k, _)| *k != key)
                && let Ok(value) = node.get(key)
            {
                inherited.push((key, value.clone()));
            }
        }
        parent = node.get(b"Parent").and_then(Object::as_reference).ok();
        depth += 1;
    }
    inherited
}

/// The kept position `g` was merged into.
fn find(canon: &[u32], mut g: u32) -> u32 {
    while canon[g as usize] != g {
        g = canon[g as usize];
    }
    g
}

/// Whether an object may be shared by several referrers.
fn is_shareable(object: &Object) -> bool {
    let dict = match object {
        Object::Dictionary(d) => d,
        Object::Stream(s) => &s.dict,
        Object::Null => return false,
        _ => return true,
    };
    !(dict.has(b"Parent")
        || dict.has(b"P")
        || dict.has_type(b"Page")
        || dict.has_type(b"Pages")
        || dict.has_type(b"Catalog")
        || dict.has_type(b"Annot")
        // Annotations need not say /Type /Annot.
        || (dict.has(b"Subtype") && dict.has(b"Rect")))
}

/// Encodes `object` (for streams: the dictionary) unambiguously into `out`, with
/// references replaced by the position they are currently merged into.
fn encode(object: &Object, canon: &[u32], out: &mut Vec<u8>) {
    /// Length-prefixed bytes.
    fn bytes(out: &mut Vec<u8>, b: &[u8]) {
        out.extend_from_slice(&(b.len() as u64).to_le_bytes());
        out.extend_from_slice(b);
    }
    /// Entry count, then each key and encoded value in order.
    fn dict(d: &Dictionary, canon: &[u32], out: &mut Vec<u8>) {
        out.extend_from_slice(&(d.len() as u64).to_le_bytes());
        for (k, v) in d.iter() {
            bytes(out, k);
            encode(v, canon, out);
        }
    }
    match object {
        Object::Null => out.push(0),
        Object::Boolean(b) => out.extend_from_slice(&[1, u8::from(*b)]),
        Object::Integer(i) => {
            out.push(2);
            out.extend_from_slice(&i.to_le_bytes());
        }
        Object::Real(r) => {
            out.push(3);
            out.extend_from_slice(&r.to_bits().to_le_bytes());
        }
        Object::Name(n) => {
            out.push(4);
            bytes(out, n);
        }
        Object::String(s, format) => {
            out.push(5);
            out.push(match format {
                lopdf::StringFormat::Literal => 0,
                lopdf::StringFormat::Hexadecimal => 1,
            });
            bytes(out, s);
        }
        Object::Array(items) => {
            out.push(6);
            out.extend_from_slice(&(items.len() as u64).to_le_bytes());
            for item in items {
                encode(item, canon, out);
            }
        }
        Object::Dictionary(d) => {
            out.push(7);
            dict(d, canon, out);
        }
        Object::Stream(s) => {
            out.push(8);
            dict(&s.dict, canon, out);
            out.extend_from_slice(&(s.content.len() as u64).to_le_bytes());
        }
        Object::Reference((g, _)) => {
            out.push(9);
            out.extend_from_slice(&find(canon, *g).to_le_bytes());
        }
    }
}

/// Replaces every reference inside `object` by `f(reference)`.
fn map_references(object: &mut Object, f: &mut impl FnMut(ObjectId) -> Object) {
    match object {
        Object::Reference(id) => *object = f(*id),
        Object::Array(items) => {
            for item in items {
                map_references(item, f);
            }
        }
        Object::Dictionary(d) => {
            for (_, v) in d.iter_mut() {
                map_references(v, f);
            }
        }
        Object::Stream(s) => {
            for (_, v) in s.dict.iter_mut() {
                map_references(v, f);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pdf_dates() {
        use time::macros::datetime;
        for (raw, utc) in [
            (
                &b"D:20260201093000+01'00'"[..],
                datetime!(2026-02-01 08:30 UTC),
            ),
            (b"D:20260101000000-03'30'", datetime!(2026-01-01 03:30 UTC)),
            (b"D:2026", datetime!(2026-01-01 00:00 UTC)),
            (b"D:20260201093000Z", datetime!(2026-02-01 09:30 UTC)),
        ] {
            assert_eq!(parse_pdf_date(raw), Some(utc.unix_timestamp()), "{raw:?}");
        }
        assert_eq!(parse_pdf_date(b"D:20x6"), None);
        assert_eq!(parse_pdf_date(b"D:202602011"), None);
        assert_eq!(parse_pdf_date(b"D:20261301"), None);
        assert_eq!(parse_pdf_date(b""), None);
    }

    #[test]
    fn versions() {
        assert!(is_version("1.4"));
        assert!(is_version("2.0"));
        assert!(!is_version("1.10"));
        assert!(!is_version(""));
    }
}
