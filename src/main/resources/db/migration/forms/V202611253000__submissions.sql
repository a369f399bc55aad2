-- Submitted applications (Anträge): stored once per idempotency key, never changed afterwards.
create schema if not exists forms;

create table forms.submission (
    tenant_id        uuid        not null,
    id               uuid        not null,
    -- what the citizen is told, e.g. 2026-4821-0375-6: unique within the town
    reference        text        not null,
    -- the caller's key: the same key again returns this row instead of storing a second one
    idempotency_key  text        not null,
    form_id          uuid        not null,
    form_version     int         not null,
    service_id       uuid        not null,
    answers          jsonb       not null,
    -- the signed-in applicant's pseudonym; null for a guest
    applicant        uuid,
    contact_email    text,
    payment_kind     text        not null check (payment_kind in ('NO_FEE', 'PAID', 'INVOICED')),
    payment_amount   numeric(12, 2),
    payment_id       uuid,
    payment_provider text,
    kassenzeichen    text,
    submitted_at     timestamptz not null,
    primary key (tenant_id, id),
    constraint submission_reference_unique unique (tenant_id, reference),
    constraint submission_idempotency_unique unique (tenant_id, idempotency_key),
    constraint submission_payment_complete check (
        (payment_kind = 'NO_FEE' and payment_amount is null and payment_id is null)
        or (payment_kind = 'PAID' and payment_amount is not null and payment_id is not null
            and payment_provider is not null)
        or (payment_kind = 'INVOICED' and payment_amount is not null and payment_id is not null
            and kassenzeichen is not null))
);

-- the applicant's list in /konto, newest first
create index submission_by_applicant on forms.submission (tenant_id, applicant, submitted_at desc)
    where applicant is not null;

-- The files handed in with a submission (FILE answers), so the back office finds them without
-- reading the answers.
create table forms.submission_file (
    tenant_id     uuid not null,
    submission_id uuid not null,
    file_id       uuid not null,
    -- where in the answers: a JSON Pointer, e.g. /lageplan or /anhaenge/0/datei
    answer_path   text not null,
    primary key (tenant_id, submission_id, file_id),
    foreign key (tenant_id, submission_id) references forms.submission (tenant_id, id)
);

create index submission_file_by_file on forms.submission_file (tenant_id, file_id);

-- The key a guest's access token is made with (HMAC of the submission id), one per town, sealed
-- with the town's key from platform Secrets: a copy of the database alone forges no token.
create table forms.submission_access_key (
    tenant_id  uuid        not null primary key,
    sealed_key text        not null,
    created_at timestamptz not null
);
