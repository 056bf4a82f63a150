package org.articlequiz.generator.nlp;

import java.util.List;

/** The pipeline's output for one text: its sentences in order. */
public record AnnotatedText(List<AnnotatedSentence> sentences, int tokenCount) {

    public AnnotatedText {
        sentences = List.copyOf(sentences);
    }
}
