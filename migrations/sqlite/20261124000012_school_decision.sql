-- The school's decision on a Lernförderung claim, kept on the claim row as well
-- (`db::confirmation::record` writes both in one transaction), so that the work queue's
-- "school confirmation pending" filter is an index range instead of an anti-join that
-- visits every Lernförderung claim (measured by tests/examples/queue_bench.rs).
alter table claim add column school_decision text check (school_decision in ('confirmed', 'declined'));

update claim set school_decision = (
    select sc.decision from school_confirmation sc where sc.claim_id = claim.id
);

-- Pending Lernförderung claims by status and age: the page and each count per status are
-- one range of this index. (A partial index `where school_decision is null` was passed over
-- by SQLite's planner for the benefit index below.)
create index claim_queue_school_idx on claim (benefit, school_decision, status, submitted_at, id);

-- claim_queue_benefit_id_idx (benefit, status, submitted_at, id) covers it.
drop index claim_queue_benefit_idx;
