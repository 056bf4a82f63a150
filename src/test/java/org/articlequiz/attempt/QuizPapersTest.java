package org.articlequiz.attempt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import org.articlequiz.DomainException;
import org.articlequiz.quiz.InMemoryQuizzes;
import org.articlequiz.quiz.Item;
import org.articlequiz.quiz.ItemContent;
import org.articlequiz.quiz.Quiz;
import org.articlequiz.quiz.QuizId;
import org.articlequiz.quiz.QuizSettings;
import org.articlequiz.quiz.ReviewState;
import org.articlequiz.testing.Entities;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: a start of a quiz takes its items and choices from what the node keeps of the quiz ({@link QuizPapers}),
 * which must never be out of date: not after a change made here, nor one made on another node or in SQL (all of which
 * raise the quiz's delivery version; {@code DeliveryQueriesIT} shows the database does), nor one that lands while
 * the paper is being taken.
 */
class QuizPapersTest {
    private final InMemoryQuizzes quizzes = new InMemoryQuizzes();
    private final QuizPapers papers = new QuizPapers();
    private final Quiz quiz = new Quiz("Rivers", "course-1", QuizSettings.defaults(), Instant.EPOCH);
    private final Item first;
    private final Item second;

    QuizPapersTest() {
        Entities.setId(quiz, 7L);
        first = approved(1, "Which river is longest?", "the Nile", "the Amazon", "the Congo");
        second = approved(2, "Which river is widest?", "the Amazon", "the Nile", "the Volga");
        quizzes.add(quiz);
        papers.quizzes = quizzes;
    }

    private Item approved(long id, String stem, String... options) {
        Item item = quiz.addItem(new ItemContent(stem, "THING", List.of(options), 0, null, null, 0.5, "", false));
        Entities.setId(item, id);
        for (int i = 0; i < item.choices().size(); i++) {
            Entities.setId(item.choices().get(i), id * 10 + i);
        }
        quiz.review(id, ReviewState.APPROVED);
        return item;
    }

    @Test
    void startsOfAnUnchangedQuizTakeItOnce() {
        for (int i = 0; i < 100; i++) {
            QuizPaper paper = papers.current(quiz.id());
            assertEquals(List.of(1L, 2L), paper.deliverable());
            assertEquals("Which river is longest?", paper.item(1).stem());
        }
        assertEquals(1, papers.taken.sum(), "100 starts of an unchanged quiz");
    }

    @Test
    void aChangeAnywhereIsSeenByTheNextStart() {
        papers.current(quiz.id());
        // Another node edits the item and withdraws the other: the database raises the version, nobody tells this node.
        quiz.editItem(1, new ItemContent("Which river is the longest in Africa?", "THING",
                List.of("the Nile", "the Amazon", "the Niger"), 0, null, null, 0.5, "", false));
        quiz.review(2, ReviewState.RETIRED);
        quizzes.changed(quiz.id());

        QuizPaper paper = papers.current(quiz.id());
        assertEquals("Which river is the longest in Africa?", paper.item(1).stem());
        assertEquals(List.of("the Nile", "the Amazon", "the Niger"), paper.item(1).choices().stream().map(QuizPaper.PaperChoice::text).toList());
        assertEquals(List.of(1L), paper.deliverable(), "a withdrawn item is no longer given to new attempts");
        assertEquals("Which river is widest?", paper.item(2).stem(), "but an attempt that has it still shows it");
        assertEquals(2, papers.taken.sum());
    }

    @Test
    void aChangeThatLandsWhileThePaperIsTakenIsSeenByTheNextStart() {
        // Another node's edit commits just after this start has read the quiz's items: the paper it keeps must not
        // pass for the new version (it would, were the version read after the items).
        QuizPapers racing = new QuizPapers() {
            boolean raced;

            @Override
            QuizPaper take(QuizId id, long version) {
                QuizPaper read = super.take(id, version);
                if (!raced) {
                    raced = true;
                    quiz.editItem(2, new ItemContent("Which river carries the most water?", "THING",
                            List.of("the Amazon", "the Nile", "the Volga"), 0, null, null, 0.5, "", false));
                    QuizPapersTest.this.quizzes.changed(id);
                }
                return read;
            }
        };
        racing.quizzes = quizzes;
        assertEquals("Which river is widest?", racing.current(quiz.id()).item(2).stem(), "as it was read");
        assertEquals("Which river carries the most water?", racing.current(quiz.id()).item(2).stem());
        assertEquals(2, racing.taken.sum(), "the paper taken while the quiz changed was taken again");
    }

    @Test
    void noSuchQuizIsNotFound() {
        assertThrows(DomainException.class, () -> papers.current(new QuizId(99)));
    }
}
