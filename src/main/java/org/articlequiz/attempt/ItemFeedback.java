package org.articlequiz.attempt;

/** Right or wrong for one answered item, the key and the explanation citing the source sentence. */
public record ItemFeedback(long itemId, Long chosenChoiceId, boolean correct, long keyChoiceId, String explanation,
                           String sourceArticle, String sourceSentence) {
}
