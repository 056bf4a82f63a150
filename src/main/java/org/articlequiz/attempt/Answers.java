package org.articlequiz.attempt;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.articlequiz.quiz.QuizId;

/**
 * The answers in a quiz's attempts, read across attempts for results, item analysis and regrading (where
 * {@link Attempts} reads one attempt at a time for the student who takes it).
 */
public interface Answers {

    /** One item given in one attempt, with the option chosen ({@code null}: unanswered) and when it was saved. */
    record GivenAnswer(AttemptId attempt, long itemId, Long choiceId, Instant savedAt) {
    }

    /** A closed attempt that was given an item: its recorded points, and the points its responses earn under today's keys. */
    record Marking(AttemptId attempt, org.articlequiz.user.UserId student, double recordedPoints, double currentPoints) {
        public boolean changes() {
            return Math.abs(recordedPoints - currentPoints) > 1e-9;
        }
    }

    /** Every item given in every attempt at the quiz, answered or not, by attempt and position. */
    List<GivenAnswer> ofQuiz(QuizId quiz);

    /** For each attempt at the quiz, the latest of its start, its last saved answer and its close. */
    Map<AttemptId, Instant> lastActivity(QuizId quiz);

    /** The options of the item that a stored response chose, in any attempt. */
    Set<Long> chosenChoices(long itemId);

    /** How many closed attempts have an answer (not a blank) to the item. */
    long answeredInClosedAttempts(long itemId);

    /** Every closed attempt that was given the item, with its recorded points and its points under today's keys. */
    List<Marking> markings(long itemId);
}
