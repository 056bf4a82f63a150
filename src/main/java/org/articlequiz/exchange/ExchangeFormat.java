package org.articlequiz.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The formats a quiz can be exported to, each with its writer, media type and file extension: the one mapping from a
 * format's name to its writer, used by the command line ({@code --format}) and the instructor's export.
 */
public enum ExchangeFormat {
    /** A zipped QTI 3.0 content package (Canvas New Quizzes, and other QTI 3.0 importers). */
    QTI("qti", "application/zip", "qti.zip"),
    /** A zipped QTI 1.2 package in the layout of Canvas's own QTI export (Canvas classic quizzes import QTI 1.2). */
    QTI12("qti12", "application/zip", "qti12.zip", "qti-1.2", "canvas"),
    /** Moodle XML: Moodle's question bank import keeps feedback and names. */
    MOODLE_XML("moodle-xml", "application/xml; charset=utf-8", "moodle.xml", "moodle"),
    /** GIFT: Moodle's plain-text format, easy to read and edit before importing. */
    GIFT("gift", "text/plain; charset=utf-8", "gift.txt");

    private final String name;
    private final String mediaType;
    private final String extension;
    private final List<String> aliases;

    ExchangeFormat(String name, String mediaType, String extension, String... aliases) {
        this.name = name;
        this.mediaType = mediaType;
        this.extension = extension;
        this.aliases = List.of(aliases);
    }

    /** The name in {@code --format} and {@code ?format=}. */
    public String formatName() {
        return name;
    }

    public String mediaType() {
        return mediaType;
    }

    /** Without the dot: {@code qti.zip}, so the file says what is inside as well as how to open it. */
    public String extension() {
        return extension;
    }

    /** The format of a name (ignoring case), or empty for a name that is none of them. */
    public static Optional<ExchangeFormat> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.name.equals(n) || f.aliases.contains(n)).findFirst();
    }

    /** "qti, moodle-xml, gift": for messages that list the choices. */
    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(ExchangeFormat::formatName).toList());
    }

    /** Writes the items (the title names the QTI test; the text formats have no title). Text is UTF-8. */
    public void write(List<ExportItem> items, String title, OutputStream out) throws IOException {
        switch (this) {
            case QTI -> QtiWriter.writePackage(items, title, out);
            case QTI12 -> Qti12Writer.writePackage(items, title, out);
            case MOODLE_XML -> out.write(MoodleXmlWriter.write(items).getBytes(StandardCharsets.UTF_8));
            case GIFT -> out.write(GiftWriter.write(items).getBytes(StandardCharsets.UTF_8));
        }
        out.flush();
    }
}
