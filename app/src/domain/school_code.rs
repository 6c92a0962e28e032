//! The code a family gives the school social worker to start a Lernförderung application
//! together (issue 14): knowing a family's e-mail address and a child's name and birth
//! date is not enough to act on the family's account — the family has to agree, by
//! creating a code in its own account and handing it over.
//!
//! A code names one child, can be used once and is valid for [`VALID_DAYS`] days. Eight
//! characters from an alphabet without look-alikes (no 0 or O, no 1 or I): 40 bits, read out
//! over the phone or copied from a screen.

/// Days a code stays valid.
pub const VALID_DAYS: i64 = 7;

const ALPHABET: &[u8; 32] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/// A code from 8 random bytes (5 bits of each).
pub fn from_random(bytes: [u8; 8]) -> String {
    bytes
        .iter()
        .map(|b| char::from(ALPHABET[usize::from(b & 31)]))
        .collect()
}

/// The code as typed (any case, with spaces or dashes), or `None` if it cannot be one.
pub fn normalize(input: &str) -> Option<String> {
    let code: String = input
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| c.to_ascii_uppercase())
        .collect();
    (code.len() == 8 && code.bytes().all(|b| ALPHABET.contains(&b))).then_some(code)
}

/// The code as shown: two groups of four (`ABCD-EFGH`).
pub fn display(code: &str) -> String {
    match (code.get(..4), code.get(4..)) {
        (Some(a), Some(b)) if !b.is_empty() => format!("{a}-{b}"),
        _ => code.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_eight_unambiguous_characters() {
        let code = from_random([0, 1, 2, 30, 31, 32, 200, 255]);
        assert_eq!(code.len(), 8);
        assert!(!code.contains(['0', 'O', '1', 'I']), "{code}");
        assert_eq!(normalize(&code), Some(code.clone()));
    }

    #[test]
    fn a_typed_code_is_read_as_shown() {
        assert_eq!(normalize(" abcd-efgh "), Some("ABCDEFGH".into()));
        assert_eq!(display("ABCDEFGH"), "ABCD-EFGH");
        assert_eq!(normalize("ABCD-EFG"), None);
        assert_eq!(normalize("ABCD-EFG0"), None);
        assert_eq!(normalize("ABCDÉFGH"), None);
    }
}
