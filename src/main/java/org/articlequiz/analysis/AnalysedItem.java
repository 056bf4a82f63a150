package org.articlequiz.analysis;

import java.util.List;

/**
 * One item as the analysis sees it: its options in display order and which one is the key. An item is worth one
 * mark (right or wrong), as every item of Article Quiz is.
 */
public record AnalysedItem(long itemId, List<Long> choiceIds, long keyChoiceId) {
    public AnalysedItem {
        choiceIds = List.copyOf(choiceIds);
        if (!choiceIds.contains(keyChoiceId)) {
            throw new IllegalArgumentException("key " + keyChoiceId + " is not a choice of item " + itemId);
        }
    }
}
