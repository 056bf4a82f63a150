package org.articlequiz.lti;

import org.articlequiz.quiz.QuizId;

/** Where an accepted launch leads: a quiz (or the instructor's choice of one), or the deep linking picker. */
public sealed interface LaunchOutcome {
    /** The launch session token the pages use from now on (never a third-party cookie). */
    String sessionToken();

    /** A resource link launch; {@code quiz} is null when the link is not yet tied to a quiz. */
    record Resource(String sessionToken, QuizId quiz, boolean instructor) implements LaunchOutcome {
    }

    /** A deep linking request: the instructor picks or creates a quiz, then we answer the platform. */
    record DeepLinking(String sessionToken, String requestId) implements LaunchOutcome {
    }
}
