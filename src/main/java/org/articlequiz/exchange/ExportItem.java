package org.articlequiz.exchange;

import java.util.List;
import org.articlequiz.generator.ItemDraft;

/**
 * An item as the writers write it. Both the generator's drafts ({@link #of(ItemDraft)}, the command line) and a
 * stored quiz's items (the instructor's export) become one of these, so the writers do not depend on either.
 *
 * @param article the article the key is cited from, for a comment; empty when unknown
 * @param kind what the key is (a person, a number, …), for the item's title; free text
 * @param confidence 0..1, for a comment
 */
public record ExportItem(String article, String kind, String stem, List<String> options, int answer, String explanation,
                         double confidence) {

    public ExportItem {
        article = article == null ? "" : article;
        kind = kind == null || kind.isBlank() ? "item" : kind;
        options = List.copyOf(options);
        explanation = explanation == null ? "" : explanation;
        if (answer < 0 || answer >= options.size()) {
            throw new IllegalArgumentException("answer index " + answer + " outside " + options);
        }
    }

    /** The generator's draft, as the command line writes it. */
    public static ExportItem of(ItemDraft draft) {
        return new ExportItem(draft.article(), draft.kind().name(), draft.stem(), draft.options(), draft.answer(),
                draft.explanation(), draft.confidence());
    }

    public static List<ExportItem> of(List<ItemDraft> drafts) {
        return drafts.stream().map(ExportItem::of).toList();
    }
}
