create table contract (
    id uuid primary key,
    version bigint not null,
    kind varchar(16) not null,
    name varchar(200) not null,
    generation integer not null,
    status varchar(20) not null,
    signed_on date,
    start_date date,
    end_date date,
    territory_name varchar(200) not null,
    territory_kind varchar(16) not null,
    region_code varchar(3) not null,
    population integer,
    created_at timestamp(6) with time zone not null,
    created_by varchar(200) not null,
    updated_at timestamp(6) with time zone not null,
    updated_by varchar(200) not null
);
create index ix_contract_region on contract (region_code);
create index ix_contract_name on contract (name);

create table contract_departement (
    contract_id uuid not null references contract (id) on delete cascade,
    position integer not null,
    code varchar(3) not null,
    primary key (contract_id, position)
);
create index ix_contract_departement_code on contract_departement (code, contract_id);

create table contract_commune (
    contract_id uuid not null references contract (id) on delete cascade,
    position integer not null,
    code varchar(5) not null,
    primary key (contract_id, position)
);
create index ix_contract_commune_code on contract_commune (code);

create table contract_coordinator (
    contract_id uuid not null references contract (id) on delete cascade,
    email varchar(320) not null,
    primary key (contract_id, email)
);
create index ix_contract_coordinator_email on contract_coordinator (email, contract_id);
