//! The school calendar: an admin enters the days off school of a school year.

use super::{db, notice, require_role, respond};
use crate::{
    db::{decision, school_calendar},
    domain::{
        FieldError,
        account::Role,
        school_days::{SchoolYear, parse_days_off},
    },
    error::AppError,
};
use leptos::prelude::*;

/// The page of the school calendar, at `year` if given.
pub fn calendar_page(year: Option<SchoolYear>) -> String {
    match year {
        Some(y) => format!("/admin/schulkalender?jahr={}", y.0),
        None => "/admin/schulkalender".into(),
    }
}

/// Replaces the days off of the school year starting in `year` with the admin's list
/// (`domain::school_days::parse_days_off`); a bad line is named and nothing is saved.
#[server(prefix = "/api", endpoint = "admin/school-year")]
pub async fn save_school_year(year: String, days_off: String) -> Result<(), ServerFnError> {
    let school_year = year
        .trim()
        .parse::<i32>()
        .ok()
        .filter(|y| (2000..=2100).contains(y))
        .map(SchoolYear);
    let back = calendar_page(school_year);
    let parsed = school_year.map(|y| parse_days_off(&days_off, y));
    let error_line = match &parsed {
        Some(Err((line, _))) => line.to_string(),
        _ => String::new(),
    };
    let outcome = async {
        let user = require_role(&[Role::Admin])?;
        let (Some(year), Some(parsed)) = (school_year, parsed) else {
            return Err(AppError::NotFound);
        };
        let entries = parsed
            .map_err(|(_, msg)| AppError::Validation(vec![FieldError::new("days_off", msg)]))?;
        if entries.is_empty() {
            return Err(AppError::Validation(vec![FieldError::new(
                "days_off",
                "calendar-error-empty",
            )]));
        }
        let db = db()?;
        school_calendar::save_year(&db, year, &entries, Some(&user.id)).await?;
        let detail = format!("{} ({} entries)", year.label(), entries.len());
        decision::audit(&db, &user.id, None, "school_calendar", Some(&detail)).await?;
        notice("calendar-saved").await?;
        Ok(calendar_page(Some(year)))
    }
    .await;
    respond(
        outcome,
        &back,
        &[("days_off", &days_off), ("error_line", &error_line)],
    )
    .await
}
