//! Documents: upload several files at once, type by content, size limits per file and per
//! claim, list, download, remove; all or nothing; only the owning family. And the family's
//! answer to a staff question, with files.

use app::{db::question, domain::account::Role};
use portal_tests::{TestApp, location, spawn_app_with_directory};
use reqwest::{
    StatusCode,
    multipart::{Form, Part},
};

const PDF: &[u8] = b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n";
const PNG: &[u8] = &[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];
const MB: usize = 1024 * 1024;

fn file(name: &str, bytes: Vec<u8>) -> Part {
    Part::bytes(bytes).file_name(name.to_string())
}

/// A PDF of `size` bytes.
fn pdf_of(size: usize) -> Vec<u8> {
    let mut v = PDF.to_vec();
    v.resize(size, b' ');
    v
}

/// A family with household, a child, and a Teilhabe draft with valid answers; returns the
/// family and the claim id.
async fn family_with_draft(app: &TestApp) -> (TestApp, String) {
    let (family, child_id) = app
        .family_with_child("Ada", "2015-05-05", "Grundschule Ahlen")
        .await;
    let res = family.start_draft(&child_id, "teilhabe").await;
    let started = location(&res);
    assert!(
        started.ends_with("/angaben"),
        "{started}: {}",
        family.body("/familie").await
    );
    let id = started
        .trim_start_matches("/familie/antrag/")
        .trim_end_matches("/angaben")
        .to_string();
    let today = time::OffsetDateTime::now_utc().date();
    let month = format!("{:04}-{:02}", today.year(), today.month() as u8);
    let answers = [
        ("claim_id", id.as_str()),
        ("activity", "music"),
        ("description", ""),
        ("provider_name", "Musikschule"),
        ("provider_street", "Markt 1"),
        ("provider_postal_code", "59227"),
        ("provider_city", "Ahlen"),
        ("provider_contact", ""),
        ("provider_iban", ""),
        ("monthly_fee", "20"),
        ("start_month", &month),
        ("end_month", &month),
    ];
    let res = family.save_teilhabe(&answers).await;
    assert_eq!(location(&res), format!("/familie/antrag/{id}/nachweise"));
    (family, id)
}

async fn upload(family: &TestApp, id: &str, parts: Vec<Part>) -> reqwest::Response {
    let mut form = Form::new();
    for p in parts {
        form = form.part("files", p);
    }
    family
        .post_multipart(&format!("/familie/antrag/{id}/nachweise"), form)
        .await
}

async fn documents_page(family: &TestApp, id: &str) -> String {
    family
        .body(&format!("/familie/antrag/{id}/nachweise"))
        .await
}

async fn submit(family: &TestApp, id: &str) {
    let form = [("claim_id", id), ("declaration", "ja"), ("consent", "ja")];
    let res = family.submit_claim(&form).await;
    assert_eq!(location(&res), format!("/familie/antrag/{id}"));
}

#[tokio::test]
async fn documents_are_checked_by_content_listed_downloaded_and_removed() {
    let app = spawn_app_with_directory().await;
    let (family, id) = family_with_draft(&app).await;
    let page = documents_page(&family, &id).await;
    assert!(page.contains("Schritt 2 von 4") && page.contains("Noch keine Nachweise"));

    // Two files at once; the PNG's name says PDF, the content decides — and the name's
    // extension follows it.
    let res = upload(
        &family,
        &id,
        vec![
            file("Anmeldung Musikschule.pdf", PDF.to_vec()),
            file("foto.pdf", PNG.to_vec()),
        ],
    )
    .await;
    assert_eq!(location(&res), format!("/familie/antrag/{id}/nachweise"));
    let page = documents_page(&family, &id).await;
    assert!(page.contains("Ihre Dateien sind hochgeladen."), "{page}");
    assert!(page.contains("Anmeldung Musikschule.pdf") && page.contains("foto.png"));
    assert!(!page.contains("foto.pdf"));
    assert_eq!(
        app.count("select count(*) from document where content_type = 'image/png'")
            .await,
        1
    );

    // One bad file rejects the whole batch: nothing half-written.
    let res = upload(
        &family,
        &id,
        vec![
            file("gut.pdf", PDF.to_vec()),
            file("rechnung.pdf", b"<html>kein PDF</html>".to_vec()),
        ],
    )
    .await;
    assert_eq!(location(&res), format!("/familie/antrag/{id}/nachweise"));
    // The refused file is named, and the family is told the other was not uploaded.
    let page = documents_page(&family, &id).await;
    assert!(
        page.contains("„\u{2068}rechnung.pdf\u{2069}“ ist kein PDF, JPG oder PNG")
            && page.contains("Die anderen Dateien sind deshalb noch nicht hochgeladen."),
        "{page}"
    );
    assert_eq!(app.count("select count(*) from document").await, 2);
    assert_eq!(app.count("select count(*) from document_content").await, 2);

    // No file chosen.
    upload(&family, &id, vec![file("", Vec::new())]).await;
    assert!(
        documents_page(&family, &id)
            .await
            .contains("Bitte wählen Sie mindestens eine Datei aus.")
    );

    // The family downloads its own document, byte for byte.
    let doc = app
        .query_text("select id from document where content_type = 'application/pdf'")
        .await;
    let res = family.get(&format!("/dokumente/{doc}")).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.headers()["content-type"], "application/pdf");
    assert!(
        res.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .contains("Anmeldung%20Musikschule.pdf")
    );
    assert_eq!(res.bytes().await.unwrap().as_ref(), PDF);

    // Nobody else can see, add or remove anything.
    let (other, _) = family_with_draft(&app).await;
    assert_eq!(
        other.get(&format!("/dokumente/{doc}")).await.status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        upload(&other, &id, vec![file("x.pdf", PDF.to_vec())])
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    other.remove_document(&id, &doc).await;
    assert_eq!(
        app.count_with("select count(*) from document where claim_id = $1", &[&id],)
            .await,
        2
    );
    let school = app.logged_in_as(Role::School).await;
    assert_eq!(
        school.get(&format!("/dokumente/{doc}")).await.status(),
        StatusCode::FORBIDDEN
    );
    let visitor = app.visitor();
    assert_eq!(
        location(&visitor.get(&format!("/dokumente/{doc}")).await),
        "/anmelden"
    );

    // The family removes one before submitting.
    let res = family.remove_document(&id, &doc).await;
    assert_eq!(location(&res), format!("/familie/antrag/{id}/nachweise"));
    assert!(
        documents_page(&family, &id)
            .await
            .contains("Die Datei ist entfernt.")
    );
    assert_eq!(app.count("select count(*) from document_content").await, 1);

    // The check page lists what will be sent; after submitting, documents are fixed.
    let check = family.body(&format!("/familie/antrag/{id}/pruefen")).await;
    assert!(check.contains("foto.png") && !check.contains("Anmeldung Musikschule.pdf"));
    submit(&family, &id).await;
    upload(&family, &id, vec![file("spaet.pdf", PDF.to_vec())]).await;
    let remaining = app.query_text("select id from document").await;
    family.remove_document(&id, &remaining).await;
    assert_eq!(
        app.count_with("select count(*) from document where claim_id = $1", &[&id],)
            .await,
        1
    );
    let claim_page = family.body(&format!("/familie/antrag/{id}")).await;
    assert!(claim_page.contains("foto.png"));
}

#[tokio::test]
async fn sizes_are_limited_per_file_and_per_claim() {
    let app = spawn_app_with_directory().await;
    let (family, id) = family_with_draft(&app).await;

    let res = upload(
        &family,
        &id,
        vec![file("a.pdf", pdf_of(9 * MB)), file("b.pdf", pdf_of(9 * MB))],
    )
    .await;
    assert_eq!(location(&res), format!("/familie/antrag/{id}/nachweise"));
    assert_eq!(app.count("select count(*) from document").await, 2);

    upload(&family, &id, vec![file("gross.pdf", pdf_of(10 * MB + 1))]).await;
    assert!(
        documents_page(&family, &id)
            .await
            .contains("„\u{2068}gross.pdf\u{2069}“ ist zu groß.")
    );
    // 18 MB stored + 14 MB > 30 MB for the claim.
    upload(
        &family,
        &id,
        vec![file("c.pdf", pdf_of(7 * MB)), file("d.pdf", pdf_of(7 * MB))],
    )
    .await;
    assert!(
        documents_page(&family, &id)
            .await
            .contains("Zusammen sind die Dateien zu groß")
    );
    // A request larger than any claim may hold is refused before it is read.
    upload(
        &family,
        &id,
        (0..4)
            .map(|i| file(&format!("{i}.pdf"), pdf_of(9 * MB)))
            .collect(),
    )
    .await;
    assert!(
        documents_page(&family, &id)
            .await
            .contains("Zusammen sind die Dateien zu groß")
    );
    assert_eq!(app.count("select count(*) from document").await, 2);
    assert_eq!(app.count("select count(*) from document_content").await, 2);
}

#[tokio::test]
async fn a_question_is_answered_with_text_and_files_and_the_claim_returns_to_review() {
    let app = spawn_app_with_directory().await;
    let (family, id) = family_with_draft(&app).await;
    submit(&family, &id).await;
    let staff = app.logged_in_as(Role::Staff).await;
    drop(staff);
    let staff_id = app
        .query_text("select id from account where role = 'staff'")
        .await;
    let due = time::OffsetDateTime::now_utc().date() + time::Duration::days(14);
    let question_id = question::ask(
        &app.db,
        &id.clone().into(),
        &staff_id.into(),
        (
            "Bitte laden Sie die Anmeldung bei der Musikschule hoch.",
            Some(due),
            false,
        ),
    )
    .await
    .unwrap();

    let page = family.body(&format!("/familie/antrag/{id}")).await;
    assert!(page.contains(r#"data-testid="status">Rückfrage an Sie<"#));
    assert!(page.contains("Bitte laden Sie die Anmeldung bei der Musikschule hoch."));
    assert!(page.contains(&format!(
        "Bitte antworten Sie bis zum {:02}.{:02}.{}.",
        due.day(),
        due.month() as u8,
        due.year()
    )));

    let answer = |text: &str, files: Vec<Part>| {
        let mut form = Form::new()
            .text("question_id", question_id.to_string())
            .text("answer", text.to_string());
        for f in files {
            form = form.part("files", f);
        }
        form
    };
    let path = format!("/familie/antrag/{id}/antwort");

    // An empty answer is refused and changes nothing.
    let res = family
        .post_multipart(&path, answer(" ", vec![file("", Vec::new())]))
        .await;
    assert_eq!(location(&res), format!("/familie/antrag/{id}"));
    assert!(
        family
            .body(&format!("/familie/antrag/{id}"))
            .await
            .contains("Bitte schreiben Sie eine Antwort oder wählen Sie eine Datei aus.")
    );
    assert_eq!(
        app.query_text("select status from claim").await,
        "needs_info"
    );

    // Another family cannot answer.
    let (other, _) = family_with_draft(&app).await;
    assert_eq!(
        other
            .post_multipart(&path, answer("Hallo", vec![]))
            .await
            .status(),
        StatusCode::NOT_FOUND
    );

    let res = family
        .post_multipart(
            &path,
            answer(
                "Die Anmeldung ist angehängt.",
                vec![file("anmeldung.png", PNG.to_vec())],
            ),
        )
        .await;
    assert_eq!(location(&res), format!("/familie/antrag/{id}"));
    let page = family.body(&format!("/familie/antrag/{id}")).await;
    assert!(page.contains("Danke! Ihre Antwort ist beim Jobcenter angekommen."));
    assert!(page.contains(r#"data-testid="status">Eingegangen<"#));
    assert!(page.contains("Die Anmeldung ist angehängt.") && page.contains("anmeldung.png"));
    assert!(page.contains("Rückfrage vom Jobcenter") && page.contains("Rückfrage beantwortet"));
    assert_eq!(
        app.count_with(
            "select count(*) from document where question_id = $1",
            &[question_id.as_str()],
        )
        .await,
        1
    );

    // Answering twice changes nothing.
    family
        .post_multipart(&path, answer("Nochmal", vec![file("b.pdf", PDF.to_vec())]))
        .await;
    assert!(
        family
            .body(&format!("/familie/antrag/{id}"))
            .await
            .contains("Diese Frage ist schon beantwortet.")
    );
    assert_eq!(app.count("select count(*) from document").await, 1);
    assert_eq!(
        app.query_text("select answer from claim_question").await,
        "Die Anmeldung ist angehängt."
    );
}

#[tokio::test]
async fn a_file_name_cannot_disguise_its_type() {
    let app = spawn_app_with_directory().await;
    let (family, id) = family_with_draft(&app).await;
    let res = upload(
        &family,
        &id,
        vec![
            // Shown as "Nachweistab.pdf" by a browser that obeys the right-to-left override.
            file("Nachweis\u{202E}fdp.bat", PDF.to_vec()),
            file("Antrag.hta", PDF.to_vec()),
        ],
    )
    .await;
    assert_eq!(location(&res), format!("/familie/antrag/{id}/nachweise"));
    let mut names: Vec<String> = sqlx::query_scalar("select file_name from document")
        .fetch_all(app.db.pool())
        .await
        .unwrap();
    names.sort();
    assert_eq!(names, ["Antrag.pdf", "Nachweisfdp.pdf"]);
}

#[tokio::test]
async fn going_on_uploads_a_file_chosen_but_not_uploaded_and_goes_on_without_one() {
    let app = spawn_app_with_directory().await;
    let (family, id) = family_with_draft(&app).await;
    let on = format!("/familie/antrag/{id}/nachweise?weiter=ja");
    let page = documents_page(&family, &id).await;
    assert!(
        page.contains(&format!("formaction=\"{on}\"")),
        "Weiter sends the form"
    );

    // A file chosen, then "Weiter": it is uploaded, and the family goes on.
    let form = Form::new().part("files", file("zeugnis.pdf", PDF.to_vec()));
    let res = family.post_multipart(&on, form).await;
    assert_eq!(location(&res), format!("/familie/antrag/{id}/pruefen"));
    assert_eq!(app.count("select count(*) from document").await, 1);

    // Nothing chosen: on without an error.
    let form = Form::new().part("files", file("", Vec::new()));
    let res = family.post_multipart(&on, form).await;
    assert_eq!(location(&res), format!("/familie/antrag/{id}/pruefen"));
    assert_eq!(app.count("select count(*) from document").await, 1);

    // A bad file stops the family on the documents page, the file named.
    let form = Form::new().part("files", file("brief.docx", b"PK\x03\x04".to_vec()));
    let res = family.post_multipart(&on, form).await;
    assert_eq!(location(&res), format!("/familie/antrag/{id}/nachweise"));
    assert!(documents_page(&family, &id).await.contains("brief.docx"));
}
