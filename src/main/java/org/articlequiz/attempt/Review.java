package org.articlequiz.attempt;

import java.util.List;

/**
 * What a student may see after answering, as the quiz's feedback timing allows; {@code keysWithheld} when the keys
 * and explanations are left out because another attempt may follow.
 */
public record Review(Attempt attempt, Score score, List<ItemFeedback> items, boolean keysWithheld) {
}
