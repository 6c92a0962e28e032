//! Login throttling: how many password attempts are allowed before an address or an
//! account has to wait.
//!
//! Attempts are counted *before* the password is checked, atomically (one upsert per key),
//! so parallel guesses cannot slip past the count. Three kinds of keys:
//! - per e-mail address and client address: an attacker's address pauses, the owner's
//!   phone does not;
//! - per e-mail address from everywhere (many attacking addresses): this pauses every
//!   device *except* the owner's known devices;
//! - per known device (where the account has logged in before, remembered by a cookie):
//!   its own, small budget — so the owner still gets in while the account is attacked.
//!
//! A pause ends with its window: throttling delays, it never locks an account.

/// Attempts allowed per e-mail address and client address (or known device) per window.
pub const PER_CLIENT: i64 = 5;
/// Attempts allowed per e-mail address from all unknown devices together per window.
pub const PER_ACCOUNT: i64 = 20;
/// Length of a counting window.
pub const WINDOW_SECONDS: i64 = 15 * 60;

/// What an attempt is counted against.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ThrottleKey {
    /// All attempts for this e-mail address.
    Account(String),
    /// Attempts for this e-mail address from this client address.
    Client { email: String, client: String },
    /// Attempts from this known device (for the account it belongs to).
    Device(String),
}

impl ThrottleKey {
    /// The keys an attempt for `email` is counted against: a known device only against
    /// itself, any other client against its own count and the account's.
    pub fn for_attempt(email: &str, client: &str, known_device: Option<&str>) -> Vec<ThrottleKey> {
        match known_device {
            Some(token) => vec![ThrottleKey::Device(token.to_string())],
            None => vec![
                ThrottleKey::Client {
                    email: email.to_string(),
                    client: client.to_string(),
                },
                ThrottleKey::Account(email.to_string()),
            ],
        }
    }

    /// The key as stored (`login_throttle.key`).
    pub fn storage_key(&self) -> String {
        match self {
            ThrottleKey::Account(email) => format!("account:{email}"),
            ThrottleKey::Client { email, client } => format!("client:{email}|{client}"),
            ThrottleKey::Device(token) => format!("device:{token}"),
        }
    }

    /// The kind of key, for logs (without the address).
    pub fn kind(&self) -> &'static str {
        match self {
            ThrottleKey::Account(_) => "account",
            ThrottleKey::Client { .. } => "client",
            ThrottleKey::Device(_) => "device",
        }
    }

    /// Attempts allowed per window for this key.
    pub fn limit(&self) -> i64 {
        match self {
            ThrottleKey::Account(_) => PER_ACCOUNT,
            ThrottleKey::Client { .. } | ThrottleKey::Device(_) => PER_CLIENT,
        }
    }
}

/// Whether the attempt that brought a key's count in its window to `count` may be checked.
pub fn allowed(key: &ThrottleKey, count: i64) -> bool {
    count <= key.limit()
}

/// The start of the window an attempt at `now` still counts in: windows older than this
/// start again at one.
pub fn window_cutoff(now: i64) -> i64 {
    now - WINDOW_SECONDS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_attempt_after_the_limit_waits() {
        let client = ThrottleKey::Client {
            email: "a@b.de".into(),
            client: "203.0.113.7".into(),
        };
        assert!(allowed(&client, 1));
        assert!(allowed(&client, PER_CLIENT));
        assert!(!allowed(&client, PER_CLIENT + 1));
        let account = ThrottleKey::Account("a@b.de".into());
        assert!(allowed(&account, PER_ACCOUNT));
        assert!(!allowed(&account, PER_ACCOUNT + 1));
    }

    #[test]
    fn a_known_device_counts_only_against_itself() {
        assert_eq!(
            ThrottleKey::for_attempt("a@b.de", "203.0.113.7", Some("tok")),
            vec![ThrottleKey::Device("tok".into())]
        );
        let keys = ThrottleKey::for_attempt("a@b.de", "203.0.113.7", None);
        assert_eq!(keys.len(), 2);
        assert_eq!(keys[0].storage_key(), "client:a@b.de|203.0.113.7");
        assert_eq!(keys[1].storage_key(), "account:a@b.de");
    }

    #[test]
    fn windows_are_a_quarter_of_an_hour() {
        assert_eq!(window_cutoff(10_000), 10_000 - 900);
    }
}
