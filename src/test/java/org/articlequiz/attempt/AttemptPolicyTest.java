package org.articlequiz.attempt;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.articlequiz.DomainException;
import org.articlequiz.quiz.Accommodation;
import org.articlequiz.quiz.FeedbackTiming;
import org.articlequiz.quiz.GradingMethod;
import org.articlequiz.quiz.QuizSettings;
import org.junit.jupiter.api.Test;

class AttemptPolicyTest {
    static final Instant NOW = Instant.parse("2026-03-13T10:00:00Z");

    static QuizSettings settings(Integer attempts, Integer limitSeconds, Instant opens, Instant closes) {
        return new QuizSettings(attempts, GradingMethod.HIGHEST, limitSeconds, opens, closes, true, FeedbackTiming.AFTER_SUBMISSION, false);
    }

    static String slug(Runnable r) {
        return assertThrows(DomainException.class, r::run).slug();
    }

    @Test
    void attemptsAllowedCountsExtraAttempts() {
        QuizSettings two = settings(2, null, null, null);
        assertDoesNotThrow(() -> AttemptPolicy.checkMayStart(two, Accommodation.NONE, 1, 5, NOW));
        assertEquals("no-attempts-left", slug(() -> AttemptPolicy.checkMayStart(two, Accommodation.NONE, 2, 5, NOW)));
        assertDoesNotThrow(() -> AttemptPolicy.checkMayStart(two, new Accommodation(Duration.ZERO, 1), 2, 5, NOW));
        assertDoesNotThrow(() -> AttemptPolicy.checkMayStart(settings(null, null, null, null), Accommodation.NONE, 999, 5, NOW));
    }

    @Test
    void aQuizMustBeOpenAndHaveItems() {
        assertEquals("quiz-not-open", slug(() -> AttemptPolicy.checkMayStart(
                settings(null, null, NOW.plusSeconds(1), null), Accommodation.NONE, 0, 5, NOW)));
        assertEquals("quiz-closed", slug(() -> AttemptPolicy.checkMayStart(
                settings(null, null, null, NOW), Accommodation.NONE, 0, 5, NOW)));
        assertEquals("quiz-has-no-items", slug(() -> AttemptPolicy.checkMayStart(
                settings(null, null, null, null), Accommodation.NONE, 0, 0, NOW)));
    }

    @Test
    void theEndIsTheTimeLimitPlusExtraTimeButNeverAfterTheClose() {
        assertEquals(Optional.empty(), AttemptPolicy.endOf(settings(null, null, null, null), Accommodation.NONE, NOW));
        assertEquals(Optional.of(NOW.plusSeconds(600)), AttemptPolicy.endOf(settings(null, 600, null, null), Accommodation.NONE, NOW));
        assertEquals(Optional.of(NOW.plusSeconds(900)),
                AttemptPolicy.endOf(settings(null, 600, null, null), new Accommodation(Duration.ofMinutes(5), 0), NOW));
        Instant close = NOW.plusSeconds(300);
        assertEquals(Optional.of(close), AttemptPolicy.endOf(settings(null, 600, null, close), Accommodation.NONE, NOW));
        assertEquals(Optional.of(close), AttemptPolicy.endOf(settings(null, null, null, close), Accommodation.NONE, NOW));
    }
}
