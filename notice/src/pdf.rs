//! Turns laid-out pages into a PDF: printpdf builds the page content and the font
//! objects, then the `lopdf` document is post-processed for what printpdf cannot do
//! (catalog `/Lang`, a clean `/Info` dictionary with the letter's date and time zone,
//! a deterministic trailer `/ID`, pre-compressed font programs).

use lopdf::{Dictionary, Object, StringFormat};
use printpdf::{
    Color, FontId, Greyscale, Line, LinePoint, Mm, Op, PdfDocument, PdfFont, PdfFontHandle,
    PdfPage, PdfSaveOptions, Point, Pt, TextItem, TextMatrix,
};
use time::OffsetDateTime;

use crate::fonts::{Face, font};
use crate::layout::{PAGE_H, PAGE_W, Page};

/// Document-level metadata written to `/Info` and the catalog.
pub(crate) struct Meta<'a> {
    /// `/Title`
    pub(crate) title: &'a str,
    /// `/Author`
    pub(crate) author: &'a str,
    /// `/Subject`
    pub(crate) subject: &'a str,
    /// Catalog `/Lang` (omitted when empty)
    pub(crate) lang: &'a str,
    /// `/CreationDate` and `/ModDate`
    pub(crate) created: OffsetDateTime,
}

/// Value of `/Creator`.
pub(crate) const CREATOR: &str = "BuT-Portal";
/// Value of `/Producer`.
const PRODUCER: &str = "notice-pdf (printpdf 0.12.8)";

/// mm from the top → pt from the bottom.
fn y_pt(y_mm: f32) -> Pt {
    Pt::from(Mm(PAGE_H - y_mm))
}

/// mm from the left → pt from the left.
fn x_pt(x_mm: f32) -> Pt {
    Pt::from(Mm(x_mm))
}

/// The printpdf operations drawing one page.
fn page_ops(page: &Page) -> Vec<Op> {
    let mut ops = Vec::with_capacity(page.texts.len() * 3 + page.rules.len() * 3 + 4);

    let mut grey = None;
    let mut width = None;
    for rule in &page.rules {
        if grey != Some(rule.grey) {
            ops.push(Op::SetOutlineColor {
                col: Color::Greyscale(Greyscale::new(rule.grey, None)),
            });
            grey = Some(rule.grey);
        }
        if width != Some(rule.width) {
            ops.push(Op::SetOutlineThickness { pt: Pt(rule.width) });
            width = Some(rule.width);
        }
        let y = y_pt(rule.y);
        ops.push(Op::DrawLine {
            line: Line {
                points: vec![
                    LinePoint {
                        p: Point {
                            x: x_pt(rule.x1),
                            y,
                        },
                        bezier: false,
                    },
                    LinePoint {
                        p: Point {
                            x: x_pt(rule.x2),
                            y,
                        },
                        bezier: false,
                    },
                ],
                is_closed: false,
            },
        });
    }

    if !page.texts.is_empty() {
        ops.push(Op::StartTextSection);
        let mut current: Option<(Face, f32)> = None;
        for run in &page.texts {
            if current != Some((run.face, run.size)) {
                ops.push(Op::SetFont {
                    font: PdfFontHandle::External(FontId(font(run.face).resource.to_string())),
                    size: Pt(run.size),
                });
                current = Some((run.face, run.size));
            }
            ops.push(Op::SetTextMatrix {
                matrix: TextMatrix::Translate(x_pt(run.x), y_pt(run.y)),
            });
            ops.push(Op::ShowText {
                items: vec![TextItem::Text(run.text.clone())],
            });
        }
        ops.push(Op::EndTextSection);
    }
    ops
}

/// A PDF text string: plain bytes for ASCII, UTF-16BE with BOM otherwise.
pub(crate) fn text_string(s: &str) -> Object {
    if s.is_ascii() {
        Object::String(s.as_bytes().to_vec(), StringFormat::Literal)
    } else {
        let mut bytes = vec![0xFE, 0xFF];
        for unit in s.encode_utf16() {
            bytes.extend_from_slice(&unit.to_be_bytes());
        }
        Object::String(bytes, StringFormat::Hexadecimal)
    }
}

/// `D:YYYYMMDDHHmmSS+HH'mm'` in the date's own offset.
fn pdf_date(t: OffsetDateTime) -> Object {
    let off = t.offset();
    let (h, m) = (off.whole_hours(), off.minutes_past_hour());
    let sign = if h < 0 || m < 0 { '-' } else { '+' };
    let s = format!(
        "D:{:04}{:02}{:02}{:02}{:02}{:02}{}{:02}'{:02}'",
        t.year(),
        u8::from(t.month()),
        t.day(),
        t.hour(),
        t.minute(),
        t.second(),
        sign,
        h.unsigned_abs(),
        m.unsigned_abs(),
    );
    Object::String(s.into_bytes(), StringFormat::Literal)
}

/// FNV-1a 64-bit prime.
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// Deterministic trailer `/ID`: two differently seeded 64-bit FNV-1a hashes over the
/// parts written, giving a 16-byte identifier (used for single letters and merges).
pub(crate) struct IdHasher {
    a: u64,
    b: u64,
}

impl IdHasher {
    /// A hasher with nothing written yet.
    pub(crate) fn new() -> Self {
        const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
        Self {
            a: OFFSET,
            b: OFFSET ^ 0x9e37_79b9_7f4a_7c15,
        }
    }

    /// Adds one part (parts are separated, so ("ab", "c") and ("a", "bc") differ).
    pub(crate) fn write(&mut self, bytes: &[u8]) {
        // Both hashes in one loop: the two multiply chains are independent, so this
        // costs little more than one.
        for &x in bytes {
            self.a = (self.a ^ u64::from(x)).wrapping_mul(FNV_PRIME);
            self.b = (self.b ^ u64::from(x)).wrapping_mul(FNV_PRIME);
        }
        self.a = (self.a ^ 0xff).wrapping_mul(FNV_PRIME);
        self.b = (self.b ^ 0xff).wrapping_mul(FNV_PRIME);
    }

    /// The `/ID` array: the same 16 bytes as original and current identifier.
    pub(crate) fn id_array(&self) -> Object {
        let mut id = self.a.to_be_bytes().to_vec();
        id.extend_from_slice(&self.b.to_be_bytes());
        Object::Array(vec![
            Object::String(id.clone(), StringFormat::Hexadecimal),
            Object::String(id, StringFormat::Hexadecimal),
        ])
    }
}

/// Serialises `pages` (already laid out, footers included) into PDF bytes.
pub(crate) fn write_pdf(pages: &[Page], meta: &Meta<'_>) -> Vec<u8> {
    // printpdf only warns about misuse of its API (text outside BT/ET, colours out of
    // range, fonts without bytes), never about the letter's content; the tests make
    // sure the layouter produces none.
    let mut warnings = Vec::new();
    write_pdf_with_warnings(pages, meta, &mut warnings)
}

/// [`write_pdf`], collecting printpdf's warnings.
fn write_pdf_with_warnings(
    pages: &[Page],
    meta: &Meta<'_>,
    warnings: &mut Vec<printpdf::PdfWarnMsg>,
) -> Vec<u8> {
    let opts = PdfSaveOptions {
        optimize: true,
        subset_fonts: false,
        secure: true,
        image_optimization: None,
    };
    let mut lo = printpdf_document(pages, meta.title).to_lopdf_document(&opts, warnings);

    // /Lang needs PDF 1.4; nothing else in the file needs more.
    lo.version = "1.4".to_string();
    if !meta.lang.is_empty()
        && let Ok(catalog) = lo.catalog_mut()
    {
        catalog.set("Lang", text_string(meta.lang));
    }
    replace_info(&mut lo, meta);
    use_compressed_font_files(&mut lo);
    lo.trailer.set("ID", document_id(&lo, meta));

    lo.compress();
    let mut out = Vec::with_capacity(160 * 1024);
    lo.save_to(&mut out)
        .expect("writing a PDF into a Vec cannot fail");
    out
}

/// The printpdf document: both faces under their fixed resource names and one A4 page
/// per laid-out page (a blank one if there are none).
fn printpdf_document(pages: &[Page], title: &str) -> PdfDocument {
    let mut doc = PdfDocument::new(title);
    for face in [Face::Regular, Face::Bold] {
        let f = font(face);
        doc.resources.fonts.map.insert(
            FontId(f.resource.to_string()),
            PdfFont::new(f.parsed.clone()),
        );
    }
    let mut pdf_pages: Vec<PdfPage> = pages
        .iter()
        .map(|p| PdfPage::new(Mm(PAGE_W), Mm(PAGE_H), page_ops(p)))
        .collect();
    if pdf_pages.is_empty() {
        pdf_pages.push(PdfPage::new(Mm(PAGE_W), Mm(PAGE_H), Vec::new()));
    }
    doc.with_pages(pdf_pages);
    doc
}

/// Replaces printpdf's `/Info` (which always claims UTC and carries empty PDF/X keys)
/// with one holding the non-empty metadata and the letter's date in its own offset.
fn replace_info(lo: &mut lopdf::Document, meta: &Meta<'_>) {
    let mut info = Dictionary::new();
    for (key, value) in [
        ("Title", meta.title),
        ("Author", meta.author),
        ("Subject", meta.subject),
        ("Creator", CREATOR),
        ("Producer", PRODUCER),
    ] {
        if !value.is_empty() {
            info.set(key, text_string(value));
        }
    }
    info.set("CreationDate", pdf_date(meta.created));
    info.set("ModDate", pdf_date(meta.created));
    let info_id = lo.add_object(info);
    if let Ok(Object::Reference(old)) = lo.trailer.get(b"Info") {
        let old = *old;
        lo.objects.remove(&old);
    }
    lo.trailer.set("Info", Object::Reference(info_id));
}

/// Swaps the raw font programs printpdf embedded (`/FontFile2` of our faces' font
/// descriptors) for the pre-compressed copies.
fn use_compressed_font_files(lo: &mut lopdf::Document) {
    let mut font_files = Vec::new();
    for object in lo.objects.values() {
        let Object::Dictionary(dict) = object else {
            continue;
        };
        if !matches!(dict.get(b"Type"), Ok(Object::Name(n)) if n == b"FontDescriptor") {
            continue;
        }
        let (Ok(Object::Name(name)), Ok(Object::Reference(file))) =
            (dict.get(b"FontName"), dict.get(b"FontFile2"))
        else {
            continue;
        };
        for face in [Face::Regular, Face::Bold] {
            if name.as_slice() == font(face).base_name.as_bytes() {
                font_files.push((*file, face));
            }
        }
    }
    for (id, face) in font_files {
        lo.objects
            .insert(id, Object::Stream(font(face).font_file.clone()));
    }
}

/// The deterministic trailer `/ID`: a hash of every stream except the font programs
/// (i.e. the page content) and of the metadata.
fn document_id(lo: &lopdf::Document, meta: &Meta<'_>) -> Object {
    let mut id = IdHasher::new();
    for object in lo.objects.values() {
        if let Object::Stream(stream) = object
            && stream.dict.get(b"Length1").is_err()
        {
            id.write(&stream.content);
        }
    }
    for part in [meta.title, meta.author, meta.subject, meta.lang] {
        id.write(part.as_bytes());
    }
    id.write(&meta.created.unix_timestamp().to_be_bytes());
    id.id_array()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn printpdf_reports_no_problems() {
        for extra in [0, 6, 40] {
            let letter = crate::tests_support::sample_letter(extra);
            let pages = crate::layout::layout_letter(&letter);
            let mut warnings = Vec::new();
            let pdf = write_pdf_with_warnings(
                &pages,
                &Meta {
                    title: &letter.title,
                    author: &letter.author,
                    subject: &letter.subject,
                    lang: &letter.lang,
                    created: letter.created,
                },
                &mut warnings,
            );
            assert!(pdf.starts_with(b"%PDF-1.4"));
            assert!(warnings.is_empty(), "{warnings:?}");
        }
    }

    #[test]
    fn dates_keep_their_offset() {
        let d = |t| match pdf_date(t) {
            Object::String(s, _) => String::from_utf8(s).unwrap_or_default(),
            _ => String::new(),
        };
        assert_eq!(
            d(time::macros::datetime!(2026-07-01 08:05:09 +02:00)),
            "D:20260701080509+02'00'"
        );
        assert_eq!(
            d(time::macros::datetime!(2026-01-01 00:00:00 -03:30)),
            "D:20260101000000-03'30'"
        );
        assert_eq!(
            d(time::OffsetDateTime::UNIX_EPOCH),
            "D:19700101000000+00'00'"
        );
    }

    #[test]
    fn text_strings_use_utf16_for_non_ascii() {
        assert_eq!(
            text_string("Bescheid"),
            Object::String(b"Bescheid".to_vec(), StringFormat::Literal)
        );
        assert_eq!(
            text_string("ä"),
            Object::String(vec![0xFE, 0xFF, 0x00, 0xE4], StringFormat::Hexadecimal)
        );
    }
}
