package org.articlequiz.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.articlequiz.DomainException;
import org.articlequiz.exchange.ExchangeFormat;
import org.articlequiz.exchange.ExchangeItem;
import org.articlequiz.exchange.ExchangeReaders;
import org.junit.jupiter.api.Test;

class QuizExportTest {

    @Test
    void exportsTheApprovedItemsInOrderWithTheirKeys() {
        Quiz quiz = new Quiz("Canals & locks: 1790–1830", "course-1", QuizSettings.defaults(), Instant.EPOCH);
        quiz.addItem(QuizTest.item("Draft?", 0, "A", "B")); // stays a draft: not exported
        Item first = quiz.addItem(QuizTest.item("Where?", 1, "Leeds", "Liverpool", "York"));
        Item rejected = quiz.addItem(QuizTest.item("Rejected?", 0, "C", "D"));
        Item second = quiz.addItem(new ItemContent("Who?", null, List.of("Brindley", "Telford"), 0, null,
                new SourceCitation("canal.txt", "Brindley built it.", 0, 18), 1.0, "", true));
        first.review(ReviewState.APPROVED);
        second.review(ReviewState.APPROVED);
        rejected.review(ReviewState.RETIRED);

        QuizExport export = QuizExport.of(quiz, ExchangeFormat.GIFT);

        assertEquals(2, export.items());
        assertEquals("canals-locks-1790-1830.gift.txt", export.fileName());
        List<ExchangeItem> read = ExchangeReaders.gift(new String(export.content(), StandardCharsets.UTF_8));
        // In the order the options are stored (a random one, chosen when each item was added), with the key marked.
        assertEquals(List.of(new ExchangeItem("Where?", first.content().options(), first.content().answer(), "Because."),
                new ExchangeItem("Who?", second.content().options(), second.content().answer(), "")), read);
        assertEquals("Liverpool", read.get(0).options().get(read.get(0).answer()));
        assertEquals("Brindley", read.get(1).options().get(read.get(1).answer()));
    }

    @Test
    void fileNamesAreShortPlainAscii() {
        assertEquals("cafe-creme-quiz", QuizExport.fileName("  Café \"crème\"\\ quiz?.. "));
        assertEquals("a-b", QuizExport.fileName("a/../b"));
        assertEquals("", QuizExport.fileName("東京 «»"));
        assertEquals(60, QuizExport.fileName("x".repeat(59) + " yyyyyy").length() + 1);
    }

    @Test
    void aQuizOfAnotherCourseIsRefused() {
        Quiz quiz = new Quiz("Q", "course-1", QuizSettings.defaults(), Instant.EPOCH);
        quiz.requireOpenTo("course-1");
        assertEquals("other-course", assertThrows(DomainException.class, () -> quiz.requireOpenTo("course-2")).slug());
        new Quiz("Q", null, QuizSettings.defaults(), Instant.EPOCH).requireOpenTo("course-2");
    }
}
