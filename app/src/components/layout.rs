//! Header (portal name, navigation, language switcher), skip link, main landmark, footer.

use crate::api::auth::Logout;
use crate::{
    context::use_ctx,
    domain::{account::Role, lang::Lang},
    i18n::t,
};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

#[component]
pub fn Layout(children: Children) -> impl IntoView {
    let ctx = use_ctx();
    let notice = ctx.flash.notice.clone().map(|id| {
        view! {
            <div class="notice" role="status">
                <p>{t(&id)}</p>
            </div>
        }
    });
    // Staff and admins work at desktop screens all day: their pages use the width.
    let wide = ctx
        .user
        .as_ref()
        .is_some_and(|u| matches!(u.role, Role::Staff | Role::Admin));
    let container = if wide {
        "container container-wide"
    } else {
        "container"
    };
    view! {
        <a class="skip-link" href="#main">
            {t("shell-skip-link")}
        </a>
        <header class="site-header">
            <div class=format!("{container} header-row")>
                <a class="portal-name" href="/">
                    {t("portal-name")}
                </a>
                <Nav />
            </div>
            <div class=container>
                <LangSwitcher />
            </div>
        </header>
        <main id="main" class=container tabindex="-1">
            {notice}
            {children()}
        </main>
        <Footer />
    }
}

#[component]
fn Nav() -> impl IntoView {
    let ctx = use_ctx();
    let items = match ctx.user {
        Some(user) => view! {
            <li>
                <a href=user.role.home_path()>{t("nav-overview")}</a>
            </li>
            <li>
                <a href="/konto">{t("nav-account")}</a>
            </li>
            <li>
                <form method="post" action={<Logout as ServerFn>::PATH} class="inline-form">
                    <button type="submit" class="link-button">
                        {t("nav-logout")}
                    </button>
                </form>
            </li>
        }
        .into_any(),
        None => view! {
            <li>
                <a href="/anmelden">{t("nav-login")}</a>
            </li>
            <li>
                <a href="/registrieren">{t("nav-register")}</a>
            </li>
        }
        .into_any(),
    };
    view! {
        <nav aria-label=t("nav-label")>
            <ul class="nav-list">{items}</ul>
        </nav>
    }
}

/// Links to the current page in every language, each named in itself. Works without
/// JavaScript: `?lang=` sets the cookie on the server.
#[component]
fn LangSwitcher() -> impl IntoView {
    let ctx = use_ctx();
    let links = Lang::ALL
        .into_iter()
        .map(|lang| {
            let current = lang == ctx.lang;
            view! {
                <li>
                    <a
                        href=with_lang(&ctx.path, lang.code())
                        lang=lang.html_lang()
                        hreflang=lang.html_lang()
                        aria-current=current.then_some("true")
                    >
                        {lang.native_name()}
                    </a>
                </li>
            }
        })
        .collect_view();
    // A disclosure, so that eleven languages do not fill a phone's screen; the globe is
    // recognisable whatever language the page is in.
    view! {
        <nav class="lang-switcher" aria-label=t("shell-language-label")>
            <details>
                <summary>
                    <svg
                        class="globe"
                        aria-hidden="true"
                        viewBox="0 0 24 24"
                        width="20"
                        height="20"
                    >
                        <circle
                            cx="12"
                            cy="12"
                            r="10"
                            fill="none"
                            stroke="currentColor"
                            stroke-width="2"
                        />
                        <path
                            d="M2 12h20M12 2c3 3 4 6.5 4 10s-1 7-4 10c-3-3-4-6.5-4-10s1-7 4-10z"
                            fill="none"
                            stroke="currentColor"
                            stroke-width="2"
                        />
                    </svg>
                    " "
                    {t("shell-language-label")}
                    " · "
                    <span lang=ctx.lang.html_lang()>{ctx.lang.native_name()}</span>
                </summary>
                <ul>{links}</ul>
            </details>
        </nav>
    }
}

#[component]
fn Footer() -> impl IntoView {
    let links = [
        ("/barrierefreiheit", "footer-accessibility"),
        ("/datenschutz", "footer-privacy"),
        ("/impressum", "footer-imprint"),
        ("/leichte-sprache", "footer-easy-language"),
        ("/kontakt", "footer-contact"),
    ]
    .into_iter()
    .map(|(href, id)| {
        view! {
            <li>
                <a href=href>{t(id)}</a>
            </li>
        }
    })
    .collect_view();
    view! {
        <footer class="site-footer">
            <div class="container">
                <nav aria-label=t("footer-label")>
                    <ul class="footer-links">{links}</ul>
                </nav>
                <p>{t("footer-operator")}</p>
            </div>
        </footer>
    }
}

/// `path` (with its query) with the `lang` parameter set to `code`.
pub fn with_lang(path: &str, code: &str) -> String {
    let (base, query) = path.split_once('?').unwrap_or((path, ""));
    let mut params: Vec<&str> = query
        .split('&')
        .filter(|p| !p.is_empty() && !p.starts_with("lang="))
        .collect();
    let lang = format!("lang={code}");
    params.push(&lang);
    format!(
        "{}?{}",
        if base.is_empty() { "/" } else { base },
        params.join("&")
    )
}

/// Links that look like buttons: the first `primary` of them are the main actions, the
/// rest secondary ones.
pub fn button_links<const N: usize>(
    primary: usize,
    links: [(&'static str, String); N],
) -> impl IntoView {
    let mut index = 0;
    links.map(|(href, label)| {
        let class = if index < primary {
            "button"
        } else {
            "button button-secondary"
        };
        index += 1;
        view! {
            <a class=class href=href>
                {label}
            </a>
        }
    })
}

/// The message that a list has nothing to show; `testid` names it for the tests.
pub fn empty_state(message_id: &str, testid: Option<&'static str>) -> AnyView {
    view! {
        <p class="empty-state" data-testid=testid>
            {t(message_id)}
        </p>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::with_lang;

    #[test]
    fn language_links_keep_the_page_and_replace_the_language() {
        assert_eq!(with_lang("/anmelden", "en"), "/anmelden?lang=en");
        assert_eq!(
            with_lang("/a?weiter=%2Fb&lang=de", "en"),
            "/a?weiter=%2Fb&lang=en"
        );
        assert_eq!(with_lang("", "de"), "/?lang=de");
    }
}
