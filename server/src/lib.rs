//! The portal's HTTP server: router, sessions, middleware, health checks. The binary in
//! `main.rs` adds the command line; tests start the same router on a random port.

pub mod config;
mod documents;
pub mod history;
pub mod notices;
mod reports;
pub mod security;
pub mod seed;

use app::{
    App,
    api::USER_ID_KEY,
    context::{CurrentUser, Flash, RequestCtx},
    db::{Db, account, session_store::SqlSessionStore},
    domain::lang::Lang,
    shell,
};
pub use axum::Router;
use axum::{
    extract::{FromRef, Request, State},
    http::{HeaderValue, Method, StatusCode, header},
    middleware::{self, Next},
    response::{IntoResponse, Response},
    routing::{get, post},
};
use config::Config;
use leptos::prelude::*;
use leptos_axum::{LeptosRoutes, generate_route_list, handle_server_fns_with_context};
use std::sync::Arc;
use tower_http::{compression::CompressionLayer, limit::RequestBodyLimitLayer, trace::TraceLayer};
use tower_sessions::{
    Expiry, Session, SessionManagerLayer, cookie::SameSite, session_store::ExpiredDeletion,
};

/// Shared state of all handlers.
#[derive(Clone)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    pub db: Db,
    pub config: Arc<Config>,
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}

/// Name of the session cookie.
pub const SESSION_COOKIE: &str = "but_session";

/// Connects to the database and applies pending migrations.
pub async fn connect_and_migrate(config: &Config) -> Result<Db, BoxError> {
    let db = Db::connect(&config.database_url, config.db_max_connections).await?;
    db.migrate().await?;
    Ok(db)
}

/// Builds the complete application router.
pub fn router(config: Config, db: Db) -> Router {
    let leptos_options = LeptosOptions::builder()
        .output_name("but-portal")
        .site_root(config.site_root.as_str())
        .site_pkg_dir("pkg")
        .build();
    let state = AppState {
        leptos_options,
        db: db.clone(),
        config: Arc::new(config),
    };

    let store = SqlSessionStore::new(db.clone());
    let sessions = SessionManagerLayer::new(store)
        .with_name(SESSION_COOKIE)
        .with_http_only(true)
        .with_same_site(SameSite::Lax)
        .with_secure(state.config.secure_cookies())
        .with_expiry(Expiry::OnInactivity(time::Duration::minutes(60)));

    let routes = generate_route_list(App);
    let ctx_db = db.clone();
    let limits = state.config.upload_limits();
    let office = state.config.office();
    let context = move || {
        provide_context(ctx_db.clone());
        provide_context(limits);
        provide_context(office.clone());
    };
    let options = state.leptos_options.clone();

    // Uploads have their own, larger limits, checked while reading the multipart body.
    let uploads = Router::new()
        .route("/familie/antrag/{id}/nachweise", post(documents::upload))
        .route("/familie/antrag/{id}/antwort", post(documents::answer))
        .route(
            "/schule/antrag/{id}/unterschrieben",
            post(documents::submit_signed),
        );

    Router::new()
        .route("/dokumente/{id}", get(documents::download))
        .route("/bescheide/{id}", get(notices::download))
        .route("/verwaltung/serienbrief", get(notices::serienbrief))
        .route("/admin/bescheid-vorschau", get(notices::preview))
        .route("/verwaltung/berichte/{file}", get(reports::download))
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .route(
            "/api/{*fn_name}",
            post({
                let context = context.clone();
                move |req: Request| isolated_server_fn(context.clone(), req)
            }),
        )
        .leptos_routes_with_context(&state, routes, context.clone(), {
            let options = options.clone();
            move || shell(options.clone())
        })
        .fallback(leptos_axum::file_and_error_handler_with_context::<
            AppState,
            _,
        >(context, shell))
        .layer(RequestBodyLimitLayer::new(state.config.max_body_bytes))
        .merge(uploads)
        .layer(middleware::from_fn_with_state(
            state.clone(),
            request_context,
        ))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            security::csrf_guard,
        ))
        .layer(sessions)
        .layer(middleware::from_fn(security::security_headers))
        .layer(CompressionLayer::new())
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}

/// Serves `router` on `listener` until the process ends.
pub async fn serve(listener: tokio::net::TcpListener, router: Router) -> std::io::Result<()> {
    axum::serve(listener, router).await
}

/// Deletes expired sessions every ten minutes (runs until the process ends).
pub fn spawn_session_cleanup(db: Db) {
    tokio::spawn(async move {
        let store = SqlSessionStore::new(db);
        let mut interval = tokio::time::interval(std::time::Duration::from_secs(600));
        loop {
            interval.tick().await;
            if let Err(e) = store.delete_expired().await {
                tracing::warn!(error = %e, "deleting expired sessions failed");
            }
        }
    });
}

/// Works out language, user and flash message of the request and stores them as
/// [`RequestCtx`] for pages and server functions. A `?lang=` choice is kept in a cookie.
async fn request_context(
    State(state): State<AppState>,
    session: Session,
    mut req: Request,
    next: Next,
) -> Response {
    let headers = req.headers();
    let query_lang = req
        .uri()
        .query()
        .and_then(|q| q.split('&').find_map(|p| p.strip_prefix("lang=")))
        .and_then(Lang::parse);
    let cookie_lang = security::cookie(headers, "lang").and_then(|c| Lang::parse(&c));
    let accept = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let wants_html = headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("text/html"));

    let mut db_ok = true;
    let user = match session.get::<String>(USER_ID_KEY).await {
        Ok(Some(id)) => match account::find_user(&state.db, &id).await {
            Ok(user) => user,
            Err(e) => {
                tracing::error!(error = %e, "loading the session's user failed");
                db_ok = false;
                None
            }
        },
        Ok(None) => None,
        Err(e) => {
            tracing::error!(error = %e, "loading the session failed");
            db_ok = false;
            None
        }
    };
    // The language chosen on this device (switcher, cookie) is the account's language too:
    // explanations of notices and messages are sent in it.
    let chosen = query_lang.or(cookie_lang);
    if let (Some(u), Some(chosen)) = (&user, chosen)
        && u.lang != chosen
        && let Err(e) = account::set_lang(&state.db, &u.id, chosen).await
    {
        tracing::warn!(error = %e, "storing the chosen language failed");
    }
    let lang = Lang::negotiate(
        query_lang.map(Lang::code),
        cookie_lang.map(Lang::code),
        user.as_ref().map(|u| u.lang.code()),
        accept.as_deref(),
    );
    let user = user.map(|u| CurrentUser {
        lang: chosen.unwrap_or(u.lang),
        ..u
    });
    let flash = if db_ok && req.method() == Method::GET && wants_html {
        session
            .remove::<Flash>(Flash::SESSION_KEY)
            .await
            .ok()
            .flatten()
            .unwrap_or_default()
    } else {
        Flash::default()
    };
    let path = req
        .uri()
        .path_and_query()
        .map(|p| p.as_str().to_string())
        .unwrap_or_else(|| "/".into());
    // Staff and admin screens exist in German and English only: in another language they
    // are German, and say so in `<html lang>`.
    let staff_screen = ["/verwaltung", "/admin"]
        .iter()
        .any(|p| req.uri().path().starts_with(p));
    let lang = if staff_screen && !lang.has_staff_screens() {
        Lang::De
    } else {
        lang
    };
    req.extensions_mut().insert(RequestCtx {
        lang,
        user,
        flash,
        db_ok,
        path,
    });

    let mut res = next.run(req).await;
    if let Some(lang) = query_lang {
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

/// Runs a server function under a reactive root of its own.
///
/// leptos_axum creates a server function's owner with `Owner::new()`, whose parent is the
/// owner the worker thread last *set* — and `Owner::new_root`, which every page render
/// calls, sets it and never unsets it. So a server function could become a child of
/// another request's page render and find that request's contexts. Polled under a fresh,
/// empty root, the server function's owner has no parent to inherit from.
async fn isolated_server_fn(context: impl Fn() + Clone + Send + 'static, req: Request) -> Response {
    let root = Owner::new_root(None);
    let run = ScopedFuture {
        owner: root,
        observer: None,
        fut: handle_server_fns_with_context(context, req),
    };
    run.await.into_response()
}

/// Liveness: the process answers.
async fn healthz() -> &'static str {
    "ok"
}

/// Readiness: the database answers; 503 otherwise, so a load balancer stops sending.
async fn readyz(State(state): State<AppState>) -> impl IntoResponse {
    if state.db.ping().await {
        (StatusCode::OK, "ready")
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, "database unavailable")
    }
}

/// Error type of startup and command-line code.
pub type BoxError = Box<dyn std::error::Error + Send + Sync>;
