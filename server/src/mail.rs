//! Sends the outbox (`app::db::outbox`): a background worker leases due messages and
//! hands them to the SMTP server of `SMTP_URL` (lettre; `smtp://` plain or with
//! `?tls=required` for STARTTLS, `smtps://` for TLS), retrying with back-off when the
//! server is down. Without `SMTP_URL` nothing is sent: messages are kept for an admin to
//! read at `/admin/postausgang`. A lease outlives a process that dies mid-send, so a mail
//! is sent at least once and — unless a process dies between the server's "250 OK" and
//! marking it sent — exactly once.

use app::db::{Db, outbox};
use lettre::{
    AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor,
    message::{Mailbox, MultiPart},
};
use std::time::Duration;

/// How long a worker holds the messages it leased.
const LEASE_SECONDS: i64 = 120;
/// Messages per round.
const BATCH: i64 = 20;
/// After this many attempts a message is given up (about a day of back-off).
const MAX_ATTEMPTS: i64 = 12;

/// Where mail goes.
#[derive(Clone)]
pub enum Mailer {
    Smtp {
        transport: Box<AsyncSmtpTransport<Tokio1Executor>>,
        from: Mailbox,
    },
    /// No SMTP server: messages are kept.
    Keep,
}

impl Mailer {
    /// The mailer of `smtp_url` (none: keep) sending as `from`.
    pub fn new(smtp_url: Option<&str>, from: &str) -> Result<Mailer, String> {
        let Some(url) = smtp_url.filter(|u| !u.trim().is_empty()) else {
            return Ok(Mailer::Keep);
        };
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map_err(|e| format!("SMTP_URL: {e}"))?
            .timeout(Some(Duration::from_secs(20)))
            .build()
            .into();
        let from = from
            .parse::<Mailbox>()
            .map_err(|e| format!("MAIL_FROM: {e}"))?;
        Ok(Mailer::Smtp { transport, from })
    }
}

/// The wait before attempt `attempts + 1`: 30 s doubling, at most two hours.
pub fn backoff(attempts: i64) -> i64 {
    let exp = u32::try_from(attempts.clamp(1, 12) - 1).unwrap_or(0);
    (30_i64 << exp).min(7200)
}

/// Sends (or keeps) what is due, once; returns how many messages it handled.
pub async fn send_due(db: &Db, mailer: &Mailer) -> Result<usize, sqlx::Error> {
    let due = outbox::lease_due(db, LEASE_SECONDS, BATCH).await?;
    for m in &due {
        let result = match mailer {
            Mailer::Keep => Ok("kept"),
            Mailer::Smtp { transport, from } => send(transport, from, m).await.map(|()| "sent"),
        };
        match result {
            Ok(status) => outbox::mark_done(db, &m.id, status).await?,
            Err(error) => {
                tracing::warn!(id = %m.id, attempts = m.attempts, %error, "mail not sent");
                let retry = (m.attempts < MAX_ATTEMPTS).then(|| {
                    time::OffsetDateTime::now_utc().unix_timestamp() + backoff(m.attempts)
                });
                outbox::mark_failed(db, &m.id, &error, retry).await?;
            }
        }
    }
    Ok(due.len())
}

async fn send(
    transport: &AsyncSmtpTransport<Tokio1Executor>,
    from: &Mailbox,
    m: &outbox::OutboxMessage,
) -> Result<(), String> {
    let to = m.to_address.parse::<Mailbox>().map_err(|e| e.to_string())?;
    let message = Message::builder()
        .from(from.clone())
        .to(to)
        .subject(&m.subject)
        .message_id(Some(format!("<{}@but-portal>", m.id)))
        .multipart(MultiPart::alternative_plain_html(
            m.body_text.clone(),
            m.body_html.clone(),
        ))
        .map_err(|e| e.to_string())?;
    transport
        .send(message)
        .await
        .map(|_| ())
        .map_err(|e| e.to_string())
}

/// Sends the outbox every `every`, and queues the reminders of questions due in three
/// days and the schools' daily digests (each once, whichever process gets there first),
/// until the process ends.
pub fn spawn_outbox_worker(db: Db, mailer: Mailer, every: Duration) {
    tokio::spawn(async move {
        let mut interval = tokio::time::interval(every);
        interval.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        let mut reminded_on = None;
        let mut digests_at = None;
        loop {
            interval.tick().await;
            let now = time::OffsetDateTime::now_utc();
            if reminded_on != Some(now.date()) {
                match app::db::question::send_reminders(&db, now.date()).await {
                    Ok(_) => reminded_on = Some(now.date()),
                    Err(e) => tracing::warn!(error = %e, "question reminders failed"),
                }
            }
            // The schools' digests: looked for hourly, sent at most daily per person.
            if digests_at
                .is_none_or(|at: time::OffsetDateTime| now - at >= time::Duration::hours(1))
            {
                match app::db::confirmation::send_digests(&db, now.unix_timestamp()).await {
                    Ok(_) => digests_at = Some(now),
                    Err(e) => tracing::warn!(error = %e, "school digests failed"),
                }
            }
            if let Err(e) = send_due(&db, &mailer).await {
                tracing::warn!(error = %e, "outbox round failed");
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn back_off_doubles_from_thirty_seconds_up_to_two_hours() {
        assert_eq!(backoff(1), 30);
        assert_eq!(backoff(2), 60);
        assert_eq!(backoff(5), 480);
        assert_eq!(backoff(9), 7200);
        assert_eq!(backoff(40), 7200);
    }

    #[test]
    fn no_smtp_url_keeps_mail_and_a_bad_one_is_refused() {
        assert!(matches!(Mailer::new(None, "x@y.de"), Ok(Mailer::Keep)));
        assert!(matches!(Mailer::new(Some(" "), "x@y.de"), Ok(Mailer::Keep)));
        assert!(
            Mailer::new(
                Some("smtp://127.0.0.1:2525"),
                "BuT-Portal <but@kreis.example>"
            )
            .is_ok()
        );
        assert!(Mailer::new(Some("smtp://127.0.0.1:2525"), "not an address").is_err());
    }
}
