//! The operator (Träger) of each Lernstandort, with address and bank account
//! (`domain::site_operator`), as staff maintain it.

use super::Db;
use crate::domain::ids::SiteId;
use crate::{
    domain::{iban::Iban, site_operator::Operator},
    error::AppError,
};
use std::collections::HashMap;

/// An operator as stored (all empty until staff enter one).
#[derive(sqlx::FromRow)]
struct OperatorRow {
    id: SiteId,
    operator_name: String,
    operator_street: String,
    operator_postal_code: String,
    operator_city: String,
    operator_iban: String,
}

impl OperatorRow {
    fn operator(self) -> Option<(SiteId, Operator)> {
        if self.operator_name.is_empty() {
            return None;
        }
        let iban = Iban::parse(&self.operator_iban, "").ok()?;
        Some((
            self.id,
            Operator {
                name: self.operator_name,
                street: self.operator_street,
                postal_code: self.operator_postal_code,
                city: self.operator_city,
                iban,
            },
        ))
    }
}

const SELECT: &str = "select id, operator_name, operator_street, operator_postal_code, operator_city, \
     operator_iban from lernstandort";

/// The operator of site `id`, if staff entered one.
pub async fn find(db: &Db, id: &SiteId) -> Result<Option<Operator>, sqlx::Error> {
    let row: Option<OperatorRow> = sqlx::query_as(&format!("{SELECT} where id = $1"))
        .bind(id)
        .fetch_optional(db.pool())
        .await?;
    Ok(row.and_then(OperatorRow::operator).map(|(_, o)| o))
}

/// The operators of all sites that have one.
pub async fn all(db: &Db) -> Result<HashMap<SiteId, Operator>, sqlx::Error> {
    let rows: Vec<OperatorRow> = sqlx::query_as(SELECT).fetch_all(db.pool()).await?;
    Ok(rows.into_iter().filter_map(OperatorRow::operator).collect())
}

/// Enters or replaces the operator of site `id`; `NotFound` for an unknown site.
pub async fn save(db: &Db, id: &SiteId, o: &Operator) -> Result<(), AppError> {
    let updated = sqlx::query(
        "update lernstandort set operator_name = $1, operator_street = $2, operator_postal_code = $3, \
         operator_city = $4, operator_iban = $5, updated_at = $6 where id = $7",
    )
    .bind(&o.name)
    .bind(&o.street)
    .bind(&o.postal_code)
    .bind(&o.city)
    .bind(o.iban.as_str())
    .bind(super::now_unix())
    .bind(id)
    .execute(db.writer())
    .await?;
    if updated.rows_affected() == 0 {
        return Err(AppError::NotFound);
    }
    Ok(())
}
