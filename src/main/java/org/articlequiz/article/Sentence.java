package org.articlequiz.article;

/**
 * One sentence of an article's cleaned text, located by character offsets into {@link Article#text()}
 * ({@code text().equals(article.text().substring(start, end))}).
 */
public record Sentence(String text, int start, int end, int paragraph) {
}
