-- Amounts and rates with validity periods (edited by admins in a later release).
create table rate (
    id text primary key not null,
    kind text not null,
    valid_from text not null,
    valid_to text,
    amount_cents bigint not null check (amount_cents >= 0),
    created_at bigint not null
);
create index rate_kind_idx on rate (kind, valid_from);

-- Soziokulturelle Teilhabe: 10 € a month until July 2019, 15 € since the
-- Starke-Familien-Gesetz (1 August 2019).
insert into rate (id, kind, valid_from, valid_to, amount_cents, created_at)
values ('teilhabe-2011', 'teilhabe_monthly', '2011-01-01', '2019-07-31', 1000, 0),
       ('teilhabe-2019', 'teilhabe_monthly', '2019-08-01', null, 1500, 0);
