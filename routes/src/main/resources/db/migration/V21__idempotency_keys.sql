-- Keys of messages already taken in by an at-least-once input (webhooks, queues, pollers).
-- One row per (processor, tenant, message id): the same Telegram update id in two tenants, or
-- in two processors, are different messages.
create table hub_idempotency_keys (
    processor   text        not null,
    tenant_id   text        not null,              -- '_platform' for inputs no tenant owns
    message_id  text        not null,
    created_at  timestamptz not null default now(),
    primary key (processor, tenant_id, message_id)
);

create index hub_idempotency_keys_created_at on hub_idempotency_keys (created_at);

alter table hub_idempotency_keys enable row level security;
alter table hub_idempotency_keys force row level security;
create policy hub_idempotency_keys_tenant on hub_idempotency_keys
    using (tenant_id = any(string_to_array(current_setting('hub.tenant_ids', true), ',')))
    with check (tenant_id = any(string_to_array(current_setting('hub.tenant_ids', true), ',')));
-- delete: an eager key is removed again when processing fails, so a redelivery is not lost
grant select, insert, delete on hub_idempotency_keys to hub_app;
