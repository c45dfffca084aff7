-- Content in the database (issue 15): a document's bytes commit, roll back and cascade with its row, are seen by every
-- instance and are in every backup. They are kept in chunks of at most 256 KiB, so that neither an upload nor a download
-- holds a whole file in memory (a bytea is read whole by the driver), and cascades remove them (unlike large objects).
create table document_chunk (
    document_id uuid not null references document (id) on delete cascade,
    seq int not null,
    data bytea not null,
    primary key (document_id, seq)
);

-- storage_key is now only the path of a file written by an earlier version under cls.documents.directory, not yet
-- moved into document_chunk (LegacyDocumentFiles does it at start); null once moved.
alter table document alter column storage_key drop not null;

-- The PDF of a submitted or reviewed report, rendered once for that version of the report and then served as stored.
create table report_rendition (
    report_id uuid primary key references report (id) on delete cascade,
    report_version bigint not null,
    content_type varchar(150) not null,
    size_bytes bigint not null,
    sha256 varchar(64) not null,
    created_at timestamp(6) with time zone not null
);

create table report_rendition_chunk (
    report_id uuid not null references report_rendition (report_id) on delete cascade,
    seq int not null,
    data bytea not null,
    primary key (report_id, seq)
);
