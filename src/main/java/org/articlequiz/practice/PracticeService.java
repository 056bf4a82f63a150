package org.articlequiz.practice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import org.articlequiz.DomainException;
import org.articlequiz.attempt.ChoiceTokens;
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
 * Choices are named by tokens of the deck and the turn the question is shown at ({@link ChoiceTokens#forPractice}),
 * never by their row ids.
 */
@ApplicationScoped
public class PracticeService {
    @Inject
    Quizzes quizzes;
    @Inject
    PracticeDecks decks;
    @Inject
    ChoiceTokens tokens;

    @Transactional
    public PracticeState state(QuizId quizId, UserId student) {
        Quiz quiz = practiceQuiz(quizId);
        return state(quiz, dealt(quiz, student), null);
    }

    /**
     * Answers the question shown at {@code shownAtTurn} with {@code choice}, the token that showing gave the choice.
     * A retried request (the same answer to the same question at the same turn) returns the same feedback and counts
     * nothing twice.
     */
    @Transactional
    public PracticeState answer(QuizId quizId, UserId student, long itemId, String choice, int shownAtTurn) {
        Quiz quiz = practiceQuiz(quizId);
        PracticeDeck deck = dealt(quiz, student);
        PracticeCard card = deck.card(itemId).orElseThrow(() -> DomainException.invalid("item-not-in-practice",
                "Item " + itemId + " is not an approved item of quiz " + quizId + "."));
        Item item = quiz.item(itemId);
        ChoiceTokens.Names names = tokens.forPractice(deck.id(), shownAtTurn);
        long choiceId = names.choiceId(choice).stream().boxed()
                .filter(id -> item.choices().stream().anyMatch(c -> c.id() == id)).findFirst()
                .orElseThrow(() -> DomainException.invalid("choice-not-in-item",
                        "That choice is not one of the options shown for item " + itemId + " at turn " + shownAtTurn + "."));
        if (!deck.isReplay(itemId, choiceId, shownAtTurn)) {
            card = deck.answer(itemId, choiceId, item.key().id() == choiceId, shownAtTurn);
        }
        ItemFeedback feedback = ItemFeedback.of(quiz, item, choiceId, names);
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
        ChoiceTokens.Names names = tokens.forPractice(deck.id(), deck.turn());
        Delivery.DeliveredItem current = deck.current().map(card -> {
            Item item = quiz.item(card.itemId());
            List<Delivery.DeliveredChoice> choices = item.choices().stream()
                    .map(c -> new Delivery.DeliveredChoice(names.token(c.id()), c.text())).toList();
            if (quiz.settings().shuffleChoices()) {
                // In the order of this turn's tokens: stable while the question is on screen (a reload shows the same
                // order), new when it comes back, so a missed item is recalled by its content and not by where its
                // answer stood; and, unlike an order seeded from ids, not one a student can work out.
                choices = choices.stream().sorted(Comparator.comparing(Delivery.DeliveredChoice::choiceId)).toList();
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
