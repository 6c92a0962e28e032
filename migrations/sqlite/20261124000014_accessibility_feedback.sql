-- Reports of accessibility barriers from the form on /barrierefreiheit (BITV 2.0), read
-- and marked as handled by the BuT team.
create table accessibility_feedback (
    id text primary key not null,
    created_at bigint not null,
    lang text not null,
    page text,
    message text not null,
    contact text,
    handled_at bigint,
    handled_by text references account (id)
);

create index accessibility_feedback_open_idx on accessibility_feedback (handled_at, created_at);
