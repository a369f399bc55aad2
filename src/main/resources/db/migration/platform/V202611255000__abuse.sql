-- Abuse defence: the installation's keys, solved proof-of-work challenges, rate-limit counters.

-- HMAC keys of the installation (signing challenges, hashing client addresses), one per purpose,
-- sealed like other secrets. Made once by whichever node comes first, shared by all.
create table platform.abuse_key (
    purpose    text        primary key,
    sealed     text        not null,
    created_at timestamptz not null default now()
);

-- Solved challenges, kept until they expire so that each is accepted once. Installation-wide:
-- a challenge is random and belongs to no town.
create table platform.proof_of_work_used (
    challenge  text        primary key,
    expires_at timestamptz not null
);
create index proof_of_work_used_expires on platform.proof_of_work_used (expires_at);

-- Fixed-window counters per town, bucket (what is counted) and client key (an HMAC of an address,
-- never the address itself).
create table platform.rate_limit (
    tenant_id    uuid        not null references platform.tenant (id) on delete cascade,
    bucket       text        not null,
    client_key   text        not null,
    window_start timestamptz not null,
    count        integer     not null,
    expires_at   timestamptz not null,
    primary key (tenant_id, bucket, client_key, window_start)
);
create index rate_limit_expires on platform.rate_limit (expires_at);
