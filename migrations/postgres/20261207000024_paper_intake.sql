-- Applications that arrive on paper, by phone or at the town hall (§ 16 SGB I): staff
-- enter them with the real date of receipt. The household of such an application belongs
-- to an account nobody can log in to (`paper` = 1) until the family registers itself.
alter table account add column paper bigint not null default 0;
alter table claim add column channel text not null default 'portal'
    check (channel in ('portal', 'paper', 'phone', 'town_hall'));
alter table claim add column received_on text;
alter table claim add column entered_by text references account (id);
