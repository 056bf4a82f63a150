package org.articlequiz.testing;

import jakarta.json.JsonObject;

/**
 * Reads what the student API delivered as a student would: an attempt (or a practice question) names its choices by
 * tokens of its own, so a test finds the token of an option by the option's text, as a student finds it on the page.
 */
public final class Delivered {
    private Delivered() {
    }

    /** The token that the attempt (from {@code GET /api/attempts/{id}} or a start) gives option {@code text} of an item. */
    public static String token(JsonObject attempt, long itemId, String text) {
        return attempt.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(item -> item.getJsonNumber("itemId").longValue() == itemId)
                .findFirst().map(item -> token(item, text))
                .orElseThrow(() -> new AssertionError("item " + itemId + " not delivered: " + attempt));
    }

    /** The token that a delivered item (an attempt's item, or a practice state's {@code current}) gives option {@code text}. */
    public static String token(JsonObject item, String text) {
        return item.getJsonArray("choices").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("text").equals(text))
                .findFirst().map(c -> c.getString("choiceId"))
                .orElseThrow(() -> new AssertionError("no option " + text + " in " + item));
    }
}
