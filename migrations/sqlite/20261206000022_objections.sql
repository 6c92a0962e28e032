-- Bekanntgabe and Widerspruch (but-rules.md § Corrections, items 14 and 15): when a printed
-- notice was actually posted (printing a Serienbrief is not posting), and the register of
-- incoming Widersprüche with their date of receipt, form and outcome.
alter table notice add column posted_on text;
alter table notice add column posted_by text references account (id);

create table objection (
    id text primary key not null,
    claim_id text not null references claim (id),
    notice_id text not null references notice (id),
    received_on text not null,
    channel text not null check (channel in ('letter', 'record', 'qualified', 'email')),
    note text,
    status text not null default 'open' check (status in ('open', 'remedied', 'forwarded', 'withdrawn')),
    recorded_by text not null references account (id),
    recorded_at bigint not null,
    closed_by text references account (id),
    closed_at bigint,
    -- Abhilfe: the decision that remedies it.
    remedy_decision_id text references decision (id)
);
create index objection_claim_idx on objection (claim_id, received_on);
create index objection_status_idx on objection (status);
