-- Indexes for the staff work queue (`db::decision::queue`), measured with 100,000 claims
-- by tests/examples/queue_bench.rs.

-- All statuses and date ranges: walk `submitted_at` in order and stop after a page instead
-- of reading and sorting every claim. Partial: it matches the queue's `status <> 'draft'`
-- (drafts have no submitted_at).
create index claim_queue_submitted_idx on claim (submitted_at) where status <> 'draft';

-- Kommune and benefit together: the page and each count per status are one index range.
create index claim_queue_kommune_benefit_idx on claim (kommune_id, benefit, status, submitted_at);

-- Lernförderung whose school confirmation is pending: with the id in the index the
-- anti-join with school_confirmation reads no claim rows. (Makes claim_queue_benefit_idx
-- redundant.)
create index claim_queue_benefit_id_idx on claim (benefit, status, submitted_at, id);
