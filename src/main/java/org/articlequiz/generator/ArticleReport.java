package org.articlequiz.generator;

import java.util.List;

/**
 * What the generator did with one article, for the quality report.
 *
 * @param article file name
 * @param words words in the cleaned text
 * @param sentences sentences found
 * @param hedgedSentences sentences that state nothing for sure (hedges, questions), which yield no facts
 * @param speculative true when the whole article reads as speculation or chat and yields no facts
 * @param factsFound facts extracted
 * @param itemsKept items kept
 * @param dropped items and facts dropped, each with its reason
 * @param quantities unhedged quantities (counts, percentages, amounts) the article states
 */
public record ArticleReport(String article, int words, int sentences, int hedgedSentences, boolean speculative,
                            int factsFound, int itemsKept, List<Dropped> dropped, int quantities) {

    public ArticleReport {
        dropped = List.copyOf(dropped);
    }

    /** One candidate that did not make it, and why. */
    public record Dropped(String what, String reason) {
    }
}
