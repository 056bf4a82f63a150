package org.articlequiz.attempt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.articlequiz.quiz.QuizId;
import org.articlequiz.user.UserId;
import org.junit.jupiter.api.Test;

class AttemptTest {
    static final Instant START = Instant.parse("2026-03-13T10:00:00Z");

    @Test
    void aSecondCloseKeepsTheFirstScoreAndTime() {
        Attempt attempt = new Attempt(new QuizId(1), new UserId(2), 1, START, null, 4, 7);
        Score first = attempt.close(START.plusSeconds(60), 3, Attempt.CloseReason.SUBMITTED);
        Score second = attempt.close(START.plusSeconds(120), 4, Attempt.CloseReason.SUBMITTED);
        assertEquals(new Score(3, 4), first);
        assertEquals(first, second);
        assertEquals(START.plusSeconds(60), attempt.submittedAt().orElseThrow());
    }

    @Test
    void anAbandonedAttemptClosesAtItsEndNotWhenNoticed() {
        Instant end = START.plusSeconds(600);
        Attempt attempt = new Attempt(new QuizId(1), new UserId(2), 1, START, end, 4, 7);
        assertTrue(attempt.isOpen(end.minusMillis(1)));
        assertFalse(attempt.isOpen(end));
        assertTrue(attempt.hasExpired(end.plusSeconds(3600)));
        attempt.close(end.plusSeconds(3600), 1, Attempt.CloseReason.SUBMITTED);
        assertEquals(end, attempt.submittedAt().orElseThrow());
        assertEquals(Attempt.CloseReason.TIME_EXPIRED, attempt.closeReason().orElseThrow());
    }
}
