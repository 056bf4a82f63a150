package org.articlequiz.generator;

import java.util.Optional;

/**
 * Stage 2: a fact to a question stem. A name, place, date or count is asked from the clause that states it
 * ({@link ParsedStems}: a wh-question, else a short completion of the cut clause); an amount keeps its own forms
 * ({@link QuantityStems}: "How much …?", "By what percentage …?"). A sentence the parse gives no stem for gives none:
 * stems copied from the middle of a sentence were what blind read 9 rejected most (a dangling "again", half a
 * parenthesis, a second clause).
 */
final class StemWriter {

    /** A written stem and the key it asks for (the answer, possibly with its article: "the White House"). */
    record Stem(String text, Form form, String key) {
        boolean question() {
            return form != Form.COMPLETION;
        }
    }

    private final boolean allowCompletion;

    StemWriter(boolean allowCompletion) {
        this.allowCompletion = allowCompletion;
    }

    Optional<Stem> write(Fact f) {
        return write(f, "");
    }

    /** The stem for a fact; {@code antecedent} names who or what a leading "he", "his" or "it" of the sentence is. */
    Optional<Stem> write(Fact f, String antecedent) {
        Optional<Stem> parsed = ParsedStems.write(f, antecedent)
                .filter(st -> allowCompletion || st.form() != Form.COMPLETION);
        boolean quantity = f.kind() == AnswerKind.NUMBER || f.kind() == AnswerKind.PERCENT
                || f.kind() == AnswerKind.MONEY;
        if (quantity && parsed.map(st -> st.form() == Form.COMPLETION).orElse(true)) {
            // Amounts keep their own forms ("By what percentage …?", "How much …?"), the parsed completion after.
            return QuantityStems.write(f, antecedent).or(() -> parsed);
        }
        return parsed;
    }

    static String placeNoun(String subtype) {
        return switch (subtype) {
            case "CITY", "CITY_STATE" -> "city";
            case "STATE" -> "state";
            case "COUNTRY" -> "country";
            case "REGION" -> "region";
            case "BUILDING" -> "building";
            default -> "place";
        };
    }
}
