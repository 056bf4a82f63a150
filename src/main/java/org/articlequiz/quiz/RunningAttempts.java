package org.articlequiz.quiz;

/**
 * The attempts in progress, as a change of a quiz's settings reaches them (the attempts themselves belong to the
 * attempt package, which depends on this one, so the quiz side names only this one statement).
 */
public interface RunningAttempts {

    /**
     * Gives the quiz's attempts in progress the end its current settings give them (issue 11): the time limit plus
     * the student's extra time from the start, but never after the quiz's current close date, as Moodle does. An
     * attempt whose new end has passed is closed at that end by the next save, read or sweep.
     */
    void reschedule(QuizId quiz);
}
