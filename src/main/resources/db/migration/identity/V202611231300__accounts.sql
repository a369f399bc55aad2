-- Accounts of one town (citizens and staff) and of the installation (operators, whose tenant_id
-- is the all-zero installation id). Each town is its own data controller: an account never
-- belongs to two towns, and the same e-mail address may have an account in several towns.
create schema if not exists identity;

create table identity.account (
    tenant_id            uuid        not null,
    id                   uuid        not null,
    -- random, reveals nothing; the audit log and other modules refer to people by it
    pseudonym            uuid        not null,
    kind                 text        not null check (kind in ('CITIZEN', 'STAFF', 'OPERATOR')),
    status               text        not null check (status in ('PENDING', 'ACTIVE', 'DEACTIVATED', 'DELETED')),
    email                text,
    -- the e-mail address as it is looked up (trimmed, lower case)
    email_key            text,
    display_name         text,
    password_hash        text,
    must_change_password boolean     not null default false,
    totp_secret          text,
    -- the last accepted one-time-code step; a code is accepted only once
    totp_last_step       bigint,
    -- demo accounts may sign in without a second factor while the installation runs as a demo
    demo                 boolean     not null default false,
    created_at           timestamptz not null default now(),
    confirmed_at         timestamptz,
    last_login_at        timestamptz,
    deleted_at           timestamptz,
    primary key (tenant_id, id),
    unique (tenant_id, pseudonym),
    -- a deleted account keeps only its pseudonym row, so records under retention stay referable
    constraint account_deleted_has_no_personal_data check (
        status <> 'DELETED'
        or (email is null and email_key is null and display_name is null and password_hash is null
            and totp_secret is null))
);
create unique index account_email on identity.account (tenant_id, email_key) where email_key is not null;
-- the clean-up job finds unconfirmed registrations across towns
create index account_pending on identity.account (created_at) where status = 'PENDING';

-- Roles of staff, each for one office or (office_id null) for the whole town.
create table identity.role_grant (
    tenant_id  uuid        not null,
    account_id uuid        not null,
    role       text        not null,
    office_id  uuid,
    granted_at timestamptz not null default now(),
    constraint role_grant_unique unique nulls not distinct (tenant_id, account_id, role, office_id),
    foreign key (tenant_id, account_id) references identity.account (tenant_id, id) on delete cascade
);

-- Single-use links sent by e-mail; only a SHA-256 hash of the token is stored.
create table identity.account_token (
    tenant_id  uuid        not null,
    token_hash text        not null,
    account_id uuid        not null,
    purpose    text        not null check (purpose in ('CONFIRM_EMAIL', 'RESET_PASSWORD', 'INVITATION')),
    expires_at timestamptz not null,
    used_at    timestamptz,
    created_at timestamptz not null default now(),
    primary key (tenant_id, token_hash),
    foreign key (tenant_id, account_id) references identity.account (tenant_id, id) on delete cascade
);
create index account_token_account on identity.account_token (tenant_id, account_id, purpose);
create index account_token_expiry on identity.account_token (expires_at);

-- Sign-ins through another identity provider (OIDC, BundID, the town's directory).
create table identity.external_identity (
    tenant_id  uuid        not null,
    provider   text        not null,
    subject    text        not null,
    account_id uuid        not null,
    created_at timestamptz not null default now(),
    primary key (tenant_id, provider, subject),
    foreign key (tenant_id, account_id) references identity.account (tenant_id, id) on delete cascade
);
create index external_identity_account on identity.external_identity (tenant_id, account_id);

-- Counters that slow down abuse, kept in the database so that every node enforces them: failed
-- sign-ins per login name and per client address, e-mails per recipient. Keys are hashes.
create table identity.throttle (
    tenant_id       uuid        not null,
    throttle_key    text        not null,
    failures        int         not null,
    last_failure_at timestamptz not null,
    locked_until    timestamptz,
    primary key (tenant_id, throttle_key)
);
create index throttle_age on identity.throttle (last_failure_at);
