package org.articlequiz.lti.ags;

import java.net.URI;
import java.util.Set;
import org.articlequiz.lti.platform.PlatformId;
import org.articlequiz.quiz.QuizId;
import org.articlequiz.user.UserId;

/**
 * Where a student's grade for a quiz goes, as their latest launch of it said (AGS 3.1 endpoint claim).
 *
 * @param lineItem  the link's own line item, when the platform made one (deep linking, or the instructor)
 * @param lineItems the container to find or create one in, otherwise
 */
public record GradeTarget(UserId user, QuizId quiz, PlatformId platform, String deploymentId, String subject,
                          String resourceLinkId, URI lineItems, URI lineItem, Set<String> scopes) {
    public GradeTarget {
        scopes = Set.copyOf(scopes);
    }
}
