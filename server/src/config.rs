//! Configuration: sensible defaults, every setting overridable by environment variable.
//! `but-portal --help` lists them all. Secrets (the database password) are never logged.

use app::{
    context::DataProtectionOfficer,
    domain::document::UploadLimits,
    notice::{Office, Offices},
};
use clap::Args;
use std::net::SocketAddr;

#[derive(Debug, Clone, Args)]
pub struct Config {
    /// Database: `sqlite://path?mode=rwc` (embedded, the default) or `postgres://user@host/db`.
    #[arg(
        long,
        env = "DATABASE_URL",
        default_value = "sqlite://data/but-portal.db?mode=rwc",
        global = true
    )]
    pub database_url: String,

    /// Maximum number of reading database connections of this process (default: 16 on
    /// SQLite, 10 on PostgreSQL). On SQLite, writes take one more connection of their own.
    #[arg(long, env = "DB_MAX_CONNECTIONS", global = true)]
    pub db_max_connections: Option<u32>,

    /// Address and port the portal listens on.
    #[arg(
        long,
        env = "BIND_ADDR",
        default_value = "127.0.0.1:3000",
        global = true
    )]
    pub bind_addr: SocketAddr,

    /// The portal runs behind a reverse proxy that appends the client's address to
    /// `X-Forwarded-For`: rate limits and the login throttle count that address instead of
    /// the proxy's. Set it only then — otherwise any client could name its own address.
    #[arg(
        long,
        env = "TRUST_FORWARDED_FOR",
        default_value_t = false,
        global = true
    )]
    pub trust_forwarded_for: bool,

    /// Limits per client address (see `limits`); fixed in the code, changed by tests.
    #[arg(skip)]
    pub rate_limits: crate::limits::RateLimits,

    /// Public base URL as users see it (e.g. `https://but.kreis-warendorf.de`). Used for the
    /// cross-site request check; an `https` URL also makes the session cookie `Secure`.
    /// Empty: requests must come from the host they are sent to.
    #[arg(long, env = "PUBLIC_URL", default_value = "", global = true)]
    pub public_url: String,

    /// Directory with the built site (wasm bundle, stylesheet, static files).
    #[arg(
        long,
        env = "LEPTOS_SITE_ROOT",
        default_value = "target/site",
        global = true
    )]
    pub site_root: String,

    /// Largest accepted request body in bytes (forms; uploads get their own limit).
    #[arg(long, env = "MAX_BODY_BYTES", default_value_t = 256 * 1024, global = true)]
    pub max_body_bytes: usize,

    /// Largest accepted uploaded file in bytes (default 10 MB).
    #[arg(long, env = "MAX_UPLOAD_FILE_BYTES", default_value_t = 10 * 1024 * 1024, global = true)]
    pub max_upload_file_bytes: u64,

    /// Largest total size of all documents of one claim in bytes (default 30 MB).
    #[arg(long, env = "MAX_UPLOAD_CLAIM_BYTES", default_value_t = 30 * 1024 * 1024, global = true)]
    pub max_upload_claim_bytes: u64,

    /// Issuing office printed on notices (letterhead, where to object).
    #[arg(
        long,
        env = "OFFICE_NAME",
        default_value = "Kommunales Jobcenter Kreis Warendorf",
        global = true
    )]
    pub office_name: String,

    /// Department signing notices.
    #[arg(
        long,
        env = "OFFICE_DEPARTMENT",
        default_value = "Team Bildung und Teilhabe",
        global = true
    )]
    pub office_department: String,

    /// Street address of the office (also where an objection can be made in person).
    #[arg(
        long,
        env = "OFFICE_STREET",
        default_value = "Waldenburger Straße 2",
        global = true
    )]
    pub office_street: String,

    /// Postal code and town of the office.
    #[arg(
        long,
        env = "OFFICE_POSTAL_CITY",
        default_value = "48231 Warendorf",
        global = true
    )]
    pub office_postal_city: String,

    /// Phone number printed on notices.
    #[arg(
        long,
        env = "OFFICE_PHONE",
        default_value = "02581 53-0",
        global = true
    )]
    pub office_phone: String,

    /// E-mail address printed on notices.
    #[arg(
        long,
        env = "OFFICE_EMAIL",
        default_value = "bildung-und-teilhabe@jobcenter.invalid",
        global = true
    )]
    pub office_email: String,

    /// Opening hours printed in the footer of notices.
    #[arg(
        long,
        env = "OFFICE_HOURS",
        default_value = "Mo–Fr 8–12 Uhr, Do 14–17 Uhr",
        global = true
    )]
    pub office_hours: String,

    /// JSON file of the offices that decide for other legal bases (and Kommunen) than the
    /// default office above: a list of `{"law": "SGB XII", "kommune": "Ahlen" (optional),
    /// "name", "department", "street", "postal_city", "phone", "email", "hours"}`. See
    /// `docs/offices.example.json`.
    #[arg(long, env = "OFFICES_FILE", global = true)]
    pub offices_file: Option<std::path::PathBuf>,

    /// Contact of the data protection officer, shown in the privacy notice (`/datenschutz`):
    /// name or office, postal address, e-mail.
    #[arg(
        long,
        env = "DPO_CONTACT",
        default_value = "Datenschutzbeauftragte des Kreises Warendorf, Waldenburger Straße 2, 48231 Warendorf, datenschutz@kreis-warendorf.invalid",
        global = true
    )]
    pub dpo_contact: String,

    /// Log format: `text` for people, `json` for log collectors. Levels via `RUST_LOG`.
    #[arg(long, env = "LOG_FORMAT", default_value = "text", global = true)]
    pub log_format: String,

    /// Seconds the portal waits for open requests after SIGTERM or Ctrl-C before it stops
    /// anyway (a slow upload must not keep it alive). Writes still open are rolled back.
    #[arg(long, env = "SHUTDOWN_TIMEOUT", default_value_t = 30, global = true)]
    pub shutdown_timeout: u64,

    /// The SMTP server mail goes through: `smtp://user:pass@host:587?tls=required`
    /// (STARTTLS), `smtps://user:pass@host:465` (TLS) or `smtp://host:25` (plain, only on a
    /// trusted network). Empty (the default): mail is not sent but kept in the outbox,
    /// readable by admins at `/admin/postausgang`.
    #[arg(long, env = "SMTP_URL", global = true)]
    pub smtp_url: Option<String>,

    /// The sender of the portal's mail.
    #[arg(
        long,
        env = "MAIL_FROM",
        default_value = "BuT-Portal <noreply@localhost>",
        global = true
    )]
    pub mail_from: String,

    /// How often the outbox is sent, in milliseconds.
    #[arg(long, env = "MAIL_INTERVAL_MS", default_value_t = 5000, global = true)]
    pub mail_interval_ms: u64,
}

impl Config {
    /// Whether cookies must carry the `Secure` flag (the portal is served over TLS).
    pub fn secure_cookies(&self) -> bool {
        self.public_url.starts_with("https://")
    }

    /// The origin (`scheme://host[:port]`) of [`Config::public_url`], if set.
    pub fn public_origin(&self) -> Option<String> {
        origin_of(&self.public_url)
    }

    /// Size limits of uploaded documents.
    pub fn upload_limits(&self) -> UploadLimits {
        UploadLimits {
            per_file: self.max_upload_file_bytes,
            per_claim: self.max_upload_claim_bytes,
        }
    }

    /// The issuing office of notices.
    /// The portal's address for links in mails: `PUBLIC_URL`, else the bind address.
    pub fn portal_url(&self) -> app::mail::PortalUrl {
        match self.public_url.trim() {
            "" => app::mail::PortalUrl(format!("http://{}", self.bind_addr)),
            url => app::mail::PortalUrl(url.to_string()),
        }
    }

    /// The mailer of `SMTP_URL` and `MAIL_FROM`.
    pub fn mailer(&self) -> Result<crate::mail::Mailer, String> {
        crate::mail::Mailer::new(self.smtp_url.as_deref(), &self.mail_from)
    }

    pub fn office(&self) -> Office {
        Office {
            name: self.office_name.clone(),
            department: self.office_department.clone(),
            street: self.office_street.clone(),
            postal_city: self.office_postal_city.clone(),
            phone: self.office_phone.clone(),
            email: self.office_email.clone(),
            hours: self.office_hours.clone(),
        }
    }

    /// The default office and those of [`Config::offices_file`]; an unreadable or invalid
    /// file is an error (the portal does not start with it).
    pub fn offices(&self) -> Result<Offices, String> {
        let Some(path) = &self.offices_file else {
            return Ok(Offices::single(self.office()));
        };
        let json = std::fs::read_to_string(path)
            .map_err(|e| format!("OFFICES_FILE {}: {e}", path.display()))?;
        Offices::parse(self.office(), &json)
            .map_err(|e| format!("OFFICES_FILE {}: {e}", path.display()))
    }

    /// The data protection officer named in the privacy notice.
    pub fn data_protection_officer(&self) -> DataProtectionOfficer {
        DataProtectionOfficer(self.dpo_contact.clone())
    }

    /// The database URL with any password replaced, for logs.
    pub fn redacted_database_url(&self) -> String {
        redact_url(&self.database_url)
    }
}

/// `scheme://host[:port]` of a URL, lower-cased.
pub fn origin_of(url: &str) -> Option<String> {
    let (scheme, rest) = url.split_once("://")?;
    let host = rest.split(['/', '?', '#']).next()?;
    (!host.is_empty()).then(|| {
        format!(
            "{}://{}",
            scheme.to_ascii_lowercase(),
            host.to_ascii_lowercase()
        )
    })
}

fn redact_url(url: &str) -> String {
    match (url.split_once("://"), url.rfind('@')) {
        (Some((scheme, rest)), Some(_)) => {
            let (userinfo, host) = rest.rsplit_once('@').unwrap_or(("", rest));
            let user = userinfo.split(':').next().unwrap_or("");
            format!("{scheme}://{user}:***@{host}")
        }
        _ => url.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origins_are_scheme_and_host() {
        assert_eq!(
            origin_of("https://But.Example.de/path?q"),
            Some("https://but.example.de".into())
        );
        assert_eq!(
            origin_of("http://127.0.0.1:3000"),
            Some("http://127.0.0.1:3000".into())
        );
        assert_eq!(origin_of("null"), None);
    }

    #[test]
    fn passwords_are_redacted_in_logged_urls() {
        assert_eq!(
            redact_url("postgres://u:secret@h/db"),
            "postgres://u:***@h/db"
        );
        assert_eq!(redact_url("sqlite://data/x.db"), "sqlite://data/x.db");
    }
}
