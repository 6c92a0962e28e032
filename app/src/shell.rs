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
            <Layout>
                <Routes fallback=|| view! { <ErrorPage status=404 /> }>
                    <Route path=path!("/") view=pages::home::HomePage ssr=SsrMode::Async />
                    <Route
                        path=path!("/berechtigung")
                        view=pages::eligibility::EligibilityPage
                        ssr=SsrMode::Async
                    />
                    <Route path=path!("/anmelden") view=pages::auth::LoginPage ssr=SsrMode::Async />
                    <Route
                        path=path!("/registrieren")
                        view=pages::auth::RegisterPage
                        ssr=SsrMode::Async
                    />
                    <Route path=path!("/konto") view=pages::auth::AccountPage ssr=SsrMode::Async />
                    <Route
                        path=path!("/passwort-vergessen")
                        view=pages::auth::ForgotPasswordPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/email-bestaetigen")
                        view=pages::auth::ConfirmEmailPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/passwort-neu")
                        view=pages::auth::ResetPasswordPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/familie")
                        view=pages::overview::FamilyOverview
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/familie/haushalt")
                        view=pages::family::HouseholdPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/familie/kind/neu")
                        view=pages::family::NewChildPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/familie/kind/:id")
                        view=pages::family::EditChildPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/familie/antrag/:id")
                        view=pages::claim_view::ClaimPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/familie/antrag/:id/eingangsbestaetigung")
                        view=pages::claim_view::ReceiptPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/familie/antrag/:id/angaben")
                        view=pages::claim::DetailsPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/familie/antrag/:id/nachweise")
                        view=pages::claim::DocumentsPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/familie/antrag/:id/pruefen")
                        view=pages::claim::CheckPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/familie/antrag/:id/erklaerung")
                        view=pages::claim::DeclarationPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/schule")
                        view=pages::school::SchoolOverview
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/schule/lernstandort/neu")
                        view=pages::school::NewSitePage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/schule/lernstandort/:id")
                        view=pages::school::EditSitePage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/schule/bestaetigung/:id")
                        view=pages::school::ConfirmationPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/schule/zugang")
                        view=pages::school::RequestAccessPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/verwaltung/zugaenge")
                        view=pages::school::StaffRequestsPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/schule/antrag/neu")
                        view=pages::school::StartOnBehalfPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/schule/antrag/:id")
                        view=pages::school::OnBehalfPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/lernstandorte")
                        view=pages::school::FinderPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/verwaltung")
                        view=pages::overview::StaffOverview
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/verwaltung/papierantrag")
                        view=pages::intake::IntakePage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/verwaltung/papierantrag/:id")
                        view=pages::intake::IntakeDetailsPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/verwaltung/lernstandorte")
                        view=pages::school::StaffSitesPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/verwaltung/lernstandorte/traeger")
                        view=pages::site_operator::OperatorsPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/verwaltung/lernstandorte/traeger/:id")
                        view=pages::site_operator::OperatorPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/verwaltung/schulen")
                        view=pages::school::DirectoryPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/verwaltung/schulen/:id")
                        view=pages::school::EditSchoolPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/admin/postausgang")
                        view=pages::outbox::OutboxPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/admin/postausgang/:id")
                        view=pages::outbox::OutboxMessagePage
                        ssr=SsrMode::Async
                    />
                    <Route path=path!("/admin") view=pages::admin::AdminHome ssr=SsrMode::Async />
                    <Route
                        path=path!("/admin/konten")
                        view=pages::admin::AccountsPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/admin/schulkalender")
                        view=pages::calendar::SchoolCalendarPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/admin/bescheide")
                        view=pages::staff::AdminNoticesPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/verwaltung/antraege")
                        view=pages::staff::QueuePage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/verwaltung/berichte")
                        view=pages::reports::ReportsPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/admin/berechtigte")
                        view=pages::reports::EligiblePage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/verwaltung/barrieren")
                        view=pages::feedback::FeedbackPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/verwaltung/antrag/:id")
                        view=pages::staff::StaffClaimPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/barrierefreiheit")
                        view=|| view! { <pages::info::InfoPage key="accessibility" /> }
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/datenschutz")
                        view=pages::info::PrivacyPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/impressum")
                        view=|| view! { <pages::info::InfoPage key="imprint" /> }
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/leichte-sprache")
                        view=|| view! { <pages::info::InfoPage key="easy" /> }
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/kontakt")
                        view=|| view! { <pages::info::InfoPage key="contact" /> }
                        ssr=SsrMode::Async
                    />
                </Routes>
            </Layout>
        </Router>
    }
}
