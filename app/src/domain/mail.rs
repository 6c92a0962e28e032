//! The e-mails the portal sends (issue 17): what each says, composed from translated
//! messages into a plain-text and a simple HTML part. A mail never carries Sozialdaten:
//! it says *that* something happened and links to the portal, where the person logs in.

use super::account::Role;

/// What a mail is about. Its subject and body are the Fluent messages
/// `mail-<id>-subject` and `mail-<id>-body`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MailKind {
    /// A one-time link to set a new password.
    PasswordReset,
    /// A one-time link to confirm the address of a new account.
    VerifyEmail,
    /// Someone registered with an address that already has an account.
    AlreadyRegistered,
    /// The claim arrived (its reference number).
    ClaimReceived,
    /// The jobcenter asked a question (with its due date).
    Question,
    /// The question is due in three days and not answered yet.
    QuestionReminder,
    /// A decision is made; the Bescheid comes by post.
    Decision,
    /// The Bescheid is ready for download: the legal notification of § 37 Abs. 2a SGB X
    /// for a family that consented to delivery through the portal.
    NoticeReady,
    /// To a school social worker: pupils' claims wait for the school's confirmation (one
    /// digest a day at most).
    SchoolDigest,
    /// To a caseworker: the family answered a question on a claim assigned to them.
    StaffAnswer,
}

/// What a person can turn off (or, for staff, on) on their account page. Mails with a
/// legal or security purpose — the password link, the address confirmation, the notice
/// of a known address, and the notification of a Bescheid delivered through the portal —
/// belong to no topic and always go out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MailTopic {
    Claims,
    Questions,
    Decisions,
    SchoolDigest,
    StaffAnswers,
}

impl MailTopic {
    pub const ALL: [MailTopic; 5] = [
        MailTopic::Claims,
        MailTopic::Questions,
        MailTopic::Decisions,
        MailTopic::SchoolDigest,
        MailTopic::StaffAnswers,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            MailTopic::Claims => "claims",
            MailTopic::Questions => "questions",
            MailTopic::Decisions => "decisions",
            MailTopic::SchoolDigest => "school-digest",
            MailTopic::StaffAnswers => "staff-answers",
        }
    }

    pub fn parse(s: &str) -> Option<MailTopic> {
        MailTopic::ALL.into_iter().find(|t| t.as_str() == s)
    }

    /// Fluent id of its label on the account page.
    pub fn label_id(self) -> String {
        format!("mail-topic-{}", self.as_str())
    }

    /// The topics a person of `role` can choose.
    pub fn for_role(role: Role) -> Vec<MailTopic> {
        match role {
            Role::Family => vec![
                MailTopic::Claims,
                MailTopic::Questions,
                MailTopic::Decisions,
            ],
            Role::School => vec![MailTopic::SchoolDigest],
            Role::Staff | Role::Admin => vec![MailTopic::StaffAnswers],
        }
    }

    /// On until turned off — except the caseworker's mails, which are off until turned on.
    pub fn on_by_default(self) -> bool {
        self != MailTopic::StaffAnswers
    }
}

/// Whether `topic` is on for a person whose stored choice is `prefs` (the topics turned
/// on, comma-separated; `None`: never chosen, the defaults apply).
pub fn topic_on(prefs: Option<&str>, topic: MailTopic) -> bool {
    match prefs {
        None => topic.on_by_default(),
        Some(p) => p.split(',').any(|t| t.trim() == topic.as_str()),
    }
}

/// The stored form of the topics chosen on the account page (unknown values dropped).
pub fn prefs_of(chosen: &[String]) -> String {
    MailTopic::ALL
        .into_iter()
        .filter(|t| chosen.iter().any(|c| c == t.as_str()))
        .map(MailTopic::as_str)
        .collect::<Vec<_>>()
        .join(",")
}

impl MailKind {
    pub const ALL: [MailKind; 10] = [
        MailKind::PasswordReset,
        MailKind::VerifyEmail,
        MailKind::AlreadyRegistered,
        MailKind::ClaimReceived,
        MailKind::Question,
        MailKind::QuestionReminder,
        MailKind::Decision,
        MailKind::NoticeReady,
        MailKind::SchoolDigest,
        MailKind::StaffAnswer,
    ];

    /// As stored in the outbox, and the middle of its message ids.
    pub fn as_str(self) -> &'static str {
        match self {
            MailKind::PasswordReset => "password-reset",
            MailKind::VerifyEmail => "verify-email",
            MailKind::AlreadyRegistered => "already-registered",
            MailKind::ClaimReceived => "claim-received",
            MailKind::Question => "question",
            MailKind::QuestionReminder => "question-reminder",
            MailKind::Decision => "decision",
            MailKind::NoticeReady => "notice-ready",
            MailKind::SchoolDigest => "school-digest",
            MailKind::StaffAnswer => "staff-answer",
        }
    }

    pub fn parse(s: &str) -> Option<MailKind> {
        MailKind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// The topic a person can turn it off under; `None`: it always goes out.
    pub fn topic(self) -> Option<MailTopic> {
        match self {
            MailKind::ClaimReceived => Some(MailTopic::Claims),
            MailKind::Question | MailKind::QuestionReminder => Some(MailTopic::Questions),
            MailKind::Decision => Some(MailTopic::Decisions),
            MailKind::SchoolDigest => Some(MailTopic::SchoolDigest),
            MailKind::StaffAnswer => Some(MailTopic::StaffAnswers),
            MailKind::PasswordReset
            | MailKind::VerifyEmail
            | MailKind::AlreadyRegistered
            | MailKind::NoticeReady => None,
        }
    }

    /// Whether its link is a secret (whoever has it can act as the person): its body is
    /// not shown to admins once sent.
    pub fn secret(self) -> bool {
        matches!(self, MailKind::PasswordReset | MailKind::VerifyEmail)
    }

    pub fn subject_id(self) -> String {
        format!("mail-{}-subject", self.as_str())
    }

    pub fn body_id(self) -> String {
        format!("mail-{}-body", self.as_str())
    }
}

/// How many days before a question's due date the family is reminded.
pub const REMINDER_DAYS: i64 = 3;

/// A composed mail: subject, plain text and HTML.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Composed {
    pub subject: String,
    pub text: String,
    pub html: String,
}

/// Composes a mail from its translated parts: the greeting, the body (paragraphs
/// separated by blank lines), the link with its label, and the footer. `dir` is `rtl` for
/// Arabic and Farsi.
pub fn compose(parts: &MailParts<'_>) -> Composed {
    let paragraphs: Vec<&str> = parts
        .body
        .split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let text = format!(
        "{}\n\n{}\n\n{}\n{}\n\n-- \n{}\n",
        parts.greeting,
        paragraphs.join("\n\n"),
        parts.link_label,
        parts.link,
        parts.footer
    );
    let body_html: String = paragraphs
        .iter()
        .map(|p| format!("<p>{}</p>", escape(p)))
        .collect();
    let html = format!(
        "<!DOCTYPE html><html lang=\"{lang}\" dir=\"{dir}\"><head><meta charset=\"utf-8\"><title>{subject}</title></head>\
         <body style=\"font-family:sans-serif;font-size:16px;line-height:1.5;max-width:36em\">\
         <p>{greeting}</p>{body_html}<p><a href=\"{link}\">{label}</a></p>\
         <hr><p style=\"color:#555;font-size:14px\">{footer}</p></body></html>",
        lang = escape(parts.lang),
        dir = parts.dir,
        subject = escape(parts.subject),
        greeting = escape(parts.greeting),
        link = escape(parts.link),
        label = escape(parts.link_label),
        footer = escape(parts.footer),
    );
    Composed {
        subject: parts.subject.to_string(),
        text,
        html,
    }
}

/// The translated parts of a mail.
#[derive(Debug, Clone, Copy)]
pub struct MailParts<'a> {
    pub lang: &'a str,
    pub dir: &'a str,
    pub subject: &'a str,
    pub greeting: &'a str,
    pub body: &'a str,
    pub link_label: &'a str,
    pub link: &'a str,
    pub footer: &'a str,
}

/// Escapes text for HTML.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts<'a>(body: &'a str, link: &'a str) -> MailParts<'a> {
        MailParts {
            lang: "de",
            dir: "ltr",
            subject: "Neues Passwort",
            greeting: "Guten Tag,",
            body,
            link_label: "Neues Passwort festlegen:",
            link,
            footer: "Automatisch versandt.",
        }
    }

    #[test]
    fn a_mail_has_a_text_and_an_html_part_with_the_link() {
        let m = compose(&parts(
            "Sie haben ein neues Passwort angefordert.\n\nDer Link gilt eine Stunde.",
            "https://but.example/passwort-neu?token=abc",
        ));
        assert_eq!(m.subject, "Neues Passwort");
        assert!(
            m.text.contains(
                "Sie haben ein neues Passwort angefordert.\n\nDer Link gilt eine Stunde."
            )
        );
        assert!(
            m.text
                .contains("\nhttps://but.example/passwort-neu?token=abc\n")
        );
        assert!(m.html.contains("<p>Der Link gilt eine Stunde.</p>"));
        assert!(
            m.html
                .contains("<a href=\"https://but.example/passwort-neu?token=abc\">")
        );
    }

    #[test]
    fn text_is_escaped_in_html_and_rtl_languages_are_marked() {
        let mut p = parts("<script>alert(1)</script> & mehr", "https://x/?a=1&b=2");
        p.dir = "rtl";
        p.lang = "ar";
        let m = compose(&p);
        assert!(!m.html.contains("<script>"));
        assert!(
            m.html
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; mehr")
        );
        assert!(m.html.contains("href=\"https://x/?a=1&amp;b=2\""));
        assert!(m.html.contains("lang=\"ar\" dir=\"rtl\""));
    }

    #[test]
    fn mails_with_a_legal_or_security_purpose_cannot_be_turned_off() {
        for k in [
            MailKind::PasswordReset,
            MailKind::VerifyEmail,
            MailKind::AlreadyRegistered,
            MailKind::NoticeReady,
        ] {
            assert_eq!(k.topic(), None, "{k:?}");
        }
        assert_eq!(
            MailKind::QuestionReminder.topic(),
            Some(MailTopic::Questions)
        );
        // Families get their mails until they turn them off; caseworkers only if they ask.
        assert!(topic_on(None, MailTopic::Decisions));
        assert!(!topic_on(None, MailTopic::StaffAnswers));
        assert!(!topic_on(Some("claims"), MailTopic::Decisions));
        assert!(topic_on(Some("claims,decisions"), MailTopic::Decisions));
        assert!(topic_on(Some("staff-answers"), MailTopic::StaffAnswers));
        assert_eq!(
            prefs_of(&["decisions".into(), "evil".into(), "claims".into()]),
            "claims,decisions"
        );
        assert_eq!(prefs_of(&[]), "");
        assert_eq!(MailTopic::for_role(Role::School), [MailTopic::SchoolDigest]);
    }

    #[test]
    fn only_the_password_link_is_a_secret() {
        for k in MailKind::ALL {
            assert_eq!(MailKind::parse(k.as_str()), Some(k));
            assert_eq!(
                k.secret(),
                matches!(k, MailKind::PasswordReset | MailKind::VerifyEmail)
            );
        }
        assert_eq!(MailKind::Question.subject_id(), "mail-question-subject");
    }
}
