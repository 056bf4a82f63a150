package org.articlequiz.generator;

import java.util.List;

/**
 * A multiple-choice item as the generator proposes it, for an instructor to review.
 *
 * @param article file name of the article the key is cited from
 * @param stem the question
 * @param options the options, key included
 * @param answer index of the key in {@code options}
 * @param kind what the key is
 * @param sourceSentence the sentence that states the key
 * @param start start of that sentence in the article's cleaned text
 * @param end end of that sentence in the article's cleaned text
 * @param explanation feedback quoting the source sentence
 * @param confidence 0..1, how sure the generator is that the item is correct and useful
 * @param reasons why the item was kept and ranked as it was
 * @param sources file names of the articles that state the same key for the same question
 * @param singleSource true when only one article states it
 * @param form the question's form
 */
public record ItemDraft(String article, String stem, List<String> options, int answer, AnswerKind kind,
                        String sourceSentence, int start, int end, String explanation, double confidence,
                        List<String> reasons, List<String> sources, boolean singleSource, Form form) {

    public ItemDraft {
        options = List.copyOf(options);
        reasons = List.copyOf(reasons);
        sources = List.copyOf(sources);
        if (answer < 0 || answer >= options.size()) {
            throw new IllegalArgumentException("answer index " + answer + " outside " + options);
        }
    }

    /** A draft of the default form, for callers that build items by hand (imports, tests). */
    public ItemDraft(String article, String stem, List<String> options, int answer, AnswerKind kind,
                     String sourceSentence, int start, int end, String explanation, double confidence,
                     List<String> reasons, List<String> sources, boolean singleSource) {
        this(article, stem, options, answer, kind, sourceSentence, start, end, explanation, confidence, reasons,
                sources, singleSource, stem.startsWith("Complete the statement") ? Form.COMPLETION : Form.WHO_WHAT);
    }

    public String key() {
        return options.get(answer);
    }
}
