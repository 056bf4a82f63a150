package org.articlequiz.quiz;

import java.util.List;
import java.util.Optional;
import org.articlequiz.user.UserId;

/** All quizzes. */
public interface Quizzes {
    Optional<Quiz> find(QuizId id);

    List<Quiz> findAll();

    void add(Quiz quiz);

    Accommodation accommodationFor(QuizId quiz, UserId student);

    void accommodate(QuizId quiz, UserId student, Accommodation accommodation);
}
