package org.articlequiz.lti;

import java.util.Optional;
import org.articlequiz.lti.platform.PlatformId;
import org.articlequiz.quiz.QuizId;

/**
 * Which quiz a platform's resource link opens, and which tenant (platform and deployment) a quiz belongs to once a
 * platform has linked it: a custom quiz_id copied into another institution's link must not open our quiz there.
 */
public interface LtiLinks {
    Optional<QuizId> quizOf(PlatformId platform, String deploymentId, String resourceLinkId);

    void bind(PlatformId platform, String deploymentId, String contextId, String resourceLinkId, QuizId quiz);

    /** The tenant a quiz was claimed by, if any. */
    Optional<Tenant> tenantOf(QuizId quiz);

    /** Claims the quiz for the tenant unless already claimed; returns the tenant it belongs to afterwards. */
    Tenant claim(QuizId quiz, Tenant tenant);

    record Tenant(PlatformId platform, String deploymentId) {
    }
}
