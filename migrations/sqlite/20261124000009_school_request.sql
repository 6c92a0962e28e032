-- A school social worker asks for an account for a school; the account stays disabled
-- until staff approve the request.
create table school_request (
    account_id text primary key not null references account (id),
    school_id text not null references school (id),
    name text not null,
    message text,
    status text not null check (status in ('pending', 'approved', 'rejected')),
    created_at bigint not null,
    decided_by text references account (id),
    decided_at bigint
);
create index school_request_status_idx on school_request (status, created_at);
