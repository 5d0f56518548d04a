-- Patients who said "stop" / "הסר": no surveys or other non-essential messages to that
-- conversation (and to the patient, when known) any more. Reminders are essential and still go
-- out (docs/reminders.md). One row per conversation; the opt-out itself is also in the audit trail.
create table patient_opt_outs (
    tenant_id        text        not null,
    channel          text        not null,
    conversation_key text        not null,
    patient_ref      text,
    opted_out_at     timestamptz not null,
    primary key (tenant_id, channel, conversation_key)
);

create index patient_opt_outs_patient on patient_opt_outs (tenant_id, patient_ref) where patient_ref is not null;

alter table patient_opt_outs enable row level security;
alter table patient_opt_outs force row level security;
create policy patient_opt_outs_tenant on patient_opt_outs
    using (tenant_id = any(string_to_array(current_setting('hub.tenant_ids', true), ',')))
    with check (tenant_id = any(string_to_array(current_setting('hub.tenant_ids', true), ',')));
grant select, insert, update on patient_opt_outs to hub_app;
