create table action (
    id uuid primary key,
    version bigint not null,
    objective_id uuid not null references objective (id) on delete cascade,
    seq integer not null,
    code varchar(20),
    title varchar(200) not null,
    rationale varchar(8000),
    goals varchar(8000),
    description varchar(8000),
    target_public varchar(2000),
    start_date date,
    end_date date,
    status varchar(20) not null,
    progress integer not null,
    priority varchar(10),
    link_contrat_ville varchar(1000),
    link_clsm varchar(1000),
    link_ptsm varchar(1000),
    link_cpts varchar(1000),
    link_ctg varchar(1000),
    link_prs varchar(1000),
    evaluation_notes varchar(8000),
    pilot_partner_id uuid references partner (id),
    pilot_contact_id uuid references contact (id),
    created_at timestamp(6) with time zone not null,
    created_by varchar(200) not null,
    updated_at timestamp(6) with time zone not null,
    updated_by varchar(200) not null
);
create index ix_action_objective on action (objective_id, seq);
create index ix_action_pilot_partner on action (pilot_partner_id);
create index ix_action_pilot_contact on action (pilot_contact_id);

create table action_theme (
    action_id uuid not null references action (id) on delete cascade,
    theme varchar(30) not null,
    primary key (action_id, theme)
);
create index ix_action_theme on action_theme (theme, action_id);

create table action_commune (
    action_id uuid not null references action (id) on delete cascade,
    position integer not null,
    code varchar(5) not null,
    primary key (action_id, position)
);

create table action_neighbourhood (
    action_id uuid not null references action (id) on delete cascade,
    position integer not null,
    name varchar(200) not null,
    primary key (action_id, position)
);

create table action_partner (
    action_id uuid not null references action (id) on delete cascade,
    position integer not null,
    partner_id uuid not null references partner (id),
    partner_role varchar(20) not null,
    primary key (action_id, position)
);
create index ix_action_partner_partner on action_partner (partner_id);

create table action_funding (
    action_id uuid not null references action (id) on delete cascade,
    position integer not null,
    funder_id uuid not null references partner (id),
    funding_year integer not null,
    amount numeric(14,2) not null,
    kind varchar(20) not null,
    status varchar(20) not null,
    primary key (action_id, position)
);
create index ix_action_funding_funder on action_funding (funder_id);

create table action_step (
    action_id uuid not null references action (id) on delete cascade,
    position integer not null,
    title varchar(300) not null,
    due_date date,
    done boolean not null,
    primary key (action_id, position)
);

create table action_note (
    id uuid primary key,
    action_id uuid not null references action (id) on delete cascade,
    note_text varchar(4000) not null,
    author varchar(200) not null,
    author_name varchar(200) not null,
    created_at timestamp(6) with time zone not null
);
create index ix_action_note_action on action_note (action_id, created_at);
