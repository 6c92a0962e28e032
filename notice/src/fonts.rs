//! The two vendored DejaVu Sans faces (regular and bold), parsed once per process.
//!
//! The font files in `fonts/` are already subset to the scripts a German jobcenter
//! needs (Latin incl. Romanian, Greek, Cyrillic, common punctuation, €, §), because
//! printpdf without its `text_layout` feature embeds fonts whole. See
//! `fonts/README.md` for the exact subsetting command.
//!
//! Besides the [`ParsedFont`] handed to printpdf, each face keeps
//! - a codepoint-indexed advance table for fast text measuring, and
//! - the font program pre-compressed (FlateDecode) so that every rendered PDF can reuse
//!   it instead of deflating ~60 KB per face per document.

use std::sync::LazyLock;

use lopdf::Stream;
use printpdf::ParsedFont;

/// DejaVu Sans (subset), regular weight.
const REGULAR_TTF: &[u8] = include_bytes!("../fonts/DejaVuSans.ttf");
/// DejaVu Sans (subset), bold weight.
const BOLD_TTF: &[u8] = include_bytes!("../fonts/DejaVuSans-Bold.ttf");

/// 1 pt in mm.
pub(crate) const PT_TO_MM: f32 = 25.4 / 72.0;

/// Which of the two faces a piece of text is set in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Face {
    /// DejaVu Sans
    Regular,
    /// DejaVu Sans Bold
    Bold,
}

/// One parsed face plus the lookup tables the layouter needs.
pub(crate) struct FontData {
    /// The face as printpdf wants it (cloned into every document).
    pub(crate) parsed: ParsedFont,
    /// PDF resource name of the face (`/F1`, `/F2`), fixed so output is deterministic.
    pub(crate) resource: &'static str,
    /// `/BaseFont` name, with a fixed subset tag (the embedded program is a subset).
    pub(crate) base_name: &'static str,
    /// The font program as a ready-to-embed, already compressed `/FontFile2` stream.
    pub(crate) font_file: Stream,
    /// Advance width in font units, indexed by Unicode scalar value; `None` when the face
    /// has no glyph for that character.
    advances: Vec<Option<u16>>,
    /// Font units per em.
    units_per_em: f32,
}

impl FontData {
    /// Parses one vendored face (`bytes`), names it `base_name`, and builds the advance
    /// table and the compressed font program.
    fn load(bytes: &'static [u8], resource: &'static str, base_name: &'static str) -> Self {
        let mut warnings = Vec::new();
        let mut parsed = ParsedFont::from_bytes(bytes, 0, &mut warnings)
            .expect("the vendored DejaVu font must parse");
        parsed.font_name = Some(base_name.to_string());

        let max_cp = parsed.codepoint_to_glyph.keys().copied().max().unwrap_or(0);
        let mut advances = vec![None; max_cp as usize + 1];
        for (&cp, gid) in &parsed.codepoint_to_glyph {
            if let Some(slot) = advances.get_mut(cp as usize) {
                *slot = Some(parsed.glyph_widths.get(gid).copied().unwrap_or(0));
            }
        }
        let units_per_em = f32::from(parsed.units_per_em.max(1));

        let mut dict = lopdf::Dictionary::new();
        dict.set("Length1", i64::try_from(bytes.len()).unwrap_or(i64::MAX));
        let mut font_file = Stream::new(dict, bytes.to_vec());
        font_file
            .compress()
            .expect("compressing the vendored font into memory cannot fail");

        Self {
            parsed,
            resource,
            base_name,
            font_file,
            advances,
            units_per_em,
        }
    }

    /// Whether the face has a glyph for `c`.
    pub(crate) fn has(&self, c: char) -> bool {
        matches!(self.advances.get(c as usize), Some(Some(_)))
    }

    /// Width of `text` set at `size` pt, in mm. Characters without a glyph count as zero
    /// (callers pass text through [`FontData::sanitize`] first).
    pub(crate) fn width_mm(&self, text: &str, size: f32) -> f32 {
        let units: u32 = text
            .chars()
            .map(|c| {
                self.advances
                    .get(c as usize)
                    .copied()
                    .flatten()
                    .map_or(0, u32::from)
            })
            .sum();
        units as f32 / self.units_per_em * size * PT_TO_MM
    }

    /// Makes `text` renderable with this face: normalises line breaks (`\r\n`, `\r` →
    /// `\n`), turns tabs and exotic spaces into plain spaces, drops control and
    /// zero-width characters and soft hyphens, composes base letter + combining accent
    /// into the precomposed letter where possible, and replaces every character the
    /// face has no glyph for with `?`.
    pub(crate) fn sanitize(&self, text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '\r' => {
                    if chars.peek() != Some(&'\n') {
                        out.push('\n');
                    }
                }
                '\n' => out.push('\n'),
                '\t' | '\u{2000}'..='\u{200A}' | '\u{205F}' | '\u{3000}' => out.push(' '),
                '\u{202F}' => out.push('\u{00A0}'),
                '\u{00AD}' | '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' => {}
                '\u{2212}' => out.push('-'),
                '\u{0300}'..='\u{036F}' => {
                    let composed = out
                        .chars()
                        .next_back()
                        .and_then(|base| compose(base, c))
                        .filter(|&p| self.has(p));
                    if let Some(p) = composed {
                        out.pop();
                        out.push(p);
                    } else if self.has(c) && !out.is_empty() {
                        out.push(c);
                    }
                }
                c if c.is_control() => {}
                c if self.has(c) => out.push(c),
                _ => out.push('?'),
            }
        }
        out
    }
}

/// Canonical composition of the letter + combining mark pairs that occur in names and
/// addresses (decomposed input typically comes from macOS copy & paste).
fn compose(base: char, mark: char) -> Option<char> {
    let table = match mark {
        '\u{0308}' => DIAERESIS,
        '\u{0301}' => ACUTE,
        '\u{0300}' => GRAVE,
        '\u{0302}' => CIRCUMFLEX,
        '\u{0303}' => TILDE,
        '\u{0306}' => BREVE,
        '\u{030A}' => RING_ABOVE,
        '\u{030C}' => CARON,
        '\u{0327}' => CEDILLA,
        '\u{0326}' => COMMA_BELOW,
        '\u{0328}' => OGONEK,
        _ => &[],
    };
    table.iter().find(|(b, _)| *b == base).map(|&(_, p)| p)
}

/// Base letter → precomposed letter with U+0308 combining diaeresis (umlaut).
const DIAERESIS: &[(char, char)] = &[
    ('a', 'ä'),
    ('e', 'ë'),
    ('i', 'ï'),
    ('o', 'ö'),
    ('u', 'ü'),
    ('y', 'ÿ'),
    ('A', 'Ä'),
    ('E', 'Ë'),
    ('I', 'Ï'),
    ('O', 'Ö'),
    ('U', 'Ü'),
    ('Y', 'Ÿ'),
];

/// Base letter → precomposed letter with U+0301 combining acute accent.
const ACUTE: &[(char, char)] = &[
    ('a', 'á'),
    ('e', 'é'),
    ('i', 'í'),
    ('o', 'ó'),
    ('u', 'ú'),
    ('y', 'ý'),
    ('c', 'ć'),
    ('n', 'ń'),
    ('s', 'ś'),
    ('z', 'ź'),
    ('A', 'Á'),
    ('E', 'É'),
    ('I', 'Í'),
    ('O', 'Ó'),
    ('U', 'Ú'),
    ('Y', 'Ý'),
    ('C', 'Ć'),
    ('N', 'Ń'),
    ('S', 'Ś'),
    ('Z', 'Ź'),
];

/// Base letter → precomposed letter with U+0300 combining grave accent.
const GRAVE: &[(char, char)] = &[
    ('a', 'à'),
    ('e', 'è'),
    ('i', 'ì'),
    ('o', 'ò'),
    ('u', 'ù'),
    ('A', 'À'),
    ('E', 'È'),
    ('I', 'Ì'),
    ('O', 'Ò'),
    ('U', 'Ù'),
];

/// Base letter → precomposed letter with U+0302 combining circumflex accent.
const CIRCUMFLEX: &[(char, char)] = &[
    ('a', 'â'),
    ('e', 'ê'),
    ('i', 'î'),
    ('o', 'ô'),
    ('u', 'û'),
    ('A', 'Â'),
    ('E', 'Ê'),
    ('I', 'Î'),
    ('O', 'Ô'),
    ('U', 'Û'),
];

/// Base letter → precomposed letter with U+0303 combining tilde.
const TILDE: &[(char, char)] = &[
    ('a', 'ã'),
    ('n', 'ñ'),
    ('o', 'õ'),
    ('A', 'Ã'),
    ('N', 'Ñ'),
    ('O', 'Õ'),
];

/// Base letter → precomposed letter with U+0306 combining breve.
const BREVE: &[(char, char)] = &[('a', 'ă'), ('g', 'ğ'), ('A', 'Ă'), ('G', 'Ğ')];

/// Base letter → precomposed letter with U+030A combining ring above.
const RING_ABOVE: &[(char, char)] = &[('a', 'å'), ('u', 'ů'), ('A', 'Å'), ('U', 'Ů')];

/// Base letter → precomposed letter with U+030C combining caron.
const CARON: &[(char, char)] = &[
    ('c', 'č'),
    ('d', 'ď'),
    ('e', 'ě'),
    ('n', 'ň'),
    ('r', 'ř'),
    ('s', 'š'),
    ('t', 'ť'),
    ('z', 'ž'),
    ('C', 'Č'),
    ('D', 'Ď'),
    ('E', 'Ě'),
    ('N', 'Ň'),
    ('R', 'Ř'),
    ('S', 'Š'),
    ('T', 'Ť'),
    ('Z', 'Ž'),
];

/// Base letter → precomposed letter with U+0327 combining cedilla.
const CEDILLA: &[(char, char)] = &[
    ('c', 'ç'),
    ('s', 'ş'),
    ('t', 'ţ'),
    ('C', 'Ç'),
    ('S', 'Ş'),
    ('T', 'Ţ'),
];

/// Base letter → precomposed letter with U+0326 combining comma below.
const COMMA_BELOW: &[(char, char)] = &[('s', 'ș'), ('t', 'ț'), ('S', 'Ș'), ('T', 'Ț')];

/// Base letter → precomposed letter with U+0328 combining ogonek.
const OGONEK: &[(char, char)] = &[('a', 'ą'), ('e', 'ę'), ('A', 'Ą'), ('E', 'Ę')];

/// The regular face, parsed on first use.
static REGULAR: LazyLock<FontData> =
    LazyLock::new(|| FontData::load(REGULAR_TTF, "F1", "BUTPRA+DejaVuSans"));
/// The bold face, parsed on first use.
static BOLD: LazyLock<FontData> =
    LazyLock::new(|| FontData::load(BOLD_TTF, "F2", "BUTPRB+DejaVuSans-Bold"));

/// The parsed data of `face` (parsed on first use, then shared).
pub(crate) fn font(face: Face) -> &'static FontData {
    match face {
        Face::Regular => &REGULAR,
        Face::Bold => &BOLD,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fonts_cover_the_needed_scripts() {
        for face in [Face::Regular, Face::Bold] {
            let f = font(face);
            for c in "AaÄäÖöÜüß€§–„“‚‘…•ȘșȚțĂăÎîÂâΩωЖжЁё№".chars()
            {
                assert!(f.has(c), "{face:?} lacks {c:?}");
            }
        }
    }

    #[test]
    fn sanitize_replaces_missing_and_composes() {
        let f = font(Face::Regular);
        assert_eq!(f.sanitize("a\u{0308}b"), "äb");
        assert_eq!(f.sanitize("x\u{4E2D}y"), "x?y");
        assert_eq!(f.sanitize("a\r\nb\rc\td\u{00AD}e"), "a\nb\nc de");
        assert_eq!(f.sanitize("S\u{0326}tefan"), "Ștefan");
        assert_eq!(f.sanitize("\u{1F600}"), "?");
    }

    #[test]
    fn widths_are_plausible() {
        let f = font(Face::Regular);
        // DejaVu Sans "M" is 0.863 em; at 10 pt that is ~3.04 mm.
        let w = f.width_mm("M", 10.0);
        assert!((w - 3.04).abs() < 0.05, "{w}");
        assert!(f.width_mm("iiii", 10.0) < f.width_mm("MMMM", 10.0));
    }
}
