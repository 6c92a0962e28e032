//! Staff enter an application that came on paper, by phone or at the town hall
//! (`domain::intake`): first who applies and for whom, with the date of receipt; then
//! the answers, on the same forms a family fills in; then the scans, and it is submitted.

use super::{claim::Given, db, done, require_role, respond};
use crate::domain::ids::{AccountId, ClaimId};
use crate::{
    db::{
        Db,
        claim::{self as claims},
        document, household,
        intake::{self, PaperApplication},
    },
    domain::{
        FieldError,
        account::Role,
        document::{Upload, UploadLimits},
        household::{ChildInput, HouseholdInput},
        intake::{check_scans, parse_intake},
    },
    error::AppError,
};
use leptos::prelude::*;

/// Where staff enter a new application, and where one they opened is completed.
pub const NEW_PAGE: &str = "/verwaltung/papierantrag";

/// Opens an application that came another way than the portal: the household and the
/// child as on the paper form, how it came and the day it was received. Everything is
/// checked before anything is stored; on an error every value comes back.
#[server(prefix = "/api", endpoint = "intake/open")]
pub async fn open_paper_application(
    #[server(default)] channel: String,
    received_on: String,
    #[server(default)] claim_benefit: String,
    #[server(flatten)] household: HouseholdInput,
    #[server(flatten)] child: ChildInput,
) -> Result<(), ServerFnError> {
    let mut household = household;
    if household.preferred_lang.is_empty() {
        household.preferred_lang = "de".into();
    }
    let outcome = async {
        let user = require_role(&[Role::Staff, Role::Admin])?;
        let today = crate::db::today();
        let parsed = (
            parse_intake(&channel, &received_on, &claim_benefit, today),
            household.parse(),
            child.parse(today),
        );
        let (intake, household, child) = match parsed {
            (Ok(i), Ok(h), Ok(c)) => (i, h, c),
            (i, h, c) => {
                let errors = [i.err(), h.err(), c.err()].into_iter().flatten().flatten();
                return Err(AppError::Validation(errors.collect()));
            }
        };
        let paper = PaperApplication {
            intake,
            household: &household,
            child: &child,
        };
        let id = intake::open(&db()?, &user.id, &paper).await?;
        done("intake-opened", format!("{NEW_PAGE}/{id}")).await
    }
    .await;
    let mut values = vec![
        ("channel", channel.as_str()),
        ("received_on", received_on.as_str()),
        ("claim_benefit", claim_benefit.as_str()),
    ];
    values.extend(household.as_values());
    values.extend(child.as_values());
    respond(outcome, NEW_PAGE, &values).await
}

/// Submits an application staff entered, with the scans of the paper form (none for a
/// phone call) and the consents the family gave on it. The claim then counts as received
/// on the day staff entered, not today.
pub async fn submit_entered(
    db: &Db,
    staff_id: &AccountId,
    claim_id: &ClaimId,
    (scans, limits): (Vec<Upload>, UploadLimits),
    given: Given,
) -> Result<(), AppError> {
    let record = claims::find(db, claims::Reader::EnteredDraft, claim_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let channel = intake::channel_of(db, claim_id)
        .await?
        .ok_or(AppError::NotFound)?;
    if super::claim::check_answers(db, &record.answers())
        .await
        .is_err()
    {
        return Err(AppError::Conflict("intake-error-incomplete".into()));
    }
    // An empty file input (no file chosen) is no scan.
    let scans: Vec<Upload> = scans
        .into_iter()
        .filter(|u| !(u.bytes.is_empty() && u.file_name.trim().is_empty()))
        .collect();
    check_scans(channel, scans.len()).map_err(|e: FieldError| AppError::Validation(vec![e]))?;
    let lang = household::find(db, &record.account_id)
        .await?
        .map(|h| h.input.preferred_lang)
        .unwrap_or_else(|| "de".into());
    if !scans.is_empty() {
        let mut tx = db.begin_write().await?;
        document::store_in(&mut tx, claim_id, None, staff_id, scans, limits).await?;
        tx.commit().await?;
    }
    super::claim::submit_with(db, &record.account_id, &record, &lang, (given, None)).await?;
    Ok(())
}
