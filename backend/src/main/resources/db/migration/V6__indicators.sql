-- Indicators of an action, or of an objective (contract-level indicators), and their dated values.
create table indicator (
    id uuid primary key,
    version bigint not null,
    action_id uuid references action (id) on delete cascade,
    objective_id uuid references objective (id) on delete cascade,
    name varchar(200) not null,
    kind varchar(10) not null,
    unit varchar(50),
    direction varchar(10) not null,
    baseline_value numeric(19,4),
    baseline_date date,
    target_value numeric(19,4) not null,
    target_date date not null,
    frequency varchar(12) not null,
    source varchar(500),
    description varchar(4000),
    created_at timestamp(6) with time zone not null,
    created_by varchar(200) not null,
    updated_at timestamp(6) with time zone not null,
    updated_by varchar(200) not null,
    constraint ck_indicator_owner check ((action_id is null) <> (objective_id is null))
);
create index ix_indicator_action on indicator (action_id);
create index ix_indicator_objective on indicator (objective_id);

create table measurement (
    id uuid primary key,
    version bigint not null,
    indicator_id uuid not null references indicator (id) on delete cascade,
    measured_on date not null,
    measured_value numeric(19,4) not null,
    measure_comment varchar(2000),
    author varchar(200) not null,
    author_name varchar(200) not null,
    recorded_at timestamp(6) with time zone not null,
    constraint ux_measurement_indicator_date unique (indicator_id, measured_on)
);

-- Audit trail (see V4__audit.sql)
create table indicator_aud (
    id uuid not null,
    rev bigint not null references audit_revision (id),
    revtype smallint,
    action_id uuid,
    objective_id uuid,
    name varchar(200),
    kind varchar(10),
    unit varchar(50),
    direction varchar(10),
    baseline_value numeric(19,4),
    baseline_date date,
    target_value numeric(19,4),
    target_date date,
    frequency varchar(12),
    source varchar(500),
    description varchar(4000),
    created_at timestamp(6) with time zone,
    created_by varchar(200),
    updated_at timestamp(6) with time zone,
    updated_by varchar(200),
    primary key (rev, id)
);
create index ix_indicator_aud_id on indicator_aud (id, rev);

create table measurement_aud (
    id uuid not null,
    rev bigint not null references audit_revision (id),
    revtype smallint,
    indicator_id uuid,
    measured_on date,
    measured_value numeric(19,4),
    measure_comment varchar(2000),
    author varchar(200),
    author_name varchar(200),
    recorded_at timestamp(6) with time zone,
    primary key (rev, id)
);
create index ix_measurement_aud_indicator on measurement_aud (indicator_id);
