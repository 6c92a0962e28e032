//! Documents attached to claims. Metadata and bytes are written in one transaction, so
//! an upload that fails half-way leaves nothing behind. Family-facing functions are
//! scoped by the owning account: a foreign id is `NotFound`.

use super::{Db, new_id, now_unix};
use crate::domain::ids::{AccountId, ClaimId, DocumentId, QuestionId};
use crate::{
    domain::{
        claim::Status,
        document::{CheckedUpload, DocType, Stored, Upload, UploadLimits, check_uploads},
    },
    error::AppError,
};
use sha2::{Digest, Sha256};
use sqlx::{Any, Transaction};

/// A stored document, without its bytes.
#[derive(Debug, Clone)]
pub struct DocumentMeta {
    pub id: DocumentId,
    pub claim_id: ClaimId,
    pub question_id: Option<QuestionId>,
    pub file_name: String,
    pub doc_type: DocType,
    pub size_bytes: u64,
    pub created_at: i64,
}

/// A document's metadata as stored ([`META_COLUMNS`]).
#[derive(sqlx::FromRow)]
struct MetaRow {
    id: DocumentId,
    claim_id: ClaimId,
    question_id: Option<QuestionId>,
    file_name: String,
    content_type: String,
    size_bytes: i64,
    created_at: i64,
}

/// A document's metadata and bytes as stored.
#[derive(sqlx::FromRow)]
struct ContentRow {
    #[sqlx(flatten)]
    meta: MetaRow,
    bytes: Vec<u8>,
}

fn meta(row: MetaRow) -> Option<DocumentMeta> {
    Some(DocumentMeta {
        id: row.id,
        claim_id: row.claim_id,
        question_id: row.question_id,
        file_name: row.file_name,
        doc_type: DocType::from_mime(&row.content_type)?,
        size_bytes: u64::try_from(row.size_bytes).ok()?,
        created_at: row.created_at,
    })
}

const META_COLUMNS: &str =
    "d.id, d.claim_id, d.question_id, d.file_name, d.content_type, d.size_bytes, d.created_at";

/// The SHA-256 of `bytes` as lowercase hex (documents, notices, hearing letters).
pub(crate) fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Checks `uploads` against the limits (counting what the claim already holds) and
/// stores them inside `tx`. The caller has checked that the claim may take documents.
pub(crate) async fn store_in(
    tx: &mut Transaction<'static, Any>,
    claim_id: &ClaimId,
    question_id: Option<&QuestionId>,
    uploaded_by: &AccountId,
    uploads: Vec<Upload>,
    limits: UploadLimits,
) -> Result<usize, AppError> {
    let (claim_bytes, claim_files): (i64, i64) = sqlx::query_as(
        "select cast(coalesce(sum(size_bytes), 0) as bigint), count(*) from document where claim_id = $1",
    )
    .bind(claim_id)
    .fetch_one(&mut **tx)
    .await?;
    let drafts_bytes: i64 = sqlx::query_scalar(
        "select cast(coalesce(sum(d.size_bytes), 0) as bigint) from document d \
         join claim c on c.id = d.claim_id \
         where c.status = 'draft' and c.account_id = (select account_id from claim where id = $1)",
    )
    .bind(claim_id)
    .fetch_one(&mut **tx)
    .await?;
    let stored = Stored {
        claim_bytes: u64::try_from(claim_bytes).unwrap_or(0),
        claim_files: u64::try_from(claim_files).unwrap_or(0),
        drafts_bytes: u64::try_from(drafts_bytes).unwrap_or(0),
    };
    let checked: Vec<CheckedUpload> =
        check_uploads(uploads, stored, limits, "files").map_err(AppError::Validation)?;
    let now = now_unix();
    let count = checked.len();
    for upload in checked {
        let id: DocumentId = new_id();
        sqlx::query(
            "insert into document (id, claim_id, question_id, uploaded_by, file_name, content_type, size_bytes, sha256, created_at) \
             values ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        )
        .bind(&id)
        .bind(claim_id)
        .bind(question_id)
        .bind(uploaded_by)
        .bind(&upload.file_name)
        .bind(upload.doc_type.mime())
        .bind(upload.bytes.len() as i64)
        .bind(sha256_hex(&upload.bytes))
        .bind(now)
        .execute(&mut **tx)
        .await?;
        sqlx::query("insert into document_content (document_id, bytes) values ($1, $2)")
            .bind(&id)
            .bind(upload.bytes)
            .execute(&mut **tx)
            .await?;
    }
    Ok(count)
}

/// The status of one of the family's claims, inside a write transaction.
pub(crate) async fn owned_status(
    tx: &mut Transaction<'static, Any>,
    account_id: &AccountId,
    claim_id: &ClaimId,
) -> Result<Status, AppError> {
    let status: Option<String> =
        sqlx::query_scalar("select status from claim where id = $1 and account_id = $2")
            .bind(claim_id)
            .bind(account_id)
            .fetch_optional(&mut **tx)
            .await?;
    status
        .as_deref()
        .and_then(Status::parse)
        .ok_or(AppError::NotFound)
}

/// Attaches files to one of the family's drafts. All or nothing.
pub async fn add_to_draft(
    db: &Db,
    account_id: &AccountId,
    claim_id: &ClaimId,
    uploads: Vec<Upload>,
    limits: UploadLimits,
) -> Result<usize, AppError> {
    let mut tx = db.begin_write().await?;
    if owned_status(&mut tx, account_id, claim_id).await? != Status::Draft {
        return Err(AppError::Conflict("claim-error-not-draft".into()));
    }
    let n = store_in(&mut tx, claim_id, None, account_id, uploads, limits).await?;
    tx.commit().await?;
    Ok(n)
}

/// The documents of one of the family's claims, oldest first.
pub async fn list_for_family(
    db: &Db,
    account_id: &AccountId,
    claim_id: &ClaimId,
) -> Result<Vec<DocumentMeta>, sqlx::Error> {
    let rows: Vec<MetaRow> = sqlx::query_as(&format!(
        "select {META_COLUMNS} from document d join claim c on c.id = d.claim_id \
         where d.claim_id = $1 and c.account_id = $2 order by d.created_at, d.file_name, d.id"
    ))
    .bind(claim_id)
    .bind(account_id)
    .fetch_all(db.pool())
    .await?;
    Ok(rows.into_iter().filter_map(meta).collect())
}

/// Removes a document from one of the family's drafts.
pub async fn remove_from_draft(
    db: &Db,
    account_id: &AccountId,
    claim_id: &ClaimId,
    document_id: &DocumentId,
) -> Result<(), AppError> {
    let mut tx = db.begin_write().await?;
    if owned_status(&mut tx, account_id, claim_id).await? != Status::Draft {
        return Err(AppError::Conflict("claim-error-not-draft".into()));
    }
    let found: Option<String> =
        sqlx::query_scalar("select id from document where id = $1 and claim_id = $2")
            .bind(document_id)
            .bind(claim_id)
            .fetch_optional(&mut *tx)
            .await?;
    if found.is_none() {
        return Err(AppError::NotFound);
    }
    sqlx::query("delete from document_content where document_id = $1")
        .bind(document_id)
        .execute(&mut *tx)
        .await?;
    sqlx::query("delete from document where id = $1")
        .bind(document_id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(())
}

/// Any document of a submitted claim with its bytes (staff).
pub async fn content_for_staff(
    db: &Db,
    document_id: &DocumentId,
) -> Result<Option<(DocumentMeta, Vec<u8>)>, sqlx::Error> {
    content_where(db, "c.status <> 'draft' and $2 = ''", None, document_id).await
}

/// A document of one of the family's claims with its bytes.
pub async fn content_for_family(
    db: &Db,
    account_id: &AccountId,
    document_id: &DocumentId,
) -> Result<Option<(DocumentMeta, Vec<u8>)>, sqlx::Error> {
    content_where(db, "c.account_id = $2", Some(account_id), document_id).await
}

async fn content_where(
    db: &Db,
    owner: &str,
    account_id: Option<&AccountId>,
    document_id: &DocumentId,
) -> Result<Option<(DocumentMeta, Vec<u8>)>, sqlx::Error> {
    let row: Option<ContentRow> = sqlx::query_as(&format!(
        "select {META_COLUMNS}, b.bytes from document d join claim c on c.id = d.claim_id \
         join document_content b on b.document_id = d.id where d.id = $1 and {owner}"
    ))
    .bind(document_id)
    .bind(account_id.map_or("", AccountId::as_str))
    .fetch_optional(db.pool())
    .await?;
    Ok(row.and_then(|row| Some((meta(row.meta)?, row.bytes))))
}
