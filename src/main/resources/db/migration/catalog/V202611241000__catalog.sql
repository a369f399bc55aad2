-- The service catalogue: life situations, locations, office profiles, holidays, versioned entries
-- (services and FAQs with drafts and history) and what is published of them.
create schema if not exists catalog;
create extension if not exists btree_gin schema public;

-- Which federal state's public holidays apply to the town.
create table catalog.settings (
    tenant_id     uuid not null primary key references platform.tenant (id) on delete cascade,
    federal_state text not null default 'BY'
        check (federal_state in ('BW','BY','BE','BB','HB','HH','HE','MV','NI','NW','RP','SL','SN','ST','SH','TH'))
);

-- A holiday of the municipality only (e.g. Augsburger Friedensfest); year null = every year.
create table catalog.local_holiday (
    tenant_id uuid     not null references platform.tenant (id) on delete cascade,
    id        uuid     not null,
    name      text     not null,
    month     smallint not null check (month between 1 and 12),
    day       smallint not null check (day between 1 and 31),
    year      int,
    primary key (tenant_id, id)
);

-- Lebenslage: how citizens and businesses look for services.
create table catalog.life_situation (
    tenant_id uuid not null references platform.tenant (id) on delete cascade,
    id        uuid not null,
    slug      text not null,
    audience  text not null check (audience in ('CITIZEN', 'BUSINESS')),
    name      text not null,
    teaser    text not null default '',
    position  int  not null default 0,
    primary key (tenant_id, id),
    unique (tenant_id, slug)
);

-- A building where citizens are served (Dienstort).
create table catalog.location (
    tenant_id        uuid    not null references platform.tenant (id) on delete cascade,
    id               uuid    not null,
    slug             text    not null,
    name             text    not null,
    street           text    not null,
    postal_code      text    not null,
    city             text    not null,
    step_free        boolean not null default false,
    accessibility    text    not null default '',
    public_transport text    not null default '',
    primary key (tenant_id, id),
    unique (tenant_id, slug)
);

-- The public side of an office (platform.office holds its identity): description, hours, locations.
create table catalog.office_profile (
    tenant_id      uuid  not null references platform.tenant (id) on delete cascade,
    office_id      uuid  not null,
    description    text  not null default '',
    postal_address text  not null default '',
    opening_hours  jsonb not null default '[]',
    opening_note   text  not null default '',
    primary key (tenant_id, office_id)
);

create table catalog.office_location (
    tenant_id   uuid not null,
    office_id   uuid not null,
    location_id uuid not null,
    position    int  not null default 0,
    primary key (tenant_id, office_id, location_id),
    foreign key (tenant_id, office_id) references catalog.office_profile (tenant_id, office_id) on delete cascade,
    foreign key (tenant_id, location_id) references catalog.location (tenant_id, id) on delete cascade
);

-- A service or FAQ as editors keep it: every save is a new version; one version may be published.
create table catalog.entry (
    tenant_id         uuid        not null references platform.tenant (id) on delete cascade,
    id                uuid        not null,
    kind              text        not null check (kind in ('SERVICE', 'FAQ')),
    slug              text        not null check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    latest_version    int         not null,
    published_version int,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    primary key (tenant_id, id),
    unique (tenant_id, kind, slug),
    check (published_version is null or published_version <= latest_version)
);

create table catalog.entry_version (
    tenant_id    uuid        not null,
    entry_id     uuid        not null,
    version      int         not null,
    content      jsonb       not null,
    author_id    uuid,
    author_name  text        not null,
    created_at   timestamptz not null default now(),
    published_at timestamptz,
    primary key (tenant_id, entry_id, version),
    foreign key (tenant_id, entry_id) references catalog.entry (tenant_id, id) on delete cascade
);

-- What citizens see: the published version of each service, with the columns lists and filters need.
create table catalog.published_service (
    tenant_id    uuid        not null,
    id           uuid        not null,
    slug         text        not null,
    name         text        not null,
    teaser       text        not null,
    office_id    uuid,
    confidential boolean     not null,
    in_person    boolean     not null,
    content      jsonb       not null,
    published_at timestamptz not null,
    primary key (tenant_id, id),
    unique (tenant_id, slug),
    foreign key (tenant_id, id) references catalog.entry (tenant_id, id) on delete cascade
);
create index published_service_name on catalog.published_service (tenant_id, name collate "de-x-icu");
create index published_service_office on catalog.published_service (tenant_id, office_id);

create table catalog.published_service_life_situation (
    tenant_id         uuid not null,
    service_id        uuid not null,
    life_situation_id uuid not null,
    primary key (tenant_id, life_situation_id, service_id),
    foreign key (tenant_id, service_id) references catalog.published_service (tenant_id, id) on delete cascade,
    foreign key (tenant_id, life_situation_id) references catalog.life_situation (tenant_id, id) on delete cascade
);

create table catalog.published_faq (
    tenant_id    uuid        not null,
    id           uuid        not null,
    slug         text        not null,
    question     text        not null,
    answer       text        not null,
    content      jsonb       not null,
    published_at timestamptz not null,
    primary key (tenant_id, id),
    unique (tenant_id, slug),
    foreign key (tenant_id, id) references catalog.entry (tenant_id, id) on delete cascade
);

create table catalog.published_faq_service (
    tenant_id  uuid not null,
    faq_id     uuid not null,
    service_id uuid not null,
    primary key (tenant_id, faq_id, service_id),
    foreign key (tenant_id, faq_id) references catalog.published_faq (tenant_id, id) on delete cascade,
    foreign key (tenant_id, service_id) references catalog.published_service (tenant_id, id) on delete cascade
);

-- One row per published service, FAQ and office: what search and the assistant look through.
create table catalog.search_document (
    tenant_id uuid not null references platform.tenant (id) on delete cascade,
    kind      text not null check (kind in ('SERVICE', 'FAQ', 'OFFICE')),
    ref_id    uuid not null,
    slug      text not null,
    title     text not null,
    teaser    text not null,
    keywords  text not null,
    body      text not null,
    document  tsvector generated always as (
        setweight(to_tsvector('german', platform.immutable_unaccent(title)), 'A')
        || setweight(to_tsvector('german', platform.immutable_unaccent(keywords)), 'A')
        || setweight(to_tsvector('german', platform.immutable_unaccent(teaser)), 'B')
        || setweight(to_tsvector('german', platform.immutable_unaccent(body)), 'C')) stored,
    primary key (tenant_id, kind, ref_id)
);
create index search_document_text on catalog.search_document using gin (tenant_id, document);
