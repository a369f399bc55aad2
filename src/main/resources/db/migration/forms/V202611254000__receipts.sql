create schema if not exists forms;

-- The receipt PDF of a submission, stored through the platform's files. One per submission:
-- the key makes a retried ApplicationSubmitted event find the receipt instead of making a second.
create table forms.receipt (
    tenant_id     uuid        not null,
    submission_id uuid        not null,
    file_id       uuid        not null,
    created_at    timestamptz not null,
    primary key (tenant_id, submission_id)
);
