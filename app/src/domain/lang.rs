//! The portal's languages and how the language of a request is chosen.

use serde::{Deserialize, Serialize};

/// A language the portal speaks. German is the source language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum Lang {
    #[default]
    De,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::De, Lang::En];

    /// BCP 47 code, used in `?lang=`, the cookie, `<html lang>` and the locale directory.
    pub fn code(self) -> &'static str {
        match self {
            Lang::De => "de",
            Lang::En => "en",
        }
    }

    /// The language's name in itself, as shown in the switcher.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::De => "Deutsch",
            Lang::En => "English",
        }
    }

    /// Writing direction for `<html dir>`.
    pub fn dir(self) -> &'static str {
        "ltr"
    }

    pub fn parse(code: &str) -> Option<Lang> {
        let code = code.trim().to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == code)
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

    /// The language of a request: an explicit `?lang=`, then the `lang` cookie, then
    /// `Accept-Language`, then German.
    pub fn negotiate(query: Option<&str>, cookie: Option<&str>, accept: Option<&str>) -> Lang {
        query
            .and_then(Lang::parse)
            .or_else(|| cookie.and_then(Lang::parse))
            .or_else(|| accept.and_then(Lang::from_accept_language))
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn explicit_choice_beats_cookie_beats_browser() {
        assert_eq!(
            Lang::negotiate(Some("en"), Some("de"), Some("de")),
            Lang::En
        );
        assert_eq!(Lang::negotiate(None, Some("en"), Some("de")), Lang::En);
        assert_eq!(
            Lang::negotiate(None, None, Some("en-GB,en;q=0.8")),
            Lang::En
        );
        assert_eq!(Lang::negotiate(None, None, None), Lang::De);
    }

    #[test]
    fn unknown_codes_fall_through_to_the_next_source() {
        assert_eq!(Lang::negotiate(Some("xx"), Some("en"), None), Lang::En);
        assert_eq!(
            Lang::negotiate(Some("xx"), Some("yy"), Some("zz")),
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
}
