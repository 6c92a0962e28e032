//! Test harness: [`spawn_app`] starts the real portal on a random port with a fresh
//! database — a temporary SQLite file, or a new PostgreSQL database when
//! `TEST_DATABASE_URL` points at a server — and returns a [`TestApp`] whose client keeps
//! cookies like a browser.

use app::{
    db::{Db, account},
    domain::{
        account::{Email, NewPassword, Role},
        lang::Lang,
    },
};
use leptos::server_fn::ServerFn;
use reqwest::{StatusCode, header};
use server::config::Config;
use sqlx::{Connection, PgConnection};

pub mod bench;
pub mod smtp;

/// Password used for accounts the tests create.
pub const PASSWORD: &str = "richtig-langes-passwort";

pub struct TestApp {
    /// `http://127.0.0.1:<port>`
    pub address: String,
    pub client: reqwest::Client,
    pub db: Db,
    _dir: Option<tempfile::TempDir>,
}

/// The portal's configuration for a test or a benchmark: `database_url`, the built site,
/// `pool` connections, and the Kreis's office on the notices.
pub fn config(database_url: String, site_root: String, pool: u32) -> Config {
    Config {
        database_url,
        db_max_connections: Some(pool),
        bind_addr: "127.0.0.1:0".parse().expect("address"),
        public_url: String::new(),
        trust_forwarded_for: false,
        rate_limits: Default::default(),
        site_root,
        max_body_bytes: 256 * 1024,
        max_upload_file_bytes: 10 * 1024 * 1024,
        max_upload_claim_bytes: 30 * 1024 * 1024,
        office_name: "Kommunales Jobcenter Kreis Warendorf".into(),
        office_department: "Team Bildung und Teilhabe".into(),
        office_street: "Waldenburger Straße 2".into(),
        office_postal_city: "48231 Warendorf".into(),
        office_phone: "02581 53-0".into(),
        office_email: "but@jobcenter.invalid".into(),
        office_hours: "Mo–Fr 8–12 Uhr".into(),
        offices_file: None,
        dpo_contact: "Datenschutzbeauftragte des Kreises Warendorf, datenschutz@kreis.invalid"
            .into(),
        log_format: "text".into(),
        shutdown_timeout: 30,
        smtp_url: None,
        mail_from: "BuT-Portal <but@kreis.invalid>".into(),
        mail_interval_ms: 100,
    }
}

/// Starts the portal with an empty, migrated database. With `TEST_LOG` set (e.g.
/// `TEST_LOG=warn`), the portal's log goes to the test's output.
pub async fn spawn_app() -> TestApp {
    spawn_app_with(|_| {}).await
}

/// Starts the portal as [`spawn_app`] with the directory of Kommunen and schools.
pub async fn spawn_app_with_directory() -> TestApp {
    let app = spawn_app().await;
    server::seed::seed_directory(&app.db)
        .await
        .expect("directory");
    app
}

/// Starts the portal as [`spawn_app`] with the demo data, its notices from the demo office.
pub async fn spawn_demo_app() -> TestApp {
    let app = spawn_app().await;
    server::seed::seed_demo(&app.db, &app::notice::Office::demo())
        .await
        .expect("demo data");
    app
}

/// Starts the portal as [`spawn_app`] with the configuration changed by `configure`.
pub async fn spawn_app_with(configure: impl FnOnce(&mut Config)) -> TestApp {
    if let Ok(filter) = std::env::var("TEST_LOG") {
        let _ = tracing_subscriber::fmt()
            .with_env_filter(filter)
            .with_test_writer()
            .try_init();
    }
    let (database_url, dir) = fresh_database().await;
    let mut config = config(database_url, site_root(), 5);
    configure(&mut config);
    let db = server::connect_and_migrate(&config)
        .await
        .expect("database");
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = format!("http://{}", listener.local_addr().unwrap());
    server::spawn_background(&config, db.clone()).expect("mailer");
    let router = server::router(config, db.clone());
    tokio::spawn(async move { axum_serve(listener, router).await });
    TestApp {
        address,
        client: new_client(),
        db,
        _dir: dir,
    }
}

/// The URL of a new, empty database: a temporary SQLite file (kept while the returned
/// directory lives), or a new PostgreSQL database when `TEST_DATABASE_URL` is set.
pub async fn fresh_database() -> (String, Option<tempfile::TempDir>) {
    match std::env::var("TEST_DATABASE_URL")
        .ok()
        .filter(|u| !u.is_empty())
    {
        Some(base) => (new_postgres_database(&base).await, None),
        None => {
            let dir = tempfile::tempdir().expect("temp dir");
            let url = format!("sqlite://{}/portal.db?mode=rwc", dir.path().display());
            (url, Some(dir))
        }
    }
}

/// The built site (stylesheet, wasm bundle).
pub fn site_root() -> String {
    std::env::var("LEPTOS_SITE_ROOT")
        .unwrap_or_else(|_| concat!(env!("CARGO_MANIFEST_DIR"), "/../target/site").to_string())
}

async fn axum_serve(listener: tokio::net::TcpListener, router: server::Router) {
    server::serve(listener, router).await.expect("server runs");
}

/// A client like a browser without JavaScript: keeps cookies, sends `Accept: text/html`,
/// and does not follow redirects (so tests can check where they lead).
pub fn new_client() -> reqwest::Client {
    client_with(header::HeaderMap::new())
}

fn client_with(mut headers: header::HeaderMap) -> reqwest::Client {
    headers.insert(
        header::ACCEPT,
        "text/html,application/xhtml+xml".parse().unwrap(),
    );
    headers.insert(header::ACCEPT_LANGUAGE, "de-DE,de;q=0.9".parse().unwrap());
    reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .default_headers(headers)
        .build()
        .unwrap()
}

/// Creates a fresh database on the PostgreSQL server of `base` and returns its URL.
async fn new_postgres_database(base: &str) -> String {
    let name = format!("but_test_{}", uuid::Uuid::new_v4().simple());
    let mut conn = PgConnection::connect(base)
        .await
        .expect("TEST_DATABASE_URL reachable");
    sqlx::query(&format!("create database {name}"))
        .execute(&mut conn)
        .await
        .expect("create test database");
    let (server, _db) = base.rsplit_once('/').expect("URL with a database name");
    format!("{server}/{name}")
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.address, path)
    }

    /// A second visitor of the same portal, with its own cookies.
    pub fn visitor(&self) -> TestApp {
        TestApp {
            address: self.address.clone(),
            client: new_client(),
            db: self.db.clone(),
            _dir: None,
        }
    }

    /// A visitor whose requests come from client address `ip` — for a portal started with
    /// `trust_forwarded_for` (as behind a reverse proxy), which counts `X-Forwarded-For`.
    pub fn visitor_from(&self, ip: &str) -> TestApp {
        let mut headers = header::HeaderMap::new();
        headers.insert("x-forwarded-for", ip.parse().expect("an address"));
        TestApp {
            address: self.address.clone(),
            client: client_with(headers),
            db: self.db.clone(),
            _dir: None,
        }
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client.get(self.url(path)).send().await.expect("GET")
    }

    /// Status and body of a page.
    pub async fn page(&self, path: &str) -> (StatusCode, String) {
        let res = self.get(path).await;
        let status = res.status();
        (status, res.text().await.unwrap())
    }

    /// The body of a page, whatever its status.
    pub async fn body(&self, path: &str) -> String {
        self.page(path).await.1
    }

    /// Submits a form as a browser does (same-origin `Origin` header).
    pub async fn post_form<F: serde::Serialize + ?Sized>(
        &self,
        path: &str,
        form: &F,
    ) -> reqwest::Response {
        self.client
            .post(self.url(path))
            .header(header::ORIGIN, &self.address)
            .header(header::REFERER, self.url("/"))
            .form(form)
            .send()
            .await
            .expect("POST")
    }

    /// Posts `form` to the server function `F`, as its form in the page does.
    pub async fn submit<F: ServerFn, T: serde::Serialize + ?Sized>(
        &self,
        form: &T,
    ) -> reqwest::Response {
        self.post_form(F::PATH, form).await
    }

    /// The family saves its household profile.
    pub async fn save_household<T: serde::Serialize + ?Sized>(
        &self,
        form: &T,
    ) -> reqwest::Response {
        self.submit::<app::api::household::SaveHousehold, _>(form)
            .await
    }

    /// The family adds or changes a child.
    pub async fn save_child<T: serde::Serialize + ?Sized>(&self, form: &T) -> reqwest::Response {
        self.submit::<app::api::household::SaveChild, _>(form).await
    }

    /// A caseworker approves (or corrects into an approval).
    pub async fn approve<T: serde::Serialize + ?Sized>(&self, form: &T) -> reqwest::Response {
        self.submit::<app::api::staff::ApproveClaim, _>(form).await
    }

    /// A caseworker rejects (or corrects into a rejection).
    pub async fn reject<T: serde::Serialize + ?Sized>(&self, form: &T) -> reqwest::Response {
        self.submit::<app::api::staff::RejectClaim, _>(form).await
    }

    /// The family saves the answers of a Teilhabe draft.
    pub async fn save_teilhabe<T: serde::Serialize + ?Sized>(&self, form: &T) -> reqwest::Response {
        self.submit::<app::api::claim::SaveTeilhabe, _>(form).await
    }

    /// The family saves the answers of a Lernförderung draft.
    pub async fn save_lernfoerderung<T: serde::Serialize + ?Sized>(
        &self,
        form: &T,
    ) -> reqwest::Response {
        self.submit::<app::api::claim::SaveLernfoerderung, _>(form)
            .await
    }

    /// The family sends a draft (with its declarations).
    pub async fn submit_claim<T: serde::Serialize + ?Sized>(&self, form: &T) -> reqwest::Response {
        self.submit::<app::api::claim::SubmitClaim, _>(form).await
    }

    /// A user changes their password.
    pub async fn change_password<T: serde::Serialize + ?Sized>(
        &self,
        form: &T,
    ) -> reqwest::Response {
        self.submit::<app::api::auth::ChangePassword, _>(form).await
    }

    /// An admin creates an account.
    pub async fn create_user<T: serde::Serialize + ?Sized>(&self, form: &T) -> reqwest::Response {
        self.submit::<app::api::admin::CreateUser, _>(form).await
    }

    /// A school registers or changes a Lernstandort.
    pub async fn save_site<T: serde::Serialize + ?Sized>(&self, form: &T) -> reqwest::Response {
        self.submit::<app::api::school::SaveSite, _>(form).await
    }

    /// A school confirms or declines a pupil's need.
    pub async fn confirm_need<T: serde::Serialize + ?Sized>(&self, form: &T) -> reqwest::Response {
        self.submit::<app::api::school::ConfirmNeed, _>(form).await
    }

    /// A caseworker asks the family a question, due on `due` (ISO date, or empty).
    pub async fn ask(&self, claim: &str, question: &str, due: &str) -> reqwest::Response {
        let form = [
            ("claim_id", claim),
            ("question", question),
            ("due_date", due),
        ];
        self.submit::<app::api::staff::AskQuestion, _>(&form).await
    }

    /// Staff send a written request to cooperate with the warning of § 66 Abs. 3 SGB I.
    pub async fn ask_with_warning(
        &self,
        claim: &str,
        question: &str,
        due: &str,
    ) -> reqwest::Response {
        let form = [
            ("claim_id", claim),
            ("question", question),
            ("due_date", due),
            ("warning", "ja"),
        ];
        self.submit::<app::api::staff::AskQuestion, _>(&form).await
    }

    /// Submits a multipart form (file upload) as a browser does.
    pub async fn post_multipart(
        &self,
        path: &str,
        form: reqwest::multipart::Form,
    ) -> reqwest::Response {
        self.client
            .post(self.url(path))
            .header(header::ORIGIN, &self.address)
            .header(header::REFERER, self.url("/"))
            .multipart(form)
            .send()
            .await
            .expect("POST multipart")
    }

    /// A visitor registers a family account.
    pub async fn register(&self, email: &str, password: &str) -> reqwest::Response {
        let form = [
            ("email", email),
            ("password", password),
            ("password_repeat", password),
        ];
        self.submit::<app::api::auth::Register, _>(&form).await
    }

    pub async fn login(&self, email: &str, password: &str) -> reqwest::Response {
        self.submit::<app::api::auth::Login, _>(&[("email", email), ("password", password)])
            .await
    }

    /// Logs in from a link that leads on to `next` afterwards.
    pub async fn login_to(&self, email: &str, password: &str, next: &str) -> reqwest::Response {
        let form = [("email", email), ("password", password), ("next", next)];
        self.submit::<app::api::auth::Login, _>(&form).await
    }

    pub async fn logout(&self) -> reqwest::Response {
        self.submit::<app::api::auth::Logout, _>(&[] as &[(&str, &str)])
            .await
    }

    /// Ends every session of the logged-in account.
    pub async fn logout_everywhere(&self) -> reqwest::Response {
        self.submit::<app::api::auth::LogoutEverywhere, _>(&[] as &[(&str, &str)])
            .await
    }

    /// A user chooses the language of their account (`de`, `uk`, …).
    pub async fn save_language(&self, lang: &str) -> reqwest::Response {
        self.submit::<app::api::auth::SaveLanguage, _>(&[("lang", lang)])
            .await
    }

    /// The family starts a draft of `benefit` (`teilhabe`, `lernfoerderung`) for `child`.
    pub async fn start_draft(&self, child: &str, benefit: &str) -> reqwest::Response {
        let form = [("child_id", child), ("benefit", benefit)];
        self.submit::<app::api::claim::StartClaim, _>(&form).await
    }

    /// The family withdraws claim `claim`.
    /// The family withdraws claim `claim`, ticking that it means it.
    pub async fn withdraw(&self, claim: &str) -> reqwest::Response {
        self.submit::<app::api::claim::WithdrawClaim, _>(&[("claim_id", claim), ("confirm", "ja")])
            .await
    }

    /// The family withdraws its consent `which` (`school` or `direct`) on claim `claim`.
    pub async fn withdraw_consent(&self, claim: &str, which: &str) -> reqwest::Response {
        let form = [("claim_id", claim), ("which", which)];
        self.submit::<app::api::claim::WithdrawConsent, _>(&form)
            .await
    }

    /// The family removes document `document` from the draft `claim`.
    pub async fn remove_document(&self, claim: &str, document: &str) -> reqwest::Response {
        let form = [("claim_id", claim), ("document_id", document)];
        self.submit::<app::api::claim::RemoveDocument, _>(&form)
            .await
    }

    /// The family has a school code made for `child`.
    pub async fn create_school_code(&self, child: &str) -> reqwest::Response {
        self.submit::<app::api::household::CreateSchoolCode, _>(&[("child_id", child)])
            .await
    }

    /// A visitor reports a barrier (`page`, `message`, `contact`).
    pub async fn send_feedback<T: serde::Serialize + ?Sized>(&self, form: &T) -> reqwest::Response {
        self.submit::<app::api::feedback::SendFeedback, _>(form)
            .await
    }

    /// Staff mark the barrier report `id` handled.
    pub async fn mark_feedback_handled(&self, id: &str) -> reqwest::Response {
        self.submit::<app::api::feedback::MarkFeedbackHandled, _>(&[("id", id)])
            .await
    }

    /// A caseworker takes claim `claim` on.
    pub async fn assign(&self, claim: &str) -> reqwest::Response {
        let form = [("claim_id", claim), ("action", "assign")];
        self.submit::<app::api::staff::AssignClaim, _>(&form).await
    }

    /// An admin sets the amount of rate `kind` from `valid_from`.
    pub async fn save_rate(&self, kind: &str, amount: &str, valid_from: &str) -> reqwest::Response {
        let form = [
            ("kind", kind),
            ("amount", amount),
            ("valid_from", valid_from),
        ];
        self.submit::<app::api::staff::SaveRate, _>(&form).await
    }

    /// An admin starts a new version of a text block.
    pub async fn save_text_block<T: serde::Serialize + ?Sized>(
        &self,
        form: &T,
    ) -> reqwest::Response {
        self.submit::<app::api::staff::SaveTextBlock, _>(form).await
    }

    /// An admin enters the number of eligible children of a Kommune.
    pub async fn save_eligible_children<T: serde::Serialize + ?Sized>(
        &self,
        form: &T,
    ) -> reqwest::Response {
        self.submit::<app::api::report::SaveEligibleChildren, _>(form)
            .await
    }

    /// A school pauses (`pause`), reopens or closes its Lernstandort `site`.
    pub async fn change_site_status(&self, site: &str, action: &str) -> reqwest::Response {
        let form = [("site_id", site), ("action", action)];
        self.submit::<app::api::school::ChangeSiteStatus, _>(&form)
            .await
    }

    /// Staff approve (`approve`) or return (`return`) a Lernstandort with `comment`.
    pub async fn review_site(
        &self,
        site: &str,
        decision: &str,
        comment: &str,
    ) -> reqwest::Response {
        let form = [
            ("site_id", site),
            ("decision", decision),
            ("comment", comment),
        ];
        self.submit::<app::api::school::ReviewSite, _>(&form).await
    }

    /// A school starts a claim for a family with the family's e-mail and school code.
    pub async fn start_on_behalf(&self, family_email: &str, code: &str) -> reqwest::Response {
        let form = [("family_email", family_email), ("code", code)];
        self.submit::<app::api::school::StartOnBehalf, _>(&form)
            .await
    }

    /// Staff add or change a school of the directory.
    pub async fn save_school<T: serde::Serialize + ?Sized>(&self, form: &T) -> reqwest::Response {
        self.submit::<app::api::school::SaveSchool, _>(form).await
    }

    /// A school social worker asks for an account.
    pub async fn request_school_account<T: serde::Serialize + ?Sized>(
        &self,
        form: &T,
    ) -> reqwest::Response {
        self.submit::<app::api::school::RequestSchoolAccount, _>(form)
            .await
    }

    /// Staff approve (`approve`) or reject (`reject`) the school account `account`.
    pub async fn decide_school_request(&self, account: &str, decision: &str) -> reqwest::Response {
        let form = [("account_id", account), ("decision", decision)];
        self.submit::<app::api::school::DecideSchoolRequest, _>(&form)
            .await
    }

    /// Creates an account directly in the database (as `but-portal create-user` does).
    pub async fn create_account(&self, email: &str, role: Role) {
        let email = Email::parse(email, "email").unwrap();
        let password = NewPassword::parse(PASSWORD, PASSWORD, "password").unwrap();
        account::create(&self.db, &email, &password, role, Lang::De)
            .await
            .unwrap();
    }

    /// A visitor logged in with a new account of `role`.
    pub async fn logged_in_as(&self, role: Role) -> TestApp {
        self.logged_in_with_id(role).await.0
    }

    /// A visitor logged in with a new account of `role`, and the account's id.
    pub async fn logged_in_with_id(&self, role: Role) -> (TestApp, String) {
        let email = format!(
            "{}-{}@example.de",
            role.as_str(),
            uuid::Uuid::new_v4().simple()
        );
        self.create_account(&email, role).await;
        let visitor = self.visitor();
        let res = visitor.login(&email, PASSWORD).await;
        assert_eq!(location(&res), role.home_path(), "login as {role} failed");
        let id = sqlx::query_scalar("select id from account where email = $1")
            .bind(&email)
            .fetch_one(self.db.pool())
            .await
            .expect("account");
        (visitor, id)
    }

    /// A new family (Bürgergeld, Ahlen) with one child born on `birth_date` at a school
    /// typed as `school`; returns the logged-in family and the child's id. Needs the
    /// directory (`seed_directory`).
    pub async fn family_with_child(
        &self,
        first_name: &str,
        birth_date: &str,
        school: &str,
    ) -> (TestApp, String) {
        let family = self.logged_in_as(Role::Family).await;
        let res = family.save_household(&household_form("Fatma Yılmaz")).await;
        assert_eq!(location(&res), "/familie?lang=de", "household saved");
        // A family name of its own finds this child among others made in the same second.
        let last_name = format!("Test{}", uuid::Uuid::new_v4().simple());
        let child_id = family
            .add_child(first_name, &last_name, birth_date, school)
            .await
            .expect("child saved");
        (family, child_id)
    }

    /// Adds a child with a unique `last_name` to the logged-in family's household;
    /// returns its id, or the redirect target if the portal did not save it.
    pub async fn add_child(
        &self,
        first_name: &str,
        last_name: &str,
        birth_date: &str,
        school: &str,
    ) -> Result<String, String> {
        let child = [
            ("child_id", ""),
            ("first_name", first_name),
            ("last_name", last_name),
            ("birth_date", birth_date),
            ("school_id", ""),
            ("school_name", school),
            ("grade", "5"),
        ];
        let res = self.save_child(&child).await;
        if location(&res) != "/familie" {
            return Err(format!("{} {}", res.status(), location(&res)));
        }
        sqlx::query_scalar("select id from child where last_name = $1")
            .bind(last_name)
            .fetch_one(self.db.pool())
            .await
            .map_err(|e| e.to_string())
    }

    /// A new family (as [`TestApp::family_with_child`]) with a submitted Teilhabe claim
    /// (sport club, `fee` a month, this month and the next five); returns the family and
    /// the claim id.
    pub async fn submitted_teilhabe(&self, first_name: &str, fee: &str) -> (TestApp, String) {
        let (family, child) = self
            .family_with_child(first_name, "2015-05-05", "Grundschule Ahlen")
            .await;
        let id = family
            .apply_for_teilhabe(&child, fee)
            .await
            .expect("teilhabe submitted");
        (family, id)
    }

    /// Starts, fills in and submits a Teilhabe claim for `child` (sport club, `fee` a
    /// month, this month and the next five); returns the claim id, or where the portal
    /// sent the family instead.
    pub async fn apply_for_teilhabe(&self, child: &str, fee: &str) -> Result<String, String> {
        let id = self.start_claim(child, "teilhabe").await;
        if id.is_empty() || id.starts_with('/') {
            return Err(format!("start: {id:?}"));
        }
        let res = self.save_teilhabe(&teilhabe_form(&id, fee)).await;
        if !location(&res).ends_with("/nachweise") {
            return Err(format!("details: {}", location(&res)));
        }
        let submit = [
            ("claim_id", id.as_str()),
            ("declaration", "ja"),
            ("consent", "ja"),
        ];
        let res = self.submit_claim(&submit).await;
        if location(&res) != format!("/familie/antrag/{id}") {
            return Err(format!("submit: {}", location(&res)));
        }
        Ok(id)
    }

    /// Submits the Lernförderung claim `claim` with the declaration, the consent and the
    /// release from confidentiality towards the school.
    pub async fn submit_tutoring(&self, claim: &str) -> reqwest::Response {
        let submit = [
            ("claim_id", claim),
            ("declaration", "ja"),
            ("consent", "ja"),
            ("school_consent", "ja"),
        ];
        self.submit_claim(&submit).await
    }

    /// Starts a draft of `benefit` for `child`; returns its id.
    pub async fn start_claim(&self, child: &str, benefit: &str) -> String {
        let res = self.start_draft(child, benefit).await;
        location(&res)
            .trim_start_matches("/familie/antrag/")
            .trim_end_matches("/angaben")
            .to_string()
    }

    /// The first text column of the first row of `sql`.
    pub async fn query_text(&self, sql: &str) -> String {
        sqlx::query_scalar(sql)
            .fetch_one(self.db.pool())
            .await
            .unwrap()
    }

    /// Every stored claim snapshot, read as the portal reads it: panics on one that does
    /// not read (a stored legal record the notices could not be built from).
    pub async fn snapshots(&self) -> Vec<app::domain::snapshot::ClaimSnapshot> {
        let stored: Vec<String> =
            sqlx::query_scalar("select snapshot from claim where snapshot is not null")
                .fetch_all(self.db.pool())
                .await
                .unwrap();
        stored
            .iter()
            .map(|s| {
                app::domain::snapshot::ClaimSnapshot::parse(s)
                    .unwrap_or_else(|e| panic!("{e}: {s}"))
            })
            .collect()
    }

    pub async fn count(&self, sql: &str) -> i64 {
        self.count_with(sql, &[]).await
    }

    /// The first text column of the first row of `sql` with `$1`, `$2`, … bound to `args`.
    pub async fn query_text_with(&self, sql: &str, args: &[&str]) -> String {
        args.iter()
            .fold(sqlx::query_scalar(sql), |q, a| q.bind(*a))
            .fetch_one(self.db.pool())
            .await
            .unwrap()
    }

    /// The count `sql` gives with `$1`, `$2`, … bound to `args`.
    pub async fn count_with(&self, sql: &str, args: &[&str]) -> i64 {
        args.iter()
            .fold(sqlx::query_scalar(sql), |q, a| q.bind(*a))
            .fetch_one(self.db.pool())
            .await
            .unwrap()
    }

    /// The status of claim `id` as stored.
    pub async fn claim_status(&self, id: &str) -> String {
        self.query_text_with("select status from claim where id = $1", &[id])
            .await
    }
}

/// The household form of a family on Bürgergeld in Ahlen, valid from June 2026 for a year.
pub fn household_form(applicant_name: &str) -> Vec<(&'static str, String)> {
    [
        ("benefit", "sgb2"),
        ("benefit_reference", "BG-42"),
        ("benefit_valid_from", "2026-06-01"),
        ("benefit_valid_to", "2027-05-31"),
        ("street", "Weg 1"),
        ("postal_code", "59227"),
        ("city", "Ahlen"),
        ("kommune", "ahlen"),
        ("phone", ""),
        ("contact_email", ""),
        ("applicant_name", applicant_name),
    ]
    .into_iter()
    .map(|(k, v)| (k, v.to_string()))
    .collect()
}

/// The details of a Teilhabe claim: a sport club, `fee` a month, this month and the next
/// five.
pub fn teilhabe_form(claim_id: &str, fee: &str) -> Vec<(&'static str, String)> {
    let today = time::OffsetDateTime::now_utc().date();
    let month = |add: i32| {
        let m = today.year() * 12 + today.month() as i32 - 1 + add;
        format!("{:04}-{:02}", m / 12, m % 12 + 1)
    };
    vec![
        ("claim_id", claim_id.to_string()),
        ("activity", "sport".into()),
        ("description", "Fußball".into()),
        ("provider_name", "SV Ahlen 1919 e. V.".into()),
        ("provider_street", "Sportplatzweg 3".into()),
        ("provider_postal_code", "59227".into()),
        ("provider_city", "Ahlen".into()),
        ("provider_contact", "".into()),
        ("provider_iban", "".into()),
        ("monthly_fee", fee.into()),
        ("start_month", month(0)),
        ("end_month", month(5)),
    ]
}

/// The caseworker's approval form: `from`–`to`, `amount` a month, paid directly to the club.
pub fn approval(claim: &str, from: &str, to: &str, amount: &str) -> Vec<(&'static str, String)> {
    [
        ("claim_id", claim),
        ("period_from", from),
        ("period_to", to),
        ("monthly_amount", amount),
        ("payee", "SV Ahlen 1919 e. V."),
        ("payment_route", "direct"),
        ("corrects", ""),
    ]
    .into_iter()
    .map(|(k, v)| (k, v.to_string()))
    .collect()
}

/// The `Location` of a redirect response (empty if none).
pub fn location(res: &reqwest::Response) -> String {
    res.headers()
        .get(header::LOCATION)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string()
}

/// The value of cookie `name` set by a response.
pub fn set_cookie(res: &reqwest::Response, name: &str) -> Option<String> {
    res.headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|v| {
            v.split(';')
                .next()?
                .strip_prefix(&format!("{name}="))
                .map(str::to_string)
        })
}

/// Ids and first lines of the messages of the screens families and schools see (not
/// staff and admin) in the locale directory `dir` (`de`, `en`, …).
pub fn family_messages(dir: &str) -> Vec<(String, String)> {
    let dir = format!("{}/../locales/{dir}", env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        if ["staff.ftl", "admin.ftl", "reports.ftl"].contains(&name.as_str()) {
            continue;
        }
        for line in std::fs::read_to_string(&path).unwrap().lines() {
            if line.starts_with(|c: char| c.is_ascii_alphabetic())
                && let Some((id, value)) = line.split_once(" = ")
            {
                out.push((id.trim().to_string(), value.trim().to_string()));
            }
        }
    }
    out
}

/// Message ids shown raw in `text` (a missing translation shows its id).
pub fn raw_message_ids(text: &str) -> Vec<String> {
    let ids: std::collections::BTreeSet<String> = family_messages("de")
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    text.split(|c: char| c.is_whitespace() || c == '(' || c == ')')
        .filter(|w| ids.contains(*w))
        .map(str::to_string)
        .collect()
}

/// German or English sentences in `text` that `lang` has its own words for: each message
/// of at least 25 characters without variables whose translation differs. Text in
/// parentheses is skipped: German names beside the translation, "(Bescheid)", are wanted.
pub fn untranslated(lang: Lang, text: &str) -> Vec<String> {
    let mut text = text.to_string();
    while let Some(open) = text.find('(') {
        let Some(close) = text[open..].find(')') else {
            break;
        };
        text.replace_range(open..open + close + 1, " ");
    }
    let mut found = Vec::new();
    for source in ["de", "en"] {
        for (id, value) in family_messages(source) {
            let long_sentence = value.chars().count() >= 25 && !value.contains('{');
            if long_sentence && app::i18n::tr(lang, &id) != value && text.contains(value.as_str()) {
                found.push(format!("{id} ({source}): {value}"));
            }
        }
    }
    found
}

/// The text of a PDF as pdftotext reads it (poppler-utils), white space folded.
pub fn pdf_text(bytes: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notice.pdf");
    std::fs::write(&path, bytes).unwrap();
    let out = std::process::Command::new("pdftotext")
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) installed");
    assert!(out.status.success(), "pdftotext failed");
    String::from_utf8_lossy(&out.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}
