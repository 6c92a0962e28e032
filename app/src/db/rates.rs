//! The rate table: amounts with validity periods.

use super::Db;
use crate::domain::{
    money::Cents,
    rates::{Rate, RateKind, in_force},
    text::date,
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
