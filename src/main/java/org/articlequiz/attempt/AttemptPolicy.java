package org.articlequiz.attempt;

import java.time.Instant;
import java.util.Optional;
import org.articlequiz.DomainException;
import org.articlequiz.quiz.Accommodation;
import org.articlequiz.quiz.QuizSettings;

/**
 * Who may start an attempt and until when, as Moodle decides it: the quiz must be open, attempts allowed plus
 * the student's extra attempts must not be used up, and the attempt ends at the time limit plus extra time,
 * but never after the quiz closes.
 */
public final class AttemptPolicy {
    private AttemptPolicy() {
    }

    /** Throws the rule that forbids starting attempt number {@code attemptsSoFar + 1}. */
    public static void checkMayStart(QuizSettings settings, Accommodation accommodation, int attemptsSoFar,
                                     int deliverableItems, Instant now) {
        if (settings.practice()) {
            throw DomainException.conflict("practice-quiz",
                    "This is a practice quiz: practise it as often as you like; it takes no graded attempts.");
        }
        if (deliverableItems == 0) {
            throw DomainException.conflict("quiz-has-no-items", "This quiz has no approved items yet.");
        }
        if (settings.opensAt().map(now::isBefore).orElse(false)) {
            throw DomainException.conflict("quiz-not-open", "This quiz opens at " + settings.opensAt().get() + ".");
        }
        if (settings.hasClosed(now)) {
            throw DomainException.conflict("quiz-closed", "This quiz closed at " + settings.closesAt().get() + ".");
        }
        Optional<Integer> allowed = settings.attemptsAllowed().map(n -> n + accommodation.extraAttempts());
        if (allowed.isPresent() && attemptsSoFar >= allowed.get()) {
            throw DomainException.conflict("no-attempts-left",
                    "All " + allowed.get() + " allowed attempt(s) have been used.");
        }
    }

    /** Whether the student may still start another attempt after {@code attemptsSoFar} (open, attempts left). */
    public static boolean mayStartAnother(QuizSettings settings, Accommodation accommodation, int attemptsSoFar, Instant now) {
        Optional<Integer> allowed = settings.attemptsAllowed().map(n -> n + accommodation.extraAttempts());
        return !settings.practice() && !settings.hasClosed(now) && (allowed.isEmpty() || attemptsSoFar < allowed.get());
    }

    /** When an attempt started at {@code now} ends; empty when it has neither a time limit nor a close date. */
    public static Optional<Instant> endOf(QuizSettings settings, Accommodation accommodation, Instant now) {
        Optional<Instant> byLimit = settings.timeLimit()
                .map(limit -> now.plus(limit).plus(accommodation.extraTime()));
        Optional<Instant> byClose = settings.closesAt();
        if (byLimit.isPresent() && byClose.isPresent()) {
            return Optional.of(byLimit.get().isBefore(byClose.get()) ? byLimit.get() : byClose.get());
        }
        return byLimit.or(() -> byClose);
    }

}
