package org.articlequiz.quiz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.articlequiz.exchange.ExchangeFormat;
import org.articlequiz.exchange.ExportItem;

/**
 * A quiz written out for another platform's question bank: its approved items only (what students see; drafts and
 * rejected items stay here), in the instructor's order, with the key and the explanation as general feedback.
 *
 * @param fileName a safe ASCII file name made from the quiz's title, e.g. {@code the-canal-quiz.moodle.xml}, or
 *                 {@code quiz-<id>.…} for a title with no letter or digit in ASCII
 */
public record QuizExport(ExchangeFormat format, String fileName, byte[] content, int items) {

    static QuizExport of(Quiz quiz, ExchangeFormat format) {
        List<ExportItem> items = quiz.deliverableItems().stream().map(QuizExport::item).toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            format.write(items, quiz.title(), out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        String name = fileName(quiz.title());
        return new QuizExport(format, (name.isEmpty() ? "quiz-" + quiz.id() : name) + "." + format.extension(),
                out.toByteArray(), items.size());
    }

    /** The one place a stored item becomes what the exchange writers take. */
    static ExportItem item(Item item) {
        ItemContent c = item.content();
        return new ExportItem(c.source() == null ? null : c.source().article(), c.kind(), c.stem(), c.options(), c.answer(),
                c.explanation(), c.confidence());
    }

    /**
     * The title as a file name any system and any {@code Content-Disposition} parser takes: accents dropped, anything
     * but ASCII letters and digits a single dash, at most 60 characters; empty when nothing is left.
     */
    public static String fileName(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+$", "");
        }
        return slug;
    }
}
