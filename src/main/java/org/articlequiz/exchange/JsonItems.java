package org.articlequiz.exchange;

import java.util.List;
import java.util.Locale;
import org.articlequiz.generator.ItemDraft;

/**
 * The command line's JSON: {@code {"items":[{"article","stem","options","answer","kind",
 * "source":{"sentence","start","end"},"explanation","confidence","sources"}]}} (issue 3, item 6). Written by hand:
 * the runtime has no JSON library outside the server.
 */
public final class JsonItems {

    private JsonItems() {
    }

    public static String write(List<ItemDraft> items) {
        StringBuilder b = new StringBuilder("{\"items\":[");
        for (int i = 0; i < items.size(); i++) {
            ItemDraft it = items.get(i);
            b.append(i == 0 ? "\n  " : ",\n  ").append('{');
            b.append("\"article\":").append(quote(it.article()));
            b.append(",\"stem\":").append(quote(it.stem()));
            b.append(",\"options\":[");
            for (int j = 0; j < it.options().size(); j++) {
                b.append(j == 0 ? "" : ",").append(quote(it.options().get(j)));
            }
            b.append("],\"answer\":").append(it.answer());
            b.append(",\"kind\":").append(quote(it.kind().name()));
            b.append(",\"source\":{\"sentence\":").append(quote(it.sourceSentence()))
                    .append(",\"start\":").append(it.start()).append(",\"end\":").append(it.end()).append('}');
            b.append(",\"explanation\":").append(quote(it.explanation()));
            b.append(",\"confidence\":").append(String.format(Locale.ROOT, "%.2f", it.confidence()));
            b.append(",\"sources\":[");
            for (int j = 0; j < it.sources().size(); j++) {
                b.append(j == 0 ? "" : ",").append(quote(it.sources().get(j)));
            }
            b.append("]}");
        }
        b.append(items.isEmpty() ? "]}\n" : "\n]}\n");
        return b.toString();
    }

    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
