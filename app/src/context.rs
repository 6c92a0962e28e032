//! What the server knows about the current request (language, user, flash message),
//! computed once by a middleware and read by pages and server functions.

use crate::{
    domain::{FieldError, account::Role, ids::AccountId, lang::Lang},
    error::AppError,
};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// The logged-in user, loaded from the database on every request so that a disabled
/// account or a changed role takes effect at once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CurrentUser {
    pub id: AccountId,
    pub email: String,
    pub role: Role,
    /// The account's language, for what is sent to the user.
    pub lang: Lang,
}

/// A message carried across one redirect (Post/Redirect/Get): a notice, or the errors and
/// entered values of a form that failed validation. Passwords are never put here.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Flash {
    pub notice: Option<String>,
    pub errors: Vec<FieldError>,
    pub values: HashMap<String, String>,
}

impl Flash {
    pub const SESSION_KEY: &'static str = "flash";

    pub fn notice(msg_id: &str) -> Self {
        Flash {
            notice: Some(msg_id.to_string()),
            ..Default::default()
        }
    }

    /// The error of one field, if any.
    pub fn error_for(&self, field: &str) -> Option<&str> {
        self.errors
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.msg_id.as_str())
    }

    pub fn value(&self, field: &str) -> String {
        self.values.get(field).cloned().unwrap_or_default()
    }
}

/// The cookie that marks a device an account has logged in on: its name (`__Host-` over
/// HTTPS) and whether it is `Secure`. Provided by the server.
#[derive(Debug, Clone, Copy)]
pub struct DeviceCookie {
    pub name: &'static str,
    pub secure: bool,
}

/// How to reach the data protection officer (Art. 13 Abs. 1 Buchst. b DSGVO), from the
/// server's settings; shown in the privacy notice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataProtectionOfficer(pub String);

/// Request context inserted into the request's extensions by the server.
#[derive(Debug, Clone, Default)]
pub struct RequestCtx {
    pub lang: Lang,
    pub user: Option<CurrentUser>,
    pub flash: Flash,
    /// False when the database could not be reached for this request.
    pub db_ok: bool,
    /// Path and query of the request, for the language switcher and login redirects.
    pub path: String,
    /// The client's address as rate limits and the login throttle count it (an IPv6
    /// address by its /64 network); empty if unknown.
    pub client: String,
    /// The token of the `but_device` cookie: a device this browser logged in on before.
    pub device: Option<String>,
}

impl RequestCtx {
    /// The user of this request if they have one of `roles`: without a login
    /// [`AppError::Unauthorized`], with another role [`AppError::Forbidden`].
    pub fn require(&self, roles: &[Role]) -> Result<&CurrentUser, AppError> {
        match &self.user {
            Some(user) if roles.contains(&user.role) => Ok(user),
            Some(_) => Err(AppError::Forbidden),
            None => Err(AppError::Unauthorized),
        }
    }
}

/// The context of the current request (a default one outside a request).
///
/// It is read from this request's own [`http::request::Parts`] every time, never cached in
/// the reactive context: leptos_axum gives every page render and every server function its
/// own `Parts` in its own owner, while any other context value could be inherited from an
/// owner of a *different* request (see the README, "How a request knows who is asking").
pub fn use_ctx() -> RequestCtx {
    with_request(|ctx| ctx.clone()).unwrap_or_default()
}

/// The language of the current request (German outside a request). Cheaper than
/// [`use_ctx`] for the many translations of a page.
pub fn use_lang() -> Lang {
    with_request(|ctx| ctx.lang).unwrap_or_default()
}

fn with_request<R>(read: impl FnOnce(&RequestCtx) -> R) -> Option<R> {
    with_context::<http::request::Parts, _>(|parts| parts.extensions.get::<RequestCtx>().map(read))
        .flatten()
}
