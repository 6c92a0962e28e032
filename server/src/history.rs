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
        benefit::BenefitKind,
        claim::Status,
        household::{ChildInput, HouseholdInput},
        lernfoerderung::{LernfoerderungInput, default_period, monthly_cost},
        money::Cents,
        month::YearMonth,
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
/// The school of children not at a school of the directory.
const OTHER_SCHOOL: &str = "Berufskolleg Beckum";
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

/// The directory the history needs: schools by Kommune, approved Lernstandorte.
async fn directory(
    db: &Db,
) -> Result<(Vec<(String, String, String, String, String)>, Vec<Site>), BoxError> {
    let schools: Vec<(String, String, String, String, String)> = sqlx::query_as(
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
pub async fn load(db: &Db, now: i64, size: HistorySize, seed: u64) -> Result<History, BoxError> {
    let mut rng = Rng(seed);
    let mut steps = Vec::new();
    let mut counts = Vec::new();
    let (directory, mut sites) = directory(db).await?;
    let mut postal: HashMap<String, (String, String)> = HashMap::new();
    for (_, _, kommune, name, code) in &directory {
        postal.insert(kommune.clone(), (code.clone(), name.clone()));
    }
    // The Kommunen of the directory, weighted; one the weights do not know counts as 10.
    let mut others: Vec<&str> = postal
        .keys()
        .map(String::as_str)
        .filter(|k| !KOMMUNE_WEIGHTS.iter().any(|(w, _)| w == k))
        .collect();
    others.sort_unstable();
    let kommunen: Vec<(&str, u32)> = KOMMUNE_WEIGHTS
        .iter()
        .copied()
        .filter(|(k, _)| postal.contains_key(*k))
        .chain(others.into_iter().map(|k| (k, 10)))
        .collect();

    // Accounts: caseworkers, one per school, families.
    let started = Instant::now();
    let mut accounts = Vec::new();
    let account = |id: &str, email: &str, role: &str, created: i64| {
        Values::new()
            .t(id)
            .t(email)
            .t(PASSWORD_HASH)
            .t(role)
            .i(created)
            .i(created)
            .end()
    };
    let staff: Vec<String> = (0..(size.families / 2_000).clamp(3, 10))
        .map(|_| rng.uuid())
        .collect();
    for (i, id) in staff.iter().enumerate() {
        let created = now - rng.range(800, 1500) * DAY;
        accounts.push(account(
            id,
            &format!("sachbearbeitung-{i:02}@history.invalid"),
            "staff",
            created,
        ));
    }
    let mut schools = Vec::new();
    let mut members = Vec::new();
    for (i, (school, name, kommune, _, _)) in directory.iter().enumerate() {
        let id = rng.uuid();
        let created = now - rng.range(800, 1500) * DAY;
        accounts.push(account(
            &id,
            &format!("schulsozialarbeit-{i:02}@history.invalid"),
            "school",
            created,
        ));
        members.push(Values::new().t(&id).t(school).i(created).end());
        schools.push(School {
            id: school.clone(),
            name: name.clone(),
            kommune: kommune.clone(),
            account: id,
        });
    }
    let mut plan = kommune_plan(&mut rng, &kommunen, size.families).into_iter();
    let mut families = Vec::with_capacity(size.families);
    let mut family_created = Vec::with_capacity(size.families);
    let mut households = Vec::with_capacity(size.families);
    for i in 0..size.families {
        let id = rng.uuid();
        // Before the first claim of the history.
        let created = now - rng.range(HISTORY_DAYS + 10, 1200) * DAY;
        accounts.push(account(&id, &family_email(i), "family", created));
        let kommune = plan.next().unwrap_or_default();
        let last_name = rng.choose(&LAST_NAMES);
        let (postal_code, city) = postal.get(&kommune).cloned().unwrap_or_default();
        let family = Family {
            account: id,
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
        };
        let valid_from = now - rng.range(0, 330) * DAY;
        households.push(
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
                .i(created)
                .i(created)
                .t(&family.applicant)
                .end(),
        );
        families.push(family);
        family_created.push(created);
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
            let created = family_created[f] + rng.range(0, 7 * DAY);
            child_rows.push(
                Values::new()
                    .t(&child.id)
                    .t(&family.household)
                    .t(child.first)
                    .t(child.last)
                    .t(&child.birth_date)
                    .ot(child.school.map(|s| schools[s].id.as_str()))
                    .ot(child.school.is_none().then_some(OTHER_SCHOOL))
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

    // Claims with their questions, school confirmations, decisions and timelines.
    let started = Instant::now();
    let today = day_of(now);
    let mut generated: Vec<Generated> = Vec::with_capacity(size.claims);
    let mut out = Vec::with_capacity(size.claims);
    let mut decisions = Vec::new();
    let mut questions = Vec::new();
    let mut confirmations = Vec::new();
    let mut events = Vec::new();
    for _ in 0..size.claims {
        let c = rng.below(children.len() as u64) as usize;
        let child = &children[c];
        let family = &families[child.family];
        let status = if size.open_claims {
            rng.weighted(&STATUS_WEIGHTS)
        } else {
            rng.weighted(&CLOSED_WEIGHTS)
        };
        let kind = if rng.percent(45) {
            BenefitKind::Lernfoerderung
        } else {
            BenefitKind::Teilhabe
        };
        let lern = kind == BenefitKind::Lernfoerderung;
        let decided = matches!(status, Status::Approved | Status::Rejected);
        let id = rng.uuid();

        // When: the submission, and the first decision or the withdrawal.
        let (submitted_at, closed_at) = match status {
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
        };
        let created_at = submitted_at.unwrap_or(now) - rng.range(600, 14 * DAY);
        let applied = day_of(submitted_at.unwrap_or(created_at));

        // Lernförderung: the rest of the school half-year, at a Lernstandort of the child's
        // school or Kommune for some (13 % where there is one; 35 % of those approved for
        // today, so the sites are occupied; approved ones only while the site has room),
        // otherwise with a tutoring provider.
        let hours = rng.weighted(&[(1_i64, 25), (2, 50), (3, 15), (4, 10)]);
        let tutor = rng.choose(&TUTORS);
        let period = lern.then(|| default_period(applied));
        let mut site = None;
        if let Some((from, to)) = period
            && submitted_at.is_some()
        {
            let candidates: Vec<usize> = (0..sites.len())
                .filter(|s| {
                    child
                        .school
                        .is_some_and(|i| schools[i].id == sites[*s].school)
                        || sites[*s].kommune == family.kommune
                })
                .collect();
            let holds_place = status == Status::Approved && from <= today && to >= today;
            if !candidates.is_empty() && rng.percent(if holds_place { 35 } else { 13 }) {
                let pick = *rng.pick(&candidates);
                // Approved claims take places: only while the site has room.
                if status != Status::Approved || sites[pick].has_room(from, to) {
                    site = Some(pick);
                }
            }
        }
        let pool: Vec<String> = match site {
            Some(s) if !sites[s].subjects.is_empty() => sites[s].subjects.clone(),
            // Foreign languages from year 5.
            _ if child.grade < 5 => SUBJECTS[..2].iter().map(|s| s.to_string()).collect(),
            _ => SUBJECTS.iter().map(|s| s.to_string()).collect(),
        };
        let mut subjects = vec![rng.pick(&pool).clone()];
        let second = rng.pick(&pool).clone();
        if !subjects.contains(&second) && rng.percent(40) {
            subjects.push(second);
        }
        // Teilhabe: an activity from next month (or this one) for six to twelve months.
        let (activity, description, provider) = rng.choose(&ACTIVITIES);
        let fee = rng.choose(&FEES);
        let start = YearMonth::of(applied).plus_months(i32::from(rng.percent(60)));
        let end = start.plus_months(rng.range(5, 12) as i32);
        let rate = match site {
            Some(_) => HOURLY_MAX,
            None => tutor.2.min(HOURLY_MAX),
        };
        let payee = match site {
            Some(s) => sites[s].label.clone(),
            None if lern => tutor.0.to_string(),
            None => format!("{provider} {}", family.city),
        };
        let details = if lern {
            let (from, to) = period.unwrap_or((applied, applied));
            let external = |s: &str| {
                if site.is_some() {
                    String::new()
                } else {
                    s.to_string()
                }
            };
            serde_json::to_value(LernfoerderungInput {
                subjects: subjects.clone(),
                subject_other: String::new(),
                hours_per_week: hours.to_string(),
                period_from: iso(from),
                period_to: iso(to),
                place: if site.is_some() {
                    "lernstandort"
                } else {
                    "provider"
                }
                .into(),
                lernstandort_id: site.map(|s| sites[s].id.clone()).unwrap_or_default(),
                provider_name: external(tutor.0),
                provider_street: external(tutor.1),
                provider_postal_code: external(&family.postal_code),
                provider_city: external(&family.city),
                hourly_rate: external(&Cents(tutor.2).german()),
                reason: rng.choose(&LF_REASONS).into(),
            })?
        } else {
            serde_json::to_value(TeilhabeInput {
                activity: activity.into(),
                description: description.into(),
                provider_name: payee.clone(),
                provider_street: "Vereinsweg 1".into(),
                provider_postal_code: family.postal_code.clone(),
                provider_city: family.city.clone(),
                provider_contact: String::new(),
                provider_iban: String::new(),
                monthly_fee: Cents(fee).german(),
                start_month: start.iso(),
                end_month: end.iso(),
            })?
        };

        // The snapshot as submitted, with the underlying benefit valid then (long enough
        // for the whole Lernförderung period).
        let valid_from = applied - days(rng.range(10, 150));
        let valid_to = valid_from + days(364);
        let snapshot = submitted_at.map(|s| {
            let school = child.school.map(|i| &schools[i]);
            let mut snap = serde_json::json!({
                "benefit": kind,
                "household": HouseholdInput {
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
                "kommune": family.kommune_name,
                "child": ChildInput {
                    first_name: child.first.into(),
                    last_name: child.last.into(),
                    birth_date: child.birth_date.clone(),
                    school_id: school.map(|s| s.id.clone()).unwrap_or_default(),
                    school_name: if school.is_some() { String::new() } else { OTHER_SCHOOL.into() },
                    grade: child.grade.to_string(),
                },
                "school": school.map_or(OTHER_SCHOOL, |s| s.name.as_str()),
                "declaration_at": s,
                "consent_at": s,
                "lang": "de",
                "signed_consent_uploaded_by": null,
            });
            if lern {
                snap["lernfoerderung"] = details.clone();
                snap["lernstandort"] = serde_json::json!(site.map(|i| sites[i].label.clone()));
                snap["hourly_max_cents"] = serde_json::json!(HOURLY_MAX);
                snap["school_consent_at"] = serde_json::json!(s);
            } else {
                snap["teilhabe"] = details.clone();
                snap["covered_per_month_cents"] = serde_json::json!(TEILHABE_MONTHLY);
            }
            snap.to_string()
        });

        // Who decides, and how: a correction for about one in twenty decided claims — an
        // approval amended, a rejection overturned on objection, or the other way round.
        let mut assigned =
            (status != Status::Draft && rng.percent(30)).then(|| rng.pick(&staff).clone());
        let final_approval = status == Status::Approved;
        let corrected_at = closed_at
            .filter(|d| decided && now - d > 2 * DAY && rng.percent(5))
            .map(|d| d + rng.range(DAY, (now - d).min(60 * DAY)));
        let first_approval = match corrected_at {
            Some(_) if final_approval => rng.percent(50),
            Some(_) => rng.percent(30),
            None => final_approval,
        };
        let any_approval = decided && (first_approval || final_approval);
        // The school has answered every claim approved for Lernförderung, most others.
        let answered = match status {
            _ if any_approval => 100,
            Status::Rejected => 70,
            Status::Submitted | Status::NeedsInfo => 45,
            Status::Withdrawn => 20,
            _ => 0,
        };
        let school_decision =
            (lern && submitted_at.is_some() && rng.percent(answered)).then(|| {
                if !any_approval && rng.percent(if status == Status::Rejected { 50 } else { 10 }) {
                    "declined"
                } else {
                    "confirmed"
                }
            });

        let mut timeline = vec![Event {
            at: created_at,
            actor: family.account.clone(),
            from: None,
            to: Status::Draft,
            note: None,
        }];
        // A question for about one claim in four (every one waiting for information),
        // answered unless it still waits or was withdrawn.
        let mut question: Option<(i64, Option<i64>)> = None;
        if let Some(s) = submitted_at {
            timeline.push(Event {
                at: s,
                actor: family.account.clone(),
                from: Some(Status::Draft),
                to: Status::Submitted,
                note: None,
            });
            if status == Status::NeedsInfo || rng.percent(25) {
                let asker = assigned.clone().unwrap_or_else(|| rng.pick(&staff).clone());
                let (text, answer) = rng.choose(&QUESTIONS);
                let (asked_at, answered_at) = match (status, closed_at) {
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
                };
                questions.push(
                    Values::new()
                        .t(&rng.uuid())
                        .t(&id)
                        .t(&asker)
                        .i(asked_at)
                        .t(text)
                        .t(&iso(day_of(asked_at) + days(14)))
                        .ot(answered_at.map(|_| answer))
                        .ot(answered_at.map(|_| family.account.as_str()))
                        .oi(answered_at)
                        .end(),
                );
                timeline.push(Event {
                    at: asked_at,
                    actor: asker,
                    from: Some(Status::Submitted),
                    to: Status::NeedsInfo,
                    note: None,
                });
                if let Some(at) = answered_at {
                    timeline.push(Event {
                        at,
                        actor: family.account.clone(),
                        from: Some(Status::NeedsInfo),
                        to: Status::Submitted,
                        note: None,
                    });
                }
                question = Some((asked_at, answered_at));
            }
        }
        let waiting_at = |at: i64| {
            question.is_some_and(|(asked, answered)| asked <= at && answered.is_none_or(|a| at < a))
        };
        // The school's answer, before any decision.
        if let (Some(decision), Some(s)) = (school_decision, submitted_at) {
            let at = match closed_at {
                Some(c) => s + rng.range(HOUR, (c - s) * 9 / 10),
                None => s + rng.range(60, (now - s).min(10 * DAY)),
            };
            let school = child.school.map_or_else(
                || rng.pick(&schools).account.clone(),
                |i| schools[i].account.clone(),
            );
            let (from, to) = period.unwrap_or((applied, applied));
            let row = Values::new().t(&id).t(decision);
            let row = if decision == "declined" {
                row.null()
                    .null()
                    .null()
                    .null()
                    .t("Kein zusätzlicher Förderbedarf; schulisches Angebot reicht aus.")
            } else {
                row.t(&subjects.join(","))
                    .i(hours)
                    .t(&iso(from))
                    .t(&iso(to))
                    .null()
            };
            confirmations.push(row.t(&school).i(at).end());
            let during = if waiting_at(at) {
                Status::NeedsInfo
            } else {
                Status::Submitted
            };
            timeline.push(Event {
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
        // The decisions: the first one, and its correction.
        let mut in_force = None;
        let mut decision_id = None;
        if let (true, Some(first_at)) = (decided, closed_at) {
            let decider = assigned.clone().unwrap_or_else(|| rng.pick(&staff).clone());
            assigned = Some(decider.clone());
            let mut steps = vec![(first_approval, false, decider, first_at, None)];
            if let Some(at) = corrected_at {
                steps.push((
                    final_approval,
                    first_approval && final_approval,
                    rng.pick(&staff).clone(),
                    at,
                    Some(()),
                ));
            }
            let mut from = Status::Submitted;
            let mut previous: Option<String> = None;
            for (approve, amended, by, at, corrects) in steps {
                let did = rng.uuid();
                let to = if approve {
                    Status::Approved
                } else {
                    Status::Rejected
                };
                let row = Values::new()
                    .t(&did)
                    .t(&id)
                    .t(if approve { "approval" } else { "rejection" })
                    .ot(corrects.and(previous.as_deref()))
                    .t(&by)
                    .i(at);
                let row = if approve {
                    let (hours, approval) = if lern {
                        // An amendment grants an hour more.
                        let h = if amended { (hours + 1).min(4) } else { hours };
                        let (from, to) = period.unwrap_or((applied, applied));
                        (
                            Some(h),
                            approval_of(from, to, monthly_cost(h as u8, Cents(rate)).0),
                        )
                    } else {
                        // An amendment ends the activity earlier.
                        let end = if amended {
                            end.plus_months(-(rng.range(1, 3) as i32))
                        } else {
                            end
                        };
                        let to = last_day(end).min(valid_to);
                        (
                            None,
                            approval_of(start.first_day(), to, fee.min(TEILHABE_MONTHLY)),
                        )
                    };
                    let route = if rng.percent(if lern { 90 } else { 65 }) {
                        "direct"
                    } else {
                        "voucher"
                    };
                    in_force = Some(approval);
                    row.t(&iso(approval.period_from))
                        .t(&iso(approval.period_to))
                        .i(approval.monthly_cents)
                        .oi(hours)
                        .oi(lern.then_some(rate))
                        .t(&payee)
                        .t(route)
                        .null()
                        .null()
                        .i(approval.total_cents)
                } else {
                    in_force = None;
                    let code = if school_decision == Some("declined") {
                        if rng.percent(70) {
                            "no_need"
                        } else {
                            "school_offer"
                        }
                    } else if lern {
                        rng.weighted(&LF_REJECT_REASONS)
                    } else {
                        rng.weighted(&TEILHABE_REASONS)
                    };
                    let text = rng.percent(30).then(|| rng.choose(&REASON_TEXTS));
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
                };
                decisions.push(row.end());
                timeline.push(Event {
                    at,
                    actor: by,
                    from: Some(from),
                    to,
                    note: Some(match (corrects, approve) {
                        (Some(()), _) => "decision-correction",
                        (None, true) => "decision-approval",
                        (None, false) => "decision-rejection",
                    }),
                });
                from = to;
                previous = Some(did.clone());
                decision_id = Some(did);
            }
        }
        if let (Status::Withdrawn, Some(at)) = (status, closed_at) {
            timeline.push(Event {
                at,
                actor: family.account.clone(),
                from: Some(if waiting_at(at) {
                    Status::NeedsInfo
                } else {
                    Status::Submitted
                }),
                to: Status::Withdrawn,
                note: None,
            });
        }
        timeline.sort_by_key(|e| e.at);
        let updated_at = timeline.last().map_or(created_at, |e| e.at);
        for e in &timeline {
            events.push(
                Values::new()
                    .t(&id)
                    .i(e.at)
                    .t(&e.actor)
                    .ot(e.from.map(Status::as_str))
                    .t(e.to.as_str())
                    .ot(e.note)
                    .end(),
            );
        }
        if let (Some(s), Some((from, to)), true) = (site, period, final_approval) {
            sites[s].taken.push((from, to));
        }
        let approved = in_force.as_ref().map(|a| (a.period_from, a.period_to));
        out.push(HistoryClaim {
            id: id.clone(),
            child_id: child.id.clone(),
            kommune: family.kommune.clone(),
            benefit: kind,
            status,
            submitted_at,
            decided_at: closed_at.filter(|_| decided),
            asked: question.is_some(),
            approval: in_force,
            lernstandort: site.map(|s| sites[s].id.clone()),
        });
        generated.push(Generated {
            id,
            family: child.family,
            child: c,
            kind,
            status,
            created_at,
            updated_at,
            submitted_at,
            details: details.to_string(),
            snapshot,
            period: period.filter(|_| submitted_at.is_some()),
            site,
            assigned,
            school_decision,
            decision_id,
            decided_at: closed_at.filter(|_| decided),
            approved,
        });
    }

    // Reference numbers in the order of submission, after those the database has given.
    let counters: Vec<(i64, i64)> =
        sqlx::query_as("select year, last_value from reference_counter")
            .fetch_all(db.pool())
            .await?;
    let mut sequence: HashMap<i64, i64> = counters.into_iter().collect();
    let mut order: Vec<usize> = (0..generated.len())
        .filter(|i| generated[*i].submitted_at.is_some())
        .collect();
    order.sort_by_key(|i| (generated[*i].submitted_at, *i));
    let mut references = vec![None; generated.len()];
    let mut years = Vec::new();
    for i in order {
        let year = i64::from(day_of(generated[i].submitted_at.unwrap_or(now)).year());
        let n = sequence.entry(year).or_insert(0);
        *n += 1;
        references[i] = Some(format!("BUT-{year}-{n:06}"));
        if !years.contains(&year) {
            years.push(year);
        }
    }
    let claims: Vec<String> = generated
        .iter()
        .zip(&references)
        .map(|(g, reference)| {
            let family = &families[g.family];
            Values::new()
                .t(&g.id)
                .ot(reference.as_deref())
                .t(&family.account)
                .t(&children[g.child].id)
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
                .ot(g.site.map(|s| sites[s].id.as_str()))
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
        })
        .collect();
    insert(
        db,
        "claim",
        "id, reference, account_id, child_id, benefit, status, details, snapshot, created_at, updated_at, \
         submitted_at, school_consent_at, lernstandort_id, period_from, period_to, kommune_id, assigned_to, \
         school_decision, decision_id, decided_at, approved_from, approved_to",
        &claims,
    )
    .await?;
    years.sort_unstable();
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
    counts.push(("claim", claims.len()));
    steps.push(("claims", started.elapsed()));

    let started = Instant::now();
    insert(
        db,
        "decision",
        "id, claim_id, kind, corrects_id, decided_by, decided_at, period_from, period_to, monthly_cents, \
         hours_per_week, hourly_rate_cents, payee, payment_route, reason_code, reason_text, total_cents",
        &decisions,
    )
    .await?;
    insert(
        db,
        "claim_question",
        "id, claim_id, asked_by, asked_at, question, due_date, answer, answered_by, answered_at",
        &questions,
    )
    .await?;
    insert(
        db,
        "school_confirmation",
        "claim_id, decision, subjects, hours_per_week, period_from, period_to, reason, decided_by, decided_at",
        &confirmations,
    )
    .await?;
    counts.push(("decision", decisions.len()));
    counts.push(("claim_question", questions.len()));
    counts.push(("school_confirmation", confirmations.len()));
    steps.push(("decisions, questions, confirmations", started.elapsed()));

    let started = Instant::now();
    insert(
        db,
        "claim_event",
        "claim_id, at, actor_account_id, from_status, to_status, note",
        &events,
    )
    .await?;
    counts.push(("claim_event", events.len()));
    steps.push(("timelines", started.elapsed()));
    Ok(History {
        claims: out,
        staff,
        counts,
        steps,
    })
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
