//! IBANs with checksum validation (ISO 13616, mod 97).

use super::FieldError;
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Iban(String);

impl Iban {
    /// Accepts spaces and lower case; checks country code, length and checksum.
    pub fn parse(input: &str, field: &str) -> Result<Iban, FieldError> {
        let s: String = super::text::ascii_digits(input)
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_uppercase();
        let invalid = || FieldError::new(field, "error-iban-invalid");
        if !(15..=34).contains(&s.len()) || !s.chars().all(|c| c.is_ascii_alphanumeric()) {
            return Err(invalid());
        }
        let (country, rest) = s.split_at(2);
        if !country.chars().all(|c| c.is_ascii_uppercase())
            || !rest[..2].chars().all(|c| c.is_ascii_digit())
        {
            return Err(invalid());
        }
        if country == "DE" && s.len() != 22 {
            return Err(invalid());
        }
        let rearranged = format!("{}{}", &s[4..], &s[..4]);
        let mut remainder: u32 = 0;
        for c in rearranged.chars() {
            let value = c.to_digit(36).ok_or_else(invalid)?;
            for digit in value.to_string().chars() {
                remainder = (remainder * 10 + digit.to_digit(10).unwrap_or(0)) % 97;
            }
        }
        if remainder == 1 {
            Ok(Iban(s))
        } else {
            Err(FieldError::new(field, "error-iban-checksum"))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Iban {
    /// Groups of four, as printed on bank cards: `DE89 3704 0044 0532 0130 00`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let groups: Vec<String> = self
            .0
            .as_bytes()
            .chunks(4)
            .map(|c| String::from_utf8_lossy(c).into_owned())
            .collect();
        f.write_str(&groups.join(" "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid_ibans_are_accepted_in_any_spacing() {
        let iban = Iban::parse("de89 3704 0044 0532 0130 00", "iban").unwrap();
        assert_eq!(iban.as_str(), "DE89370400440532013000");
        assert_eq!(iban.to_string(), "DE89 3704 0044 0532 0130 00");
        assert!(Iban::parse("GB82 WEST 1234 5698 7654 32", "iban").is_ok());
    }

    #[test]
    fn a_typo_breaks_the_checksum() {
        assert_eq!(
            Iban::parse("DE89 3704 0044 0532 0130 01", "iban")
                .unwrap_err()
                .msg_id,
            "error-iban-checksum"
        );
        assert_eq!(
            Iban::parse("DE88 3704 0044 0532 0130 00", "iban")
                .unwrap_err()
                .msg_id,
            "error-iban-checksum"
        );
    }

    #[test]
    fn malformed_ibans_are_invalid() {
        for bad in [
            "",
            "DE89",
            "DE89 3704 0044 0532 0130",
            "1289 3704 0044 0532 0130 00",
            "DE89-3704-0044-0532-0130-00",
        ] {
            assert_eq!(
                Iban::parse(bad, "iban").unwrap_err().msg_id,
                "error-iban-invalid",
                "{bad}"
            );
        }
    }
}
