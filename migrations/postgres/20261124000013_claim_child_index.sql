-- The work queue's name search finds children first, then their claims.
create index claim_child_idx on claim (child_id);
