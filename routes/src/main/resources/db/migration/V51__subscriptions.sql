-- One SaaS subscription per billed tenant (a clinic or an HQ; branches are billed through their HQ),
-- as last applied from Stripe's events (domain SubscriptionState). Hub-derived state: the tenant
-- bootstrap never touches it. A customer belongs to exactly one tenant.
create table subscriptions (
    tenant_id          text        primary key,
    customer_id        text        not null unique,
    subscription_id    text,
    plan               text,
    status             text check (status in ('incomplete', 'incomplete_expired', 'trialing', 'active',
                                              'past_due', 'unpaid', 'canceled', 'paused')),
    current_period_end timestamptz,
    last_event_id      text,
    last_event_created timestamptz,
    past_due_since     timestamptz,
    updated_at         timestamptz not null default now()
);

alter table subscriptions enable row level security;
alter table subscriptions force row level security;
create policy subscriptions_tenant on subscriptions
    using (tenant_id = any(string_to_array(current_setting('hub.tenant_ids', true), ',')))
    with check (tenant_id = any(string_to_array(current_setting('hub.tenant_ids', true), ',')));
grant select, insert, update, delete on subscriptions to hub_app;

-- A Stripe event names a customer, not a tenant: this is the only way around row-level security
-- for billing, and it answers exactly one question (which tenant owns this customer id).
create function hub_billing_tenant_of(p_customer_id text)
    returns text
    language sql stable security definer
    set search_path = pg_catalog, public
as $$
    select s.tenant_id from subscriptions s where s.customer_id = p_customer_id
$$;

revoke all on function hub_billing_tenant_of(text) from public;
grant execute on function hub_billing_tenant_of(text) to hub_app;
