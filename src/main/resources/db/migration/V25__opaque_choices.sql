-- Issue 11, critical 2: the key could be read from where it is stored. The generator put the key at a place that
-- follows from the stem, choice ids were allocated in that order, and unshuffled choices are shown in it. New items
-- now get their options in a random order when they are stored (Quiz.addItem); this gives the items stored before
-- the same: every item's options in a fresh order from PostgreSQL's strong random source (gen_random_uuid, core since
-- PostgreSQL 13). Responses point at choice rows, not places, so no answer or score changes; an instructor sees the
-- options of older items in their new order, and may put them back in any order by editing the item.
update choice c
   set position = shuffled.position
  from (select id, (row_number() over (partition by item_id order by gen_random_uuid()) - 1)::integer as position
          from choice) shuffled
 where c.id = shuffled.id;

-- The tool's secret for the tokens that name choices to students (attempt.ChoiceTokens): one row of 32 bytes, made by
-- the server with SecureRandom on first use (JpaChoiceTokenSecret), so every node names a choice alike.
create table choice_token_secret (
    id      smallint primary key check (id = 1),
    secret  bytea    not null check (length(secret) = 32)
);
