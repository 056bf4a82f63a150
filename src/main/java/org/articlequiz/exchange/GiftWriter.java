package org.articlequiz.exchange;

import java.util.List;
import java.util.Locale;

/**
 * Moodle's GIFT text format: {@code ::title:: [plain]stem {=[plain]key ~[plain]wrong ####[plain]general feedback}}.
 * Every text is marked {@code [plain]} (issue 13): Moodle's default for GIFT is its auto-format, which would turn an
 * article's "<b>" into bold, a URL into a link and two spaces into something else; plain text shows as written.
 */
public final class GiftWriter {

    private GiftWriter() {
    }

    public static String write(List<ExportItem> items) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            ExportItem it = items.get(i);
            // A comment for the person reading the file before importing it; importers skip it.
            b.append("// ").append(it.article().isBlank() ? "" : it.article().replaceAll("[\\r\\n]", " ") + ", ")
                    .append("confidence ").append(it.confidence()).append('\n');
            b.append("::").append(escape(title(i, it))).append("::").append(plain(it.stem())).append(" {\n");
            for (int j = 0; j < it.options().size(); j++) {
                b.append(j == it.answer() ? "\t=" : "\t~").append(plain(it.options().get(j))).append('\n');
            }
            b.append("\t####").append(plain(it.explanation())).append("\n}\n\n");
        }
        return b.toString();
    }

    static String title(int index, ExportItem it) {
        return String.format("Q%02d %s", index + 1, it.kind().toLowerCase(Locale.ROOT));
    }

    /** A text marked as plain text, so that Moodle shows it as written. */
    static String plain(String s) {
        return PLAIN + escape(s);
    }

    static final String PLAIN = "[plain]";

    /** GIFT's special characters are escaped with a backslash. */
    static String escape(String s) {
        return s.replaceAll("[\\r\\n]+", " ").replaceAll("([~=#{}:\\\\])", "\\\\$1");
    }
}
