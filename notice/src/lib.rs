//! # notice-pdf
//!
//! Renders German official letters (Bescheide, Kostenübernahmeerklärungen) to PDF.
//!
//! The caller supplies a fully worded [`Letter`]; this crate only lays it out:
//! A4 portrait after DIN 5008 form B (letterhead, return line and recipient in the
//! window-envelope field at 45 mm, information block at 125 mm, subject at ~100 mm),
//! body text wrapped by real glyph widths, automatic page breaks (headings are kept
//! with what follows, paragraphs avoid orphans and widows) and a footer with
//! "Seite N von M" on every page.
//!
//! Text is set in the embedded DejaVu Sans (regular/bold), subset to Latin (incl.
//! Romanian ș/ț), Greek and Cyrillic. Characters the font lacks are printed as `?`.
//!
//! Output is deterministic: the same [`Letter`] always yields the same bytes (the
//! dates come from [`Letter::created`], the document ID is a hash of the content).
//!
//! PDFs rendered earlier (stored notices) can be combined for printing with [`merge`],
//! which keeps every page exactly as issued and stores the shared fonts once.
//!
//! ```
//! use notice_pdf::{Block, Letter, render};
//!
//! let letter = Letter {
//!     title: "Bewilligungsbescheid BUT-2026-000123".into(),
//!     author: "Jobcenter Musterstadt".into(),
//!     lang: "de-DE".into(),
//!     created: time::macros::datetime!(2026-02-01 09:30 +01:00),
//!     letterhead: vec!["Jobcenter Musterstadt".into(), "Hauptstraße 1 · 12345 Musterstadt".into()],
//!     return_line: "Jobcenter Musterstadt · Hauptstraße 1 · 12345 Musterstadt".into(),
//!     recipient: vec!["Frau Jana Müller".into(), "Lindenweg 5".into(), "12345 Musterstadt".into()],
//!     info: vec![("Datum:".into(), "01.02.2026".into())],
//!     subject: "Bescheid über Leistungen für Bildung und Teilhabe".into(),
//!     blocks: vec![Block::Paragraph("Sehr geehrte Frau Müller,".into())],
//!     footer: "Jobcenter Musterstadt · IBAN DE00 0000 0000 0000 0000 00".into(),
//! };
//! let pdf = render(&letter);
//! assert!(pdf.starts_with(b"%PDF-"));
//! ```

#![warn(missing_docs)]

mod fonts;
mod layout;
mod merge;
mod pdf;

pub use merge::MergeError;

#[cfg(test)]
#[path = "../tests/sample/mod.rs"]
mod tests_support;

/// One letter (a notice or a declaration of cost coverage), already worded: the crate only lays it out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Letter {
    /// PDF metadata `/Title`, e.g. "Bewilligungsbescheid BUT-2026-000123".
    pub title: String,
    /// PDF metadata `/Author` (the issuing office).
    pub author: String,
    /// Language of the document for the PDF catalog `/Lang`, e.g. "de-DE" (omitted if empty).
    pub lang: String,
    /// Creation and modification date written to the metadata (taken from here, never
    /// from the clock, so output is reproducible). Written in its own UTC offset.
    pub created: time::OffsetDateTime,
    /// Top of page 1: the first line (office name) bold and larger, then address and
    /// contact lines in small print (a second column is used if they do not fit).
    pub letterhead: Vec<String>,
    /// Small one-line sender above the address window (DIN 5008 "Rücksendeangabe");
    /// shrunk or shortened with "…" if it does not fit the window.
    pub return_line: String,
    /// Address window lines (name, street, postal code + city); six lines fit the window.
    pub recipient: Vec<String>,
    /// Information block right of the window as label / value pairs (Aktenzeichen,
    /// Datum, Bescheid-Nr., …). Labels are printed as given (include the colon if wanted).
    pub info: Vec<(String, String)>,
    /// Bold subject line, e.g. "Bescheid über Leistungen für Bildung und Teilhabe – Lernförderung".
    pub subject: String,
    /// The body, top to bottom.
    pub blocks: Vec<Block>,
    /// One line at the bottom of every page (e.g. office, bank details); the renderer
    /// appends "Seite N von M" on the right. Wrapped if it is too long; at most three
    /// lines are printed (a longer footer is cut off with "…").
    pub footer: String,
}

/// A piece of the letter body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// Bold heading with a little space before; never left alone at the bottom of a page.
    Heading(String),
    /// Paragraph wrapped to the text width; `"\n"` in the text forces a line break.
    Paragraph(String),
    /// Bullet list: "•" with a hanging indent, each item wrapped.
    Bullets(Vec<String>),
    /// Two columns label / value (both wrapped in their column), e.g. the amounts of the
    /// Tenor. A row is never split across pages.
    Table(Vec<(String, String)>),
}

/// Renders one letter (A4, portrait) to PDF bytes. Same input → same bytes.
pub fn render(letter: &Letter) -> Vec<u8> {
    let pages = layout::layout_letter(letter);
    pdf::write_pdf(
        &pages,
        &pdf::Meta {
            title: &letter.title,
            author: &letter.author,
            subject: &letter.subject,
            lang: &letter.lang,
            created: letter.created,
        },
    )
}

/// Renders several letters into one PDF for printing and posting (Serienbrief): each
/// letter starts on a new page and has its own "Seite N von M".
///
/// Document metadata: with exactly one letter it is that letter's (as [`render`]);
/// otherwise the title is "Serienbrief (N Schreiben)", author and language come from
/// the first letter and the date is the latest `created` of all letters. An empty
/// slice yields a valid PDF with one blank page.
///
/// No blank pages are inserted: for duplex printing, a letter with an odd page count
/// is followed directly by the next letter on the back of its last sheet.
pub fn render_many(letters: &[Letter]) -> Vec<u8> {
    if let [letter] = letters {
        return render(letter);
    }
    let pages: Vec<layout::Page> = letters.iter().flat_map(layout::layout_letter).collect();
    let title = format!("Serienbrief ({} Schreiben)", letters.len());
    let first = letters.first();
    let created = letters
        .iter()
        .map(|l| l.created)
        .max()
        .unwrap_or(time::OffsetDateTime::UNIX_EPOCH);
    pdf::write_pdf(
        &pages,
        &pdf::Meta {
            title: &title,
            author: first.map_or("", |l| l.author.as_str()),
            subject: "",
            lang: first.map_or("", |l| l.lang.as_str()),
            created,
        },
    )
}

/// Combines already rendered PDFs (e.g. stored notices, each exactly as issued) into one
/// PDF for printing and posting (Serienbrief): the pages of each input in order.
/// Identical embedded streams (the fonts every notice carries) are stored once.
///
/// Pages are copied unchanged (content streams stay byte-identical, nothing is
/// re-rendered); what else the inputs carry at document level (outlines, forms,
/// structure tree, XMP metadata) is not carried over. The catalog `/Lang` is the first
/// input's that has one. `/Info`: title "Serienbrief (N Schreiben)", author from the
/// first input, creation date the latest of the inputs'. The trailer `/ID` is a hash of
/// the merged content, so the same inputs always yield the same bytes.
///
/// With exactly one input, that input is returned unchanged (as [`render_many`] does
/// for one letter), after checking that it can be read.
///
/// # Errors
///
/// [`MergeError::Empty`] for an empty slice; [`MergeError::Invalid`] if an input is
/// not a readable PDF, is encrypted (with a password other than the empty one), or
/// has no pages.
///
/// ```
/// use notice_pdf::{Block, Letter, merge, render};
///
/// let mut letter = Letter {
///     title: "Bescheid".into(),
///     author: "Jobcenter Musterstadt".into(),
///     lang: "de-DE".into(),
///     created: time::macros::datetime!(2026-02-01 09:30 +01:00),
///     letterhead: vec!["Jobcenter Musterstadt".into()],
///     return_line: String::new(),
///     recipient: vec!["Frau Jana Müller".into()],
///     info: Vec::new(),
///     subject: "Bescheid".into(),
///     blocks: vec![Block::Paragraph("Sehr geehrte Frau Müller,".into())],
///     footer: String::new(),
/// };
/// let first = render(&letter);
/// letter.recipient = vec!["Herrn Jan Meier".into()];
/// let second = render(&letter);
/// let both = merge(&[first.clone(), second.clone()])?;
/// assert!(both.len() < first.len() + second.len());
/// # Ok::<(), notice_pdf::MergeError>(())
/// ```
pub fn merge(pdfs: &[Vec<u8>]) -> Result<Vec<u8>, MergeError> {
    merge::merge(pdfs)
}
