package org.articlequiz.generator.nlp;

/** One token with its part of speech, lemma and named-entity tag; offsets point into the annotated text. */
public record Token(String word, String lemma, String pos, String ner, int start, int end) {

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
