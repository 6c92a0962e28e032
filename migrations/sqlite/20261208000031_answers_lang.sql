-- The language of the page on which the family wrote its answers (issue 18): staff and
-- schools see in which language the free text (a reason, an answer) is probably written.
-- NULL where staff or a school typed the answers, or before this change.
alter table claim add column answers_lang text;
alter table claim_question add column answer_lang text;
