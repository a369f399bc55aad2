-- pgbench script: one application row per transaction, the same columns, indexes and constraints
-- as forms.submission (bench_raw.submission is created LIKE it by bench/run.sh), answers of the
-- same size as the API scenario's. The ceiling for "store one application durably" here.
insert into bench_raw.submission (tenant_id, id, reference, idempotency_key, form_id, form_version, service_id,
    answers, applicant, contact_email, payment_kind, submitted_at)
values ('0192f0c0-0000-7000-8000-000000000001', gen_random_uuid(), md5(random()::text), gen_random_uuid()::text,
    '0192f0c0-0000-7000-8000-000000000002', 1, '0192f0c0-0000-7000-8000-000000000003',
    '{"gegenstand": "Schlüsselbund", "beschreibung": "Drei Schlüssel an einem roten Anhänger mit Fahrradschlüssel.", "fundort": "Spielplatz im Stadtpark", "funddatum": "2026-11-20", "finderlohn": false}',
    '0192f0c0-0000-7000-8000-000000000004', null, 'NO_FEE', now());
