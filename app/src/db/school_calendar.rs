//! The school calendar: the days off school per school year (`domain::school_days`).

use super::{Db, new_id, now_unix};
use crate::domain::ids::AccountId;
use crate::domain::{
    school_days::{DaysOff, NamedDaysOff, SchoolCalendar, SchoolYear},
    text::{date, iso},
};

/// A maintained school year with its days off, for the admin's page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalendarYear {
    pub year: SchoolYear,
    pub entries: Vec<NamedDaysOff>,
    pub updated_at: i64,
}

#[derive(sqlx::FromRow)]
struct DaysOffRow {
    year: i64,
    name: String,
    first_day: String,
    last_day: String,
}

#[derive(sqlx::FromRow)]
struct YearRow {
    year: i64,
    updated_at: i64,
}

/// Every maintained school year with its days off, oldest first.
pub async fn years(db: &Db) -> Result<Vec<CalendarYear>, sqlx::Error> {
    let years: Vec<YearRow> =
        sqlx::query_as("select year, updated_at from school_year order by year")
            .fetch_all(db.pool())
            .await?;
    let rows: Vec<DaysOffRow> = sqlx::query_as(
        "select year, name, first_day, last_day from school_days_off order by year, first_day",
    )
    .fetch_all(db.pool())
    .await?;
    Ok(years
        .into_iter()
        .map(|y| CalendarYear {
            year: SchoolYear(y.year as i32),
            entries: rows
                .iter()
                .filter(|r| r.year == y.year)
                .filter_map(|r| {
                    Some(NamedDaysOff {
                        name: r.name.clone(),
                        days: DaysOff {
                            first_day: date(&r.first_day, "").ok()?,
                            last_day: date(&r.last_day, "").ok()?,
                        },
                    })
                })
                .collect(),
            updated_at: y.updated_at,
        })
        .collect())
}

/// The calendar the amounts are computed with.
pub async fn load(db: &Db) -> Result<SchoolCalendar, sqlx::Error> {
    let years = years(db).await?;
    Ok(SchoolCalendar {
        years: years.iter().map(|y| y.year).collect(),
        days_off: years
            .into_iter()
            .flat_map(|y| y.entries.into_iter().map(|e| e.days))
            .collect(),
    })
}

/// Replaces the days off of `year` with `entries` (one transaction); `by` is the admin.
/// The school year's row is written first: on PostgreSQL its row lock makes a second admin
/// saving the same year at once wait, so the list is one admin's, never a mix.
pub async fn save_year(
    db: &Db,
    year: SchoolYear,
    entries: &[NamedDaysOff],
    by: Option<&AccountId>,
) -> Result<(), sqlx::Error> {
    let mut tx = db.begin_write().await?;
    sqlx::query(
        "insert into school_year (year, updated_by, updated_at) values ($1, $2, $3) \
         on conflict (year) do update set updated_by = excluded.updated_by, updated_at = excluded.updated_at",
    )
    .bind(i64::from(year.0))
    .bind(by)
    .bind(now_unix())
    .execute(&mut *tx)
    .await?;
    sqlx::query("delete from school_days_off where year = $1")
        .bind(i64::from(year.0))
        .execute(&mut *tx)
        .await?;
    for entry in entries {
        sqlx::query(
            "insert into school_days_off (id, year, name, first_day, last_day) values ($1, $2, $3, $4, $5)",
        )
        .bind(new_id::<String>())
        .bind(i64::from(year.0))
        .bind(&entry.name)
        .bind(iso(entry.days.first_day))
        .bind(iso(entry.days.last_day))
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await
}
