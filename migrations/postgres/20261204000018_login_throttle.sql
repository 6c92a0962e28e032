-- Login throttling counts attempts in fixed windows, atomically per key: one row per
-- e-mail address ("account:…"), per address and client ("client:…") and per known device
-- ("device:…"). Replaces the per-attempt rows of login_attempt.
drop table login_attempt;
create table login_throttle (
    key text primary key,
    attempts bigint not null,
    window_start bigint not null
);
-- Devices on which an account has logged in (a random token in a long-lived cookie). A
-- known device is not held up by failures elsewhere: its owner still gets in while the
-- account is under attack from other addresses.
create table login_device (
    token text primary key,
    account_id text not null references account (id) on delete cascade,
    created_at bigint not null
);
create index login_device_account_idx on login_device (account_id);
