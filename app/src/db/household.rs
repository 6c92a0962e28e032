//! Household profiles and children. Every query is scoped by the owning account, so one
//! family can never read or change another family's data.

use super::{Db, new_id, now_unix};
use crate::{
    domain::{
        FieldError,
        household::{Child, ChildInput, Household, HouseholdInput, MAX_CHILDREN, SchoolChoice},
        text::{self, iso},
    },
    error::AppError,
};

/// A stored household, as form values (for editing) plus display fields.
#[derive(Debug, Clone)]
pub struct HouseholdRow {
    pub id: String,
    pub input: HouseholdInput,
    pub kommune_name: String,
}

/// A stored child with the name of its school.
#[derive(Debug, Clone)]
pub struct ChildRow {
    pub id: String,
    pub input: ChildInput,
    pub school_display: String,
}

/// The household of `account_id`, if the family has entered it.
pub async fn find(db: &Db, account_id: &str) -> Result<Option<HouseholdRow>, sqlx::Error> {
    type Row = (
        String,
        String,
        String,
        String,
        String,
        String,
        String,
        String,
        String,
        String,
        Option<String>,
        Option<String>,
        String,
        String,
    );
    let row: Option<Row> = sqlx::query_as(
        "select h.id, h.applicant_name, h.benefit, h.benefit_reference, h.benefit_valid_from, h.benefit_valid_to, h.street, \
         h.postal_code, h.city, h.kommune_id, h.phone, h.contact_email, k.name, a.preferred_lang \
         from household h join kommune k on k.id = h.kommune_id join account a on a.id = h.account_id \
         where h.account_id = $1",
    )
    .bind(account_id)
    .fetch_optional(db.pool())
    .await?;
    Ok(row.map(
        |(
            id,
            applicant_name,
            benefit,
            reference,
            from,
            to,
            street,
            postal_code,
            city,
            kommune,
            phone,
            email,
            kommune_name,
            preferred_lang,
        )| HouseholdRow {
            id,
            input: HouseholdInput {
                applicant_name,
                benefit,
                benefit_reference: reference,
                benefit_valid_from: from,
                benefit_valid_to: to,
                street,
                postal_code,
                city,
                kommune,
                phone: phone.unwrap_or_default(),
                contact_email: email.unwrap_or_default(),
                preferred_lang,
            },
            kommune_name,
        },
    ))
}

/// Creates or updates the household of `account_id`.
pub async fn save(db: &Db, account_id: &str, h: &Household) -> Result<(), AppError> {
    let kommune_known: i64 = sqlx::query_scalar("select count(*) from kommune where id = $1")
        .bind(&h.kommune_id)
        .fetch_one(db.pool())
        .await?;
    if kommune_known == 0 {
        return Err(FieldError::new("kommune", "household-error-kommune").into());
    }
    let now = now_unix();
    let mut tx = db.begin_write().await?;
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
    .bind(new_id())
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
    .execute(&mut *tx)
    .await?;
    sqlx::query("update account set preferred_lang = $1, updated_at = $2 where id = $3")
        .bind(h.preferred_lang.code())
        .bind(now)
        .bind(account_id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(())
}

const CHILD_SELECT: &str = "select c.id, c.first_name, c.last_name, c.birth_date, c.school_id, c.school_name, c.grade, \
     s.name from child c join household h on h.id = c.household_id left join school s on s.id = c.school_id";

type ChildTuple = (
    String,
    String,
    String,
    String,
    Option<String>,
    Option<String>,
    String,
    Option<String>,
);

fn child_row(
    (id, first_name, last_name, birth_date, school_id, school_name, grade, directory_name): ChildTuple,
) -> ChildRow {
    ChildRow {
        id,
        school_display: directory_name.or(school_name.clone()).unwrap_or_default(),
        input: ChildInput {
            first_name,
            last_name,
            birth_date,
            school_id: school_id.unwrap_or_default(),
            school_name: school_name.unwrap_or_default(),
            grade,
        },
    }
}

/// The children of the family of `account_id`, oldest first.
pub async fn children(db: &Db, account_id: &str) -> Result<Vec<ChildRow>, sqlx::Error> {
    let rows: Vec<ChildTuple> = sqlx::query_as(&format!(
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
    account_id: &str,
    child_id: &str,
) -> Result<Option<ChildRow>, sqlx::Error> {
    let row: Option<ChildTuple> = sqlx::query_as(&format!(
        "{CHILD_SELECT} where h.account_id = $1 and c.id = $2"
    ))
    .bind(account_id)
    .bind(child_id)
    .fetch_optional(db.pool())
    .await?;
    Ok(row.map(child_row))
}

/// Adds a child (`child_id` = None; at most [`MAX_CHILDREN`]) or updates one of the
/// family's children.
/// Returns the child's id. A foreign or unknown id is `NotFound`.
pub async fn save_child(
    db: &Db,
    account_id: &str,
    child_id: Option<&str>,
    c: &Child,
) -> Result<String, AppError> {
    let household_id: Option<String> =
        sqlx::query_scalar("select id from household where account_id = $1")
            .bind(account_id)
            .fetch_optional(db.pool())
            .await?;
    let Some(household_id) = household_id else {
        return Err(AppError::Conflict("child-error-household-first".into()));
    };
    let (school_id, school_name) = match &c.school {
        SchoolChoice::Directory(id) => {
            let known: i64 = sqlx::query_scalar("select count(*) from school where id = $1")
                .bind(id)
                .fetch_one(db.pool())
                .await?;
            if known == 0 {
                return Err(FieldError::new("school_id", "child-error-school").into());
            }
            (Some(id.clone()), None)
        }
        SchoolChoice::Typed(name) => (None, Some(name.clone())),
    };
    let now = now_unix();
    match child_id {
        None => {
            let id = new_id();
            // The household's row is locked first, so children added at the same time
            // are counted one after the other (PostgreSQL; SQLite writes one at a time).
            let mut tx = db.begin_write().await?;
            sqlx::query("update household set updated_at = updated_at where id = $1")
                .bind(&household_id)
                .execute(&mut *tx)
                .await?;
            let children: i64 =
                sqlx::query_scalar("select count(*) from child where household_id = $1")
                    .bind(&household_id)
                    .fetch_one(&mut *tx)
                    .await?;
            if children >= MAX_CHILDREN {
                return Err(AppError::Conflict("child-error-too-many".into()));
            }
            sqlx::query(
                "insert into child (id, household_id, first_name, last_name, birth_date, school_id, school_name, grade, created_at, updated_at) \
                 values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)",
            )
            .bind(&id)
            .bind(&household_id)
            .bind(&c.first_name)
            .bind(&c.last_name)
            .bind(text::iso(c.birth_date))
            .bind(school_id)
            .bind(school_name)
            .bind(&c.grade)
            .bind(now)
            .execute(&mut *tx)
            .await?;
            tx.commit().await?;
            Ok(id)
        }
        Some(id) => {
            let updated = sqlx::query(
                "update child set first_name = $1, last_name = $2, birth_date = $3, school_id = $4, school_name = $5, \
                 grade = $6, updated_at = $7 where id = $8 and household_id = $9",
            )
            .bind(&c.first_name)
            .bind(&c.last_name)
            .bind(text::iso(c.birth_date))
            .bind(school_id)
            .bind(school_name)
            .bind(&c.grade)
            .bind(now)
            .bind(id)
            .bind(&household_id)
            .execute(db.writer())
            .await?;
            if updated.rows_affected() == 0 {
                return Err(AppError::NotFound);
            }
            Ok(id.to_string())
        }
    }
}
