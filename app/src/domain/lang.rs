//! The portal's languages and how the language of a request is chosen.

use serde::{Deserialize, Serialize};

/// A language the portal speaks. German is the source language; `DeLs` is German in
/// Leichte Sprache (easy-to-read German) for the family-facing screens.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum Lang {
    #[default]
    De,
    DeLs,
    En,
    Ar,
    Tr,
    Uk,
    Ru,
    Pl,
    Bg,
    Ro,
    Fa,
}

impl Lang {
    /// In the order of the language switcher: German, Leichte Sprache, then by how many
    /// families in the Kreis speak them.
    pub const ALL: [Lang; 11] = [
        Lang::De,
        Lang::DeLs,
        Lang::En,
        Lang::Ar,
        Lang::Tr,
        Lang::Uk,
        Lang::Ru,
        Lang::Pl,
        Lang::Bg,
        Lang::Ro,
        Lang::Fa,
    ];

    /// The portal's code, used in `?lang=`, the cookie and the account: BCP 47, with the
    /// private-use tag `de-x-ls` for Leichte Sprache.
    pub fn code(self) -> &'static str {
        match self {
            Lang::De => "de",
            Lang::DeLs => "de-x-ls",
            Lang::En => "en",
            Lang::Ar => "ar",
            Lang::Tr => "tr",
            Lang::Uk => "uk",
            Lang::Ru => "ru",
            Lang::Pl => "pl",
            Lang::Bg => "bg",
            Lang::Ro => "ro",
            Lang::Fa => "fa",
        }
    }

    /// The directory under `locales/` (a Unicode language identifier: Fluent's loader
    /// does not take private-use tags, so Leichte Sprache is the variant `de-leichte`).
    pub fn locale_dir(self) -> &'static str {
        match self {
            Lang::DeLs => "de-leichte",
            other => other.code(),
        }
    }

    /// For `<html lang>` and `lang=` attributes: Leichte Sprache is German.
    pub fn html_lang(self) -> &'static str {
        match self {
            Lang::DeLs => "de",
            other => other.code(),
        }
    }

    /// The language's name in itself, as shown in the switcher.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::De => "Deutsch",
            Lang::DeLs => "Leichte Sprache",
            Lang::En => "English",
            Lang::Ar => "العربية",
            Lang::Tr => "Türkçe",
            Lang::Uk => "Українська",
            Lang::Ru => "Русский",
            Lang::Pl => "Polski",
            Lang::Bg => "Български",
            Lang::Ro => "Română",
            Lang::Fa => "فارسی",
        }
    }

    /// Writing direction for `<html dir>`.
    pub fn dir(self) -> &'static str {
        match self {
            Lang::Ar | Lang::Fa => "rtl",
            _ => "ltr",
        }
    }

    /// Whether staff screens exist in this language (German and English; the others
    /// show them in German).
    pub fn has_staff_screens(self) -> bool {
        matches!(self, Lang::De | Lang::En)
    }

    /// German or Leichte Sprache: text written on these pages needs no note of its
    /// language for staff.
    pub fn is_german(self) -> bool {
        matches!(self, Lang::De | Lang::DeLs)
    }

    pub fn parse(code: &str) -> Option<Lang> {
        let code = code.trim().to_ascii_lowercase().replace('_', "-");
        Lang::ALL
            .into_iter()
            .find(|l| l.code() == code || l.locale_dir() == code)
    }

    /// The best supported language for an `Accept-Language` header, honouring q-values;
    /// regional variants (`en-GB`) match their base language.
    pub fn from_accept_language(header: &str) -> Option<Lang> {
        let mut candidates: Vec<(f32, usize, Lang)> = header
            .split(',')
            .enumerate()
            .filter_map(|(pos, part)| {
                let mut pieces = part.trim().split(';');
                let tag = pieces.next()?.trim();
                let q = pieces
                    .find_map(|p| p.trim().strip_prefix("q=").map(str::to_string))
                    .map_or(Some(1.0), |q| q.parse::<f32>().ok())?;
                let base = tag.split('-').next()?;
                let lang = Lang::parse(base)?;
                (q > 0.0).then_some((q, pos, lang))
            })
            .collect();
        candidates.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        candidates.first().map(|c| c.2)
    }

    /// The language of a request: an explicit `?lang=`, then the `lang` cookie (the last
    /// choice on this device), then the signed-in account's preference (a new device),
    /// then `Accept-Language`, then German.
    pub fn negotiate(
        query: Option<&str>,
        cookie: Option<&str>,
        account: Option<&str>,
        accept: Option<&str>,
    ) -> Lang {
        query
            .and_then(Lang::parse)
            .or_else(|| cookie.and_then(Lang::parse))
            .or_else(|| account.and_then(Lang::parse))
            .or_else(|| accept.and_then(Lang::from_accept_language))
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn german_and_leichte_sprache_count_as_german() {
        let german: Vec<Lang> = Lang::ALL.into_iter().filter(|l| l.is_german()).collect();
        assert_eq!(german, [Lang::De, Lang::DeLs]);
    }

    #[test]
    fn explicit_choice_beats_cookie_beats_browser() {
        assert_eq!(
            Lang::negotiate(Some("en"), Some("ar"), Some("de"), Some("de")),
            Lang::En
        );
        assert_eq!(
            Lang::negotiate(None, Some("ar"), Some("en"), Some("de")),
            Lang::Ar
        );
        assert_eq!(
            Lang::negotiate(None, None, Some("uk"), Some("de")),
            Lang::Uk
        );
        assert_eq!(
            Lang::negotiate(None, None, None, Some("en-GB,en;q=0.8")),
            Lang::En
        );
        assert_eq!(Lang::negotiate(None, None, None, None), Lang::De);
    }

    #[test]
    fn unknown_codes_fall_through_to_the_next_source() {
        assert_eq!(
            Lang::negotiate(Some("xx"), Some("en"), None, None),
            Lang::En
        );
        assert_eq!(
            Lang::negotiate(Some("xx"), Some("yy"), Some("zz"), Some("ww")),
            Lang::De
        );
    }

    #[test]
    fn accept_language_honours_quality_values() {
        assert_eq!(
            Lang::from_accept_language("fr-FR, de;q=0.5, en;q=0.9"),
            Some(Lang::En)
        );
        assert_eq!(
            Lang::from_accept_language("en;q=0, de;q=0.1"),
            Some(Lang::De)
        );
        assert_eq!(Lang::from_accept_language("fr, it"), None);
        assert_eq!(Lang::from_accept_language("garbage;q=x"), None);
    }

    #[test]
    fn every_language_has_its_codes_and_direction() {
        for lang in Lang::ALL {
            assert_eq!(Lang::parse(lang.code()), Some(lang));
            assert_eq!(Lang::parse(lang.locale_dir()), Some(lang));
        }
        assert_eq!(Lang::parse("DE-X-LS"), Some(Lang::DeLs));
        assert_eq!(Lang::DeLs.html_lang(), "de");
        assert_eq!(Lang::Ar.dir(), "rtl");
        assert_eq!(Lang::Fa.dir(), "rtl");
        assert_eq!(Lang::Tr.dir(), "ltr");
        assert_eq!(
            Lang::from_accept_language("ar-SY,ar;q=0.9,de;q=0.5"),
            Some(Lang::Ar)
        );
        assert_eq!(Lang::from_accept_language("uk-UA"), Some(Lang::Uk));
    }
}
