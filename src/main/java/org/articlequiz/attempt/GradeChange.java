package org.articlequiz.attempt;

import java.time.Instant;
import org.articlequiz.quiz.QuizId;
import org.articlequiz.user.UserId;

/**
 * A student's grade for a quiz changed because an attempt was graded.
 *
 * @param attemptScore the score of the attempt just graded
 * @param quizGrade    the student's grade for the quiz under its grading method (0..1), over all graded attempts
 * @param gradedAt     when the grade was made; sent to gradebooks as the score's timestamp
 */
public record GradeChange(QuizId quiz, UserId student, AttemptId attempt, Score attemptScore, double quizGrade,
                          Instant gradedAt) {
}
