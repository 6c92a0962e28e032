//! Demo data: the 13 Kommunen of the Kreis Warendorf, schools in each, and one account per
//! role, the demo families, two years of history for the reports, and the eligible children
//! per Kommune. Only ever written by `seed --demo` / `serve --demo`; running it twice changes
//! nothing.

use crate::history::{self, HistorySize};
use app::{
    api::{
        claim::{Given, submit_answers},
        staff::{approval_limits, issue_decision, rejection_outcome},
    },
    db::{
        Db, account, claim,
        decision::{self, StaffClaim},
        household, kommune, lernstandort, question, report, school_calendar, site_operator,
    },
    domain::decision::{ApprovalInput, Rejection, parse_approval},
    domain::{
        account::{Email, NewPassword, Role},
        answers::Answers,
        benefit::BenefitKind,
        household::{ChildInput, HouseholdInput},
        ids::{AccountId, ChildId, ClaimId, KommuneId},
        lang::Lang,
        lernfoerderung::{LernfoerderungInput, default_period},
        lernstandort::{SiteInput, SiteStatus},
        month::YearMonth,
        school_days::{SchoolCalendar, SchoolYear, parse_days_off},
        site_operator::{Operator, OperatorInput},
        teilhabe::TeilhabeInput,
        text::iso,
        text_block::TextBlockKind,
    },
    error::AppError,
    notice::{Office, Outcome, parts_of},
};

/// Password of all demo accounts (listed in the README).
pub const DEMO_PASSWORD: &str = "demo-passwort";

/// The demo accounts, one per role.
pub const DEMO_ACCOUNTS: [(&str, Role); 4] = [
    ("familie@demo.invalid", Role::Family),
    ("schule@demo.invalid", Role::School),
    ("sachbearbeitung@demo.invalid", Role::Staff),
    ("admin@demo.invalid", Role::Admin),
];

/// The schools the demo school account works for.
const DEMO_WORKER_SCHOOLS: [&str; 2] = ["Gesamtschule Ahlen", "Lambertus-Grundschule Ahlen"];

/// (slug, name, postal code) of the 13 Kommunen (seed-but-excerpt.md § D).
const KOMMUNEN: [(&str, &str, &str); 13] = [
    ("ahlen", "Ahlen", "59227"),
    ("beckum", "Beckum", "59269"),
    ("beelen", "Beelen", "48361"),
    ("drensteinfurt", "Drensteinfurt", "48317"),
    ("ennigerloh", "Ennigerloh", "59320"),
    ("everswinkel", "Everswinkel", "48351"),
    ("oelde", "Oelde", "59302"),
    ("ostbevern", "Ostbevern", "48346"),
    ("sassenberg", "Sassenberg", "48336"),
    ("sendenhorst", "Sendenhorst", "48324"),
    ("telgte", "Telgte", "48291"),
    ("wadersloh", "Wadersloh", "59329"),
    ("warendorf", "Warendorf", "48231"),
];

/// Demo schools per Kommune: (type, name pattern, street). `{}` is the Kommune's name.
const SCHOOLS: [(&str, &str, &str); 4] = [
    ("Grundschule", "Lambertus-Grundschule {}", "Kirchplatz 4"),
    (
        "Grundschule",
        "Grundschule am Mühlenbach {}",
        "Mühlenweg 12",
    ),
    ("Gesamtschule", "Gesamtschule {}", "Schulstraße 20"),
    ("Gymnasium", "Städtisches Gymnasium {}", "Am Stadtpark 1"),
];

/// Approved demo Lernstandorte: (school, place, subjects, grades, schedule, places).
const SITES: [(&str, &str, &str, &str, &str, i64); 6] = [
    (
        "Gesamtschule Ahlen",
        "Raum B 104",
        "deutsch,mathematik,englisch",
        "5-10",
        "Mo und Mi 14:00–15:30",
        12,
    ),
    (
        "Lambertus-Grundschule Ahlen",
        "Bücherei im Altbau",
        "deutsch,mathematik,sachunterricht",
        "2-4",
        "Di und Do 12:30–13:30",
        8,
    ),
    (
        "Städtisches Gymnasium Beckum",
        "Raum 2.11",
        "mathematik,englisch,franzoesisch,latein",
        "5-9",
        "Di 14:00–16:00",
        10,
    ),
    (
        "Gesamtschule Oelde",
        "Lernbüro, Erdgeschoss",
        "deutsch,mathematik,englisch,naturwissenschaften",
        "5-10",
        "Mo–Do 13:45–15:15",
        16,
    ),
    (
        "Grundschule am Mühlenbach Warendorf",
        "OGS-Raum 3",
        "deutsch,mathematik",
        "1-4",
        "Mi 12:00–13:30",
        6,
    ),
    (
        "Gesamtschule Telgte",
        "Raum A 012",
        "mathematik,englisch",
        "7-10",
        "Do 14:00–15:30",
        10,
    ),
];

/// The days off school in NRW (holidays and public holidays on weekdays) of the school
/// years 2025/26 and 2026/27, as an admin enters them (`/admin/schulkalender`). Demo data:
/// check against the Schulministerium's calendar before real use.
const SCHOOL_CALENDAR: [(i32, &str); 2] = [
    (
        2025,
        "Tag der Deutschen Einheit; 03.10.2025
Herbstferien; 13.10.2025; 25.10.2025
Weihnachtsferien; 22.12.2025; 06.01.2026
Osterferien; 30.03.2026; 11.04.2026
Tag der Arbeit; 01.05.2026
Christi Himmelfahrt; 14.05.2026
Pfingstmontag; 25.05.2026
Pfingstferien; 26.05.2026
Fronleichnam; 04.06.2026
Sommerferien; 20.07.2026; 01.09.2026",
    ),
    (
        2026,
        "Herbstferien; 17.10.2026; 31.10.2026
Weihnachtsferien; 23.12.2026; 06.01.2027
Osterferien; 22.03.2027; 03.04.2027
Christi Himmelfahrt; 06.05.2027
Pfingstmontag; 17.05.2027
Pfingstferien; 18.05.2027
Fronleichnam; 27.05.2027
Sommerferien; 19.07.2027; 31.08.2027",
    ),
];

/// The demo's school calendar, unless an admin has maintained the year already.
async fn seed_school_calendar(db: &Db) -> Result<(), AppError> {
    let maintained = school_calendar::load(db).await?.years;
    for (year, text) in SCHOOL_CALENDAR {
        let year = SchoolYear(year);
        if maintained.contains(&year) {
            continue;
        }
        let entries = parse_days_off(text, year)
            .map_err(|(line, msg)| AppError::Internal(format!("calendar line {line}: {msg}")))?;
        school_calendar::save_year(db, year, &entries, None).await?;
    }
    Ok(())
}

/// The directory part of the demo: the 13 Kommunen, their schools, approved Lernstandorte
/// at some of them, and the school calendar. Idempotent.
pub async fn seed_directory(db: &Db) -> Result<(), AppError> {
    seed_school_calendar(db).await?;
    for (slug, name, postal_code) in KOMMUNEN {
        let slug = KommuneId::from(slug.to_string());
        kommune::upsert_kommune(db, &slug, name).await?;
        for (school_type, pattern, street) in SCHOOLS {
            let school = pattern.replace("{}", name);
            kommune::upsert_school(db, &slug, &school, school_type, street, postal_code).await?;
        }
    }
    let schools = kommune::list_schools(db).await?;
    let existing = lernstandort::list_approved(db).await?;
    let start = iso(time::OffsetDateTime::now_utc()
        .date()
        .replace_day(1)
        .expect("day 1"));
    for (school, place, subjects, grades, schedule, places) in SITES {
        let Some(school) = schools.iter().find(|s| s.name == school) else {
            continue;
        };
        if let Some(site) = existing
            .iter()
            .find(|s| s.school == school.name && s.place == place)
        {
            if site_operator::find(db, &site.id).await?.is_none() {
                site_operator::save(db, &site.id, &demo_operator()?).await?;
            }
            continue;
        }
        let (grade_from, grade_to) = grades.split_once('-').unwrap_or_default();
        let site = SiteInput {
            school_id: school.id.to_string(),
            place: place.into(),
            subjects: subjects.split(',').map(str::to_string).collect(),
            grade_from: grade_from.into(),
            grade_to: grade_to.into(),
            schedule: schedule.into(),
            places: places.to_string(),
            tutors: "2 Lernbegleiterinnen und Lernbegleiter".into(),
            contact: "Schulsozialarbeit, 02382 940-0".into(),
            start_date: start.clone(),
        }
        .parse(time::OffsetDateTime::now_utc().date())
        .map_err(AppError::Validation)?;
        let id = lernstandort::create(db, &site, None, SiteStatus::Approved).await?;
        site_operator::save(db, &id, &demo_operator()?).await?;
    }
    Ok(())
}

/// The operator of the demo's Lernstandorte: a made-up non-profit with a test IBAN.
fn demo_operator() -> Result<Operator, AppError> {
    OperatorInput {
        name: "Lernbegleitung Kreis Warendorf gGmbH (Demo)".into(),
        street: "Waldenburger Straße 2".into(),
        postal_code: "48231".into(),
        city: "Warendorf".into(),
        iban: "DE89 3704 0044 0532 0130 00".into(),
    }
    .parse()
    .map_err(AppError::Validation)
}

/// Writes the demo data: directory, one account per role, the demo family, and more
/// families whose claims wait in the queue or are decided with notices from `office`.
/// Idempotent.
pub async fn seed_demo(db: &Db, office: &Office) -> Result<(), AppError> {
    seed_directory(db).await?;
    let password = NewPassword::parse(DEMO_PASSWORD, DEMO_PASSWORD, "password")?;
    for (email, role) in DEMO_ACCOUNTS {
        let email = Email::parse(email, "email")?;
        match account::create(db, &email, &password, role, Lang::De).await {
            Ok(_) => {}
            Err(AppError::Validation(errors))
                if errors.iter().any(|e| e.msg_id == "error-email-taken") => {}
            Err(e) => return Err(e),
        }
    }
    // The demo school social worker works for two schools in Ahlen.
    let school = Email::parse(DEMO_ACCOUNTS[1].0, "email")?;
    if let Some(worker) = account::id_by_email(db, &school).await? {
        for s in kommune::list_schools(db).await? {
            if DEMO_WORKER_SCHOOLS.contains(&s.name.as_str()) {
                lernstandort::add_member(db, &worker, &s.id).await?;
            }
        }
    }
    seed_demo_family(db).await?;
    seed_queue(db, office).await?;
    seed_history(db).await?;
    seed_eligible(db).await?;
    tracing::info!("demo data seeded");
    Ok(())
}

/// The demo family: Bürgergeld in Ahlen, two children, a submitted Teilhabe claim, a
/// Lernförderung claim with an open question from the jobcenter, and a draft. Written only
/// once (skipped when the family already has a household).
async fn seed_demo_family(db: &Db) -> Result<(), AppError> {
    let email = Email::parse(DEMO_ACCOUNTS[0].0, "email")?;
    let Some(account_id) = account::id_by_email(db, &email).await? else {
        return Ok(());
    };
    if household::find(db, &account_id).await?.is_some() {
        return Ok(());
    }
    let today = time::OffsetDateTime::now_utc().date();
    account::set_portal_delivery(db, &account_id, true).await?;
    let h = demo_household(YearMonth::of(today));
    household::save(db, &account_id, &h.parse().map_err(AppError::Validation)?).await?;
    let ids = save_demo_children(db, &account_id, today).await?;
    submit_demo_football(db, &account_id, &ids[0], today).await?;
    submit_demo_tutoring(db, &account_id, &ids[1], today).await?;
    save_demo_music_draft(db, &account_id, &ids[1]).await
}

/// The demo family's household: Ayşe Demir in Ahlen, Bürgergeld from two months before
/// `this_month` for a year.
fn demo_household(this_month: YearMonth) -> HouseholdInput {
    HouseholdInput {
        applicant_name: "Ayşe Demir".into(),
        benefit: "sgb2".into(),
        benefit_reference: "BG-0815-4711".into(),
        benefit_valid_from: this_month.plus_months(-2).first_day().to_string(),
        benefit_valid_to: (this_month.plus_months(10).first_day() - time::Duration::days(1))
            .to_string(),
        street: "Weststraße 12".into(),
        postal_code: "59227".into(),
        city: "Ahlen".into(),
        kommune: "ahlen".into(),
        phone: "02382 123456".into(),
        contact_email: String::new(),
        preferred_lang: "de".into(),
    }
}

/// The demo family's children, Leyla at the Lambertus-Grundschule and Emir at the
/// Gesamtschule in Ahlen; returns their ids in that order.
async fn save_demo_children(
    db: &Db,
    account_id: &AccountId,
    today: time::Date,
) -> Result<Vec<ChildId>, AppError> {
    let schools = kommune::list_schools(db).await?;
    let school_id = |name: &str| {
        schools
            .iter()
            .find(|s| s.name == name)
            .map(|s| s.id.to_string())
            .unwrap_or_default()
    };
    let children = [
        (
            "Leyla",
            "2016-03-14",
            school_id("Lambertus-Grundschule Ahlen"),
            "4b",
        ),
        ("Emir", "2012-10-02", school_id("Gesamtschule Ahlen"), "8c"),
    ];
    let mut ids = Vec::new();
    for (first, birth, school, grade) in children {
        let c = ChildInput {
            first_name: first.into(),
            last_name: "Demir".into(),
            birth_date: birth.into(),
            school_id: school,
            school_name: String::new(),
            grade: grade.into(),
        };
        ids.push(
            household::save_child(
                db,
                account_id,
                None,
                &c.parse(today).map_err(AppError::Validation)?,
            )
            .await?,
        );
    }
    Ok(ids)
}

/// Leyla's sports club: a Teilhabe claim, submitted.
async fn submit_demo_football(
    db: &Db,
    account_id: &AccountId,
    child_id: &ChildId,
    today: time::Date,
) -> Result<(), AppError> {
    let this_month = YearMonth::of(today);
    let football = TeilhabeInput {
        activity: "sport".into(),
        description: "Fußball, E-Jugend".into(),
        provider_name: "Rot Weiss Ahlen Jugend e. V.".into(),
        provider_street: "Am Wersestadion 1".into(),
        provider_postal_code: "59227".into(),
        provider_city: "Ahlen".into(),
        provider_contact: "Jugendleitung, 02382 998877".into(),
        provider_iban: "DE89 3704 0044 0532 0130 00".into(),
        monthly_fee: "12,50".into(),
        start_month: this_month.iso(),
        end_month: this_month.plus_months(11).iso(),
    };
    submit_demo_claim(db, account_id, child_id, Answers::Teilhabe(football)).await?;
    Ok(())
}

/// Emir's tutoring at the Lernstandort of his school: a Lernförderung claim, submitted,
/// and the jobcenter has asked for his last report card.
async fn submit_demo_tutoring(
    db: &Db,
    account_id: &AccountId,
    child_id: &ChildId,
    today: time::Date,
) -> Result<(), AppError> {
    let site = lernstandort::list_approved(db)
        .await?
        .into_iter()
        .find(|s| s.school == "Gesamtschule Ahlen")
        .map(|s| s.id.to_string())
        .unwrap_or_default();
    let (from, to) = default_period(today);
    let tutoring = LernfoerderungInput {
        subjects: vec!["mathematik".into(), "englisch".into()],
        hours_per_week: "2".into(),
        period_from: iso(from),
        period_to: iso(to),
        place: "lernstandort".into(),
        lernstandort_id: site,
        reason: "Im Halbjahreszeugnis stehen Mathematik und Englisch auf mangelhaft; die Versetzung ist gefährdet.".into(),
        ..Default::default()
    };
    let claim_id =
        submit_demo_claim(db, account_id, child_id, Answers::Lernfoerderung(tutoring)).await?;
    let staff = Email::parse(DEMO_ACCOUNTS[2].0, "email")?;
    if let Some(staff_id) = account::id_by_email(db, &staff).await? {
        question::ask(
            db,
            &claim_id,
            &staff_id,
            (
                "Bitte laden Sie das letzte Zeugnis von Emir hoch.",
                Some(today + time::Duration::days(14)),
                false,
            ),
        )
        .await?;
    }
    Ok(())
}

/// Emir's music school: a Teilhabe draft the family has started.
async fn save_demo_music_draft(
    db: &Db,
    account_id: &AccountId,
    child_id: &ChildId,
) -> Result<(), AppError> {
    let music = TeilhabeInput {
        activity: "music".into(),
        description: "Gitarrenunterricht".into(),
        provider_name: "Musikschule Ahlen".into(),
        monthly_fee: "28,00".into(),
        ..Default::default()
    };
    let id = claim::create_draft(db, account_id, child_id, BenefitKind::Teilhabe).await?;
    claim::save_details(
        db,
        account_id,
        &id,
        &Answers::Teilhabe(music).to_json(),
        Some(Lang::De),
    )
    .await?;
    Ok(())
}

/// What the caseworker has decided on a queue family's claim.
#[derive(Clone, Copy)]
enum Verdict {
    Approve,
    Reject,
}

/// A family of the queue: the applicant and the child, the address, the club the child
/// goes to with its monthly fee, and the decision on the claim (none: it waits).
struct QueueFamily {
    email: &'static str,
    applicant: &'static str,
    child: &'static str,
    born: &'static str,
    street: &'static str,
    postal_code: &'static str,
    city: &'static str,
    kommune: &'static str,
    club: &'static str,
    fee: &'static str,
    verdict: Option<Verdict>,
}

/// The queue's families in other Kommunen.
const QUEUE_FAMILIES: [QueueFamily; 4] = [
    QueueFamily {
        email: "kovalenko@demo.invalid",
        applicant: "Olena Kovalenko",
        child: "Marta",
        born: "2015-02-03",
        street: "Markt 4",
        postal_code: "59269",
        city: "Beckum",
        kommune: "beckum",
        club: "Musikschule Beckum",
        fee: "22,00",
        verdict: Some(Verdict::Approve),
    },
    QueueFamily {
        email: "nowak@demo.invalid",
        applicant: "Marek Nowak",
        child: "Jan",
        born: "2013-06-21",
        street: "Südstraße 2",
        postal_code: "48231",
        city: "Warendorf",
        kommune: "warendorf",
        club: "SC Warendorf e. V.",
        fee: "9,00",
        verdict: Some(Verdict::Reject),
    },
    QueueFamily {
        email: "haddad@demo.invalid",
        applicant: "Rania Haddad",
        child: "Karim",
        born: "2014-11-30",
        street: "Bahnhofstraße 9",
        postal_code: "59302",
        city: "Oelde",
        kommune: "oelde",
        club: "TuS Oelde 1919 e. V.",
        fee: "15,00",
        verdict: None,
    },
    QueueFamily {
        email: "yilmaz@demo.invalid",
        applicant: "Mehmet Yılmaz",
        child: "Elif",
        born: "2017-04-12",
        street: "Kirchplatz 1",
        postal_code: "59320",
        city: "Ennigerloh",
        kommune: "ennigerloh",
        club: "Tanzschule Ennigerloh",
        fee: "18,00",
        verdict: None,
    },
];

/// Families of other Kommunen: claims waiting in the staff queue, one approved and one
/// rejected with their notices. Written only once (a family that exists is skipped).
async fn seed_queue(db: &Db, office: &Office) -> Result<(), AppError> {
    let staff = Email::parse(DEMO_ACCOUNTS[2].0, "email")?;
    let Some(staff_id) = account::id_by_email(db, &staff).await? else {
        return Ok(());
    };
    let today = time::OffsetDateTime::now_utc().date();
    let password = NewPassword::parse(DEMO_PASSWORD, DEMO_PASSWORD, "password")?;
    for family in &QUEUE_FAMILIES {
        let email = Email::parse(family.email, "email")?;
        if account::id_by_email(db, &email).await?.is_some() {
            continue;
        }
        let claim_id = seed_queue_family(db, family, &email, &password, today).await?;
        let claim = decision::staff_claim(db, &claim_id)
            .await?
            .ok_or(AppError::NotFound)?;
        let Some(verdict) = family.verdict else {
            continue;
        };
        let outcome = queue_outcome(db, &claim, family, verdict, today).await?;
        issue_decision(db, office, &claim, &staff_id, outcome, (None, None)).await?;
    }
    Ok(())
}

/// A queue family's account, household and child, and the child's Teilhabe claim,
/// submitted; returns the claim's id.
async fn seed_queue_family(
    db: &Db,
    family: &QueueFamily,
    email: &Email,
    password: &NewPassword,
    today: time::Date,
) -> Result<ClaimId, AppError> {
    let this_month = YearMonth::of(today);
    let account_id = account::create(db, email, password, Role::Family, Lang::De).await?;
    // The demo families receive their Bescheide through the portal (§ 37 Abs. 2a SGB X).
    account::set_portal_delivery(db, &account_id, true).await?;
    let h = HouseholdInput {
        applicant_name: family.applicant.into(),
        benefit: "sgb2".into(),
        benefit_reference: format!("BG-{}-{}", family.postal_code, family.born.replace('-', "")),
        benefit_valid_from: this_month.plus_months(-3).first_day().to_string(),
        benefit_valid_to: (this_month.plus_months(9).first_day() - time::Duration::days(1))
            .to_string(),
        street: family.street.into(),
        postal_code: family.postal_code.into(),
        city: family.city.into(),
        kommune: family.kommune.into(),
        preferred_lang: "de".into(),
        ..Default::default()
    };
    household::save(db, &account_id, &h.parse().map_err(AppError::Validation)?).await?;
    let last = family
        .applicant
        .rsplit(' ')
        .next()
        .unwrap_or(family.applicant);
    // A grade that fits the child's age, at a school that teaches it.
    let born: i64 = family.born[..4].parse().unwrap_or(2016);
    let grade = (i64::from(app::db::today().year()) - born - 5).clamp(1, 13);
    let school = if grade <= 4 {
        "Grundschule"
    } else {
        "Gesamtschule"
    };
    let c = ChildInput {
        first_name: family.child.into(),
        last_name: last.into(),
        birth_date: family.born.into(),
        school_name: format!("{school} {}", family.city),
        grade: grade.to_string(),
        ..Default::default()
    };
    let child_id = household::save_child(
        db,
        &account_id,
        None,
        &c.parse(today).map_err(AppError::Validation)?,
    )
    .await?;
    let answers = queue_answers(family, this_month);
    submit_demo_claim(db, &account_id, &child_id, Answers::Teilhabe(answers)).await
}

/// The Teilhabe application of a queue family: the club (music for a music or dance
/// school, otherwise sport) for six months from `this_month`.
fn queue_answers(family: &QueueFamily, this_month: YearMonth) -> TeilhabeInput {
    let club = family.club;
    TeilhabeInput {
        activity: if club.contains("Musik") || club.contains("Tanz") {
            "music"
        } else {
            "sport"
        }
        .into(),
        provider_name: club.into(),
        provider_street: "Vereinsweg 1".into(),
        provider_postal_code: family.postal_code.into(),
        provider_city: family.city.into(),
        monthly_fee: family.fee.into(),
        start_month: this_month.iso(),
        end_month: this_month.plus_months(5).iso(),
        ..Default::default()
    }
}

/// The caseworker's decision on a queue family's claim: 15 € a month for six months paid
/// to the club, or a rejection because the underlying benefit has run out.
async fn queue_outcome(
    db: &Db,
    claim: &StaffClaim,
    family: &QueueFamily,
    verdict: Verdict,
    today: time::Date,
) -> Result<Outcome, AppError> {
    let this_month = YearMonth::of(today);
    match verdict {
        Verdict::Approve => {
            let limits = approval_limits(db, claim).await?;
            let input = ApprovalInput {
                period_from: iso(this_month.first_day()),
                period_to: iso(this_month.plus_months(6).first_day() - time::Duration::days(1)),
                monthly_amount: "15".into(),
                payee: family.club.into(),
                payment_route: "direct".into(),
                ..Default::default()
            };
            Ok(Outcome::Approval(
                parse_approval(
                    &input,
                    BenefitKind::Teilhabe,
                    &limits,
                    &SchoolCalendar::default(),
                )
                .map_err(AppError::Validation)?,
            ))
        }
        Verdict::Reject => {
            let reason = decision::blocks_in_force(db, &iso(today))
                .await?
                .into_iter()
                .find(|b| TextBlockKind::RejectionReason.is(&b.kind) && b.code == "no_benefit")
                .ok_or(AppError::NotFound)?;
            let rejection = Rejection {
                reason_code: reason.code.clone(),
                reason_text: Some(
                    "Der vorgelegte Bescheid über die zugrunde liegende Leistung ist abgelaufen; ein Folgebescheid liegt nicht vor."
                        .into(),
                ),
                warning: None,
                aufhebung: None,
            };
            let underlying = parts_of(&claim.snapshot).underlying;
            Ok(rejection_outcome(
                &reason, rejection, underlying, claim.kind,
            ))
        }
    }
}

/// The demo's history: families and their decided or withdrawn claims.
const HISTORY: HistorySize = HistorySize {
    families: 150,
    claims: 600,
    // The demo's work queue stays the demo families' claims.
    open_claims: false,
};
const HISTORY_SEED: u64 = 0xDE30_2026;

/// Eligible children per Kommune, in the scale of the demo's history (150 families): the
/// uptake in the current school year comes out between about 10 % and 60 %.
const ELIGIBLE: [(&str, i64); 13] = [
    ("ahlen", 75),
    ("beckum", 52),
    ("beelen", 7),
    ("drensteinfurt", 20),
    ("ennigerloh", 30),
    ("everswinkel", 12),
    ("oelde", 40),
    ("ostbevern", 14),
    ("sassenberg", 18),
    ("sendenhorst", 17),
    ("telgte", 24),
    ("wadersloh", 16),
    ("warendorf", 50),
];

/// Two years of history for the reports (`history::load`): 150 more families with 600
/// claims, approved, rejected or withdrawn. Written only once (skipped when its first
/// family exists).
async fn seed_history(db: &Db) -> Result<(), AppError> {
    let first = Email::parse(&history::family_email(0), "email")?;
    if account::id_by_email(db, &first).await?.is_some() {
        return Ok(());
    }
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    history::load(db, now, HISTORY, HISTORY_SEED)
        .await
        .map_err(|e| AppError::Internal(format!("demo history: {e}")))?;
    Ok(())
}

/// The eligible children of each Kommune (the denominator of the uptake), where the admin
/// has not entered a number.
async fn seed_eligible(db: &Db) -> Result<(), AppError> {
    let today = time::OffsetDateTime::now_utc();
    // The statistics of the last 31 December.
    let as_of = format!("{}-12-31", today.year() - 1);
    for (kommune, children) in ELIGIBLE {
        report::seed_eligible(
            db,
            &KommuneId::from(kommune.to_string()),
            children,
            &as_of,
            "Demo-Werte",
        )
        .await?;
    }
    Ok(())
}

/// Starts, fills and submits a claim for one of the demo children; returns its id.
async fn submit_demo_claim(
    db: &Db,
    account_id: &AccountId,
    child_id: &ChildId,
    answers: Answers,
) -> Result<ClaimId, AppError> {
    let id = claim::create_draft(db, account_id, child_id, answers.kind()).await?;
    claim::save_details(db, account_id, &id, &answers.to_json(), Some(Lang::De)).await?;
    let record = claim::find(db, claim::Reader::Family(account_id), &id)
        .await?
        .ok_or(AppError::NotFound)?;
    submit_answers(db, account_id, &record, "de", Given::BOTH).await?;
    Ok(id)
}
