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

/// Characters left as they are in a query value or an RFC 5987 file name: letters,
/// digits and `-._~` (RFC 3986 "unreserved"); everything else is percent-encoded.
const UNRESERVED: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// Percent-encodes a query parameter value (UTF-8).
pub fn encode_component(s: &str) -> String {
    percent_encoding::utf8_percent_encode(s, UNRESERVED).to_string()
}

#[cfg(test)]
mod tests {
    #[test]
    fn query_values_are_percent_encoded() {
        assert_eq!(super::encode_component("/a?b=c&d"), "%2Fa%3Fb%3Dc%26d");
    }
}
