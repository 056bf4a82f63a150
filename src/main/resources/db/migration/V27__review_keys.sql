-- Issue 11, medium: a review withholds the keys (and the explanations, which state them) while the student may still
-- make another attempt, unless the instructor chooses to show them. Existing quizzes take the safe default.
alter table quiz add column show_keys_while_attempts_remain boolean not null default false;
