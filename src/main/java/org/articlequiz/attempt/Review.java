package org.articlequiz.attempt;

import java.util.List;

/** What a student may see after answering, as the quiz's feedback timing allows. */
public record Review(Attempt attempt, Score score, List<ItemFeedback> items) {
}
