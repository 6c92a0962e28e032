-- Decisions a social court upholds (but-rules.md § Corrections, items 5, 8 and 10):
-- an approval's partial rejection keeps its own reasons; each rejection reason cites its
-- own norm per legal basis (one line each: `SGB II: …`, `SGB XII Teilhabe: …`, or a line
-- without a key for every basis); a request to cooperate can carry the written warning of
-- § 66 Abs. 3 SGB I that a rejection for missing cooperation needs.
alter table decision add column partial_text text;
alter table text_block add column norms text not null default '';
alter table claim_question add column cooperation_warning bigint not null default 0;

update text_block set norms = 'SGB II: § 7 Abs. 1, § 19 Abs. 2 SGB II
SGB XII: § 19 Abs. 2, § 34 Abs. 1 SGB XII
BKGG: § 6b Abs. 1 BKGG
AsylbLG: § 3 Abs. 4 bzw. § 2 AsylbLG'
where kind = 'rejection_reason' and code = 'no_benefit';

update text_block set norms = 'SGB II Lernförderung: § 28 Abs. 1 Satz 2 SGB II
SGB II Teilhabe: § 28 Abs. 7 Satz 1 SGB II
SGB XII Lernförderung: § 34 Abs. 1 Satz 2 SGB XII
SGB XII Teilhabe: § 34 Abs. 7 Satz 1 SGB XII
BKGG Lernförderung: § 6b Abs. 2 BKGG i. V. m. § 28 Abs. 1 Satz 2 SGB II
BKGG Teilhabe: § 6b Abs. 2 BKGG i. V. m. § 28 Abs. 7 Satz 1 SGB II
AsylbLG Lernförderung: § 3 Abs. 4 bzw. § 2 AsylbLG i. V. m. § 34 Abs. 1 Satz 2 SGB XII
AsylbLG Teilhabe: § 3 Abs. 4 bzw. § 2 AsylbLG i. V. m. § 34 Abs. 7 Satz 1 SGB XII'
where kind = 'rejection_reason' and code = 'age';

update text_block set norms = 'SGB II: § 28 Abs. 5 SGB II
SGB XII: § 34 Abs. 5 SGB XII
BKGG: § 6b Abs. 2 BKGG i. V. m. § 28 Abs. 5 SGB II
AsylbLG: § 3 Abs. 4 bzw. § 2 AsylbLG i. V. m. § 34 Abs. 5 SGB XII'
where kind = 'rejection_reason' and code in ('no_need', 'school_offer');

update text_block set norms = '§ 66 Abs. 1 und 3 SGB I',
    body = 'Die zur Prüfung erforderlichen Nachweise wurden trotz schriftlicher Aufforderung mit Fristsetzung und Hinweis auf die Folgen fehlender Mitwirkung nicht vorgelegt (§§ 60, 66 SGB I). Die Leistung wird daher bis zur Nachholung der Mitwirkung versagt.'
where kind = 'rejection_reason' and code = 'missing_documents';

-- Consent is not a condition of applying (item 4): the release of the school from
-- confidentiality and the agreement to direct payment may be declined and withdrawn.
-- Until now both were required, so every submitted claim carries both.
alter table claim add column direct_consent_at bigint;
alter table claim add column direct_consent_withdrawn_at bigint;
alter table claim add column school_consent_withdrawn_at bigint;
update claim set direct_consent_at = submitted_at where submitted_at is not null;

-- The names of the underlying benefits as notices print them, versioned by date like any
-- text block (item 13): Bürgergeld becomes Grundsicherungsgeld; notices dated from
-- 1 January 2027 say so.
insert into text_block (id, kind, code, title, body, valid_from, valid_to, created_at) values
('tb-name-sgb2-2023', 'notice', 'benefit_sgb2', 'Name der Leistung (SGB II)',
 'Bürgergeld nach dem Zweiten Buch Sozialgesetzbuch (SGB II)', '2023-01-01', '2026-12-31', 0),
('tb-name-sgb2-2027', 'notice', 'benefit_sgb2', 'Name der Leistung (SGB II)',
 'Grundsicherungsgeld nach dem Zweiten Buch Sozialgesetzbuch (SGB II)', '2027-01-01', null, 0),
('tb-name-sgb12', 'notice', 'benefit_sgb12', 'Name der Leistung (SGB XII)',
 'Leistungen nach dem Zwölften Buch Sozialgesetzbuch (SGB XII)', '2011-01-01', null, 0),
('tb-name-wohngeld', 'notice', 'benefit_wohngeld', 'Name der Leistung (Wohngeld)',
 'Wohngeld nach dem Wohngeldgesetz', '2011-01-01', null, 0),
('tb-name-kinderzuschlag', 'notice', 'benefit_kinderzuschlag', 'Name der Leistung (Kinderzuschlag)',
 'Kinderzuschlag nach § 6a Bundeskindergeldgesetz', '2011-01-01', null, 0),
('tb-name-asylblg', 'notice', 'benefit_asylblg', 'Name der Leistung (AsylbLG)',
 'Leistungen nach dem Asylbewerberleistungsgesetz', '2011-01-01', null, 0);
