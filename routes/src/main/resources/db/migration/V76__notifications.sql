-- Staff notifications (issue 7, docs/notifications.md). One row per notice a staff member gets:
-- the in-app entry (when the Odoo user maps to a hub user) and the email outbox (when Odoo has an
-- email for them). No PHI: ids, a fixed title, a link; the excerpt only where the tenant allows it.
create table notifications (
    id                uuid        primary key,
    tenant_id         text        not null,
    recipient_user_id uuid,                  -- hub user (users.id); null = not mapped: email only
    recipient_email   text,                  -- the Odoo user's email; null = in-app only
    odoo_user_id      bigint      not null,
    kind              text        not null check (kind in ('MENTION', 'ASSIGNMENT')),
    event_key         text        not null,  -- e.g. 'mention:7:patient.patient:12' (ids only)
    source_key        text        not null,  -- the Odoo fact, e.g. 'mail.message:41:partner:9'
    title             text        not null,
    link              text        not null,
    excerpt           text,
    created_at        timestamptz not null,
    read_at           timestamptz,
    email_status      text        not null check (email_status in ('NONE', 'PENDING', 'SENT', 'FAILED')),
    email_attempts    integer     not null default 0,
    email_sent_at     timestamptz,
    check (recipient_user_id is not null or recipient_email is not null)
);
create index notifications_inbox on notifications (tenant_id, recipient_user_id, created_at desc);
create index notifications_outbox on notifications (tenant_id, created_at) where email_status = 'PENDING';

alter table notifications enable row level security;
alter table notifications force row level security;
create policy notifications_tenant on notifications
    using (tenant_id = any(string_to_array(current_setting('hub.tenant_ids', true), ',')))
    with check (tenant_id = any(string_to_array(current_setting('hub.tenant_ids', true), ',')));
-- no delete: read state and email state change, the notice itself stays
grant select, insert, update on notifications to hub_app;

-- The open de-duplication window per event key: an event whose key has a window younger than
-- hub.notifications.dedupe-window is dropped. In the database so it holds across hub instances.
create table notification_dedupe (
    tenant_id    text        not null,
    event_key    text        not null,
    window_start timestamptz not null,
    primary key (tenant_id, event_key)
);

alter table notification_dedupe enable row level security;
alter table notification_dedupe force row level security;
create policy notification_dedupe_tenant on notification_dedupe
    using (tenant_id = any(string_to_array(current_setting('hub.tenant_ids', true), ',')))
    with check (tenant_id = any(string_to_array(current_setting('hub.tenant_ids', true), ',')));
grant select, insert, update, delete on notification_dedupe to hub_app;
