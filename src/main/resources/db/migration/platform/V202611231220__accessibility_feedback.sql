-- Reports of barriers sent through the feedback form of the accessibility statement (BITV 2.0 § 7).
create table platform.accessibility_feedback (
    tenant_id     uuid        not null references platform.tenant (id) on delete cascade,
    id            uuid        not null,
    message       text        not null,
    page          text,
    contact_email text,
    created_at    timestamptz not null default now(),
    primary key (tenant_id, id)
);
create index accessibility_feedback_created on platform.accessibility_feedback (created_at);
