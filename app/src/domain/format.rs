//! Dates and amounts written the way each language writes them. Digits stay Latin (0–9)
//! in every language, and the calendar Gregorian: parents compare what the portal shows
//! with German letters, Bescheide and bank statements.

use super::{
    lang::Lang,
    money::Cents,
    text::{date, german},
};
use time::Date;

/// Day, month and year in the order and with the separator of `lang`:
/// `24.11.2026` (German and most languages), `24/11/2026` (English, Arabic),
/// `2026/11/24` (Farsi).
pub fn local_date(lang: Lang, d: Date) -> String {
    let (day, month, year) = (d.day(), u8::from(d.month()), d.year());
    match lang {
        Lang::En | Lang::Ar => format!("{day:02}/{month:02}/{year}"),
        Lang::Fa => format!("{year}/{month:02}/{day:02}"),
        Lang::De | Lang::DeLs | Lang::Tr | Lang::Uk | Lang::Ru | Lang::Pl | Lang::Bg | Lang::Ro => {
            german(d)
        }
    }
}

/// An ISO date (`2026-11-24`) for `lang`; anything else unchanged.
pub fn local_iso(lang: Lang, iso: &str) -> String {
    date(iso, "").map_or_else(|_| iso.to_string(), |d| local_date(lang, d))
}

/// The calendar date (UTC) of a unix timestamp for `lang`.
pub fn local_from_unix(lang: Lang, unix: i64) -> String {
    time::OffsetDateTime::from_unix_timestamp(unix)
        .map(|t| local_date(lang, t.date()))
        .unwrap_or_default()
}

/// An amount in euros: decimal and grouping separators and the place of the sign as
/// `lang` writes them (`1.234,50 €`, `€1,234.50`, `1 234,50 €`, `€1.234,50`), with the
/// same plain space before `€` as German text elsewhere (`Cents`' Display, the notices).
pub fn local_money(lang: Lang, amount: Cents) -> String {
    let (group, decimal, prefix) = money_style(lang);
    currency(prefix, amount.with_separators(group, decimal))
}

/// Whole euros (a chart's axis) as `lang` writes amounts, without cents: `5.000 €`, `€5,000`.
pub fn local_euros(lang: Lang, euros: i64) -> String {
    let (group, decimal, prefix) = money_style(lang);
    let number = Cents(euros * 100).with_separators(group, decimal);
    let whole = number
        .strip_suffix(&format!("{decimal}00"))
        .unwrap_or(&number);
    currency(prefix, whole.to_string())
}

/// Grouping and decimal separator, and whether `€` comes first.
fn money_style(lang: Lang) -> (&'static str, &'static str, bool) {
    match lang {
        Lang::De | Lang::DeLs | Lang::Ro => (".", ",", false),
        Lang::Tr => (".", ",", true),
        Lang::En | Lang::Fa => (",", ".", true),
        Lang::Ar => (",", ".", false),
        // A no-break space, so that the amount never wraps.
        Lang::Uk | Lang::Ru | Lang::Pl | Lang::Bg => ("\u{a0}", ",", false),
    }
}

fn currency(prefix: bool, number: String) -> String {
    if prefix {
        format!("€{number}")
    } else {
        format!("{number} €")
    }
}

/// A file size as `lang` writes decimals: `820 KB`, `2,3 MB` / `2.3 MB`.
pub fn local_size(lang: Lang, bytes: u64) -> String {
    let size = super::document::human_size(bytes);
    match lang {
        Lang::En | Lang::Fa | Lang::Ar => size.replace(',', "."),
        _ => size,
    }
}

/// A share given in tenths of a percent, with the decimal separator of `lang`:
/// `12,5 %`, `12.5%`.
pub fn local_percent(lang: Lang, permille: i64) -> String {
    let (whole, tenth) = (permille / 10, (permille % 10).abs());
    match lang {
        Lang::En | Lang::Fa | Lang::Ar => format!("{whole}.{tenth}%"),
        // A no-break space, as German typesetting puts one before the sign.
        _ => format!("{whole},{tenth}\u{a0}%"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_euros_drop_the_cents_only() {
        assert_eq!(local_euros(Lang::De, 5000), "5.000 €");
        assert_eq!(local_euros(Lang::En, 12_500), "€12,500");
        assert_eq!(local_euros(Lang::Uk, 0), "0 €");
        assert_eq!(local_euros(Lang::De, 100), "100 €");
    }

    #[test]
    fn file_sizes_use_the_decimal_separator_of_the_language() {
        assert_eq!(local_size(Lang::De, 2_400_000), "2,3 MB");
        assert_eq!(local_size(Lang::Ar, 2_400_000), "2.3 MB");
        assert_eq!(local_size(Lang::Ar, 3000), "3 KB");
    }

    #[test]
    fn percentages_use_the_decimal_separator_of_the_language() {
        assert_eq!(local_percent(Lang::De, 125), "12,5\u{a0}%");
        assert_eq!(local_percent(Lang::En, 1000), "100.0%");
        assert_eq!(local_percent(Lang::De, 3), "0,3\u{a0}%");
    }
    use time::Month;

    fn d() -> Date {
        Date::from_calendar_date(2026, Month::November, 4).unwrap()
    }

    #[test]
    fn dates_follow_the_language() {
        assert_eq!(local_date(Lang::De, d()), "04.11.2026");
        assert_eq!(local_date(Lang::DeLs, d()), "04.11.2026");
        assert_eq!(local_date(Lang::En, d()), "04/11/2026");
        assert_eq!(local_date(Lang::Ar, d()), "04/11/2026");
        assert_eq!(local_date(Lang::Fa, d()), "2026/11/04");
        assert_eq!(local_date(Lang::Uk, d()), "04.11.2026");
        assert_eq!(local_iso(Lang::En, "2026-11-04"), "04/11/2026");
        assert_eq!(local_iso(Lang::En, "bald"), "bald");
        assert_eq!(local_from_unix(Lang::Fa, 0), "1970/01/01");
    }

    #[test]
    fn amounts_follow_the_language() {
        let a = Cents(123_450);
        assert_eq!(local_money(Lang::De, a), "1.234,50 €");
        assert_eq!(local_money(Lang::En, a), "€1,234.50");
        assert_eq!(local_money(Lang::Tr, a), "€1.234,50");
        assert_eq!(local_money(Lang::Ru, a), "1\u{a0}234,50 €");
        assert_eq!(local_money(Lang::Ar, a), "1,234.50 €");
        assert_eq!(local_money(Lang::De, Cents(1500)), "15,00 €");
        assert_eq!(local_money(Lang::En, Cents(-5)), "€-0.05");
    }
}
