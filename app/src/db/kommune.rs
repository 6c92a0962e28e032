//! Kommunen of the Kreis and the school directory.

use super::{Db, new_id, now_unix};
use crate::domain::ids::{AccountId, KommuneId, SchoolId};
use crate::{domain::school::School, error::AppError};

/// A Kommune with its number of schools (for the demo overview).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct KommuneRow {
    pub id: KommuneId,
    pub name: String,
    pub schools: i64,
}

/// Inserts a Kommune unless it exists (keyed by its slug).
pub async fn upsert_kommune(db: &Db, slug: &KommuneId, name: &str) -> Result<(), sqlx::Error> {
    sqlx::query("insert into kommune (id, name, created_at) values ($1, $2, $3) on conflict (id) do nothing")
        .bind(slug)
        .bind(name)
        .bind(now_unix())
        .execute(db.writer())
        .await?;
    Ok(())
}

/// Inserts a school unless a school of that name exists in the Kommune.
pub async fn upsert_school(
    db: &Db,
    kommune: &KommuneId,
    name: &str,
    school_type: &str,
    street: &str,
    postal_code: &str,
) -> Result<(), sqlx::Error> {
    let now = now_unix();
    sqlx::query(
        "insert into school (id, kommune_id, name, school_type, street, postal_code, created_at, updated_at) \
         values ($1, $2, $3, $4, $5, $6, $7, $7) on conflict (kommune_id, name) do nothing",
    )
    .bind(new_id::<SchoolId>())
    .bind(kommune)
    .bind(name)
    .bind(school_type)
    .bind(street)
    .bind(postal_code)
    .bind(now)
    .execute(db.writer())
    .await?;
    Ok(())
}

pub async fn list_kommunen(db: &Db) -> Result<Vec<KommuneRow>, sqlx::Error> {
    sqlx::query_as(
        "select k.id, k.name, count(s.id) as schools from kommune k left join school s on s.kommune_id = k.id \
         group by k.id, k.name order by k.name",
    )
    .fetch_all(db.pool())
    .await
}

/// A school of the directory, for pickers.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SchoolOption {
    pub id: SchoolId,
    pub name: String,
    pub kommune: String,
}

/// All schools, grouped by Kommune and sorted by name.
pub async fn list_schools(db: &Db) -> Result<Vec<SchoolOption>, sqlx::Error> {
    school_options(db, "", None).await
}

/// The schools (as [`SchoolOption`]s) whose id `filter` (a condition on `s.id` with at
/// most one placeholder, `$1`, bound to `account_id`) lets through; all for `""`.
pub(crate) async fn school_options(
    db: &Db,
    filter: &str,
    account_id: Option<&AccountId>,
) -> Result<Vec<SchoolOption>, sqlx::Error> {
    let sql = format!(
        "select s.id, s.name, k.name as kommune from school s join kommune k on k.id = s.kommune_id \
         {filter} order by k.name, s.name"
    );
    let mut q = sqlx::query_as(&sql);
    if let Some(account_id) = account_id {
        q = q.bind(account_id);
    }
    q.fetch_all(db.pool()).await
}

/// A school of the directory with everything staff maintain.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SchoolRow {
    pub id: SchoolId,
    pub kommune_id: KommuneId,
    pub kommune: String,
    pub name: String,
    pub school_type: String,
    pub street: String,
    pub postal_code: String,
}

/// The whole directory, by Kommune and name.
pub async fn list_directory(db: &Db) -> Result<Vec<SchoolRow>, sqlx::Error> {
    sqlx::query_as(
        "select s.id, k.id as kommune_id, k.name as kommune, s.name, s.school_type, s.street, s.postal_code \
         from school s join kommune k on k.id = s.kommune_id order by k.name, s.name",
    )
    .fetch_all(db.pool())
    .await
}

/// Binds the school's five columns `kommune_id` … `postal_code`, in that order.
fn bind_school<'q>(q: super::AnyQuery<'q>, school: &'q School) -> super::AnyQuery<'q> {
    q.bind(&school.kommune_id)
        .bind(&school.name)
        .bind(school.school_type)
        .bind(&school.street)
        .bind(&school.postal_code)
}

/// Adds a school (`id` None) or changes one. Names are unique within a Kommune.
pub async fn save_school(
    db: &Db,
    id: Option<&SchoolId>,
    school: &School,
) -> Result<SchoolId, AppError> {
    let mut tx = db.begin_write().await?;
    let kommune: i64 = sqlx::query_scalar("select count(*) from kommune where id = $1")
        .bind(&school.kommune_id)
        .fetch_one(&mut *tx)
        .await?;
    if kommune == 0 {
        return Err(AppError::field("kommune", "household-error-kommune"));
    }
    let taken: i64 = sqlx::query_scalar(
        "select count(*) from school where kommune_id = $1 and name = $2 and id <> $3",
    )
    .bind(&school.kommune_id)
    .bind(&school.name)
    .bind(id.map_or("", SchoolId::as_str))
    .fetch_one(&mut *tx)
    .await?;
    if taken > 0 {
        return Err(AppError::field("name", "school-error-exists"));
    }
    let now = now_unix();
    let id = match id {
        Some(id) => {
            let update = sqlx::query(
                "update school set kommune_id = $1, name = $2, school_type = $3, street = $4, postal_code = $5, \
                 updated_at = $6 where id = $7",
            );
            let updated = bind_school(update, school)
                .bind(now)
                .bind(id)
                .execute(&mut *tx)
                .await?;
            if updated.rows_affected() != 1 {
                return Err(AppError::NotFound);
            }
            id.clone()
        }
        None => {
            let id: SchoolId = new_id();
            let insert = sqlx::query(
                "insert into school (id, kommune_id, name, school_type, street, postal_code, created_at, updated_at) \
                 values ($1, $2, $3, $4, $5, $6, $7, $7)",
            )
            .bind(&id);
            bind_school(insert, school)
                .bind(now)
                .execute(&mut *tx)
                .await?;
            id
        }
    };
    tx.commit().await?;
    Ok(id)
}
