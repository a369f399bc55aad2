-- Outgoing e-mails, written in the same transaction as the change that causes them.
create table platform.mail_outbox (
    tenant_id       uuid        not null,
    id              uuid        not null,
    recipient       text        not null,
    subject         text        not null,
    body            text        not null,
    created_at      timestamptz not null default now(),
    attempts        int         not null default 0,
    next_attempt_at timestamptz not null default now(),
    sent_at         timestamptz,
    last_error      text,
    primary key (tenant_id, id)
);
-- the sender job looks across tenants for what is due
create index mail_outbox_due on platform.mail_outbox (next_attempt_at) where sent_at is null;
