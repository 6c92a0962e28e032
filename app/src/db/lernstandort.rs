//! Lernstandorte: tutoring at a pupil's own school. Only approved sites can be chosen in a
//! Lernförderung application.

use super::{Db, new_id, now_unix};

/// A site as shown in pickers and summaries.
#[derive(Debug, Clone)]
pub struct SiteSummary {
    pub id: String,
    pub school: String,
    pub kommune: String,
    pub place: String,
    /// Subject codes, comma-separated.
    pub subjects: String,
    pub grades: String,
    pub schedule: String,
}

impl SiteSummary {
    /// "School (Kommune) – place".
    pub fn label(&self) -> String {
        format!("{} ({}) – {}", self.school, self.kommune, self.place)
    }
}

const COLUMNS: &str = "l.id, s.name, k.name, l.place, l.subjects, l.grades, l.schedule";
type Row = (String, String, String, String, String, String, String);

fn summary((id, school, kommune, place, subjects, grades, schedule): Row) -> SiteSummary {
    SiteSummary {
        id,
        school,
        kommune,
        place,
        subjects,
        grades,
        schedule,
    }
}

/// Approved sites, by Kommune and school.
pub async fn list_approved(db: &Db) -> Result<Vec<SiteSummary>, sqlx::Error> {
    let rows: Vec<Row> = sqlx::query_as(&format!(
        "select {COLUMNS} from lernstandort l join school s on s.id = l.school_id \
         join kommune k on k.id = s.kommune_id where l.status = 'approved' order by k.name, s.name, l.place"
    ))
    .fetch_all(db.pool())
    .await?;
    Ok(rows.into_iter().map(summary).collect())
}

/// One site, whatever its status (claims keep showing the site they named).
pub async fn find(db: &Db, id: &str) -> Result<Option<SiteSummary>, sqlx::Error> {
    let row: Option<Row> = sqlx::query_as(&format!(
        "select {COLUMNS} from lernstandort l join school s on s.id = l.school_id \
         join kommune k on k.id = s.kommune_id where l.id = $1"
    ))
    .bind(id)
    .fetch_optional(db.pool())
    .await?;
    Ok(row.map(summary))
}

/// Whether `id` names an approved site.
pub async fn is_approved(db: &Db, id: &str) -> Result<bool, sqlx::Error> {
    let n: i64 = sqlx::query_scalar(
        "select count(*) from lernstandort where id = $1 and status = 'approved'",
    )
    .bind(id)
    .fetch_one(db.pool())
    .await?;
    Ok(n == 1)
}

/// A new site, as a school registers it.
#[derive(Debug, Clone)]
pub struct NewSite<'a> {
    pub school_id: &'a str,
    pub place: &'a str,
    pub subjects: &'a str,
    pub grades: &'a str,
    pub schedule: &'a str,
    pub places: i64,
    pub contact: &'a str,
    pub start_date: &'a str,
}

/// Stores a site with `status` and returns its id.
pub async fn create(db: &Db, site: &NewSite<'_>, status: &str) -> Result<String, sqlx::Error> {
    let id = new_id();
    let now = now_unix();
    sqlx::query(
        "insert into lernstandort (id, school_id, place, subjects, grades, schedule, places, contact, start_date, status, created_at, updated_at) \
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11)",
    )
    .bind(&id)
    .bind(site.school_id)
    .bind(site.place)
    .bind(site.subjects)
    .bind(site.grades)
    .bind(site.schedule)
    .bind(site.places)
    .bind(site.contact)
    .bind(site.start_date)
    .bind(status)
    .bind(now)
    .execute(db.pool())
    .await?;
    Ok(id)
}
