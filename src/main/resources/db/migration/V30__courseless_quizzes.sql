-- Quizzes of no course (issue 11): a launch that carried no context could make a quiz of no course before the product
-- refused it, and a thing of no course is open to every course. Each such quiz goes to the one course its links were
-- launched from (platform:deployment:context, as LtiLaunch.course keys a course); a quiz linked from several courses
-- or from none goes to no course anybody has ('unassigned'), so it is shown to nobody. Nothing else changes: attempts,
-- grades and links stay as they are. (V29 is the lease migration of another branch; this one comes after it.)
update quiz q
   set context_id = linked.course
  from (select quiz_id, min(platform_id || ':' || deployment_id || ':' || context_id) as course
          from lti_resource_link
         where context_id is not null
         group by quiz_id
        having count(distinct platform_id || ':' || deployment_id || ':' || context_id) = 1) linked
 where q.context_id is null and q.id = linked.quiz_id;
update quiz set context_id = 'unassigned' where context_id is null;
