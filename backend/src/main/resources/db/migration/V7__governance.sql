-- Governance: committees (instances) of a contract, their meetings with agenda, invitees and minutes,
-- the decisions taken, and documents attached to a contract, an action or a meeting.
create table committee (
    id uuid primary key,
    version bigint not null,
    contract_id uuid not null references contract (id) on delete cascade,
    kind varchar(24) not null,
    name varchar(200) not null,
    theme varchar(1000),
    created_at timestamp(6) with time zone not null,
    created_by varchar(200) not null,
    updated_at timestamp(6) with time zone not null,
    updated_by varchar(200) not null
);
create index ix_committee_contract on committee (contract_id);

create table committee_member (
    committee_id uuid not null references committee (id) on delete cascade,
    contact_id uuid not null references contact (id) on delete cascade,
    primary key (committee_id, contact_id)
);
create index ix_committee_member_contact on committee_member (contact_id);

create table meeting (
    id uuid primary key,
    version bigint not null,
    committee_id uuid not null references committee (id) on delete cascade,
    starts_at timestamp(6) with time zone not null,
    ends_at timestamp(6) with time zone not null,
    place varchar(300),
    video_link varchar(1000),
    status varchar(16) not null,
    minutes varchar(200000),
    created_at timestamp(6) with time zone not null,
    created_by varchar(200) not null,
    updated_at timestamp(6) with time zone not null,
    updated_by varchar(200) not null
);
create index ix_meeting_committee on meeting (committee_id, starts_at);
create index ix_meeting_starts on meeting (starts_at);

create table meeting_agenda_item (
    id uuid primary key,
    meeting_id uuid not null references meeting (id) on delete cascade,
    position integer not null,
    title varchar(300) not null,
    duration_minutes integer,
    presenter_contact_id uuid references contact (id) on delete set null,
    action_id uuid references action (id) on delete set null
);
create index ix_agenda_meeting on meeting_agenda_item (meeting_id, position);
create index ix_agenda_action on meeting_agenda_item (action_id);

create table meeting_invitee (
    id uuid primary key,
    meeting_id uuid not null references meeting (id) on delete cascade,
    contact_id uuid not null references contact (id) on delete cascade,
    attendance varchar(16) not null,
    constraint ux_meeting_invitee unique (meeting_id, contact_id)
);
create index ix_invitee_contact on meeting_invitee (contact_id);

create table decision (
    id uuid primary key,
    version bigint not null,
    meeting_id uuid not null references meeting (id) on delete cascade,
    decision_text varchar(4000) not null,
    owner_contact_id uuid references contact (id) on delete set null,
    due_date date,
    action_id uuid references action (id) on delete set null,
    status varchar(16) not null,
    created_at timestamp(6) with time zone not null,
    created_by varchar(200) not null,
    updated_at timestamp(6) with time zone not null,
    updated_by varchar(200) not null
);
create index ix_decision_meeting on decision (meeting_id);
create index ix_decision_action on decision (action_id);

-- Documents: the bytes live under cls.documents.directory (storage_key is the relative path), the rest here.
create table document (
    id uuid primary key,
    version bigint not null,
    contract_id uuid not null references contract (id) on delete cascade,
    action_id uuid references action (id) on delete cascade,
    meeting_id uuid references meeting (id) on delete cascade,
    title varchar(300),
    file_name varchar(255) not null,
    content_type varchar(150) not null,
    size_bytes bigint not null,
    sha256 varchar(64) not null,
    storage_key varchar(300) not null,
    created_at timestamp(6) with time zone not null,
    created_by varchar(200) not null,
    updated_at timestamp(6) with time zone not null,
    updated_by varchar(200) not null
);
create index ix_document_contract on document (contract_id);
create index ix_document_action on document (action_id);
create index ix_document_meeting on document (meeting_id);

-- Audit trail (see V4__audit.sql)
create table committee_aud (
    id uuid not null,
    rev bigint not null references audit_revision (id),
    revtype smallint,
    contract_id uuid,
    kind varchar(24),
    name varchar(200),
    theme varchar(1000),
    created_at timestamp(6) with time zone,
    created_by varchar(200),
    updated_at timestamp(6) with time zone,
    updated_by varchar(200),
    primary key (rev, id)
);

create table committee_member_aud (
    committee_id uuid not null,
    contact_id uuid not null,
    rev bigint not null references audit_revision (id),
    revtype smallint,
    primary key (rev, committee_id, contact_id)
);

create table meeting_aud (
    id uuid not null,
    rev bigint not null references audit_revision (id),
    revtype smallint,
    committee_id uuid,
    starts_at timestamp(6) with time zone,
    ends_at timestamp(6) with time zone,
    place varchar(300),
    video_link varchar(1000),
    status varchar(16),
    minutes varchar(200000),
    created_at timestamp(6) with time zone,
    created_by varchar(200),
    updated_at timestamp(6) with time zone,
    updated_by varchar(200),
    primary key (rev, id)
);

create table meeting_agenda_item_aud (
    id uuid not null,
    rev bigint not null references audit_revision (id),
    revtype smallint,
    meeting_id uuid,
    position integer,
    title varchar(300),
    duration_minutes integer,
    presenter_contact_id uuid,
    action_id uuid,
    primary key (rev, id)
);

create table meeting_invitee_aud (
    id uuid not null,
    rev bigint not null references audit_revision (id),
    revtype smallint,
    meeting_id uuid,
    contact_id uuid,
    attendance varchar(16),
    primary key (rev, id)
);

create table decision_aud (
    id uuid not null,
    rev bigint not null references audit_revision (id),
    revtype smallint,
    meeting_id uuid,
    decision_text varchar(4000),
    owner_contact_id uuid,
    due_date date,
    action_id uuid,
    status varchar(16),
    created_at timestamp(6) with time zone,
    created_by varchar(200),
    updated_at timestamp(6) with time zone,
    updated_by varchar(200),
    primary key (rev, id)
);

create table document_aud (
    id uuid not null,
    rev bigint not null references audit_revision (id),
    revtype smallint,
    contract_id uuid,
    action_id uuid,
    meeting_id uuid,
    title varchar(300),
    file_name varchar(255),
    content_type varchar(150),
    size_bytes bigint,
    sha256 varchar(64),
    storage_key varchar(300),
    created_at timestamp(6) with time zone,
    created_by varchar(200),
    updated_at timestamp(6) with time zone,
    updated_by varchar(200),
    primary key (rev, id)
);
