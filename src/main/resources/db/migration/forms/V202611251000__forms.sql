-- The form library: forms (one per key and town, tied to a catalogue service) and their versions,
-- each a rathaus-form/1 document. A draft may change; a published or retired version never does,
-- because submissions refer to the version they were made with.
create schema if not exists forms;

create table forms.form (
    tenant_id  uuid        not null references platform.tenant (id) on delete cascade,
    id         uuid        not null,
    key        text        not null,
    -- the service of the version published last (or of the first draft)
    service_id uuid        not null,
    created_at timestamptz not null,
    primary key (tenant_id, id),
    unique (tenant_id, key)
);

create table forms.form_version (
    tenant_id    uuid        not null,
    form_id      uuid        not null,
    version      int         not null check (version > 0),
    service_id   uuid        not null,
    document     jsonb       not null,
    status       text        not null check (status in ('DRAFT', 'PUBLISHED', 'RETIRED')),
    created_at   timestamptz not null,
    -- the editor's pseudonym; null for imports by the system and the demo seeding
    created_by   uuid,
    published_at timestamptz,
    primary key (tenant_id, form_id, version),
    foreign key (tenant_id, form_id) references forms.form (tenant_id, id) on delete cascade,
    check ((status = 'DRAFT') = (published_at is null))
);

-- At most one published version and one draft per form.
create unique index form_version_published on forms.form_version (tenant_id, form_id) where status = 'PUBLISHED';
create unique index form_version_draft on forms.form_version (tenant_id, form_id) where status = 'DRAFT';
-- The published forms of a town (the journey's and the API's list).
create index form_version_by_status on forms.form_version (tenant_id, status);

-- Once published, a version's content is fixed and it never becomes a draft again.
create function forms.keep_published_versions() returns trigger
    language plpgsql as
$$
begin
    if old.status <> 'DRAFT' and (new.document is distinct from old.document
        or new.service_id <> old.service_id
        or new.version <> old.version
        or new.form_id <> old.form_id
        or new.tenant_id <> old.tenant_id
        or new.created_at <> old.created_at
        or new.created_by is distinct from old.created_by
        or new.published_at is distinct from old.published_at
        or new.status = 'DRAFT') then
        raise exception 'version % of form % is published and cannot change', old.version, old.form_id
            using errcode = 'integrity_constraint_violation';
    end if;
    return new;
end;
$$;

create trigger form_version_immutable
    before update on forms.form_version
    for each row execute function forms.keep_published_versions();
