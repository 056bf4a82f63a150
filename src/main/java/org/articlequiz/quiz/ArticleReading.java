package org.articlequiz.quiz;

import org.articlequiz.DomainException;
import org.articlequiz.article.Article;
import org.articlequiz.article.ArticleReader;
import org.articlequiz.article.UnreadableArticle;

/**
 * Reads an article for the service, never inside a database transaction (issue 11, High 5: reading a large article
 * must not hold a connection and row locks), and says why one is refused: over the size limit (413, the limit named),
 * not text (400 {@code not-text}), or text with nothing to read in it (422).
 */
final class ArticleReading {
    private ArticleReading() {
    }

    static Article read(String fileName, String body) {
        try {
            Article article = new ArticleReader().read(fileName, body);
            if (article.paragraphs().isEmpty()) {
                throw new UnreadableArticle(UnreadableArticle.Reason.NOTHING_READABLE,
                        "No paragraph of text was found in " + fileName + " (only a title, page chrome or markup).");
            }
            return article;
        } catch (UnreadableArticle e) {
            throw refused(e);
        }
    }

    static DomainException refused(UnreadableArticle e) {
        return switch (e.reason()) {
            case TOO_LARGE -> new DomainException(DomainException.Kind.TOO_LARGE, "article-too-large", e.getMessage());
            case NOT_TEXT -> DomainException.invalid("not-text", e.getMessage());
            case NOTHING_READABLE -> new DomainException(DomainException.Kind.UNPROCESSABLE, "article-unreadable", e.getMessage());
        };
    }
}
