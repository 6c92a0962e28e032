//! The school directory: schools of the Kreis, maintained by staff.

use super::ids::KommuneId;
use super::{
    FieldError,
    text::{postal_code, required_text},
};

/// School types of NRW as the directory knows them.
pub const SCHOOL_TYPES: [&str; 8] = [
    "Grundschule",
    "Hauptschule",
    "Realschule",
    "Sekundarschule",
    "Gesamtschule",
    "Gymnasium",
    "Förderschule",
    "Berufskolleg",
];

/// The raw form values.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SchoolInput {
    pub kommune: String,
    pub name: String,
    pub school_type: String,
    pub street: String,
    pub postal_code: String,
}

/// A validated school.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct School {
    pub kommune_id: KommuneId,
    pub name: String,
    pub school_type: &'static str,
    pub street: String,
    pub postal_code: String,
}

impl SchoolInput {
    pub fn parse(&self) -> Result<School, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut ok = |r: Result<String, FieldError>| r.map_err(|e| errors.push(e)).ok();
        let kommune = ok(required_text(&self.kommune, "kommune", 40)
            .map_err(|_| FieldError::new("kommune", "household-error-kommune")));
        let name = ok(required_text(&self.name, "name", 120));
        let street = ok(required_text(&self.street, "street", 100));
        let postal = ok(postal_code(&self.postal_code, "postal_code"));
        let school_type = SCHOOL_TYPES.into_iter().find(|t| *t == self.school_type);
        if school_type.is_none() {
            errors.push(FieldError::new("school_type", "school-error-type"));
        }
        match (kommune, name, school_type, street, postal) {
            (Some(kommune_id), Some(name), Some(school_type), Some(street), Some(postal_code))
                if errors.is_empty() =>
            {
                Ok(School {
                    kommune_id: kommune_id.into(),
                    name,
                    school_type,
                    street,
                    postal_code,
                })
            }
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_school_needs_kommune_name_type_and_address() {
        let input = SchoolInput {
            kommune: "oelde".into(),
            name: "Realschule Oelde".into(),
            school_type: "Realschule".into(),
            street: "Weitkamp 5".into(),
            postal_code: "59302".into(),
        };
        assert_eq!(input.parse().unwrap().school_type, "Realschule");
        let bad = SchoolInput {
            school_type: "Zauberschule".into(),
            postal_code: "5930".into(),
            ..input
        };
        let ids = crate::domain::msg_ids(bad.parse());
        assert_eq!(ids, ["error-postal-code", "school-error-type"]);
    }
}
