package org.articlequiz.analysis;

import java.util.List;

/**
 * The answers of one graded attempt: one entry per item the attempt was given, with the chosen option or
 * {@code null} when the student left the item unanswered. Items the attempt was not given have no entry.
 */
public record AnswerSheet(long attemptId, List<Answer> answers) {
    public AnswerSheet {
        answers = List.copyOf(answers);
    }

    /** The option chosen for one item; {@code choiceId} is null for no answer. */
    public record Answer(long itemId, Long choiceId) {
    }
}
