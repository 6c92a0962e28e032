//! Login throttling: how many failed attempts an account may have before logins pause.

/// Failed logins allowed per e-mail address within [`WINDOW_MINUTES`].
pub const MAX_FAILURES: i64 = 5;
/// Length of the window in which failures are counted.
pub const WINDOW_MINUTES: i64 = 15;

/// Whether another login attempt is allowed, given the failures counted in the window.
pub fn login_allowed(failures_in_window: i64) -> bool {
    failures_in_window < MAX_FAILURES
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fifth_failure_blocks_further_attempts() {
        assert!(login_allowed(0));
        assert!(login_allowed(MAX_FAILURES - 1));
        assert!(!login_allowed(MAX_FAILURES));
    }
}
