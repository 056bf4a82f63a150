package org.articlequiz.article;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs text that went through a wrong character decoding on its way to us.
 * <ul>
 *   <li>UTF-8 read as Windows-1252 ("itâ€™s"): each such run is encoded back to bytes and decoded as UTF-8.</li>
 *   <li>A punctuation mark that became one stray letter, as in {@code seeds/000_…}, where both the em dash and
 *       the apostrophe became a Greek beta ("right now β conflicts", "Itβs"): a lone Greek letter or U+FFFD in
 *       otherwise non-Greek text is an apostrophe between letters and an em dash between spaces.</li>
 * </ul>
 */
final class Mojibake {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** A lead byte of a two- to four-byte UTF-8 sequence followed by continuation bytes, as Windows-1252 shows them. */
    private static final Pattern DOUBLE_DECODED =
            Pattern.compile("[\\u00C2-\\u00F4][\\u0080-\\u00BF\\u0152\\u0153\\u0160\\u0161\\u0178\\u017D\\u017E\\u0192"
                    + "\\u02C6\\u02DC\\u2013\\u2014\\u2018-\\u201E\\u2020-\\u2022\\u2026\\u2030\\u2039\\u203A\\u20AC\\u2122]{1,3}");
    private static final Pattern STRAY_BETWEEN_LETTERS = Pattern.compile("(?<=\\p{IsLatin})[\\u03B2\\uFFFD](?=\\p{IsLatin})");
    private static final Pattern STRAY_BETWEEN_SPACES = Pattern.compile("(?<=\\s)[\\u03B2\\uFFFD](?=\\s)");

    private Mojibake() {
    }

    static String repair(String text) {
        String repaired = repairDoubleDecoding(text);
        if (isMostlyLatin(repaired)) {
            repaired = STRAY_BETWEEN_LETTERS.matcher(repaired).replaceAll("\u2019");
            repaired = STRAY_BETWEEN_SPACES.matcher(repaired).replaceAll("\u2014");
        }
        return repaired;
    }

    private static String repairDoubleDecoding(String text) {
        Matcher m = DOUBLE_DECODED.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(redecode(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String redecode(String run) {
        try {
            // C1 controls (U+0080–U+009F) stand for the five bytes Windows-1252 leaves undefined, such as 0x9D in "”".
            java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
            for (int i = 0; i < run.length(); i++) {
                char c = run.charAt(i);
                if (c >= 0x80 && c <= 0x9F) {
                    buffer.write(c);
                } else {
                    byte[] b = String.valueOf(c).getBytes(WINDOWS_1252);
                    buffer.write(b, 0, b.length);
                }
            }
            byte[] bytes = buffer.toByteArray();
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return run;
        }
    }

    /** True when Greek letters are rare, so a lone one is a damaged punctuation mark rather than Greek text. */
    private static boolean isMostlyLatin(String text) {
        int latin = 0;
        int greek = 0;
        for (int i = 0; i < text.length(); i++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(text.charAt(i));
            if (script == Character.UnicodeScript.LATIN) {
                latin++;
            } else if (script == Character.UnicodeScript.GREEK) {
                greek++;
            }
        }
        return greek * 50 < latin;
    }
}
