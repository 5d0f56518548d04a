-- Hub users (staff, operators, integrators, platform admins). Tenant-owned, under RLS.
-- Platform-level users (PLATFORM_ADMIN and friends) carry the reserved tenant_id '_platform',
-- which can never be a tenant id (tenant ids match [a-z0-9-]+).
create table users (
    id              uuid primary key,
    tenant_id       text not null check (tenant_id = '_platform' or tenant_id ~ '^[a-z0-9-]+$'),
    username        text not null check (username = lower(username) and length(username) between 1 and 120),
    password_hash   text,
    display_name    text not null,
    roles           text[] not null default '{}',
    enabled         boolean not null default true,
    failed_attempts integer not null default 0,
    locked_until    timestamptz,
    invite_hash     text,
    invite_expires_at timestamptz,
    created_at      timestamptz not null default now()
);
create unique index users_username_key on users (username);
create index users_tenant_idx on users (tenant_id);

alter table users enable row level security;
alter table users force row level security;
create policy users_tenant on users
    using (tenant_id = any (string_to_array(current_setting('hub.tenant_ids', true), ',')))
    with check (tenant_id = any (string_to_array(current_setting('hub.tenant_ids', true), ',')));
grant select, insert, update, delete on users to hub_app;

-- Login happens before the tenant is known. These functions are the only way around RLS, and
-- each returns or changes exactly what login needs for ONE named user.
create function hub_login_lookup(p_username text)
    returns table (id uuid, tenant_id text, username text, password_hash text, roles text[],
                   enabled boolean, locked_until timestamptz)
    language sql stable security definer
    set search_path = pg_catalog, public
as $$
    select u.id, u.tenant_id, u.username, u.password_hash, u.roles, u.enabled, u.locked_until
      from users u
     where u.username = lower(p_username)
$$;

-- Records one login outcome atomically: success clears the counter; a failure counts and locks
-- the account for p_lock_seconds once p_max_failures is reached. Returns the new state.
create function hub_login_result(p_user_id uuid, p_success boolean, p_max_failures integer,
                                 p_lock_seconds integer)
    returns table (failed_attempts integer, locked_until timestamptz)
    language sql volatile security definer
    set search_path = pg_catalog, public
as $$
    update users u
       set failed_attempts = case when p_success then 0
                                  when u.locked_until is not null and u.locked_until <= now() then 1
                                  else u.failed_attempts + 1 end,
           locked_until    = case when p_success then null
                                  when (case when u.locked_until is not null and u.locked_until <= now() then 1
                                             else u.failed_attempts + 1 end) >= p_max_failures
                                      then now() + make_interval(secs => p_lock_seconds)
                                  when u.locked_until is not null and u.locked_until <= now() then null
                                  else u.locked_until end
     where u.id = p_user_id
    returning u.failed_attempts, u.locked_until
$$;

-- Whether any user exists at all: decides whether the bootstrap admin is created.
create function hub_users_exist()
    returns boolean
    language sql stable security definer
    set search_path = pg_catalog, public
as $$
    select exists (select 1 from users)
$$;

-- An invited user (no password yet) redeems the one-time token the admin handed over. Only the
-- SHA-256 of the token is stored. Returns the user id, or null when the token is unknown/expired.
create function hub_accept_invite(p_invite_hash text, p_password_hash text)
    returns uuid
    language sql volatile security definer
    set search_path = pg_catalog, public
as $$
    update users u
       set password_hash = p_password_hash, invite_hash = null, invite_expires_at = null,
           failed_attempts = 0, locked_until = null
     where u.invite_hash = p_invite_hash
       and u.invite_expires_at > now()
    returning u.id
$$;
create unique index users_invite_key on users (invite_hash) where invite_hash is not null;

revoke all on function hub_login_lookup(text) from public;
revoke all on function hub_accept_invite(text, text) from public;
grant execute on function hub_accept_invite(text, text) to hub_app;
revoke all on function hub_login_result(uuid, boolean, integer, integer) from public;
revoke all on function hub_users_exist() from public;
grant execute on function hub_login_lookup(text) to hub_app;
grant execute on function hub_login_result(uuid, boolean, integer, integer) to hub_app;
grant execute on function hub_users_exist() to hub_app;
