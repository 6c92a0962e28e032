-- Codes a family creates for one child and gives the school social worker, who may then
-- start a Lernförderung application with the family (once, within a week).
create table school_code (
    code text primary key,
    account_id text not null references account (id) on delete cascade,
    child_id text not null references child (id) on delete cascade,
    created_at bigint not null,
    expires_at bigint not null,
    used_at bigint
);
create index school_code_account_idx on school_code (account_id);
