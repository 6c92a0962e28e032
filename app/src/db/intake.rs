//! Applications staff enter from paper, a phone call or the town hall (§ 16 SGB I; see
//! `domain::intake`). The household gets an account of its own that nobody can log in to
//! (`account.paper`), so it is kept apart from every other household exactly like a
//! registered family's; the claim remembers how and when it came and who entered it.

use super::{Db, claim, household, new_id, now_unix};
use crate::domain::ids::{AccountId, ClaimId, HouseholdId};
use crate::{
    domain::{
        household::{Child, Household},
        intake::{Channel, Intake},
    },
    error::AppError,
};

/// A paper application as staff enter it: how it came, the household and the child.
pub struct PaperApplication<'a> {
    pub intake: Intake,
    pub household: &'a Household,
    pub child: &'a Child,
}

/// Opens the paper application: its account, household, child and draft claim, all or
/// nothing. Returns the draft's id, which staff then complete like a family would.
pub async fn open(
    db: &Db,
    staff_id: &AccountId,
    paper: &PaperApplication<'_>,
) -> Result<ClaimId, AppError> {
    household::check_kommune(db, &paper.household.kommune_id).await?;
    let school = household::school_of(db, &paper.child.school).await?;
    // Nobody knows this password: the account cannot be logged in to.
    let secret = format!("{}{}", new_id::<String>(), new_id::<String>());
    let hash = super::account::hash_password(&secret).await?;
    let account_id: AccountId = new_id();
    let now = now_unix();
    let mut tx = db.begin_write().await?;
    sqlx::query(
        "insert into account (id, email, password_hash, role, preferred_lang, created_at, updated_at, paper) \
         values ($1, $2, $3, 'family', $4, $5, $5, 1)",
    )
    .bind(&account_id)
    .bind(format!("papier-{account_id}@papierantrag.invalid"))
    .bind(hash)
    .bind(paper.household.preferred_lang.code())
    .bind(now)
    .execute(&mut *tx)
    .await?;
    household::upsert_in(&mut tx, &account_id, paper.household, now).await?;
    let household_id: HouseholdId =
        sqlx::query_scalar("select id from household where account_id = $1")
            .bind(&account_id)
            .fetch_one(&mut *tx)
            .await?;
    let child_id =
        household::insert_child_in(&mut tx, &household_id, paper.child, school, now).await?;
    let draft = claim::NewDraft::entered(&account_id, &child_id, staff_id, paper.intake);
    let id = claim::insert_draft(&mut tx, &draft, now).await?;
    tx.commit().await?;
    Ok(id)
}

/// A paper application not submitted yet, for the list of work in progress.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct OpenEntry {
    pub id: ClaimId,
    pub benefit: String,
    pub channel: String,
    pub received_on: String,
    pub applicant_name: String,
    pub child_name: String,
}

/// The paper applications staff opened and have not submitted yet, oldest receipt first.
pub async fn open_entries(db: &Db) -> Result<Vec<OpenEntry>, sqlx::Error> {
    sqlx::query_as(
        "select cl.id, cl.benefit, cl.channel, cl.received_on, h.applicant_name, \
         c.first_name || ' ' || c.last_name as child_name \
         from claim cl join child c on c.id = cl.child_id join household h on h.id = c.household_id \
         where cl.entered_by is not null and cl.status = 'draft' order by cl.received_on, cl.id limit 200",
    )
    .fetch_all(db.pool())
    .await
}

/// How an entered application came (`None` for a claim staff did not enter).
pub async fn channel_of(db: &Db, claim_id: &ClaimId) -> Result<Option<Channel>, sqlx::Error> {
    let channel: Option<String> =
        sqlx::query_scalar("select channel from claim where id = $1 and entered_by is not null")
            .bind(claim_id)
            .fetch_optional(db.pool())
            .await?;
    Ok(channel.as_deref().and_then(Channel::parse))
}
