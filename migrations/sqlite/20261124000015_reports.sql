-- Reports (/verwaltung/berichte): what the dashboard's aggregates need on the rows
-- themselves, so that each figure is one grouped scan of an index range.

-- When the claim was first decided (a correction keeps it): the end of its processing
-- time. Written by db::decision::decide in the same transaction as the decision.
alter table claim add column decided_at bigint;

update claim set decided_at = (
    select min(d.decided_at) from decision d where d.claim_id = claim.id
);

-- Covering indexes of the two anchors of a report: claims received in a period (by their
-- submission) and claims decided in a period (by their first decision).
create index claim_report_submitted_idx on claim (submitted_at, kommune_id, benefit, status, id);
create index claim_report_decided_idx on claim (decided_at, kommune_id, benefit, status, submitted_at, decision_id);

-- The whole amount of an approval (monthly amount times the calendar months of its
-- period, as the Bescheid states it), so that sums need no date arithmetic in SQL.
alter table decision add column total_cents bigint check (total_cents >= 0);

update decision set total_cents = monthly_cents * (
    (cast(substr(period_to, 1, 4) as integer) * 12 + cast(substr(period_to, 6, 2) as integer))
    - (cast(substr(period_from, 1, 4) as integer) * 12 + cast(substr(period_from, 6, 2) as integer))
    + 1
) where kind = 'approval';

-- The number of children eligible for BuT in each Kommune, entered by the admin from the
-- statistics of the Bundesagentur and the Wohngeld office: the denominator of the uptake rate.
create table kommune_eligible (
    kommune_id text primary key not null references kommune (id),
    children bigint not null check (children >= 0),
    as_of text not null,
    source text not null default '',
    updated_by text references account (id),
    updated_at bigint not null
);
