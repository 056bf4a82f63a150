package org.articlequiz.attempt;

import java.util.List;

/** What a student sees of an attempt while taking it: its items and choices in their order, and never the key. */
public record Delivery(Attempt attempt, List<DeliveredItem> items, List<SavedResponse> responses) {

    public record DeliveredItem(long itemId, int number, String stem, List<DeliveredChoice> choices) {
    }

    public record DeliveredChoice(long choiceId, String text) {
    }
}
