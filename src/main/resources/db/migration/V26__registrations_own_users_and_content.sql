-- Users belong to a registration (issue 11): a user is (registration, sub), never (issuer, sub) across registrations,
-- so a second registration of an issuer (another key set) reaches none of the first one's people. Nobody is logged
-- out: launch sessions keep their user, and the user keeps their row; only the registration is filled in.
alter table app_user add column platform_id bigint references lti_platform (id) on delete restrict;

-- The registration a user last launched from, where a row of theirs names it ...
update app_user u
   set platform_id = seen.platform_id
  from (select distinct on (user_id) user_id, platform_id
          from (select user_id, platform_id, updated_at as at from lti_grade_target
                union all
                select user_id, platform_id, created_at from lti_score_outbox
                union all
                select user_id, platform_id, expires_at from lti_deep_link_request) evidence
         order by user_id, at desc) seen
 where seen.user_id = u.id;

-- ... else the one registration of their issuer. A user of an issuer registered several times with no such row stays
-- without one (their next launch makes a user of its registration), rather than being given to a guessed registration.
update app_user u
   set platform_id = single.id
  from (select issuer, min(id) as id from lti_platform group by issuer having count(*) = 1) single
 where u.platform_id is null and single.issuer = u.issuer;

alter table app_user drop constraint app_user_identity;
create unique index app_user_identity on app_user (platform_id, subject) where platform_id is not null;
-- Users of no registration (kept from before, and test fixtures) stay unique as they were.
create unique index app_user_unregistered on app_user (issuer, subject) where platform_id is null;

-- Articles stored before schema version 23 kept no course, and a thing of no course is open to every course (only the
-- demo's seeds should be). Each goes to the one course whose quizzes cite it; one cited from several courses or from
-- none goes to no course anybody has ('unassigned' is no course key: those are platform:deployment:context), so it
-- stays readable through the quizzes that cite it and is shown to nobody. The demo stores its seeds again at start-up.
update source_article a
   set context_id = cited.context_id
  from (select qa.article_id, min(q.context_id) as context_id
          from quiz_article qa join quiz q on q.id = qa.quiz_id
         where q.context_id is not null
         group by qa.article_id
        having count(distinct q.context_id) = 1) cited
 where a.context_id is null and a.id = cited.article_id
   and not exists (select 1 from source_article same
                    where same.sha256 = a.sha256 and same.context_id = cited.context_id);
update source_article set context_id = 'unassigned' where context_id is null;
