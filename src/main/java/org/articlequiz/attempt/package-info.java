/**
 * Attempts: the {@link org.articlequiz.attempt.Attempt} aggregate, its responses and score,
 * {@link org.articlequiz.attempt.AttemptPolicy} (who may start, until when), {@link org.articlequiz.attempt.AttemptService}
 * for students with its group commit of saved answers ({@link org.articlequiz.attempt.AnswerWriter}), the opaque
 * names students see for choices ({@link org.articlequiz.attempt.ChoiceTokens}), and the
 * {@link org.articlequiz.attempt.ScorePublisher} port that grade passback implements.
 */
package org.articlequiz.attempt;
