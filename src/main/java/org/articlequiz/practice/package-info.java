/**
 * Practice quizzes: ungraded, feedback after every answer, and a spaced-repetition queue per student
 * ({@link org.articlequiz.practice.PracticeDeck}) that brings missed items back; {@link org.articlequiz.practice.PracticeService}
 * for students and the {@link org.articlequiz.practice.PracticeDecks} repository.
 */
package org.articlequiz.practice;
