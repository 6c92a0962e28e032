//! The family's household profile and children.

use super::{db, done, notice, require_role, respond};
use crate::domain::ids::ChildId;
use crate::{
    context::use_ctx,
    db::household,
    domain::{
        account::Role,
        household::{ChildInput, HouseholdInput},
    },
    error::AppError,
};
use leptos::prelude::*;

/// Saves the household profile of the logged-in family.
#[server(prefix = "/api", endpoint = "household/save")]
pub async fn save_household(#[server(flatten)] input: HouseholdInput) -> Result<(), ServerFnError> {
    let mut input = input;
    if input.preferred_lang.is_empty() {
        // Not chosen: the language the family is using the portal in.
        input.preferred_lang = use_ctx().lang.code().to_string();
    }
    let outcome = async {
        let user = require_role(&[Role::Family])?;
        let h = input.parse().map_err(AppError::Validation)?;
        household::save(&db()?, &user.id, &h).await?;
        notice("household-saved").await?;
        // The language chosen here is the portal's language on this device from now on.
        Ok(format!("/familie?lang={}", h.preferred_lang.code()))
    }
    .await;
    respond(outcome, "/familie/haushalt", &input.as_values()).await
}

/// Adds a child (no `child_id`) or changes one of the family's own children.
#[server(prefix = "/api", endpoint = "child/save")]
pub async fn save_child(
    child_id: Option<String>,
    #[server(flatten)] input: ChildInput,
) -> Result<(), ServerFnError> {
    let child_id = child_id.filter(|id| !id.is_empty()).map(ChildId::from);
    let back = match &child_id {
        Some(id) => format!("/familie/kind/{id}"),
        None => "/familie/kind/neu".to_string(),
    };
    let outcome = async {
        let user = require_role(&[Role::Family])?;
        let today = time::OffsetDateTime::now_utc().date();
        let c = input.parse(today).map_err(AppError::Validation)?;
        household::save_child(&db()?, &user.id, child_id.as_ref(), &c).await?;
        done("child-saved", "/familie".to_string()).await
    }
    .await;
    respond(outcome, &back, &input.as_values()).await
}

/// The family creates a code for one of its children, to give the school social worker who
/// starts a Lernförderung application with it (see `domain::school_code`). The code is
/// shown on the overview.
#[server(prefix = "/api", endpoint = "child/school-code")]
pub async fn create_school_code(child_id: ChildId) -> Result<(), ServerFnError> {
    let outcome = async {
        let user = require_role(&[Role::Family])?;
        crate::db::school_code::create(&db()?, &user.id, &child_id).await?;
        done("school-code-created", format!("/familie#code-{child_id}")).await
    }
    .await;
    respond(outcome, "/familie", &[]).await
}
