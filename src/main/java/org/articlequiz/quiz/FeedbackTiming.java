package org.articlequiz.quiz;

/**
 * When a student sees right and wrong, the key and the explanation (Moodle's review options, Canvas's
 * "let students see their quiz responses").
 */
public enum FeedbackTiming {
    /** Per item, as soon as an answer is saved; the answer is then locked (Moodle's "immediate feedback"). */
    IMMEDIATE,
    /** For the whole attempt once it is submitted. */
    AFTER_SUBMISSION,
    /** Only once the quiz has closed for everyone. */
    AFTER_CLOSE
}
