-- Tenants (Mandanten), the host names that lead to them, and their offices (Organisationseinheiten).
create table platform.tenant (
    id            uuid        not null primary key,
    slug          text        not null unique,
    name          text        not null,
    accent_colour text        not null default '#005ea5' check (accent_colour ~ '^#[0-9a-fA-F]{6}$'),
    is_default    boolean     not null default false,
    -- what the Impressum and the footer need: the town's address, contact and who represents it
    address       text        not null default '',
    email         text        not null default '',
    phone         text        not null default '',
    represented_by text       not null default '',
    created_at    timestamptz not null default now()
);
-- at most one default tenant
create unique index tenant_one_default on platform.tenant (is_default) where is_default;

create table platform.tenant_host (
    host      text not null primary key check (host = lower(host)),
    tenant_id uuid not null references platform.tenant (id) on delete cascade
);
create index tenant_host_tenant on platform.tenant_host (tenant_id, host);

create table platform.office (
    tenant_id  uuid        not null references platform.tenant (id) on delete cascade,
    id         uuid        not null,
    slug       text        not null,
    name       text        not null,
    email      text,
    phone      text,
    created_at timestamptz not null default now(),
    primary key (tenant_id, id),
    unique (tenant_id, slug)
);
