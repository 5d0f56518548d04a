-- Where each odoo: polling consumer stopped: the last (write_date, id) it handed on. The pair is
-- compared lexicographically, so records sharing one write_date are neither missed nor repeated.
create table odoo_poll_cursors (
    tenant_id   text        not null,
    cursor_key  text        not null, -- model + route, e.g. 'calendar.event#odoo-appointments-changed'
    write_date  text        not null, -- Odoo's naive UTC 'YYYY-MM-DD HH:MM:SS', kept as Odoo sends it
    last_id     bigint      not null,
    updated_at  timestamptz not null default now(),
    primary key (tenant_id, cursor_key)
);

alter table odoo_poll_cursors enable row level security;
alter table odoo_poll_cursors force row level security;
create policy odoo_poll_cursors_tenant on odoo_poll_cursors
    using (tenant_id = any(string_to_array(current_setting('hub.tenant_ids', true), ',')))
    with check (tenant_id = any(string_to_array(current_setting('hub.tenant_ids', true), ',')));
grant select, insert, update, delete on odoo_poll_cursors to hub_app;
