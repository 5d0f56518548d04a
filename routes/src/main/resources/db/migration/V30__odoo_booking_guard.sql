-- The hub's booking guarantees on top of Odoo, which stores overlapping appointments happily.
-- booking_requests: one row per caller request key, so a retried or replayed booking never creates
--   a second appointment, across restarts. PENDING = an attempt is running (or died);
--   UNKNOWN = an attempt ended without knowing whether Odoo created the appointment (timeout);
--   BOOKED = done. A retry of PENDING/UNKNOWN first looks for the appointment in Odoo.
-- slot_claims: short-lived claims on (practitioner, time range); the exclusion constraint lets
--   exactly one of several racing requests hold an overlapping range. A claim lives only from the
--   re-check in Odoo until the appointment is visible there; a crashed claim expires.

-- btree_gist is a trusted extension (PostgreSQL 13+): the database owner may create it.
create extension if not exists btree_gist;

create table booking_requests (
    tenant_id        text        not null,
    request_key      text        not null,
    state            text        not null check (state in ('PENDING', 'UNKNOWN', 'BOOKED')),
    patient_ref      text        not null,
    practitioner_ref text,
    slot_start       timestamptz not null,
    slot_end         timestamptz not null,
    appointment_ref  text,
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now(),
    primary key (tenant_id, request_key),
    check (slot_end > slot_start)
);

create table slot_claims (
    tenant_id        text        not null,
    practitioner_key text        not null, -- the practitioner ref, or '*' for "whoever is free"
    during           tstzrange   not null,
    request_key      text        not null,
    expires_at       timestamptz not null,
    primary key (tenant_id, request_key),
    exclude using gist (tenant_id with =, practitioner_key with =, during with &&)
);

alter table booking_requests enable row level security;
alter table booking_requests force row level security;
create policy booking_requests_tenant on booking_requests
    using (tenant_id = any(string_to_array(current_setting('hub.tenant_ids', true), ',')))
    with check (tenant_id = any(string_to_array(current_setting('hub.tenant_ids', true), ',')));
grant select, insert, update, delete on booking_requests to hub_app;

alter table slot_claims enable row level security;
alter table slot_claims force row level security;
create policy slot_claims_tenant on slot_claims
    using (tenant_id = any(string_to_array(current_setting('hub.tenant_ids', true), ',')))
    with check (tenant_id = any(string_to_array(current_setting('hub.tenant_ids', true), ',')));
grant select, insert, update, delete on slot_claims to hub_app;
