package org.articlequiz.generator;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The seeds describe two meetings (Palm Beach, November 2024; the White House, March 2025), and one calls Trump
 * "Former President". Issue 3, item 4: no contested distractor, no alias options, enough context in the stem.
 */
class MultiSourceTest {

    private static List<ItemDraft> items() {
        return TestRuns.seedRun().items();
    }

    private static boolean has(ItemDraft it, String option) {
        return it.options().stream().anyMatch(o -> o.toLowerCase(Locale.ROOT).contains(option.toLowerCase(Locale.ROOT)));
    }

    @Test
    void theTwoMeetingPlacesNeverStandTogether() {
        for (ItemDraft it : items()) {
            assertFalse(has(it, "Palm Beach") && has(it, "White House"), it.toString());
            assertFalse(has(it, "Palm Beach") && has(it, "Florida") && !has(it, "Palm Beach, Florida"), it.toString());
            assertFalse(has(it, "Mar-a-Lago") && has(it, "Palm Beach"), it.toString());
        }
    }

    @Test
    void aMeetingPlaceQuestionNamesItsDateOrRole() {
        for (ItemDraft it : items()) {
            if (it.kind() == AnswerKind.PLACE && it.stem().startsWith("On March 13, 2025, where")) {
                assertFalse(has(it, "Palm Beach"));
            }
            if (it.kind() == AnswerKind.PLACE && it.key().contains("Palm Beach")) {
                assertTrue(it.stem().contains("President-elect") || it.stem().contains("2024")
                        || it.stem().contains("Friday"), it.stem());
                assertFalse(has(it, "White House") || has(it, "Washington"));
            }
        }
    }

    @Test
    void noTitleAnArticleGivesTrumpIsADistractor() {
        for (ItemDraft it : items()) {
            if (it.kind() == AnswerKind.TITLE && it.stem().contains("_____ Donald Trump")) {
                for (int i = 0; i < it.options().size(); i++) {
                    if (i != it.answer()) {
                        String o = it.options().get(i).toLowerCase(Locale.ROOT);
                        assertFalse(o.equals("former president") || o.equals("president")
                                || o.equals("president-elect") || o.equals("commander-in-chief"), it.toString());
                    }
                }
            }
        }
    }

    @Test
    void whoMetRutteNeverOffersWaltzWhoMetHimToo() {
        for (ItemDraft it : items()) {
            if (it.kind() == AnswerKind.PERSON && it.stem().matches("(?i).*\\bwho (met|sat down with)\\b.*Rutte.*")) {
                assertFalse(has(it, "Waltz"), it.toString());
            }
        }
    }

    @Test
    void noTwoOptionsAreAliases() {
        Names names = new Names(Gazetteer.shared());
        TestRuns.seedRun();
        for (ItemDraft it : items()) {
            for (int i = 0; i < it.options().size(); i++) {
                for (int j = i + 1; j < it.options().size(); j++) {
                    assertFalse(names.related(it.kind(), it.options().get(i), it.options().get(j)),
                            it.options().get(i) + " / " + it.options().get(j) + " in " + it.stem());
                }
            }
        }
    }

    @Test
    void factsStatedBySeveralArticlesSayWhich() {
        assertTrue(items().stream().anyMatch(it -> it.sources().size() >= 2 && !it.singleSource()));
    }
}
