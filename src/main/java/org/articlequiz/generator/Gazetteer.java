package org.articlequiz.generator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The curated list of people, organizations, places and titles shipped with the generator ({@code gazetteer.tsv}):
 * distractor candidates when the articles themselves offer too few, aliases ("Rutte" is "Mark Rutte", "U.S." is
 * "United States") and which place lies within which ("the White House" within "Washington, D.C.").
 */
final class Gazetteer {

    /** One line of the gazetteer. */
    record Entry(AnswerKind kind, String name, List<String> aliases, String subtype, String domain, String within) {

        /** The form to use after a "the" that the sentence already has, or in running text ("the Kremlin"). */
        String withArticle() {
            return aliases.stream().filter(a -> a.startsWith("the ")).findFirst().orElse(name);
        }
    }

    private static final Gazetteer SHARED = load();

    private final List<Entry> entries;
    private final Map<AnswerKind, List<Entry>> byKind = new java.util.EnumMap<>(AnswerKind.class);
    private final Map<String, Entry> byKey = new HashMap<>();

    private Gazetteer(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        for (AnswerKind k : AnswerKind.values()) {
            byKind.put(k, entries.stream().filter(e -> e.kind() == k).toList());
        }
        for (Entry e : entries) {
            byKey.putIfAbsent(kindKey(e.kind(), Names.key(e.name())), e);
            for (String alias : e.aliases()) {
                byKey.putIfAbsent(kindKey(e.kind(), Names.key(alias)), e);
            }
        }
    }

    static Gazetteer shared() {
        return SHARED;
    }

    List<Entry> entries(AnswerKind kind) {
        return byKind.get(kind);
    }

    Optional<Entry> lookup(AnswerKind kind, String surface) {
        return Optional.ofNullable(byKey.get(kindKey(kind, Names.key(surface))));
    }

    /** Every place that contains the named one, nearest first ("White House" → Washington, D.C., United States). */
    Set<String> containers(String placeSurface) {
        Set<String> out = new LinkedHashSet<>();
        Optional<Entry> e = lookup(AnswerKind.PLACE, placeSurface);
        while (e.isPresent() && !e.get().within().isEmpty() && out.add(Names.key(e.get().within()))) {
            e = lookup(AnswerKind.PLACE, e.get().within());
        }
        return out;
    }

    private static String kindKey(AnswerKind kind, String key) {
        return kind + ":" + key;
    }

    private static Gazetteer load() {
        List<Entry> entries = new ArrayList<>();
        try (InputStream in = Gazetteer.class.getResourceAsStream("gazetteer.tsv")) {
            if (in == null) {
                throw new IllegalStateException("gazetteer.tsv missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                List<String> aliases = f.length > 2 && !f[2].isBlank() ? List.of(f[2].split("\\|")) : List.of();
                entries.add(new Entry(AnswerKind.valueOf(f[0]), f[1], aliases, f.length > 3 ? f[3] : "",
                        f.length > 4 ? f[4] : "any", f.length > 5 ? f[5] : ""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Gazetteer(entries);
    }
}
