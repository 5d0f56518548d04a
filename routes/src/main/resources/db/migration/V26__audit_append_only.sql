-- Audit rows are never changed, and removed only by the explicit retention function below.
-- The trigger fires for every role, the table owner included (only a superuser switching
-- session_replication_role could skip it, and verification would then show the damage).

create function audit_events_reject_change() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'DELETE' and current_setting('hub.audit_retention', true) = 'on' then
        return old;
    end if;
    raise exception 'audit_events is append-only (% rejected); use audit_purge_before() for retention', tg_op
        using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_events_append_only
    before update or delete on audit_events
    for each row execute function audit_events_reject_change();

create function audit_events_reject_truncate() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit_events is append-only (TRUNCATE rejected)' using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_events_no_truncate
    before truncate on audit_events
    for each statement execute function audit_events_reject_truncate();

-- Where a purge cut a tenant's chain: verification starts at purged_through_seq + 1 and expects
-- that row's prev_hash to equal anchor_hash.
create table audit_retention_marks (
    tenant_id          text        primary key,
    purged_through_seq bigint      not null,
    anchor_hash        text        not null,
    purged_at          timestamptz not null default now()
);

alter table audit_retention_marks enable row level security;
alter table audit_retention_marks force row level security;
create policy audit_retention_marks_tenant on audit_retention_marks
    using (tenant_id = any(string_to_array(current_setting('hub.tenant_ids', true), ',')))
    with check (tenant_id = any(string_to_array(current_setting('hub.tenant_ids', true), ',')));
grant select on audit_retention_marks to hub_app;

-- Retention (operators, as the owner; not granted to the app): removes one tenant's rows
-- older than the cut-off, in chain order, and records the anchor so the rest still verifies.
create function audit_purge_before(p_tenant text, p_before timestamptz) returns bigint
    language plpgsql as
$$
declare
    v_through bigint;
    v_anchor  text;
    v_deleted bigint;
begin
    -- a non-superuser owner is bound by the forced row-level security too
    perform set_config('hub.tenant_ids', p_tenant, true);
    select max(seq) into v_through from audit_events where tenant_id = p_tenant and ts < p_before;
    if v_through is null then
        return 0;
    end if;
    select hash into v_anchor from audit_events where tenant_id = p_tenant and seq = v_through;
    perform set_config('hub.audit_retention', 'on', true);
    delete from audit_events where tenant_id = p_tenant and seq <= v_through;
    get diagnostics v_deleted = row_count;
    perform set_config('hub.audit_retention', 'off', true);
    insert into audit_retention_marks (tenant_id, purged_through_seq, anchor_hash)
        values (p_tenant, v_through, v_anchor)
        on conflict (tenant_id) do update
            set purged_through_seq = excluded.purged_through_seq,
                anchor_hash = excluded.anchor_hash,
                purged_at = now();
    return v_deleted;
end
$$;
revoke all on function audit_purge_before(text, timestamptz) from public;

-- The tenants that have an audit chain: lets a PLATFORM_ADMIN scope an all-tenant export or
-- verification without disabling row-level security. Returns ids only.
create function audit_tenants() returns setof text
    language sql stable security definer set search_path = pg_catalog, public as
$$
    select tenant_id from public.audit_chain_heads order by tenant_id
$$;
revoke all on function audit_tenants() from public;
grant execute on function audit_tenants() to hub_app;
