-- Children supported (reports): the period of the approval in force, kept on the claim row
-- (written by db::decision::decide with the decision; empty unless approved), so that
-- counting the children whose approval overlaps a period is one range of a covering index
-- instead of a lookup of every approved claim's decision (measured by
-- tests/examples/reports_bench.rs: about 200 ms a breakdown with 100,000 claims).
alter table claim add column approved_from text;
alter table claim add column approved_to text;

update claim set
    approved_from = (select d.period_from from decision d where d.id = claim.decision_id and d.kind = 'approval'),
    approved_to = (select d.period_to from decision d where d.id = claim.decision_id and d.kind = 'approval')
where status = 'approved';

create index claim_report_supported_idx on claim (status, approved_to, approved_from, kommune_id, benefit, child_id);
