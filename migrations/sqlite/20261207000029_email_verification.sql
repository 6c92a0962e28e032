-- A family's e-mail address is confirmed by a one-time link (issue 17): until then the
-- account can draft but not submit. Accounts that existed before, and accounts an admin
-- creates, count as confirmed.
alter table account add column email_verified_at bigint;
update account set email_verified_at = created_at;

create table email_verification (
    token_hash text primary key not null,
    account_id text not null references account (id),
    expires_at bigint not null,
    used_at bigint,
    created_at bigint not null
);
create index email_verification_account_idx on email_verification (account_id, created_at);
