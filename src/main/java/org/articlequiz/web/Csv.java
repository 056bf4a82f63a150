package org.articlequiz.web;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Comma-separated values as RFC 4180 writes them (CRLF line ends; a field with a comma, quote or line break in
 * quotes, quotes doubled), made safe to open in a spreadsheet: a cell that starts with {@code = + - @}, a tab or a
 * carriage return gets a leading apostrophe, so names and item text taken from students and articles are never
 * run as formulas (OWASP, "CSV Injection").
 */
final class Csv {
    static final String CRLF = "\r\n";

    private Csv() {
    }

    static String line(List<?> cells) {
        return cells.stream().map(Csv::cell).collect(Collectors.joining(",")) + CRLF;
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
