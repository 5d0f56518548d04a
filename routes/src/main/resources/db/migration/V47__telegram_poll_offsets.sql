-- Where each polling tenant's bot stopped reading getUpdates: the next offset to ask for (the
-- highest update_id handed to the inbound queue + 1). Keyed by bot id too, because update ids
-- belong to one bot: a tenant that switches to a new bot starts from the new bot's beginning.
-- A crash between queueing an update and saving its offset re-reads that update once; the
-- conversation turn de-duplicates it on update_id.
create table telegram_poll_offsets (
    tenant_id   text        not null,
    bot_id      text        not null,
    next_offset bigint      not null,
    updated_at  timestamptz not null default now(),
    primary key (tenant_id, bot_id)
);

alter table telegram_poll_offsets enable row level security;
alter table telegram_poll_offsets force row level security;
create policy telegram_poll_offsets_tenant on telegram_poll_offsets
    using (tenant_id = any(string_to_array(current_setting('hub.tenant_ids', true), ',')))
    with check (tenant_id = any(string_to_array(current_setting('hub.tenant_ids', true), ',')));
grant select, insert, update, delete on telegram_poll_offsets to hub_app;
