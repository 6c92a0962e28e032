//! The page title. leptos_meta 0.8 writes `<Title>` text into the head as it is, without
//! escaping, so a child, a Lernstandort or a school named `</title><meta …>` would inject
//! markup into the head of every page that names it. Every page sets its title here.
//! Also the heading of a page below an overview, with its way back.

use crate::{domain::text::escape_html, i18n::t};
use leptos::prelude::*;
use leptos_meta::Title;

/// Sets the page's `<title>` to `text`, escaped.
#[component]
pub fn PageTitle(#[prop(into)] text: String) -> impl IntoView {
    view! { <Title text=escape_html(&text) /> }
}

/// The page's title, a link back to the overview at `back` (if any), and the title as
/// `<h1>`.
#[component]
pub fn PageHeading(
    #[prop(into)] text: String,
    #[prop(optional)] back: Option<&'static str>,
) -> impl IntoView {
    view! {
        <PageTitle text=text.clone() />
        {back.map(|href| view! { <BackLink href /> })}
        <h1>{text}</h1>
    }
}

/// The link back to the overview at `href`; a page both staff and admins use leads each
/// back to their own overview.
#[component]
pub fn BackLink(href: &'static str) -> impl IntoView {
    let own = crate::context::use_ctx().user.map(|u| u.role.home_path());
    let href = match own {
        Some(home @ "/admin") if href == "/verwaltung" => home,
        _ => href,
    };
    view! {
        <p>
            <a href=href>{t("back-to-overview")}</a>
        </p>
    }
}

#[cfg(test)]
mod tests {
    /// leptos_meta's `<Title>` is used here only: anywhere else it would write its text
    /// into the head unescaped.
    #[test]
    fn pages_set_their_title_only_through_page_title() {
        let src = concat!(env!("CARGO_MANIFEST_DIR"), "/src");
        let mut stack = vec![std::path::PathBuf::from(src)];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    stack.push(path);
                } else if path.extension().is_some_and(|e| e == "rs")
                    && !path.ends_with("components/title.rs")
                {
                    let code = std::fs::read_to_string(&path).unwrap();
                    assert!(!code.contains("<Title "), "{} uses <Title>", path.display());
                }
            }
        }
    }
}
