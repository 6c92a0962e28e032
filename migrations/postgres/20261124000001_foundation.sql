-- Foundation: accounts, sessions, login throttling, Kommunen and schools (PostgreSQL).
create table account (
    id text primary key not null,
    email text not null unique,
    password_hash text not null,
    role text not null check (role in ('family', 'school', 'staff', 'admin')),
    preferred_lang text not null default 'de',
    disabled bigint not null default 0,
    created_at bigint not null,
    updated_at bigint not null
);

create table session (
    id text primary key not null,
    data text not null,
    expiry_date bigint not null
);
create index session_expiry_idx on session (expiry_date);

create table login_attempt (
    id bigserial primary key,
    email text not null,
    created_at bigint not null
);
create index login_attempt_email_idx on login_attempt (email, created_at);

create table kommune (
    id text primary key not null,
    name text not null unique,
    created_at bigint not null
);

create table school (
    id text primary key not null,
    kommune_id text not null references kommune (id),
    name text not null,
    school_type text not null,
    street text not null,
    postal_code text not null,
    created_at bigint not null,
    updated_at bigint not null,
    unique (kommune_id, name)
);
