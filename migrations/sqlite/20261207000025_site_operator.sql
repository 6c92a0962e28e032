-- The operator (Träger) of a Lernstandort: who receives the money for tutoring there, with
-- address and bank account (but-rules.md § Corrections, item 10 and issue 16: a payee that
-- can receive money, never a room). Staff maintain it; empty until they do, and no
-- Lernförderung at the site can be approved before.
alter table lernstandort add column operator_name text not null default '';
alter table lernstandort add column operator_street text not null default '';
alter table lernstandort add column operator_postal_code text not null default '';
alter table lernstandort add column operator_city text not null default '';
alter table lernstandort add column operator_iban text not null default '';
