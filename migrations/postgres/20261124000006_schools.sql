-- School social workers and their schools; more about Lernstandorte (review by staff);
-- the Lernstandort and period a Lernförderung claim takes a place at.

create table school_member (
    account_id text not null references account (id),
    school_id text not null references school (id),
    created_at bigint not null,
    primary key (account_id, school_id)
);
create index school_member_school_idx on school_member (school_id);

alter table lernstandort add column tutors text not null default '';
alter table lernstandort add column review_comment text;
alter table lernstandort add column reviewed_by text references account (id);
alter table lernstandort add column reviewed_at bigint;
alter table lernstandort add column created_by text references account (id);

alter table claim add column lernstandort_id text references lernstandort (id);
alter table claim add column period_from text;
alter table claim add column period_to text;
create index claim_lernstandort_idx on claim (lernstandort_id, status);
