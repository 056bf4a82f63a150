package org.articlequiz.attempt;

import java.time.Instant;
import java.util.List;

/**
 * What a student sees of an attempt while taking it: its items and choices in their order, the answers saved so far,
 * and never the key. Choices are named by their tokens in this attempt ({@link ChoiceTokens}), never by row ids.
 */
public record Delivery(Attempt attempt, List<DeliveredItem> items, List<DeliveredResponse> responses) {

    public record DeliveredItem(long itemId, int number, String stem, List<DeliveredChoice> choices) {
    }

    /** @param choiceId the choice's token: opaque, valid only where it was given (this attempt, this practice turn) */
    public record DeliveredChoice(String choiceId, String text) {
    }

    /** A saved answer; {@code choiceId} is the chosen choice's token, null when the student cleared the answer. */
    public record DeliveredResponse(long itemId, String choiceId, long seq, Instant savedAt, boolean locked) {
    }
}
