package org.articlequiz.practice;

import org.articlequiz.attempt.Delivery;
import org.articlequiz.attempt.ItemFeedback;

/**
 * What the practice page shows: progress, the question to answer now (never its key) and, after an answer, the
 * feedback on it.
 *
 * @param turn     answers given so far; an answer names the turn its question was shown at
 * @param current  the question to answer now; null when every item is learned
 * @param answered the answer just given, with its feedback; null when nothing was answered in this request
 */
public record PracticeState(long quizId, String title, int turn, int total, int learned, Delivery.DeliveredItem current,
                            Answered answered) {

    /**
     * @param rightsNeeded right answers in a row the item still needs; 0 when it is learned and leaves the queue
     */
    public record Answered(ItemFeedback feedback, int rightsNeeded, boolean learned) {
    }
}
