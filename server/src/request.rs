//! What the server knows about each request — language, user, flash message — worked
//! out once by a middleware and put into *this request's* extensions as [`RequestCtx`],
//! where pages and server functions read it (`app::context::use_ctx`). It also keeps a
//! logged-in session alive without writing it on every page view.

use crate::{AppState, security};
use app::{
    api::{SEEN_KEY, SINCE_KEY, USER_ID_KEY},
    context::{CurrentUser, Flash, RequestCtx},
    db::{account, now_millis, now_unix},
    domain::{
        account::{Role, local_path, session_refresh_due, session_too_old},
        ids::AccountId,
        lang::Lang,
    },
    error::ErrorPage,
};
use axum::{
    extract::{ConnectInfo, Request, State},
    http::{HeaderMap, HeaderValue, Method, StatusCode, header},
    middleware::Next,
    response::{IntoResponse, Response},
};
use std::net::SocketAddr;
use tower_sessions::{Expiry, Session};

/// The languages a request asks for: `?lang=`, the cookie, `Accept-Language`.
struct LangChoice {
    query: Option<Lang>,
    cookie: Option<Lang>,
    accept: Option<String>,
}

impl LangChoice {
    fn of(req: &Request) -> LangChoice {
        let query = req
            .uri()
            .query()
            .and_then(|q| q.split('&').find_map(|p| p.strip_prefix("lang=")))
            .and_then(Lang::parse);
        let headers = req.headers();
        LangChoice {
            query,
            cookie: security::cookie(headers, "lang").and_then(|c| Lang::parse(&c)),
            accept: headers
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string),
        }
    }

    fn negotiate(&self, account: Option<Lang>) -> Lang {
        Lang::negotiate(
            self.query.map(Lang::code),
            self.cookie.map(Lang::code),
            account.map(Lang::code),
            self.accept.as_deref(),
        )
    }
}

/// Works out language, user and flash message of the request and stores them as
/// [`RequestCtx`] in its extensions. A `?lang=` choice is kept in a cookie. While the
/// database cannot be reached, a request that changes something is answered with 503
/// before it runs (its user is unknown, and it must not look like a logged-out one).
pub async fn request_context(
    State(state): State<AppState>,
    session: Session,
    mut req: Request,
    next: Next,
) -> Response {
    let langs = LangChoice::of(&req);
    let (user, db_ok) = load_user(&state, &session).await;
    if !db_ok && !is_read(req.method()) {
        return StatusCode::SERVICE_UNAVAILABLE.into_response();
    }
    // The device's choice (switcher, cookie) decides the page's language; the account's
    // language is changed only by the account's own forms (a link from anywhere could set
    // `?lang=`).
    let lang = screen_lang(
        req.uri().path(),
        langs.negotiate(user.as_ref().map(|u| u.lang)),
    );
    let wants_html = wants_html(req.headers());
    let flash = if db_ok && req.method() == Method::GET && wants_html {
        take_flash(&session).await
    } else {
        Flash::default()
    };
    let path = local_path(req.uri().path_and_query().map_or("/", |p| p.as_str()));
    let role = user.as_ref().map(|u| (u.id.clone(), u.role));
    let client = crate::limits::client_address(
        req.headers(),
        req.extensions().get::<ConnectInfo<SocketAddr>>(),
        state.config.trust_forwarded_for,
    );
    let device = security::cookie(
        req.headers(),
        crate::device_cookie(state.config.secure_cookies()),
    );
    req.extensions_mut().insert(RequestCtx {
        lang,
        user,
        flash,
        db_ok,
        path,
        client,
        device,
    });

    let mut res = error_page(next.run(req).await, lang);
    match role {
        Some((id, role)) => keep_alive(&session, &id, role).await,
        None => visitor_session(&session).await,
    }
    if let Some(lang) = langs.query {
        let cookie = format!(
            "lang={}; Path=/; Max-Age=31536000; SameSite=Lax",
            lang.code()
        );
        if let Ok(v) = HeaderValue::from_str(&cookie) {
            res.headers_mut().append(header::SET_COOKIE, v);
        }
    }
    if !db_ok && wants_html && res.status().is_success() {
        return security::simple_page(StatusCode::SERVICE_UNAVAILABLE, lang, "503");
    }
    res
}

/// A response marked by an [`AppError`] (a handler's `Err`, or a form post's
/// [`app::error::Answer::Page`]) becomes the translated page of its status in the user's
/// language. A 503 stays bare: `resilience::unavailable_page` renders it with the entries.
fn error_page(res: Response, lang: Lang) -> Response {
    match res.extensions().get::<ErrorPage>() {
        Some(ErrorPage(status)) if *status != StatusCode::SERVICE_UNAVAILABLE => {
            security::simple_page(*status, lang, security::page_key(*status))
        }
        _ => res,
    }
}

fn is_read(method: &Method) -> bool {
    matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
}

fn wants_html(headers: &HeaderMap) -> bool {
    headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("text/html"))
}

/// The session's user, loaded from the database on every request so that a disabled
/// account or a changed role takes effect at once; `false` if the database failed. A
/// session that has ended — begun before the password was changed or "log out
/// everywhere", older than the role's absolute lifetime, of a disabled account — is
/// removed, and the request is anonymous.
async fn load_user(state: &AppState, session: &Session) -> (Option<CurrentUser>, bool) {
    let id = match session.get::<AccountId>(USER_ID_KEY).await {
        Ok(Some(id)) => id,
        Ok(None) => return (None, true),
        Err(e) => {
            tracing::error!(error = %e, "loading the session failed");
            return (None, false);
        }
    };
    let since = session
        .get::<i64>(SINCE_KEY)
        .await
        .ok()
        .flatten()
        .unwrap_or(0);
    match account::find_user(&state.db, &id, since).await {
        Ok(Some(user)) if !session_too_old(since, now_millis(), user.role) => (Some(user), true),
        Ok(_) => {
            if let Err(e) = session.flush().await {
                tracing::warn!(error = %e, "removing an ended session failed");
            }
            (None, true)
        }
        Err(e) => {
            tracing::error!(error = %e, "loading the session's user failed");
            (None, false)
        }
    }
}

/// Staff and admin screens exist in German and English only: in another language they
/// are German, and say so in `<html lang>`.
fn screen_lang(path: &str, lang: Lang) -> Lang {
    let staff_screen = ["/verwaltung", "/admin"]
        .iter()
        .any(|p| path.starts_with(p));
    if staff_screen && !lang.has_staff_screens() {
        Lang::De
    } else {
        lang
    }
}

/// The flash message for this page, removed from the session — which is only then
/// changed (and written back).
async fn take_flash(session: &Session) -> Flash {
    match session.get::<Flash>(Flash::SESSION_KEY).await {
        Ok(Some(flash)) => {
            let _ = session.remove_value(Flash::SESSION_KEY).await;
            // A visitor's session (no user) holds nothing but this message: it ends.
            if matches!(session.get::<String>(USER_ID_KEY).await, Ok(None)) {
                let _ = session.flush().await;
            }
            flash
        }
        _ => Flash::default(),
    }
}

/// Minutes a visitor's session lives: it only carries a message or a failed form's
/// entries to the next page.
const VISITOR_SESSION_MINUTES: i64 = 10;

/// A session this request gave a visitor (not logged in) — sessions are created only to
/// carry a message or a failed form's entries to the next page — ends after
/// [`VISITOR_SESSION_MINUTES`]; a login during the request set its own expiry.
async fn visitor_session(session: &Session) {
    let logged_in = matches!(session.get::<String>(USER_ID_KEY).await, Ok(Some(_)));
    if session.is_modified() && !logged_in {
        session.set_expiry(Some(Expiry::OnInactivity(time::Duration::minutes(
            VISITOR_SESSION_MINUTES,
        ))));
    }
}

/// Pushes the end of a logged-in session out by the role's idle timeout when the session
/// is written anyway or a tenth of that time has passed since it was last written — not
/// on every request. A session the request ended (logout) or handed to someone else
/// stays as it is.
async fn keep_alive(session: &Session, user_id: &AccountId, role: Role) {
    if session
        .get::<AccountId>(USER_ID_KEY)
        .await
        .ok()
        .flatten()
        .as_ref()
        != Some(user_id)
    {
        return;
    }
    let now = now_unix();
    let seen = session.get::<i64>(SEEN_KEY).await.ok().flatten();
    let idle = role.idle_timeout_minutes();
    if session.is_modified() || session_refresh_due(seen, now, idle) {
        session.set_expiry(Some(Expiry::OnInactivity(time::Duration::minutes(idle))));
        if let Err(e) = session.insert(SEEN_KEY, now).await {
            tracing::warn!(error = %e, "keeping the session alive failed");
        }
    }
}
