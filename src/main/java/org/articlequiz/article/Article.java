package org.articlequiz.article;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An article after reading and cleaning. {@link #text()} holds the body paragraphs separated by blank lines; every
 * offset the generator reports points into that text. The title is kept apart from the body.
 *
 * @param fileName the name the article was uploaded or stored under; identifies it in items and reports
 * @param title the headline, or the file name without its extension when the article has none
 * @param text the cleaned body text
 * @param paragraphs the body's blocks, in order, each locating itself in {@code text}
 * @param dateline the publication date line or place line if the article had one ("Sunday, November 24, 2024")
 * @param date the publication date parsed from the dateline, used to resolve "on Friday"
 */
public record Article(String fileName, String title, String text, List<Paragraph> paragraphs,
                      Optional<String> dateline, Optional<LocalDate> date) {

    public Article {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        paragraphs = List.copyOf(paragraphs);
        Objects.requireNonNull(dateline, "dateline");
        Objects.requireNonNull(date, "date");
    }

    /** Number of words in the body, counted as runs of letters or digits. */
    public int wordCount() {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean wordChar = Character.isLetterOrDigit(text.charAt(i));
            if (wordChar && !inWord) {
                count++;
            }
            inWord = wordChar;
        }
        return count;
    }
}
