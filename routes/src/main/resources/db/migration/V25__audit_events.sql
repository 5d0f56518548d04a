-- The audit trail: append-only, hash-chained per tenant, isolated by row-level security.
-- Platform-level events (no tenant) use the reserved tenant id '_platform', which cannot clash
-- with a real tenant id ([a-z0-9-]+).

-- The app role normally exists already (provisioned at start-up); create it without login if a
-- migration runs first, so the grants below never fail. AppRole.provision sets login + password.
do $$
begin
    if not exists (select 1 from pg_roles where rolname = 'hub_app') then
        create role hub_app nologin;
    end if;
end
$$;

create table audit_events (
    id             bigserial   primary key,
    event_id       uuid        not null,
    tenant_id      text        not null,
    seq            bigint      not null,
    ts             timestamptz not null,
    actor          text        not null,
    verb           text        not null,
    object_type    text,
    object_id      text,
    outcome        text        not null check (outcome in ('SUCCESS', 'DENIED', 'FAILURE')),
    ip             text,
    correlation_id text,
    extra          jsonb       not null default '{}'::jsonb,
    prev_hash      text        not null,
    hash           text        not null,
    written_at     timestamptz not null default now(),
    constraint audit_events_tenant_seq unique (tenant_id, seq),
    -- redelivered broker messages are recognised by their event id and written once
    constraint audit_events_event_id unique (event_id)
);

create index audit_events_ts on audit_events (ts);

-- One row per tenant: where its chain ends. Writers lock it (select … for update), which
-- serialises chain appends per tenant across hub instances; verification compares the last row
-- with it, so deleting rows at the end of a chain is detected too.
create table audit_chain_heads (
    tenant_id text   primary key,
    last_seq  bigint not null,
    last_hash text   not null
);

alter table audit_events enable row level security;
alter table audit_events force row level security;
create policy audit_events_tenant on audit_events
    using (tenant_id = any(string_to_array(current_setting('hub.tenant_ids', true), ',')))
    with check (tenant_id = any(string_to_array(current_setting('hub.tenant_ids', true), ',')));

-- Not FORCEd: the owner-run SECURITY DEFINER audit_tenants() (V26) lists the tenant ids from here,
-- also when the owner is not a superuser. The app role is bound by the policy all the same.
alter table audit_chain_heads enable row level security;
create policy audit_chain_heads_tenant on audit_chain_heads
    using (tenant_id = any(string_to_array(current_setting('hub.tenant_ids', true), ',')))
    with check (tenant_id = any(string_to_array(current_setting('hub.tenant_ids', true), ',')));

-- append-only for the app: it may read and add rows, never change or remove them
grant select, insert on audit_events to hub_app;
grant usage on sequence audit_events_id_seq to hub_app;
grant select, insert, update on audit_chain_heads to hub_app;
