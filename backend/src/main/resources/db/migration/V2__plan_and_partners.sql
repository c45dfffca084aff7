create table axis (
    id uuid primary key,
    version bigint not null,
    contract_id uuid not null references contract (id) on delete cascade,
    position integer not null,
    title varchar(200) not null,
    description varchar(4000),
    created_at timestamp(6) with time zone not null,
    created_by varchar(200) not null,
    updated_at timestamp(6) with time zone not null,
    updated_by varchar(200) not null
);
create index ix_axis_contract on axis (contract_id, position);

create table objective (
    id uuid primary key,
    version bigint not null,
    axis_id uuid not null references axis (id) on delete cascade,
    position integer not null,
    title varchar(200) not null,
    description varchar(4000),
    created_at timestamp(6) with time zone not null,
    created_by varchar(200) not null,
    updated_at timestamp(6) with time zone not null,
    updated_by varchar(200) not null
);
create index ix_objective_axis on objective (axis_id, position);

create table partner (
    id uuid primary key,
    version bigint not null,
    name varchar(200) not null,
    type varchar(20) not null,
    siret varchar(14),
    commune_code varchar(5),
    website varchar(300),
    created_at timestamp(6) with time zone not null,
    created_by varchar(200) not null,
    updated_at timestamp(6) with time zone not null,
    updated_by varchar(200) not null
);
create unique index ux_partner_siret on partner (siret);
create index ix_partner_name on partner (name);

create table contact (
    id uuid primary key,
    version bigint not null,
    partner_id uuid not null references partner (id) on delete cascade,
    first_name varchar(100) not null,
    last_name varchar(100) not null,
    job_function varchar(200),
    email varchar(320),
    phone varchar(30),
    created_at timestamp(6) with time zone not null,
    created_by varchar(200) not null,
    updated_at timestamp(6) with time zone not null,
    updated_by varchar(200) not null
);
create index ix_contact_partner on contact (partner_id);
create index ix_contact_email on contact (email);
