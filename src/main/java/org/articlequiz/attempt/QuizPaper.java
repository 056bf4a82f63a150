package org.articlequiz.attempt;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.articlequiz.DomainException;
import org.articlequiz.quiz.Item;
import org.articlequiz.quiz.Quiz;
import org.articlequiz.quiz.QuizId;
import org.articlequiz.quiz.QuizSettings;

/**
 * What every start and resume of one quiz delivers, the same for all of its students: the quiz's settings, every
 * item's stem and choices (row ids and texts, in their stored order) and which items a new attempt gets, in the
 * instructor's order. Immutable, and never holds a key: what a student sees is made from it per attempt (choice
 * tokens, shuffles). Taken from the quiz at {@code version} ({@code Quizzes.deliveryVersion}) or later; see
 * {@link QuizPapers}.
 */
record QuizPaper(QuizId quiz, long version, QuizSettings settings, List<Long> deliverable, Map<Long, PaperItem> items) {

    record PaperItem(long id, String stem, List<PaperChoice> choices) {
    }

    record PaperChoice(long id, String text) {
    }

    QuizPaper {
        deliverable = List.copyOf(deliverable);
        items = Map.copyOf(items);
    }

    static QuizPaper of(Quiz quiz, long version) {
        Map<Long, PaperItem> items = new LinkedHashMap<>();
        for (Item item : quiz.items()) {
            items.put(item.id(), new PaperItem(item.id(), item.stem(),
                    item.choices().stream().map(c -> new PaperChoice(c.id(), c.text())).toList()));
        }
        return new QuizPaper(quiz.id(), version, quiz.settings(), quiz.deliverableItems().stream().map(Item::id).toList(), items);
    }

    /** An item of the quiz, approved or not (an attempt keeps the items it was given). */
    PaperItem item(long itemId) {
        PaperItem item = items.get(itemId);
        if (item == null) {
            throw DomainException.notFound("item", itemId);
        }
        return item;
    }
}
