-- Which mails a person wants (issue 17): the topics turned on, comma-separated; NULL until
-- the person chooses (then families get everything, caseworkers nothing optional). And
-- when a school social worker last got the digest of claims waiting for the school.
alter table account add column mail_prefs text;
alter table account add column school_digest_at bigint;
