//! The HTML document around every page and the route table.

use crate::{
    components::layout::Layout,
    context::use_ctx,
    pages::{self, errors::ErrorPage},
};
use leptos::prelude::*;
use leptos_meta::{MetaTags, Stylesheet, provide_meta_context};
use leptos_router::{
    SsrMode,
    components::{Route, Router, Routes},
    path,
};

/// The document shell. Sets `<html lang dir>` from the negotiated language and a
/// Content-Security-Policy whose nonce admits only our own hydration script.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    let ctx = use_ctx();
    if let (Some(nonce), Some(res)) = (
        leptos::nonce::use_nonce(),
        use_context::<leptos_axum::ResponseOptions>(),
    ) {
        res.insert_header(
            http::header::CONTENT_SECURITY_POLICY,
            http::HeaderValue::from_str(&content_security_policy(&nonce.to_string()))
                .expect("nonce is base64"),
        );
    }
    view! {
        <!DOCTYPE html>
        <html lang=ctx.lang.html_lang() dir=ctx.lang.dir()>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="color-scheme" content="light" />
                <HydrationScripts options islands=true />
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

/// The policy for HTML pages: nothing but our own origin, our nonce'd inline script, and
/// wasm compilation for the islands.
pub fn content_security_policy(nonce: &str) -> String {
    format!(
        "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; \
         style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; \
         form-action 'self'; frame-ancestors 'none'"
    )
}

/// The application: layout and routes. Every page is rendered completely on the server
/// before it is sent (`SsrMode::Async`), so it works without JavaScript and can still set
/// the status code (403, 404, 503) and redirects.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    view! {
        <Stylesheet id="main-css" href="/but-portal.css" />
        <Router>
            <Layout>{page_routes()}</Layout>
        </Router>
    }
}

/// `<Routes>` of `"path" => page component`, each rendered with [`SsrMode::Async`], and the
/// 404 page for any other path.
macro_rules! async_routes {
    ($($path:tt => $view:path),* $(,)?) => {
        view! {
            <Routes fallback=|| view! { <ErrorPage status=404 /> }>
                $(<Route path=path!($path) view=$view ssr=SsrMode::Async />)*
            </Routes>
        }
    };
}

/// Every page of the portal: its path and its component.
fn page_routes() -> impl IntoView {
    async_routes! {
        "/" => pages::home::HomePage,
        "/berechtigung" => pages::eligibility::EligibilityPage,
        "/anmelden" => pages::auth::LoginPage,
        "/registrieren" => pages::auth::RegisterPage,
        "/konto" => pages::auth::AccountPage,
        "/passwort-vergessen" => pages::auth::ForgotPasswordPage,
        "/email-bestaetigen" => pages::auth::ConfirmEmailPage,
        "/passwort-neu" => pages::auth::ResetPasswordPage,
        "/familie" => pages::overview::FamilyOverview,
        "/familie/haushalt" => pages::family::HouseholdPage,
        "/familie/kind/neu" => pages::family::NewChildPage,
        "/familie/kind/:id" => pages::family::EditChildPage,
        "/familie/antrag/:id" => pages::claim_view::ClaimPage,
        "/familie/antrag/:id/eingangsbestaetigung" => pages::claim_view::ReceiptPage,
        "/familie/antrag/:id/angaben" => pages::claim::DetailsPage,
        "/familie/antrag/:id/nachweise" => pages::claim::DocumentsPage,
        "/familie/antrag/:id/pruefen" => pages::claim::CheckPage,
        "/familie/antrag/:id/erklaerung" => pages::claim::DeclarationPage,
        "/schule" => pages::school::SchoolOverview,
        "/schule/lernstandort/neu" => pages::school::NewSitePage,
        "/schule/lernstandort/:id" => pages::school::EditSitePage,
        "/schule/bestaetigung/:id" => pages::school::ConfirmationPage,
        "/schule/zugang" => pages::school::RequestAccessPage,
        "/verwaltung/zugaenge" => pages::school::StaffRequestsPage,
        "/schule/antrag/neu" => pages::school::StartOnBehalfPage,
        "/schule/antrag/:id" => pages::school::OnBehalfPage,
        "/lernstandorte" => pages::school::FinderPage,
        "/verwaltung" => pages::overview::StaffOverview,
        "/verwaltung/papierantrag" => pages::intake::IntakePage,
        "/verwaltung/papierantrag/:id" => pages::intake::IntakeDetailsPage,
        "/verwaltung/lernstandorte" => pages::school::StaffSitesPage,
        "/verwaltung/lernstandorte/traeger" => pages::site_operator::OperatorsPage,
        "/verwaltung/lernstandorte/traeger/:id" => pages::site_operator::OperatorPage,
        "/verwaltung/schulen" => pages::school::DirectoryPage,
        "/verwaltung/schulen/:id" => pages::school::EditSchoolPage,
        "/admin/postausgang" => pages::outbox::OutboxPage,
        "/admin/postausgang/:id" => pages::outbox::OutboxMessagePage,
        "/admin" => pages::admin::AdminHome,
        "/admin/konten" => pages::admin::AccountsPage,
        "/admin/schulkalender" => pages::calendar::SchoolCalendarPage,
        "/admin/bescheide" => pages::staff::AdminNoticesPage,
        "/verwaltung/antraege" => pages::staff::QueuePage,
        "/verwaltung/berichte" => pages::reports::ReportsPage,
        "/admin/berechtigte" => pages::reports::EligiblePage,
        "/verwaltung/barrieren" => pages::feedback::FeedbackPage,
        "/verwaltung/antrag/:id" => pages::staff::StaffClaimPage,
        "/barrierefreiheit" => pages::info::AccessibilityPage,
        "/datenschutz" => pages::info::PrivacyPage,
        "/impressum" => pages::info::ImprintPage,
        "/leichte-sprache" => pages::info::EasyPage,
        "/kontakt" => pages::info::ContactPage,
    }
}
