package org.articlequiz.generator;

import java.util.List;

/** The items of a run, best first within each article, and a report per article. */
public record GenerationResult(List<ItemDraft> items, List<ArticleReport> report) {

    public GenerationResult {
        items = List.copyOf(items);
        report = List.copyOf(report);
    }
}
