-- Stored files (uploads, case documents, record documents). The metadata lives here; the content
-- lives in file_chunk, encrypted with AES-256-GCM under the town's key in chunks of at most 1 MiB,
-- so neither storing nor serving a file needs more than one chunk in memory.
create table platform.file (
    tenant_id    uuid        not null references platform.tenant (id) on delete cascade,
    id           uuid        not null,
    name         text        not null,
    size         bigint      not null check (size > 0),
    -- detected from the content, never taken from the browser
    media_type   text        not null,
    sha256       text        not null check (sha256 ~ '^[0-9a-f]{64}$'),
    scan_status  text        not null
        check (scan_status in ('CLEAN', 'UNSCANNED', 'QUARANTINED_INFECTED', 'QUARANTINED_PENDING')),
    scan_finding text,
    scanned_at   timestamptz,
    -- which key encrypted the content, so keys can be replaced while old files stay readable
    key_id       text        not null,
    chunk_count  int         not null check (chunk_count > 0),
    stored_at    timestamptz not null,
    primary key (tenant_id, id)
);
-- the rescan job walks each town's files that wait for the scanner
create index file_pending on platform.file (tenant_id, id) where scan_status = 'QUARANTINED_PENDING';

create table platform.file_chunk (
    tenant_id uuid  not null,
    file_id   uuid  not null,
    seq       int   not null check (seq >= 0),
    iv        bytea not null check (length(iv) = 12),
    -- ciphertext followed by the 16-byte GCM tag
    content   bytea not null,
    primary key (tenant_id, file_id, seq),
    foreign key (tenant_id, file_id) references platform.file (tenant_id, id) on delete cascade
);
-- ciphertext does not compress: store it out of line without trying
alter table platform.file_chunk alter column content set storage external;
