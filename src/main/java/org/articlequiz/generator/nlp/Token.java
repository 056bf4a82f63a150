package org.articlequiz.generator.nlp;

/**
 * One token with its part of speech, lemma, named-entity tag and its place in the sentence's basic dependency tree
 * ({@code head}: index of the governing token in the sentence, -1 for the root; {@code rel}: the Universal
 * Dependencies relation to it, such as {@code nsubj} or {@code obl}); offsets point into the annotated text.
 */
public record Token(String word, String lemma, String pos, String ner, int start, int end, int head, String rel) {

    public boolean isVerb() {
        return pos.startsWith("VB") || pos.equals("MD");
    }

    public boolean isNoun() {
        return pos.startsWith("NN");
    }

    public boolean isProperNoun() {
        return pos.startsWith("NNP");
    }
}
