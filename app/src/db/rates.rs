//! The rate table: amounts with validity periods.

use super::{Db, new_id, now_unix};
use crate::domain::ids::RateId;
use crate::domain::{
    money::Cents,
    rates::{Rate, RateKind, in_force},
    text::{date, iso},
};
use time::Date;

/// All rates of `kind`.
pub async fn rates(db: &Db, kind: RateKind) -> Result<Vec<Rate>, sqlx::Error> {
    let rows: Vec<(String, Option<String>, i64)> = sqlx::query_as(
        "select valid_from, valid_to, amount_cents from rate where kind = $1 order by valid_from",
    )
    .bind(kind.as_str())
    .fetch_all(db.pool())
    .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(from, to, amount)| {
            Some(Rate {
                valid_from: date(&from, "").ok()?,
                valid_to: to.and_then(|t| date(&t, "").ok()),
                amount: Cents(amount),
            })
        })
        .collect())
}

/// The amount of `kind` in force on `on`.
pub async fn amount_on(db: &Db, kind: RateKind, on: Date) -> Result<Option<Cents>, sqlx::Error> {
    Ok(in_force(&rates(db, kind).await?, on))
}

/// A new amount of `kind` from `from`: the amount in force until then ends the day
/// before (a later start on the same day replaces it). One transaction.
pub async fn save(db: &Db, kind: RateKind, amount: Cents, from: Date) -> Result<(), sqlx::Error> {
    let mut tx = db.begin_write().await?;
    let day_before = iso(from.previous_day().unwrap_or(from));
    sqlx::query(
        "update rate set valid_to = $1 where kind = $2 and valid_from < $3 and (valid_to is null or valid_to >= $3)",
    )
    .bind(&day_before)
    .bind(kind.as_str())
    .bind(iso(from))
    .execute(&mut *tx)
    .await?;
    sqlx::query("delete from rate where kind = $1 and valid_from = $2")
        .bind(kind.as_str())
        .bind(iso(from))
        .execute(&mut *tx)
        .await?;
    sqlx::query(
        "insert into rate (id, kind, valid_from, valid_to, amount_cents, created_at) values ($1, $2, $3, null, $4, $5)",
    )
    .bind(new_id::<RateId>())
    .bind(kind.as_str())
    .bind(iso(from))
    .bind(amount.0)
    .bind(now_unix())
    .execute(&mut *tx)
    .await?;
    tx.commit().await
}
