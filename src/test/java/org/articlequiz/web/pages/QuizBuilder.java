package org.articlequiz.web.pages;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.articlequiz.testing.Api;

/**
 * Builds a quiz through the instructor API, starting from a valid three-item quiz; change one thing with the
 * {@code with…} methods. Items are approved unless {@link #drafts()} is asked for.
 */
final class QuizBuilder {
    /**
     * One item as the pages show it: its id, its choices' row ids in authored order, and the key's index. Students'
     * pages name choices by tokens of their attempt, so a test finds an option there by its text ({@link #keyText}).
     */
    record BuiltItem(long id, String stem, List<Long> choiceIds, List<String> options, int answer) {
        long key() {
            return choiceIds.get(answer);
        }

        long wrong() {
            return choiceIds.get((answer + 1) % choiceIds.size());
        }

        String keyText() {
            return options.get(answer);
        }

        String wrongText() {
            return options.get((answer + 1) % options.size());
        }
    }

    record BuiltQuiz(long id, List<BuiltItem> items) {
    }

    record Spec(String stem, List<String> options, int answer, String explanation, String sentence) {
    }

    private String title = "Photosynthesis basics";
    /** The pages' tests read the keys in reviews; issue 11 withholds them while attempts remain unless this is set. */
    private String settings = "{\"shuffleChoices\": false, \"showKeysWhileAttemptsRemain\": true}";
    private boolean approve = true;
    private final List<Spec> specs = new ArrayList<>(List.of(
            new Spec("Which gas do plants take in for photosynthesis?", List.of("Oxygen", "Carbon dioxide", "Nitrogen", "Helium"), 1,
                    "Plants take in carbon dioxide and release oxygen.",
                    "During photosynthesis, plants take in carbon dioxide from the air and release oxygen."),
            new Spec("Where in the cell does photosynthesis take place?", List.of("Mitochondria", "Nucleus", "Chloroplasts", "Ribosomes"), 2,
                    "The chloroplasts hold the chlorophyll that captures light.",
                    "Photosynthesis takes place in the chloroplasts, which contain the green pigment chlorophyll."),
            new Spec("What does chlorophyll absorb?", List.of("Light", "Water", "Sugar", "Soil"), 0,
                    "Chlorophyll absorbs light energy.",
                    "Chlorophyll absorbs mostly blue and red light and reflects green.")));

    static QuizBuilder aQuiz() {
        return new QuizBuilder();
    }

    QuizBuilder titled(String title) {
        this.title = title;
        return this;
    }

    /** The settings object as JSON, e.g. {@code {"timeLimitSeconds": 8}}. */
    QuizBuilder withSettings(String json) {
        this.settings = json;
        return this;
    }

    QuizBuilder withItem(int index, Spec spec) {
        specs.set(index, spec);
        return this;
    }

    QuizBuilder drafts() {
        this.approve = false;
        return this;
    }

    BuiltQuiz create(Api instructor) {
        Api.Reply created = instructor.post("api/quizzes", Json.createObjectBuilder().add("title", title)
                .add("settings", Json.createReader(new java.io.StringReader(settings)).readObject()).build().toString());
        if (created.status() != 201) {
            throw new AssertionError("quiz not created: " + created);
        }
        long quizId = created.json().getJsonNumber("id").longValue();
        return new BuiltQuiz(quizId, addItemsTo(instructor, quizId));
    }

    /**
     * Adds this builder's items to an existing quiz, as the generator would (approved unless {@link #drafts()}). A new
     * item's options are stored in a random order (issue 11); each item is then edited once with the same content, as
     * an instructor who wants the written order does, so that its options stand in the order of its {@link Spec}.
     */
    List<BuiltItem> addItemsTo(Api instructor, long quizId) {
        List<BuiltItem> items = new ArrayList<>();
        for (Spec spec : specs) {
            var options = Json.createArrayBuilder();
            spec.options().forEach(options::add);
            String body = Json.createObjectBuilder().add("stem", spec.stem()).add("kind", "FACT").add("options", options)
                    .add("answer", spec.answer()).add("explanation", spec.explanation())
                    .add("source", Json.createObjectBuilder().add("article", "photosynthesis.txt").add("sentence", spec.sentence())
                            .add("start", 0).add("end", spec.sentence().length()))
                    .build().toString();
            Api.Reply item = instructor.post("api/quizzes/" + quizId + "/items", body);
            if (item.status() != 201) {
                throw new AssertionError("item not created: " + item);
            }
            long id = item.json().getJsonNumber("id").longValue();
            Api.Reply pinned = instructor.put("api/quizzes/" + quizId + "/items/" + id, body);
            if (pinned.status() != 200) {
                throw new AssertionError("item not edited: " + pinned);
            }
            JsonObject view = pinned.json();
            List<Long> choiceIds = view.getJsonArray("choices").getValuesAs(JsonObject.class).stream()
                    .map(c -> c.getJsonNumber("id").longValue()).toList();
            items.add(new BuiltItem(id, spec.stem(), choiceIds, spec.options(), spec.answer()));
            if (approve) {
                Api.Reply approved = instructor.put("api/quizzes/" + quizId + "/items/" + id + "/review", "{\"state\": \"APPROVED\"}");
                if (approved.status() != 200) {
                    throw new AssertionError("item not approved: " + approved);
                }
            }
        }
        return items;
    }
}
