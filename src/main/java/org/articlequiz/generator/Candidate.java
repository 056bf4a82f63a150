package org.articlequiz.generator;

import java.util.List;
import java.util.Set;
import org.articlequiz.article.Sentence;

/**
 * An item before the article's quiz is assembled: what every question form proposes and {@link ItemSelector} ranks.
 *
 * @param article file name of the article
 * @param form the question's form
 * @param kind what the key is
 * @param stem the question
 * @param key the key as shown
 * @param distractors the wrong options, of the key's kind
 * @param sentence the sentence that states the key
 * @param score 0..1: the sentence's importance, the form and the options' quality
 * @param reasons why it scored as it did
 * @param sources the articles that state the same answer to the same question, this one first
 * @param keyForms comparison keys ({@link Names#key}) of every form that names the key: a stem that prints one of
 *                 them gives this item away
 * @param keyId one identity per answer in an article ("PERSON:mark rutte"), so a quiz asks for it once
 * @param shown what a student reads as true when the item is shown: the stem, and for forms whose key is a
 *              clause the key too, since another item's key printed there gives that item away
 */
record Candidate(String article, Form form, AnswerKind kind, String stem, String key, List<String> distractors,
                 Sentence sentence, double score, List<String> reasons, List<String> sources, Set<String> keyForms,
                 String keyId, String shown) {

    /** The reason that marks a reserve: an item asked only when the article offers too little else. */
    static final String RESERVE = "reserve: a year of a passing sentence";

    Candidate {
        distractors = List.copyOf(distractors);
        reasons = List.copyOf(reasons);
        sources = List.copyOf(sources);
        keyForms = Set.copyOf(keyForms);
    }

    boolean reserve() {
        return reasons.contains(RESERVE);
    }

    Candidate withScore(double newScore, String reason) {
        List<String> r = new java.util.ArrayList<>(reasons);
        r.add(reason);
        return new Candidate(article, form, kind, stem, key, distractors, sentence, newScore, r, sources, keyForms,
                keyId, shown);
    }
}
