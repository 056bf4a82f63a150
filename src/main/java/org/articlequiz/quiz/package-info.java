/**
 * Quizzes: the {@link org.articlequiz.quiz.Quiz} aggregate with its items, choices, settings and review states,
 * the articles they were written from, and {@link org.articlequiz.quiz.QuizService} for instructors.
 */
package org.articlequiz.quiz;
