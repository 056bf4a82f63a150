package org.articlequiz.web;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.articlequiz.testing.Api;

/** Builds a quiz through the instructor API: items with a known key, all approved, with the given settings JSON. */
final class QuizFixture {
    final long quizId;
    final List<Long> itemIds = new ArrayList<>();
    /** For each item, the id of its correct choice and of one wrong choice. */
    final List<long[]> keyAndWrong = new ArrayList<>();

    QuizFixture(Api instructor, String settingsJson, int items) {
        Api.Reply created = instructor.post("api/quizzes", """
                {"title": "Fixture quiz", "settings": %s}""".formatted(settingsJson));
        if (created.status() != 201) {
            throw new AssertionError("quiz not created: " + created);
        }
        quizId = created.json().getJsonNumber("id").longValue();
        for (int i = 0; i < items; i++) {
            Api.Reply item = instructor.post("api/quizzes/" + quizId + "/items", """
                    {"stem": "Question %d?", "kind": "NUMBER", "options": ["one %d", "two %d", "three %d", "four %d"], "answer": %d,
                     "explanation": "Because the article says so.", "source": {"article": "a.txt", "sentence": "It was two.", "start": 0, "end": 11}}"""
                    .formatted(i, i, i, i, i, i % 4));
            if (item.status() != 201) {
                throw new AssertionError("item not created: " + item);
            }
            JsonObject view = item.json();
            long id = view.getJsonNumber("id").longValue();
            itemIds.add(id);
            long key = 0;
            long wrong = 0;
            for (var c : view.getJsonArray("choices").getValuesAs(JsonObject.class)) {
                if (c.getBoolean("correct")) {
                    key = c.getJsonNumber("id").longValue();
                } else {
                    wrong = c.getJsonNumber("id").longValue();
                }
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
}
