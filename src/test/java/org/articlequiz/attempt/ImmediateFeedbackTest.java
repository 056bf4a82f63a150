package org.articlequiz.attempt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.articlequiz.quiz.Item;
import org.articlequiz.quiz.ItemContent;
import org.articlequiz.quiz.Quiz;
import org.articlequiz.quiz.QuizId;
import org.articlequiz.quiz.QuizSettings;
import org.articlequiz.quiz.InMemoryQuizzes;
import org.articlequiz.quiz.SourceArticle;
import org.articlequiz.quiz.SourceCitation;
import org.articlequiz.user.UserId;
import org.articlequiz.testing.Entities;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, medium: "immediate-feedback saves do not reload the quiz and scan article text per save". A class of 500
 * on an immediate-feedback quiz used to load the quiz with every article's text and search it for the source sentence
 * once per saved answer. The quiz repository here counts how often the quiz is loaded.
 */
class ImmediateFeedbackTest {
    private static final String SENTENCE = "Lake Tana is the source of the Blue Nile.";
    private static final String PARAGRAPH = "Ethiopia has many lakes. " + SENTENCE + " It lies in the highlands.";
    private final InMemoryQuizzes quizzes = new InMemoryQuizzes();
    private final Quiz quiz = new Quiz("Lakes", "course-1", QuizSettings.defaults(), Instant.EPOCH);
    private final Item item;
    private final Attempt attempt = new Attempt(new QuizId(5), new UserId(9), 1, Instant.now(), null, 1, 1L);
    private final AttemptService service = new AttemptService();

    ImmediateFeedbackTest() {
        Entities.setId(quiz, 5L);
        quiz.cite(new SourceArticle("lakes.txt", "Lakes", "Lakes of Africa.\n\n" + PARAGRAPH + "\n\nThe end.", "sha", Instant.EPOCH));
        item = quiz.addItem(new ItemContent("What is Lake Tana the source of?", "THING", List.of("the Blue Nile", "the Congo",
                "the Niger"), 0, "The article says so.", new SourceCitation("lakes.txt", SENTENCE, null, null), 0.5, "", false));
        Entities.setId(item, 11L);
        for (int i = 0; i < item.choices().size(); i++) {
            Entities.setId(item.choices().get(i), 100L + i);
        }
        Entities.setId(attempt, 77L);
        quizzes.add(quiz);
        service.quizzes = quizzes;
        service.attempts = new OneAttempt();
        ChoiceTokens tokens = new ChoiceTokens();
        tokens.secrets = () -> new byte[32];
        tokens.self = tokens;
        service.tokens = tokens;
        service.self = service;
        service.paragraphs = new SourceParagraphs();
    }

    @Test
    void immediateFeedbackSavesDoNotReloadTheQuizAndScanArticleTextPerSave() {
        long key = item.key().id();
        long wrong = item.choices().stream().filter(c -> c.id() != key).findFirst().orElseThrow().id();
        ChoiceTokens.Names names = service.tokens.forAttempt(attempt.id());
        for (int n = 0; n < 50; n++) {
            long chosen = n % 2 == 0 ? key : wrong;
            AnswerSave save = new AnswerSave(attempt.id(), attempt.student(), item.id(), chosen, 1, Instant.now());
            SaveOutcome outcome = service.conclude(save, Optional.of(new SaveOutcome(true, 1, chosen, null, true, null)));
            ItemFeedback feedback = outcome.feedback();
            assertEquals(chosen == key, feedback.correct());
            assertEquals(names.token(key), feedback.keyChoiceId());
            assertEquals("The article says so.", feedback.explanation());
            assertEquals(SENTENCE, feedback.sourceSentence());
            assertEquals(PARAGRAPH, feedback.sourceParagraph(), "the paragraph is found as before");
        }
        assertTrue(quizzes.loads.get() <= 1, "50 saves loaded the quiz " + quizzes.loads.get() + " times");
    }

    @Test
    void anUnansweredItemIsNeverMarkedCorrect() {
        AnswerSave save = new AnswerSave(attempt.id(), attempt.student(), item.id(), null, 1, Instant.now());
        SaveOutcome outcome = service.conclude(save, Optional.of(new SaveOutcome(true, 1, null, null, false, null)));
        assertEquals(null, outcome.feedback(), "an answer that did not lock gets no feedback");
        assertFalse(outcome.locked());
    }

    /** The attempt at the quiz with its one item; only reads are asked for. */
    private final class OneAttempt implements Attempts {
        @Override
        public Optional<Attempt> find(AttemptId id) {
            return Optional.of(attempt).filter(a -> a.id().equals(id));
        }

        @Override
        public Optional<Attempt> findForUpdate(AttemptId id) {
            return find(id);
        }

        @Override
        public void lock(Attempt attempt) {
        }

        @Override
        public List<Attempt> findAll(QuizId quiz, UserId student) {
            return List.of(attempt);
        }

        @Override
        public List<Attempt> findAll(QuizId quiz) {
            return List.of(attempt);
        }

        @Override
        public void lockStudent(QuizId quiz, UserId student) {
        }

        @Override
        public void add(Attempt attempt, List<Long> itemIdsInOrder) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Long> itemIds(AttemptId attempt) {
            return List.of(item.id());
        }

        @Override
        public List<Optional<SaveOutcome>> saveResponses(List<AnswerSave> saves) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<SavedResponse> responses(AttemptId attempt) {
            return List.of();
        }

        @Override
        public Optional<ItemKey> itemKey(AttemptId id, long itemId) {
            return find(id).filter(a -> itemId == item.id()).map(a -> new ItemKey(quiz.id(), itemId, item.key().id(),
                    item.explanation(), item.source(), quiz.articles().size()));
        }

        @Override
        public double earnedPoints(AttemptId attempt) {
            return 0;
        }

        @Override
        public List<AttemptId> expired(Instant now, int limit) {
            return List.of();
        }
    }
}
