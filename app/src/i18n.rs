//! Translations (server side). German is the source; messages live in
//! `locales/<lang>/*.ftl`. Islands receive already translated strings as props, so the
//! browser bundle carries no Fluent at all.

use crate::domain::lang::Lang;
use fluent_templates::{Loader, fluent_bundle::FluentValue};
use std::{borrow::Cow, collections::HashMap};

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "../locales",
        fallback_language: "de",
        // Unicode isolation marks would show up in PDFs and in copied text.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

fn langid(lang: Lang) -> unic_langid::LanguageIdentifier {
    lang.locale_dir()
        .parse()
        .expect("language codes are valid BCP 47")
}

/// The message `id` in `lang`, falling back to German. A missing id is logged and
/// shown as the id itself, so tests can find it.
pub fn tr(lang: Lang, id: &str) -> String {
    tr_args(lang, id, &[])
}

/// A message argument: text, or a number (numbers select plural forms).
#[derive(Debug, Clone)]
pub enum Arg {
    Str(String),
    Num(i64),
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Str(s)
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Str(s.to_string())
    }
}

impl From<i64> for Arg {
    fn from(n: i64) -> Self {
        Arg::Num(n)
    }
}

/// The message `id` with arguments.
pub fn tr_args(lang: Lang, id: &str, args: &[(&str, Arg)]) -> String {
    let map: HashMap<Cow<'static, str>, FluentValue> = args
        .iter()
        .map(|(k, v)| {
            let value = match v {
                Arg::Str(s) => FluentValue::from(s.clone()),
                Arg::Num(n) => FluentValue::from(*n),
            };
            (Cow::Owned((*k).to_string()), value)
        })
        .collect();
    let args = (!map.is_empty()).then_some(&map);
    LOCALES
        .try_lookup_complete(&langid(lang), id, args)
        .unwrap_or_else(|| {
            tracing::warn!(id, lang = lang.code(), "missing translation");
            id.to_string()
        })
}

/// Whether `lang` (or German, the fallback) has a message `id`.
pub fn has(lang: Lang, id: &str) -> bool {
    LOCALES.try_lookup(&langid(lang), id).is_some()
}

/// An ISO date as the current request's language writes it.
pub fn date_iso(iso: &str) -> String {
    crate::domain::format::local_iso(crate::context::use_lang(), iso)
}

/// The calendar date of a unix timestamp as the current request's language writes it.
pub fn date_unix(unix: i64) -> String {
    crate::domain::format::local_from_unix(crate::context::use_lang(), unix)
}

/// A date as the current request's language writes it.
pub fn date_of(d: time::Date) -> String {
    crate::domain::format::local_date(crate::context::use_lang(), d)
}

/// A file size as the current request's language writes it, isolated (U+2068 … U+2069):
/// in a right-to-left sentence "10.0 MB" stays "10.0 MB", not "MB 10.0".
pub fn size(bytes: u64) -> String {
    let size = crate::domain::format::local_size(crate::context::use_lang(), bytes);
    format!("\u{2068}{size}\u{2069}")
}

/// The name of the language `lang` in the request's language ("Ukrainisch").
pub fn language_name(lang: Lang) -> String {
    t(&format!("language-{}", lang.code()))
}

/// An amount as the current request's language writes it.
pub fn money(amount: crate::domain::money::Cents) -> String {
    crate::domain::format::local_money(crate::context::use_lang(), amount)
}

/// A share in tenths of a percent as the current request's language writes it.
pub fn percent(permille: i64) -> String {
    crate::domain::format::local_percent(crate::context::use_lang(), permille)
}

/// The message `id` in the language of the current request.
pub fn t(id: &str) -> String {
    tr(crate::context::use_lang(), id)
}

/// The message `id` with arguments, in the language of the current request.
pub fn t_args(id: &str, args: &[(&str, Arg)]) -> String {
    tr_args(crate::context::use_lang(), id, args)
}

/// A message about a family's answers: the family reads it addressed to itself ("Ihr
/// Kind"), staff and schools in the third person — the message `<id>-third` where there
/// is one.
pub fn t_about(id: &str) -> String {
    t_args_about(id, &[])
}

/// [`t_about`] with arguments.
pub fn t_args_about(id: &str, args: &[(&str, Arg)]) -> String {
    let ctx = crate::context::use_ctx();
    let family = ctx
        .user
        .as_ref()
        .is_none_or(|u| u.role == crate::domain::account::Role::Family);
    let third = format!("{id}-third");
    if !family && has(ctx.lang, &third) {
        tr_args(ctx.lang, &third, args)
    } else {
        tr_args(ctx.lang, id, args)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn german_and_english_differ_and_missing_ids_show_as_ids() {
        assert_eq!(tr(Lang::De, "nav-login"), "Anmelden");
        assert_eq!(tr(Lang::En, "nav-login"), "Log in");
        assert_eq!(tr(Lang::En, "no-such-message"), "no-such-message");
    }

    #[test]
    fn arguments_are_substituted_without_isolation_marks() {
        let s = tr_args(
            Lang::De,
            "account-logged-in-as",
            &[("email", "a@b.de".into())],
        );
        assert_eq!(s, "Angemeldet als a@b.de");
    }

    #[test]
    fn numbers_select_plural_forms() {
        assert_eq!(
            tr_args(Lang::De, "staff-kommune-schools", &[("count", 1.into())]),
            "eine Schule"
        );
        assert_eq!(
            tr_args(Lang::En, "staff-kommune-schools", &[("count", 4.into())]),
            "4 schools"
        );
    }

    #[test]
    fn blank_lines_in_messages_separate_paragraphs() {
        assert!(tr(Lang::De, "info-accessibility-text").contains("\n\n"));
    }
}
