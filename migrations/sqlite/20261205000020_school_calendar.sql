-- The school calendar (NRW): the days off school per school year, maintained by an admin.
-- A Lernförderung approval counts the school days of its period, holidays excluded
-- (but-rules.md § Corrections, item 10), and says how long a lesson is.
create table school_year (
    -- The calendar year the school year starts in (1 August).
    year bigint primary key not null,
    updated_by text references account (id),
    updated_at bigint not null
);
create table school_days_off (
    id text primary key not null,
    year bigint not null references school_year (year) on delete cascade,
    name text not null,
    first_day text not null,
    last_day text not null,
    check (first_day <= last_day)
);
create index school_days_off_year_idx on school_days_off (year, first_day);
alter table decision add column lesson_minutes bigint check (lesson_minutes in (45, 60));
