-- The audit log: one hash chain per tenant (installation-wide entries use the all-zero tenant id).
-- Entries name people only by pseudonym, so personal data can be deleted without breaking the chain.
create table platform.audit_entry (
    tenant_id       uuid        not null,
    seq             bigint      not null,
    occurred_at     timestamptz not null,
    actor_kind      text        not null,
    actor_pseudonym text        not null,
    action          text        not null,
    object_type     text        not null,
    object_id       text,
    details         jsonb       not null default '{}',
    prev_hash       text        not null,
    hash            text        not null,
    primary key (tenant_id, seq)
);
create index audit_entry_object on platform.audit_entry (tenant_id, object_type, object_id);
create index audit_entry_actor on platform.audit_entry (tenant_id, actor_pseudonym);

-- The head of each chain; its row lock serialises appends per tenant.
create table platform.audit_head (
    tenant_id uuid   not null primary key,
    seq       bigint not null,
    hash      text   not null
);

create function platform.audit_entry_is_append_only() returns trigger
    language plpgsql as $$
begin
    raise exception 'the audit log is append-only';
end $$;

create trigger audit_entry_append_only
    before update or delete or truncate on platform.audit_entry
    for each statement execute function platform.audit_entry_is_append_only();
