package org.articlequiz.attempt;

import org.articlequiz.quiz.Choice;
import org.articlequiz.quiz.Item;
import org.articlequiz.quiz.Quiz;
import org.articlequiz.quiz.SourceCitation;

/**
 * Right or wrong for one answered item, the key and the explanation citing the source sentence, with the paragraph
 * of the article that holds it (null when no stored article does). Choices are named by the tokens the student was
 * given for them ({@link ChoiceTokens}).
 */
public record ItemFeedback(long itemId, String chosenChoiceId, boolean correct, String keyChoiceId, String explanation,
                           String sourceArticle, String sourceSentence, String sourceParagraph) {

    /** The feedback on {@code chosen} (null: not answered) for an item of {@code quiz}, in the student's names. */
    public static ItemFeedback of(Quiz quiz, Item item, Long chosen, ChoiceTokens.Names names) {
        Choice key = item.key();
        return of(item.id(), chosen, key.id(), item.explanation(), item.source(), quiz.paragraphOf(item.source()).orElse(null), names);
    }

    /** The same from an item's key read on its own ({@link ItemKey}) and its paragraph. */
    static ItemFeedback of(ItemKey item, Long chosen, String paragraph, ChoiceTokens.Names names) {
        return of(item.itemId(), chosen, item.keyChoiceId(), item.explanation(), item.source(), paragraph, names);
    }

    private static ItemFeedback of(long itemId, Long chosen, long keyId, String explanation, SourceCitation source,
                                   String paragraph, ChoiceTokens.Names names) {
        return new ItemFeedback(itemId, names.token(chosen), chosen != null && chosen == keyId, names.token(keyId),
                explanation, source == null ? null : source.article(), source == null ? null : source.sentence(), paragraph);
    }

    /** Right or wrong only: the key and what states it (explanation, source) left out, while another attempt may follow. */
    public ItemFeedback withoutKey() {
        return new ItemFeedback(itemId, chosenChoiceId, correct, null, null, null, null, null);
    }
}
