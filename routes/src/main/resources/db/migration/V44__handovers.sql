-- Conversations a human took over (issue 4): one row per handover. The poller relays staff replies
-- written on the patient's chatter in Odoo (cursor: last_staff_message_id, mail.message ids only
-- grow) and resumes the bot when the Odoo activity is done or the conversation has been quiet.
-- Holds PHI (patient ref, the note): row-level security keeps every tenant to its own rows.
create table handovers (
    id                    bigserial   primary key,
    tenant_id             text        not null,
    channel               text        not null,
    conversation_key      text        not null,
    patient_ref           text,
    odoo_model            text,
    odoo_record_id        bigint,
    odoo_activity_id      bigint,
    note                  text        not null,
    started_at            timestamptz not null,
    last_message_at       timestamptz not null,
    last_staff_message_id bigint      not null default 0,
    state                 text        not null default 'open' check (state in ('open', 'resumed', 'closed')),
    resumed_at            timestamptz,
    resume_reason         text,
    lease_until           timestamptz
);

-- at most one open handover per conversation: a redelivered turn finds it instead of opening another
create unique index handovers_one_open on handovers (tenant_id, channel, conversation_key) where state = 'open';
create index handovers_pending on handovers (tenant_id, state) where state <> 'closed';

alter table handovers enable row level security;
alter table handovers force row level security;
create policy handovers_tenant on handovers
    using (tenant_id = any(string_to_array(current_setting('hub.tenant_ids', true), ',')))
    with check (tenant_id = any(string_to_array(current_setting('hub.tenant_ids', true), ',')));
grant select, insert, update, delete on handovers to hub_app;
grant usage, select on sequence handovers_id_seq to hub_app;
