-- Drafts of applications: what a citizen has answered so far, saved with every page.
create schema if not exists forms;

create table forms.draft (
    tenant_id         uuid        not null,
    id                uuid        not null,
    form_id           uuid        not null,
    -- a draft stays on the version it was started with; the submission records it
    form_version      int         not null,
    form_key          text        not null,
    form_title        text        not null,
    answers           jsonb       not null default '{}'::jsonb,
    current_page      text,
    -- the signed-in applicant's pseudonym, or for a guest the SHA-256 of the secret in their cookie
    applicant         uuid,
    guest_secret_hash bytea,
    guest_email       text,
    declared_at       timestamptz,
    payment_attempt   int         not null default 0,
    payment_id        uuid,
    -- the one valid resume link of a guest draft (SHA-256 of its token); each new link replaces it
    resume_token_hash bytea,
    resume_expires_at timestamptz,
    created_at        timestamptz not null,
    updated_at        timestamptz not null,
    primary key (tenant_id, id),
    constraint draft_owner check ((applicant is null) <> (guest_secret_hash is null))
);

create index draft_applicant on forms.draft (tenant_id, applicant, updated_at desc) where applicant is not null;
create unique index draft_resume_token on forms.draft (tenant_id, resume_token_hash) where resume_token_hash is not null;
-- the clean-up job looks across all towns for old drafts
create index draft_updated on forms.draft (updated_at);

-- A sent draft leaves a forwarding note: a reloaded submit or payment return finds the submission
-- it became instead of sending twice. Kept for a day: a double click or a reloaded page comes within minutes.
create table forms.draft_submitted (
    tenant_id         uuid        not null,
    draft_id          uuid        not null,
    submission_id     uuid        not null,
    applicant         uuid,
    guest_secret_hash bytea,
    submitted_at      timestamptz not null,
    primary key (tenant_id, draft_id)
);
create index draft_submitted_at on forms.draft_submitted (submitted_at);
