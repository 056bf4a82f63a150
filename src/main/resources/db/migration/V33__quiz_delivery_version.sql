-- Issue 12, the start stampede: every node keeps, per quiz, what each start of it delivers (its settings, items and
-- choices: attempt.QuizPapers) instead of loading the quiz, its items and their choices for each of 2,000 starts.
-- A start reads this one number first and uses what it keeps only if the number is unchanged, so an edit made on any
-- node (or by hand in SQL) is seen by the next start on every node: the database, not the node that made the change,
-- says when a kept paper is out of date. Bumped by triggers on every change to a quiz, its items or their choices,
-- whoever makes it; never written by the application, and not Hibernate's optimistic-lock column (version).
alter table quiz add column delivery_version bigint not null default 0;

create function quiz_delivery_changed() returns trigger language plpgsql as $$
begin
    new.delivery_version := old.delivery_version + 1;
    return new;
end $$;

create trigger quiz_delivery_changed before update on quiz
    for each row when (old is distinct from new) execute function quiz_delivery_changed();

create function item_delivery_changed() returns trigger language plpgsql as $$
begin
    if tg_op <> 'INSERT' then
        update quiz set delivery_version = delivery_version + 1 where id = old.quiz_id;
    end if;
    if tg_op <> 'DELETE' and (tg_op = 'INSERT' or new.quiz_id is distinct from old.quiz_id) then
        update quiz set delivery_version = delivery_version + 1 where id = new.quiz_id;
    end if;
    return null;
end $$;

create trigger item_delivery_changed after insert or update or delete on item
    for each row execute function item_delivery_changed();

create function choice_delivery_changed() returns trigger language plpgsql as $$
begin
    if tg_op <> 'INSERT' then
        update quiz set delivery_version = delivery_version + 1 where id = (select quiz_id from item where id = old.item_id);
    end if;
    if tg_op <> 'DELETE' and (tg_op = 'INSERT' or new.item_id is distinct from old.item_id) then
        update quiz set delivery_version = delivery_version + 1 where id = (select quiz_id from item where id = new.item_id);
    end if;
    return null;
end $$;

create trigger choice_delivery_changed after insert or update or delete on choice
    for each row execute function choice_delivery_changed();
