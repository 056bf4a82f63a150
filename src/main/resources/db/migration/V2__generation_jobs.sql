-- Background generation of a draft quiz from stored articles, with progress for the instructor's progress bar.
create table generation_job (
    id               bigserial primary key,
    title            text        not null,
    context_id       text,
    article_ids      text        not null,
    max_per_article  integer     not null check (max_per_article > 0),
    state            text        not null,
    done             integer     not null default 0,
    total            integer     not null default 0,
    stage            text,
    quiz_id          bigint      references quiz (id),
    error            text,
    created_at       timestamptz not null,
    finished_at      timestamptz
);
