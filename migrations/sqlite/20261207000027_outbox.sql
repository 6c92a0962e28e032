-- Mail (issue 17): every message is written to the outbox in the same transaction as the
-- event that causes it, already rendered in the recipient's language, and sent by a
-- background worker with retries and back-off. A worker leases a batch (`locked_until`)
-- so several portal processes never send one message at the same time. Without an SMTP
-- server the messages are kept (`kept`) for an admin to read.
create table outbox (
    id text primary key not null,
    kind text not null,
    to_address text not null,
    lang text not null,
    subject text not null,
    body_text text not null,
    body_html text not null,
    -- A message with a secret link (password reset, address confirmation): its body is
    -- shown to admins only while it is kept, never once sent.
    secret bigint not null default 0,
    status text not null check (status in ('queued', 'sent', 'failed', 'kept')),
    attempts bigint not null default 0,
    next_attempt_at bigint not null,
    locked_until bigint,
    last_error text,
    created_at bigint not null,
    sent_at bigint
);
create index outbox_due_idx on outbox (status, next_attempt_at);
create index outbox_created_idx on outbox (created_at);

-- Password reset: one-time links that expire after an hour, stored as SHA-256 of the
-- token only.
create table password_reset (
    token_hash text primary key not null,
    account_id text not null references account (id),
    expires_at bigint not null,
    used_at bigint,
    created_at bigint not null
);
create index password_reset_account_idx on password_reset (account_id, created_at);

-- The reminder mail three days before a question's due date, sent once.
alter table claim_question add column reminder_sent_at bigint;
