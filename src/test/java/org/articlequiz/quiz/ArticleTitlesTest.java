package org.articlequiz.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.articlequiz.article.ArticleReader;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: stored seeds showed as their file names ("001_67735539dbb95b11") in the picker. An article without a
 * headline is listed by its opening words; one with a headline by it. The generator's own reading is untouched.
 */
class ArticleTitlesTest {
    private static String displayed(String seed) throws Exception {
        String text = Files.readString(Path.of("seeds", seed));
        return ArticleReading.displayTitle(ArticleReading.read(seed, text));
    }

    @Test
    void anArticleWithoutAHeadlineIsListedByItsOpeningWords() throws Exception {
        assertEquals("On a sunny Friday afternoon in Palm Beach, Florida, President-elect…", displayed("001_67735539dbb95b11.txt"));
        assertEquals("On March 13, 2025, President Donald Trump met with NATO…",
                displayed("002_f6d071485ce37dce.txt"));
    }

    @Test
    void anArticleWithAHeadlineKeepsIt() throws Exception {
        assertEquals("Trump And NATO Chief Rutte Discuss Security At White House", displayed("000_3b1a65e50ed7c753.txt"));
    }

    @Test
    void theGeneratorStillReadsTheReadersTitle() throws Exception {
        String text = Files.readString(Path.of("seeds", "001_67735539dbb95b11.txt"));
        assertEquals("001_67735539dbb95b11", new ArticleReader().read("001_67735539dbb95b11.txt", text).title());
    }

    @Test
    void aShortOpeningSentenceIsTheWholeTitle() {
        var article = new ArticleReader().read("x.txt", "Bats can see in the dark, a study said. More text follows here.");
        assertEquals("x", article.title());
        assertEquals("Bats can see in the dark, a study said", ArticleReading.displayTitle(article));
    }
}
