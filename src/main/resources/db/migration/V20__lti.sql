-- LTI 1.3 / Advantage (issue 4): registrations, login states, used nonces, our keys, links, grade passback outbox.

create table lti_platform (
    id              bigserial primary key,
    issuer          text        not null,
    client_id       text        not null,
    name            text        not null,
    auth_url        text        not null,
    token_url       text        not null,
    jwks_url        text        not null,
    token_audience  text,
    product         text,
    enabled         boolean     not null default true,
    created_at      timestamptz not null,
    -- Canvas cloud shares one issuer among customers, Blackboard one client_id among institutions: only the pair is unique
    constraint lti_platform_identity unique (issuer, client_id)
);

create table lti_deployment (
    id             bigserial primary key,
    platform_id    bigint      not null references lti_platform (id) on delete cascade,
    deployment_id  text        not null,
    enabled        boolean     not null default true,
    created_at     timestamptz not null,
    constraint lti_deployment_identity unique (platform_id, deployment_id)
);

-- Between login initiation and launch; deleted when used (delete ... returning makes use single and atomic).
create table lti_login_state (
    state            text primary key,
    nonce            text        not null,
    platform_id      bigint      not null references lti_platform (id) on delete cascade,
    target_link_uri  text        not null,
    browser_hash     text        not null,
    storage_target   text,
    login_query      text        not null,
    expires_at       timestamptz not null
);
create index lti_login_state_expiry on lti_login_state (expires_at);

-- Every nonce a launch used; insert ... on conflict do nothing, so that a replay fails on every node.
create table lti_used_nonce (
    issuer      text        not null,
    nonce       text        not null,
    keep_until  timestamptz not null,
    primary key (issuer, nonce)
);
create index lti_used_nonce_expiry on lti_used_nonce (keep_until);

-- Our RSA keys (private JWKs), rotated with overlap; never in the WAR.
create table lti_tool_key (
    kid           text primary key,
    private_jwk   text        not null,
    published_at  timestamptz not null,
    active_from   timestamptz not null,
    retired_at    timestamptz,
    removed_at    timestamptz,
    check (active_from >= published_at)
);

-- The tenant (platform and deployment) that linked a quiz: a copied custom quiz_id opens nothing elsewhere.
create table lti_quiz_tenant (
    quiz_id        bigint primary key references quiz (id) on delete cascade,
    platform_id    bigint not null references lti_platform (id) on delete cascade,
    deployment_id  text   not null
);

-- Which quiz a platform's resource link opens.
create table lti_resource_link (
    platform_id       bigint      not null references lti_platform (id) on delete cascade,
    deployment_id     text        not null,
    resource_link_id  text        not null,
    context_id        text,
    quiz_id           bigint      not null references quiz (id) on delete cascade,
    updated_at        timestamptz not null default now(),
    primary key (platform_id, deployment_id, resource_link_id)
);

create table lti_deep_link_request (
    id                text primary key,
    platform_id       bigint      not null references lti_platform (id) on delete cascade,
    deployment_id     text        not null,
    context_id        text,
    user_id           bigint      not null references app_user (id),
    return_url        text        not null,
    data              text,
    accept_line_item  boolean     not null,
    expires_at        timestamptz not null,
    answered_at       timestamptz
);

-- Where each student's grade for a quiz goes, from their latest launch with the AGS claim.
create table lti_grade_target (
    user_id           bigint      not null references app_user (id),
    quiz_id           bigint      not null references quiz (id) on delete cascade,
    platform_id       bigint      not null references lti_platform (id) on delete cascade,
    deployment_id     text        not null,
    subject           text        not null,
    resource_link_id  text,
    line_items_url    text,
    line_item_url     text,
    scopes            text        not null,
    updated_at        timestamptz not null default now(),
    primary key (user_id, quiz_id)
);

-- The transactional outbox of grade passback: written with the grade, emptied by the worker.
create table lti_score_outbox (
    id                bigserial primary key,
    platform_id       bigint           not null references lti_platform (id) on delete cascade,
    attempt_id        bigint           not null references attempt (id) on delete cascade,
    quiz_id           bigint           not null references quiz (id) on delete cascade,
    user_id           bigint           not null references app_user (id),
    subject           text             not null,
    resource_link_id  text,
    line_items_url    text,
    line_item_url     text,
    scopes            text             not null,
    label             text             not null,
    score_given       double precision not null,
    score_maximum     double precision not null check (score_maximum > 0),
    score_timestamp   text             not null,
    state             text             not null check (state in ('PENDING', 'DELIVERED', 'PARKED')),
    tries             integer          not null default 0,
    next_try_at       timestamptz      not null,
    last_error        text,
    created_at        timestamptz      not null,
    delivered_at      timestamptz
);
create index lti_score_outbox_due on lti_score_outbox (next_try_at) where state = 'PENDING';
create index lti_score_outbox_attempt on lti_score_outbox (attempt_id, id);

-- The names and roles service of each course, from the latest launch that carried it.
create table lti_context_roster (
    platform_id      bigint      not null references lti_platform (id) on delete cascade,
    context_id       text        not null,
    memberships_url  text        not null,
    updated_at       timestamptz not null default now(),
    primary key (platform_id, context_id)
);

-- Single-use invitations to LTI Dynamic Registration: only a platform an admin invited may register itself.
create table lti_registration_invite (
    code_hash   text primary key,
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    used_at     timestamptz
);
