package org.articlequiz.analysis;

import java.util.Locale;

/** Why a figure should be read with care: too little data, or a pattern that suggests a faulty item. */
public record Warning(Code code, String message) {

    public enum Code {
        /** No graded attempt to analyse. */
        NO_ATTEMPTS,
        /** Fewer than 2 attempts: no variance, so no standard deviation, discrimination or consistency. */
        TOO_FEW_ATTEMPTS,
        /** Fewer than {@link ItemAnalysis#FEW} attempts: the figures are estimates with wide error. */
        FEW_ATTEMPTS,
        /** The top and bottom groups have fewer than {@link ItemAnalysis#SMALL_GROUP} attempts each. */
        SMALL_GROUPS,
        /** Fewer than 2 items common to all attempts: no coefficient of internal consistency. */
        TOO_FEW_ITEMS,
        /** Not every attempt was given the same items: consistency uses only the items all of them share. */
        ITEMS_DIFFER,
        /** The item was answered in fewer than 2 attempts. */
        TOO_FEW_RESPONSES,
        /** The item was answered in fewer than {@link ItemAnalysis#FEW} attempts. */
        FEW_RESPONSES,
        /** Everyone scored the same on the item: it cannot discriminate. */
        NO_VARIANCE,
        /** Students who did worse on the rest of the test did better on this item. */
        NEGATIVE_DISCRIMINATION,
        /** Discriminative efficiency below 15%: Moodle highlights such questions as dubious. */
        LOW_DISCRIMINATIVE_EFFICIENCY,
        /** A distractor was chosen more often than the key by the top group: check the key. */
        DISTRACTOR_BEATS_KEY_IN_TOP_GROUP,
        /** A distractor chosen by under 5% of at least 20 respondents does not distract. */
        NON_FUNCTIONAL_DISTRACTOR;

        /** The code as it appears in JSON: {@code few-attempts}. */
        public String slug() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
