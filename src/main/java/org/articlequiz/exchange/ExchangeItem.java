package org.articlequiz.exchange;

import java.util.List;

/** An item as read back from an exchange format: what an importing platform would see. */
public record ExchangeItem(String stem, List<String> options, int answer, String feedback) {

    public ExchangeItem {
        options = List.copyOf(options);
    }
}
