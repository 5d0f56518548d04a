-- Index of the messages parked on the Artemis dead-letter queue (hub.errors.dead-letter-uri).
-- The message itself (body, headers, signed context) stays on the queue, browsable in Hawtio;
-- this table is what operators list, filter by tenant and replay through the API.
create table hub_dead_letters (
    id               uuid primary key,
    tenant_id        text        not null,          -- '_platform' for work no tenant owns
    route_id         text        not null,          -- the route the message entered (replay target)
    failed_route_id  text,                          -- the route where it failed (may be a sub-route)
    endpoint_uri     text        not null,          -- the entry endpoint, sanitised (no secrets)
    exception_type   text        not null,
    reason           text        not null,          -- exception class and message, truncated; no PHI by policy
    correlation_id   text,
    context_token    text,                          -- the signed hub context, null when it was untrusted
    failed_at        timestamptz not null default now(),
    status           text        not null default 'PENDING' check (status in ('PENDING', 'REPLAYED')),
    replayed_at      timestamptz,
    replayed_by      text
);

create index hub_dead_letters_tenant_failed_at on hub_dead_letters (tenant_id, failed_at desc);

alter table hub_dead_letters enable row level security;
alter table hub_dead_letters force row level security;
create policy hub_dead_letters_tenant on hub_dead_letters
    using (tenant_id = any(string_to_array(current_setting('hub.tenant_ids', true), ',')))
    with check (tenant_id = any(string_to_array(current_setting('hub.tenant_ids', true), ',')));
-- update: a replay marks the row; nothing ever deletes one through the app
grant select, insert, update on hub_dead_letters to hub_app;
