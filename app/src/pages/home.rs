//! The start page: what BuT is, and the way in.

use crate::{
    components::{layout::button_links, title::PageTitle},
    context::use_ctx,
    i18n::t,
};
use leptos::prelude::*;

#[component]
pub fn HomePage() -> impl IntoView {
    let ctx = use_ctx();
    let actions = match ctx.user {
        Some(user) => view! {
            <p>
                <a class="button" href=user.role.home_path()>
                    {t("home-go-to-overview")}
                </a>
            </p>
        }
        .into_any(),
        None => view! {
            <p class="actions">
                {button_links(
                    1,
                    [("/registrieren", t("home-register")), ("/anmelden", t("home-login"))],
                )}
            </p>
        }
        .into_any(),
    };
    view! {
        <PageTitle text=t("portal-name") />
        <h1>{t("home-title")}</h1>
        <p class="lead">{t("home-lead")}</p>
        {actions}
        <p class="check-link">
            <a href="/berechtigung">{t("home-check-link")}</a>
        </p>
        <section class="cards" aria-label=t("home-benefits-label")>
            <article class="card">
                <h2>{t("home-tutoring-title")}</h2>
                <p>{t("home-tutoring-text")}</p>
                <p>
                    <a href="/lernstandorte">{t("home-finder-link")}</a>
                </p>
            </article>
            <article class="card">
                <h2>{t("home-participation-title")}</h2>
                <p>{t("home-participation-text")}</p>
            </article>
        </section>
        <section>
            <h2>{t("home-who-title")}</h2>
            <p>{t("home-who-text")}</p>
        </section>
        <section
            class="easy-summary"
            aria-labelledby="easy-summary-title"
            data-testid="easy-summary"
        >
            <h2 id="easy-summary-title">{t("home-summary-title")}</h2>
            {t("home-summary-text")
                .split("\n\n")
                .map(|p| view! { <p>{p.trim().to_string()}</p> })
                .collect_view()}
            <p>
                <a href="/leichte-sprache">{t("home-easy-link")}</a>
            </p>
        </section>
    }
}
