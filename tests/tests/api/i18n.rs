//! Language negotiation and translated pages.

use portal_tests::{TestApp, set_cookie, spawn_app};
use reqwest::{StatusCode, header};

/// The page at `path` for a browser set to the languages `accept`.
async fn page_in(app: &TestApp, path: &str, accept: &str) -> String {
    let res = app
        .client
        .get(app.url(path))
        .header(header::ACCEPT_LANGUAGE, accept)
        .send()
        .await
        .unwrap();
    res.text().await.unwrap()
}

#[tokio::test]
async fn german_is_the_default_language() {
    let app = spawn_app().await;
    let body = page_in(&app, "/", "fr").await;
    assert!(body.contains(r#"<html lang="de" dir="ltr">"#), "{body}");
    assert!(body.contains("Bildung und Teilhabe für Ihr Kind"));
}

#[tokio::test]
async fn the_browser_language_is_used_when_nothing_was_chosen() {
    let app = spawn_app().await;
    let body = page_in(&app, "/anmelden", "en-GB,en;q=0.9,de;q=0.5").await;
    assert!(body.contains(r#"<html lang="en""#));
    assert!(body.contains("E-mail address"));
}

#[tokio::test]
async fn a_language_chosen_by_link_sticks_for_later_pages() {
    let app = spawn_app().await;
    let res = app.get("/anmelden?lang=en").await;
    assert_eq!(set_cookie(&res, "lang").as_deref(), Some("en"));
    assert!(res.text().await.unwrap().contains("<h1>Log in</h1>"));

    // Later requests carry the cookie; it beats the browser's German.
    let (_, body) = app.page("/registrieren").await;
    assert!(body.contains(r#"<html lang="en""#));
    assert!(body.contains("Create an account for your family"));

    app.get("/?lang=de").await;
    assert!(app.body("/").await.contains(r#"<html lang="de""#));
}

#[tokio::test]
async fn the_switcher_links_to_the_same_page_in_each_language_named_in_itself() {
    let app = spawn_app().await;
    let (_, body) = app.page("/registrieren").await;
    assert!(body.contains(r#"href="/registrieren?lang=en""#), "{body}");
    assert!(body.contains(">English<") && body.contains(">Deutsch<"));
}

#[tokio::test]
async fn error_messages_come_in_the_chosen_language() {
    let app = spawn_app().await;
    app.get("/?lang=en").await;
    app.login("nobody@example.com", "wrong-password-1").await;
    let (_, body) = app.page("/anmelden").await;
    assert!(
        body.contains("The e-mail address or the password is not correct."),
        "{body}"
    );
}

#[tokio::test]
async fn unknown_pages_answer_404_in_the_users_language() {
    let app = spawn_app().await;
    let (status, body) = app.page("/gibt-es-nicht").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(body.contains("Seite nicht gefunden"));
    let (status, body) = app.page("/gibt-es-nicht?lang=en").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(body.contains("Page not found"));
}

#[tokio::test]
async fn every_footer_page_exists_in_both_languages() {
    let app = spawn_app().await;
    for path in [
        "/barrierefreiheit",
        "/datenschutz",
        "/impressum",
        "/leichte-sprache",
        "/kontakt",
    ] {
        for lang in ["de", "en"] {
            let (status, body) = app.page(&format!("{path}?lang={lang}")).await;
            assert_eq!(status, StatusCode::OK, "{path} {lang}");
            assert!(!body.contains("info-"), "{path} {lang}: untranslated id");
            assert!(
                body.contains(&format!(r#"href="{path}""#)),
                "footer links to {path}"
            );
        }
    }
}

#[tokio::test]
async fn the_contact_page_says_a_plain_e_mail_is_no_objection() {
    let app = spawn_app().await;
    let (_, body) = app.page("/kontakt?lang=de").await;
    assert!(
        body.contains("Eine einfache E-Mail reicht dafür nicht."),
        "{body}"
    );
    assert!(body.contains("§ 84 SGG") && body.contains("zur Niederschrift"));
    let (_, body) = app.page("/kontakt?lang=en").await;
    assert!(body.contains("A plain e-mail is not enough."), "{body}");
}

mod every_language {
    use app::{domain::lang::Lang, i18n::tr, pages::info::PRIVACY_SECTIONS};
    use portal_tests::{TestApp, location, raw_message_ids, spawn_demo_app, untranslated};
    use server::seed::DEMO_PASSWORD;

    /// The visible text of a page: tags, scripts and styles removed.
    fn visible_text(html: &str) -> String {
        let mut out = String::new();
        let mut rest = html;
        while let Some(start) = rest.find('<') {
            out.push_str(&rest[..start]);
            out.push(' ');
            let tail = &rest[start..];
            let skip_to = ["script", "style"].iter().find_map(|tag| {
                tail.starts_with(&format!("<{tag}"))
                    .then(|| tail.find(&format!("</{tag}>")).map(|e| e + tag.len() + 3))
                    .flatten()
            });
            let end = skip_to.unwrap_or_else(|| tail.find('>').map_or(tail.len(), |e| e + 1));
            rest = &tail[end..];
        }
        out.push_str(rest);
        out.replace("&amp;", "&")
            .replace("&quot;", "\"")
            .replace("&#x27;", "'")
    }

    /// Checks a page in `lang`: `<html lang dir>`, no raw message id, and — for
    /// translated languages — no German or English sentence left untranslated.
    fn check(lang: Lang, path: &str, html: &str) {
        let head = format!(r#"<html lang="{}" dir="{}">"#, lang.html_lang(), lang.dir());
        assert!(html.contains(&head), "{path} in {}: no {head}", lang.code());
        let text = visible_text(html);
        let raw = raw_message_ids(&text);
        assert!(raw.is_empty(), "{path} in {}: raw ids {raw:?}", lang.code());
        if !matches!(lang, Lang::De | Lang::DeLs | Lang::En) {
            let left = untranslated(lang, &text);
            assert!(left.is_empty(), "{path} in {}: {left:?}", lang.code());
        }
    }

    async fn demo() -> TestApp {
        spawn_demo_app().await
    }

    #[tokio::test]
    async fn every_page_a_family_sees_is_complete_in_every_language() {
        let app = demo().await;
        let public = [
            "/",
            "/berechtigung",
            "/lernstandorte",
            "/anmelden",
            "/registrieren",
            "/barrierefreiheit",
            "/datenschutz",
            "/impressum",
            "/leichte-sprache",
            "/kontakt",
        ];
        let family = app.visitor();
        family.login("kovalenko@demo.invalid", DEMO_PASSWORD).await;
        let claim: String = app
            .query_text(
                "select cl.id from claim cl join account a on a.id = cl.account_id \
                 where a.email = 'kovalenko@demo.invalid' and cl.status = 'approved'",
            )
            .await;
        let claim_page = format!("/familie/antrag/{claim}");
        // A family with a draft (not yet complete: the check and declaration steps send it
        // back to the details).
        let drafting = app.visitor();
        drafting.login("familie@demo.invalid", DEMO_PASSWORD).await;
        let draft: String = app
            .query_text(
                "select cl.id from claim cl join account a on a.id = cl.account_id \
                 where a.email = 'familie@demo.invalid' and cl.status = 'draft' limit 1",
            )
            .await;
        let steps: Vec<String> = ["angaben", "nachweise"]
            .iter()
            .map(|s| format!("/familie/antrag/{draft}/{s}"))
            .collect();
        let school = app.visitor();
        school.login("schule@demo.invalid", DEMO_PASSWORD).await;
        let mut pages: Vec<(&TestApp, &str)> = public.iter().map(|p| (&app, *p)).collect();
        for path in [
            "/familie",
            "/familie/haushalt",
            "/familie/kind/neu",
            "/konto",
        ] {
            pages.push((&family, path));
        }
        pages.push((&family, claim_page.as_str()));
        pages.extend(steps.iter().map(|p| (&drafting, p.as_str())));
        for path in ["/schule", "/schule/lernstandort/neu", "/schule/antrag/neu"] {
            pages.push((&school, path));
        }
        for lang in Lang::ALL {
            for (who, path) in &pages {
                let (status, html) = who.page(&format!("{path}?lang={}", lang.code())).await;
                assert!(status.is_success(), "{path} {status}");
                check(lang, path, &html);
            }
        }
        // The decision explained in Arabic, right to left, with the German notice beside it.
        let (_, html) = family.page(&format!("{claim_page}?lang=ar")).await;
        assert!(html.contains(r#"<html lang="ar" dir="rtl">"#));
        assert!(
            html.contains(&tr(Lang::Ar, "decision-explain-objection")),
            "{html}"
        );
    }

    #[tokio::test]
    async fn the_privacy_notice_names_the_configured_officer_in_every_language() {
        let dpo = "Frau Beispiel, Datenschutz, dsb@kreis-test.invalid";
        let app = portal_tests::spawn_app_with(|c| c.dpo_contact = dpo.into()).await;
        for lang in Lang::ALL {
            let (status, html) = app
                .page(&format!("/datenschutz?lang={}", lang.code()))
                .await;
            assert!(status.is_success(), "{} {status}", lang.code());
            check(lang, "/datenschutz", &html);
            let text = visible_text(&html);
            assert!(text.contains(dpo), "{}: no officer in {text}", lang.code());
            assert!(
                text.contains("Kommunales Jobcenter Kreis Warendorf")
                    && text.contains("Waldenburger Straße 2"),
                "{}: no controller",
                lang.code()
            );
            assert!(text.contains("LDI NRW"), "{}: no authority", lang.code());
            for key in PRIVACY_SECTIONS {
                let title = tr(lang, &format!("privacy-{key}-title"));
                assert!(
                    html.contains(&format!(r#"<section id="{key}"><h2>{title}</h2>"#)),
                    "{}: no section {key}",
                    lang.code()
                );
            }
        }
        // Latin citations keep their order inside right-to-left text.
        let (_, html) = app.page("/datenschutz?lang=ar").await;
        assert!(html.contains("\u{2066}§ 28 SGB II\u{2069}"), "{html}");
    }

    #[tokio::test]
    async fn the_language_chosen_is_stored_in_the_account_and_follows_the_user() {
        let app = demo().await;
        let phone = app.visitor();
        phone.login("kovalenko@demo.invalid", DEMO_PASSWORD).await;
        let stored = "select preferred_lang from account where email = 'kovalenko@demo.invalid'";
        let before = app.query_text(stored).await;
        let res = phone.save_language("xx").await;
        assert_eq!(location(&res), "/konto");
        assert_eq!(app.query_text(stored).await, before);
        // A link with `?lang=` (from anywhere) changes the device's language, not the account's.
        phone.get("/konto?lang=uk").await;
        assert_eq!(app.query_text(stored).await, before);
        let res = phone.save_language("uk").await;
        assert_eq!(location(&res), "/konto?lang=uk#sprache");
        assert_eq!(app.query_text(stored).await, "uk");
        let (_, html) = phone.page("/konto?lang=uk").await;
        assert!(
            html.contains(&tr(Lang::Uk, "account-language-saved")),
            "{html}"
        );
        // A new device without a cookie: the account's language.
        let laptop = app.visitor();
        laptop.login("kovalenko@demo.invalid", DEMO_PASSWORD).await;
        let (_, html) = laptop.page("/familie").await;
        assert!(html.contains(r#"<html lang="uk" dir="ltr">"#), "{html}");
        // Leichte Sprache is German on the page and its own choice in the account.
        laptop.save_language("de-x-ls").await;
        assert_eq!(app.query_text(stored).await, "de-x-ls");
        laptop.get("/familie?lang=de-x-ls").await;
        let (_, html) = laptop.page("/").await;
        assert!(html.contains(r#"<html lang="de" dir="ltr">"#));
        assert!(html.contains(&tr(Lang::DeLs, "home-summary-title")));
        // Staff screens exist in German and English: a caseworker who reads Arabic gets
        // them in German, marked as German.
        let staff = app.visitor();
        staff
            .login("sachbearbeitung@demo.invalid", DEMO_PASSWORD)
            .await;
        let (_, html) = staff.page("/verwaltung/antraege?lang=ar").await;
        assert!(html.contains(r#"<html lang="de" dir="ltr">"#), "{html}");
        assert!(html.contains("Arbeitsvorrat"));
        let (_, html) = staff.page("/lernstandorte").await;
        assert!(html.contains(r#"<html lang="ar" dir="rtl">"#));
        // Farsi is mirrored.
        let (_, html) = laptop.page("/?lang=fa").await;
        assert!(html.contains(r#"<html lang="fa" dir="rtl">"#));
    }

    #[tokio::test]
    async fn a_reported_barrier_reaches_the_bu_t_team() {
        let app = demo().await;
        let visitor = app.visitor();
        visitor.get("/barrierefreiheit?lang=en").await;
        let empty = [("page", ""), ("message", "  "), ("contact", "")];
        visitor.send_feedback(&empty).await;
        let (_, html) = visitor.page("/barrierefreiheit").await;
        assert!(html.contains("Please describe the barrier."), "{html}");
        assert_eq!(
            app.count("select count(*) from accessibility_feedback")
                .await,
            0
        );
        let report = [
            ("page", "Application, step 2"),
            ("message", "The date field\ncannot be read aloud."),
            ("contact", "0151 1234567"),
        ];
        visitor.send_feedback(&report).await;
        let (_, html) = visitor.page("/barrierefreiheit").await;
        assert!(html.contains("Your report has reached the BuT team."));
        // Families cannot read the reports; staff can, and mark them handled.
        let family = app.visitor();
        family.login("kovalenko@demo.invalid", DEMO_PASSWORD).await;
        assert!(
            !family
                .body("/verwaltung/barrieren")
                .await
                .contains("read aloud")
        );
        let staff = app.visitor();
        staff
            .login("sachbearbeitung@demo.invalid", DEMO_PASSWORD)
            .await;
        let (_, html) = staff.page("/verwaltung/barrieren").await;
        assert!(
            html.contains("cannot be read aloud")
                && html.contains("0151 1234567")
                && html.contains("English"),
            "{html}"
        );
        let id = app
            .query_text("select id from accessibility_feedback")
            .await;
        staff.mark_feedback_handled(&id).await;
        assert_eq!(
            app.count("select count(*) from accessibility_feedback where handled_by is not null")
                .await,
            1
        );
        let refused = family.mark_feedback_handled(&id).await;
        assert!(refused.status().is_redirection());
        assert_eq!(
            app.count("select count(*) from accessibility_feedback where handled_at is not null")
                .await,
            1
        );
    }
}
