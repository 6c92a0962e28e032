-- Anhörung (§ 24 SGB X) before a decision that takes an approval back, and the
-- Aufhebung that follows it (but-rules.md § Corrections, item 9). The hearing letter is
-- stored as issued, like a notice.
create table hearing (
    id text primary key not null,
    claim_id text not null references claim (id),
    number text not null unique,
    facts text not null,
    effective_from text not null,
    due_date text not null,
    sent_by text not null references account (id),
    sent_at bigint not null,
    sha256 text not null,
    bytes blob not null,
    answer text,
    answered_at bigint
);
create index hearing_claim_idx on hearing (claim_id, sent_at);
alter table decision add column aufhebung_basis text;
alter table decision add column aufhebung_from text;
