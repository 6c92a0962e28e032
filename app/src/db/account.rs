//! Accounts: creation, lookup and password changes. Passwords are hashed with argon2id.

use super::{Db, new_id, now_unix};
use crate::domain::ids::AccountId;
use crate::{
    context::CurrentUser,
    domain::{
        account::{Email, NewPassword, Role},
        lang::Lang,
    },
    error::AppError,
};
use argon2::{
    Argon2,
    password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString, rand_core::OsRng},
};

/// An account as listed for admins.
#[derive(Debug, Clone)]
pub struct AccountRow {
    pub id: AccountId,
    pub email: String,
    pub role: Role,
    pub created_at: i64,
}

/// A bound on the password hashes computed at once (argon2id with the default parameters
/// takes about 19 MiB and a core for a tenth of a second each): `slots` at a time,
/// `queue` more waiting at most `wait` each; anything beyond is answered "try again".
struct Hashing {
    slots: tokio::sync::Semaphore,
    waiting: std::sync::atomic::AtomicUsize,
    queue: usize,
    wait: std::time::Duration,
}

impl Hashing {
    fn new(slots: usize, queue: usize, wait: std::time::Duration) -> Hashing {
        Hashing {
            slots: tokio::sync::Semaphore::new(slots),
            waiting: std::sync::atomic::AtomicUsize::new(0),
            queue,
            wait,
        }
    }

    /// The portal's bound: as many slots as cores (2 to 8), 64 waiting for up to 10 s.
    fn portal() -> &'static Hashing {
        static HASHING: std::sync::OnceLock<Hashing> = std::sync::OnceLock::new();
        HASHING.get_or_init(|| {
            let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
            Hashing::new(cores.clamp(2, 8), 64, std::time::Duration::from_secs(10))
        })
    }

    /// Runs `f` on a blocking thread once a slot is free. A full queue or a long wait is
    /// [`AppError::Unavailable`]: the translated "try again" page, which keeps what was
    /// typed.
    async fn run<T: Send + 'static>(
        &self,
        f: impl FnOnce() -> Result<T, AppError> + Send + 'static,
    ) -> Result<T, AppError> {
        use std::sync::atomic::Ordering::SeqCst;
        let busy = || AppError::Unavailable("all password hashing slots are busy".into());
        let permit = if self.waiting.fetch_add(1, SeqCst) >= self.queue {
            Err(busy())
        } else {
            match tokio::time::timeout(self.wait, self.slots.acquire()).await {
                Ok(Ok(permit)) => Ok(permit),
                _ => Err(busy()),
            }
        };
        self.waiting.fetch_sub(1, SeqCst);
        let _permit = permit?;
        tokio::task::spawn_blocking(f)
            .await
            .map_err(|e| AppError::Internal(format!("blocking task failed: {e}")))?
    }
}

/// Hashes a password with argon2id (deliberately slow: see [`Hashing`]).
pub async fn hash_password(password: &str) -> Result<String, AppError> {
    let password = password.to_string();
    Hashing::portal()
        .run(move || {
            let salt = SaltString::generate(&mut OsRng);
            Argon2::default()
                .hash_password(password.as_bytes(), &salt)
                .map(|h| h.to_string())
                .map_err(|e| AppError::Internal(format!("hashing failed: {e}")))
        })
        .await
}

async fn verify_password(password: &str, hash: &str) -> Result<bool, AppError> {
    let (password, hash) = (password.to_string(), hash.to_string());
    Hashing::portal()
        .run(move || {
            let parsed = PasswordHash::new(&hash)
                .map_err(|e| AppError::Internal(format!("bad hash: {e}")))?;
            Ok(Argon2::default()
                .verify_password(password.as_bytes(), &parsed)
                .is_ok())
        })
        .await
}

/// Creates an account whose address counts as confirmed (an admin's, the command line's,
/// the demo's). A taken e-mail address is a validation error on the `email` field.
/// Families registering themselves go through `verification::register`.
pub async fn create(
    db: &Db,
    email: &Email,
    password: &NewPassword,
    role: Role,
    lang: Lang,
) -> Result<AccountId, AppError> {
    let hash = hash_password(password.expose()).await?;
    let id: AccountId = new_id();
    let now = now_unix();
    let inserted = sqlx::query(
        "insert into account (id, email, password_hash, role, preferred_lang, created_at, updated_at, email_verified_at) \
         values ($1, $2, $3, $4, $5, $6, $6, $6) on conflict (email) do nothing",
    )
    .bind(&id)
    .bind(email.as_str())
    .bind(hash)
    .bind(role.as_str())
    .bind(lang.code())
    .bind(now)
    .execute(db.writer())
    .await?;
    if inserted.rows_affected() == 0 {
        return Err(AppError::field("email", "error-email-taken"));
    }
    Ok(id)
}

/// The user with this e-mail if the password matches. Unknown addresses cost the same
/// hashing time as known ones, so timing does not reveal which addresses exist.
pub async fn authenticate(
    db: &Db,
    email: &Email,
    password: &str,
) -> Result<Option<CurrentUser>, AppError> {
    let row: Option<LoginRow> = sqlx::query_as(
        "select id, password_hash, role, preferred_lang from account where email = $1 and disabled = 0",
    )
    .bind(email.as_str())
    .fetch_optional(db.pool())
    .await?;
    let Some(row) = row else {
        let _ = hash_password(password).await?;
        return Ok(None);
    };
    if !verify_password(password, &row.password_hash).await? {
        return Ok(None);
    }
    Ok(Role::parse(&row.role).map(|role| CurrentUser {
        id: row.id,
        email: email.as_str().to_string(),
        role,
        lang: Lang::parse(&row.preferred_lang).unwrap_or_default(),
    }))
}

/// An active account as stored, for a login.
#[derive(sqlx::FromRow)]
struct LoginRow {
    id: AccountId,
    password_hash: String,
    role: String,
    preferred_lang: String,
}

/// An active account as stored, for a session.
#[derive(sqlx::FromRow)]
struct UserRow {
    id: AccountId,
    email: String,
    role: String,
    preferred_lang: String,
}

/// Loads an active account by id (the id stored in the session) for a session that
/// began at `since` (unix milliseconds): none if the account's sessions were ended after that
/// (password changed, "log out everywhere").
pub async fn find_user(
    db: &Db,
    id: &AccountId,
    since: i64,
) -> Result<Option<CurrentUser>, sqlx::Error> {
    let row: Option<UserRow> = sqlx::query_as(
        "select id, email, role, preferred_lang from account \
         where id = $1 and disabled = 0 and sessions_valid_from <= $2",
    )
    .bind(id)
    .bind(since)
    .fetch_optional(db.pool())
    .await?;
    Ok(row.and_then(|row| {
        Role::parse(&row.role).map(|role| CurrentUser {
            id: row.id,
            email: row.email,
            role,
            lang: Lang::parse(&row.preferred_lang).unwrap_or_default(),
        })
    }))
}

/// Stores the language the user chose, used for everything sent to them.
pub async fn set_lang(db: &Db, id: &AccountId, lang: Lang) -> Result<(), sqlx::Error> {
    sqlx::query("update account set preferred_lang = $1, updated_at = $2 where id = $3 and preferred_lang <> $1")
        .bind(lang.code())
        .bind(now_unix())
        .bind(id)
        .execute(db.writer())
        .await?;
    Ok(())
}

/// Sets a new password (the caller has checked the current one). Every session begun
/// before now ends: a stolen session does not outlive the new password (the caller stamps
/// its own session anew).
pub async fn set_password(db: &Db, id: &AccountId, new: &NewPassword) -> Result<(), AppError> {
    let hash = hash_password(new.expose()).await?;
    sqlx::query(
        "update account set password_hash = $1, updated_at = $2, sessions_valid_from = $3 where id = $4",
    )
    .bind(hash)
    .bind(now_unix())
    .bind(super::now_millis())
    .bind(id)
    .execute(db.writer())
    .await?;
    Ok(())
}

/// Ends every session of account `id` begun before now ("log out everywhere").
pub async fn end_sessions(db: &Db, id: &AccountId) -> Result<(), sqlx::Error> {
    sqlx::query("update account set sessions_valid_from = $1 where id = $2")
        .bind(super::now_millis())
        .bind(id)
        .execute(db.writer())
        .await?;
    Ok(())
}

/// Accounts shown on one page of the admins' list.
pub const LIST_PAGE: i64 = 50;

/// One page of the accounts an admin looks for, newest first, with the number of all
/// that match: `search` is part of the e-mail address (any case), `role` one role or all.
/// The households staff entered from paper (`paper`) are not accounts anyone uses.
pub async fn list(
    db: &Db,
    search: &str,
    role: Option<Role>,
    page: i64,
) -> Result<(Vec<AccountRow>, i64), sqlx::Error> {
    let pattern = crate::domain::search::contains(&search.trim().to_lowercase());
    let role = role.map(|r| r.as_str()).unwrap_or("");
    let filter = "from account where paper = 0 and email like $1 escape '\\' \
                  and ($2 = '' or role = $2)";
    let total: i64 = sqlx::query_scalar(&format!("select count(*) {filter}"))
        .bind(&pattern)
        .bind(role)
        .fetch_one(db.pool())
        .await?;
    let rows: Vec<ListedRow> = sqlx::query_as(&format!(
        "select id, email, role, created_at {filter} \
         order by created_at desc, email limit $3 offset $4"
    ))
    .bind(&pattern)
    .bind(role)
    .bind(LIST_PAGE)
    .bind(page.max(0) * LIST_PAGE)
    .fetch_all(db.pool())
    .await?;
    let rows = rows
        .into_iter()
        .filter_map(|row| {
            Role::parse(&row.role).map(|role| AccountRow {
                id: row.id,
                email: row.email,
                role,
                created_at: row.created_at,
            })
        })
        .collect();
    Ok((rows, total))
}

/// An account as stored, for the admins' list.
#[derive(sqlx::FromRow)]
struct ListedRow {
    id: AccountId,
    email: String,
    role: String,
    created_at: i64,
}

/// The id of the account with this (normalised) e-mail address.
pub async fn id_by_email(db: &Db, email: &Email) -> Result<Option<AccountId>, sqlx::Error> {
    sqlx::query_scalar("select id from account where email = $1")
        .bind(email.as_str())
        .fetch_optional(db.pool())
        .await
}

/// The mail topics the person turned on (`None`: never chosen, the defaults apply).
pub async fn mail_prefs(db: &Db, id: &AccountId) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar("select mail_prefs from account where id = $1")
        .bind(id)
        .fetch_one(db.pool())
        .await
}

/// Stores the mail topics the person turned on (comma-separated).
pub async fn set_mail_prefs(db: &Db, id: &AccountId, prefs: &str) -> Result<(), sqlx::Error> {
    sqlx::query("update account set mail_prefs = $1, updated_at = $2 where id = $3")
        .bind(prefs)
        .bind(now_unix())
        .bind(id)
        .execute(db.writer())
        .await?;
    Ok(())
}

/// When the family consented to receive its Bescheide through the portal (§ 37 Abs. 2a
/// SGB X), if it did and has not withdrawn.
pub async fn portal_delivery(db: &Db, id: &AccountId) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar("select portal_delivery_at from account where id = $1")
        .bind(id)
        .fetch_one(db.pool())
        .await
}

/// Gives (`true`) or withdraws the family's consent to delivery through the portal, for
/// the future; both are written to the audit log.
pub async fn set_portal_delivery(
    db: &Db,
    id: &AccountId,
    consent: bool,
) -> Result<(), sqlx::Error> {
    let now = now_unix();
    let mut tx = db.begin_write().await?;
    sqlx::query(
        "update account set portal_delivery_at = case when $1 = 1 then coalesce(portal_delivery_at, $2) end, \
         updated_at = $2 where id = $3",
    )
    .bind(i64::from(consent))
    .bind(now)
    .bind(id)
    .execute(&mut *tx)
    .await?;
    let action = if consent {
        "portal_delivery_given"
    } else {
        "portal_delivery_withdrawn"
    };
    super::decision::audit_in(&mut tx, id, None, action, None).await?;
    tx.commit().await
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::{sync::Arc, time::Duration};

    /// One slot, one waiting: of three hashes at once two run (one after the other) and
    /// the third is told to try again at once — nothing more piles up.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn hashes_beyond_the_slots_and_the_queue_are_told_to_try_again() {
        let hashing = Arc::new(Hashing::new(1, 1, Duration::from_secs(5)));
        let release = Arc::new(std::sync::Barrier::new(2));
        let first = tokio::spawn({
            let (hashing, release) = (hashing.clone(), release.clone());
            async move {
                hashing
                    .run(move || {
                        release.wait();
                        Ok(1)
                    })
                    .await
            }
        });
        // The first holds the slot and no longer counts as waiting.
        while hashing.slots.available_permits() > 0
            || hashing.waiting.load(std::sync::atomic::Ordering::SeqCst) > 0
        {
            tokio::task::yield_now().await;
        }
        let second = tokio::spawn({
            let hashing = hashing.clone();
            async move { hashing.run(|| Ok(2)).await }
        });
        while hashing.waiting.load(std::sync::atomic::Ordering::SeqCst) == 0 {
            tokio::task::yield_now().await;
        }
        let third = hashing.run(|| Ok(3)).await;
        assert!(matches!(third, Err(AppError::Unavailable(_))), "{third:?}");
        release.wait();
        assert_eq!(first.await.unwrap().unwrap(), 1);
        assert_eq!(second.await.unwrap().unwrap(), 2);
    }

    #[tokio::test]
    async fn a_wait_longer_than_allowed_is_told_to_try_again() {
        let hashing = Hashing::new(0, 8, Duration::from_millis(50));
        assert!(matches!(
            hashing.run(|| Ok(())).await,
            Err(AppError::Unavailable(_))
        ));
    }
}
