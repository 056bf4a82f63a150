-- Issue 13: an instructor's own attempt is a preview, never sent to the gradebook and never listed in results.
alter table attempt add column preview boolean not null default false;
