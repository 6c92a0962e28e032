//! Error pages (403, 404, 500, 503) in the user's language, with the right status code.

use crate::{components::title::PageTitle, error::AppError, i18n::t};
use leptos::prelude::*;

#[component]
pub fn ErrorPage(status: u16) -> impl IntoView {
    if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
        res.set_status(
            http::StatusCode::from_u16(status).unwrap_or(http::StatusCode::INTERNAL_SERVER_ERROR),
        );
    }
    let key = match status {
        403 => "403",
        404 => "404",
        503 => "503",
        _ => "500",
    };
    let title = t(&format!("error-page-{key}-title"));
    view! {
        <PageTitle text=title.clone() />
        <div class="error-page">
            <h1>{title}</h1>
            <p>{t(&format!("error-page-{key}-text"))}</p>
            <p>
                <a href="/">{t("error-page-home-link")}</a>
            </p>
        </div>
    }
}

/// The error page of `e`, with its status: 404 for what does not exist (or is not the
/// user's), 503 while the database is unavailable or saturated (the server adds
/// `Retry-After`), otherwise 500. The cause is logged where it became an [`AppError`].
pub fn error_view(e: AppError) -> AnyView {
    view! { <ErrorPage status=e.status() /> }.into_any()
}
