//! Parsers for the small pieces of user input every form has: required and optional text
//! with length limits, calendar dates, postal codes, phone numbers.

use super::FieldError;
use time::{Date, format_description::BorrowedFormatItem, macros::format_description};

/// ISO date as sent by `<input type="date">` and stored in the database.
pub const ISO_DATE: &[BorrowedFormatItem<'static>] = format_description!("[year]-[month]-[day]");

/// Trimmed text of 1..=`max` characters without control characters.
pub fn required_text(input: &str, field: &str, max: usize) -> Result<String, FieldError> {
    let s = input.trim();
    if s.is_empty() {
        return Err(FieldError::new(field, "error-required"));
    }
    optional_text(s, field, max).map(|o| o.unwrap_or_default())
}

/// Trimmed text of at most `max` characters, `None` when empty.
pub fn optional_text(input: &str, field: &str, max: usize) -> Result<Option<String>, FieldError> {
    let s = input.trim();
    if s.chars().count() > max {
        return Err(FieldError::new(field, "error-too-long"));
    }
    if s.chars().any(|c| c.is_control()) {
        return Err(FieldError::new(field, "error-invalid-characters"));
    }
    Ok((!s.is_empty()).then(|| s.to_string()))
}

/// `input` with Arabic-Indic (٠–٩) and Persian (۰–۹) digits as 0–9, and the Arabic
/// decimal and thousands separators (٫ ٬) as `,` and `.`: phones in Arabic or Farsi type
/// them into number fields.
pub fn ascii_digits(input: &str) -> String {
    input
        .chars()
        .map(|c| match c {
            '\u{660}'..='\u{669}' => char::from(b'0' + (c as u32 - 0x660) as u8),
            '\u{6F0}'..='\u{6F9}' => char::from(b'0' + (c as u32 - 0x6F0) as u8),
            '\u{66B}' => ',',
            '\u{66C}' => '.',
            other => other,
        })
        .collect()
}

/// A real calendar date in ISO form (`2026-02-01`); also accepts German `1.2.2026`.
pub fn date(input: &str, field: &str) -> Result<Date, FieldError> {
    let s = &ascii_digits(input);
    let s = s.trim();
    if s.is_empty() {
        return Err(FieldError::new(field, "error-date-required"));
    }
    if let Ok(d) = Date::parse(s, ISO_DATE) {
        return Ok(d);
    }
    let parts: Vec<_> = s.split('.').map(str::trim).collect();
    if let [d, m, y] = parts[..]
        && let (Ok(d), Ok(m), Ok(y)) = (d.parse::<u8>(), m.parse::<u8>(), y.parse::<i32>())
        && (1900..=2200).contains(&y)
        && let Ok(month) = time::Month::try_from(m)
        && let Ok(date) = Date::from_calendar_date(y, month, d)
    {
        return Ok(date);
    }
    Err(FieldError::new(field, "error-date-invalid"))
}

/// A date as stored (`YYYY-MM-DD`).
pub fn iso(date: Date) -> String {
    date.format(ISO_DATE).expect("dates format")
}

/// A stored ISO date as Germans write it; dates are shown the German way in every
/// language, as on the letters the family receives. Unparsable text is shown as it is.
pub fn german_iso(iso: &str) -> String {
    date(iso, "")
        .map(german)
        .unwrap_or_else(|_| iso.to_string())
}

/// A date as Germans write it (`01.02.2026`).
pub fn german(date: Date) -> String {
    format!(
        "{:02}.{:02}.{}",
        date.day(),
        u8::from(date.month()),
        date.year()
    )
}

/// A unix timestamp as a German calendar date (UTC), e.g. `24.11.2026`.
pub fn german_from_unix(unix: i64) -> String {
    time::OffsetDateTime::from_unix_timestamp(unix)
        .map(|d| german(d.date()))
        .unwrap_or_default()
}

/// A German postal code: five digits.
pub fn postal_code(input: &str, field: &str) -> Result<String, FieldError> {
    let s = &ascii_digits(input);
    let s = s.trim();
    if s.is_empty() {
        return Err(FieldError::new(field, "error-required"));
    }
    if s.len() == 5 && s.chars().all(|c| c.is_ascii_digit()) {
        Ok(s.to_string())
    } else {
        Err(FieldError::new(field, "error-postal-code"))
    }
}

/// An optional phone number: digits with `+ - / ( )` and spaces, 6 to 30 characters.
pub fn phone(input: &str, field: &str) -> Result<Option<String>, FieldError> {
    let s = &ascii_digits(input);
    let s = s.trim();
    if s.is_empty() {
        return Ok(None);
    }
    let allowed = s
        .chars()
        .all(|c| c.is_ascii_digit() || " +-/()".contains(c));
    let digits = s.chars().filter(char::is_ascii_digit).count();
    if allowed && (6..=30).contains(&s.len()) && digits >= 6 {
        Ok(Some(s.to_string()))
    } else {
        Err(FieldError::new(field, "error-phone"))
    }
}

/// `s` safe to put into HTML text or a quoted attribute.
pub fn escape_html(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

/// A name (a club "… e. V.") at the end of a sentence: isolated (U+2068 … U+2069), so
/// that a right-to-left sentence keeps it whole, and without its own final period — the
/// sentence's period ends both ("e. V.", not "e. V..").
pub fn name_in_sentence(name: &str) -> String {
    let name = name.trim().trim_end_matches('.');
    format!("\u{2068}{name}\u{2069}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_ending_a_sentence_gives_up_its_period_and_is_isolated() {
        assert_eq!(
            format!(
                "Das Geld bekommt: {}.",
                name_in_sentence("SC Warendorf e. V.")
            ),
            "Das Geld bekommt: \u{2068}SC Warendorf e. V\u{2069}."
        );
        assert_eq!(
            name_in_sentence(" Musikschule "),
            "\u{2068}Musikschule\u{2069}"
        );
    }

    #[test]
    fn arabic_and_persian_digits_are_read() {
        assert_eq!(
            ascii_digits("٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹ ١٢٫٥٠"),
            "0123456789 0123456789 12,50"
        );
        assert_eq!(date("٢٠٢٦-٠٢-٠١", "d").map(iso).unwrap(), "2026-02-01");
        assert_eq!(postal_code("۵۹۲۲۷", "p").unwrap(), "59227");
    }
    use time::macros::date;

    #[test]
    fn text_is_trimmed_limited_and_required_when_asked() {
        assert_eq!(required_text("  Anna ", "f", 10).unwrap(), "Anna");
        assert_eq!(
            required_text("   ", "f", 10).unwrap_err().msg_id,
            "error-required"
        );
        assert_eq!(
            required_text("abcdefghijk", "f", 10).unwrap_err().msg_id,
            "error-too-long"
        );
        assert_eq!(
            required_text("a\u{0}b", "f", 10).unwrap_err().msg_id,
            "error-invalid-characters"
        );
        assert_eq!(optional_text("", "f", 10).unwrap(), None);
        // Length counts characters, not bytes: Arabic and umlauts are not penalised.
        assert!(required_text("محمد", "f", 4).is_ok());
    }

    #[test]
    fn dates_must_exist_in_the_calendar() {
        assert_eq!(date("2026-02-28", "d").unwrap(), date!(2026 - 02 - 28));
        assert_eq!(date("1.2.2026", "d").unwrap(), date!(2026 - 02 - 01));
        assert_eq!(
            date("2026-02-30", "d").unwrap_err().msg_id,
            "error-date-invalid"
        );
        assert_eq!(
            date("31.04.2026", "d").unwrap_err().msg_id,
            "error-date-invalid"
        );
        assert_eq!(
            date("morgen", "d").unwrap_err().msg_id,
            "error-date-invalid"
        );
        assert_eq!(date("", "d").unwrap_err().msg_id, "error-date-required");
        assert_eq!(iso(date!(2026 - 02 - 01)), "2026-02-01");
        assert_eq!(german(date!(2026 - 02 - 01)), "01.02.2026");
    }

    #[test]
    fn postal_codes_and_phone_numbers_are_checked() {
        assert_eq!(postal_code(" 48231 ", "p").unwrap(), "48231");
        assert_eq!(
            postal_code("4823", "p").unwrap_err().msg_id,
            "error-postal-code"
        );
        assert_eq!(phone("", "t").unwrap(), None);
        assert_eq!(
            phone("+49 2581 53-0", "t").unwrap().as_deref(),
            Some("+49 2581 53-0")
        );
        assert_eq!(phone("call me", "t").unwrap_err().msg_id, "error-phone");
        assert_eq!(phone("123", "t").unwrap_err().msg_id, "error-phone");
    }

    #[test]
    fn html_is_escaped_for_text_and_attributes() {
        assert_eq!(
            escape_html(r#"<a href="x">Tom & 'Jerry'</a>"#),
            "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;"
        );
    }
}
