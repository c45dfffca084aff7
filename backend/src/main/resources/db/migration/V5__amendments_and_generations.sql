-- Generations: a contract may name the contract it follows (CLS 1 -> CLS 2). Deleting the predecessor unlinks it.
alter table contract add column predecessor_id uuid references contract (id) on delete set null;
create index ix_contract_predecessor on contract (predecessor_id);

-- Amendments (avenants), numbered 1..n per contract in signing order.
create table amendment (
    id uuid primary key,
    version bigint not null,
    contract_id uuid not null references contract (id) on delete cascade,
    number integer not null,
    signed_on date not null,
    summary varchar(4000) not null,
    new_end_date date,
    -- the contract's end date just before this amendment applied: restored when it is deleted
    previous_end_date date,
    created_at timestamp(6) with time zone not null,
    created_by varchar(200) not null,
    updated_at timestamp(6) with time zone not null,
    updated_by varchar(200) not null,
    constraint ux_amendment_number unique (contract_id, number)
);

-- Audit trail (see V4__audit.sql)
alter table contract_aud add column predecessor_id uuid;

create table amendment_aud (
    id uuid not null,
    rev bigint not null references audit_revision (id),
    revtype smallint,
    contract_id uuid,
    number integer,
    signed_on date,
    summary varchar(4000),
    new_end_date date,
    previous_end_date date,
    created_at timestamp(6) with time zone,
    created_by varchar(200),
    updated_at timestamp(6) with time zone,
    updated_by varchar(200),
    primary key (rev, id)
);
create index ix_amendment_aud_contract on amendment_aud (contract_id);
