-- Payments: Rathaus's own record of every payment transaction, whatever the provider. The row is
-- written before the provider is asked, so a provider that fails or a citizen who never returns
-- still leaves a trace that can be verified or retried.
create schema if not exists payment;

create table payment.transaction (
    tenant_id      uuid          not null references platform.tenant (id) on delete cascade,
    id             uuid          not null,
    -- the caller's id of this attempt: the same request id starts one transaction only
    request_id     text          not null check (length(request_id) between 1 and 100),
    provider       text          not null,
    provider_tx_id text,
    amount         numeric(12,2) not null check (amount > 0),
    -- Verwendungszweck; 140 characters is the XBezahldienste limit
    purpose        text          not null check (length(purpose) between 1 and 140),
    reference      text          not null check (length(reference) <= 100),
    return_url     text          not null,
    redirect_url   text,
    status         text          not null check (status in ('INITIAL', 'PAYED', 'FAILED', 'CANCELED')),
    kassenzeichen  text,
    created_at     timestamptz   not null,
    updated_at     timestamptz   not null,
    paid_at        timestamptz,
    primary key (tenant_id, id),
    unique (tenant_id, request_id),
    constraint transaction_paid_at check ((status = 'PAYED') = (paid_at is not null))
);
-- the staff list, newest first, and its filter for open receivables
create index transaction_created on payment.transaction (tenant_id, created_at desc, id);
create index transaction_open on payment.transaction (tenant_id, provider, status, created_at desc);
create unique index transaction_kassenzeichen on payment.transaction (tenant_id, kassenzeichen)
    where kassenzeichen is not null;

-- The last Kassenzeichen a town numbered itself, per year (see OwnKassenzeichen for the format).
-- Taking the next one locks the row until the transaction ends, so numbers are handed out in order.
create table payment.kassenzeichen_counter (
    tenant_id  uuid not null references platform.tenant (id) on delete cascade,
    year       int  not null check (year between 2000 and 9999),
    last_value int  not null check (last_value between 1 and 9999999),
    primary key (tenant_id, year)
);

-- The simulated payment page of the test cash desk (demo mode only). It plays an outside
-- provider: it keeps its own state, which Rathaus reads only through the provider interface.
create table payment.testkasse_session (
    tenant_id  uuid          not null references platform.tenant (id) on delete cascade,
    id         uuid          not null,
    amount     numeric(12,2) not null check (amount > 0),
    purpose    text          not null,
    return_url text          not null,
    status     text          not null check (status in ('INITIAL', 'PAYED', 'FAILED', 'CANCELED')),
    created_at timestamptz   not null,
    decided_at timestamptz,
    primary key (tenant_id, id)
);
