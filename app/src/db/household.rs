//! Household profiles and children. Every query is scoped by the owning account, so one
//! family can never read or change another family's data.

use super::{Db, new_id, now_unix};
use crate::domain::ids::{AccountId, ChildId, HouseholdId, KommuneId, SchoolId};
use crate::{
    domain::{
        FieldError,
        household::{Child, ChildInput, Household, HouseholdInput, MAX_CHILDREN, SchoolChoice},
        text::{self, iso},
    },
    error::AppError,
};
use sqlx::{Any, Transaction};

/// A stored household, as form values (for editing) plus display fields.
#[derive(Debug, Clone)]
pub struct HouseholdRow {
    pub id: HouseholdId,
    pub input: HouseholdInput,
    pub kommune_name: String,
}

/// A stored child with the name of its school.
#[derive(Debug, Clone)]
pub struct ChildRow {
    pub id: ChildId,
    pub input: ChildInput,
    pub school_display: String,
}

/// The household of `account_id`, if the family has entered it.
pub async fn find(db: &Db, account_id: &AccountId) -> Result<Option<HouseholdRow>, sqlx::Error> {
    let row: Option<Row> = sqlx::query_as(
        "select h.id, h.applicant_name, h.benefit, h.benefit_reference, h.benefit_valid_from, h.benefit_valid_to, h.street, \
         h.postal_code, h.city, h.kommune_id, h.phone, h.contact_email, k.name as kommune_name, a.preferred_lang \
         from household h join kommune k on k.id = h.kommune_id join account a on a.id = h.account_id \
         where h.account_id = $1",
    )
    .bind(account_id)
    .fetch_optional(db.pool())
    .await?;
    Ok(row.map(|r| HouseholdRow {
        id: r.id,
        input: HouseholdInput {
            applicant_name: r.applicant_name,
            benefit: r.benefit,
            benefit_reference: r.benefit_reference,
            benefit_valid_from: r.benefit_valid_from,
            benefit_valid_to: r.benefit_valid_to,
            street: r.street,
            postal_code: r.postal_code,
            city: r.city,
            kommune: r.kommune_id,
            phone: r.phone.unwrap_or_default(),
            contact_email: r.contact_email.unwrap_or_default(),
            preferred_lang: r.preferred_lang,
        },
        kommune_name: r.kommune_name,
    }))
}

/// A household as stored, with its Kommune's name and the family's language.
#[derive(sqlx::FromRow)]
struct Row {
    id: HouseholdId,
    applicant_name: String,
    benefit: String,
    benefit_reference: String,
    benefit_valid_from: String,
    benefit_valid_to: String,
    street: String,
    postal_code: String,
    city: String,
    kommune_id: String,
    phone: Option<String>,
    contact_email: Option<String>,
    kommune_name: String,
    preferred_lang: String,
}

/// Creates or updates the household of `account_id`.
pub async fn save(db: &Db, account_id: &AccountId, h: &Household) -> Result<(), AppError> {
    check_kommune(db, &h.kommune_id).await?;
    let mut tx = db.begin_write().await?;
    upsert_in(&mut tx, account_id, h, now_unix()).await?;
    tx.commit().await?;
    Ok(())
}

/// A household's Kommune must be one of the Kreis's.
pub(super) async fn check_kommune(db: &Db, kommune_id: &KommuneId) -> Result<(), AppError> {
    let known: i64 = sqlx::query_scalar("select count(*) from kommune where id = $1")
        .bind(kommune_id)
        .fetch_one(db.pool())
        .await?;
    if known == 0 {
        return Err(FieldError::new("kommune", "household-error-kommune").into());
    }
    Ok(())
}

/// Creates or updates the household of `account_id` in `tx`, with the account's language.
pub(super) async fn upsert_in(
    tx: &mut Transaction<'static, Any>,
    account_id: &AccountId,
    h: &Household,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "insert into household (id, account_id, benefit, benefit_reference, benefit_valid_from, benefit_valid_to, \
         street, postal_code, city, kommune_id, phone, contact_email, created_at, updated_at, applicant_name) \
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13, $14) \
         on conflict (account_id) do update set benefit = excluded.benefit, applicant_name = excluded.applicant_name, \
         benefit_reference = excluded.benefit_reference, benefit_valid_from = excluded.benefit_valid_from, \
         benefit_valid_to = excluded.benefit_valid_to, street = excluded.street, \
         postal_code = excluded.postal_code, city = excluded.city, kommune_id = excluded.kommune_id, \
         phone = excluded.phone, contact_email = excluded.contact_email, updated_at = excluded.updated_at",
    )
    .bind(new_id::<HouseholdId>())
    .bind(account_id)
    .bind(h.benefit.as_str())
    .bind(&h.benefit_reference)
    .bind(iso(h.benefit_valid_from))
    .bind(iso(h.benefit_valid_to))
    .bind(&h.street)
    .bind(&h.postal_code)
    .bind(&h.city)
    .bind(&h.kommune_id)
    .bind(&h.phone)
    .bind(&h.contact_email)
    .bind(now)
    .bind(&h.applicant_name)
    .execute(&mut **tx)
    .await?;
    sqlx::query("update account set preferred_lang = $1, updated_at = $2 where id = $3")
        .bind(h.preferred_lang.code())
        .bind(now)
        .bind(account_id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

const CHILD_SELECT: &str = "select c.id, c.first_name, c.last_name, c.birth_date, c.school_id, c.school_name, c.grade, \
     s.name as directory_name from child c join household h on h.id = c.household_id \
     left join school s on s.id = c.school_id";

/// A child as stored ([`CHILD_SELECT`]), with the name of its school in the directory.
#[derive(sqlx::FromRow)]
struct ChildStored {
    id: ChildId,
    first_name: String,
    last_name: String,
    birth_date: String,
    school_id: Option<SchoolId>,
    school_name: Option<String>,
    grade: String,
    directory_name: Option<String>,
}

fn child_row(r: ChildStored) -> ChildRow {
    ChildRow {
        id: r.id,
        school_display: r
            .directory_name
            .or(r.school_name.clone())
            .unwrap_or_default(),
        input: ChildInput {
            first_name: r.first_name,
            last_name: r.last_name,
            birth_date: r.birth_date,
            school_id: r.school_id.map(String::from).unwrap_or_default(),
            school_name: r.school_name.unwrap_or_default(),
            grade: r.grade,
        },
    }
}

/// The children of the family of `account_id`, oldest first.
pub async fn children(db: &Db, account_id: &AccountId) -> Result<Vec<ChildRow>, sqlx::Error> {
    let rows: Vec<ChildStored> = sqlx::query_as(&format!(
        "{CHILD_SELECT} where h.account_id = $1 order by c.birth_date, c.first_name"
    ))
    .bind(account_id)
    .fetch_all(db.pool())
    .await?;
    Ok(rows.into_iter().map(child_row).collect())
}

/// One child, only if it belongs to the family of `account_id`.
pub async fn child(
    db: &Db,
    account_id: &AccountId,
    child_id: &ChildId,
) -> Result<Option<ChildRow>, sqlx::Error> {
    let row: Option<ChildStored> = sqlx::query_as(&format!(
        "{CHILD_SELECT} where h.account_id = $1 and c.id = $2"
    ))
    .bind(account_id)
    .bind(child_id)
    .fetch_optional(db.pool())
    .await?;
    Ok(row.map(child_row))
}

/// Whether `child_id` is a child of the family of `account_id`, read inside the caller's
/// transaction (so that what is written next belongs to the family too).
pub(crate) async fn owns_child(
    tx: &mut Transaction<'static, Any>,
    account_id: &AccountId,
    child_id: &ChildId,
) -> Result<bool, sqlx::Error> {
    let owned: i64 = sqlx::query_scalar(
        "select count(*) from child c join household h on h.id = c.household_id \
         where c.id = $1 and h.account_id = $2",
    )
    .bind(child_id)
    .bind(account_id)
    .fetch_one(&mut **tx)
    .await?;
    Ok(owned > 0)
}

/// Adds a child (`child_id` = None; at most [`MAX_CHILDREN`]) or updates one of the
/// family's children.
/// Returns the child's id. A foreign or unknown id is `NotFound`.
pub async fn save_child(
    db: &Db,
    account_id: &AccountId,
    child_id: Option<&ChildId>,
    c: &Child,
) -> Result<ChildId, AppError> {
    let household_id: Option<HouseholdId> =
        sqlx::query_scalar("select id from household where account_id = $1")
            .bind(account_id)
            .fetch_optional(db.pool())
            .await?;
    let Some(household_id) = household_id else {
        return Err(AppError::Conflict("child-error-household-first".into()));
    };
    let school = school_of(db, &c.school).await?;
    match child_id {
        None => add_child(db, &household_id, c, school).await,
        Some(id) => {
            update_child(db, &household_id, id, c, school).await?;
            Ok(id.clone())
        }
    }
}

/// A child's school as stored: `school_id` (of the directory) or `school_name` (typed).
pub(super) type ChildSchool = (Option<SchoolId>, Option<String>);

/// Binds the child's six columns `first_name` … `grade`, in that order.
fn bind_child<'q>(
    q: super::AnyQuery<'q>,
    c: &'q Child,
    (school_id, school_name): ChildSchool,
) -> super::AnyQuery<'q> {
    q.bind(&c.first_name)
        .bind(&c.last_name)
        .bind(text::iso(c.birth_date))
        .bind(school_id)
        .bind(school_name)
        .bind(&c.grade)
}

/// The school columns (`school_id`, `school_name`) of a child's school: a school of the
/// directory, which must exist, or a typed name.
pub(super) async fn school_of(db: &Db, school: &SchoolChoice) -> Result<ChildSchool, AppError> {
    match school {
        SchoolChoice::Directory(id) => {
            let known: i64 = sqlx::query_scalar("select count(*) from school where id = $1")
                .bind(id)
                .fetch_one(db.pool())
                .await?;
            if known == 0 {
                return Err(FieldError::new("school_id", "child-error-school").into());
            }
            Ok((Some(id.clone()), None))
        }
        SchoolChoice::Typed(name) => Ok((None, Some(name.clone()))),
    }
}

/// Adds a child to the household (at most [`MAX_CHILDREN`]); returns its new id.
async fn add_child(
    db: &Db,
    household_id: &HouseholdId,
    c: &Child,
    school: ChildSchool,
) -> Result<ChildId, AppError> {
    let now = now_unix();
    // The household's row is locked first, so children added at the same time
    // are counted one after the other (PostgreSQL; SQLite writes one at a time).
    let mut tx = db.begin_write().await?;
    sqlx::query("update household set updated_at = updated_at where id = $1")
        .bind(household_id)
        .execute(&mut *tx)
        .await?;
    let children: i64 = sqlx::query_scalar("select count(*) from child where household_id = $1")
        .bind(household_id)
        .fetch_one(&mut *tx)
        .await?;
    if children >= MAX_CHILDREN {
        return Err(AppError::Conflict("child-error-too-many".into()));
    }
    let id = insert_child_in(&mut tx, household_id, c, school, now).await?;
    tx.commit().await?;
    Ok(id)
}

/// Inserts a child into the household in `tx`; returns its new id.
pub(super) async fn insert_child_in(
    tx: &mut Transaction<'static, Any>,
    household_id: &HouseholdId,
    c: &Child,
    school: ChildSchool,
    now: i64,
) -> Result<ChildId, sqlx::Error> {
    let id: ChildId = new_id();
    let insert = sqlx::query(
        "insert into child (id, household_id, first_name, last_name, birth_date, school_id, school_name, grade, created_at, updated_at) \
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)",
    )
    .bind(&id)
    .bind(household_id);
    bind_child(insert, c, school)
        .bind(now)
        .execute(&mut **tx)
        .await?;
    Ok(id)
}

/// Updates the household's child `id`; `NotFound` if it has no such child.
async fn update_child(
    db: &Db,
    household_id: &HouseholdId,
    id: &ChildId,
    c: &Child,
    school: ChildSchool,
) -> Result<(), AppError> {
    let update = sqlx::query(
        "update child set first_name = $1, last_name = $2, birth_date = $3, school_id = $4, school_name = $5, \
         grade = $6, updated_at = $7 where id = $8 and household_id = $9",
    );
    let updated = bind_child(update, c, school)
        .bind(now_unix())
        .bind(id)
        .bind(household_id)
        .execute(db.writer())
        .await?;
    if updated.rows_affected() == 0 {
        return Err(AppError::NotFound);
    }
    Ok(())
}
