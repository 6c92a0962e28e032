//! Every locale has exactly the message ids of German, every file parses without junk,
//! and every message renders in every locale with sample arguments.

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

/// (file name, contents) of every `.ftl` file of a locale.
fn files(lang: &str) -> Vec<(String, String)> {
    let mut out: Vec<_> = fs::read_dir(locales_dir().join(lang))
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

/// Message id → its German source text (first line and continuation lines).
fn messages(lang: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for (_, src) in files(lang) {
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
        for (name, src) in files(lang.code()) {
            if let Err((_, errors)) = FluentResource::try_new(src) {
                panic!("locales/{}/{name}: {errors:?}", lang.code());
            }
        }
    }
}

#[test]
fn every_locale_has_exactly_the_german_message_ids_in_the_same_files() {
    let german: BTreeSet<_> = messages("de").into_keys().collect();
    assert!(german.len() > 50);
    let german_files: Vec<_> = files("de").into_iter().map(|f| f.0).collect();
    for lang in Lang::ALL {
        let have: BTreeSet<_> = messages(lang.code()).into_keys().collect();
        let missing: Vec<_> = german.difference(&have).collect();
        let extra: Vec<_> = have.difference(&german).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{}: missing {missing:?}, extra {extra:?}",
            lang.code()
        );
        let lang_files: Vec<_> = files(lang.code()).into_iter().map(|f| f.0).collect();
        assert_eq!(
            lang_files,
            german_files,
            "{}: one file per feature",
            lang.code()
        );
    }
}

#[test]
fn every_message_renders_in_every_locale_with_sample_arguments() {
    for (id, source) in messages("de") {
        let args: Vec<(String, Arg)> = variables(&source)
            .into_iter()
            .map(|v| (v, Arg::Num(3)))
            .collect();
        let args: Vec<(&str, Arg)> = args.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
        for lang in Lang::ALL {
            let text = tr_args(lang, &id, &args);
            assert_ne!(text, id, "{}: {id} does not render", lang.code());
            assert!(
                !text.contains("{$") && !text.contains("{ $"),
                "{}: {id} lacks an argument: {text}",
                lang.code()
            );
        }
    }
}
