//! Every locale has exactly the message ids of German (for the screens it covers), every
//! file parses without junk, and every message renders in every locale with sample
//! arguments.
//!
//! Coverage: staff and admin screens (`staff.ftl`, `admin.ftl`, `reports.ftl`) exist in German and
//! English only; Leichte Sprache covers the family-facing screens (everything but those
//! and the schools' screens, `schools.ftl`). What a locale does not cover falls back to
//! German.

use app::{
    domain::lang::Lang,
    i18n::{Arg, tr_args},
};
use fluent_templates::fluent_bundle::FluentResource;
use std::{
    collections::{BTreeMap, BTreeSet},
    fs,
    path::PathBuf,
};

fn locales_dir() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../locales"))
}

const STAFF_FILES: [&str; 3] = ["staff.ftl", "admin.ftl", "reports.ftl"];
const SCHOOL_FILES: [&str; 1] = ["schools.ftl"];

/// The German files a locale must translate.
fn covered(lang: Lang) -> Vec<String> {
    files("de")
        .into_iter()
        .map(|(name, _)| name)
        .filter(|name| lang.has_staff_screens() || !STAFF_FILES.contains(&name.as_str()))
        .filter(|name| lang != Lang::DeLs || !SCHOOL_FILES.contains(&name.as_str()))
        .collect()
}

/// (file name, contents) of every `.ftl` file of a locale directory.
fn files(dir: &str) -> Vec<(String, String)> {
    let mut out: Vec<_> = fs::read_dir(locales_dir().join(dir))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        .map(|p| {
            (
                p.file_name().unwrap().to_string_lossy().to_string(),
                fs::read_to_string(&p).unwrap(),
            )
        })
        .collect();
    out.sort();
    out
}

/// Message id → its source text (first line and continuation lines), of the files
/// `only` names (all if `None`).
fn messages(dir: &str, only: Option<&[String]>) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for (name, src) in files(dir) {
        if only.is_some_and(|only| !only.contains(&name)) {
            continue;
        }
        let mut current: Option<String> = None;
        for line in src.lines() {
            let starts_entry = line.chars().next().is_some_and(|c| c.is_ascii_alphabetic());
            if let (true, Some((id, value))) = (starts_entry, line.split_once('=')) {
                let id = id.trim().to_string();
                out.insert(id.clone(), value.to_string());
                current = Some(id);
            } else if line.starts_with(' ') {
                if let Some(id) = &current {
                    out.get_mut(id).unwrap().push_str(line);
                }
            } else {
                current = None;
            }
        }
    }
    out
}

/// Names of the variables (`{ $name }`) a message uses.
fn variables(text: &str) -> BTreeSet<String> {
    text.split("$")
        .skip(1)
        .map(|rest| {
            rest.chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                .collect()
        })
        .collect()
}

#[test]
fn every_ftl_file_parses_without_errors() {
    for lang in Lang::ALL {
        for (name, src) in files(lang.locale_dir()) {
            if let Err((_, errors)) = FluentResource::try_new(src) {
                panic!("locales/{}/{name}: {errors:?}", lang.locale_dir());
            }
        }
    }
}

#[test]
fn every_locale_has_exactly_the_german_message_ids_in_the_same_files() {
    for lang in Lang::ALL {
        let expected_files = covered(lang);
        let german: BTreeSet<_> = messages("de", Some(&expected_files)).into_keys().collect();
        assert!(german.len() > 50);
        let have: BTreeSet<_> = messages(lang.locale_dir(), None).into_keys().collect();
        let missing: Vec<_> = german.difference(&have).collect();
        let extra: Vec<_> = have.difference(&german).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "locales/{}: missing {missing:?}, extra {extra:?}",
            lang.locale_dir()
        );
        let lang_files: Vec<_> = files(lang.locale_dir()).into_iter().map(|f| f.0).collect();
        assert_eq!(
            lang_files,
            expected_files,
            "locales/{}: one file per feature",
            lang.locale_dir()
        );
    }
}

#[test]
fn every_message_renders_in_every_locale_with_sample_arguments() {
    for (id, source) in messages("de", None) {
        let names = variables(&source);
        // Numbers for every plural category: 0, 1, 2, few (3, 22), many (5, 11), 100.
        for n in [0, 1, 2, 3, 5, 11, 22, 100] {
            let args: Vec<(&str, Arg)> = names.iter().map(|v| (v.as_str(), Arg::Num(n))).collect();
            for lang in Lang::ALL {
                let text = tr_args(lang, &id, &args);
                assert_ne!(text, id, "{}: {id} does not render", lang.code());
                assert!(
                    !text.contains("{$") && !text.contains("{ $") && !text.contains("{???}"),
                    "{}: {id} lacks an argument: {text}",
                    lang.code()
                );
            }
        }
    }
}

#[test]
fn translations_use_only_the_variables_german_passes() {
    let german = messages("de", None);
    for lang in Lang::ALL {
        for (id, text) in messages(lang.locale_dir(), None) {
            let allowed = german.get(&id).map(|g| variables(g)).unwrap_or_default();
            let unknown: Vec<_> = variables(&text).difference(&allowed).cloned().collect();
            assert!(
                unknown.is_empty(),
                "locales/{}: {id} uses {unknown:?}",
                lang.locale_dir()
            );
        }
    }
}
