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

    /** The caller a token stands for, if it is known, not expired and not revoked. */
    Optional<Caller> authenticate(String token);

    /**
     * Ends the session of this token at once (signing out; issue 11: sessions are revocable). Every node stops
     * accepting it within {@code RECHECK}: a node that remembered the token asks the database again by then.
     */
    void revoke(String token);

    /** Deletes sessions that expired before {@code now}; returns how many (issue 11: expired sessions are purged). */
    int purgeExpired(java.time.Instant now);
}
