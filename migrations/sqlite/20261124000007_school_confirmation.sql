-- The school's confirmation of a pupil's need for Lernförderung: one per claim, with who
-- and when.
create table school_confirmation (
    claim_id text primary key not null references claim (id),
    decision text not null check (decision in ('confirmed', 'declined')),
    subjects text,
    hours_per_week bigint,
    period_from text,
    period_to text,
    reason text,
    decided_by text not null references account (id),
    decided_at bigint not null
);
