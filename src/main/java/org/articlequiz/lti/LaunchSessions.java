package org.articlequiz.lti;

import java.util.Optional;
import java.util.Set;
import org.articlequiz.quiz.QuizId;
import org.articlequiz.user.UserId;

/**
 * Launch sessions: after a valid LTI launch the pages call the API with a short-lived bearer token of ours
 * instead of relying on a third-party cookie inside the platform's iframe. Only the token's SHA-256 is stored.
 */
public interface LaunchSessions {
    /** Opens a session and returns its bearer token (shown once, never stored). */
    String open(UserId user, Set<Role> roles, String contextId, QuizId quiz);

    /** The caller a token stands for, if it is known and not expired. */
    Optional<Caller> authenticate(String token);
}
