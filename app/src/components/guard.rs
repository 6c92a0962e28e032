//! Server-side access control for pages: no session → redirect to login; wrong role →
//! 403 page; database unreachable → 503 page.

use crate::{
    context::{CurrentUser, use_ctx},
    domain::account::Role,
    pages::errors::ErrorPage,
};
use leptos::prelude::*;

/// Renders `page` for the current user if they have one of `roles`.
pub fn require_role(roles: &[Role], page: impl FnOnce(CurrentUser) -> AnyView) -> AnyView {
    let ctx = use_ctx();
    match ctx.user {
        Some(user) if roles.contains(&user.role) => page(user),
        Some(_) => view! { <ErrorPage status=403 /> }.into_any(),
        None if !ctx.db_ok => view! { <ErrorPage status=503 /> }.into_any(),
        None => {
            leptos_axum::redirect(&format!("/anmelden?weiter={}", encode_component(&ctx.path)));
            ().into_any()
        }
    }
}

/// Percent-encodes a query parameter value.
pub fn encode_component(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn query_values_are_percent_encoded() {
        assert_eq!(super::encode_component("/a?b=c&d"), "%2Fa%3Fb%3Dc%26d");
    }
}
