package org.articlequiz.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.articlequiz.DomainException;
import org.articlequiz.quiz.QuizId;
import org.articlequiz.user.UserId;
import org.junit.jupiter.api.Test;

/** The practice queue's rules, answer by answer. */
class PracticeDeckTest {
    private static final long CHOICE = 99;

    private static PracticeDeck deck(Long... items) {
        PracticeDeck deck = new PracticeDeck(new QuizId(1), new UserId(2));
        deck.sync(List.of(items));
        return deck;
    }

    private static long current(PracticeDeck deck) {
        return deck.current().orElseThrow().itemId();
    }

    private static void answer(PracticeDeck deck, boolean right) {
        deck.answer(current(deck), CHOICE, right, deck.turn());
    }

    @Test
    void itemsComeInTheInstructorsOrderAndRightAnswersLearnThem() {
        PracticeDeck deck = deck(10L, 20L, 30L);
        List<Long> seen = new ArrayList<>();
        while (deck.current().isPresent()) {
            seen.add(current(deck));
            answer(deck, true);
        }
        assertEquals(List.of(10L, 20L, 30L), seen);
        assertEquals(3, deck.learned());
        assertEquals(3, deck.turn());
    }

    @Test
    void aMissedItemComesBackAfterTheGapAndNeedsTwoRightAnswers() {
        PracticeDeck deck = deck(1L, 2L, 3L, 4L, 5L, 6L);
        answer(deck, false); // item 1 missed at turn 0: due again at turn 1 + GAP
        List<Long> order = new ArrayList<>();
        while (deck.current().isPresent()) {
            order.add(current(deck));
            answer(deck, true);
        }
        // New items fall due one per answer, so item 1, due again at turn 1 + GAP, comes back among them after three
        // more answers (before 5, due at the same turn: ties go to the instructor's order); right once, it needs a
        // second right answer 2 x GAP later, here after everything else.
        assertEquals(List.of(2L, 3L, 4L, 1L, 5L, 6L, 1L), order);
        PracticeCard missed = deck.card(1).orElseThrow();
        assertEquals(1, missed.wrongCount());
        assertEquals(2, missed.rightCount());
        assertTrue(missed.learned());
    }

    @Test
    void theItemJustAnsweredNeverComesStraightBackWhileAnotherWaits() {
        PracticeDeck deck = deck(1L, 2L);
        answer(deck, false); // 1: due at 4
        answer(deck, false); // 2: due at 5
        answer(deck, true);  // 1: right once, due at 9
        answer(deck, false); // 2: due at 7, sooner than 1
        assertEquals(1L, current(deck), "2 is due sooner but was just answered, and 1 waits");

        PracticeDeck single = deck(7L);
        answer(single, false);
        assertEquals(7L, current(single), "the only item left comes back even straight after itself");
    }

    @Test
    void aStaleOrWrongItemAnswerCountsNothing() {
        PracticeDeck deck = deck(1L, 2L);
        DomainException stale = assertThrows(DomainException.class, () -> deck.answer(1, CHOICE, true, 5));
        assertEquals("practice-stale", stale.slug());
        DomainException notNow = assertThrows(DomainException.class, () -> deck.answer(2, CHOICE, true, 0));
        assertEquals("practice-not-current", notNow.slug());
        assertEquals(0, deck.turn());
        assertEquals(0, deck.learned());
    }

    @Test
    void aReplayOfTheLastAnswerIsRecognised() {
        PracticeDeck deck = deck(1L, 2L);
        deck.answer(1, CHOICE, true, 0);
        assertTrue(deck.isReplay(1, CHOICE, 0));
        assertFalse(deck.isReplay(1, CHOICE + 1, 0), "another choice is not the same request");
        assertFalse(deck.isReplay(2, CHOICE, 1), "the current question is not a replay");
    }

    @Test
    void syncFollowsTheQuizAndRestartForgetsProgress() {
        PracticeDeck deck = deck(1L, 2L);
        answer(deck, true);
        deck.sync(List.of(3L, 2L)); // 1 retired, 3 approved and moved first
        assertEquals(List.of(3L, 2L), deck.cards().stream().map(PracticeCard::itemId).toList());
        assertEquals(0, deck.learned());
        answer(deck, true);
        answer(deck, true);
        assertTrue(deck.current().isEmpty());
        deck.restart();
        assertEquals(0, deck.learned());
        assertEquals(3L, current(deck));
    }
}
