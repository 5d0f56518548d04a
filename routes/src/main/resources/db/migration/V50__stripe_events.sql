-- Every Stripe event the hub took in after its signature verified: id, type, when Stripe created
-- it, and what the hub made of it (outcome). Stripe delivers at least once and out of order; the
-- first receipt of an id is the one recorded (the idempotent consumer skips repeats).
-- Events belong to no tenant until they are read (the customer decides which), so rows are filed
-- under the platform pseudo tenant '_platform'; `tenant` is the tenant the event turned out to
-- concern, when one did. No payload is stored: it may carry customer e-mails and names.
create table stripe_events (
    tenant_id    text        not null default '_platform',
    event_id     text        not null,
    type         text        not null,
    created      timestamptz not null,
    received_at  timestamptz not null default now(),
    tenant       text,
    outcome      text        not null default 'received',
    detail       text,
    primary key (tenant_id, event_id)
);

create index stripe_events_received_at on stripe_events (received_at);

alter table stripe_events enable row level security;
alter table stripe_events force row level security;
create policy stripe_events_tenant on stripe_events
    using (tenant_id = any(string_to_array(current_setting('hub.tenant_ids', true), ',')))
    with check (tenant_id = any(string_to_array(current_setting('hub.tenant_ids', true), ',')));
-- update: the outcome is written after the event was applied
grant select, insert, update on stripe_events to hub_app;
