-- The app role must exist before any grant; the hub gives it a login and password at start-up
-- (AppRole), but Flyway may run first on a fresh database.
do $$
begin
    if not exists (select 1 from pg_roles where rolname = 'hub_app') then
        create role hub_app nologin nosuperuser nobypassrls nocreatedb nocreaterole;
    end if;
end
$$;

-- The tenant directory. Not tenant-owned: every tenant's own row is directory data the hub needs
-- before any tenant is known (webhook routing, login, the hierarchy). It holds no secrets (the
-- file names environment variables only). The app role reads it through the view below and
-- cannot write it: the bootstrap upserts as the schema owner (docs/security.md, "Tenant isolation").
create table tenants (
    id         text primary key check (id ~ '^[a-z0-9-]+$'),
    name       text not null,
    kind       text not null check (kind in ('clinic', 'hq', 'branch')),
    parent     text references tenants (id) deferrable initially deferred,
    config     jsonb not null,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    check ((kind = 'branch') = (parent is not null))
);

-- Hub-derived state about a tenant (subscription status, cursors …) lives in other tables keyed
-- by tenant_id; the bootstrap only ever writes the columns above.

create view tenant_directory as
    select id, name, kind, parent, config, created_at, updated_at from tenants;

revoke all on tenants from public;
grant select on tenant_directory to hub_app;
