-- The change feed's memory: the last state it saw of each appointment, so a poll can tell a
-- created appointment from a moved, cancelled or completed one, and the same write seen twice
-- (the feed re-reads the cursor's second) from a new change.
create table appointment_snapshots (
    tenant_id        text        not null,
    appointment_ref  text        not null, -- the Odoo record id
    start_at         timestamptz,
    end_at           timestamptz,
    status           text        not null, -- AppointmentStatus
    active           boolean     not null,
    practitioner_ref text,
    patient_ref      text,
    write_date       text,                 -- Odoo's naive UTC write_date of the state
    updated_at       timestamptz not null default now(),
    primary key (tenant_id, appointment_ref)
);

alter table appointment_snapshots enable row level security;
alter table appointment_snapshots force row level security;
create policy appointment_snapshots_tenant on appointment_snapshots
    using (tenant_id = any(string_to_array(current_setting('hub.tenant_ids', true), ',')))
    with check (tenant_id = any(string_to_array(current_setting('hub.tenant_ids', true), ',')));
grant select, insert, update, delete on appointment_snapshots to hub_app;
