//! Benchmark of the staff work queue, `app::db::decision::queue`, with 100,000 claims.
//!
//! Measures: the time to bulk-load a realistic data set (20,000 families in the 13
//! Kommunen with their children, 100,000 claims over all statuses and both benefits,
//! school confirmations, 10 staff accounts), and then the latency of `queue()` — the page
//! query *and* the per-status count query it runs, i.e. everything the queue page needs
//! from the database — for typical filters: each filter 20 warm-up runs, then 200 timed
//! runs (p50, p95, max per filter, and p50/p95 over all runs). The target is p95 < 30 ms.
//!
//! The database is fresh on every run: by default a SQLite file
//! `<tmp>/queue-bench/portal.db` (deleted first, kept afterwards for `EXPLAIN QUERY PLAN`
//! with `sqlite3`); with `BENCH_DATABASE_URL=postgres://…` a new database
//! `but_bench_<uuid>` on that server, dropped at the end (`BENCH_KEEP=1` keeps it). The
//! data are generated from a fixed seed, so every run loads the same rows (relative to
//! today). The loader runs `ANALYZE` (PostgreSQL: `VACUUM (ANALYZE)`, which autovacuum would
//! do anyway after such a load); `BENCH_ANALYZE=0` skips it, to see the plans of a SQLite
//! database nobody ever analysed. `BENCH_RUNS=n` changes the number of timed runs.
//! `BENCH_SQLITE_PRAGMA='mmap_size = 268435456'` sets a pragma on every pooled SQLite
//! connection first, to try a setting before `Db::connect` adopts it.
//!
//! Run it in release mode:
//!
//! ```text
//! CARGO_TARGET_DIR=/tmp/bench-target cargo run --release -p portal-tests --example queue_bench
//! BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres \
//!     CARGO_TARGET_DIR=/tmp/bench-target cargo run --release -p portal-tests --example queue_bench
//! ```

use app::{
    db::{
        Backend, Db,
        decision::{Assigned, QueueFilter, queue},
    },
    domain::{benefit::BenefitKind, claim::Status, search::QueueSearch, text::iso},
};
use server::config::Config;
use sqlx::{Connection, PgConnection};
use std::{
    collections::HashMap,
    error::Error,
    time::{Duration, Instant},
};

type BoxError = Box<dyn Error + Send + Sync>;

const CLAIMS: usize = 100_000;
const FAMILIES: usize = 20_000;
const STAFF: usize = 10;
/// Connections of the pool (as in the tests; the server's default is 10).
const POOL_SIZE: u32 = 5;
/// Rows per multi-row `INSERT`.
const ROWS_PER_STATEMENT: usize = 2_000;
const WARMUP_RUNS: usize = 20;
const DEFAULT_RUNS: usize = 200;
const DAY: i64 = 86_400;

/// Weight of each Kommune (inhabitants in thousands, roughly), so Ahlen has ten times the
/// families of Beelen.
const KOMMUNE_WEIGHTS: [(&str, u32); 13] = [
    ("ahlen", 52),
    ("beckum", 37),
    ("beelen", 6),
    ("drensteinfurt", 15),
    ("ennigerloh", 20),
    ("everswinkel", 10),
    ("oelde", 29),
    ("ostbevern", 11),
    ("sassenberg", 14),
    ("sendenhorst", 13),
    ("telgte", 20),
    ("wadersloh", 12),
    ("warendorf", 37),
];

/// Share of the claims per status (percent).
const STATUS_WEIGHTS: [(Status, u32); 6] = [
    (Status::Submitted, 20),
    (Status::NeedsInfo, 5),
    (Status::Approved, 45),
    (Status::Rejected, 20),
    (Status::Withdrawn, 5),
    (Status::Draft, 5),
];

const UNDERLYING: [(&str, u32); 5] = [
    ("sgb2", 60),
    ("wohngeld", 15),
    ("kinderzuschlag", 15),
    ("sgb12", 5),
    ("asylblg", 5),
];

const FIRST_NAMES: [&str; 24] = [
    "Mia", "Ben", "Emma", "Paul", "Lina", "Noah", "Hannah", "Elias", "Lea", "Leon", "Sofia",
    "Finn", "Emilia", "Yusuf", "Amira", "Mehmet", "Elif", "Omar", "Layla", "Jonas", "Zofia",
    "Milan", "Ayşe", "Luca",
];
const LAST_NAMES: [&str; 24] = [
    "Müller",
    "Schmidt",
    "Schneider",
    "Fischer",
    "Weber",
    "Meyer",
    "Wagner",
    "Becker",
    "Yılmaz",
    "Kaya",
    "Demir",
    "Şahin",
    "Nowak",
    "Kowalski",
    "Hoffmann",
    "Schulte",
    "Brinkmann",
    "Hölscher",
    "Al-Hassan",
    "Haddad",
    "Popescu",
    "Ivanova",
    "Große-Kleimann",
    "Wiewel",
];
const STREETS: [&str; 8] = [
    "Hauptstraße",
    "Bahnhofstraße",
    "Kirchstraße",
    "Lindenweg",
    "Am Markt",
    "Oststraße",
    "Weststraße",
    "Mühlenweg",
];
const SUBJECTS: [&str; 5] = [
    "deutsch",
    "mathematik",
    "englisch",
    "franzoesisch",
    "latein",
];
const ACTIVITIES: [(&str, &str); 5] = [
    ("Sportverein", "TuS 1919 e.V."),
    ("Musikschule", "Städtische Musikschule"),
    ("Schwimmkurs", "DLRG Ortsgruppe"),
    ("Pfadfinder", "DPSG Stamm St. Marien"),
    ("Kunstkurs", "Jugendkunstschule"),
];

/// SplitMix64: a small deterministic generator, so every run loads the same data.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n`.
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    /// Uniform in `from..to`.
    fn range(&mut self, from: i64, to: i64) -> i64 {
        from + self.below((to - from).max(1) as u64) as i64
    }

    /// True with probability `percent` / 100.
    fn percent(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }

    /// One of `items`, each as likely as its weight.
    fn weighted<T: Copy>(&mut self, items: &[(T, u32)]) -> T {
        let sum: u32 = items.iter().map(|(_, w)| w).sum();
        let mut n = self.below(u64::from(sum)) as u32;
        for (item, w) in items {
            if n < *w {
                return *item;
            }
            n -= w;
        }
        items[items.len() - 1].0
    }

    /// One of `items`, by value.
    fn choose<T: Copy>(&mut self, items: &[T]) -> T {
        *self.pick(items)
    }

    /// A version-4 UUID as the portal stores ids.
    fn uuid(&mut self) -> String {
        let mut bytes = [0u8; 16];
        bytes[..8].copy_from_slice(&self.next().to_le_bytes());
        bytes[8..].copy_from_slice(&self.next().to_le_bytes());
        uuid::Builder::from_random_bytes(bytes)
            .into_uuid()
            .to_string()
    }
}

/// One row of a multi-row `VALUES` list, as SQL literals (the data are generated here, and
/// text is quoted with `''`).
struct Values(String);

impl Values {
    fn new() -> Values {
        Values(String::from("("))
    }

    fn sep(&mut self) {
        if self.0.len() > 1 {
            self.0.push_str(", ");
        }
    }

    fn t(mut self, s: &str) -> Values {
        self.sep();
        self.0.push('\'');
        self.0.push_str(&s.replace('\'', "''"));
        self.0.push('\'');
        self
    }

    fn i(mut self, n: i64) -> Values {
        self.sep();
        self.0.push_str(&n.to_string());
        self
    }

    fn ot(self, s: Option<&str>) -> Values {
        match s {
            Some(s) => self.t(s),
            None => self.null(),
        }
    }

    fn oi(self, n: Option<i64>) -> Values {
        match n {
            Some(n) => self.i(n),
            None => self.null(),
        }
    }

    fn null(mut self) -> Values {
        self.sep();
        self.0.push_str("null");
        self
    }

    fn end(mut self) -> String {
        self.0.push(')');
        self.0
    }
}

/// Inserts `rows` into `table` in one transaction, `ROWS_PER_STATEMENT` rows per statement.
async fn insert(db: &Db, table: &str, columns: &str, rows: &[String]) -> Result<(), sqlx::Error> {
    let mut tx = db.begin_write().await?;
    for chunk in rows.chunks(ROWS_PER_STATEMENT) {
        let sql = format!(
            "insert into {table} ({columns}) values {}",
            chunk.join(",\n")
        );
        sqlx::raw_sql(&sql).execute(&mut *tx).await?;
    }
    tx.commit().await
}

fn iso_of(unix: i64) -> String {
    time::OffsetDateTime::from_unix_timestamp(unix)
        .map(|t| iso(t.date()))
        .unwrap_or_default()
}

fn year_of(unix: i64) -> i32 {
    time::OffsetDateTime::from_unix_timestamp(unix).map_or(2026, |t| t.year())
}

struct School {
    id: String,
    kommune: String,
    /// The school's account (school social work), who confirms Lernförderung.
    account: String,
}

struct Family {
    account: String,
    household: String,
    kommune: String,
    applicant: String,
    last_name: &'static str,
    street: String,
    postal_city: String,
    benefit: &'static str,
}

struct Child {
    id: String,
    family: usize,
    first: &'static str,
    last: &'static str,
    birth_date: String,
    school: Option<usize>,
    grade: i64,
}

/// What the loader wrote.
struct Loaded {
    /// The staff account the queue is shown for (`me`).
    me: String,
    counts: Vec<(&'static str, usize)>,
    steps: Vec<(&'static str, Duration)>,
}

/// Loads the data set into the migrated, seeded `db`.
async fn load(db: &Db, now: i64) -> Result<Loaded, BoxError> {
    let mut rng = Rng(0x5EED_B07E_2026);
    let mut steps = Vec::new();
    let mut counts = Vec::new();
    let password_hash =
        "$argon2id$v=19$m=19456,t=2,p=1$YmVuY2htYXJr$bm90LWEtcmVhbC1oYXNoLWZvci1sb2dpbg";

    // The directory from the seed: schools and their Kommunen, approved Lernstandorte.
    let directory: Vec<(String, String, String, String)> = sqlx::query_as(
        "select s.id, s.kommune_id, k.name, s.postal_code from school s join kommune k on k.id = s.kommune_id \
         order by s.kommune_id, s.name",
    )
    .fetch_all(db.pool())
    .await?;
    let mut sites: Vec<String> = sqlx::query_scalar("select id from lernstandort")
        .fetch_all(db.pool())
        .await?;
    sites.sort();
    let mut postal_city: HashMap<String, String> = HashMap::new();
    for (_, kommune, name, postal) in &directory {
        postal_city.insert(kommune.clone(), format!("{postal} {name}"));
    }

    // Accounts: staff, one per school, families.
    let started = Instant::now();
    let mut accounts = Vec::new();
    let account = |id: &str, email: &str, role: &str, created: i64| {
        Values::new()
            .t(id)
            .t(email)
            .t(password_hash)
            .t(role)
            .i(created)
            .i(created)
            .end()
    };
    let staff: Vec<String> = (0..STAFF).map(|_| rng.uuid()).collect();
    for (i, id) in staff.iter().enumerate() {
        let created = now - rng.range(400, 1500) * DAY;
        accounts.push(account(
            id,
            &format!("sachbearbeitung-{i:02}@bench.invalid"),
            "staff",
            created,
        ));
    }
    let mut schools = Vec::new();
    let mut members = Vec::new();
    for (i, (school, kommune, _, _)) in directory.iter().enumerate() {
        let id = rng.uuid();
        let created = now - rng.range(400, 1500) * DAY;
        accounts.push(account(
            &id,
            &format!("schulsozialarbeit-{i:02}@bench.invalid"),
            "school",
            created,
        ));
        members.push(Values::new().t(&id).t(school).i(created).end());
        schools.push(School {
            id: school.clone(),
            kommune: kommune.clone(),
            account: id,
        });
    }
    let mut families = Vec::with_capacity(FAMILIES);
    let mut households = Vec::with_capacity(FAMILIES);
    for i in 0..FAMILIES {
        let id = rng.uuid();
        let created = now - rng.range(30, 1100) * DAY;
        accounts.push(account(
            &id,
            &format!("familie-{i:05}@bench.invalid"),
            "family",
            created,
        ));
        let kommune = rng.weighted(&KOMMUNE_WEIGHTS).to_string();
        let last_name = rng.choose(&LAST_NAMES);
        let family = Family {
            account: id,
            household: rng.uuid(),
            applicant: format!("{} {last_name}", rng.pick(&FIRST_NAMES)),
            last_name,
            street: format!("{} {}", rng.pick(&STREETS), rng.range(1, 120)),
            postal_city: postal_city.get(&kommune).cloned().unwrap_or_default(),
            benefit: rng.weighted(&UNDERLYING),
            kommune,
        };
        let valid_from = now - rng.range(0, 330) * DAY;
        let (postal, city) = family
            .postal_city
            .split_once(' ')
            .unwrap_or(("59227", "Ahlen"));
        households.push(
            Values::new()
                .t(&family.household)
                .t(&family.account)
                .t(family.benefit)
                .t(&format!("BG-{:08}", rng.below(100_000_000)))
                .t(&iso_of(valid_from))
                .t(&iso_of(valid_from + 364 * DAY))
                .t(&family.street)
                .t(postal)
                .t(city)
                .t(&family.kommune)
                .ot(rng.percent(60).then_some("02382 123456"))
                .ot(None)
                .i(created)
                .i(created)
                .t(&family.applicant)
                .end(),
        );
        families.push(family);
    }
    insert(
        db,
        "account",
        "id, email, password_hash, role, created_at, updated_at",
        &accounts,
    )
    .await?;
    insert(
        db,
        "school_member",
        "account_id, school_id, created_at",
        &members,
    )
    .await?;
    insert(
        db,
        "household",
        "id, account_id, benefit, benefit_reference, benefit_valid_from, benefit_valid_to, street, \
         postal_code, city, kommune_id, phone, contact_email, created_at, updated_at, applicant_name",
        &households,
    )
    .await?;
    counts.push(("account", accounts.len()));
    counts.push(("household", households.len()));
    steps.push(("accounts, households", started.elapsed()));

    // Children: one to three per family, at a school of their Kommune (some elsewhere).
    let started = Instant::now();
    let mut children = Vec::new();
    let mut child_rows = Vec::new();
    for (f, family) in families.iter().enumerate() {
        let n = rng.weighted(&[(1, 45), (2, 35), (3, 20)]);
        let local: Vec<usize> = (0..schools.len())
            .filter(|s| schools[*s].kommune == family.kommune)
            .collect();
        for _ in 0..n {
            let age = rng.range(6, 19);
            let birth = now - age * 365 * DAY - rng.range(0, 365) * DAY;
            let school = (!local.is_empty() && rng.percent(93)).then(|| *rng.pick(&local));
            let child = Child {
                id: rng.uuid(),
                family: f,
                first: rng.choose(&FIRST_NAMES),
                last: family.last_name,
                birth_date: iso_of(birth),
                school,
                grade: (age - 5).clamp(1, 13),
            };
            let created = now - rng.range(20, 1000) * DAY;
            child_rows.push(
                Values::new()
                    .t(&child.id)
                    .t(&family.household)
                    .t(child.first)
                    .t(child.last)
                    .t(&child.birth_date)
                    .ot(child.school.map(|s| schools[s].id.as_str()))
                    .ot(child.school.is_none().then_some("Berufskolleg Beckum"))
                    .t(&child.grade.to_string())
                    .i(created)
                    .i(created)
                    .end(),
            );
            children.push(child);
        }
    }
    insert(
        db,
        "child",
        "id, household_id, first_name, last_name, birth_date, school_id, school_name, grade, created_at, updated_at",
        &child_rows,
    )
    .await?;
    counts.push(("child", child_rows.len()));
    steps.push(("children", started.elapsed()));

    // Claims, and the school's confirmation of some Lernförderung claims.
    let started = Instant::now();
    let mut claims = Vec::with_capacity(CLAIMS);
    let mut confirmations = Vec::new();
    let mut sequence: HashMap<i32, i64> = HashMap::new();
    for _ in 0..CLAIMS {
        let child = &children[rng.below(children.len() as u64) as usize];
        let family = &families[child.family];
        let status = rng.weighted(&STATUS_WEIGHTS);
        let kind = if rng.percent(45) {
            BenefitKind::Lernfoerderung
        } else {
            BenefitKind::Teilhabe
        };
        let lern = kind == BenefitKind::Lernfoerderung;
        let id = rng.uuid();
        // Open claims are the backlog of the last half year; decided ones spread over two years.
        let submitted_at = match status {
            Status::Draft => None,
            Status::Submitted | Status::NeedsInfo => Some(now - rng.range(0, 180 * DAY)),
            _ => Some(now - rng.range(0, 730 * DAY)),
        };
        let created_at = submitted_at.unwrap_or(now) - rng.range(600, 14 * DAY);
        let updated_at = match (status, submitted_at) {
            (Status::Approved | Status::Rejected | Status::Withdrawn, Some(s)) => {
                (s + rng.range(DAY, 40 * DAY)).min(now)
            }
            (_, Some(s)) => s,
            (_, None) => created_at,
        };
        let reference = submitted_at.map(|s| {
            let year = year_of(s);
            let n = sequence.entry(year).or_insert(0);
            *n += 1;
            format!("BUT-{year}-{n:06}")
        });
        let subjects = [rng.choose(&SUBJECTS), rng.choose(&SUBJECTS)];
        let hours = rng.range(1, 4);
        let (activity, provider) = rng.choose(&ACTIVITIES);
        let details = if lern {
            serde_json::json!({
                "subjects": subjects,
                "hours_per_week": hours,
                "reason": "Versetzung gefährdet laut Halbjahreszeugnis",
                "consent": true,
            })
        } else {
            serde_json::json!({
                "activity": activity,
                "provider": format!("{provider} {}", family.postal_city),
                "monthly_cents": 1500,
                "from": iso_of(submitted_at.unwrap_or(now)),
            })
        };
        let snapshot = submitted_at.map(|s| {
            serde_json::json!({
                "household": {
                    "applicant_name": family.applicant,
                    "street": family.street,
                    "postal_city": family.postal_city,
                    "kommune": family.kommune,
                    "benefit": family.benefit,
                    "benefit_reference": "BG-00000000",
                    "benefit_valid_from": iso_of(s - 100 * DAY),
                    "benefit_valid_to": iso_of(s + 264 * DAY),
                },
                "child": {
                    "first_name": child.first,
                    "last_name": child.last,
                    "birth_date": child.birth_date,
                    "school": child.school.map(|i| schools[i].id.clone()),
                    "grade": child.grade,
                },
                "benefit": kind.as_str(),
                "answers": details,
                "submitted_at": s,
            })
            .to_string()
        });
        let period = (lern && submitted_at.is_some()).then(|| {
            let from = submitted_at.unwrap_or(now) + 14 * DAY;
            (iso_of(from), iso_of(from + 180 * DAY))
        });
        let site = (lern && !sites.is_empty() && rng.percent(8)).then(|| rng.pick(&sites).clone());
        let assigned =
            (status != Status::Draft && rng.percent(30)).then(|| rng.pick(&staff).clone());
        // The school has answered most decided Lernförderung claims, fewer open ones.
        let answered = match status {
            Status::Approved => 90,
            Status::Rejected => 70,
            Status::Submitted | Status::NeedsInfo => 45,
            Status::Withdrawn => 20,
            Status::Draft => 0,
        };
        let school_decision = (lern && submitted_at.is_some() && rng.percent(answered))
            .then(|| rng.percent(if status == Status::Rejected { 50 } else { 10 }));
        claims.push(
            Values::new()
                .t(&id)
                .ot(reference.as_deref())
                .t(&family.account)
                .t(&child.id)
                .t(kind.as_str())
                .t(status.as_str())
                .t(&details.to_string())
                .ot(snapshot.as_deref())
                .i(created_at)
                .i(updated_at)
                .oi(submitted_at)
                .oi(submitted_at.filter(|_| lern))
                .ot(site.as_deref())
                .ot(period.as_ref().map(|p| p.0.as_str()))
                .ot(period.as_ref().map(|p| p.1.as_str()))
                .ot(submitted_at.map(|_| family.kommune.as_str()))
                .ot(assigned.as_deref())
                .ot(school_decision.map(|d| if d { "declined" } else { "confirmed" }))
                .end(),
        );
        if let (Some(declined), Some(s)) = (school_decision, submitted_at) {
            let school = child.school.map_or_else(
                || rng.pick(&schools).account.clone(),
                |i| schools[i].account.clone(),
            );
            let (from, to) = period.clone().unwrap_or_default();
            let row = Values::new()
                .t(&id)
                .t(if declined { "declined" } else { "confirmed" });
            let row = if declined {
                row.null()
                    .null()
                    .null()
                    .null()
                    .t("Kein zusätzlicher Förderbedarf; schulisches Angebot reicht aus.")
            } else {
                row.t(&subjects.join(",")).i(hours).t(&from).t(&to).null()
            };
            confirmations.push(
                row.t(&school)
                    .i((s + rng.range(DAY, 10 * DAY)).min(now))
                    .end(),
            );
        }
    }
    insert(
        db,
        "claim",
        "id, reference, account_id, child_id, benefit, status, details, snapshot, created_at, updated_at, \
         submitted_at, school_consent_at, lernstandort_id, period_from, period_to, kommune_id, assigned_to, \
         school_decision",
        &claims,
    )
    .await?;
    steps.push(("claims", started.elapsed()));
    let started = Instant::now();
    insert(
        db,
        "school_confirmation",
        "claim_id, decision, subjects, hours_per_week, period_from, period_to, reason, decided_by, decided_at",
        &confirmations,
    )
    .await?;
    let mut years: Vec<(i32, i64)> = sequence.into_iter().collect();
    years.sort_unstable();
    let counters: Vec<String> = years
        .iter()
        .map(|(y, n)| Values::new().i(i64::from(*y)).i(*n).end())
        .collect();
    insert(db, "reference_counter", "year, last_value", &counters).await?;
    counts.push(("claim", claims.len()));
    counts.push(("school_confirmation", confirmations.len()));
    steps.push(("school confirmations", started.elapsed()));

    let started = Instant::now();
    if std::env::var("BENCH_ANALYZE").as_deref() != Ok("0") {
        let sql = match db.backend() {
            Backend::Sqlite => "analyze",
            Backend::Postgres => "vacuum (analyze)",
        };
        sqlx::raw_sql(sql).execute(db.pool()).await?;
        steps.push(("analyze", started.elapsed()));
    }
    Ok(Loaded {
        me: staff[0].clone(),
        counts,
        steps,
    })
}

fn config(database_url: String) -> Config {
    Config {
        database_url,
        db_max_connections: POOL_SIZE,
        bind_addr: "127.0.0.1:0".parse().expect("address"),
        public_url: String::new(),
        site_root: String::new(),
        max_body_bytes: 256 * 1024,
        max_upload_file_bytes: 10 * 1024 * 1024,
        max_upload_claim_bytes: 30 * 1024 * 1024,
        office_name: "Kommunales Jobcenter Kreis Warendorf".into(),
        office_department: "Team Bildung und Teilhabe".into(),
        office_street: "Waldenburger Straße 2".into(),
        office_postal_city: "48231 Warendorf".into(),
        office_phone: "02581 53-0".into(),
        office_email: "but@jobcenter.invalid".into(),
        office_hours: "Mo–Fr 8–12 Uhr".into(),
        log_format: "text".into(),
    }
}

/// The `q`-quantile of sorted `samples` in milliseconds (nearest rank).
fn quantile(sorted: &[Duration], q: f64) -> f64 {
    let rank = ((q * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len());
    sorted[rank - 1].as_secs_f64() * 1000.0
}

fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|s| s.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|_| "n/a".into())
}

/// The typical pages of the queue, as the staff page builds their filters.
fn filters(now: i64) -> Vec<(&'static str, QueueFilter)> {
    let submitted = QueueFilter {
        status: Some(Status::Submitted),
        ..QueueFilter::default()
    };
    vec![
        ("default: submitted, oldest first, p1", submitted.clone()),
        (
            "submitted + kommune (ahlen)",
            QueueFilter {
                kommune: Some("ahlen".into()),
                ..submitted.clone()
            },
        ),
        (
            "lernfoerderung + kommune (oelde) + submitted",
            QueueFilter {
                benefit: Some(BenefitKind::Lernfoerderung),
                kommune: Some("oelde".into()),
                ..submitted.clone()
            },
        ),
        (
            "assigned to me, submitted",
            QueueFilter {
                assigned: Assigned::Me,
                ..submitted.clone()
            },
        ),
        (
            "nobody assigned, submitted",
            QueueFilter {
                assigned: Assigned::Nobody,
                ..submitted.clone()
            },
        ),
        (
            "confirmation pending, submitted",
            QueueFilter {
                confirmation_pending: true,
                ..submitted.clone()
            },
        ),
        (
            "approved, newest first, p11",
            QueueFilter {
                status: Some(Status::Approved),
                newest_first: true,
                page: 10,
                ..QueueFilter::default()
            },
        ),
        (
            "date range 30 days, submitted",
            QueueFilter {
                submitted_from: Some(now - 30 * DAY),
                submitted_before: Some(now + DAY),
                ..submitted.clone()
            },
        ),
        (
            "date range 30 days, all statuses",
            QueueFilter {
                status: None,
                submitted_from: Some(now - 30 * DAY),
                submitted_before: Some(now + DAY),
                ..QueueFilter::default()
            },
        ),
        (
            "all statuses, oldest first, p1",
            QueueFilter {
                status: None,
                ..QueueFilter::default()
            },
        ),
        (
            "search: name 'müller', all statuses",
            QueueFilter {
                status: None,
                search: QueueSearch::parse("müller"),
                ..QueueFilter::default()
            },
        ),
        (
            "search: name 'ayşe schmidt', all statuses",
            QueueFilter {
                status: None,
                search: QueueSearch::parse("ayşe schmidt"),
                ..QueueFilter::default()
            },
        ),
        (
            "search: reference number, all statuses",
            QueueFilter {
                status: None,
                search: QueueSearch::parse(&format!("{}-000100", year_of(now))),
                ..QueueFilter::default()
            },
        ),
    ]
}

async fn bench(url: &str) -> Result<(), BoxError> {
    let runs: usize = std::env::var("BENCH_RUNS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(DEFAULT_RUNS);
    println!("load average before: {}", load_average());
    let started = Instant::now();
    let db = server::connect_and_migrate(&config(url.to_string())).await?;
    server::seed::seed_directory(&db)
        .await
        .map_err(|e| format!("seed: {e:?}"))?;
    let setup = started.elapsed();
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    let started = Instant::now();
    let loaded = load(&db, now).await?;
    let load_time = started.elapsed();
    db.pool().close().await;

    println!(
        "\nbackend: {:?}; migrate + seed directory {:.2} s",
        db.backend(),
        setup.as_secs_f64()
    );
    for (table, n) in &loaded.counts {
        println!("  {table:<20} {n:>7} rows");
    }
    for (step, d) in &loaded.steps {
        println!("  {step:<20} {:>7.2} s", d.as_secs_f64());
    }
    println!(
        "  {:<20} {:>7.2} s  (100,000 claims and everything they need)",
        "load total",
        load_time.as_secs_f64()
    );

    // A fresh pool, as after a server start, so every connection sees the statistics.
    let db = Db::connect(url, POOL_SIZE).await?;
    if let Ok(pragma) = std::env::var("BENCH_SQLITE_PRAGMA")
        && db.backend() == Backend::Sqlite
    {
        // On every connection of the pool, as `Db::connect` would set it.
        let mut conns = Vec::new();
        for _ in 0..POOL_SIZE {
            conns.push(db.pool().acquire().await?);
        }
        for conn in &mut conns {
            sqlx::raw_sql(&format!("pragma {pragma}"))
                .execute(&mut **conn)
                .await?;
        }
        println!("\nevery connection: pragma {pragma}");
    }
    let mut all = Vec::new();
    println!(
        "\nqueue(): page query + count query; {WARMUP_RUNS} warm-up runs, {runs} timed runs per filter\n"
    );
    println!(
        "{:<46} {:>5} {:>7} {:>8} {:>8} {:>8}",
        "filter", "rows", "total", "p50 ms", "p95 ms", "max ms"
    );
    for (name, filter) in filters(now) {
        for _ in 0..WARMUP_RUNS {
            queue(&db, &filter, &loaded.me).await?;
        }
        let mut samples = Vec::with_capacity(runs);
        let mut last = None;
        for _ in 0..runs {
            let t = Instant::now();
            let page = queue(&db, &filter, &loaded.me).await?;
            samples.push(t.elapsed());
            last = Some(page);
        }
        samples.sort_unstable();
        let (rows, total) = last.map_or((0, 0), |p| (p.rows.len(), p.total));
        let p95 = quantile(&samples, 0.95);
        println!(
            "{name:<46} {rows:>5} {total:>7} {:>8.2} {p95:>8.2} {:>8.2}{}",
            quantile(&samples, 0.5),
            quantile(&samples, 1.0),
            if p95 < 30.0 { "" } else { "  > 30 ms" }
        );
        all.extend(samples);
    }
    all.sort_unstable();
    println!(
        "{:<46} {:>5} {:>7} {:>8.2} {:>8.2} {:>8.2}",
        "overall",
        "",
        "",
        quantile(&all, 0.5),
        quantile(&all, 0.95),
        quantile(&all, 1.0)
    );
    db.pool().close().await;
    println!("\nload average after: {}", load_average());
    Ok(())
}

#[tokio::main]
async fn main() -> Result<(), BoxError> {
    let base = std::env::var("BENCH_DATABASE_URL")
        .ok()
        .filter(|u| !u.is_empty());
    match base {
        Some(base) if base.starts_with("postgres") => {
            let name = format!("but_bench_{}", uuid::Uuid::new_v4().simple());
            let mut conn = PgConnection::connect(&base).await?;
            sqlx::raw_sql(&format!("create database {name}"))
                .execute(&mut conn)
                .await?;
            let (server, _) = base.rsplit_once('/').ok_or("URL with a database name")?;
            let url = format!("{server}/{name}");
            println!("database: {url}");
            let result = bench(&url).await;
            if std::env::var("BENCH_KEEP").as_deref() == Ok("1") {
                println!("kept database {name}");
            } else {
                sqlx::raw_sql(&format!("drop database if exists {name} with (force)"))
                    .execute(&mut conn)
                    .await?;
            }
            conn.close().await?;
            result
        }
        Some(url) => bench(&url).await,
        None => {
            let dir = std::env::temp_dir().join("queue-bench");
            std::fs::create_dir_all(&dir)?;
            for file in ["portal.db", "portal.db-wal", "portal.db-shm"] {
                let path = dir.join(file);
                if path.exists() {
                    std::fs::remove_file(path)?;
                }
            }
            let url = format!("sqlite://{}/portal.db?mode=rwc", dir.display());
            println!("database: {url}");
            bench(&url).await
        }
    }
}
