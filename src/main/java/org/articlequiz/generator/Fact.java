package org.articlequiz.generator;

import java.util.Set;
import org.articlequiz.article.Sentence;
import org.articlequiz.generator.nlp.AnnotatedSentence;

/**
 * One statement of an article with a typed answer span: "President-elect Donald Trump met … in Palm Beach, Florida"
 * gives a PLACE fact whose answer is "Palm Beach, Florida".
 *
 * @param article file name of the article
 * @param kind what the answer is
 * @param answer the answer as the sentence writes it
 * @param start start of the answer in the article's cleaned text
 * @param end end of the answer in the article's cleaned text
 * @param firstToken first token of the answer in the sentence
 * @param endToken token after the answer
 * @param normalized the normalized value for dates and quantities ("2024-10", "2.0"), else the canonical name
 * @param subtype finer kind for places (CITY, STATE, COUNTRY, REGION, BUILDING, CELESTIAL), empty when unknown
 * @param sentence the sentence that states it
 * @param analysis the sentence's tokens and mentions
 * @param predicates lemmas of the sentence's content verbs and event nouns ("meet", "discuss")
 * @param context canonical names, dates and titles the sentence mentions besides the answer
 * @param hedged true when the sentence or the whole article is speculative; such facts only guard distractors
 * @param position where the sentence stands in the article, 0 (first) to 1 (last)
 */
public record Fact(String article, AnswerKind kind, String answer, int start, int end, int firstToken, int endToken,
                   String normalized, String subtype, Sentence sentence, AnnotatedSentence analysis,
                   Set<String> predicates, Set<String> context, boolean hedged, double position) {

    public Fact {
        predicates = Set.copyOf(predicates);
        context = Set.copyOf(context);
    }
}
