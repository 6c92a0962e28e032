//! The admin's numbers of eligible children per Kommune, the denominator of the uptake
//! rate on the reports dashboard.

use super::{db, done, require_role, respond};
use crate::{
    db::report::save_eligible,
    domain::{FieldError, account::Role, report::parse_eligible, text::optional_text},
    error::AppError,
};
use leptos::prelude::*;

const PAGE: &str = "/admin/berechtigte";

#[server(prefix = "/api", endpoint = "admin/eligible-children")]
pub async fn save_eligible_children(
    kommune: String,
    children: String,
    as_of: String,
    source: String,
) -> Result<(), ServerFnError> {
    let outcome = async {
        let user = require_role(&[Role::Admin])?;
        let (n, day) = parse_eligible(&children, &as_of).map_err(AppError::Validation)?;
        let source = optional_text(&source, "source", 200)
            .map_err(|e: FieldError| AppError::Validation(vec![e]))?
            .unwrap_or_default();
        if !save_eligible(&db()?, &kommune.clone().into(), n, day, &source, &user.id).await? {
            return Err(AppError::NotFound);
        }
        done("eligible-saved", PAGE.to_string()).await
    }
    .await;
    respond(
        outcome,
        PAGE,
        &[
            ("kommune", &kommune),
            ("children", &children),
            ("as_of", &as_of),
            ("source", &source),
        ],
    )
    .await
}
