package org.articlequiz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Reading and cleaning the messy seeds and the fixtures in each format (issue 3, item 1). */
class ArticleReaderTest {

    private final ArticleReader reader = new ArticleReader();

    static Path seed(String prefix) {
        java.io.File[] files = Path.of("seeds").toFile().listFiles((d, n) -> n.startsWith(prefix));
        return files[0].toPath();
    }

    @Test
    void repairsTheGreekBetaThatReplacedDashesAndApostrophes() {
        Article a = reader.read(seed("000_"));
        assertFalse(a.text().contains("β"), "no stray beta left");
        assertTrue(a.text().contains("right now — conflicts"), "em dash between spaces");
        assertTrue(a.text().contains("It’s a complex dance"), "apostrophe between letters");
    }

    @Test
    void repairsUtf8ReadAsWindows1252() {
        Article a = reader.read("x.txt", "Title\nThe allianceâ€™s chief said â€œyesâ€\u009d on Friday â€” again.");
        assertEquals("The alliance’s chief said “yes” on Friday — again.", a.text());
    }

    @Test
    void dropsTheLoginLeftAtTheEndOfSeed001() {
        Article a = reader.read(seed("001_"));
        assertFalse(a.text().contains("Login"));
        assertTrue(a.text().endsWith("enduring power of international alliances."));
    }

    @Test
    void dropsTableOfContentsAndLabelsOfListItemsInSeed002() {
        Article a = reader.read(seed("002_"));
        assertFalse(a.text().contains("Table of Contents"));
        assertFalse(a.text().contains("Defense Spending:"), "list label removed");
        assertTrue(a.text().contains("Trump has been pushing European countries"));
    }

    @Test
    void stripsTheTagLineGluedToTheFirstSentenceOfSeed003() {
        Article a = reader.read(seed("003_"));
        assertFalse(a.text().contains("Newslooks"));
        assertFalse(a.text().contains("Mark Rutte NATO/"));
        assertFalse(a.text().contains("J. Mansour"));
        assertTrue(a.text().startsWith("President-elect Donald Trump met NATO Secretary General Mark Rutte"),
                a.text().substring(0, 80));
    }

    @Test
    void findsDatelineTitleAndDropsTheRepeatedHeadlineOfSeed004() {
        Article a = reader.read(seed("004_"));
        assertEquals(LocalDate.of(2024, 11, 24), a.date().orElseThrow());
        assertEquals("Sunday, November 24, 2024", a.dateline().orElseThrow());
        assertEquals("NATO Chief Mark Rutte Holds Talks With Trump On ‘Global Security Issues’", a.title());
        assertFalse(a.text().contains("Holds Talks With Trump"), "repeated headline gone from the body");
        int first = a.text().indexOf("Trump has often portrayed NATO allies");
        assertEquals(first, a.text().lastIndexOf("Trump has often portrayed NATO allies"), "summary line kept once");
    }

    @Test
    void paragraphsLocateThemselvesInTheText() {
        for (String prefix : new String[] {"000_", "001_", "002_", "003_", "004_"}) {
            Article a = reader.read(seed(prefix));
            for (Paragraph p : a.paragraphs()) {
                assertEquals(p.text(), a.text().substring(p.start(), p.end()));
            }
        }
    }

    @Test
    void readsHtmlWithoutNavigationBylineOrFooter() {
        Article a = reader.read(Path.of("src/test/resources/articles/sports-marathon.html"));
        assertEquals("Okafor Breaks Course Record in Rotterdam", a.title());
        assertEquals(LocalDate.of(2026, 4, 12), a.date().orElseThrow());
        assertFalse(a.text().contains("Login"));
        assertFalse(a.text().contains("Subscribe"));
        assertFalse(a.text().contains("Staff Reporter"));
        assertFalse(a.text().contains("All rights reserved"));
        assertTrue(a.text().startsWith("Kenyan runner Grace Okafor won"));
    }

    @Test
    void readsMarkdownWithoutMarkup() {
        Article a = reader.read(Path.of("src/test/resources/articles/science-comet-probe.md"));
        assertEquals("Probe Returns Dust From Comet Halvorsen", a.title());
        assertEquals(LocalDate.of(2026, 3, 4), a.date().orElseThrow());
        assertFalse(a.text().contains("#"));
        assertFalse(a.text().contains("*"));
        assertTrue(a.paragraphs().stream().anyMatch(p -> p.isHeading() && p.text().equals("A long road")));
    }

    @Test
    void dropsBylineAndShareButtonOfPlainText() {
        Article a = reader.read(Path.of("src/test/resources/articles/history-canal.txt"));
        assertEquals("The Building of the Grand Northern Canal", a.title());
        assertFalse(a.text().contains("Staff Writer"));
        assertFalse(a.text().contains("Share"));
        assertFalse(a.text().contains("Login"));
    }

    @Test
    void detectsFormatFromContentWhenTheNameSaysNothing() {
        assertEquals(ArticleReader.Format.HTML, ArticleReader.detect("upload", "<html><body><p>x</p></body></html>"));
        assertEquals(ArticleReader.Format.MARKDOWN, ArticleReader.detect("upload", "# Title\n\nText."));
        assertEquals(ArticleReader.Format.TEXT, ArticleReader.detect("upload", "Title\nText."));
    }
}
