-- Issue 13: shuffle question order per attempt (Moodle's "shuffle"); the order is drawn when an attempt starts and
-- stored with its items (attempt_item), so existing attempts keep theirs.
alter table quiz add column shuffle_questions boolean not null default false;
