package org.articlequiz.generator.nlp;

import java.util.List;

/** A sentence as the pipeline split and tagged it; offsets point into the annotated text. */
public record AnnotatedSentence(int index, String text, int start, int end, List<Token> tokens,
                                List<Mention> mentions) {

    public AnnotatedSentence {
        tokens = List.copyOf(tokens);
        mentions = List.copyOf(mentions);
    }
}
