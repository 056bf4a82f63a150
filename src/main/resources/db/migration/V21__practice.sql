-- Practice quizzes (issue 5): ungraded, feedback after every answer, and a spaced-repetition queue per student.
-- A practice quiz takes no graded attempts and sends nothing to the gradebook (Canvas's "practice quiz").
alter table quiz add column practice boolean not null default false;

-- One student's queue for one practice quiz; turn counts the answers given, so card due times are in answers.
create table practice_deck (
    id              bigserial primary key,
    quiz_id         bigint  not null references quiz (id) on delete cascade,
    user_id         bigint  not null references app_user (id),
    turn            integer not null default 0 check (turn >= 0),
    last_item_id    bigint,
    last_choice_id  bigint,
    version         integer not null default 0,
    constraint practice_deck_student unique (quiz_id, user_id)
);

-- One item in a deck: when it is due (in turns) and how many right answers in a row it still needs.
create table practice_card (
    id              bigserial primary key,
    deck_id         bigint  not null references practice_deck (id) on delete cascade,
    item_id         bigint  not null references item (id) on delete cascade,
    queue_order     integer not null,
    due_turn        integer not null,
    rights_needed   integer not null check (rights_needed >= 0),
    right_count     integer not null default 0,
    wrong_count     integer not null default 0,
    constraint practice_card_item unique (deck_id, item_id)
);
create index practice_card_deck on practice_card (deck_id, queue_order);
