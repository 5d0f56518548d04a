-- Leadership of the reminder dispatcher across hub instances: one lease row, taken by whoever
-- finds it free or expired and renewed by its holder on every tick. Not tenant data (no RLS): it
-- holds only an instance id and a time.
create table scheduler_leases (
    name        text primary key,
    holder      text        not null,
    expires_at  timestamptz not null
);
grant select, insert, update on scheduler_leases to hub_app;

-- PatientChannels finds a patient's chats by the patient ref Dana stored in the conversation state.
create index conversations_patient on conversations (tenant_id, (state ->> 'patient_ref'));
