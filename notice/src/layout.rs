//! Page layout of one letter: DIN 5008 form B first page, word wrapping by real glyph
//! widths, automatic page breaks and the per-page footer.
//!
//! All positions in this module are in millimetres, measured from the **top left**
//! corner of the A4 page; text positions are baselines. Converting to PDF user space
//! (points, origin bottom left) is the job of the `pdf` module.

use crate::fonts::{Face, PT_TO_MM, font};
use crate::{Block, Letter};

/// Page width (A4 portrait).
pub(crate) const PAGE_W: f32 = 210.0;
/// Page height (A4 portrait).
pub(crate) const PAGE_H: f32 = 297.0;

/// Left margin (also the left edge of the recipient lines, 5 mm into the window).
const LEFT: f32 = 25.0;
/// Right edge of the text area (right margin 20 mm).
const RIGHT: f32 = PAGE_W - 20.0;
/// Width of the text area.
const TEXT_W: f32 = RIGHT - LEFT;
/// Top of the body on continuation pages.
const TOP: f32 = 20.0;
/// The body must end above this line (25 mm kept free for the footer).
const BODY_BOTTOM: f32 = PAGE_H - 25.0;

/// First baseline of the letterhead (office name).
const LETTERHEAD_Y: f32 = 17.0;
/// The small letterhead lines of the first column must end above this baseline; more
/// lines continue in a second column above the information block.
const LETTERHEAD_MAX_Y: f32 = 41.0;
/// Left edge of the information block (and of the letterhead's second column).
const INFO_X: f32 = 125.0;
/// First baseline of the information block (block starts at 50 mm).
const INFO_Y: f32 = 53.0;
/// Baseline of the return line, inside the window's "Zusatz- und Vermerkzone"
/// (45 mm … 62.7 mm from the top).
const RETURN_Y: f32 = 59.5;
/// First baseline of the recipient lines ("Anschriftzone" starts at 62.7 mm).
const RECIPIENT_Y: f32 = 67.0;
/// Usable text width inside the address window (window 20…105 mm, text from 25 mm).
const WINDOW_TEXT_W: f32 = 78.0;
/// Baseline of the subject line unless the header blocks reach further down.
const SUBJECT_Y: f32 = 100.0;

/// Body text size in pt.
const BODY_SIZE: f32 = 10.5;
/// Body line height factor.
const BODY_LH: f32 = 1.35;
/// Heading size in pt.
const HEADING_SIZE: f32 = 11.0;
/// Subject size in pt.
const SUBJECT_SIZE: f32 = 11.0;
/// Footer size in pt.
const FOOTER_SIZE: f32 = 8.0;
/// The footer is wrapped to at most this many lines (the rest is cut off with "…").
const FOOTER_MAX_LINES: usize = 3;
/// Hanging indent of bullet lists.
const BULLET_INDENT: f32 = 5.0;

/// A run of text on a page.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct TextRun {
    /// Left edge, mm from the left page edge.
    pub(crate) x: f32,
    /// Baseline, mm from the top page edge.
    pub(crate) y: f32,
    /// Face the run is set in.
    pub(crate) face: Face,
    /// Size in pt.
    pub(crate) size: f32,
    /// Text, already sanitised for the face (only characters the font has).
    pub(crate) text: String,
}

/// A horizontal hairline (or a short mark) on a page.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Rule {
    /// Start, mm from the left page edge.
    pub(crate) x1: f32,
    /// End, mm from the left page edge.
    pub(crate) x2: f32,
    /// Vertical position, mm from the top page edge.
    pub(crate) y: f32,
    /// Stroke width in pt.
    pub(crate) width: f32,
    /// Grey level (0 = black, 1 = white).
    pub(crate) grey: f32,
}

/// Everything drawn on one page.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Page {
    /// Text runs in drawing order.
    pub(crate) texts: Vec<TextRun>,
    /// Rules in drawing order.
    pub(crate) rules: Vec<Rule>,
}

impl Page {
    /// Adds a text run (empty text is skipped).
    fn text(&mut self, x: f32, y: f32, face: Face, size: f32, text: String) {
        if !text.is_empty() {
            self.texts.push(TextRun {
                x,
                y,
                face,
                size,
                text,
            });
        }
    }
}

/// Breaks `text` into lines no wider than `max_w` mm when set in `face` at `size` pt.
///
/// The text is sanitised first (see `FontData::sanitize`). `\n` forces a line break
/// (an empty line stays as an empty string); runs of spaces collapse. Words that do not
/// fit are broken after a hyphen or slash if possible, otherwise between characters.
pub(crate) fn wrap(text: &str, face: Face, size: f32, max_w: f32) -> Vec<String> {
    const EPS: f32 = 0.01;
    let f = font(face);
    // A citation never breaks after its "§" ("§ 24 SGB X").
    let text = f.sanitize(text).replace("§ ", "§\u{a0}");
    let space = f.width_mm(" ", size);
    let mut lines = Vec::new();
    for hard in text.split('\n') {
        let mut line = String::new();
        let mut line_w = 0.0_f32;
        for word in hard.split(' ').filter(|w| !w.is_empty()) {
            let mut word = word;
            while !word.is_empty() {
                let word_w = f.width_mm(word, size);
                let sep = if line.is_empty() { 0.0 } else { space };
                if line_w + sep + word_w <= max_w + EPS {
                    if !line.is_empty() {
                        line.push(' ');
                    }
                    line.push_str(word);
                    line_w += sep + word_w;
                    break;
                }
                let avail = max_w - line_w - sep;
                if let Some(cut) = hyphen_cut(word, face, size, avail) {
                    if !line.is_empty() {
                        line.push(' ');
                    }
                    line.push_str(&word[..cut]);
                    lines.push(std::mem::take(&mut line));
                    line_w = 0.0;
                    word = &word[cut..];
                    continue;
                }
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                    line_w = 0.0;
                    continue;
                }
                // A single word wider than the whole line: break between characters.
                let cut = char_cut(word, face, size, max_w);
                lines.push(word[..cut].to_string());
                word = &word[cut..];
            }
        }
        lines.push(line);
    }
    // The glue was for breaking only: the text keeps its plain space.
    lines
        .into_iter()
        .map(|l| l.replace("§\u{a0}", "§ "))
        .collect()
}

/// The longest prefix of `word` ending after a hyphen, dash or slash that fits into
/// `avail` mm (and leaves a non-empty rest), as a byte offset. A hyphen next to a digit
/// is part of a number ("BUT-2026-000123") and never a break.
fn hyphen_cut(word: &str, face: Face, size: f32, avail: f32) -> Option<usize> {
    if avail <= 0.0 {
        return None;
    }
    let f = font(face);
    let chars: Vec<(usize, char)> = word.char_indices().collect();
    let digit_at = |k: usize| chars.get(k).is_some_and(|(_, c)| c.is_ascii_digit());
    chars
        .iter()
        .enumerate()
        .skip(1)
        .filter(|&(k, &(_, c))| {
            matches!(c, '-' | '\u{2010}' | '\u{2013}' | '/') && !digit_at(k - 1) && !digit_at(k + 1)
        })
        .map(|(_, &(i, c))| i + c.len_utf8())
        .rfind(|&end| end < word.len() && f.width_mm(&word[..end], size) <= avail + 0.01)
}

/// How many bytes of `word` fit into `max_w` mm (at least one character).
fn char_cut(word: &str, face: Face, size: f32, max_w: f32) -> usize {
    let f = font(face);
    let mut w = 0.0;
    let mut end = 0;
    for (i, c) in word.char_indices() {
        let mut buf = [0u8; 4];
        w += f.width_mm(c.encode_utf8(&mut buf), size);
        if w > max_w + 0.01 && end > 0 {
            return end;
        }
        end = i + c.len_utf8();
    }
    end
}

/// One line of the body: fragments at fixed x positions sharing a line box.
#[derive(Debug, Clone)]
struct VLine {
    /// Height of the line box in mm.
    height: f32,
    /// Distance from the top of the line box to the baseline in mm.
    base: f32,
    /// (x, face, size, text) of each fragment.
    frags: Vec<(f32, Face, f32, String)>,
}

impl VLine {
    /// An empty line box for text of `size` pt with line height factor `lh`; the
    /// baseline sits a little below the middle of the box.
    fn new(size: f32, lh: f32) -> Self {
        let height = size * lh * PT_TO_MM;
        Self {
            height,
            base: height / 2.0 + size * 0.35 * PT_TO_MM,
            frags: Vec::new(),
        }
    }

    /// The line with one more fragment at `x`.
    fn with(mut self, x: f32, face: Face, size: f32, text: String) -> Self {
        self.frags.push((x, face, size, text));
        self
    }
}

/// Lines that should stay on one page (if they fit on a page at all).
type Group = Vec<VLine>;

/// The body flow: places groups of lines, breaking pages when needed.
struct Flow {
    pages: Vec<Page>,
    /// Top of the next line box.
    y: f32,
    /// Vertical space to insert before the next line (dropped at the top of a page).
    gap: f32,
    /// Whether nothing has been placed on the current page's body yet.
    fresh: bool,
}

impl Flow {
    /// The page being filled (a fresh one if there is none yet).
    fn page(&mut self) -> &mut Page {
        if self.pages.is_empty() {
            self.pages.push(Page::default());
        }
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    /// Starts a new page; the body continues at its top.
    fn new_page(&mut self) {
        self.pages.push(Page::default());
        self.y = TOP;
        self.gap = 0.0;
        self.fresh = true;
    }

    /// Asks for at least `gap` mm of space before the next line (none at the top of a
    /// page).
    fn space(&mut self, gap: f32) {
        if !self.fresh {
            self.gap = self.gap.max(gap);
        }
    }

    /// Whether `height` mm (plus the pending gap) still fits on the current page.
    fn fits(&self, height: f32) -> bool {
        self.y + self.gap + height <= BODY_BOTTOM
    }

    /// Places one line after the pending gap, on a new page if it does not fit.
    fn put(&mut self, line: VLine) {
        if !self.fits(line.height) && !self.fresh {
            self.new_page();
        }
        self.y += self.gap;
        self.gap = 0.0;
        let baseline = self.y + line.base;
        for (x, face, size, text) in line.frags {
            self.page().text(x, baseline, face, size, text);
        }
        self.y += line.height;
        self.fresh = false;
    }

    /// Places `group`, moving it to a new page first if it does not fit on this one but
    /// would fit on an empty page. `reserve` is extra height that must fit below the
    /// group on the same page (keep-with-next).
    fn put_group(&mut self, group: Group, reserve: f32) {
        let height: f32 = group.iter().map(|l| l.height).sum();
        let page_body = BODY_BOTTOM - TOP;
        if !self.fresh && !self.fits(height + reserve) && height + reserve <= page_body {
            self.new_page();
        }
        for line in group {
            self.put(line);
        }
    }
}

/// Splits the wrapped lines of one paragraph into keep-together groups: the first two
/// and the last two lines stay together (no orphans, no widows).
fn paragraph_groups(lines: Vec<VLine>) -> Vec<Group> {
    let n = lines.len();
    if n <= 3 {
        return vec![lines];
    }
    let mut groups = Vec::new();
    let mut it = lines.into_iter();
    groups.push(it.by_ref().take(2).collect());
    for _ in 2..n - 2 {
        if let Some(l) = it.next() {
            groups.push(vec![l]);
        }
    }
    groups.push(it.collect());
    groups
}

/// The keep-together groups of a body block, plus the space to leave before and after it.
fn block_groups(block: &Block) -> (Vec<Group>, f32, f32) {
    let body_line = BODY_SIZE * BODY_LH * PT_TO_MM;
    match block {
        Block::Heading(text) => (vec![heading_lines(text)], body_line * 1.1, body_line * 0.3),
        Block::Paragraph(text) => (
            paragraph_groups(paragraph_lines(text)),
            body_line * 0.6,
            body_line * 0.6,
        ),
        Block::Bullets(items) => (
            bullet_groups(items, body_line),
            body_line * 0.6,
            body_line * 0.6,
        ),
        Block::Table(rows) => (
            table_groups(rows, body_line),
            body_line * 0.8,
            body_line * 0.8,
        ),
    }
}

/// The lines of a heading: bold, wrapped to the text width.
fn heading_lines(text: &str) -> Group {
    wrap(text, Face::Bold, HEADING_SIZE, TEXT_W)
        .into_iter()
        .map(|t| VLine::new(HEADING_SIZE, 1.3).with(LEFT, Face::Bold, HEADING_SIZE, t))
        .collect()
}

/// The lines of a paragraph: body text wrapped to the text width.
fn paragraph_lines(text: &str) -> Vec<VLine> {
    wrap(text, Face::Regular, BODY_SIZE, TEXT_W)
        .into_iter()
        .map(|t| VLine::new(BODY_SIZE, BODY_LH).with(LEFT, Face::Regular, BODY_SIZE, t))
        .collect()
}

/// The keep-together groups of a bullet list: each item wrapped with a hanging indent
/// and a "•" on its first line, split like a paragraph, with a little air between items.
fn bullet_groups(items: &[String], body_line: f32) -> Vec<Group> {
    let mut groups = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let lines: Vec<VLine> = wrap(item, Face::Regular, BODY_SIZE, TEXT_W - BULLET_INDENT)
            .into_iter()
            .enumerate()
            .map(|(j, t)| {
                let mut l = VLine::new(BODY_SIZE, BODY_LH);
                if j == 0 {
                    l = l.with(LEFT + 1.0, Face::Regular, BODY_SIZE, "•".into());
                }
                l.with(LEFT + BULLET_INDENT, Face::Regular, BODY_SIZE, t)
            })
            .collect();
        let mut item_groups = paragraph_groups(lines);
        // A little air between items: stretch the first line box of each item.
        if i > 0
            && let Some(first) = item_groups.first_mut().and_then(|g| g.first_mut())
        {
            let extra = body_line * 0.2;
            first.height += extra;
            first.base += extra;
        }
        groups.extend(item_groups);
    }
    groups
}

/// The keep-together groups of a two-column table, one per row (a row is never split):
/// the label column is as wide as the widest label (30 mm up to 60 % of the text
/// width), the values take the rest, and rows after the first get a little air above.
fn table_groups(rows: &[(String, String)], body_line: f32) -> Vec<Group> {
    let gutter = 4.0;
    let widest = widest_label(rows, BODY_SIZE);
    let label_w = if widest <= 0.0 {
        0.0
    } else {
        (widest + gutter).clamp(30.0, TEXT_W * 0.6)
    };
    let label_wrap_w = (label_w > 0.0).then_some(label_w - gutter);
    let value_x = LEFT + label_w;
    let mut groups = Vec::new();
    for (i, (label, value)) in rows.iter().enumerate() {
        let cells = wrap_row(label, value, BODY_SIZE, label_wrap_w, TEXT_W - label_w);
        let mut group = Vec::with_capacity(cells.len());
        for (j, (label, value)) in cells.into_iter().enumerate() {
            let mut l = VLine::new(BODY_SIZE, BODY_LH);
            if i > 0 && j == 0 {
                let extra = body_line * 0.25;
                l.height += extra;
                l.base += extra;
            }
            if let Some(t) = label {
                l = l.with(LEFT, Face::Regular, BODY_SIZE, t);
            }
            if let Some(t) = value {
                l = l.with(value_x, Face::Regular, BODY_SIZE, t);
            }
            group.push(l);
        }
        groups.push(group);
    }
    groups
}

/// Width in mm of the widest label line (labels may contain `"\n"`) of `rows`, set in
/// the regular face at `size` pt; 0 if all labels are empty.
fn widest_label(rows: &[(String, String)], size: f32) -> f32 {
    let regular = font(Face::Regular);
    rows.iter()
        .flat_map(|(label, _)| label.split('\n'))
        .map(|l| regular.width_mm(&regular.sanitize(l), size))
        .fold(0.0_f32, f32::max)
}

/// Wraps one label / value row into its two columns (regular face, `size` pt): the
/// label to `label_w` mm (no label column if `None`), the value to `value_w` mm.
/// Returns the lines side by side; the shorter column runs out with `None`.
fn wrap_row(
    label: &str,
    value: &str,
    size: f32,
    label_w: Option<f32>,
    value_w: f32,
) -> Vec<(Option<String>, Option<String>)> {
    let labels = match label_w {
        Some(w) => wrap(label, Face::Regular, size, w),
        None => Vec::new(),
    };
    let values = wrap(value, Face::Regular, size, value_w);
    let n = labels.len().max(values.len());
    let mut labels = labels.into_iter();
    let mut values = values.into_iter();
    (0..n).map(|_| (labels.next(), values.next())).collect()
}

/// Lays out the first-page header (letterhead, return line, window, info block, fold
/// marks) and returns the page plus the lowest baseline used by the window and info block.
fn first_page_header(letter: &Letter) -> (Page, f32) {
    let mut page = Page::default();
    let lowest_col2 = letterhead(&mut page, &letter.letterhead);
    return_line(&mut page, &letter.return_line);
    let lowest = recipient(&mut page, &letter.recipient);
    let lowest = info_block(&mut page, &letter.info, lowest_col2, lowest);
    fold_marks(&mut page);
    (page, lowest)
}

/// Letterhead: the office name (first line) large and bold, then the other lines in
/// small print in up to two columns. Returns the lowest baseline used in the second
/// column (0 if there is none).
fn letterhead(page: &mut Page, lines: &[String]) -> f32 {
    let Some((name, small)) = lines.split_first() else {
        return 0.0;
    };
    let y = office_name(page, name);
    letterhead_small_lines(page, small, y)
}

/// Sets the office name bold at 14 pt from the letterhead's first baseline; returns the
/// baseline of the first small line below it.
fn office_name(page: &mut Page, name: &str) -> f32 {
    let size = 14.0;
    let lh = size * 1.2 * PT_TO_MM;
    let mut y = LETTERHEAD_Y;
    for (i, t) in wrap(name, Face::Bold, size, TEXT_W).into_iter().enumerate() {
        if i > 0 {
            y += lh;
        }
        page.text(LEFT, y, Face::Bold, size, t);
    }
    y + 5.5
}

/// Sets the small letterhead lines from baseline `first_y` down; once the first column
/// passes [`LETTERHEAD_MAX_Y`], the rest continues (re-wrapped) in a second column above
/// the information block. Returns the lowest baseline of the second column (0 if unused).
fn letterhead_small_lines(page: &mut Page, lines: &[String], first_y: f32) -> f32 {
    let size = 8.5;
    let lh = size * 1.3 * PT_TO_MM;
    let mut y = first_y;
    let mut x = LEFT;
    let mut col_w = INFO_X - 5.0 - LEFT;
    let mut lowest_col2 = 0.0_f32;
    for line in lines {
        let mut pending = wrap(line, Face::Regular, size, col_w);
        pending.reverse();
        while let Some(t) = pending.pop() {
            if x == LEFT && y > LETTERHEAD_MAX_Y {
                // Continue in the second column, re-wrapping to its narrower width.
                x = INFO_X;
                col_w = RIGHT - INFO_X;
                y = first_y;
                let mut rest_of_line = vec![t];
                rest_of_line.extend(pending.drain(..).rev());
                pending = wrap(&rest_of_line.join(" "), Face::Regular, size, col_w);
                pending.reverse();
                continue;
            }
            page.text(x, y, Face::Regular, size, t);
            if x == INFO_X {
                lowest_col2 = lowest_col2.max(y);
            }
            y += lh;
        }
    }
    lowest_col2
}

/// The return address above the recipient, underlined (omitted if blank): one line, or
/// two where one would not fit the window.
fn return_line(page: &mut Page, text: &str) {
    let (lines, size) = fit_return_line(text);
    let line_h = size * PT_MM * 1.15;
    let first_y = RETURN_Y - line_h * (lines.len().saturating_sub(1)) as f32;
    let widest = lines
        .iter()
        .map(|l| font(Face::Regular).width_mm(l, size))
        .fold(0.0_f32, f32::max);
    if lines.iter().all(|l| l.trim().is_empty()) {
        return;
    }
    let last_y = first_y + line_h * (lines.len() - 1) as f32;
    for (i, line) in lines.into_iter().enumerate() {
        page.text(LEFT, first_y + line_h * i as f32, Face::Regular, size, line);
    }
    // One rule under the whole return address.
    page.rules.push(Rule {
        x1: LEFT,
        x2: LEFT + widest,
        y: last_y + 1.1,
        width: 0.3,
        grey: 0.0,
    });
}

/// Millimetres per point.
const PT_MM: f32 = 0.3528;

/// The return address as sanitised lines and the size to set them in: one line shrunk
/// from 7 pt down to 6 pt; else two lines split at a " · " (the address is never cut,
/// "…48231 War…"), shrunk down to 5.5 pt; only an address too long even for that is
/// shortened with "…".
fn fit_return_line(text: &str) -> (Vec<String>, f32) {
    let regular = font(Face::Regular);
    let ret = regular.sanitize(&text.replace('\n', " "));
    let fits = |t: &str, size: f32| regular.width_mm(t, size) <= WINDOW_TEXT_W;
    let mut size = 7.0_f32;
    while size > 6.0 && !fits(&ret, size) {
        size -= 0.25;
    }
    if fits(&ret, size) {
        return (vec![ret], size);
    }
    // The split whose longer half is shortest.
    let split = ret
        .match_indices(" · ")
        .map(|(i, sep)| (ret[..i].to_string(), ret[i + sep.len()..].to_string()))
        .min_by(|a, b| {
            let w =
                |(x, y): &(String, String)| regular.width_mm(x, 7.0).max(regular.width_mm(y, 7.0));
            w(a).total_cmp(&w(b))
        });
    let Some((first, second)) = split else {
        return (vec![shorten(&ret, 5.5)], 5.5);
    };
    let mut size = 7.0_f32;
    while size > 5.5 && !(fits(&first, size) && fits(&second, size)) {
        size -= 0.25;
    }
    (vec![shorten(&first, size), shorten(&second, size)], size)
}

/// `text` at `size`, shortened with "…" to the window's width if it is wider.
fn shorten(text: &str, size: f32) -> String {
    let regular = font(Face::Regular);
    if regular.width_mm(text, size) <= WINDOW_TEXT_W {
        return text.to_string();
    }
    let room = WINDOW_TEXT_W - regular.width_mm("…", size);
    let mut used = 0.0;
    let mut end = 0;
    for (i, c) in text.char_indices() {
        let mut buf = [0u8; 4];
        used += regular.width_mm(c.encode_utf8(&mut buf), size);
        if used > room {
            break;
        }
        end = i + c.len_utf8();
    }
    format!("{}…", &text[..end])
}

/// The recipient lines in the address field, each wrapped to the window width. Returns
/// the last baseline used ([`RECIPIENT_Y`] if there is none).
fn recipient(page: &mut Page, lines: &[String]) -> f32 {
    let size = 11.0;
    let lh = size * 1.2 * PT_TO_MM;
    let mut y = RECIPIENT_Y;
    let mut lowest = RECIPIENT_Y;
    for line in lines {
        for t in wrap(line, Face::Regular, size, WINDOW_TEXT_W) {
            page.text(LEFT, y, Face::Regular, size, t);
            lowest = y;
            y += lh;
        }
    }
    lowest
}

/// The information block right of the window as label / value columns, starting at
/// [`INFO_Y`] or below the letterhead's second column (`lowest_col2`, 0 if unused).
/// Returns the lowest baseline of window and block (`lowest` is the window's).
fn info_block(page: &mut Page, info: &[(String, String)], lowest_col2: f32, lowest: f32) -> f32 {
    let size = 9.0;
    let lh = size * 1.35 * PT_TO_MM;
    let gutter = 3.0;
    let widest = widest_label(info, size);
    let label_w = if widest <= 0.0 {
        0.0
    } else {
        (widest + gutter).min(36.0)
    };
    let label_wrap_w = (label_w > 0.0).then_some(label_w - gutter);
    let mut lowest = lowest;
    let mut y = if lowest_col2 > 0.0 {
        INFO_Y.max(lowest_col2 + 6.0)
    } else {
        INFO_Y
    };
    for (label, value) in info {
        for (label, value) in wrap_row(label, value, size, label_wrap_w, RIGHT - INFO_X - label_w) {
            if let Some(t) = label {
                page.text(INFO_X, y, Face::Regular, size, t);
            }
            if let Some(t) = value {
                page.text(INFO_X + label_w, y, Face::Regular, size, t);
            }
            lowest = lowest.max(y);
            y += lh;
        }
    }
    lowest
}

/// Fold marks (105 mm, 210 mm) and the punch mark (148.5 mm) on the left edge.
fn fold_marks(page: &mut Page) {
    for (y, len) in [(105.0, 4.0), (148.5, 6.0), (210.0, 4.0)] {
        page.rules.push(Rule {
            x1: 5.0,
            x2: 5.0 + len,
            y,
            width: 0.3,
            grey: 0.5,
        });
    }
}

/// Lays out one letter into pages, including the footer with "Seite N von M".
pub(crate) fn layout_letter(letter: &Letter) -> Vec<Page> {
    let (first, lowest) = first_page_header(letter);
    let subject_y = SUBJECT_Y.max(lowest + 10.0);

    let mut flow = Flow {
        pages: vec![first],
        y: 0.0,
        gap: 0.0,
        fresh: true,
    };

    // Subject: bold; its first baseline sits at `subject_y`.
    let subject: Vec<VLine> = wrap(&letter.subject, Face::Bold, SUBJECT_SIZE, TEXT_W)
        .into_iter()
        .filter(|t| !t.is_empty())
        .map(|t| VLine::new(SUBJECT_SIZE, 1.3).with(LEFT, Face::Bold, SUBJECT_SIZE, t))
        .collect();
    flow.y = subject_y - VLine::new(SUBJECT_SIZE, 1.3).base;
    let body_line = BODY_SIZE * BODY_LH * PT_TO_MM;
    if subject.is_empty() {
        flow.fresh = true;
    } else {
        flow.put_group(subject, 0.0);
        flow.space(body_line * 1.6);
    }

    let blocks: Vec<(Vec<Group>, f32, f32)> = letter.blocks.iter().map(block_groups).collect();
    for (i, (groups, before, after)) in blocks.iter().enumerate() {
        flow.space(*before);
        let is_heading = matches!(letter.blocks.get(i), Some(Block::Heading(_)));
        for (k, group) in groups.iter().enumerate() {
            // Keep a heading with the first lines of whatever follows it.
            let reserve = if is_heading && k + 1 == groups.len() {
                blocks
                    .get(i + 1)
                    .and_then(|(next, next_before, _)| {
                        next.first().map(|g| {
                            after.max(*next_before) + g.iter().map(|l| l.height).sum::<f32>()
                        })
                    })
                    .unwrap_or(0.0)
            } else {
                0.0
            };
            flow.put_group(group.clone(), reserve);
        }
        flow.space(*after);
    }

    let mut pages = flow.pages;
    add_footers(&mut pages, &letter.footer);
    pages
}

/// Adds the footer rule, the footer text (left) and "Seite N von M" (right) to every
/// page of one letter.
fn add_footers(pages: &mut [Page], footer: &str) {
    let total = pages.len();
    let regular = font(Face::Regular);
    let lh = FOOTER_SIZE * 1.3 * PT_TO_MM;
    let rule_y = PAGE_H - 18.0;
    for (i, page) in pages.iter_mut().enumerate() {
        let number = format!("Seite {} von {}", i + 1, total);
        let number_w = regular.width_mm(&number, FOOTER_SIZE);
        let y = rule_y + 4.0;
        page.rules.push(Rule {
            x1: LEFT,
            x2: RIGHT,
            y: rule_y,
            width: 0.4,
            grey: 0.35,
        });
        page.text(RIGHT - number_w, y, Face::Regular, FOOTER_SIZE, number);
        let footer_w = TEXT_W - number_w - 6.0;
        let mut lines = wrap(footer, Face::Regular, FOOTER_SIZE, footer_w);
        if lines.len() > FOOTER_MAX_LINES {
            lines.truncate(FOOTER_MAX_LINES);
            if let Some(last) = lines.last_mut() {
                while !last.is_empty()
                    && regular.width_mm(last, FOOTER_SIZE) + regular.width_mm(" …", FOOTER_SIZE)
                        > footer_w
                {
                    last.pop();
                }
                last.push_str(" …");
            }
        }
        for (j, t) in lines.into_iter().enumerate() {
            page.text(LEFT, y + j as f32 * lh, Face::Regular, FOOTER_SIZE, t);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn width(t: &str) -> f32 {
        font(Face::Regular).width_mm(t, BODY_SIZE)
    }

    #[test]
    fn wrap_respects_width_and_keeps_all_words() {
        let text = "Die Leistungen für Bildung und Teilhabe werden für den Zeitraum \
                    vom 01.02.2026 bis 31.07.2026 in Höhe von insgesamt 480,00 € bewilligt.";
        let lines = wrap(text, Face::Regular, BODY_SIZE, 60.0);
        assert!(lines.len() > 1);
        for l in &lines {
            assert!(width(l) <= 60.01, "{l:?} too wide");
        }
        assert_eq!(lines.join(" "), text);
    }

    #[test]
    fn wrap_forced_breaks_and_empty_lines() {
        let lines = wrap("eins\nzwei\n\ndrei", Face::Regular, BODY_SIZE, 100.0);
        assert_eq!(lines, ["eins", "zwei", "", "drei"]);
    }

    #[test]
    fn wrap_breaks_long_words() {
        let word = "Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen".repeat(3);
        let lines = wrap(&word, Face::Regular, BODY_SIZE, 50.0);
        assert!(lines.len() > 2);
        assert!(lines.iter().all(|l| width(l) <= 50.01));
        assert_eq!(lines.concat(), word);
    }

    #[test]
    fn wrap_prefers_hyphens() {
        let lines = wrap(
            "Schul- und Kita-Mittagsverpflegungszuschussberechtigung",
            Face::Regular,
            BODY_SIZE,
            40.0,
        );
        assert_eq!(lines[0], "Schul- und Kita-");
    }

    #[test]
    fn a_citation_never_breaks_after_its_paragraph_sign() {
        for w in [40.0, 45.0, 50.0, 55.0, 60.0, 65.0, 70.0] {
            let lines = wrap(
                "äußern, auf die es ankommt (§ 24 SGB X). Bitte antworten Sie",
                Face::Regular,
                BODY_SIZE,
                w,
            );
            assert!(lines.iter().all(|l| !l.ends_with('§')), "{lines:?}");
        }
    }

    #[test]
    fn a_reference_number_never_breaks_at_its_hyphens() {
        let lines = wrap(
            "Bitte geben Sie immer die Nummer BUT-2026-000123 an.",
            Face::Regular,
            BODY_SIZE,
            70.0,
        );
        assert!(
            lines.iter().any(|l| l.contains("BUT-2026-000123")),
            "{lines:?}"
        );
    }

    #[test]
    fn a_long_return_address_takes_two_lines_and_is_never_cut() {
        let (lines, size) = fit_return_line(
            "Kommunales Jobcenter Kreis Warendorf · Waldenburger Straße 2 · 48231 Warendorf",
        );
        assert_eq!(lines.len(), 2, "{lines:?}");
        assert!(lines.iter().all(|l| !l.contains('…')), "{lines:?}");
        assert!(lines[1].ends_with("48231 Warendorf"), "{lines:?}");
        assert!(size >= 5.5);
        let (short, _) = fit_return_line("Jobcenter · Markt 1 · 59227 Ahlen");
        assert_eq!(short, ["Jobcenter · Markt 1 · 59227 Ahlen"]);
    }

    #[test]
    fn long_body_breaks_pages_and_numbers_them() {
        let letter = crate::tests_support::sample_letter(40);
        let pages = layout_letter(&letter);
        assert!(pages.len() >= 2);
        for (i, page) in pages.iter().enumerate() {
            let label = format!("Seite {} von {}", i + 1, pages.len());
            assert!(page.texts.iter().any(|t| t.text == label));
            for t in &page.texts {
                assert!(t.y <= PAGE_H - 8.0 && t.y >= 10.0, "{t:?}");
                if t.size >= BODY_SIZE && t.y > 150.0 {
                    assert!(t.y <= BODY_BOTTOM, "{t:?} below body");
                }
            }
        }
    }

    #[test]
    fn heading_never_last_on_page() {
        for n in 0..30 {
            let letter = crate::tests_support::sample_letter(n);
            let pages = layout_letter(&letter);
            for page in &pages {
                let body: Vec<&TextRun> = page
                    .texts
                    .iter()
                    .filter(|t| t.y < BODY_BOTTOM + 1.0)
                    .collect();
                if let Some(last) = body.iter().max_by(|a, b| a.y.total_cmp(&b.y)) {
                    assert!(
                        !(last.face == Face::Bold && last.size == HEADING_SIZE),
                        "heading {:?} alone at the bottom (n = {n})",
                        last.text
                    );
                }
            }
        }
    }
}
