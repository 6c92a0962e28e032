//! The operator (Träger) of a Lernstandort: the organisation that runs the tutoring at the
//! school and receives the money for it. An approval of Lernförderung at a Lernstandort
//! names it as payee — with its address for the Kostenübernahmeerklärung and its bank
//! account — never the room or the school (issue 16; `but-rules.md` § Corrections,
//! item 10). Staff maintain it, since the Kreis contracts with the operator.

use super::{
    FieldError,
    iban::Iban,
    text::{postal_code, required_text},
};

/// A site's operator, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Operator {
    pub name: String,
    pub street: String,
    pub postal_code: String,
    pub city: String,
    pub iban: Iban,
}

impl Operator {
    /// The address as printed in a letter's window: name, street, postal code and city.
    pub fn address_lines(&self) -> Vec<String> {
        vec![
            self.name.clone(),
            self.street.clone(),
            format!("{} {}", self.postal_code, self.city),
        ]
    }
}

/// The operator form as entered.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OperatorInput {
    pub name: String,
    pub street: String,
    pub postal_code: String,
    pub city: String,
    pub iban: String,
}

impl OperatorInput {
    /// Checks every field: name, street and city required, a German postal code, an IBAN
    /// with a valid checksum. All errors at once.
    pub fn parse(&self) -> Result<Operator, Vec<FieldError>> {
        let name = required_text(&self.name, "operator_name", 200);
        let street = required_text(&self.street, "operator_street", 200);
        let code = postal_code(&self.postal_code, "operator_postal_code");
        let city = required_text(&self.city, "operator_city", 100);
        let iban = Iban::parse(&self.iban, "operator_iban");
        match (name, street, code, city, iban) {
            (Ok(name), Ok(street), Ok(postal_code), Ok(city), Ok(iban)) => Ok(Operator {
                name,
                street,
                postal_code,
                city,
                iban,
            }),
            (n, s, p, c, i) => Err([n.err(), s.err(), p.err(), c.err(), i.err()]
                .into_iter()
                .flatten()
                .collect()),
        }
    }

    /// (field, value) pairs to show the form again.
    pub fn as_values(&self) -> Vec<(&'static str, &str)> {
        vec![
            ("operator_name", &self.name),
            ("operator_street", &self.street),
            ("operator_postal_code", &self.postal_code),
            ("operator_city", &self.city),
            ("operator_iban", &self.iban),
        ]
    }
}

/// The payee of an approval of Lernförderung at a Lernstandort must be the site's
/// operator: one is maintained, and the payee entered is its name.
pub fn check_site_payee(payee: &str, operator: Option<&Operator>) -> Result<(), FieldError> {
    match operator {
        None => Err(FieldError::new("payee", "decision-error-site-no-operator")),
        Some(o) if payee.trim() != o.name => {
            Err(FieldError::new("payee", "decision-error-site-payee"))
        }
        Some(_) => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> OperatorInput {
        OperatorInput {
            name: "Lernbegleitung Kreis Warendorf gGmbH".into(),
            street: "Waldenburger Straße 2".into(),
            postal_code: "48231".into(),
            city: "Warendorf".into(),
            iban: "de89 3704 0044 0532 0130 00".into(),
        }
    }

    #[test]
    fn an_operator_has_a_postal_address_and_a_valid_iban() {
        let o = input().parse().unwrap();
        assert_eq!(o.iban.as_str(), "DE89370400440532013000");
        assert_eq!(
            o.address_lines(),
            [
                "Lernbegleitung Kreis Warendorf gGmbH",
                "Waldenburger Straße 2",
                "48231 Warendorf"
            ]
        );
        let mut bad = input();
        bad.name = " ".into();
        bad.postal_code = "4823".into();
        bad.iban = "DE89370400440532013001".into();
        let fields: Vec<String> = bad
            .parse()
            .unwrap_err()
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(
            fields,
            ["operator_name", "operator_postal_code", "operator_iban"]
        );
    }

    #[test]
    fn a_lernstandort_is_paid_through_its_operator_only() {
        let o = input().parse().unwrap();
        assert!(check_site_payee("Lernbegleitung Kreis Warendorf gGmbH", Some(&o)).is_ok());
        assert_eq!(
            check_site_payee("Gesamtschule Ahlen – Raum 104", Some(&o))
                .unwrap_err()
                .msg_id,
            "decision-error-site-payee"
        );
        assert_eq!(
            check_site_payee("Lernbegleitung Kreis Warendorf gGmbH", None)
                .unwrap_err()
                .msg_id,
            "decision-error-site-no-operator"
        );
    }
}
