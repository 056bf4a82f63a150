package org.articlequiz.lti;

import java.util.Set;
import org.articlequiz.DomainException;
import org.articlequiz.quiz.QuizId;
import org.articlequiz.user.UserId;

/**
 * Who is calling, as established by a launch session: the user, their roles, the course (as {@link LtiLaunch#course}
 * keys it: platform, deployment and context; null outside a course) and the quiz the launch was for (null when it was
 * not for one quiz).
 */
public record Caller(UserId user, Set<Role> roles, String contextId, QuizId quiz) {
    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean isInstructor() {
        return roles.stream().anyMatch(Role::mayAuthor);
    }

    public Caller requireInstructor() {
        if (!isInstructor()) {
            throw DomainException.forbidden("instructor-only", "Only an instructor may do this.");
        }
        return this;
    }
}
