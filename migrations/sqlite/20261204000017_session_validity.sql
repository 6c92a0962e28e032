-- Sessions of an account that began before this instant (unix milliseconds) are no longer
-- valid: set when the password changes and by "log out everywhere".
alter table account add column sessions_valid_from bigint not null default 0;
