-- Stored articles belong to the course they were stored in, like quizzes (Course): an instructor sees the course's
-- own articles and those of no course (the seeds). The same text is stored once per course. Articles stored before
-- this migration keep no course and stay open to all.
alter table source_article add column context_id text;
alter table source_article drop constraint source_article_sha256_key;
create unique index source_article_text on source_article (sha256, coalesce(context_id, ''));
