-- Staff work: assignment, decisions, notices (immutable PDFs with SHA-256 and a running
-- number), the audit log of staff reads and writes, and the text blocks of notices
-- (rejection reasons, instructions on legal remedies) with validity periods.
alter table household add column applicant_name text not null default '';

alter table claim add column kommune_id text references kommune (id);
alter table claim add column assigned_to text references account (id);
alter table claim add column decision_id text;
create index claim_queue_kommune_idx on claim (kommune_id, status, submitted_at);
create index claim_queue_assigned_idx on claim (assigned_to, status, submitted_at);
create index claim_queue_benefit_idx on claim (benefit, status, submitted_at);

create table decision (
    id text primary key not null,
    claim_id text not null references claim (id),
    kind text not null check (kind in ('approval', 'rejection')),
    corrects_id text references decision (id),
    decided_by text not null references account (id),
    decided_at bigint not null,
    period_from text,
    period_to text,
    monthly_cents bigint check (monthly_cents >= 0),
    hours_per_week bigint,
    hourly_rate_cents bigint check (hourly_rate_cents >= 0),
    payee text,
    payment_route text check (payment_route in ('direct', 'voucher')),
    reason_code text,
    reason_text text
);
create index decision_claim_idx on decision (claim_id, decided_at);
-- A decision is corrected at most once (a correction of a correction references the latter).
create unique index decision_corrects_idx on decision (corrects_id);

create table notice_counter (
    year bigint primary key not null,
    last_value bigint not null
);

create table notice (
    id text primary key not null,
    number text not null unique,
    decision_id text not null references decision (id),
    claim_id text not null references claim (id),
    kind text not null check (kind in ('bescheid', 'kostenuebernahme')),
    title text not null,
    sha256 text not null,
    size_bytes bigint not null,
    created_at bigint not null,
    bytes blob not null
);
create index notice_claim_idx on notice (claim_id, created_at);

create table audit_log (
    id integer primary key autoincrement,
    at bigint not null,
    actor_account_id text not null references account (id),
    claim_id text references claim (id),
    action text not null,
    detail text
);
create index audit_log_claim_idx on audit_log (claim_id, id);
create index audit_log_actor_idx on audit_log (actor_account_id, at);

create table text_block (
    id text primary key not null,
    kind text not null check (kind in ('rejection_reason', 'notice')),
    code text not null,
    title text not null,
    body text not null,
    valid_from text not null,
    valid_to text,
    created_at bigint not null
);
create index text_block_kind_idx on text_block (kind, code, valid_from);

insert into text_block (id, kind, code, title, body, valid_from, valid_to, created_at) values
('tb-reason-no-benefit', 'rejection_reason', 'no_benefit', 'Kein Leistungsbezug',
 'Im beantragten Zeitraum beziehen Sie keine der Leistungen, die einen Anspruch auf Leistungen für Bildung und Teilhabe begründen.', '2011-01-01', null, 0),
('tb-reason-age', 'rejection_reason', 'age', 'Altersgrenze überschritten',
 'Das Kind hat die für diese Leistung maßgebliche Altersgrenze überschritten.', '2011-01-01', null, 0),
('tb-reason-no-need', 'rejection_reason', 'no_need', 'Kein Lernförderbedarf bestätigt',
 'Die Schule hat einen ergänzenden Lernförderbedarf nicht bestätigt. Eine Lernförderung ist nur zu erbringen, wenn sie geeignet und zusätzlich erforderlich ist, um die nach den schulrechtlichen Bestimmungen festgelegten wesentlichen Lernziele zu erreichen.', '2011-01-01', null, 0),
('tb-reason-documents', 'rejection_reason', 'missing_documents', 'Mitwirkung fehlt',
 'Die zur Prüfung erforderlichen Nachweise wurden trotz Aufforderung nicht vorgelegt (§§ 60, 66 SGB I).', '2011-01-01', null, 0),
('tb-reason-school-offer', 'rejection_reason', 'school_offer', 'Vorrangiges schulisches Angebot',
 'Ein geeignetes kostenfreies schulisches Angebot steht zur Verfügung und geht der Lernförderung vor.', '2011-01-01', null, 0),
('tb-reason-other', 'rejection_reason', 'other', 'Sonstiger Grund',
 'Die Voraussetzungen für die beantragte Leistung liegen nicht vor.', '2011-01-01', null, 0),
('tb-remedy', 'notice', 'remedy', 'Rechtsbehelfsbelehrung',
 'Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden. Der Widerspruch ist schriftlich, in elektronischer Form (§ 36a Abs. 2 SGB I) oder zur Niederschrift bei {office} einzulegen. Bei Übermittlung durch die Post gilt der Bescheid am vierten Tag nach der Aufgabe zur Post als bekannt gegeben.', '2025-01-01', null, 0),
('tb-approval-reason', 'notice', 'approval_reason', 'Begründung',
 'Sie erfüllen die Voraussetzungen für die beantragte Leistung. Die Leistung wird für den genannten Zeitraum bewilligt, längstens für die Dauer des Bezugs der zugrunde liegenden Leistung.', '2011-01-01', null, 0),
('tb-payment-direct', 'notice', 'payment_direct', 'Zahlungsweg Direktzahlung',
 'Die Leistung wird unmittelbar an den Anbieter gezahlt (Direktzahlung). Eine Auszahlung an Sie erfolgt nicht.', '2011-01-01', null, 0),
('tb-payment-voucher', 'notice', 'payment_voucher', 'Zahlungsweg Gutschein',
 'Sie erhalten einen Gutschein, den Sie beim Anbieter einlösen. Der Anbieter rechnet den Gutschein mit uns ab.', '2011-01-01', null, 0),
('tb-sgb2-suspension', 'notice', 'no_suspension', 'Keine aufschiebende Wirkung',
 'Widerspruch und Anfechtungsklage haben nach § 39 Nr. 1 SGB II keine aufschiebende Wirkung.', '2011-01-01', null, 0);
