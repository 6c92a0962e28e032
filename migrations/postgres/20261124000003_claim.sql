-- Claims (one per child and benefit), their append-only history, and the per-year
-- counter behind the reference numbers BUT-<year>-<6 digits>.
create table reference_counter (
    year bigint primary key not null,
    last_value bigint not null
);

create table claim (
    id text primary key not null,
    reference text unique,
    account_id text not null references account (id),
    child_id text not null references child (id),
    benefit text not null check (benefit in ('lernfoerderung', 'teilhabe')),
    status text not null check (status in ('draft', 'submitted', 'needs_info', 'approved', 'rejected', 'withdrawn')),
    details text not null default '{}',
    snapshot text,
    created_at bigint not null,
    updated_at bigint not null,
    submitted_at bigint
);
create index claim_account_idx on claim (account_id, created_at);
create index claim_status_idx on claim (status, submitted_at);

create table claim_event (
    id bigserial primary key,
    claim_id text not null references claim (id),
    at bigint not null,
    actor_account_id text references account (id),
    from_status text,
    to_status text not null,
    note text
);
create index claim_event_claim_idx on claim_event (claim_id, id);
