//! The family's consents on a claim (`domain::consent`): read for the family and staff,
//! and withdrawn by the family (for the future; the claim's history records it).

use super::{Db, claim::record_event, now_unix};
use crate::domain::ids::{AccountId, ClaimId};
use crate::{
    domain::{
        claim::Status,
        consent::{ConsentKind, ConsentState, Consents},
    },
    error::AppError,
};

/// The consent columns of `claim` (aliased `cl`), for [`ConsentRow`].
pub const CONSENT_COLUMNS: &str = "cl.school_consent_at, cl.school_consent_withdrawn_at, \
     cl.direct_consent_at, cl.direct_consent_withdrawn_at";

/// The consents of a claim as stored.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ConsentRow {
    pub school_consent_at: Option<i64>,
    pub school_consent_withdrawn_at: Option<i64>,
    pub direct_consent_at: Option<i64>,
    pub direct_consent_withdrawn_at: Option<i64>,
}

impl ConsentRow {
    pub fn consents(&self) -> Consents {
        Consents {
            school: ConsentState::of(self.school_consent_at, self.school_consent_withdrawn_at),
            direct_payment: ConsentState::of(
                self.direct_consent_at,
                self.direct_consent_withdrawn_at,
            ),
        }
    }
}

/// The consents of one of the family's submitted claims (`None` for drafts and foreign
/// or unknown ids).
pub async fn for_family(
    db: &Db,
    account_id: &AccountId,
    claim_id: &ClaimId,
) -> Result<Option<Consents>, sqlx::Error> {
    let row: Option<ConsentRow> = sqlx::query_as(&format!(
        "select {CONSENT_COLUMNS} from claim cl where cl.id = $1 and cl.account_id = $2 and cl.status <> 'draft'"
    ))
    .bind(claim_id)
    .bind(account_id)
    .fetch_optional(db.pool())
    .await?;
    Ok(row.map(|r| r.consents()))
}

/// The family withdraws a consent it gave on its claim: from now on the school no longer
/// sees the claim (school) or the money takes another route (direct payment). What was
/// done under the consent stays on file. `consent-error-not-given` if it is not in force.
pub async fn withdraw(
    db: &Db,
    account_id: &AccountId,
    claim_id: &ClaimId,
    kind: ConsentKind,
) -> Result<(), AppError> {
    let (given, withdrawn) = match kind {
        ConsentKind::School => ("school_consent_at", "school_consent_withdrawn_at"),
        ConsentKind::DirectPayment => ("direct_consent_at", "direct_consent_withdrawn_at"),
    };
    let mut tx = db.begin_write().await?;
    let now = now_unix();
    // Conditional, so that of two withdrawals at once exactly one is recorded.
    let updated = sqlx::query(&format!(
        "update claim set {given} = null, {withdrawn} = $1, updated_at = $1 \
         where id = $2 and account_id = $3 and status <> 'draft' and {given} is not null"
    ))
    .bind(now)
    .bind(claim_id)
    .bind(account_id)
    .execute(&mut *tx)
    .await?;
    super::changed_one(&updated, "consent-error-not-given")?;
    let status: String = sqlx::query_scalar("select status from claim where id = $1")
        .bind(claim_id)
        .fetch_one(&mut *tx)
        .await?;
    let status =
        Status::parse(&status).ok_or_else(|| AppError::Internal(format!("bad status {status}")))?;
    record_event(
        &mut tx,
        claim_id,
        Some(account_id),
        Some(status),
        status,
        Some(kind.withdrawn_note()),
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(())
}
