-- Clinical files uploaded through presigned URLs (docs/files.md). One row per file id, created
-- PENDING when the URL is issued; the pipeline moves it to STORED (validated, derivatives written)
-- or REJECTED (with the reason), and to REGISTERED once Odoo holds the attachment.
create table hub_files (
    id               uuid        primary key,
    tenant_id        text        not null,
    patient_ref      text        not null,
    appointment_ref  text,
    file_type        text        not null check (file_type in ('photo', 'xray', 'cbct', 'pdf')),
    content_type     text        not null,              -- as declared when presigning
    size             bigint      not null check (size > 0),
    object_key       text        not null unique,
    status           text        not null default 'PENDING'
                     check (status in ('PENDING', 'STORED', 'REJECTED', 'REGISTERED')),
    reason           text,                               -- why REJECTED; never PHI
    derivatives      jsonb       not null default '{}'::jsonb, -- name -> object key
    odoo_ref         text,                               -- id of the ir.attachment (or line) in Odoo
    created_by       text        not null,
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now()
);

create index hub_files_tenant_patient on hub_files (tenant_id, patient_ref, created_at desc);

alter table hub_files enable row level security;
alter table hub_files force row level security;
create policy hub_files_tenant on hub_files
    using (tenant_id = any(string_to_array(current_setting('hub.tenant_ids', true), ',')))
    with check (tenant_id = any(string_to_array(current_setting('hub.tenant_ids', true), ',')));
grant select, insert, update on hub_files to hub_app;
