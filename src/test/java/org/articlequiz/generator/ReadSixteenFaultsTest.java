package org.articlequiz.generator;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.articlequiz.article.ArticleReader;
import org.junit.jupiter.api.Test;

/**
 * Blind read 16's faults of what is asked and offered, each written as a small article from the read's own items: a
 * person of another century among the options, a count the article gives twice, a clause cut before what restricts
 * it, a passing figure's death, and reasons about something else offered for a "why".
 */
class ReadSixteenFaultsTest {

    private static final String ARTICLE = """
            Lighthouse lamps

            Lighthouses need a bright and steady light. John Smeaton rebuilt the Eddystone Lighthouse in 1759 with a new design. Robert Stevenson built the Bell Rock Lighthouse in 1810 on a reef. The vaporized oil burner was invented in 1901 by Arthur Kitson. Gustaf Dalén invented the sun valve in 1907 for unmanned lights. John Richardson Wigham built a gas lamp for lighthouses in 1865. David Hood improved the Kitson burner in 1921 at Trinity House.

            The potato has 12 chromosomes in its haploid genome. Cultivated potatoes have 48 chromosomes because they are tetraploid. Over 99% of presently cultivated potatoes worldwide descended from varieties that originated in south-central Chile.

            Francisco Amorós brought educational gymnastics to France. Amorós died in Paris in 1848.
            """;

    private static List<ItemDraft> items() {
        return TestRuns.corpusRun("read-16-faults", () -> List.of(new ArticleReader().read("lamps.txt", ARTICLE)))
                .items();
    }

    @Test
    void aPersonTheArticlePlacesInAnotherCenturyIsNoOption() {
        // "By whom was the vaporized oil burner invented in 1901?" offered Smeaton (1759) and Stevenson.
        List<ItemDraft> people = items().stream().filter(it -> it.kind() == AnswerKind.PERSON
                && it.stem().matches(".*\\b(18[6-9]\\d|19\\d\\d)\\b.*")).toList();
        assertFalse(people.isEmpty(), TestRuns.render(items()));
        for (ItemDraft it : people) {
            assertFalse(it.options().contains("John Smeaton") || it.options().contains("Robert Stevenson"),
                    it.stem() + " " + it.options());
        }
    }

    @Test
    void aCountTheArticleGivesAgainOfTheSameThingIsNotAsked() {
        // "How many chromosomes does the potato genome contain?" → 12, where the article also gives 48.
        assertTrue(items().stream().noneMatch(it -> it.stem().contains("chromosomes") && it.form() == Form.QUANTITY),
                TestRuns.render(items()));
    }

    @Test
    void aClauseIsNotCutBeforeTheClauseThatSaysWhichOne() {
        // "Over _____ of presently cultivated potatoes worldwide descended from varieties."
        assertTrue(items().stream().noneMatch(it -> it.stem().matches(".*descended from varieties\\W*$")),
                TestRuns.render(items()));
    }

    @Test
    void whereAPassingFigureDiedIsNotAsked() {
        // "Where did Don Francisco Amorós y Ondeano die on August 8?" in an article on gymnastics.
        assertTrue(items().stream().noneMatch(it -> it.stem().matches("(?i).*\\bdied?\\b.*")),
                TestRuns.render(items()));
    }

    @Test
    void aReasonAboutSomethingElseIsNoOptionForAWhy() {
        // "Why do cultivated potatoes have 48 chromosomes?" offered "Because Gustaf Dalén invented the sun valve".
        for (ItemDraft it : items()) {
            if (it.form() == Form.CAUSE) {
                assertTrue(it.options().stream().noneMatch(o -> o.contains("Dalén") || o.contains("Wigham")),
                        it.options().toString());
            }
        }
    }
}
