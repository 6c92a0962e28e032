//! A synthetic history of the portal, bulk-loaded: families in the 13 Kommunen with their
//! households and children, and claims over the last two years — submitted, asked about,
//! confirmed or declined by the school, decided (a few decisions corrected later) or
//! withdrawn — with their timelines, for the benchmarks (`tests/examples/*_bench.rs`) and
//! the demo (`seed --demo`). Never written otherwise.
//!
//! The rows come from a fixed-seed generator relative to `now` — two loads on the same day
//! write the same rows; on another day the calendar (school half-years, months) shifts a
//! few — and go in as multi-row `INSERT`s in one transaction per table: 100,000 claims load
//! in 15–25 s. They are valid for the rest of the portal —
//! answers and snapshots in the shape the application forms write them, every decided claim
//! with its decision (`claim.decided_at` the first one, `claim.decision_id` the one in
//! force), Lernförderung approved only after the school confirmed the need and only while
//! the Lernstandort has places — except that history decisions have no PDF notices.
//!
//! The loader expects a migrated database whose directory is seeded
//! (`seed::seed_directory`: Kommunen, schools, approved Lernstandorte). Its accounts are
//! `…@history.invalid` (see [`family_email`]) and cannot log in; loading twice into the
//! same database collides on them.

use app::{
    db::{Backend, Db},
    domain::{
        answers::Answers,
        benefit::BenefitKind,
        claim::Status,
        household::{ChildInput, HouseholdInput},
        lernfoerderung::{LernfoerderungInput, default_period, monthly_cost},
        money::Cents,
        month::YearMonth,
        snapshot::{Applied, ClaimSnapshot},
        teilhabe::TeilhabeInput,
        text::iso,
    },
};
use std::{collections::HashMap, time::Instant};
use time::Date;

/// Errors of a load (database, or a directory that was not seeded).
pub type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// How much history to load.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HistorySize {
    /// Families (accounts with a household), each with one to three children.
    pub families: usize,
    /// Claims, spread over the families' children.
    pub claims: usize,
    /// Include open claims (submitted, needs_info, draft) — the backlog of the last half
    /// year; without them every claim is approved, rejected or withdrawn.
    pub open_claims: bool,
}

/// An approval as the history wrote it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HistoryApproval {
    pub period_from: Date,
    pub period_to: Date,
    pub monthly_cents: i64,
    /// `monthly_cents` × the calendar months the period touches (as
    /// `domain::decision::Approval::total`).
    pub total_cents: i64,
}

/// One claim of the history, with what the reports count.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HistoryClaim {
    pub id: String,
    pub child_id: String,
    /// The family's Kommune (`claim.kommune_id`; drafts leave the column empty).
    pub kommune: String,
    pub benefit: BenefitKind,
    pub status: Status,
    pub submitted_at: Option<i64>,
    /// The first decision (a correction keeps it).
    pub decided_at: Option<i64>,
    /// At least one question from the jobcenter.
    pub asked: bool,
    /// The approval in force (the correction's, if it corrected), if approved.
    pub approval: Option<HistoryApproval>,
    /// The Lernstandort of a Lernförderung claim.
    pub lernstandort: Option<String>,
}

/// What a load wrote.
#[derive(Debug, Clone)]
pub struct History {
    pub claims: Vec<HistoryClaim>,
    /// The caseworkers' account ids (they decided and asked).
    pub staff: Vec<String>,
    /// Rows per table.
    pub counts: Vec<(&'static str, usize)>,
    /// Time of each step of the load.
    pub steps: Vec<(&'static str, std::time::Duration)>,
}

/// The e-mail of the `n`-th family of a history (from 0).
pub fn family_email(n: usize) -> String {
    format!("familie-{n:05}@history.invalid")
}

/// Rows per multi-row `INSERT`.
const ROWS_PER_STATEMENT: usize = 2_000;
const HOUR: i64 = 3_600;
const DAY: i64 = 86_400;
/// Decided and withdrawn claims were submitted in the last two years, open ones in the
/// last half year.
const HISTORY_DAYS: i64 = 730;
const BACKLOG_DAYS: i64 = 180;
/// The amounts in force: Teilhabe per month, the Lernförderung hourly cap.
const TEILHABE_MONTHLY: i64 = 1_500;
const HOURLY_MAX: i64 = 2_000;
/// The typed school of a child in `grade` who is not at a school of the directory.
fn other_school(grade: i64) -> &'static str {
    match grade {
        ..=4 => "Grundschule Albersloh",
        5..=10 => "Realschule Sendenhorst",
        _ => "Berufskolleg Beckum",
    }
}
/// Not a hash of any password: the history's accounts cannot log in.
const PASSWORD_HASH: &str =
    "$argon2id$v=19$m=19456,t=2,p=1$YmVuY2htYXJr$bm90LWEtcmVhbC1oYXNoLWZvci1sb2dpbg";

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

/// Share of the claims per status (percent), with and without open claims.
const STATUS_WEIGHTS: [(Status, u32); 6] = [
    (Status::Submitted, 20),
    (Status::NeedsInfo, 5),
    (Status::Approved, 45),
    (Status::Rejected, 20),
    (Status::Withdrawn, 5),
    (Status::Draft, 5),
];
const CLOSED_WEIGHTS: [(Status, u32); 3] = [
    (Status::Approved, 45),
    (Status::Rejected, 20),
    (Status::Withdrawn, 5),
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
/// Teilhabe: (activity, description, provider).
const ACTIVITIES: [(&str, &str, &str); 6] = [
    ("sport", "Fußball, Jugendabteilung", "TuS 1919 e. V."),
    ("music", "Gitarrenunterricht", "Städtische Musikschule"),
    ("sport", "Schwimmkurs", "DLRG Ortsgruppe"),
    ("other", "Pfadfindergruppe", "DPSG Stamm St. Marien"),
    ("culture", "Kunstkurs", "Jugendkunstschule"),
    ("music", "Kinderchor", "Chorgemeinschaft Cäcilia"),
];
/// Teilhabe: monthly fees (cents).
const FEES: [i64; 7] = [900, 1_250, 1_500, 1_500, 1_800, 2_200, 2_800];
/// Lernförderung outside a Lernstandort: (provider, street, hourly rate in cents).
const TUTORS: [(&str, &str, i64); 4] = [
    ("Lernwerk Nachhilfe", "Bahnhofstraße 3", 1_800),
    ("Studienkreis", "Markt 7", 2_000),
    ("Schülerhilfe", "Oststraße 11", 2_400),
    ("Nachhilfe Sonnenschein", "Lindenweg 2", 1_500),
];
const LF_REASONS: [&str; 3] = [
    "Die Versetzung ist laut Halbjahreszeugnis gefährdet.",
    "Im Zeugnis mangelhaft; die Lehrerin empfiehlt Förderung.",
    "Große Lücken nach dem Schulwechsel.",
];
/// (question, answer).
const QUESTIONS: [(&str, &str); 4] = [
    (
        "Bitte reichen Sie den aktuellen Bewilligungsbescheid ein.",
        "Der Bescheid ist hochgeladen.",
    ),
    (
        "Bitte laden Sie das letzte Zeugnis hoch.",
        "Anbei das Halbjahreszeugnis.",
    ),
    (
        "Bitte senden Sie die Mitgliedsbescheinigung des Anbieters.",
        "Die Bescheinigung liegt bei.",
    ),
    (
        "Wie hoch ist der Beitrag laut Vertrag?",
        "Es sind die Kosten wie im Antrag angegeben.",
    ),
];
/// Rejection reasons (codes of the seeded text blocks) by benefit.
const TEILHABE_REASONS: [(&str, u32); 4] = [
    ("no_benefit", 30),
    ("age", 10),
    ("missing_documents", 35),
    ("other", 25),
];
const LF_REJECT_REASONS: [(&str, u32); 6] = [
    ("no_benefit", 20),
    ("age", 5),
    ("missing_documents", 30),
    ("school_offer", 15),
    ("no_need", 15),
    ("other", 15),
];
const REASON_TEXTS: [&str; 3] = [
    "Die angeforderten Unterlagen sind nicht eingegangen.",
    "Der Leistungsbezug endete vor Beginn des beantragten Zeitraums.",
    "Siehe unser Schreiben vom Vormonat.",
];

/// SplitMix64: a small deterministic generator, so every load writes the same data.
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

    /// Uniform in `from..to` (`from` if the range is empty).
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

    /// One of `items`, by value.
    fn choose<T: Copy>(&mut self, items: &[T]) -> T {
        *self.pick(items)
    }

    /// One of `items`, each as likely as its weight.
    fn weighted<T: Copy>(&mut self, items: &[(T, u32)]) -> T {
        let sum: u32 = items.iter().map(|(_, w)| w).sum();
        let mut n = self.below(u64::from(sum.max(1))) as u32;
        for (item, w) in items {
            if n < *w {
                return *item;
            }
            n -= w;
        }
        items[items.len() - 1].0
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

    /// Days a caseworker takes: mostly one to two weeks, some a month, a few two.
    fn processing(&mut self) -> i64 {
        match self.below(100) {
            0..60 => self.range(DAY, 14 * DAY),
            60..87 => self.range(14 * DAY, 30 * DAY),
            _ => self.range(30 * DAY, 60 * DAY),
        }
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

/// The columns the rows of each table are written in.
const ACCOUNT_COLUMNS: &str = "id, email, password_hash, role, created_at, updated_at";
const MEMBER_COLUMNS: &str = "account_id, school_id, created_at";
const HOUSEHOLD_COLUMNS: &str = "id, account_id, benefit, benefit_reference, benefit_valid_from, \
     benefit_valid_to, street, postal_code, city, kommune_id, phone, contact_email, created_at, \
     updated_at, applicant_name";
const CHILD_COLUMNS: &str = "id, household_id, first_name, last_name, birth_date, school_id, \
     school_name, grade, created_at, updated_at";
const CLAIM_COLUMNS: &str = "id, reference, account_id, child_id, benefit, status, details, \
     snapshot, created_at, updated_at, submitted_at, school_consent_at, lernstandort_id, \
     period_from, period_to, kommune_id, assigned_to, school_decision, decision_id, decided_at, \
     approved_from, approved_to";
const DECISION_COLUMNS: &str = "id, claim_id, kind, corrects_id, decided_by, decided_at, \
     period_from, period_to, monthly_cents, hours_per_week, hourly_rate_cents, payee, \
     payment_route, reason_code, reason_text, total_cents";
const QUESTION_COLUMNS: &str = "id, claim_id, asked_by, asked_at, question, due_date, answer, \
     answered_by, answered_at";
const CONFIRMATION_COLUMNS: &str = "claim_id, decision, subjects, hours_per_week, period_from, \
     period_to, reason, decided_by, decided_at";
const EVENT_COLUMNS: &str = "claim_id, at, actor_account_id, from_status, to_status, note";

/// Updates the planner's statistics after a load: `ANALYZE` (PostgreSQL: `VACUUM
/// (ANALYZE)`, which autovacuum would do anyway after such a load).
pub async fn analyze(db: &Db) -> Result<(), sqlx::Error> {
    let sql = match db.backend() {
        Backend::Sqlite => "analyze",
        Backend::Postgres => "vacuum (analyze)",
    };
    sqlx::raw_sql(sql).execute(db.writer()).await?;
    Ok(())
}

/// The UTC day of a unix time.
fn day_of(unix: i64) -> Date {
    time::OffsetDateTime::from_unix_timestamp(unix)
        .map(|t| t.date())
        .unwrap_or(Date::MIN)
}

fn iso_of(unix: i64) -> String {
    iso(day_of(unix))
}

fn last_day(m: YearMonth) -> Date {
    let next = m.plus_months(1).first_day();
    next.previous_day().unwrap_or(next)
}

fn days(n: i64) -> time::Duration {
    time::Duration::days(n)
}

struct School {
    id: String,
    name: String,
    kommune: String,
    /// The school's account (school social work), who confirms Lernförderung.
    account: String,
}

struct Site {
    id: String,
    school: String,
    kommune: String,
    /// As the application shows it: `School (Kommune) – place`.
    label: String,
    subjects: Vec<String>,
    /// Approved claims the history lets overlap at any time: half the places, so a
    /// family can still choose the site.
    cap: usize,
    taken: Vec<(Date, Date)>,
}

impl Site {
    fn has_room(&self, from: Date, to: Date) -> bool {
        self.taken
            .iter()
            .filter(|(f, t)| *f <= to && *t >= from)
            .count()
            < self.cap
    }
}

struct Family {
    account: String,
    /// When the account was registered.
    created: i64,
    household: String,
    kommune: String,
    kommune_name: String,
    applicant: String,
    last_name: &'static str,
    street: String,
    postal_code: String,
    city: String,
    phone: Option<&'static str>,
    benefit: &'static str,
    reference: String,
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

/// One entry of a claim's timeline.
struct Event {
    at: i64,
    actor: String,
    from: Option<Status>,
    to: Status,
    note: Option<&'static str>,
}

/// A claim before its reference number is known (numbers follow the submissions).
struct Generated {
    id: String,
    family: usize,
    child: usize,
    kind: BenefitKind,
    status: Status,
    created_at: i64,
    updated_at: i64,
    submitted_at: Option<i64>,
    details: String,
    snapshot: Option<String>,
    period: Option<(Date, Date)>,
    site: Option<usize>,
    assigned: Option<String>,
    school_decision: Option<&'static str>,
    decision_id: Option<String>,
    decided_at: Option<i64>,
    /// The period of the approval in force (`claim.approved_from` / `approved_to`).
    approved: Option<(Date, Date)>,
}

/// A school of the directory: id, name, Kommune, the Kommune's name, postal code.
type DirectorySchool = (String, String, String, String, String);

/// The directory the history needs: schools by Kommune, approved Lernstandorte.
async fn directory(db: &Db) -> Result<(Vec<DirectorySchool>, Vec<Site>), BoxError> {
    let schools: Vec<DirectorySchool> = sqlx::query_as(
        "select s.id, s.name, s.kommune_id, k.name, s.postal_code from school s join kommune k on k.id = s.kommune_id \
         order by s.kommune_id, s.name",
    )
    .fetch_all(db.pool())
    .await?;
    if schools.is_empty() {
        return Err("no schools: seed the directory first (seed::seed_directory)".into());
    }
    let rows: Vec<(String, i64, String, String, String, String, String)> = sqlx::query_as(
        "select l.id, l.places, l.place, l.subjects, s.id, s.kommune_id, s.name || ' (' || k.name || ')' \
         from lernstandort l join school s on s.id = l.school_id join kommune k on k.id = s.kommune_id \
         where l.status = 'approved' order by l.id",
    )
    .fetch_all(db.pool())
    .await?;
    let sites = rows
        .into_iter()
        .map(
            |(id, places, place, subjects, school, kommune, school_label)| Site {
                id,
                school,
                kommune,
                label: format!("{school_label} – {place}"),
                subjects: subjects
                    .split(',')
                    .filter(|s| !s.is_empty())
                    .map(str::to_string)
                    .collect(),
                cap: usize::try_from(places / 2).unwrap_or(0).max(1),
                taken: Vec::new(),
            },
        )
        .collect();
    Ok((schools, sites))
}

/// Loads a history of `size` into `db` (migrated, directory seeded), relative to `now`
/// (unix seconds), generated from `seed`. Does not `ANALYZE` (see [`analyze`]).
///
/// The sections — accounts and households, children, claims (with their questions,
/// school answers, decisions and timelines) — draw in turn from one seeded generator:
/// their order is part of the data.
pub async fn load(db: &Db, now: i64, size: HistorySize, seed: u64) -> Result<History, BoxError> {
    let (directory, sites) = directory(db).await?;
    let mut generator = Generator::new(seed, now, size, sites);
    let mut tally = Tally::default();

    let started = Instant::now();
    let people = generator.people(&directory);
    people.insert(db).await?;
    tally.step(
        "accounts, households",
        started,
        &[
            ("account", people.accounts.len()),
            ("household", people.households.len()),
        ],
    );

    let started = Instant::now();
    let children = generator.children();
    insert(db, "child", CHILD_COLUMNS, &children).await?;
    tally.step("children", started, &[("child", children.len())]);

    // Claims with their questions, school confirmations, decisions and timelines.
    let started = Instant::now();
    let mut rows = ClaimRows::with_capacity(size.claims);
    for _ in 0..size.claims {
        generator.claim(&mut rows)?;
    }
    let claims = generator.write_claims(db, &rows.generated).await?;
    tally.step("claims", started, &[("claim", claims)]);

    let started = Instant::now();
    rows.insert_decisions(db).await?;
    tally.step(
        "decisions, questions, confirmations",
        started,
        &[
            ("decision", rows.decisions.len()),
            ("claim_question", rows.questions.len()),
            ("school_confirmation", rows.confirmations.len()),
        ],
    );

    let started = Instant::now();
    insert(db, "claim_event", EVENT_COLUMNS, &rows.events).await?;
    tally.step("timelines", started, &[("claim_event", rows.events.len())]);
    Ok(History {
        claims: rows.out,
        staff: generator.staff,
        counts: tally.counts,
        steps: tally.steps,
    })
}

/// Rows per table and time per step of a load, in the order written.
#[derive(Default)]
struct Tally {
    counts: Vec<(&'static str, usize)>,
    steps: Vec<(&'static str, std::time::Duration)>,
}

impl Tally {
    /// Notes `step`, begun at `started`, and the rows it wrote per table.
    fn step(&mut self, step: &'static str, started: Instant, tables: &[(&'static str, usize)]) {
        self.counts.extend_from_slice(tables);
        self.steps.push((step, started.elapsed()));
    }
}

/// The rows of the accounts section.
struct People {
    /// Caseworkers, school social workers, families.
    accounts: Vec<String>,
    /// The school social workers' schools.
    members: Vec<String>,
    households: Vec<String>,
}

impl People {
    /// Writes the accounts, the school members and the households.
    async fn insert(&self, db: &Db) -> Result<(), sqlx::Error> {
        insert(db, "account", ACCOUNT_COLUMNS, &self.accounts).await?;
        insert(db, "school_member", MEMBER_COLUMNS, &self.members).await?;
        insert(db, "household", HOUSEHOLD_COLUMNS, &self.households).await
    }
}

/// What the claims section writes: the rows of the claims' questions, school answers,
/// decisions and timelines, and the claims themselves (numbered and written afterwards).
struct ClaimRows {
    decisions: Vec<String>,
    questions: Vec<String>,
    confirmations: Vec<String>,
    events: Vec<String>,
    /// The claims as the reports count them.
    out: Vec<HistoryClaim>,
    generated: Vec<Generated>,
}

impl ClaimRows {
    /// No rows yet, room for `claims` claims.
    fn with_capacity(claims: usize) -> ClaimRows {
        ClaimRows {
            decisions: Vec::new(),
            questions: Vec::new(),
            confirmations: Vec::new(),
            events: Vec::new(),
            out: Vec::with_capacity(claims),
            generated: Vec::with_capacity(claims),
        }
    }

    /// Writes the decisions, the jobcenter's questions and the schools' answers.
    async fn insert_decisions(&self, db: &Db) -> Result<(), sqlx::Error> {
        insert(db, "decision", DECISION_COLUMNS, &self.decisions).await?;
        insert(db, "claim_question", QUESTION_COLUMNS, &self.questions).await?;
        insert(
            db,
            "school_confirmation",
            CONFIRMATION_COLUMNS,
            &self.confirmations,
        )
        .await
    }
}

/// What a claim is drawn with first: whose, which benefit, which status, and when.
struct Basics {
    id: String,
    child: usize,
    /// The child's family.
    family: usize,
    kind: BenefitKind,
    status: Status,
    /// Not for drafts.
    submitted_at: Option<i64>,
    /// The first decision, or the withdrawal.
    closed_at: Option<i64>,
    created_at: i64,
    /// The day of the submission (of a draft: its creation).
    applied: Date,
}

impl Basics {
    /// A Lernförderung claim (not Teilhabe).
    fn lern(&self) -> bool {
        self.kind == BenefitKind::Lernfoerderung
    }

    /// Approved or rejected (possibly after a correction).
    fn decided(&self) -> bool {
        matches!(self.status, Status::Approved | Status::Rejected)
    }
}

/// What a claim applies for. Both benefits' parts are drawn for every claim, so the draws
/// stay in step; the claim's kind decides which is used.
struct Offer {
    /// Lernförderung: hours per week, the tutoring provider (name, street, hourly rate),
    /// the period, the Lernstandort, the subjects.
    hours: i64,
    tutor: (&'static str, &'static str, i64),
    period: Option<(Date, Date)>,
    site: Option<usize>,
    subjects: Vec<String>,
    /// Teilhabe: (activity, description, provider), the monthly fee, the months.
    activity: (&'static str, &'static str, &'static str),
    fee: i64,
    start: YearMonth,
    end: YearMonth,
    /// The hourly rate a Lernförderung approval pays.
    rate: i64,
    /// Whom an approval pays.
    payee: String,
}

/// How a claim's handling goes: the caseworker assigned, whether its first decision
/// approves, whether that is corrected (when), and the school's answer on Lernförderung.
struct Course {
    assigned: Option<String>,
    corrected_at: Option<i64>,
    first_approval: bool,
    school_decision: Option<&'static str>,
}

/// A claim as it is generated, section by section.
struct Claim {
    basics: Basics,
    offer: Offer,
    course: Course,
    /// The answers of the application form (`claim.details`).
    details: Answers,
    snapshot: Option<String>,
    /// The end of the underlying benefit in the snapshot (Teilhabe approvals end there).
    valid_to: Date,
    timeline: Vec<Event>,
    /// The jobcenter's question: asked when, answered when.
    question: Option<(i64, Option<i64>)>,
    /// The approval in force, and the decision in force.
    in_force: Option<HistoryApproval>,
    decision_id: Option<String>,
}

impl Claim {
    /// The status at `at` of a submitted claim: waiting for an answer to the question, or
    /// submitted.
    fn status_at(&self, at: i64) -> Status {
        let waiting = self
            .question
            .is_some_and(|(asked, answered)| asked <= at && answered.is_none_or(|a| at < a));
        if waiting {
            Status::NeedsInfo
        } else {
            Status::Submitted
        }
    }
}

/// The generator's state between the sections of a load: the seeded [`Rng`], the time of
/// the load, and what earlier sections made for later ones.
struct Generator {
    rng: Rng,
    now: i64,
    size: HistorySize,
    /// The caseworkers' account ids.
    staff: Vec<String>,
    schools: Vec<School>,
    sites: Vec<Site>,
    families: Vec<Family>,
    children: Vec<Child>,
}

impl Generator {
    /// A generator from `seed`, for a load at `now` with the approved Lernstandorte `sites`.
    fn new(seed: u64, now: i64, size: HistorySize, sites: Vec<Site>) -> Generator {
        Generator {
            rng: Rng(seed),
            now,
            size,
            staff: Vec::new(),
            schools: Vec::new(),
            sites,
            families: Vec::with_capacity(size.families),
            children: Vec::new(),
        }
    }

    /// Accounts: the caseworkers, one school social worker per school of the directory,
    /// and the families with their households, in the Kommunen by their weight.
    fn people(&mut self, directory: &[DirectorySchool]) -> People {
        let postal: HashMap<String, (String, String)> = directory
            .iter()
            .map(|(_, _, kommune, name, code)| (kommune.clone(), (code.clone(), name.clone())))
            .collect();
        let kommunen = kommune_weights(&postal);
        let mut accounts = self.staff_accounts();
        let members = self.school_accounts(directory, &mut accounts);
        let plan = kommune_plan(&mut self.rng, &kommunen, self.size.families);
        let households = self.family_accounts(plan, &postal, &mut accounts);
        People {
            accounts,
            members,
            households,
        }
    }

    /// The caseworkers (one per 2,000 families, three to ten): their account rows.
    fn staff_accounts(&mut self) -> Vec<String> {
        self.staff = (0..(self.size.families / 2_000).clamp(3, 10))
            .map(|_| self.rng.uuid())
            .collect();
        let mut accounts = Vec::new();
        for (i, id) in self.staff.iter().enumerate() {
            let created = self.now - self.rng.range(800, 1500) * DAY;
            accounts.push(account_row(
                id,
                &format!("sachbearbeitung-{i:02}@history.invalid"),
                "staff",
                created,
            ));
        }
        accounts
    }

    /// One school social worker (who confirms Lernförderung) per school of the directory:
    /// adds their accounts to `accounts`, returns their `school_member` rows.
    fn school_accounts(
        &mut self,
        directory: &[DirectorySchool],
        accounts: &mut Vec<String>,
    ) -> Vec<String> {
        let mut members = Vec::new();
        for (i, (school, name, kommune, _, _)) in directory.iter().enumerate() {
            let id = self.rng.uuid();
            let created = self.now - self.rng.range(800, 1500) * DAY;
            accounts.push(account_row(
                &id,
                &format!("schulsozialarbeit-{i:02}@history.invalid"),
                "school",
                created,
            ));
            members.push(Values::new().t(&id).t(school).i(created).end());
            self.schools.push(School {
                id: school.clone(),
                name: name.clone(),
                kommune: kommune.clone(),
                account: id,
            });
        }
        members
    }

    /// The families, one per Kommune of `plan`, registered before the first claim of the
    /// history: adds their accounts to `accounts`, returns their household rows.
    fn family_accounts(
        &mut self,
        plan: Vec<String>,
        postal: &HashMap<String, (String, String)>,
        accounts: &mut Vec<String>,
    ) -> Vec<String> {
        let mut plan = plan.into_iter();
        let mut households = Vec::with_capacity(self.size.families);
        for i in 0..self.size.families {
            let id = self.rng.uuid();
            let created = self.now - self.rng.range(HISTORY_DAYS + 10, 1200) * DAY;
            accounts.push(account_row(&id, &family_email(i), "family", created));
            let kommune = plan.next().unwrap_or_default();
            let family = self.family(id, created, kommune, postal);
            let valid_from = self.now - self.rng.range(0, 330) * DAY;
            households.push(household_row(&family, valid_from));
            self.families.push(family);
        }
        households
    }

    /// The family of `account` in `kommune`: the applicant, the address, a phone number for
    /// most, and the underlying benefit with its reference.
    fn family(
        &mut self,
        account: String,
        created: i64,
        kommune: String,
        postal: &HashMap<String, (String, String)>,
    ) -> Family {
        let rng = &mut self.rng;
        let last_name = rng.choose(&LAST_NAMES);
        let (postal_code, city) = postal.get(&kommune).cloned().unwrap_or_default();
        Family {
            account,
            created,
            household: rng.uuid(),
            applicant: format!("{} {last_name}", rng.pick(&FIRST_NAMES)),
            last_name,
            street: format!("{} {}", rng.pick(&STREETS), rng.range(1, 120)),
            kommune_name: city.clone(),
            postal_code,
            city,
            phone: rng.percent(60).then_some("02382 123456"),
            benefit: rng.weighted(&UNDERLYING),
            reference: format!("BG-{:08}", rng.below(100_000_000)),
            kommune,
        }
    }

    /// Children: one to three per family, at a school of their Kommune (some elsewhere),
    /// entered in the first week after the family registered; returns their rows.
    fn children(&mut self) -> Vec<String> {
        let mut rows = Vec::new();
        for f in 0..self.families.len() {
            let n = self.rng.weighted(&[(1, 45), (2, 35), (3, 20)]);
            let local: Vec<usize> = (0..self.schools.len())
                .filter(|s| self.schools[*s].kommune == self.families[f].kommune)
                .collect();
            for _ in 0..n {
                let child = self.child(f, &local);
                let created = self.families[f].created + self.rng.range(0, 7 * DAY);
                rows.push(self.child_row(&child, created));
                self.children.push(child);
            }
        }
        rows
    }

    /// A child of `family`, 6 to 18 years old, mostly at one of the `local` schools that
    /// teaches its grade: a Grundschule for grades 1 to 4, another school from grade 5.
    fn child(&mut self, family: usize, local: &[usize]) -> Child {
        let age = self.rng.range(6, 19);
        let birth = self.now - age * 365 * DAY - self.rng.range(0, 365) * DAY;
        let grade = (age - 5).clamp(1, 13);
        let fitting: Vec<usize> = local
            .iter()
            .copied()
            .filter(|s| self.schools[*s].name.contains("Grundschule") == (grade <= 4))
            .collect();
        let school =
            (!fitting.is_empty() && self.rng.percent(93)).then(|| *self.rng.pick(&fitting));
        Child {
            id: self.rng.uuid(),
            family,
            first: self.rng.choose(&FIRST_NAMES),
            last: self.families[family].last_name,
            birth_date: iso_of(birth),
            school,
            grade,
        }
    }

    /// The `child` row of `child`.
    fn child_row(&self, child: &Child, created: i64) -> String {
        Values::new()
            .t(&child.id)
            .t(&self.families[child.family].household)
            .t(child.first)
            .t(child.last)
            .t(&child.birth_date)
            .ot(child.school.map(|s| self.schools[s].id.as_str()))
            .ot(child.school.is_none().then_some(other_school(child.grade)))
            .t(&child.grade.to_string())
            .i(created)
            .i(created)
            .end()
    }

    /// One claim with its questions, school answer, decisions and timeline, into `rows`.
    fn claim(&mut self, rows: &mut ClaimRows) -> Result<(), BoxError> {
        let basics = self.basics();
        let offer = self.offer(&basics);
        let details = self.details(&basics, &offer);
        // The snapshot as submitted, with the underlying benefit valid then (long enough
        // for the whole Lernförderung period).
        let valid_from = basics.applied - days(self.rng.range(10, 150));
        let valid_to = valid_from + days(364);
        let snapshot = self.snapshot(&basics, &offer, &details, (valid_from, valid_to));
        let course = self.course(&basics);
        let created = Event {
            at: basics.created_at,
            actor: self.families[basics.family].account.clone(),
            from: None,
            to: Status::Draft,
            note: None,
        };
        let mut claim = Claim {
            basics,
            offer,
            course,
            details,
            snapshot,
            valid_to,
            timeline: vec![created],
            question: None,
            in_force: None,
            decision_id: None,
        };
        self.question(&mut claim, rows);
        self.school_answer(&mut claim, rows);
        self.decisions(&mut claim, rows);
        self.finish(claim, rows);
        Ok(())
    }

    /// Draws a claim: a child, the status and the benefit, and when the claim was created,
    /// submitted and closed.
    fn basics(&mut self) -> Basics {
        let child = self.rng.below(self.children.len() as u64) as usize;
        let status = if self.size.open_claims {
            self.rng.weighted(&STATUS_WEIGHTS)
        } else {
            self.rng.weighted(&CLOSED_WEIGHTS)
        };
        let kind = if self.rng.percent(45) {
            BenefitKind::Lernfoerderung
        } else {
            BenefitKind::Teilhabe
        };
        let id = self.rng.uuid();
        let (submitted_at, closed_at) = self.dates(status);
        let created_at = submitted_at.unwrap_or(self.now) - self.rng.range(600, 14 * DAY);
        Basics {
            id,
            child,
            family: self.children[child].family,
            kind,
            status,
            submitted_at,
            closed_at,
            created_at,
            applied: day_of(submitted_at.unwrap_or(created_at)),
        }
    }

    /// When a claim of `status` was submitted (open ones in the last half year, the others
    /// in the last two years), and when decided (after the caseworker's processing time)
    /// or withdrawn.
    fn dates(&mut self, status: Status) -> (Option<i64>, Option<i64>) {
        let (now, rng) = (self.now, &mut self.rng);
        match status {
            Status::Draft => (None, None),
            Status::Submitted | Status::NeedsInfo => {
                (Some(now - rng.range(2 * HOUR, BACKLOG_DAYS * DAY)), None)
            }
            Status::Approved | Status::Rejected => {
                let p = rng.processing();
                let s = now - rng.range(p + HOUR, HISTORY_DAYS * DAY);
                (Some(s), Some(s + p))
            }
            Status::Withdrawn => {
                let w = rng.range(DAY, 40 * DAY);
                let s = now - rng.range(w + HOUR, HISTORY_DAYS * DAY);
                (Some(s), Some(s + w))
            }
        }
    }

    /// What the claim applies for. Lernförderung: the rest of the school half-year, at a
    /// Lernstandort (see [`Generator::site`]) or with a tutoring provider. Teilhabe: an
    /// activity from next month (or this one) for six to twelve months.
    fn offer(&mut self, b: &Basics) -> Offer {
        let hours = self.rng.weighted(&[(1_i64, 25), (2, 50), (3, 15), (4, 10)]);
        let tutor = self.rng.choose(&TUTORS);
        let period = b.lern().then(|| default_period(b.applied));
        let site = match period {
            Some(period) if b.submitted_at.is_some() => self.site(b, period),
            _ => None,
        };
        let subjects = self.subjects(b.child, site);
        let activity = self.rng.choose(&ACTIVITIES);
        let fee = self.rng.choose(&FEES);
        let start = YearMonth::of(b.applied).plus_months(i32::from(self.rng.percent(60)));
        let end = start.plus_months(self.rng.range(5, 12) as i32);
        let rate = match site {
            Some(_) => HOURLY_MAX,
            None => tutor.2.min(HOURLY_MAX),
        };
        let payee = match site {
            Some(s) => self.sites[s].label.clone(),
            None if b.lern() => tutor.0.to_string(),
            None => format!("{} {}", activity.2, self.families[b.family].city),
        };
        Offer {
            hours,
            tutor,
            period,
            site,
            subjects,
            activity,
            fee,
            start,
            end,
            rate,
            payee,
        }
    }

    /// The Lernstandort of a submitted Lernförderung claim for `period`, one of the child's
    /// school or Kommune: for 13 % where there is one, 35 % of those approved for today (so
    /// the sites are occupied); approved claims take places, only while the site has room.
    fn site(&mut self, b: &Basics, (from, to): (Date, Date)) -> Option<usize> {
        let school = self.children[b.child].school;
        let kommune = &self.families[b.family].kommune;
        let candidates: Vec<usize> = (0..self.sites.len())
            .filter(|s| {
                school.is_some_and(|i| self.schools[i].id == self.sites[*s].school)
                    || self.sites[*s].kommune == *kommune
            })
            .collect();
        let today = day_of(self.now);
        let holds_place = b.status == Status::Approved && from <= today && to >= today;
        if candidates.is_empty() || !self.rng.percent(if holds_place { 35 } else { 13 }) {
            return None;
        }
        let pick = *self.rng.pick(&candidates);
        (b.status != Status::Approved || self.sites[pick].has_room(from, to)).then_some(pick)
    }

    /// One or two subjects: of the Lernstandort, or any (foreign languages from year 5).
    fn subjects(&mut self, child: usize, site: Option<usize>) -> Vec<String> {
        let pool: Vec<String> = match site {
            Some(s) if !self.sites[s].subjects.is_empty() => self.sites[s].subjects.clone(),
            _ if self.children[child].grade < 5 => {
                SUBJECTS[..2].iter().map(|s| s.to_string()).collect()
            }
            _ => SUBJECTS.iter().map(|s| s.to_string()).collect(),
        };
        let mut subjects = vec![self.rng.pick(&pool).clone()];
        let second = self.rng.pick(&pool).clone();
        if !subjects.contains(&second) && self.rng.percent(40) {
            subjects.push(second);
        }
        subjects
    }

    /// The answers of the application form (`claim.details`), as the forms write them.
    fn details(&mut self, b: &Basics, o: &Offer) -> Answers {
        let family = &self.families[b.family];
        if !b.lern() {
            let (activity, description, _) = o.activity;
            return Answers::Teilhabe(TeilhabeInput {
                activity: activity.into(),
                description: description.into(),
                provider_name: o.payee.clone(),
                provider_street: "Vereinsweg 1".into(),
                provider_postal_code: family.postal_code.clone(),
                provider_city: family.city.clone(),
                provider_contact: String::new(),
                provider_iban: String::new(),
                monthly_fee: Cents(o.fee).german(),
                start_month: o.start.iso(),
                end_month: o.end.iso(),
            });
        }
        let (from, to) = o.period.unwrap_or((b.applied, b.applied));
        let external = |s: &str| {
            if o.site.is_some() {
                String::new()
            } else {
                s.to_string()
            }
        };
        Answers::Lernfoerderung(LernfoerderungInput {
            subjects: o.subjects.clone(),
            subject_other: String::new(),
            hours_per_week: o.hours.to_string(),
            period_from: iso(from),
            period_to: iso(to),
            place: if o.site.is_some() {
                "lernstandort"
            } else {
                "provider"
            }
            .into(),
            lernstandort_id: o.site.map(|s| self.sites[s].id.clone()).unwrap_or_default(),
            provider_name: external(o.tutor.0),
            provider_street: external(o.tutor.1),
            provider_postal_code: external(&family.postal_code),
            provider_city: external(&family.city),
            hourly_rate: external(&Cents(o.tutor.2).german()),
            reason: self.rng.choose(&LF_REASONS).into(),
        })
    }

    /// The snapshot of a submitted claim as the application writes it on submission, with
    /// the underlying benefit `valid` (from, to) then.
    fn snapshot(
        &self,
        b: &Basics,
        o: &Offer,
        details: &Answers,
        (valid_from, valid_to): (Date, Date),
    ) -> Option<String> {
        let (kind, site) = (b.kind, o.site);
        let child = &self.children[b.child];
        let family = &self.families[b.family];
        let sites = &self.sites;
        b.submitted_at.map(|s| {
            let school = child.school.map(|i| &self.schools[i]);
            let applied = match details {
                Answers::Lernfoerderung(input) => Applied::Lernfoerderung {
                    lernfoerderung: input.clone(),
                    lernstandort: site.map(|i| sites[i].label.clone()),
                    hourly_max_cents: Some(HOURLY_MAX),
                    school_consent_at: s,
                },
                Answers::Teilhabe(input) => Applied::Teilhabe {
                    teilhabe: input.clone(),
                    covered_per_month_cents: Some(TEILHABE_MONTHLY),
                },
            };
            ClaimSnapshot {
                benefit: kind,
                household: HouseholdInput {
                    applicant_name: family.applicant.clone(),
                    benefit: family.benefit.into(),
                    benefit_reference: family.reference.clone(),
                    benefit_valid_from: iso(valid_from),
                    benefit_valid_to: iso(valid_to),
                    street: family.street.clone(),
                    postal_code: family.postal_code.clone(),
                    city: family.city.clone(),
                    kommune: family.kommune.clone(),
                    phone: family.phone.unwrap_or_default().into(),
                    contact_email: String::new(),
                    preferred_lang: "de".into(),
                },
                kommune: family.kommune_name.to_string(),
                child: ChildInput {
                    first_name: child.first.into(),
                    last_name: child.last.into(),
                    birth_date: child.birth_date.clone(),
                    school_id: school.map(|s| s.id.clone()).unwrap_or_default(),
                    school_name: if school.is_some() {
                        String::new()
                    } else {
                        other_school(child.grade).into()
                    },
                    grade: child.grade.to_string(),
                },
                school: school
                    .map_or(other_school(child.grade), |s| s.name.as_str())
                    .to_string(),
                declaration_at: s,
                consent_at: s,
                lang: "de".into(),
                signed_consent_uploaded_by: None,
                applied,
            }
            .to_json()
        })
    }

    /// Who decides, and how: a caseworker assigned for some; a correction for about one in
    /// twenty decided claims — an approval amended, a rejection overturned on objection, or
    /// the other way round; and the school's answer on Lernförderung, given for every
    /// claim approved at some point and for most others.
    fn course(&mut self, b: &Basics) -> Course {
        let (now, rng) = (self.now, &mut self.rng);
        let assigned =
            (b.status != Status::Draft && rng.percent(30)).then(|| rng.pick(&self.staff).clone());
        let final_approval = b.status == Status::Approved;
        let corrected_at = b
            .closed_at
            .filter(|d| b.decided() && now - d > 2 * DAY && rng.percent(5))
            .map(|d| d + rng.range(DAY, (now - d).min(60 * DAY)));
        let first_approval = match corrected_at {
            Some(_) if final_approval => rng.percent(50),
            Some(_) => rng.percent(30),
            None => final_approval,
        };
        let any_approval = b.decided() && (first_approval || final_approval);
        let answered = match b.status {
            _ if any_approval => 100,
            Status::Rejected => 70,
            Status::Submitted | Status::NeedsInfo => 45,
            Status::Withdrawn => 20,
            _ => 0,
        };
        let school_decision =
            (b.lern() && b.submitted_at.is_some() && rng.percent(answered)).then(|| {
                if !any_approval && rng.percent(if b.status == Status::Rejected { 50 } else { 10 })
                {
                    "declined"
                } else {
                    "confirmed"
                }
            });
        Course {
            assigned,
            corrected_at,
            first_approval,
            school_decision,
        }
    }

    /// The submission, and a question for about one claim in four (every one waiting for
    /// information), answered unless it still waits or was withdrawn.
    fn question(&mut self, claim: &mut Claim, rows: &mut ClaimRows) {
        let b = &claim.basics;
        let Some(s) = b.submitted_at else {
            return;
        };
        let family = self.families[b.family].account.clone();
        claim.timeline.push(Event {
            at: s,
            actor: family.clone(),
            from: Some(Status::Draft),
            to: Status::Submitted,
            note: None,
        });
        if b.status != Status::NeedsInfo && !self.rng.percent(25) {
            return;
        }
        let asker =
            (claim.course.assigned.clone()).unwrap_or_else(|| self.rng.pick(&self.staff).clone());
        let (text, answer) = self.rng.choose(&QUESTIONS);
        let (asked_at, answered_at) = self.question_times(b, s);
        rows.questions.push(
            Values::new()
                .t(&self.rng.uuid())
                .t(&b.id)
                .t(&asker)
                .i(asked_at)
                .t(text)
                .t(&iso(day_of(asked_at) + days(14)))
                .ot(answered_at.map(|_| answer))
                .ot(answered_at.map(|_| family.as_str()))
                .oi(answered_at)
                .end(),
        );
        claim.timeline.push(Event {
            at: asked_at,
            actor: asker,
            from: Some(Status::Submitted),
            to: Status::NeedsInfo,
            note: None,
        });
        if let Some(at) = answered_at {
            claim.timeline.push(Event {
                at,
                actor: family,
                from: Some(Status::NeedsInfo),
                to: Status::Submitted,
                note: None,
            });
        }
        claim.question = Some((asked_at, answered_at));
    }

    /// When the question on a claim submitted at `s` was asked and answered: within the
    /// first two fifths of the processing each, not answered while the claim waits or when
    /// it was withdrawn.
    fn question_times(&mut self, b: &Basics, s: i64) -> (i64, Option<i64>) {
        let (now, rng) = (self.now, &mut self.rng);
        match (b.status, b.closed_at) {
            (Status::NeedsInfo, _) => (s + rng.range(60, (now - s) / 2), None),
            (Status::Withdrawn, Some(w)) => (s + rng.range(HOUR, (w - s) / 2), None),
            (_, Some(d)) => {
                let a = s + rng.range(HOUR, (d - s) * 2 / 5);
                (a, Some(a + rng.range(HOUR, (d - s) * 2 / 5)))
            }
            (_, None) => {
                let a = s + rng.range(60, (now - s) / 3);
                (a, Some(a + rng.range(60, (now - s) / 3)))
            }
        }
    }

    /// The school's answer on a Lernförderung claim, before any decision, by the social
    /// worker of the child's school (or of any school): the need confirmed with the
    /// subjects, hours and period, or declined.
    fn school_answer(&mut self, claim: &mut Claim, rows: &mut ClaimRows) {
        let (b, o) = (&claim.basics, &claim.offer);
        let (Some(decision), Some(s)) = (claim.course.school_decision, b.submitted_at) else {
            return;
        };
        let at = match b.closed_at {
            Some(c) => s + self.rng.range(HOUR, (c - s) * 9 / 10),
            None => s + self.rng.range(60, (self.now - s).min(10 * DAY)),
        };
        let school = self.children[b.child].school.map_or_else(
            || self.rng.pick(&self.schools).account.clone(),
            |i| self.schools[i].account.clone(),
        );
        let (from, to) = o.period.unwrap_or((b.applied, b.applied));
        let row = Values::new().t(&b.id).t(decision);
        let row = if decision == "declined" {
            row.null()
                .null()
                .null()
                .null()
                .t("Kein zusätzlicher Förderbedarf; schulisches Angebot reicht aus.")
        } else {
            row.t(&o.subjects.join(","))
                .i(o.hours)
                .t(&iso(from))
                .t(&iso(to))
                .null()
        };
        rows.confirmations.push(row.t(&school).i(at).end());
        let during = claim.status_at(at);
        claim.timeline.push(Event {
            at,
            actor: school,
            from: Some(during),
            to: during,
            note: Some(if decision == "declined" {
                "school-declined"
            } else {
                "school-confirmed"
            }),
        });
    }

    /// The decisions of a decided claim: the first one by the caseworker assigned (or any,
    /// who is assigned from then on), and its correction by any caseworker.
    fn decisions(&mut self, claim: &mut Claim, rows: &mut ClaimRows) {
        let (true, Some(first_at)) = (claim.basics.decided(), claim.basics.closed_at) else {
            return;
        };
        let decider =
            (claim.course.assigned.clone()).unwrap_or_else(|| self.rng.pick(&self.staff).clone());
        claim.course.assigned = Some(decider.clone());
        let (first, last) = (
            claim.course.first_approval,
            claim.basics.status == Status::Approved,
        );
        // (approves, amends an approval, by, at, corrects)
        let mut steps = vec![(first, false, decider, first_at, false)];
        if let Some(at) = claim.course.corrected_at {
            let by = self.rng.pick(&self.staff).clone();
            steps.push((last, first && last, by, at, true));
        }
        let mut from = Status::Submitted;
        for (approve, amended, by, at, corrects) in steps {
            let id = self.rng.uuid();
            let row = Values::new()
                .t(&id)
                .t(&claim.basics.id)
                .t(if approve { "approval" } else { "rejection" })
                .ot(claim.decision_id.as_deref().filter(|_| corrects))
                .t(&by)
                .i(at);
            let row = if approve {
                self.approval(claim, amended, row)
            } else {
                self.rejection(claim, row)
            };
            rows.decisions.push(row.end());
            let to = if approve {
                Status::Approved
            } else {
                Status::Rejected
            };
            claim.timeline.push(Event {
                at,
                actor: by,
                from: Some(from),
                to,
                note: Some(match (corrects, approve) {
                    (true, _) => "decision-correction",
                    (false, true) => "decision-approval",
                    (false, false) => "decision-rejection",
                }),
            });
            from = to;
            claim.decision_id = Some(id);
        }
    }

    /// The approval columns of a decision, which is then the approval in force: a
    /// Lernförderung for its period (an amendment grants an hour more), a Teilhabe for the
    /// activity's months while the underlying benefit lasts (an amendment ends it earlier);
    /// paid directly to the provider for most, by voucher for some.
    fn approval(&mut self, claim: &mut Claim, amended: bool, row: Values) -> Values {
        let (b, o) = (&claim.basics, &claim.offer);
        let (hours, approval) = if b.lern() {
            let h = if amended {
                (o.hours + 1).min(4)
            } else {
                o.hours
            };
            let (from, to) = o.period.unwrap_or((b.applied, b.applied));
            (
                Some(h),
                approval_of(from, to, monthly_cost(h as u8, Cents(o.rate)).0),
            )
        } else {
            let end = if amended {
                o.end.plus_months(-(self.rng.range(1, 3) as i32))
            } else {
                o.end
            };
            let to = last_day(end).min(claim.valid_to);
            (
                None,
                approval_of(o.start.first_day(), to, o.fee.min(TEILHABE_MONTHLY)),
            )
        };
        let route = if self.rng.percent(if b.lern() { 90 } else { 65 }) {
            "direct"
        } else {
            "voucher"
        };
        let row = row
            .t(&iso(approval.period_from))
            .t(&iso(approval.period_to))
            .i(approval.monthly_cents)
            .oi(hours)
            .oi(b.lern().then_some(o.rate))
            .t(&o.payee)
            .t(route)
            .null()
            .null()
            .i(approval.total_cents);
        claim.in_force = Some(approval);
        row
    }

    /// The rejection columns of a decision, after which no approval is in force: the
    /// reason (where the school declined: no need, or the school's own offer), and for
    /// some a text of the caseworker's.
    fn rejection(&mut self, claim: &mut Claim, row: Values) -> Values {
        claim.in_force = None;
        let code = if claim.course.school_decision == Some("declined") {
            if self.rng.percent(70) {
                "no_need"
            } else {
                "school_offer"
            }
        } else if claim.basics.lern() {
            self.rng.weighted(&LF_REJECT_REASONS)
        } else {
            self.rng.weighted(&TEILHABE_REASONS)
        };
        let text = self.rng.percent(30).then(|| self.rng.choose(&REASON_TEXTS));
        row.null()
            .null()
            .null()
            .null()
            .null()
            .null()
            .null()
            .t(code)
            .ot(text)
            .null()
    }

    /// Ends a claim: the withdrawal closes the timeline of a withdrawn one, the timeline
    /// goes into `rows` in order, an approved Lernförderung takes its place at the
    /// Lernstandort, and the claim is kept for numbering and for the reports.
    fn finish(&mut self, mut claim: Claim, rows: &mut ClaimRows) {
        let b = &claim.basics;
        if let (Status::Withdrawn, Some(at)) = (b.status, b.closed_at) {
            let from = claim.status_at(at);
            claim.timeline.push(Event {
                at,
                actor: self.families[b.family].account.clone(),
                from: Some(from),
                to: Status::Withdrawn,
                note: None,
            });
        }
        claim.timeline.sort_by_key(|e| e.at);
        for e in &claim.timeline {
            rows.events.push(
                Values::new()
                    .t(&b.id)
                    .i(e.at)
                    .t(&e.actor)
                    .ot(e.from.map(Status::as_str))
                    .t(e.to.as_str())
                    .ot(e.note)
                    .end(),
            );
        }
        let o = &claim.offer;
        if let (Some(s), Some(period), Status::Approved) = (o.site, o.period, b.status) {
            self.sites[s].taken.push(period);
        }
        rows.out.push(HistoryClaim {
            id: b.id.clone(),
            child_id: self.children[b.child].id.clone(),
            kommune: self.families[b.family].kommune.clone(),
            benefit: b.kind,
            status: b.status,
            submitted_at: b.submitted_at,
            decided_at: b.closed_at.filter(|_| b.decided()),
            asked: claim.question.is_some(),
            approval: claim.in_force,
            lernstandort: o.site.map(|s| self.sites[s].id.clone()),
        });
        rows.generated.push(Generated::of(claim));
    }

    /// Numbers the claims in the order of submission, after the numbers the database has
    /// given, and writes them with the counters; returns how many there are.
    async fn write_claims(&self, db: &Db, generated: &[Generated]) -> Result<usize, BoxError> {
        let counters: Vec<(i64, i64)> =
            sqlx::query_as("select year, last_value from reference_counter")
                .fetch_all(db.pool())
                .await?;
        let mut sequence: HashMap<i64, i64> = counters.into_iter().collect();
        let (references, years) = number(generated, &mut sequence);
        let claims: Vec<String> = generated
            .iter()
            .zip(&references)
            .map(|(g, reference)| self.claim_row(g, reference.as_deref()))
            .collect();
        insert(db, "claim", CLAIM_COLUMNS, &claims).await?;
        if !years.is_empty() {
            let rows: Vec<String> = years
                .iter()
                .map(|y| Values::new().i(*y).i(sequence[y]).end())
                .collect();
            sqlx::raw_sql(&format!(
                "insert into reference_counter (year, last_value) values {} \
                 on conflict (year) do update set last_value = excluded.last_value",
                rows.join(", ")
            ))
            .execute(db.writer())
            .await?;
        }
        Ok(claims.len())
    }

    /// The `claim` row of `g`, numbered `reference`.
    fn claim_row(&self, g: &Generated, reference: Option<&str>) -> String {
        let family = &self.families[g.family];
        Values::new()
            .t(&g.id)
            .ot(reference)
            .t(&family.account)
            .t(&self.children[g.child].id)
            .t(g.kind.as_str())
            .t(g.status.as_str())
            .t(&g.details)
            .ot(g.snapshot.as_deref())
            .i(g.created_at)
            .i(g.updated_at)
            .oi(g.submitted_at)
            .oi(g
                .submitted_at
                .filter(|_| g.kind == BenefitKind::Lernfoerderung))
            .ot(g.site.map(|s| self.sites[s].id.as_str()))
            .ot(g.period.map(|p| iso(p.0)).as_deref())
            .ot(g.period.map(|p| iso(p.1)).as_deref())
            .ot(g.submitted_at.map(|_| family.kommune.as_str()))
            .ot(g.assigned.as_deref())
            .ot(g.school_decision)
            .ot(g.decision_id.as_deref())
            .oi(g.decided_at)
            .ot(g.approved.map(|p| iso(p.0)).as_deref())
            .ot(g.approved.map(|p| iso(p.1)).as_deref())
            .end()
    }
}

impl Generated {
    /// A finished claim, to be numbered and written.
    fn of(claim: Claim) -> Generated {
        let Claim {
            basics: b,
            offer,
            course,
            details,
            snapshot,
            timeline,
            in_force,
            decision_id,
            ..
        } = claim;
        let decided = b.decided();
        Generated {
            updated_at: timeline.last().map_or(b.created_at, |e| e.at),
            id: b.id,
            family: b.family,
            child: b.child,
            kind: b.kind,
            status: b.status,
            created_at: b.created_at,
            submitted_at: b.submitted_at,
            details: details.to_json(),
            snapshot,
            period: offer.period.filter(|_| b.submitted_at.is_some()),
            site: offer.site,
            assigned: course.assigned,
            school_decision: course.school_decision,
            decision_id,
            decided_at: b.closed_at.filter(|_| decided),
            approved: in_force.map(|a| (a.period_from, a.period_to)),
        }
    }
}

/// Reference numbers `BUT-<year>-<n>` in the order of submission (drafts have none),
/// continuing `sequence` (the last number per year, advanced here); returns the numbers
/// and the years that got one, in order.
fn number(
    generated: &[Generated],
    sequence: &mut HashMap<i64, i64>,
) -> (Vec<Option<String>>, Vec<i64>) {
    let mut order: Vec<(i64, usize)> = generated
        .iter()
        .enumerate()
        .filter_map(|(i, g)| g.submitted_at.map(|s| (s, i)))
        .collect();
    order.sort_unstable();
    let mut references = vec![None; generated.len()];
    let mut years = Vec::new();
    for (submitted_at, i) in order {
        let year = i64::from(day_of(submitted_at).year());
        let n = sequence.entry(year).or_insert(0);
        *n += 1;
        references[i] = Some(format!("BUT-{year}-{n:06}"));
        if !years.contains(&year) {
            years.push(year);
        }
    }
    years.sort_unstable();
    (references, years)
}

/// The Kommunen of the directory (`postal`: postal code and name by Kommune), weighted;
/// one the weights do not know counts as 10.
fn kommune_weights(postal: &HashMap<String, (String, String)>) -> Vec<(&str, u32)> {
    let mut others: Vec<&str> = postal
        .keys()
        .map(String::as_str)
        .filter(|k| !KOMMUNE_WEIGHTS.iter().any(|(w, _)| w == k))
        .collect();
    others.sort_unstable();
    KOMMUNE_WEIGHTS
        .iter()
        .copied()
        .filter(|(k, _)| postal.contains_key(*k))
        .chain(others.into_iter().map(|k| (k, 10)))
        .collect()
}

/// An `account` row; the history's accounts cannot log in.
fn account_row(id: &str, email: &str, role: &str, created: i64) -> String {
    Values::new()
        .t(id)
        .t(email)
        .t(PASSWORD_HASH)
        .t(role)
        .i(created)
        .i(created)
        .end()
}

/// The `household` row of `family`, its underlying benefit valid for a year from
/// `valid_from`.
fn household_row(family: &Family, valid_from: i64) -> String {
    Values::new()
        .t(&family.household)
        .t(&family.account)
        .t(family.benefit)
        .t(&family.reference)
        .t(&iso_of(valid_from))
        .t(&iso_of(valid_from + 364 * DAY))
        .t(&family.street)
        .t(&family.postal_code)
        .t(&family.city)
        .t(&family.kommune)
        .ot(family.phone)
        .ot(None)
        .i(family.created)
        .i(family.created)
        .t(&family.applicant)
        .end()
}

/// The Kommune of each of `n` families, in proportion to the weights (largest remainder,
/// so even a small history has every Kommune in its share), in random order.
fn kommune_plan(rng: &mut Rng, kommunen: &[(&str, u32)], n: usize) -> Vec<String> {
    let total: usize = kommunen
        .iter()
        .map(|(_, w)| *w as usize)
        .sum::<usize>()
        .max(1);
    let mut shares: Vec<(usize, usize, &str)> = kommunen
        .iter()
        .map(|(k, w)| (n * *w as usize / total, n * *w as usize % total, *k))
        .collect();
    let missing = n - shares.iter().map(|s| s.0).sum::<usize>();
    let mut by_remainder: Vec<usize> = (0..shares.len()).collect();
    by_remainder.sort_by_key(|i| std::cmp::Reverse(shares[*i].1));
    for i in by_remainder.into_iter().take(missing) {
        shares[i].0 += 1;
    }
    let mut plan: Vec<String> = shares
        .iter()
        .flat_map(|(count, _, k)| std::iter::repeat_n(k.to_string(), *count))
        .collect();
    // Fisher–Yates.
    for i in (1..plan.len()).rev() {
        let j = rng.below(i as u64 + 1) as usize;
        plan.swap(i, j);
    }
    plan
}

/// An approval of `monthly` cents from `from` to `to`, with its whole amount.
fn approval_of(from: Date, to: Date, monthly: i64) -> HistoryApproval {
    HistoryApproval {
        period_from: from,
        period_to: to,
        monthly_cents: monthly,
        total_cents: monthly * i64::from(YearMonth::of(from).months_through(YearMonth::of(to))),
    }
}
