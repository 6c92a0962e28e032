//! Accounts: roles, e-mail addresses and passwords, parsed from user input.

use super::FieldError;
use serde::{Deserialize, Serialize};
use std::fmt;

/// The four roles of the portal (see DESIGN.md § 1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Family,
    School,
    Staff,
    Admin,
}

impl Role {
    pub const ALL: [Role; 4] = [Role::Family, Role::School, Role::Staff, Role::Admin];

    /// The value stored in the database and used on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Family => "family",
            Role::School => "school",
            Role::Staff => "staff",
            Role::Admin => "admin",
        }
    }

    pub fn parse(s: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == s.trim())
    }

    /// Where a user of this role lands after logging in.
    pub fn home_path(self) -> &'static str {
        match self {
            Role::Family => "/familie",
            Role::School => "/schule",
            Role::Staff => "/verwaltung",
            Role::Admin => "/admin",
        }
    }

    /// Minutes of inactivity after which a session ends. Staff see Sozialdaten of many
    /// families, so their sessions end sooner than a family's.
    pub fn idle_timeout_minutes(self) -> i64 {
        match self {
            Role::Family | Role::School => 60,
            Role::Staff | Role::Admin => 30,
        }
    }

    /// Hours after which a session ends however active it is: a caseworker's working day,
    /// a family's day.
    pub fn absolute_session_hours(self) -> i64 {
        match self {
            Role::Family | Role::School => 24,
            Role::Staff | Role::Admin => 10,
        }
    }

    /// Fluent id of the role's name.
    pub fn label_id(self) -> &'static str {
        match self {
            Role::Family => "role-family",
            Role::School => "role-school",
            Role::Staff => "role-staff",
            Role::Admin => "role-admin",
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A syntactically valid e-mail address, trimmed and lower-cased so that it is unique
/// regardless of how the user typed it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Email(String);

impl Email {
    pub const MAX_LEN: usize = 254;

    pub fn parse(input: &str, field: &str) -> Result<Email, FieldError> {
        let s = input.trim().to_lowercase();
        if s.is_empty() {
            return Err(FieldError::new(field, "error-email-required"));
        }
        if s.chars().count() > Self::MAX_LEN {
            return Err(FieldError::new(field, "error-email-too-long"));
        }
        let valid = match s.split_once('@') {
            Some((local, domain)) => {
                !local.is_empty()
                    && !domain.contains('@')
                    && domain.contains('.')
                    && !domain.starts_with('.')
                    && !domain.ends_with('.')
                    && !domain.contains("..")
                    && !s.chars().any(|c| c.is_whitespace() || c.is_control())
            }
            None => false,
        };
        if valid {
            Ok(Email(s))
        } else {
            Err(FieldError::new(field, "error-email-invalid"))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A new password that meets the portal's policy. Never logged, never displayed.
pub struct NewPassword(String);

impl fmt::Debug for NewPassword {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("NewPassword(***)")
    }
}

impl NewPassword {
    pub const MIN_LEN: usize = 10;
    pub const MAX_LEN: usize = 128;

    /// Checks length and that the repetition matches. Long passphrases are encouraged
    /// rather than character-class rules (NIST SP 800-63B).
    pub fn parse(password: &str, repeat: &str, field: &str) -> Result<NewPassword, FieldError> {
        let len = password.chars().count();
        if len < Self::MIN_LEN {
            return Err(FieldError::new(field, "error-password-too-short"));
        }
        if len > Self::MAX_LEN {
            return Err(FieldError::new(field, "error-password-too-long"));
        }
        if password != repeat {
            return Err(FieldError::new(
                &format!("{field}_repeat"),
                "error-password-mismatch",
            ));
        }
        #[cfg(feature = "ssr")]
        if !strong_enough(password) {
            return Err(FieldError::new(field, "error-password-weak"));
        }
        Ok(NewPassword(password.to_string()))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

/// Whether `password` resists guessing: zxcvbn's estimate of at least 10^8 guesses (score
/// 3 of 4), which turns away common passwords, keyboard and number sequences, repeated
/// characters and a short word with a number, while a passphrase of a few unrelated words
/// passes. Server only: the estimator's dictionaries stay out of the wasm bundle.
#[cfg(feature = "ssr")]
fn strong_enough(password: &str) -> bool {
    zxcvbn::zxcvbn(password, &[]).score() >= zxcvbn::Score::Three
}

/// A local path to continue to (after login, for the language switcher). Only same-site
/// absolute paths are accepted, so a crafted link cannot send a user to another site (open
/// redirect): no `//`, no backslash, no control character or white space anywhere (browsers
/// drop a tab or a newline, so `/\t/evil.example` would become `//evil.example`). Letters
/// beyond ASCII are percent-encoded, so the path is always a valid `Location`.
pub fn safe_next_path(next: &str) -> Option<String> {
    let ok = next.starts_with('/')
        && !next.starts_with("//")
        && next.len() <= 512
        && !next
            .chars()
            .any(|c| c.is_control() || c.is_whitespace() || c == '\\');
    // Only what is not ASCII is encoded (controls were refused above).
    ok.then(|| percent_encoding::utf8_percent_encode(next, percent_encoding::CONTROLS).to_string())
}

/// The path of a request as the portal links back to it (language switcher, login): a
/// path that starts with several slashes names another host in a link, so they are
/// folded into one; anything else unsafe becomes the start page.
pub fn local_path(path_and_query: &str) -> String {
    let folded = format!("/{}", path_and_query.trim_start_matches(['/', '\\']));
    safe_next_path(&folded).unwrap_or_else(|| "/".to_string())
}

/// Whether a session that began at `since_ms` (unix milliseconds; 0 if unknown) is over at
/// `now_ms` whatever its activity: older than the role's absolute lifetime.
pub fn session_too_old(since_ms: i64, now_ms: i64, role: Role) -> bool {
    now_ms - since_ms > role.absolute_session_hours() * 3_600_000
}

/// Whether a logged-in session is to be written back to push its end further out: at most
/// once every tenth of the idle timeout (every 6 minutes for families, 3 for staff), so
/// page views do not write the session row each time, while the session still ends about
/// `idle_minutes` after the last use (at most a tenth earlier). `last_seen` is when it was
/// last written (unix seconds); a session without it, or a clock that went back, is due.
pub fn session_refresh_due(last_seen: Option<i64>, now: i64, idle_minutes: i64) -> bool {
    match last_seen {
        None => true,
        Some(seen) => now < seen || now - seen >= idle_minutes * 60 / 10,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_round_trip_through_their_stored_names() {
        for role in Role::ALL {
            assert_eq!(Role::parse(role.as_str()), Some(role));
        }
        assert_eq!(Role::parse("root"), None);
    }

    #[test]
    fn staff_sessions_expire_sooner_than_family_sessions() {
        assert!(Role::Staff.idle_timeout_minutes() < Role::Family.idle_timeout_minutes());
        assert!(Role::Admin.idle_timeout_minutes() < Role::Family.idle_timeout_minutes());
    }

    #[test]
    fn email_is_trimmed_and_lowercased() {
        let e = Email::parse("  Anna.Schmidt@Example.DE ", "email").unwrap();
        assert_eq!(e.as_str(), "anna.schmidt@example.de");
    }

    #[test]
    fn invalid_emails_are_rejected_with_a_message_id() {
        for bad in [
            "",
            "anna",
            "anna@",
            "@example.de",
            "anna@example",
            "a b@example.de",
            "a@b@c.de",
            "a@example..de",
            "a@.example.de",
        ] {
            let err = Email::parse(bad, "email").unwrap_err();
            assert_eq!(err.field, "email");
            assert!(err.msg_id.starts_with("error-email"), "{bad}: {err:?}");
        }
        let long = format!("{}@example.de", "a".repeat(250));
        assert_eq!(
            Email::parse(&long, "email").unwrap_err().msg_id,
            "error-email-too-long"
        );
    }

    #[test]
    fn password_policy_checks_length_and_repetition() {
        assert_eq!(
            NewPassword::parse("kurz", "kurz", "pw").unwrap_err().msg_id,
            "error-password-too-short"
        );
        let long = "x".repeat(129);
        assert_eq!(
            NewPassword::parse(&long, &long, "pw").unwrap_err().msg_id,
            "error-password-too-long"
        );
        let err = NewPassword::parse("lang-genug-123", "lang-genug-124", "pw").unwrap_err();
        assert_eq!(
            (err.field.as_str(), err.msg_id.as_str()),
            ("pw_repeat", "error-password-mismatch")
        );
        assert!(NewPassword::parse("lang-genug-123", "lang-genug-123", "pw").is_ok());
    }

    #[test]
    fn password_debug_output_hides_the_secret() {
        let pw = NewPassword::parse("geheim-geheim", "geheim-geheim", "pw").unwrap();
        assert!(!format!("{pw:?}").contains("geheim"));
    }

    #[test]
    fn only_local_paths_are_followed_after_login() {
        assert_eq!(safe_next_path("/familie").as_deref(), Some("/familie"));
        assert_eq!(safe_next_path("//evil.example"), None);
        assert_eq!(safe_next_path("https://evil.example"), None);
        assert_eq!(safe_next_path("/\\evil.example"), None);
        assert_eq!(safe_next_path("/a\r\nSet-Cookie: x"), None);
        // Browsers drop tabs and newlines: `/\t/evil.example` would lead to evil.example.
        assert_eq!(safe_next_path("/\t/evil.example/phish"), None);
        assert_eq!(safe_next_path("/\u{0B}/x"), None);
        assert_eq!(safe_next_path("/a/\\evil"), None);
        assert_eq!(
            safe_next_path("/verwaltung/antraege?suche=Müller").as_deref(),
            Some("/verwaltung/antraege?suche=M%C3%BCller")
        );
    }

    #[test]
    fn links_back_to_a_request_stay_on_this_site() {
        assert_eq!(local_path("/familie?lang=de"), "/familie?lang=de");
        assert_eq!(local_path("//evil.example/x"), "/evil.example/x");
        assert_eq!(local_path("/\\/evil.example"), "/evil.example");
    }

    #[test]
    fn a_session_is_written_back_once_a_tenth_of_its_idle_time_has_passed() {
        let family = Role::Family.idle_timeout_minutes();
        assert!(!session_refresh_due(Some(1_000), 1_000, family));
        assert!(!session_refresh_due(Some(1_000), 1_000 + 359, family));
        assert!(session_refresh_due(Some(1_000), 1_000 + 360, family));
        // Staff sessions are shorter, so they are written back sooner.
        assert!(session_refresh_due(
            Some(1_000),
            1_000 + 180,
            Role::Staff.idle_timeout_minutes()
        ));
        assert!(session_refresh_due(None, 1_000, family));
        assert!(session_refresh_due(Some(2_000), 1_000, family));
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn common_and_patterned_passwords_are_refused() {
        for weak in [
            "aaaaaaaaaa",
            "1234567890",
            "passwort12",
            "qwertzuiop",
            "hallo12345",
        ] {
            let err = NewPassword::parse(weak, weak, "password").unwrap_err();
            assert_eq!(err.msg_id, "error-password-weak", "{weak}");
        }
        for strong in [
            "richtig-langes-passwort",
            "Fahrrad Mond Teekanne",
            "race-passwort-123",
        ] {
            assert!(
                NewPassword::parse(strong, strong, "password").is_ok(),
                "{strong}"
            );
        }
    }

    #[test]
    fn sessions_end_after_a_working_day_for_staff_and_a_day_for_families() {
        let start = 1_000_000_000;
        let hour = 3_600_000;
        assert!(!session_too_old(start, start + 10 * hour, Role::Staff));
        assert!(session_too_old(start, start + 10 * hour + 1, Role::Staff));
        assert!(!session_too_old(start, start + 24 * hour, Role::Family));
        assert!(session_too_old(start, start + 24 * hour + 1, Role::Family));
        assert!(
            session_too_old(0, start, Role::Family),
            "a session without its start"
        );
    }
}
