-- How an approval is paid (but-rules.md § Corrections, item 10): reimbursement to a family
-- that paid itself (§ 30 SGB II) as a route of its own, payment in advance for the whole
-- period, a one-off sum instead of the monthly amounts (a holiday camp), and further actual
-- costs under § 28 Abs. 7 Satz 2 SGB II. `payment_method` is the route from now on (the
-- check on the old `payment_route` column allows only the two provider routes).
alter table decision add column payment_method text;
alter table decision add column advance bigint not null default 0;
alter table decision add column one_off_cents bigint check (one_off_cents >= 0);
alter table decision add column one_off_purpose text;
alter table decision add column further_cents bigint check (further_cents >= 0);
alter table decision add column further_purpose text;
update decision set payment_method = payment_route where payment_route is not null;

insert into text_block (id, kind, code, title, body, valid_from, valid_to, created_at) values
('tb-payment-reimbursement', 'notice', 'payment_reimbursement', 'Zahlungsweg Erstattung (berechtigte Selbsthilfe)',
 'Sie haben die Kosten selbst bezahlt, weil die Leistung nicht rechtzeitig als Sach- oder Dienstleistung erbracht werden konnte. Die nachgewiesenen Kosten werden Ihnen bis zur Höhe des bewilligten Betrags erstattet ({norm}).', '2011-01-01', null, 0);
