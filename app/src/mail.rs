//! Renders the portal's e-mails in the recipient's language (`domain::mail` composes
//! them) and writes them to the outbox (`db::outbox`), in the transaction of the event
//! that causes them.

use crate::domain::ids::{AccountId, NoticeId};
use crate::{
    db::outbox::{self, Outgoing},
    domain::{
        lang::Lang,
        mail::{Composed, MailKind, MailParts, compose, topic_on},
    },
    i18n::{Arg, tr, tr_args},
};
use sqlx::{Any, Transaction};

/// The portal's address as users reach it (`PUBLIC_URL`), to build the links in mails.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PortalUrl(pub String);

impl PortalUrl {
    /// The absolute URL of `path` (which starts with `/`).
    pub fn link(&self, path: &str) -> String {
        format!("{}{path}", self.0.trim_end_matches('/'))
    }
}

/// The mail `kind` in `lang`, with the message arguments `args` and the `link` to the
/// portal.
pub fn render(kind: MailKind, lang: Lang, args: &[(&str, Arg)], link: &str) -> Composed {
    let subject = tr_args(lang, &kind.subject_id(), args);
    let body = tr_args(lang, &kind.body_id(), args);
    let greeting = tr(lang, "mail-greeting");
    let link_label = tr(lang, &format!("mail-{}-link", kind.as_str()));
    let footer = tr(lang, "mail-footer");
    compose(&MailParts {
        lang: lang.html_lang(),
        dir: lang.dir(),
        subject: &subject,
        greeting: &greeting,
        body: &body,
        link_label: &link_label,
        link,
        footer: &footer,
    })
}

/// Renders the mail and queues it to `to` in `tx`: it goes out if and only if the event
/// that causes it is committed.
pub async fn queue_in(
    tx: &mut Transaction<'static, Any>,
    (kind, notice): (MailKind, Option<&NoticeId>),
    (to, lang): (&str, Lang),
    args: &[(&str, Arg)],
    link: &str,
) -> Result<(), sqlx::Error> {
    let composed = render(kind, lang, args, link);
    outbox::enqueue_in(
        tx,
        &Outgoing {
            kind,
            to,
            lang,
            composed: &composed,
            notice,
        },
    )
    .await
}

/// Where a mail to an account goes, in which language.
#[derive(sqlx::FromRow)]
struct Recipient {
    email: String,
    preferred_lang: String,
    paper: i64,
    mail_prefs: Option<String>,
}

/// Queues the mail `kind` to the account `account_id` in its language, linking to `path`
/// of the portal (`PUBLIC_URL` from the request's context), unless the person turned its
/// topic off. An account entered from paper has no address to write to: its mail goes out
/// by post, not here.
pub async fn queue_for_account(
    tx: &mut Transaction<'static, Any>,
    account_id: &AccountId,
    (kind, notice): (MailKind, Option<&NoticeId>),
    args: impl Fn(Lang) -> Vec<(&'static str, Arg)>,
    path: &str,
) -> Result<(), sqlx::Error> {
    let recipient: Option<Recipient> = sqlx::query_as(
        "select email, preferred_lang, paper, mail_prefs from account where id = $1 and disabled = 0",
    )
    .bind(account_id)
    .fetch_optional(&mut **tx)
    .await?;
    // Mail the person turned off is not written at all.
    let wanted = |r: &Recipient| {
        kind.topic()
            .is_none_or(|t| topic_on(r.mail_prefs.as_deref(), t))
    };
    let Some(r) = recipient.filter(|r| r.paper == 0 && wanted(r)) else {
        return Ok(());
    };
    let portal = leptos::prelude::use_context::<PortalUrl>().unwrap_or(PortalUrl(String::new()));
    let lang = Lang::parse(&r.preferred_lang).unwrap_or(Lang::De);
    let link = portal.link(path);
    queue_in(tx, (kind, notice), (&r.email, lang), &args(lang), &link).await
}
