-- Overlays drawn on a clinical file (docs/files.md "Annotations"): one row per shape, points
-- normalised to 0..1 of the image so they survive any derivative size. `version` is the
-- optimistic lock: an update names the version it read and loses if someone wrote in between.
create table hub_file_annotations (
    id          uuid        primary key,
    tenant_id   text        not null,
    file_id     uuid        not null references hub_files (id) on delete cascade,
    kind        text        not null check (kind in ('arrow', 'circle', 'rect', 'text', 'freehand')),
    points      jsonb       not null,                -- [{"x":0.1,"y":0.2}, …], 1..200 points
    text        text,                                -- clinical note: may be PHI, never logged/audited
    color       text        check (color ~ '^#[0-9a-f]{6}$'),
    author      text        not null,                -- principal id
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    version     integer     not null default 1
);

create index hub_file_annotations_file on hub_file_annotations (tenant_id, file_id, created_at);

alter table hub_file_annotations enable row level security;
alter table hub_file_annotations force row level security;
create policy hub_file_annotations_tenant on hub_file_annotations
    using (tenant_id = any(string_to_array(current_setting('hub.tenant_ids', true), ',')))
    with check (tenant_id = any(string_to_array(current_setting('hub.tenant_ids', true), ',')));
grant select, insert, update, delete on hub_file_annotations to hub_app;
