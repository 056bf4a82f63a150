package org.articlequiz.lti.ags;

import java.util.Optional;
import org.articlequiz.quiz.QuizId;
import org.articlequiz.user.UserId;

/** The latest grade target of each student and quiz. */
public interface GradeTargets {
    /** Inserts or replaces the target for (user, quiz). */
    void remember(GradeTarget target);

    Optional<GradeTarget> find(QuizId quiz, UserId user);
}
