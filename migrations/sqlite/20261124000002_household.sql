-- Household profile (one per family account) and its children.
create table household (
    id text primary key not null,
    account_id text not null unique references account (id),
    benefit text not null check (benefit in ('sgb2', 'sgb12', 'wohngeld', 'kinderzuschlag', 'asylblg')),
    benefit_reference text not null,
    benefit_valid_from text not null,
    benefit_valid_to text not null,
    street text not null,
    postal_code text not null,
    city text not null,
    kommune_id text not null references kommune (id),
    phone text,
    contact_email text,
    created_at bigint not null,
    updated_at bigint not null
);

create table child (
    id text primary key not null,
    household_id text not null references household (id),
    first_name text not null,
    last_name text not null,
    birth_date text not null,
    school_id text references school (id),
    school_name text,
    grade text not null,
    created_at bigint not null,
    updated_at bigint not null,
    check (school_id is not null or school_name is not null)
);
create index child_household_idx on child (household_id);
