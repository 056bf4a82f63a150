-- Courses are keyed platform:deployment:context (LtiLaunch.course), since an LTI context id is unique only within its
-- platform, and on a platform that serves many institutions under one registration only within a deployment.
-- Quizzes linked from a platform get the key of the tenant that linked them; rosters are remembered again under the
-- new key at the next launch, so the old rows go.
update quiz q
   set context_id = t.platform_id || ':' || t.deployment_id || ':' || q.context_id
  from lti_quiz_tenant t
 where t.quiz_id = q.id and q.context_id is not null;
delete from lti_context_roster;
-- Launch sessions and deep-linking requests are short-lived and keyed the old way: end them.
delete from launch_session;
delete from lti_deep_link_request where answered_at is null;
