package org.articlequiz.quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * What an item says, as written by the generator or edited by an instructor: the stem, the options in their
 * canonical order, which option is the key, and where the key is stated.
 */
public record ItemContent(String stem, String kind, List<String> options, int answer, String explanation,
                          SourceCitation source, double confidence, String reasons, boolean singleSource) {

    public ItemContent {
        if (stem == null || stem.isBlank()) {
            throw org.articlequiz.DomainException.invalid("invalid-item", "An item needs a stem.");
        }
        if (options == null || options.size() < 2) {
            throw org.articlequiz.DomainException.invalid("invalid-item", "An item needs at least two options.");
        }
        if (options.stream().anyMatch(o -> o == null || o.isBlank())) {
            throw org.articlequiz.DomainException.invalid("invalid-item", "Options must not be blank.");
        }
        if (options.stream().map(o -> o.strip().toLowerCase(java.util.Locale.ROOT)).distinct().count() != options.size()) {
            throw org.articlequiz.DomainException.invalid("invalid-item", "Options must differ from each other.");
        }
        if (answer < 0 || answer >= options.size()) {
            throw org.articlequiz.DomainException.invalid("invalid-item",
                    "answer must be the index of one of the " + options.size() + " options.");
        }
        options = List.copyOf(options);
        kind = kind == null ? "OTHER" : kind;
        explanation = explanation == null ? "" : explanation;
        reasons = reasons == null ? "" : reasons;
    }

    /** The same item with its options in an order drawn from {@code random}; the key moves with its option. */
    public ItemContent shuffled(Random random) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, random);
        return new ItemContent(stem, kind, order.stream().map(options::get).toList(), order.indexOf(answer), explanation,
                source, confidence, reasons, singleSource);
    }
}
