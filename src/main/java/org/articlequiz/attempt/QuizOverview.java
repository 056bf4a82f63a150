package org.articlequiz.attempt;

import java.time.Instant;
import java.util.List;
import org.articlequiz.quiz.FeedbackTiming;

/**
 * What a student sees before starting: the quiz's title and rules as they apply to this student (accommodations
 * included), the attempts made so far, and whether a new one may start now (and if not, why).
 *
 * @param timeLimitSeconds the time limit including extra time, null when there is none
 * @param attemptsAllowed  attempts allowed including extra attempts, null when unlimited
 * @param openAttemptId    the attempt in progress, if any: the page resumes it without asking
 * @param whyNot           why a new attempt may not start now, when it may not
 * @param practice       a practice quiz: the page offers practice (org.articlequiz.practice) instead of attempts
 * @param serverTime       the server's clock when this was read: the page's countdown corrects the device's clock by
 *                         it (the HTTP Date header is no substitute: Undertow can serve a stale one after a reload)
 */
public record QuizOverview(long quizId, String title, int questions, Integer timeLimitSeconds, Integer attemptsAllowed,
                           Instant opensAt, Instant closesAt, FeedbackTiming feedbackTiming, List<PastAttempt> attempts,
                           Long openAttemptId, boolean mayStart, String whyNot, boolean practice,
                           Instant serverTime) {

    /** One attempt so far; its score is shown on its review, as the feedback settings allow. */
    public record PastAttempt(long attemptId, int number, String state, Instant startedAt, Instant submittedAt) {
    }
}
