-- Lernstandorte (tutoring at a school), the family's consent to ask the school, documents
-- attached to claims, and the questions staff ask about a claim.

create table lernstandort (
    id text primary key not null,
    school_id text not null references school (id),
    place text not null,
    subjects text not null,
    grades text not null,
    schedule text not null,
    places bigint not null check (places > 0),
    contact text not null,
    start_date text not null,
    status text not null check (status in ('pending', 'approved', 'returned', 'paused', 'closed')),
    created_at bigint not null,
    updated_at bigint not null
);
create index lernstandort_school_idx on lernstandort (school_id);
create index lernstandort_status_idx on lernstandort (status);

-- When the family released the school from confidentiality for this claim
-- (Schweigepflichtentbindung), so the school may confirm the need.
alter table claim add column school_consent_at bigint;

create table claim_question (
    id text primary key not null,
    claim_id text not null references claim (id),
    asked_by text not null references account (id),
    asked_at bigint not null,
    question text not null,
    due_date text,
    answer text,
    answered_by text references account (id),
    answered_at bigint
);
create index claim_question_claim_idx on claim_question (claim_id, asked_at);

-- Metadata and content are separate so lists never load the bytes. A document is
-- written in the same transaction as its content: a failed upload leaves nothing.
create table document (
    id text primary key not null,
    claim_id text not null references claim (id),
    question_id text references claim_question (id),
    uploaded_by text not null references account (id),
    file_name text not null,
    content_type text not null,
    size_bytes bigint not null,
    sha256 text not null,
    created_at bigint not null
);
create index document_claim_idx on document (claim_id, created_at);

create table document_content (
    document_id text primary key not null references document (id),
    bytes blob not null
);

-- The most the jobcenter pays per hour of Lernförderung (Kreis cap).
insert into rate (id, kind, valid_from, valid_to, amount_cents, created_at)
values ('lernfoerderung-hourly-2019', 'lernfoerderung_hourly_max', '2019-08-01', null, 2000, 0);
