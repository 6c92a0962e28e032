//! The aggregates behind the reports: a handful of grouped queries over index ranges of
//! the claims received and decided in the period (see `domain::report` for what is
//! counted), the Lernstandorte, and the eligible children the admin entered.

use super::{Backend, Db, now_unix, placeholders};
use crate::domain::ids::{AccountId, KommuneId};
use crate::domain::{
    benefit::BenefitKind,
    claim::Status,
    month::YearMonth,
    report::{
        ApprovalCell, Cells, ClaimCell, ClaimLine, DecidedCell, Dimension, Period, Report,
        ReportData, ReportFilter, SchoolYear, Sites, month_period,
    },
    text::iso,
};
use std::collections::BTreeMap;
use time::Date;

/// `2026-09` of a unix timestamp column (UTC, as dates are shown everywhere).
fn month_of(db: &Db, column: &str) -> String {
    match db.backend() {
        Backend::Sqlite => format!("strftime('%Y-%m', {column}, 'unixepoch')"),
        Backend::Postgres => {
            format!("to_char(to_timestamp({column}) at time zone 'UTC', 'YYYY-MM')")
        }
    }
}

/// The Kommune and benefit filters as SQL on `claim c`, with their binds numbered from
/// `first`.
fn claim_filter(filter: &ReportFilter, first: usize) -> (String, Vec<String>) {
    let mut sql = String::new();
    let mut binds = Vec::new();
    if let Some(k) = &filter.kommune {
        binds.push(k.clone());
        let n = first + binds.len() - 1;
        sql.push_str(&format!(" and c.kommune_id = {}", placeholders(n, 1)));
    }
    if let Some(b) = filter.benefit {
        binds.push(b.as_str().to_string());
        let n = first + binds.len() - 1;
        sql.push_str(&format!(" and c.benefit = {}", placeholders(n, 1)));
    }
    (sql, binds)
}

fn month(s: &str) -> YearMonth {
    YearMonth::parse(s, "").unwrap_or(YearMonth { year: 0, month: 1 })
}

fn benefit(s: &str) -> BenefitKind {
    BenefitKind::parse(s).unwrap_or(BenefitKind::Teilhabe)
}

/// Runs a query over the claims `c` in the period: `$1` and `$2` are the period's unix
/// range, `{filter}` in `sql` becomes the Kommune and benefit conditions.
async fn grouped<R>(db: &Db, filter: &ReportFilter, sql: &str) -> Result<Vec<R>, sqlx::Error>
where
    R: for<'r> sqlx::FromRow<'r, sqlx::any::AnyRow> + Send + Unpin,
{
    let (from, to) = filter.period.unix_range();
    let (cond, binds) = claim_filter(filter, 3);
    let sql = sql.replace("{filter}", &cond);
    let mut q = sqlx::query_as::<_, R>(&sql).bind(from).bind(to);
    for b in &binds {
        q = q.bind(b);
    }
    q.fetch_all(db.pool()).await
}

/// Claims received, counted by Kommune, benefit, month, status and whether asked.
#[derive(sqlx::FromRow)]
struct ClaimCellRow {
    kommune: String,
    benefit: String,
    month: String,
    status: String,
    asked: i64,
    count: i64,
}

async fn claim_cells(db: &Db, filter: &ReportFilter) -> Result<Vec<ClaimCell>, sqlx::Error> {
    let sql = format!(
        "select coalesce(c.kommune_id, '') as kommune, c.benefit, {} as month, c.status, \
         cast(case when exists (select 1 from claim_question q where q.claim_id = c.id) then 1 else 0 end as bigint) as asked, \
         count(*) as count from claim c where c.submitted_at >= $1 and c.submitted_at < $2{{filter}} \
         group by 1, 2, 3, 4, 5",
        month_of(db, "c.submitted_at")
    );
    let rows: Vec<ClaimCellRow> = grouped(db, filter, &sql).await?;
    Ok(rows
        .into_iter()
        .filter_map(|r| {
            Some(ClaimCell {
                kommune: r.kommune,
                benefit: benefit(&r.benefit),
                month: month(&r.month),
                status: Status::parse(&r.status)?,
                asked: r.asked != 0,
                count: r.count,
            })
        })
        .collect())
}

/// Decided claims, counted by Kommune, benefit, month and processing days.
#[derive(sqlx::FromRow)]
struct DecidedCellRow {
    kommune: String,
    benefit: String,
    month: String,
    days: i64,
    count: i64,
}

/// Processing times in whole days: by Kommune and benefit, or (`by_month`) by the month
/// of the first decision.
async fn decided_cells(
    db: &Db,
    filter: &ReportFilter,
    by_month: bool,
) -> Result<Vec<DecidedCell>, sqlx::Error> {
    let keys = if by_month {
        format!(
            "'' as kommune, '' as benefit, {} as month",
            month_of(db, "c.decided_at")
        )
    } else {
        "coalesce(c.kommune_id, '') as kommune, c.benefit, '' as month".to_string()
    };
    let sql = format!(
        "select {keys}, (c.decided_at - c.submitted_at) / 86400 as days, count(*) as count \
         from claim c where c.decided_at >= $1 and c.decided_at < $2{{filter}} group by 1, 2, 3, 4"
    );
    let rows: Vec<DecidedCellRow> = grouped(db, filter, &sql).await?;
    Ok(rows
        .into_iter()
        .map(|r| DecidedCell {
            kommune: r.kommune,
            benefit: benefit(&r.benefit),
            month: month(&r.month),
            days: r.days,
            count: r.count,
        })
        .collect())
}

/// Approvals and their total, by Kommune, benefit and month of the decision.
#[derive(sqlx::FromRow)]
struct ApprovalCellRow {
    kommune: String,
    benefit: String,
    month: String,
    approvals: i64,
    cents: i64,
}

async fn approval_cells(db: &Db, filter: &ReportFilter) -> Result<Vec<ApprovalCell>, sqlx::Error> {
    let sql = format!(
        "select coalesce(c.kommune_id, '') as kommune, c.benefit, {} as month, count(*) as approvals, \
         cast(coalesce(sum(d.total_cents), 0) as bigint) as cents \
         from claim c join decision d on d.id = c.decision_id \
         where c.decided_at >= $1 and c.decided_at < $2 and c.status = 'approved'{{filter}} group by 1, 2, 3",
        month_of(db, "c.decided_at")
    );
    let rows: Vec<ApprovalCellRow> = grouped(db, filter, &sql).await?;
    Ok(rows
        .into_iter()
        .map(|r| ApprovalCell {
            kommune: r.kommune,
            benefit: benefit(&r.benefit),
            month: month(&r.month),
            approvals: r.approvals,
            cents: r.cents,
        })
        .collect())
}

/// Distinct children with an approval in force whose period overlaps each of `ranges`
/// (key, period), per range key and, with `by`, per value of that claim column.
async fn children(
    db: &Db,
    filter: &ReportFilter,
    ranges: &[(String, Period)],
    by: Option<&str>,
) -> Result<BTreeMap<String, i64>, sqlx::Error> {
    if ranges.is_empty() {
        return Ok(BTreeMap::new());
    }
    let values: Vec<String> = (0..ranges.len())
        .map(|i| format!("({})", placeholders(3 * i + 1, 3)))
        .collect();
    // The approvals that end before the first range cannot overlap any.
    let lowest = 3 * ranges.len() + 1;
    let (cond, binds) = claim_filter(filter, lowest + 1);
    let (column, group) = match by {
        Some(col) => (format!("coalesce({col}, '')"), ", 2"),
        None => ("''".to_string(), ""),
    };
    let sql = format!(
        "with r (k, f, t) as (values {}) \
         select r.k, {column}, count(distinct c.child_id) from claim c \
         join r on c.approved_from <= r.t and c.approved_to >= r.f \
         where c.status = 'approved' and c.approved_to >= ${lowest}{cond} group by 1{group}",
        values.join(", ")
    );
    let mut q = sqlx::query_as::<_, (String, String, i64)>(&sql);
    for (key, p) in ranges {
        q = q.bind(key).bind(iso(p.from)).bind(iso(p.to));
    }
    let first = ranges
        .iter()
        .map(|(_, p)| p.from)
        .min()
        .unwrap_or(filter.period.from);
    q = q.bind(iso(first));
    for b in &binds {
        q = q.bind(b);
    }
    Ok(q.fetch_all(db.pool())
        .await?
        .into_iter()
        .map(|(range, value, n)| (if by.is_some() { value } else { range }, n))
        .collect())
}

/// Approved Lernstandorte started by `day` per Kommune, their places, and the children
/// with an approval in force there on `day`.
async fn sites(
    db: &Db,
    filter: &ReportFilter,
    day: Date,
) -> Result<BTreeMap<String, Sites>, sqlx::Error> {
    let day = iso(day);
    let rows: Vec<(String, i64, i64)> = sqlx::query_as(
        "select s.kommune_id, count(*), cast(coalesce(sum(l.places), 0) as bigint) from lernstandort l \
         join school s on s.id = l.school_id where l.status = 'approved' and l.start_date <= $1 group by 1",
    )
    .bind(&day)
    .fetch_all(db.pool())
    .await?;
    let occupied: Vec<(String, i64)> = sqlx::query_as(
        "select s.kommune_id, count(distinct c.child_id) from lernstandort l \
         join school s on s.id = l.school_id \
         join claim c on c.lernstandort_id = l.id and c.status = 'approved' \
         where l.status = 'approved' and l.start_date <= $1 and c.approved_from <= $1 and c.approved_to >= $1 \
         group by 1",
    )
    .bind(&day)
    .fetch_all(db.pool())
    .await?;
    let mut out: BTreeMap<String, Sites> = rows
        .into_iter()
        .filter(|(k, _, _)| filter.kommune.as_ref().is_none_or(|f| f == k))
        .map(|(k, active, places)| {
            (
                k,
                Sites {
                    active,
                    places,
                    occupied: 0,
                },
            )
        })
        .collect();
    for (k, n) in occupied {
        if let Some(s) = out.get_mut(&k) {
            s.occupied = n;
        }
    }
    Ok(out)
}

/// The eligible children per Kommune: (children, as of, source).
pub async fn eligible(db: &Db) -> Result<BTreeMap<String, (i64, String, String)>, sqlx::Error> {
    let rows: Vec<EligibleRow> =
        sqlx::query_as("select kommune_id, children, as_of, source from kommune_eligible")
            .fetch_all(db.pool())
            .await?;
    Ok(rows
        .into_iter()
        .map(|r| (r.kommune_id, (r.children, r.as_of, r.source)))
        .collect())
}

/// The eligible children of a Kommune as the admin entered them.
#[derive(sqlx::FromRow)]
struct EligibleRow {
    kommune_id: String,
    children: i64,
    as_of: String,
    source: String,
}

/// Stores the admin's number of eligible children of a Kommune. `false` if there is no
/// such Kommune.
pub async fn save_eligible(
    db: &Db,
    kommune: &KommuneId,
    children: i64,
    as_of: Date,
    source: &str,
    actor: &AccountId,
) -> Result<bool, sqlx::Error> {
    let mut tx = db.begin_write().await?;
    let known: Option<String> = sqlx::query_scalar("select id from kommune where id = $1")
        .bind(kommune)
        .fetch_optional(&mut *tx)
        .await?;
    if known.is_none() {
        return Ok(false);
    }
    sqlx::query(
        "insert into kommune_eligible (kommune_id, children, as_of, source, updated_by, updated_at) \
         values ($1, $2, $3, $4, $5, $6) on conflict (kommune_id) do update set children = excluded.children, \
         as_of = excluded.as_of, source = excluded.source, updated_by = excluded.updated_by, \
         updated_at = excluded.updated_at",
    )
    .bind(kommune)
    .bind(children)
    .bind(iso(as_of))
    .bind(source)
    .bind(actor)
    .bind(now_unix())
    .execute(&mut *tx)
    .await?;
    super::decision::audit_in(
        &mut tx,
        actor,
        None,
        "eligible-children",
        Some(kommune.as_str()),
    )
    .await?;
    tx.commit().await?;
    Ok(true)
}

/// The eligible children of a Kommune for the demo, unless a number is entered.
pub async fn seed_eligible(
    db: &Db,
    kommune: &KommuneId,
    children: i64,
    as_of: &str,
    source: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "insert into kommune_eligible (kommune_id, children, as_of, source, updated_by, updated_at) \
         values ($1, $2, $3, $4, null, $5) on conflict (kommune_id) do nothing",
    )
    .bind(kommune)
    .bind(children)
    .bind(as_of)
    .bind(source)
    .bind(now_unix())
    .execute(db.writer())
    .await?;
    Ok(())
}

/// The report for `filter`; occupancy is counted on the period's last day, or on `today`
/// if that is earlier.
pub async fn report(db: &Db, filter: &ReportFilter, today: Date) -> Result<Report, sqlx::Error> {
    let period = filter.period;
    let reference_day = period.to.min(today).max(period.from);
    let whole = [(String::new(), period)];
    let months: Vec<(String, Period)> = period
        .months()
        .into_iter()
        .filter_map(|m| Some((m.iso(), period.clip(month_period(m))?)))
        .collect();
    let years: Vec<(String, Period)> = period
        .school_years()
        .into_iter()
        .filter_map(|y: SchoolYear| Some((y.label(), period.clip(y.period())?)))
        .collect();
    // The queries are independent: run them side by side on the pool's connections.
    let (
        kommunen,
        claims,
        decided,
        decided_by_month,
        approvals,
        total,
        by_kommune,
        by_benefit,
        by_month,
        by_year,
        sites,
        eligible,
    ) = tokio::try_join!(
        super::kommune::list_kommunen(db),
        claim_cells(db, filter),
        decided_cells(db, filter, false),
        decided_cells(db, filter, true),
        approval_cells(db, filter),
        children(db, filter, &whole, None),
        children(db, filter, &whole, Some("c.kommune_id")),
        children(db, filter, &whole, Some("c.benefit")),
        children(db, filter, &months, None),
        children(db, filter, &years, None),
        sites(db, filter, reference_day),
        eligible(db),
    )?;
    let data = ReportData {
        kommunen: kommunen
            .into_iter()
            .map(|k| (String::from(k.id), k.name))
            .collect(),
        cells: Cells {
            claims,
            decided,
            decided_by_month,
            approvals,
        },
        children_total: total.values().sum(),
        children: vec![
            (Dimension::Kommune, by_kommune),
            (Dimension::Benefit, by_benefit),
            (Dimension::Month, by_month),
            (Dimension::SchoolYear, by_year),
        ],
        sites,
        eligible: eligible
            .into_iter()
            .map(|(k, (n, as_of, _))| (k, (n, as_of)))
            .collect(),
    };
    Ok(Report::assemble(filter.clone(), reference_day, data))
}

/// The claims received in the period (with the filters), oldest first.
pub async fn claim_lines(db: &Db, filter: &ReportFilter) -> Result<Vec<ClaimLine>, sqlx::Error> {
    let sql = "select c.reference, c.benefit, k.name as kommune, c.status, c.submitted_at, c.decided_at, \
         cast(case when exists (select 1 from claim_question q where q.claim_id = c.id) then 1 else 0 end as bigint) as asked, \
         d.kind, d.period_from, d.period_to, d.monthly_cents, d.total_cents, \
         case when l.id is null then null else s.name || ' – ' || l.place end as lernstandort \
         from claim c left join kommune k on k.id = c.kommune_id \
         left join decision d on d.id = c.decision_id \
         left join lernstandort l on l.id = c.lernstandort_id left join school s on s.id = l.school_id \
         where c.submitted_at >= $1 and c.submitted_at < $2{filter} order by c.submitted_at, c.id";
    let rows: Vec<LineRow> = grouped(db, filter, sql).await?;
    Ok(rows.into_iter().map(claim_line).collect())
}

/// A claim received with its current decision, as stored.
#[derive(sqlx::FromRow)]
struct LineRow {
    reference: Option<String>,
    benefit: String,
    kommune: Option<String>,
    status: String,
    submitted_at: i64,
    decided_at: Option<i64>,
    asked: i64,
    kind: Option<String>,
    period_from: Option<String>,
    period_to: Option<String>,
    monthly_cents: Option<i64>,
    total_cents: Option<i64>,
    lernstandort: Option<String>,
}

/// A line of the claims export: the decision's period and money only for an approval.
fn claim_line(r: LineRow) -> ClaimLine {
    let approved = r.status == "approved" && r.kind.as_deref() == Some("approval");
    ClaimLine {
        reference: r.reference.unwrap_or_default(),
        benefit: r.benefit,
        kommune: r.kommune.unwrap_or_default(),
        status: r.status,
        submitted_at: r.submitted_at,
        decided_at: r.decided_at,
        processing_days: r.decided_at.map(|d| (d - r.submitted_at) / 86_400),
        asked: r.asked != 0,
        period_from: r.period_from.filter(|_| approved),
        period_to: r.period_to.filter(|_| approved),
        monthly_cents: r.monthly_cents.filter(|_| approved),
        total_cents: r.total_cents.filter(|_| approved),
        lernstandort: r.lernstandort,
    }
}
