//! Demo data: the 13 Kommunen of the Kreis Warendorf, schools in each, and one account per
//! role. Only ever written by `seed --demo` / `serve --demo`; running it twice changes nothing.

use app::{
    api::claim::submit_teilhabe,
    db::{Db, account, claim, household, kommune},
    domain::{
        account::{Email, NewPassword, Role},
        benefit::BenefitKind,
        household::{ChildInput, HouseholdInput},
        lang::Lang,
        month::YearMonth,
        teilhabe::TeilhabeInput,
    },
    error::AppError,
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

/// The directory part of the demo: the 13 Kommunen and their schools. Idempotent.
pub async fn seed_directory(db: &Db) -> Result<(), AppError> {
    for (slug, name, postal_code) in KOMMUNEN {
        kommune::upsert_kommune(db, slug, name).await?;
        for (school_type, pattern, street) in SCHOOLS {
            let school = pattern.replace("{}", name);
            kommune::upsert_school(db, slug, &school, school_type, street, postal_code).await?;
        }
    }
    Ok(())
}

/// Writes the demo data: directory, one account per role, the demo family. Idempotent.
pub async fn seed_demo(db: &Db) -> Result<(), AppError> {
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
    seed_demo_family(db).await?;
    tracing::info!("demo data seeded");
    Ok(())
}

/// The demo family: Bürgergeld in Ahlen, two children, one submitted Teilhabe claim and
/// one draft. Written only once (skipped when the family already has a household).
async fn seed_demo_family(db: &Db) -> Result<(), AppError> {
    let email = Email::parse(DEMO_ACCOUNTS[0].0, "email")?;
    let Some(account_id) = account::id_by_email(db, &email).await? else {
        return Ok(());
    };
    if household::find(db, &account_id).await?.is_some() {
        return Ok(());
    }
    let today = time::OffsetDateTime::now_utc().date();
    let this_month = YearMonth::of(today);
    let h = HouseholdInput {
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
    };
    household::save(db, &account_id, &h.parse().map_err(AppError::Validation)?).await?;
    let schools = kommune::list_schools(db).await?;
    let school_id = |name: &str| {
        schools
            .iter()
            .find(|s| s.name == name)
            .map(|s| s.id.clone())
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
                &account_id,
                None,
                &c.parse(today).map_err(AppError::Validation)?,
            )
            .await?,
        );
    }
    // Leyla's sports club: submitted.
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
    let id = claim::create_draft(db, &account_id, &ids[0], BenefitKind::Teilhabe).await?;
    let json = serde_json::to_string(&football).map_err(|e| AppError::Internal(e.to_string()))?;
    claim::save_details(db, &account_id, &id, &json).await?;
    let record = claim::find_for_family(db, &account_id, &id)
        .await?
        .ok_or(AppError::NotFound)?;
    submit_teilhabe(db, &account_id, &record, &football, "de").await?;
    // Emir's music school: a draft the family has started.
    let music = TeilhabeInput {
        activity: "music".into(),
        description: "Gitarrenunterricht".into(),
        provider_name: "Musikschule Ahlen".into(),
        monthly_fee: "28,00".into(),
        ..Default::default()
    };
    let id = claim::create_draft(db, &account_id, &ids[1], BenefitKind::Teilhabe).await?;
    let json = serde_json::to_string(&music).map_err(|e| AppError::Internal(e.to_string()))?;
    claim::save_details(db, &account_id, &id, &json).await?;
    Ok(())
}
