-- A Lernförderung application a school social worker started together with the family;
-- the family confirms and submits it in its own account.
alter table claim add column started_by text references account (id);
