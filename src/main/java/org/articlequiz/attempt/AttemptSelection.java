package org.articlequiz.attempt;

import org.articlequiz.quiz.GradingMethod;

/**
 * Which graded attempts the item analysis uses, as Moodle's statistics report offers ("attempts to analyse"):
 * each student's first, last or highest-scoring attempt, or all of them. Moodle's default follows the quiz's
 * grading method, and so does {@link #of(GradingMethod)}: an averaged grade analyses all attempts.
 */
public enum AttemptSelection {
    FIRST, LAST, HIGHEST, ALL;

    public static AttemptSelection of(GradingMethod method) {
        return switch (method) {
            case FIRST -> FIRST;
            case LAST -> LAST;
            case HIGHEST -> HIGHEST;
            case AVERAGE -> ALL;
        };
    }
}
