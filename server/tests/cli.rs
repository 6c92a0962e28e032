//! The `but-portal` command line, run as a real process against a temporary database.

use std::{
    io::Write,
    process::{Command, Output, Stdio},
};

fn but_portal(db: &str, args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_but-portal"))
        .args(args)
        .env("DATABASE_URL", db)
        .env("RUST_LOG", "warn")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

/// `but-portal create-user` with the password on standard input.
fn create_user(db: &str, role: &str, email: &str, password: &str) -> Output {
    let args = [
        "create-user",
        "--role",
        role,
        "--email",
        email,
        "--password-stdin",
    ];
    but_portal(db, &args, password)
}

fn temp_db() -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().unwrap();
    let url = format!(
        "sqlite://{}/nested/portal.db?mode=rwc",
        dir.path().display()
    );
    (dir, url)
}

#[test]
fn help_lists_every_subcommand_and_environment_variable() {
    let (_dir, db) = temp_db();
    let out = but_portal(&db, &["--help"], "");
    assert!(out.status.success());
    let help = String::from_utf8(out.stdout).unwrap();
    for word in [
        "serve",
        "migrate",
        "seed",
        "create-user",
        "notice-preview",
        "DATABASE_URL",
        "OFFICE_NAME",
        "BIND_ADDR",
        "PUBLIC_URL",
        "LEPTOS_SITE_ROOT",
        "MAX_BODY_BYTES",
        "LOG_FORMAT",
    ] {
        assert!(help.contains(word), "--help mentions {word}:\n{help}");
    }
}

#[test]
fn migrate_creates_the_database_file_and_its_directory() {
    let (dir, db) = temp_db();
    let out = but_portal(&db, &["migrate"], "");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(dir.path().join("nested/portal.db").exists());
}

#[test]
fn seed_refuses_to_run_without_the_demo_flag() {
    let (_dir, db) = temp_db();
    let out = but_portal(&db, &["seed"], "");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("--demo"));
    assert!(but_portal(&db, &["seed", "--demo"], "").status.success());
}

#[test]
fn create_user_reads_the_password_from_stdin_and_refuses_bad_input() {
    let (_dir, db) = temp_db();
    let ok = create_user(&db, "staff", "SB@Kreis.example", "ein-sicheres-passwort\n");
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    assert!(String::from_utf8_lossy(&ok.stdout).contains("sb@kreis.example (staff)"));

    let again = create_user(&db, "staff", "sb@kreis.example", "ein-sicheres-passwort\n");
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("schon ein Konto"));

    let short = create_user(&db, "admin", "a@kreis.example", "kurz\n");
    assert!(!short.status.success());
    assert!(String::from_utf8_lossy(&short.stderr).contains("zu kurz"));

    let role = create_user(&db, "root", "r@kreis.example", "ein-sicheres-passwort\n");
    assert!(!role.status.success());
}

#[test]
fn a_school_account_is_created_for_a_school_of_the_directory() {
    let (_dir, db) = temp_db();
    assert!(but_portal(&db, &["seed", "--demo"], "").status.success());
    let args = |school: Option<&'static str>| {
        let mut a = vec![
            "create-user",
            "--role",
            "school",
            "--email",
            "ssa@schule.example",
            "--password-stdin",
        ];
        if let Some(s) = school {
            a.extend(["--school", s]);
        }
        a
    };
    let without = but_portal(&db, &args(None), "ein-sicheres-passwort\n");
    assert!(!without.status.success());
    assert!(String::from_utf8_lossy(&without.stderr).contains("--school"));
    let unknown = but_portal(&db, &args(Some("Hogwarts")), "ein-sicheres-passwort\n");
    assert!(!unknown.status.success());
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("Hogwarts"));
    let ok = but_portal(
        &db,
        &args(Some("Gesamtschule Beckum")),
        "ein-sicheres-passwort\n",
    );
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    assert!(String::from_utf8_lossy(&ok.stdout).contains("works for: Gesamtschule Beckum"));
}

#[test]
fn notice_preview_renders_a_pdf_with_the_configured_office() {
    let (dir, db) = temp_db();
    let out_path = dir.path().join("vorschau.pdf");
    let out = Command::new(env!("CARGO_BIN_EXE_but-portal"))
        .args(["notice-preview", "--kind", "rejection", "--out"])
        .arg(&out_path)
        .env("DATABASE_URL", &db)
        .env("OFFICE_NAME", "Jobcenter Musterkreis")
        .env("RUST_LOG", "warn")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let bytes = std::fs::read(&out_path).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    let text = Command::new("pdftotext")
        .arg(&out_path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) installed");
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains("Jobcenter Musterkreis"), "{text}");
    assert!(text.contains("Ablehnungsbescheid"), "{text}");
    assert!(text.contains("Rechtsbehelfsbelehrung"), "{text}");
    let bad = but_portal(
        &db,
        &[
            "notice-preview",
            "--kind",
            "nonsense",
            "--out",
            "/tmp/x.pdf",
        ],
        "",
    );
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("approval or rejection"));
}
