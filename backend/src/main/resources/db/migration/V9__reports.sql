-- Semiannual (and annual) reports of a contract: a frozen JSON snapshot of the plan and the dashboard, plus the
-- coordinator's narrative; DRAFT -> SUBMITTED (coordinator) -> REVIEWED (ARS).
create table report (
    id uuid primary key,
    version bigint not null,
    contract_id uuid not null references contract (id) on delete cascade,
    period varchar(7) not null,
    period_start date not null,
    period_end date not null,
    status varchar(12) not null,
    snapshot varchar(1000000) not null,
    snapshot_at timestamp(6) with time zone not null,
    highlights varchar(8000),
    difficulties varchar(8000),
    levers varchar(8000),
    adjustments varchar(8000),
    review_comment varchar(4000),
    submitted_at timestamp(6) with time zone,
    submitted_by varchar(200),
    reviewed_at timestamp(6) with time zone,
    reviewed_by varchar(200),
    created_at timestamp(6) with time zone not null,
    created_by varchar(200) not null,
    updated_at timestamp(6) with time zone not null,
    updated_by varchar(200) not null,
    constraint uq_report_period unique (contract_id, period)
);

create table report_aud (
    id uuid not null,
    rev bigint not null references audit_revision (id),
    revtype smallint,
    contract_id uuid,
    period varchar(7),
    period_start date,
    period_end date,
    status varchar(12),
    snapshot_at timestamp(6) with time zone,
    highlights varchar(8000),
    difficulties varchar(8000),
    levers varchar(8000),
    adjustments varchar(8000),
    review_comment varchar(4000),
    submitted_at timestamp(6) with time zone,
    submitted_by varchar(200),
    reviewed_at timestamp(6) with time zone,
    reviewed_by varchar(200),
    created_at timestamp(6) with time zone,
    created_by varchar(200),
    updated_at timestamp(6) with time zone,
    updated_by varchar(200),
    primary key (rev, id)
);
create index ix_report_aud_id on report_aud (id, rev);
