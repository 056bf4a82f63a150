package org.articlequiz.practice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.articlequiz.DomainException;
import org.articlequiz.attempt.Delivery;
import org.articlequiz.attempt.ItemFeedback;
import org.articlequiz.quiz.Item;
import org.articlequiz.quiz.Quiz;
import org.articlequiz.quiz.QuizId;
import org.articlequiz.quiz.Quizzes;
import org.articlequiz.user.UserId;

/**
 * What students do with a practice quiz: see the question due now, answer it and get feedback at once, start over.
 * Nothing here is graded or sent to a gradebook. Every method is one transaction on the student's locked deck.
 */
@ApplicationScoped
public class PracticeService {
    @Inject
    Quizzes quizzes;
    @Inject
    PracticeDecks decks;

    @Transactional
    public PracticeState state(QuizId quizId, UserId student) {
        Quiz quiz = practiceQuiz(quizId);
        return state(quiz, dealt(quiz, student), null);
    }

    /**
     * Answers the question shown at {@code shownAtTurn}. A retried request (the same answer to the same question at
     * the same turn) returns the same feedback and counts nothing twice.
     */
    @Transactional
    public PracticeState answer(QuizId quizId, UserId student, long itemId, long choiceId, int shownAtTurn) {
        Quiz quiz = practiceQuiz(quizId);
        PracticeDeck deck = dealt(quiz, student);
        PracticeCard card = deck.card(itemId).orElseThrow(() -> DomainException.invalid("item-not-in-practice",
                "Item " + itemId + " is not an approved item of quiz " + quizId + "."));
        Item item = quiz.item(itemId);
        if (item.choices().stream().noneMatch(c -> c.id() == choiceId)) {
            throw DomainException.invalid("choice-not-in-item", "Choice " + choiceId + " is not an option of item " + itemId + ".");
        }
        if (!deck.isReplay(itemId, choiceId, shownAtTurn)) {
            card = deck.answer(itemId, choiceId, item.key().id() == choiceId, shownAtTurn);
        }
        ItemFeedback feedback = ItemFeedback.of(quiz, item, choiceId);
        return state(quiz, deck, new PracticeState.Answered(feedback, card.rightsNeeded(), card.learned()));
    }

    @Transactional
    public PracticeState restart(QuizId quizId, UserId student) {
        Quiz quiz = practiceQuiz(quizId);
        PracticeDeck deck = dealt(quiz, student);
        deck.restart();
        return state(quiz, deck, null);
    }

    private PracticeDeck dealt(Quiz quiz, UserId student) {
        PracticeDeck deck = decks.open(quiz.id(), student);
        deck.sync(quiz.deliverableItems().stream().map(Item::id).toList());
        return deck;
    }

    private PracticeState state(Quiz quiz, PracticeDeck deck, PracticeState.Answered answered) {
        List<Item> items = quiz.deliverableItems();
        Delivery.DeliveredItem current = deck.current().map(card -> {
            Item item = quiz.item(card.itemId());
            List<Delivery.DeliveredChoice> choices = new ArrayList<>(item.choices().stream()
                    .map(c -> new Delivery.DeliveredChoice(c.id(), c.text())).toList());
            if (quiz.settings().shuffleChoices()) {
                // Stable while the question is on screen (a reload shows the same order), new when it comes back,
                // so a missed item is recalled by its content and not by where its answer stood.
                Collections.shuffle(choices, new Random(deck.id() * 1_000_003L + item.id() * 31 + deck.turn()));
            }
            return new Delivery.DeliveredItem(item.id(), items.indexOf(item) + 1, item.stem(), choices);
        }).orElse(null);
        return new PracticeState(quiz.id().value(), quiz.title(), deck.turn(), items.size(), deck.learned(), current, answered);
    }

    private Quiz practiceQuiz(QuizId id) {
        Quiz quiz = quizzes.find(id).orElseThrow(() -> DomainException.notFound("quiz", id));
        if (!quiz.settings().practice()) {
            throw DomainException.conflict("not-a-practice-quiz",
                    "Quiz " + id + " is graded: take it as an attempt; only practice quizzes can be practised.");
        }
        if (quiz.deliverableItems().isEmpty()) {
            throw DomainException.conflict("quiz-has-no-items", "This quiz has no approved items yet.");
        }
        return quiz;
    }
}
