-- Dana's state per conversation (Conversation.toMap as jsonb): one row per tenant, channel and
-- conversation key (WhatsApp wa_id, Telegram chat id, web chat session id). Holds PHI (the patient
-- ref, drafts): row-level security keeps every tenant to its own rows.
create table conversations (
    tenant_id        text        not null,
    channel          text        not null,
    conversation_key text        not null,
    state            jsonb       not null,
    updated_at       timestamptz not null default now(),
    primary key (tenant_id, channel, conversation_key)
);

alter table conversations enable row level security;
alter table conversations force row level security;
create policy conversations_tenant on conversations
    using (tenant_id = any(string_to_array(current_setting('hub.tenant_ids', true), ',')))
    with check (tenant_id = any(string_to_array(current_setting('hub.tenant_ids', true), ',')));
grant select, insert, update, delete on conversations to hub_app;
