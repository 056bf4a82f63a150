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

    /**
     * The title to show for an article stored without one (issue 13: the seeds showed as "001_67735539dbb95b11"):
     * the reader's title when it found one, else the opening words of its first paragraph. For display and lists
     * only: the generator reads the stored text again and takes its own title from the reader, unchanged.
     */
    static String displayTitle(Article article) {
        String fallback = article.fileName().replaceFirst("\\.[^.]+$", "");
        if (!article.title().equals(fallback) || article.paragraphs().isEmpty()) {
            return article.title();
        }
        String first = article.paragraphs().get(0).text().strip();
        int stop = first.indexOf(". ");
        String sentence = stop > 0 ? first.substring(0, stop) : first.replaceFirst("[.!?]$", "");
        String[] words = sentence.split("\\s+");
        if (words.length <= OPENING_WORDS) {
            return sentence;
        }
        return String.join(" ", java.util.Arrays.copyOf(words, OPENING_WORDS)).replaceFirst("[,;:]$", "") + "…";
    }

    private static final int OPENING_WORDS = 10;

    static DomainException refused(UnreadableArticle e) {
        return switch (e.reason()) {
            case TOO_LARGE -> new DomainException(DomainException.Kind.TOO_LARGE, "article-too-large", e.getMessage());
            case NOT_TEXT -> DomainException.invalid("not-text", e.getMessage());
            case NOTHING_READABLE -> new DomainException(DomainException.Kind.UNPROCESSABLE, "article-unreadable", e.getMessage());
        };
    }
}
