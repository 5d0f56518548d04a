-- Web chat: who a browser session is (identity phase, the phone it proved with a one-time code) and
-- the answers already given to client message ids, so a retried request does not run its turn twice.
-- Holds PHI (phones, reply texts): row-level security keeps every tenant to its own rows. The code
-- itself is never stored, only its BCrypt hash, with an expiry and a count of wrong attempts.
create table webchat_sessions (
    tenant_id        text        not null,
    session_id       text        not null,
    phase            text        not null,
    language         text,
    phone            text,
    code_hash        text,
    code_expires_at  timestamptz,
    attempts         integer     not null default 0,
    codes_sent       integer     not null default 0,
    updated_at       timestamptz not null default now(),
    primary key (tenant_id, session_id)
);

alter table webchat_sessions enable row level security;
alter table webchat_sessions force row level security;
create policy webchat_sessions_tenant on webchat_sessions
    using (tenant_id = any(string_to_array(current_setting('hub.tenant_ids', true), ',')))
    with check (tenant_id = any(string_to_array(current_setting('hub.tenant_ids', true), ',')));
grant select, insert, update, delete on webchat_sessions to hub_app;

create table webchat_answers (
    tenant_id   text        not null,
    session_id  text        not null,
    message_id  text        not null,
    answer      jsonb       not null,
    created_at  timestamptz not null default now(),
    primary key (tenant_id, session_id, message_id)
);

alter table webchat_answers enable row level security;
alter table webchat_answers force row level security;
create policy webchat_answers_tenant on webchat_answers
    using (tenant_id = any(string_to_array(current_setting('hub.tenant_ids', true), ',')))
    with check (tenant_id = any(string_to_array(current_setting('hub.tenant_ids', true), ',')));
grant select, insert, delete on webchat_answers to hub_app;
