package org.articlequiz.article;

/**
 * One block of an article's cleaned text: {@code text().equals(article.text().substring(start, end))}.
 * Headings are kept for structure but never used as a source of facts.
 */
public record Paragraph(int index, String text, int start, int end, Kind kind) {

    /** What a block is, as far as the reader can tell from its form. */
    public enum Kind { HEADING, BODY, LIST_ITEM }

    public boolean isHeading() {
        return kind == Kind.HEADING;
    }
}
