-- Foundation schema: users, stored articles, quizzes with items, attempts with responses, launch sessions.
-- Changed only by new versioned migrations; Hibernate validates against it and never alters it.

create table app_user (
    id          bigserial primary key,
    issuer      text        not null,
    subject     text        not null,
    name        text,
    email       text,
    created_at  timestamptz not null default now(),
    constraint app_user_identity unique (issuer, subject)
);

create table source_article (
    id          bigserial primary key,
    file_name   text        not null,
    title       text        not null,
    body        text        not null,
    sha256      char(64)    not null unique,
    created_at  timestamptz not null
);

create table quiz (
    id                   bigserial primary key,
    title                text        not null,
    context_id           text,
    attempts_allowed     integer     check (attempts_allowed is null or attempts_allowed > 0),
    grading_method       text        not null,
    time_limit_seconds   integer     check (time_limit_seconds is null or time_limit_seconds > 0),
    opens_at             timestamptz,
    closes_at            timestamptz,
    shuffle_choices      boolean     not null,
    feedback_timing      text        not null,
    created_at           timestamptz not null,
    version              integer     not null default 0
);

create table quiz_article (
    quiz_id     bigint not null references quiz (id) on delete cascade,
    article_id  bigint not null references source_article (id),
    primary key (quiz_id, article_id)
);

create table item (
    id               bigserial primary key,
    quiz_id          bigint           not null references quiz (id) on delete cascade,
    position         integer          not null,
    stem             text             not null,
    kind             text             not null,
    explanation      text             not null,
    source_article   text,
    source_sentence  text,
    source_start     integer,
    source_end       integer,
    confidence       double precision not null default 0,
    reasons          text             not null default '',
    single_source    boolean          not null default false,
    review_state     text             not null,
    version          integer          not null default 0
);
create index item_quiz on item (quiz_id, position);

create table choice (
    id        bigserial primary key,
    item_id   bigint  not null references item (id) on delete cascade,
    position  integer not null,
    text      text    not null,
    correct   boolean not null
);
create index choice_item on choice (item_id, position);

create table accommodation (
    quiz_id             bigint  not null references quiz (id) on delete cascade,
    user_id             bigint  not null references app_user (id),
    extra_time_seconds  integer not null default 0 check (extra_time_seconds >= 0),
    extra_attempts      integer not null default 0 check (extra_attempts >= 0),
    primary key (quiz_id, user_id)
);

create table attempt (
    id             bigserial primary key,
    quiz_id        bigint      not null references quiz (id),
    user_id        bigint      not null references app_user (id),
    number         integer     not null,
    started_at     timestamptz not null,
    ends_at        timestamptz,
    submitted_at   timestamptz,
    close_reason   text,
    points         double precision,
    max_points     double precision not null,
    shuffle_seed   bigint      not null,
    constraint attempt_number unique (quiz_id, user_id, number)
);
-- At most one attempt in progress per student and quiz, even under concurrent starts.
create unique index attempt_one_open on attempt (quiz_id, user_id) where submitted_at is null;

-- The items an attempt was started with, frozen so later approvals do not change a running attempt.
create table attempt_item (
    attempt_id  bigint  not null references attempt (id) on delete cascade,
    item_id     bigint  not null references item (id),
    position    integer not null,
    primary key (attempt_id, item_id)
);

create table response (
    attempt_id  bigint      not null references attempt (id) on delete cascade,
    item_id     bigint      not null references item (id),
    choice_id   bigint      references choice (id),
    client_seq  bigint      not null,
    saved_at    timestamptz not null,
    -- set when the quiz gives immediate feedback: the answer was marked and can no longer change
    locked      boolean     not null default false,
    primary key (attempt_id, item_id)
);

create table launch_session (
    token_hash   char(64)    primary key,
    user_id      bigint      not null references app_user (id),
    roles        text        not null,
    context_id   text,
    quiz_id      bigint      references quiz (id),
    created_at   timestamptz not null,
    expires_at   timestamptz not null
);
create index launch_session_expiry on launch_session (expires_at);
