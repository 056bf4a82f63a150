package org.articlequiz.attempt;

import org.articlequiz.quiz.QuizId;
import org.articlequiz.quiz.SourceCitation;

/**
 * What immediate feedback on one item of an attempt needs, read in one small query ({@link Attempts#itemKey}) instead
 * of loading the whole quiz: the item's key, its explanation and source, and how many articles the quiz cites (so a
 * paragraph looked up before an article was added is looked up again).
 */
public record ItemKey(QuizId quiz, long itemId, long keyChoiceId, String explanation, SourceCitation source, int articles) {
}
