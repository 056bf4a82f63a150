package org.articlequiz.lti;

import org.articlequiz.quiz.QuizId;
import org.articlequiz.user.UserId;

/**
 * A CDI event fired inside the launch transaction once a launch is accepted, so that the services packages (grade
 * passback, rosters) remember their endpoints without the launch depending on them.
 *
 * @param quiz the quiz the launch opens, or null
 */
public record Launched(LtiLaunch launch, UserId user, QuizId quiz) {
}
