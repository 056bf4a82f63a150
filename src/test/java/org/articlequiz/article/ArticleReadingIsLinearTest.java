package org.articlequiz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, High 5: "the article reader has a regex with catastrophic backtracking (120 capitals in a list item: 3 s;
 * 400: minutes) and quadratic cleaning (4,000 short lines: 4 s)". Each input below is hostile and within the size
 * limit; reading it in linear time takes milliseconds, so the bound (ten seconds) is a correctness check with a wide
 * margin, not a benchmark. Issue 13: a file that is not text, or is over the limit, is refused, never cut.
 */
class ArticleReadingIsLinearTest {
    private static final Duration BOUND = Duration.ofSeconds(10);
    private final ArticleReader reader = new ArticleReader();

    private Article readInTime(String fileName, String text) {
        return assertTimeoutPreemptively(BOUND, () -> reader.read(fileName, text));
    }

    @Test
    void capitalsInAListItemDoNotBacktrack() {
        Article a = readInTime("caps.txt", "Title\n\n- " + "A".repeat(400) + " and then some words follow it here.\n");
        assertTrue(a.text().contains("A".repeat(400)), a.text());
        readInTime("caps.md", "# Title\n\n- " + "ABC".repeat(2_000) + ": Then a sentence follows.\n");
    }

    @Test
    void manyShortLinesAreCleanedInLinearTime() {
        String lines = IntStream.range(0, 20_000).mapToObj(i -> "Line " + i + " says a thing.")
                .collect(Collectors.joining("\n"));
        Article a = readInTime("lines.txt", "Title\n" + lines);
        assertEquals(20_000, a.paragraphs().size());
    }

    @Test
    void aSummaryLineRepeatedInALongerParagraphIsStillDropped() {
        Article a = readInTime("repeat.txt", """
                Title
                The mayor opened the bridge.
                On Monday, the mayor opened the bridge after three years of work, and the crowd cheered.
                """);
        assertEquals(1, a.paragraphs().size(), a.text());
    }

    @Test
    void unclosedMarkdownMarksOnOneLongLineAreReadInLinearTime() {
        readInTime("brackets.md", "# Title\n\n" + "![x ".repeat(40_000) + "end.\n");
        readInTime("links.md", "# Title\n\n" + "[x ".repeat(40_000) + "end.\n");
        readInTime("tags.md", "# Title\n\n" + "<x ".repeat(40_000) + "end.\n");
        readInTime("stars.md", "# Title\n\n" + "*a ".repeat(40_000) + "end.\n");
        readInTime("hashes.md", "# Title\n\n# x" + " ".repeat(60_000) + "#".repeat(60_000) + "x\n");
    }

    @Test
    void aLongRunOfPunctuationIsReadInLinearTime() {
        readInTime("dots.txt", "Title\nA sentence" + ".".repeat(200_000) + " and more.\n");
    }

    @Test
    void anArticleOverTheSizeLimitIsRefusedNamingTheLimit() {
        String tooLong = "Title\n" + "word ".repeat(ArticleReader.MAX_CHARACTERS / 5 + 1);
        UnreadableArticle refused = assertThrows(UnreadableArticle.class, () -> reader.read("long.txt", tooLong));
        assertEquals(UnreadableArticle.Reason.TOO_LARGE, refused.reason());
        assertTrue(refused.getMessage().contains("500,000 characters"), refused.getMessage());
    }

    @Test
    void aFileWithNulBytesIsNotText() {
        UnreadableArticle refused = assertThrows(UnreadableArticle.class,
                () -> reader.read("image.txt", "PNG\u0000\u0000\u0001IHDR some bytes"));
        assertEquals(UnreadableArticle.Reason.NOT_TEXT, refused.reason());
    }

    @Test
    void aFileNotDecodableAsTextIsNotText() {
        String binary = "\uFFFD\uFFFDJFIF\uFFFD\uFFFD\uFFFD" + "\uFFFD".repeat(100) + "abc";
        UnreadableArticle refused = assertThrows(UnreadableArticle.class, () -> reader.read("photo.txt", binary));
        assertEquals(UnreadableArticle.Reason.NOT_TEXT, refused.reason());
    }
}
