package org.articlequiz.lti;

import java.util.Set;
import org.articlequiz.DomainException;
import org.articlequiz.lti.platform.PlatformId;
import org.articlequiz.quiz.QuizId;
import org.articlequiz.user.UserId;

/**
 * Who is calling, as established by a launch session: the user, their roles, the course (as {@link LtiLaunch#course}
 * keys it: platform, deployment and context; null outside a course), the quiz the launch was for (null when it was
 * not for one quiz) and the registration the user launched through (null for a user stored before users belonged to
 * a registration).
 */
public record Caller(UserId user, Set<Role> roles, String contextId, QuizId quiz, PlatformId registration) {
    public Caller {
        roles = Set.copyOf(roles);
    }

    /** A caller of no known registration. */
    public Caller(UserId user, Set<Role> roles, String contextId, QuizId quiz) {
        this(user, roles, contextId, quiz, null);
    }

    /** An administrator of their own registration (LTI role Administrator); never of the tool or other platforms. */
    public boolean isRegistrationAdministrator() {
        return registration != null && roles.contains(Role.ADMINISTRATOR);
    }

    public boolean isInstructor() {
        return roles.stream().anyMatch(Role::mayAuthor);
    }

    /**
     * The caller's course, for making content in it. Content of no course is open to every course (the demo's seeds),
     * so a launch that carried no course makes none (issue 11): 403 {@code no-course}.
     */
    public String course() {
        return requireCourse(contextId);
    }

    /** The course key, or 403 {@code no-course} when there is none (see {@link #course()}). */
    public static String requireCourse(String contextId) {
        if (contextId == null || contextId.isBlank()) {
            throw DomainException.forbidden("no-course", "This launch came from outside any course; open the tool from a "
                    + "course to store articles or make quizzes there.");
        }
        return contextId;
    }

    /**
     * A caller who may start an attempt: a learner, or an instructor (whose attempt is a preview). A launch with
     * neither role (a mentor, a guest, a platform's administrator alone, no role at all) takes no attempt (issue 11):
     * 403 {@code learner-only}.
     */
    public Caller requireMayAttempt() {
        if (!isInstructor() && !roles.contains(Role.LEARNER)) {
            throw DomainException.forbidden("learner-only", "Only a student of the course may attempt this quiz.");
        }
        return this;
    }

    public Caller requireInstructor() {
        if (!isInstructor()) {
            throw DomainException.forbidden("instructor-only", "Only an instructor may do this.");
        }
        return this;
    }
}
