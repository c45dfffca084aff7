-- Audit trail (Hibernate Envers): one row per transaction in audit_revision, and for each audited table
-- a *_aud copy holding every state it took (revtype 0 = created, 1 = updated, 2 = deleted, last state kept).
create sequence audit_revision_seq start with 1 increment by 1;

create table audit_revision (
    id bigint primary key,
    changed_at timestamp(6) with time zone not null,
    subject varchar(200) not null,
    author_name varchar(200) not null
);

create table contract_aud (
    id uuid not null,
    rev bigint not null references audit_revision (id),
    revtype smallint,
    kind varchar(16),
    name varchar(200),
    generation integer,
    status varchar(20),
    signed_on date,
    start_date date,
    end_date date,
    territory_name varchar(200),
    territory_kind varchar(16),
    region_code varchar(3),
    population integer,
    created_at timestamp(6) with time zone,
    created_by varchar(200),
    updated_at timestamp(6) with time zone,
    updated_by varchar(200),
    primary key (rev, id)
);
create index ix_contract_aud_id on contract_aud (id, rev);

create table contract_departement_aud (
    contract_id uuid not null,
    position integer not null,
    code varchar(3) not null,
    rev bigint not null references audit_revision (id),
    revtype smallint,
    primary key (position, rev, contract_id, code)
);

create table contract_commune_aud (
    contract_id uuid not null,
    position integer not null,
    code varchar(5) not null,
    rev bigint not null references audit_revision (id),
    revtype smallint,
    primary key (position, rev, contract_id, code)
);

create table contract_coordinator_aud (
    contract_id uuid not null,
    email varchar(320) not null,
    rev bigint not null references audit_revision (id),
    revtype smallint,
    primary key (rev, contract_id, email)
);

create table axis_aud (
    id uuid not null,
    rev bigint not null references audit_revision (id),
    revtype smallint,
    contract_id uuid,
    position integer,
    title varchar(200),
    description varchar(4000),
    created_at timestamp(6) with time zone,
    created_by varchar(200),
    updated_at timestamp(6) with time zone,
    updated_by varchar(200),
    primary key (rev, id)
);
create index ix_axis_aud_contract on axis_aud (contract_id);

create table objective_aud (
    id uuid not null,
    rev bigint not null references audit_revision (id),
    revtype smallint,
    axis_id uuid,
    position integer,
    title varchar(200),
    description varchar(4000),
    created_at timestamp(6) with time zone,
    created_by varchar(200),
    updated_at timestamp(6) with time zone,
    updated_by varchar(200),
    primary key (rev, id)
);
create index ix_objective_aud_axis on objective_aud (axis_id);

create table partner_aud (
    id uuid not null,
    rev bigint not null references audit_revision (id),
    revtype smallint,
    name varchar(200),
    type varchar(20),
    siret varchar(14),
    commune_code varchar(5),
    website varchar(300),
    created_at timestamp(6) with time zone,
    created_by varchar(200),
    updated_at timestamp(6) with time zone,
    updated_by varchar(200),
    primary key (rev, id)
);

create table contact_aud (
    id uuid not null,
    rev bigint not null references audit_revision (id),
    revtype smallint,
    partner_id uuid,
    first_name varchar(100),
    last_name varchar(100),
    job_function varchar(200),
    email varchar(320),
    phone varchar(30),
    created_at timestamp(6) with time zone,
    created_by varchar(200),
    updated_at timestamp(6) with time zone,
    updated_by varchar(200),
    primary key (rev, id)
);

create table action_aud (
    id uuid not null,
    rev bigint not null references audit_revision (id),
    revtype smallint,
    objective_id uuid,
    seq integer,
    code varchar(20),
    title varchar(200),
    rationale varchar(8000),
    goals varchar(8000),
    description varchar(8000),
    target_public varchar(2000),
    start_date date,
    end_date date,
    status varchar(20),
    progress integer,
    priority varchar(10),
    link_contrat_ville varchar(1000),
    link_clsm varchar(1000),
    link_ptsm varchar(1000),
    link_cpts varchar(1000),
    link_ctg varchar(1000),
    link_prs varchar(1000),
    evaluation_notes varchar(8000),
    pilot_partner_id uuid,
    pilot_contact_id uuid,
    created_at timestamp(6) with time zone,
    created_by varchar(200),
    updated_at timestamp(6) with time zone,
    updated_by varchar(200),
    primary key (rev, id)
);
create index ix_action_aud_id on action_aud (id, rev);
create index ix_action_aud_objective on action_aud (objective_id);

create table action_theme_aud (
    action_id uuid not null,
    theme varchar(30) not null,
    rev bigint not null references audit_revision (id),
    revtype smallint,
    primary key (rev, action_id, theme)
);

create table action_commune_aud (
    action_id uuid not null,
    position integer not null,
    code varchar(5) not null,
    rev bigint not null references audit_revision (id),
    revtype smallint,
    primary key (position, rev, action_id, code)
);

create table action_neighbourhood_aud (
    action_id uuid not null,
    position integer not null,
    name varchar(200) not null,
    rev bigint not null references audit_revision (id),
    revtype smallint,
    primary key (position, rev, action_id, name)
);

create table action_partner_aud (
    action_id uuid not null,
    position integer not null,
    partner_id uuid,
    partner_role varchar(20),
    rev bigint not null references audit_revision (id),
    revtype smallint not null,
    primary key (position, revtype, rev, action_id)
);

create table action_funding_aud (
    action_id uuid not null,
    position integer not null,
    funder_id uuid,
    funding_year integer,
    amount numeric(14,2),
    kind varchar(20),
    status varchar(20),
    rev bigint not null references audit_revision (id),
    revtype smallint not null,
    primary key (position, revtype, rev, action_id)
);

create table action_step_aud (
    action_id uuid not null,
    position integer not null,
    title varchar(300),
    due_date date,
    done boolean,
    rev bigint not null references audit_revision (id),
    revtype smallint not null,
    primary key (position, revtype, rev, action_id)
);

create table action_note_aud (
    id uuid not null,
    rev bigint not null references audit_revision (id),
    revtype smallint,
    action_id uuid,
    note_text varchar(4000),
    author varchar(200),
    author_name varchar(200),
    created_at timestamp(6) with time zone,
    primary key (rev, id)
);
create index ix_action_note_aud_action on action_note_aud (action_id);
