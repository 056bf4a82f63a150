package org.articlequiz.practice;

import org.articlequiz.quiz.QuizId;
import org.articlequiz.user.UserId;

/** Every student's practice decks. */
public interface PracticeDecks {
    /**
     * The student's deck for the quiz, created empty on first use, and locked until the transaction ends: two tabs
     * answering at once take turns, so neither answer is lost or counted twice.
     */
    PracticeDeck open(QuizId quiz, UserId student);
}
