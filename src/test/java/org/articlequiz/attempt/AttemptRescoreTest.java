package org.articlequiz.attempt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.articlequiz.quiz.QuizId;
import org.articlequiz.user.UserId;
import org.junit.jupiter.api.Test;

class AttemptRescoreTest {
    static final Instant START = Instant.parse("2026-03-13T10:00:00Z");

    @Test
    void aRegradeChangesTheScoreButNotWhenOrWhyTheAttemptClosed() {
        Attempt attempt = new Attempt(new QuizId(1), new UserId(2), 1, START, null, 4, 7);
        attempt.close(START.plusSeconds(60), 3, Attempt.CloseReason.SUBMITTED);
        assertEquals(new Score(2, 4), attempt.rescore(2));
        assertEquals(new Score(2, 4), attempt.score().orElseThrow());
        assertEquals(START.plusSeconds(60), attempt.submittedAt().orElseThrow());
        assertEquals(Attempt.CloseReason.SUBMITTED, attempt.closeReason().orElseThrow());
        assertEquals(new Score(2, 4), attempt.close(START.plusSeconds(90), 4, Attempt.CloseReason.SUBMITTED),
                "closing again still changes nothing");
    }

    @Test
    void anOpenAttemptIsGradedWhenItClosesNotRegraded() {
        Attempt attempt = new Attempt(new QuizId(1), new UserId(2), 1, START, null, 4, 7);
        assertThrows(IllegalStateException.class, () -> attempt.rescore(1));
        assertThrows(IllegalArgumentException.class, () -> {
            attempt.close(START, 1, Attempt.CloseReason.SUBMITTED);
            attempt.rescore(5);
        }, "never more points than items");
    }
}
