-- Patients paying a clinic's Odoo invoice online (Yosef): one row per Stripe Checkout Session created
-- on the clinic's connected account. The row is the hub's memory of what the session pays for and
-- where the receipt goes, and the claim that makes a payment register in Odoo once, even when
-- checkout.session.completed arrives twice or concurrently under different event ids.
-- status: link_sent -> settling -> paid | already_paid | unknown_invoice (back to link_sent when
-- registering failed, so Stripe's retry settles it). PHI: conversation_key is the patient's chat
-- address (a phone number on WhatsApp); the table is tenant-owned and never logged.
create table patient_payments (
    tenant_id        text        not null,
    session_id       text        not null,
    invoice_ref      text        not null,
    invoice_number   text,
    patient_ref      text        not null,
    channel          text        not null,
    conversation_key text        not null,
    language         text        not null default 'he',
    amount_minor     bigint      not null,
    currency         text        not null,
    connected_account text       not null,
    status           text        not null default 'link_sent',
    event_id         text,
    odoo_payment_id  bigint,
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now(),
    primary key (tenant_id, session_id)
);

alter table patient_payments enable row level security;
alter table patient_payments force row level security;
create policy patient_payments_tenant on patient_payments
    using (tenant_id = any(string_to_array(current_setting('hub.tenant_ids', true), ',')))
    with check (tenant_id = any(string_to_array(current_setting('hub.tenant_ids', true), ',')));
-- update: the status moves as the payment settles; rows are never deleted
grant select, insert, update on patient_payments to hub_app;
