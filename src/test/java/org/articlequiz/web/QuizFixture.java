package org.articlequiz.web;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.articlequiz.testing.Api;
import org.articlequiz.testing.Delivered;

/**
 * Builds a quiz through the instructor API: items with a known key, all approved, with the given settings JSON. A new
 * item's options are stored in a random order (issue 11); the fixture then edits each item once with the same
 * content, as an instructor who wants the written order does, so its options stand in the order written here.
 */
final class QuizFixture {
    final long quizId;
    final List<Long> itemIds = new ArrayList<>();
    /** For each item, the id of its correct choice and of one wrong choice. */
    final List<long[]> keyAndWrong = new ArrayList<>();
    /** Every choice's item and text by the choice's row id, to find the token a student's attempt gives it. */
    private final Map<Long, Long> itemOf = new HashMap<>();
    private final Map<Long, String> textOf = new HashMap<>();

    QuizFixture(Api instructor, String settingsJson, int items) {
        Api.Reply created = instructor.post("api/quizzes", """
                {"title": "Fixture quiz", "settings": %s}""".formatted(settingsJson));
        if (created.status() != 201) {
            throw new AssertionError("quiz not created: " + created);
        }
        quizId = created.json().getJsonNumber("id").longValue();
        addApprovedItems(instructor, items);
    }

    /** Adds {@code items} approved items to the quiz (after those it has). */
    void addApprovedItems(Api instructor, int items) {
        for (int i = itemIds.size(), last = itemIds.size() + items; i < last; i++) {
            String content = """
                    {"stem": "Question %d?", "kind": "NUMBER", "options": ["one %d", "two %d", "three %d", "four %d"], "answer": %d,
                     "explanation": "Because the article says so.", "source": {"article": "a.txt", "sentence": "It was two.", "start": 0, "end": 11}}"""
                    .formatted(i, i, i, i, i, i % 4);
            Api.Reply item = instructor.post("api/quizzes/" + quizId + "/items", content);
            if (item.status() != 201) {
                throw new AssertionError("item not created: " + item);
            }
            long id = item.json().getJsonNumber("id").longValue();
            Api.Reply pinned = instructor.put("api/quizzes/" + quizId + "/items/" + id, content);
            if (pinned.status() != 200) {
                throw new AssertionError("item not edited: " + pinned);
            }
            JsonObject view = pinned.json();
            itemIds.add(id);
            long key = 0;
            long wrong = 0;
            for (var c : view.getJsonArray("choices").getValuesAs(JsonObject.class)) {
                long choiceId = c.getJsonNumber("id").longValue();
                if (c.getBoolean("correct")) {
                    key = choiceId;
                } else {
                    wrong = choiceId;
                }
                itemOf.put(choiceId, id);
                textOf.put(choiceId, c.getString("text"));
            }
            keyAndWrong.add(new long[] {key, wrong});
            Api.Reply approved = instructor.put("api/quizzes/" + quizId + "/items/" + id + "/review", "{\"state\": \"APPROVED\"}");
            if (approved.status() != 200) {
                throw new AssertionError("item not approved: " + approved);
            }
        }
    }

    long key(int item) {
        return keyAndWrong.get(item)[0];
    }

    long wrong(int item) {
        return keyAndWrong.get(item)[1];
    }

    /** The token that a student's attempt (or practice question) gives the key of item {@code item}. */
    String key(JsonObject delivered, int item) {
        return token(delivered, key(item));
    }

    /** The token that a student's attempt (or practice question) gives the wrong choice of {@link #wrong(int)}. */
    String wrong(JsonObject delivered, int item) {
        return token(delivered, wrong(item));
    }

    /**
     * The token that {@code delivered}, an attempt as the student API gives it (or a practice state, whose
     * {@code current} question is meant), gives the choice with row id {@code choiceId}: found by its text, as a
     * student finds it on the page.
     */
    String token(JsonObject delivered, long choiceId) {
        String text = textOf.get(choiceId);
        if (text == null) {
            throw new AssertionError("no choice " + choiceId + " in the fixture");
        }
        return delivered.containsKey("items") ? Delivered.token(delivered, itemOf.get(choiceId), text)
                : Delivered.token(delivered.getJsonObject("current"), text);
    }
}
