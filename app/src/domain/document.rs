//! Documents a family attaches to a claim (Nachweise): the type is read from the content,
//! never from the name, and the sizes are limited per file and per claim.

use super::FieldError;

/// The file types the portal accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocType {
    Pdf,
    Jpeg,
    Png,
}

impl DocType {
    /// Recognises a PDF, JPEG or PNG by its first bytes (magic numbers).
    pub fn sniff(bytes: &[u8]) -> Option<DocType> {
        if bytes.starts_with(b"%PDF-") {
            Some(DocType::Pdf)
        } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
            Some(DocType::Jpeg)
        } else if bytes.starts_with(&[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A]) {
            Some(DocType::Png)
        } else {
            None
        }
    }

    pub fn mime(self) -> &'static str {
        match self {
            DocType::Pdf => "application/pdf",
            DocType::Jpeg => "image/jpeg",
            DocType::Png => "image/png",
        }
    }

    pub fn from_mime(mime: &str) -> Option<DocType> {
        [DocType::Pdf, DocType::Jpeg, DocType::Png]
            .into_iter()
            .find(|t| t.mime() == mime)
    }

    fn extension(self) -> &'static str {
        match self {
            DocType::Pdf => "pdf",
            DocType::Jpeg => "jpg",
            DocType::Png => "png",
        }
    }
}

/// Size limits in bytes (configurable; 10 MB per file and 30 MB per claim by default).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UploadLimits {
    pub per_file: u64,
    pub per_claim: u64,
}

impl Default for UploadLimits {
    fn default() -> Self {
        UploadLimits {
            per_file: 10 * 1024 * 1024,
            per_claim: 30 * 1024 * 1024,
        }
    }
}

/// A file as received, before it is stored.
#[derive(Debug, Clone)]
pub struct Upload {
    pub file_name: String,
    pub bytes: Vec<u8>,
}

/// A file that passed the checks.
#[derive(Debug, Clone)]
pub struct CheckedUpload {
    pub file_name: String,
    pub doc_type: DocType,
    pub bytes: Vec<u8>,
}

/// Files one upload may bring.
pub const MAX_FILES_PER_UPLOAD: usize = 10;
/// Documents one claim may hold (its own and its answers to questions).
pub const MAX_DOCUMENTS_PER_CLAIM: u64 = 25;
/// Bytes the documents of all of a family's drafts may take together (150 MB): drafts for
/// all its children fit, a script's endless drafts do not.
pub const MAX_DRAFTS_BYTES: u64 = 150 * 1024 * 1024;

/// What is stored already where a batch of files goes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Stored {
    /// Bytes of the claim's documents.
    pub claim_bytes: u64,
    /// Number of the claim's documents.
    pub claim_files: u64,
    /// Bytes of the documents in all drafts of the claim's family.
    pub drafts_bytes: u64,
}

/// Checks a batch of files for one claim that already holds `stored`. All or nothing:
/// one bad file rejects the batch, so the family never wonders which files arrived — and
/// every refused file is named in its own error, so the family knows which to take out.
/// Empty file inputs (no file chosen) are skipped.
pub fn check_uploads(
    uploads: Vec<Upload>,
    stored: Stored,
    limits: UploadLimits,
    field: &str,
) -> Result<Vec<CheckedUpload>, Vec<FieldError>> {
    let uploads: Vec<Upload> = uploads
        .into_iter()
        .filter(|u| !(u.bytes.is_empty() && u.file_name.trim().is_empty()))
        .collect();
    if uploads.is_empty() {
        return Err(vec![FieldError::new(field, "document-error-none")]);
    }
    if uploads.len() > MAX_FILES_PER_UPLOAD {
        return Err(vec![FieldError::new(
            field,
            "document-error-too-many-files",
        )]);
    }
    if stored.claim_files + uploads.len() as u64 > MAX_DOCUMENTS_PER_CLAIM {
        return Err(vec![FieldError::new(
            field,
            "document-error-claim-too-many",
        )]);
    }
    let added: u64 = uploads.iter().map(|u| u.bytes.len() as u64).sum();
    if stored.drafts_bytes + added > MAX_DRAFTS_BYTES {
        return Err(vec![FieldError::new(field, "document-error-drafts-full")]);
    }
    let mut total = stored.claim_bytes;
    let mut checked = Vec::with_capacity(uploads.len());
    let mut refused = Vec::new();
    for upload in uploads {
        // Every refused file is named, so the family knows which to take out.
        let shown = shown_name(&upload.file_name);
        let doc_type = DocType::sniff(&upload.bytes);
        let problem = if upload.bytes.is_empty() {
            Some("document-error-empty")
        } else if upload.bytes.len() as u64 > limits.per_file {
            Some("document-error-file-too-large")
        } else if doc_type.is_none() {
            Some("document-error-type")
        } else {
            None
        };
        match (problem, doc_type) {
            (None, Some(doc_type)) => {
                total += upload.bytes.len() as u64;
                checked.push(CheckedUpload {
                    file_name: clean_file_name(&upload.file_name, doc_type),
                    doc_type,
                    bytes: upload.bytes,
                });
            }
            (problem, _) => refused.push(FieldError::named(
                field,
                problem.unwrap_or("document-error-type"),
                &shown,
            )),
        }
    }
    if !refused.is_empty() {
        return Err(refused);
    }
    if total > limits.per_claim {
        return Err(vec![FieldError::new(
            field,
            "document-error-claim-too-large",
        )]);
    }
    Ok(checked)
}

/// A file's name as the family chose it, safe to show: the last path segment without
/// control or format characters, at most 100 characters.
fn shown_name(raw: &str) -> String {
    let base = raw.rsplit(['/', '\\']).next().unwrap_or_default();
    base.chars()
        .filter(|c| !c.is_control() && !is_format_char(*c))
        .take(100)
        .collect::<String>()
        .trim()
        .to_string()
}

/// The name to show and offer for download: the last path segment, without control,
/// quoting or Unicode format characters (a right-to-left override would make
/// `Nachweis\u{202E}fdp.bat` read as "Nachweistab.pdf"), at most 100 characters, ending in
/// the extension of the type found in the content (`Antrag.hta` with a PDF inside is
/// `Antrag.pdf`); a name for unnamed files.
pub fn clean_file_name(raw: &str, doc_type: DocType) -> String {
    let base = raw.rsplit(['/', '\\']).next().unwrap_or_default();
    let cleaned: String = base
        .chars()
        .filter(|c| {
            !c.is_control()
                && !is_format_char(*c)
                && !matches!(c, '"' | '<' | '>' | '|' | '*' | '?' | ':')
        })
        .take(100)
        .collect();
    let cleaned = cleaned.trim().trim_start_matches('.');
    let stem = match cleaned.rsplit_once('.') {
        Some((stem, ext))
            if !stem.trim().is_empty()
                && (1..=5).contains(&ext.len())
                && ext.chars().all(|c| c.is_ascii_alphanumeric()) =>
        {
            stem
        }
        _ => cleaned,
    };
    let stem = stem.trim().trim_end_matches('.').trim();
    let stem = if stem.is_empty() { "dokument" } else { stem };
    format!("{stem}.{}", doc_type.extension())
}

/// Unicode format characters (category Cf) that change how text is shown without being
/// seen: bidirectional controls, zero-width characters, the soft hyphen, the BOM.
fn is_format_char(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{061C}' | '\u{180E}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{206F}' | '\u{FEFF}' | '\u{FFF9}'..='\u{FFFB}')
}

/// A size for people: "820 KB", "2,4 MB".
pub fn human_size(bytes: u64) -> String {
    const MB: u64 = 1024 * 1024;
    if bytes < MB {
        format!("{} KB", bytes.div_ceil(1024).max(1))
    } else {
        let tenths = (bytes * 10).div_ceil(MB);
        format!("{},{} MB", tenths / 10, tenths % 10)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PDF: &[u8] = b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n";
    const PNG: &[u8] = &[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0];
    const JPEG: &[u8] = &[0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10];

    fn upload(name: &str, bytes: &[u8]) -> Upload {
        Upload {
            file_name: name.into(),
            bytes: bytes.to_vec(),
        }
    }

    #[test]
    fn the_type_comes_from_the_content_not_the_name() {
        assert_eq!(DocType::sniff(PDF), Some(DocType::Pdf));
        assert_eq!(DocType::sniff(PNG), Some(DocType::Png));
        assert_eq!(DocType::sniff(JPEG), Some(DocType::Jpeg));
        assert_eq!(DocType::sniff(b"MZ\x90\x00 not a pdf"), None);
        assert_eq!(DocType::sniff(b"<html>"), None);
        let err = check_uploads(
            vec![upload("bescheid.pdf", b"<script>")],
            Stored::default(),
            UploadLimits::default(),
            "files",
        )
        .unwrap_err();
        assert_eq!(err[0].msg_id, "document-error-type");
        let ok = check_uploads(
            vec![upload("foto.pdf", PNG)],
            Stored::default(),
            UploadLimits::default(),
            "files",
        )
        .unwrap();
        assert_eq!(ok[0].doc_type, DocType::Png);
    }

    #[test]
    fn sizes_are_limited_per_file_and_per_claim() {
        let limits = UploadLimits {
            per_file: 20,
            per_claim: 30,
        };
        let big = [PDF, &[b'x'; 10]].concat();
        assert_eq!(big.len(), 25);
        assert_eq!(
            check_uploads(
                vec![upload("a.pdf", &big)],
                Stored::default(),
                limits,
                "files"
            )
            .unwrap_err()[0]
                .msg_id,
            "document-error-file-too-large"
        );
        assert_eq!(
            check_uploads(vec![upload("a.pdf", PDF)], claim_bytes(16), limits, "files")
                .unwrap_err()[0]
                .msg_id,
            "document-error-claim-too-large"
        );
        assert_eq!(
            check_uploads(
                vec![upload("a.pdf", PDF), upload("b.png", PNG)],
                Stored::default(),
                limits,
                "files"
            )
            .unwrap()
            .len(),
            2
        );
    }

    #[test]
    fn every_refused_file_is_named_and_the_good_ones_wait_for_them() {
        let err = check_uploads(
            vec![
                upload("zeugnis.pdf", PDF),
                upload("C:\\Scans\\brief.docx", b"PK\x03\x04"),
                upload("leer\u{202E}fdp.png", b""),
            ],
            Stored::default(),
            UploadLimits::default(),
            "files",
        )
        .unwrap_err();
        let named: Vec<(&str, Option<&str>)> = err
            .iter()
            .map(|e| (e.msg_id.as_str(), e.name.as_deref()))
            .collect();
        assert_eq!(
            named,
            [
                ("document-error-type", Some("brief.docx")),
                ("document-error-empty", Some("leerfdp.png")),
            ]
        );
    }

    fn claim_bytes(n: u64) -> Stored {
        Stored {
            claim_bytes: n,
            ..Stored::default()
        }
    }

    #[test]
    fn files_are_limited_per_upload_per_claim_and_per_family() {
        let limits = UploadLimits::default();
        let many = vec![upload("a.pdf", PDF); MAX_FILES_PER_UPLOAD + 1];
        let err = check_uploads(many, Stored::default(), limits, "files").unwrap_err();
        assert_eq!(err[0].msg_id, "document-error-too-many-files");
        let full_claim = Stored {
            claim_files: MAX_DOCUMENTS_PER_CLAIM,
            ..Stored::default()
        };
        let err = check_uploads(vec![upload("a.pdf", PDF)], full_claim, limits, "files");
        assert_eq!(err.unwrap_err()[0].msg_id, "document-error-claim-too-many");
        let full_account = Stored {
            drafts_bytes: MAX_DRAFTS_BYTES - 1,
            ..Stored::default()
        };
        let err = check_uploads(vec![upload("a.pdf", PDF)], full_account, limits, "files");
        assert_eq!(err.unwrap_err()[0].msg_id, "document-error-drafts-full");
        let ten = vec![upload("a.pdf", PDF); MAX_FILES_PER_UPLOAD];
        assert_eq!(
            check_uploads(ten, Stored::default(), limits, "files")
                .unwrap()
                .len(),
            10
        );
    }

    #[test]
    fn no_file_and_empty_files_are_errors() {
        let limits = UploadLimits::default();
        assert_eq!(
            check_uploads(vec![upload("", b"")], Stored::default(), limits, "files").unwrap_err()
                [0]
            .msg_id,
            "document-error-none"
        );
        assert_eq!(
            check_uploads(
                vec![upload("leer.pdf", b"")],
                Stored::default(),
                limits,
                "files"
            )
            .unwrap_err()[0]
                .msg_id,
            "document-error-empty"
        );
    }

    /// Checks `clean_file_name` on each `(raw, type, clean)`.
    fn cleans(cases: &[(&str, DocType, &str)]) {
        for (raw, doc_type, clean) in cases {
            assert_eq!(clean_file_name(raw, *doc_type), *clean, "{raw:?}");
        }
    }

    #[test]
    fn file_names_are_cleaned() {
        cleans(&[
            (
                "C:\\Users\\x\\Zeugnis 2026.pdf",
                DocType::Pdf,
                "Zeugnis 2026.pdf",
            ),
            ("../../etc/passwd", DocType::Pdf, "passwd.pdf"),
            ("\"a<b>\n.png", DocType::Png, "ab.png"),
            ("..", DocType::Jpeg, "dokument.jpg"),
            ("شهادة.pdf", DocType::Pdf, "شهادة.pdf"),
            ("scan", DocType::Png, "scan.png"),
        ]);
    }

    #[test]
    fn a_file_name_cannot_pretend_another_type() {
        cleans(&[
            // A right-to-left override shows "Nachweis\u{202E}fdp.bat" as "Nachweistab.pdf".
            ("Nachweis\u{202E}fdp.bat", DocType::Pdf, "Nachweisfdp.pdf"),
            ("Antrag.hta", DocType::Pdf, "Antrag.pdf"),
            ("foto.JPEG", DocType::Jpeg, "foto.jpg"),
            ("a\u{200B}b\u{FEFF}.pdf", DocType::Pdf, "ab.pdf"),
            ("Zeugnis 2.Halbjahr", DocType::Pdf, "Zeugnis 2.Halbjahr.pdf"),
            (".hta", DocType::Pdf, "hta.pdf"),
        ]);
    }

    #[test]
    fn sizes_read_well() {
        assert_eq!(human_size(10), "1 KB");
        assert_eq!(human_size(820 * 1024), "820 KB");
        assert_eq!(human_size(2_400_000), "2,3 MB");
        assert_eq!(human_size(10 * 1024 * 1024), "10,0 MB");
    }
}
