//! The portal's HTTP server: router, sessions, middleware, health checks. The binary in
//! `main.rs` adds the command line; tests start the same router on a random port.

pub mod config;
mod documents;
pub mod history;
pub mod limits;
pub mod mail;
pub mod notices;
pub mod objection_letter;
mod reports;
mod request;
mod resilience;
pub mod security;
pub mod seed;

use app::{
    App,
    db::{Db, session_store::SqlSessionStore},
    notice::Offices,
    shell,
};
pub use axum::Router;
use axum::{
    extract::{FromRef, Request, State},
    http::StatusCode,
    middleware,
    response::{IntoResponse, Response},
    routing::{get, post},
};
use config::Config;
use leptos::prelude::*;
use leptos_axum::{LeptosRoutes, generate_route_list, handle_server_fns_with_context};
use std::sync::Arc;
use tower_http::{compression::CompressionLayer, limit::RequestBodyLimitLayer, trace::TraceLayer};
use tower_sessions::{
    Expiry, SessionManagerLayer, cookie::SameSite, session_store::ExpiredDeletion,
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

/// Name of the session cookie over plain HTTP (the embedded default, tests).
pub const SESSION_COOKIE: &str = "but_session";

/// Name of the session cookie: over HTTPS with the `__Host-` prefix, which browsers accept
/// only from a secure origin, for the whole site and no other domain (no subdomain can set
/// or overwrite it).
pub fn session_cookie(https: bool) -> &'static str {
    if https {
        "__Host-but_session"
    } else {
        SESSION_COOKIE
    }
}

/// Name of the cookie that marks a device an account has logged in on (see
/// `app::domain::throttle`), with the `__Host-` prefix over HTTPS.
pub fn device_cookie(https: bool) -> &'static str {
    if https {
        "__Host-but_device"
    } else {
        "but_device"
    }
}

/// Connects to the database and applies pending migrations.
pub async fn connect_and_migrate(config: &Config) -> Result<Db, BoxError> {
    let db = Db::connect_default(&config.database_url, config.db_max_connections).await?;
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
        db,
        config: Arc::new(config),
    };
    let pages = page_routes(&state).layer(RequestBodyLimitLayer::new(state.config.max_body_bytes));
    with_middleware(pages.merge(upload_routes()), state)
}

/// What every page render and server function finds in its context: the database, the
/// upload limits, the offices, the data protection officer and the device cookie.
fn request_context(state: &AppState) -> impl Fn() + Clone + Send + Sync + 'static {
    let db = state.db.clone();
    let limits = state.config.upload_limits();
    // Checked when the portal starts (`serve`); a test config without a file is fine.
    let offices = state
        .config
        .offices()
        .unwrap_or_else(|_| Offices::single(state.config.office()));
    let dpo = state.config.data_protection_officer();
    let portal_url = state.config.portal_url();
    let device_cookie = app::context::DeviceCookie {
        name: device_cookie(state.config.secure_cookies()),
        secure: state.config.secure_cookies(),
    };
    move || {
        provide_context(db.clone());
        provide_context(limits);
        provide_context(offices.clone());
        provide_context(dpo.clone());
        provide_context(portal_url.clone());
        provide_context(device_cookie);
    }
}

/// The downloads, health checks, server functions and Leptos pages, with the error page
/// as fallback.
fn page_routes(state: &AppState) -> Router<AppState> {
    let routes = generate_route_list(App);
    let context = request_context(state);
    let options = state.leptos_options.clone();
    Router::new()
        .route("/dokumente/{id}", get(documents::download))
        .route("/bescheide/{id}", get(notices::download))
        .route("/anhoerung/{id}", get(notices::hearing))
        .route(
            "/familie/antrag/{id}/widerspruch",
            axum::routing::post(objection_letter::letter),
        )
        .route("/verwaltung/serienbrief", get(notices::serienbrief))
        .route(
            "/verwaltung/serienbrief/post",
            axum::routing::post(notices::serienbrief_posted),
        )
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
        .leptos_routes_with_context(state, routes, context.clone(), {
            let options = options.clone();
            move || shell(options.clone())
        })
        .fallback(leptos_axum::file_and_error_handler_with_context::<
            AppState,
            _,
        >(context, shell))
}

/// Uploads have their own, larger limits, checked while reading the multipart body.
fn upload_routes() -> Router<AppState> {
    Router::new()
        .route("/familie/antrag/{id}/nachweise", post(documents::upload))
        .route("/familie/antrag/{id}/antwort", post(documents::answer))
        .route(
            "/schule/antrag/{id}/unterschrieben",
            post(documents::submit_signed),
        )
        .route(
            "/verwaltung/papierantrag/{id}/einreichen",
            post(documents::submit_entered),
        )
}

/// The session cookie: HTTP-only, same-site lax, secure over HTTPS, ending after an hour
/// without requests.
fn session_layer(state: &AppState) -> SessionManagerLayer<SqlSessionStore> {
    SessionManagerLayer::new(SqlSessionStore::new(state.db.clone()))
        .with_name(session_cookie(state.config.secure_cookies()))
        .with_http_only(true)
        .with_same_site(SameSite::Lax)
        .with_secure(state.config.secure_cookies())
        .with_expiry(Expiry::OnInactivity(time::Duration::minutes(60)))
}

/// The middleware around all routes, innermost first: rate limits, request context, CSRF
/// guard, sessions, the unavailable page, security headers, running to completion,
/// compression and tracing.
fn with_middleware(app: Router<AppState>, state: AppState) -> Router {
    let sessions = session_layer(&state);
    let limiters = limits::Limiters::start(state.config.rate_limits);
    app.layer(middleware::from_fn_with_state(limiters, limits::rate_limit))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            request::request_context,
        ))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            security::csrf_guard,
        ))
        .layer(sessions)
        .layer(middleware::from_fn_with_state(
            state.config.max_body_bytes,
            resilience::unavailable_page,
        ))
        .layer(middleware::from_fn_with_state(
            state.config.secure_cookies(),
            security::security_headers,
        ))
        .layer(middleware::from_fn(resilience::run_to_completion))
        .layer(CompressionLayer::new())
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}

pub async fn serve(listener: tokio::net::TcpListener, router: Router) -> std::io::Result<()> {
    axum::serve(listener, with_peer_address(router)).await
}

/// The router as a service that gives every request its peer's address (`ConnectInfo`),
/// which rate limits count by.
fn with_peer_address(
    router: Router,
) -> axum::extract::connect_info::IntoMakeServiceWithConnectInfo<Router, std::net::SocketAddr> {
    router.into_make_service_with_connect_info::<std::net::SocketAddr>()
}

/// Serves `router` on `listener` until `shutdown` resolves, then lets open requests finish
/// for at most `deadline` and returns — with requests still open cut off (their writes
/// roll back with their connections).
pub async fn serve_until(
    listener: tokio::net::TcpListener,
    router: Router,
    shutdown: impl Future<Output = ()> + Send + 'static,
    deadline: std::time::Duration,
) -> std::io::Result<()> {
    let (stopping, stopped) = tokio::sync::watch::channel(false);
    let signal = async move {
        shutdown.await;
        let _ = stopping.send(true);
    };
    let server = axum::serve(listener, with_peer_address(router)).with_graceful_shutdown(signal);
    let deadline_passed = async move {
        let mut stopped = stopped;
        let _ = stopped.wait_for(|s| *s).await;
        tokio::time::sleep(deadline).await;
    };
    tokio::select! {
        res = server => res,
        () = deadline_passed => {
            tracing::warn!(seconds = deadline.as_secs(), "shutdown deadline passed: open requests cut off");
            Ok(())
        }
    }
}

/// Starts the background work of a portal process: the outbox worker and the session
/// cleanup.
pub fn spawn_background(config: &Config, db: Db) -> Result<(), String> {
    let mailer = config.mailer()?;
    let every = std::time::Duration::from_millis(config.mail_interval_ms.max(50));
    mail::spawn_outbox_worker(db.clone(), mailer, every);
    spawn_session_cleanup(db);
    Ok(())
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
    let mut res = run.await.into_response();
    // A form post's answer with an error status ([`app::error::Answer::Page`]) becomes the
    // translated page; arguments it could not read stay for `resilience::unavailable_page`.
    let status = res.status();
    if (status.is_client_error() || status.is_server_error())
        && !res.headers().contains_key(resilience::SERVER_FN_ERROR)
    {
        res.extensions_mut().insert(app::error::ErrorPage(status));
    }
    res
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
