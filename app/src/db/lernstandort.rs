//! Lernstandorte: registered by school social workers for their own schools, approved or
//! sent back by staff, found by families. Places are taken by approved Lernförderung
//! claims for their period.

use super::{Db, kommune::SchoolOption, new_id, now_unix};
use crate::domain::ids::{AccountId, KommuneId, SchoolId, SiteId};
use crate::{
    domain::{
        lernstandort::{Site, SiteAction, SiteInput, SiteStatus, free_places, site_transition},
        text::iso,
    },
    error::AppError,
};

/// A site as listed (finder, school overview, staff review).
#[derive(Debug, Clone)]
pub struct SiteSummary {
    pub id: SiteId,
    pub school_id: SchoolId,
    pub school: String,
    pub kommune_id: KommuneId,
    pub kommune: String,
    /// The school's address: street, postal code and town.
    pub address: String,
    pub place: String,
    /// Subject codes, comma-separated.
    pub subjects: String,
    /// `5-10`.
    pub grades: String,
    pub schedule: String,
    pub places: i64,
    pub tutors: String,
    pub contact: String,
    pub start_date: String,
    pub status: SiteStatus,
    pub review_comment: Option<String>,
    /// Places taken today by approved claims.
    pub taken: i64,
}

impl SiteSummary {
    /// "School (Kommune) – place".
    pub fn label(&self) -> String {
        format!("{} ({}) – {}", self.school, self.kommune, self.place)
    }

    pub fn free(&self) -> i64 {
        free_places(self.places, self.taken)
    }

    /// The stored values as form input, for editing.
    pub fn input(&self) -> SiteInput {
        let (from, to) = self.grades.split_once('-').unwrap_or_default();
        SiteInput {
            school_id: self.school_id.to_string(),
            place: self.place.clone(),
            subjects: self.subjects.split(',').map(str::to_string).collect(),
            grade_from: from.to_string(),
            grade_to: to.to_string(),
            schedule: self.schedule.clone(),
            places: self.places.to_string(),
            tutors: self.tutors.clone(),
            contact: self.contact.clone(),
            start_date: self.start_date.clone(),
        }
    }
}

/// Approved claims that hold a place on `$1` (today, ISO).
const TAKEN_TODAY: &str = "(select count(*) from claim c where c.lernstandort_id = l.id and c.status = 'approved' \
     and c.period_from <= $1 and c.period_to >= $1)";

fn select(filter: &str) -> String {
    format!(
        "select l.id, s.id as school_id, s.name as school, k.id as kommune_id, k.name as kommune, \
         s.street as school_street, s.postal_code as school_postal_code, l.place, \
         l.subjects, l.grades, l.schedule, l.places, l.tutors, l.contact, l.start_date, l.status, l.review_comment, \
         {TAKEN_TODAY} as taken \
         from lernstandort l join school s on s.id = l.school_id join kommune k on k.id = s.kommune_id \
         where {filter} order by k.name, s.name, l.place"
    )
}

/// A site as stored ([`select`]), with its school, Kommune and places taken today.
#[derive(sqlx::FromRow)]
struct Row {
    id: SiteId,
    school_id: SchoolId,
    school: String,
    kommune_id: KommuneId,
    kommune: String,
    school_street: String,
    school_postal_code: String,
    place: String,
    subjects: String,
    grades: String,
    schedule: String,
    places: i64,
    tutors: String,
    contact: String,
    start_date: String,
    status: String,
    review_comment: Option<String>,
    taken: i64,
}

fn summary(row: Row) -> Option<SiteSummary> {
    Some(SiteSummary {
        id: row.id,
        school_id: row.school_id,
        school: row.school,
        kommune_id: row.kommune_id,
        address: format!(
            "{}, {} {}",
            row.school_street, row.school_postal_code, row.kommune
        ),
        kommune: row.kommune,
        place: row.place,
        subjects: row.subjects,
        grades: row.grades,
        schedule: row.schedule,
        places: row.places,
        tutors: row.tutors,
        contact: row.contact,
        start_date: row.start_date,
        status: SiteStatus::parse(&row.status)?,
        review_comment: row.review_comment,
        taken: row.taken,
    })
}

fn today_iso() -> String {
    iso(super::today())
}

async fn query(db: &Db, filter: &str, binds: &[&str]) -> Result<Vec<SiteSummary>, sqlx::Error> {
    let sql = select(filter);
    let mut q = sqlx::query_as::<_, Row>(&sql).bind(today_iso());
    for b in binds {
        q = q.bind(*b);
    }
    Ok(q.fetch_all(db.pool())
        .await?
        .into_iter()
        .filter_map(summary)
        .collect())
}

/// Approved sites, by Kommune and school (the public finder and the application).
pub async fn list_approved(db: &Db) -> Result<Vec<SiteSummary>, sqlx::Error> {
    query(db, "l.status = 'approved'", &[]).await
}

/// One site, whatever its status (claims keep showing the site they named).
pub async fn find(db: &Db, id: &SiteId) -> Result<Option<SiteSummary>, sqlx::Error> {
    Ok(query(db, "l.id = $2", &[id.as_str()])
        .await?
        .into_iter()
        .next())
}

/// The sites of the schools `account_id` works for.
pub async fn list_for_member(
    db: &Db,
    account_id: &AccountId,
) -> Result<Vec<SiteSummary>, sqlx::Error> {
    query(
        db,
        "l.school_id in (select school_id from school_member where account_id = $2)",
        &[account_id.as_str()],
    )
    .await
}

/// Sites waiting for staff.
pub async fn list_pending(db: &Db) -> Result<Vec<SiteSummary>, sqlx::Error> {
    query(db, "l.status = 'pending'", &[]).await
}

/// One site of a school `account_id` works for (`None` for any other).
pub async fn find_for_member(
    db: &Db,
    account_id: &AccountId,
    id: &SiteId,
) -> Result<Option<SiteSummary>, sqlx::Error> {
    Ok(query(
        db,
        "l.id = $2 and l.school_id in (select school_id from school_member where account_id = $3)",
        &[id.as_str(), account_id.as_str()],
    )
    .await?
    .into_iter()
    .next())
}

/// Whether `id` names an approved site with a place free in the period (approved claims
/// whose period overlaps it count as taken).
pub async fn has_place(db: &Db, id: &SiteId, from: &str, to: &str) -> Result<bool, sqlx::Error> {
    let row: Option<(i64, i64)> = sqlx::query_as(
        "select l.places, (select count(*) from claim c where c.lernstandort_id = l.id and c.status = 'approved' \
         and c.period_from <= $3 and c.period_to >= $2) from lernstandort l where l.id = $1 and l.status = 'approved'",
    )
    .bind(id)
    .bind(from)
    .bind(to)
    .fetch_optional(db.pool())
    .await?;
    Ok(row.is_some_and(|(places, taken)| free_places(places, taken) > 0))
}

/// Whether `id` names an approved site.
pub async fn is_approved(db: &Db, id: &SiteId) -> Result<bool, sqlx::Error> {
    let n: i64 = sqlx::query_scalar(
        "select count(*) from lernstandort where id = $1 and status = 'approved'",
    )
    .bind(id)
    .fetch_one(db.pool())
    .await?;
    Ok(n == 1)
}

/// The schools `account_id` works for.
pub async fn member_schools(
    db: &Db,
    account_id: &AccountId,
) -> Result<Vec<SchoolOption>, sqlx::Error> {
    super::kommune::school_options(
        db,
        "where s.id in (select school_id from school_member where account_id = $1)",
        Some(account_id),
    )
    .await
}

/// Links a school account to a school (idempotent).
pub async fn add_member(
    db: &Db,
    account_id: &AccountId,
    school_id: &SchoolId,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "insert into school_member (account_id, school_id, created_at) values ($1, $2, $3) \
         on conflict (account_id, school_id) do nothing",
    )
    .bind(account_id)
    .bind(school_id)
    .bind(now_unix())
    .execute(db.writer())
    .await?;
    Ok(())
}

async fn is_member(
    db: &Db,
    account_id: &AccountId,
    school_id: &SchoolId,
) -> Result<bool, sqlx::Error> {
    let n: i64 = sqlx::query_scalar(
        "select count(*) from school_member where account_id = $1 and school_id = $2",
    )
    .bind(account_id)
    .bind(school_id)
    .fetch_one(db.pool())
    .await?;
    Ok(n == 1)
}

/// Binds the site's nine columns `school_id` … `start_date`, in that order.
fn bind_site<'q>(q: super::AnyQuery<'q>, site: &'q Site) -> super::AnyQuery<'q> {
    q.bind(&site.school_id)
        .bind(&site.place)
        .bind(site.subject_codes())
        .bind(site.grade_range())
        .bind(&site.schedule)
        .bind(i64::from(site.places))
        .bind(&site.tutors)
        .bind(&site.contact)
        .bind(iso(site.start_date))
}

/// Stores a new site with `status` (`Pending` when a school registers it) and returns its id.
pub async fn create(
    db: &Db,
    site: &Site,
    created_by: Option<&AccountId>,
    status: SiteStatus,
) -> Result<SiteId, sqlx::Error> {
    let id: SiteId = new_id();
    let now = now_unix();
    let insert = sqlx::query(
        "insert into lernstandort (id, school_id, place, subjects, grades, schedule, places, tutors, contact, \
         start_date, status, created_by, created_at, updated_at) \
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13)",
    )
    .bind(&id);
    bind_site(insert, site)
        .bind(status.as_str())
        .bind(created_by)
        .bind(now)
        .execute(db.writer())
        .await?;
    Ok(id)
}

/// A school registers a site for one of its own schools; staff review it.
pub async fn register(db: &Db, account_id: &AccountId, site: &Site) -> Result<SiteId, AppError> {
    if !is_member(db, account_id, &site.school_id).await? {
        return Err(AppError::field("school_id", "site-error-school"));
    }
    site_transition(None, SiteAction::Submit).map_err(|id| AppError::Conflict(id.into()))?;
    Ok(create(db, site, Some(account_id), SiteStatus::Pending).await?)
}

/// A school changes one of its sites; the change goes to staff again.
pub async fn change(
    db: &Db,
    account_id: &AccountId,
    id: &SiteId,
    site: &Site,
) -> Result<(), AppError> {
    let current = find_for_member(db, account_id, id)
        .await?
        .ok_or(AppError::NotFound)?;
    if !is_member(db, account_id, &site.school_id).await? {
        return Err(AppError::field("school_id", "site-error-school"));
    }
    let to = site_transition(Some(current.status), SiteAction::Submit)
        .map_err(|id| AppError::Conflict(id.into()))?;
    let update = sqlx::query(
        "update lernstandort set school_id = $1, place = $2, subjects = $3, grades = $4, schedule = $5, places = $6, \
         tutors = $7, contact = $8, start_date = $9, status = $10, review_comment = null, updated_at = $11 \
         where id = $12 and status = $13",
    );
    let updated = bind_site(update, site)
        .bind(to.as_str())
        .bind(now_unix())
        .bind(id)
        .bind(current.status.as_str())
        .execute(db.writer())
        .await?;
    super::changed_one(&updated, "site-error-changed")?;
    Ok(())
}

/// Changes a site's status: staff approve or return (with a comment), the school pauses,
/// reopens or closes its own site (`member`: the school account, checked). Of two
/// concurrent changes exactly one wins.
pub async fn act(
    db: &Db,
    id: &SiteId,
    member: Option<&AccountId>,
    actor: &AccountId,
    action: SiteAction,
    comment: Option<&str>,
) -> Result<SiteStatus, AppError> {
    let current = match member {
        Some(account) => find_for_member(db, account, id).await?,
        None => find(db, id).await?,
    }
    .ok_or(AppError::NotFound)?;
    let to = site_transition(Some(current.status), action)
        .map_err(|id| AppError::Conflict(id.into()))?;
    let review = matches!(action, SiteAction::Approve | SiteAction::Return);
    let now = now_unix();
    let updated = sqlx::query(
        "update lernstandort set status = $1, updated_at = $2, \
         review_comment = case when $3 = 1 then $4 else review_comment end, \
         reviewed_by = case when $3 = 1 then $5 else reviewed_by end, \
         reviewed_at = case when $3 = 1 then $2 else reviewed_at end \
         where id = $6 and status = $7",
    )
    .bind(to.as_str())
    .bind(now)
    .bind(i64::from(review))
    .bind(comment)
    .bind(actor)
    .bind(id)
    .bind(current.status.as_str())
    .execute(db.writer())
    .await?;
    super::changed_one(&updated, "site-error-changed")?;
    Ok(to)
}
