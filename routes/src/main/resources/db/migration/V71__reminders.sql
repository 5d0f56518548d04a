-- The reminder schedule: one row per (tenant, appointment, version, kind), the idempotency key of
-- every patient message the scheduler sends. version is the appointment's start time (ISO-8601 UTC)
-- for reminders, 'visit' for the one survey per appointment. A moved appointment gets new rows
-- (new version) and its old due rows become 'superseded'; a cancelled one has its due rows
-- 'cancelled'. The dispatcher claims due rows with UPDATE … WHERE state = 'due' … FOR UPDATE SKIP
-- LOCKED, so two hub instances never send the same row (docs/reminders.md).
create table reminders (
    id                bigint generated always as identity primary key,
    tenant_id         text        not null,
    appointment_ref   text        not null,
    version           text        not null,
    kind              text        not null check (kind in ('DAY_BEFORE', 'SAME_DAY', 'SURVEY')),
    state             text        not null check (state in ('due', 'sending', 'sent', 'superseded', 'cancelled',
                                                            'skipped', 'failed', 'answered')),
    due_at            timestamptz not null,
    appointment_start timestamptz,
    patient_ref       text,
    attempts          int         not null default 0,
    claimed_by        text,
    claimed_at        timestamptz,
    sent_at           timestamptz,
    channel           text,        -- where it went: WHATSAPP, TELEGRAM, SMS, ACTIVITY
    conversation_key  text,        -- the wa_id / chat id a tap must come from
    outcome           text,        -- PHI-free: why it went where it went, or why it failed
    answer            text,        -- CONFIRM / CANCEL / RESCHEDULE, or RATING for a survey
    rating            int check (rating between 1 and 5),
    comment_until     timestamptz, -- a survey waits for an optional comment until then
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    unique (tenant_id, appointment_ref, version, kind)
);

create index reminders_due on reminders (due_at) where state = 'due';
create index reminders_appointment on reminders (tenant_id, appointment_ref);
create index reminders_conversation on reminders (tenant_id, channel, conversation_key) where comment_until is not null;

alter table reminders enable row level security;
alter table reminders force row level security;
create policy reminders_tenant on reminders
    using (tenant_id = any(string_to_array(current_setting('hub.tenant_ids', true), ',')))
    with check (tenant_id = any(string_to_array(current_setting('hub.tenant_ids', true), ',')));
grant select, insert, update, delete on reminders to hub_app;
