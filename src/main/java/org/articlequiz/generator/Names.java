package org.articlequiz.generator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Names of entities across one generation run: which surface forms name the same thing ("Rutte", "Mark Rutte",
 * "NATO’s secretary general" excepted) and which places contain which. Two options that are {@link #related}
 * never stand side by side in an item.
 */
final class Names {
    /** Lower-case particles that belong to the surname after them; capitalised ("De Vries") they are part of it anyway. */
    private static final Set<String> SURNAME_PARTICLES = Set.of("de", "van", "von", "der", "den", "ter", "ten", "da", "di",
            "du", "del", "della", "dos", "das", "le", "la", "bin", "al");

    private final Gazetteer gazetteer;
    /** Per kind: canonical key to the longest surface form seen. */
    private final Map<String, String> display = new HashMap<>();
    /** Per kind: multi-word names seen in the run, by their last word, for "Rutte" → "Mark Rutte". */
    private final Map<String, Set<String>> byLastWord = new HashMap<>();

    Names(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** A comparison key: lower case, without a leading "the", a possessive, dots or hyphens. */
    static String key(String surface) {
        String k = surface.toLowerCase(Locale.ROOT).strip()
                .replaceAll("[’']s$", "")
                .replace(".", "")
                .replaceAll("[\\-‐–—]", " ")
                .replaceAll("[^\\p{L}\\p{N}%$€£ ]", " ")
                .replaceAll("\\s+", " ").strip();
        return k.startsWith("the ") ? k.substring(4) : k;
    }

    /** Records a surface form seen in the articles. */
    void see(AnswerKind kind, String surface) {
        String k = key(surface);
        if (k.isEmpty()) {
            return;
        }
        String[] words = k.split(" ");
        if (words.length > 1 && (kind == AnswerKind.PERSON)) {
            byLastWord.computeIfAbsent(kind + ":" + words[words.length - 1], x -> new HashSet<>()).add(k);
        }
        String c = canonical(kind, surface);
        display.merge(kind + ":" + c, surface.strip(), (a, b) -> b.length() > a.length() ? b : a);
    }

    private final Map<String, String> canonicalCache = new java.util.concurrent.ConcurrentHashMap<>();

    /** The canonical key of a name: the gazetteer's name if it knows an alias, else the unique full name. */
    String canonical(AnswerKind kind, String surface) {
        String cacheKey = kind + ":" + surface;
        String cached = canonicalCache.get(cacheKey);
        if (cached != null) {
            return cached;
        }
        String c = findCanonical(kind, surface);
        if (learnt) {
            canonicalCache.put(cacheKey, c);
        }
        return c;
    }

    /** Set once every name of the run is seen; canonical names are then final and may be cached. */
    private volatile boolean learnt;

    void doneLearning() {
        learnt = true;
    }

    private String findCanonical(AnswerKind kind, String surface) {
        Optional<Gazetteer.Entry> e = gazetteer.lookup(kind, surface);
        if (e.isPresent()) {
            return key(e.get().name());
        }
        String k = key(surface);
        if (kind == AnswerKind.PLACE && k.contains(" ")) {
            // "Palm Beach, Florida" is Palm Beach.
            String head = key(surface.split(",")[0]);
            if (!head.equals(k) && gazetteer.lookup(kind, head).isPresent()) {
                return key(gazetteer.lookup(kind, head).get().name());
            }
            return head;
        }
        if (kind == AnswerKind.PERSON && !k.contains(" ")) {
            Set<String> full = byLastWord.getOrDefault(kind + ":" + k, Set.of());
            if (full.size() == 1) {
                return full.iterator().next();
            }
        }
        return k;
    }

    /**
     * True when the name is known as something else too: the tagger called "White House" an organization in one
     * sentence and a place in another, or "Trump" an organization in a tag line. Such names make poor distractors.
     */
    boolean otherKind(AnswerKind kind, String surface) {
        if (kind != AnswerKind.ORGANIZATION && kind != AnswerKind.PLACE) {
            return false;
        }
        for (AnswerKind other : new AnswerKind[] {AnswerKind.PERSON, AnswerKind.PLACE, AnswerKind.ORGANIZATION}) {
            if (other == kind) {
                continue;
            }
            if (gazetteer.lookup(other, surface).isPresent() && gazetteer.lookup(kind, surface).isEmpty()) {
                return true;
            }
            String k = key(surface);
            if (display.containsKey(other + ":" + k) || other == AnswerKind.PERSON
                    && byLastWord.containsKey(other + ":" + k)) {
                return true;
            }
        }
        return false;
    }

    /** True when a person's name is a full name, stands for one seen in the run, or is in the gazetteer. */
    boolean isFullName(String surface) {
        String k = key(surface);
        return k.contains(" ") || gazetteer.lookup(AnswerKind.PERSON, surface).isPresent()
                || byLastWord.containsKey(AnswerKind.PERSON + ":" + k);
    }

    /** The fullest form of a name seen in the run. */
    String display(AnswerKind kind, String surface) {
        return display.getOrDefault(kind + ":" + canonical(kind, surface), surface);
    }

    /**
     * True when two names could both be right in the same item: the same entity, one place within the other, or one
     * name's words contained in the other's ("Rutte" / "Mark Rutte", "Palm Beach" / "Palm Beach, Florida").
     */
    boolean related(AnswerKind kind, String a, String b) {
        String ca = canonical(kind, a);
        String cb = canonical(kind, b);
        if (ca.equals(cb) || key(a).equals(key(b))) {
            return true;
        }
        if (kind == AnswerKind.PERSON && a.matches(".*\\b(Sr|Jr)\\.?$") && b.matches(".*\\b(Sr|Jr)\\.?$")) {
            // "Charles Sr." and "Chaplin Sr." are one father, named twice.
            return true;
        }
        if (acronymOf(a, b) || acronymOf(b, a)) {
            // "BA" and "British Airways", "NOC" and "the National Olympic Committee": two right answers.
            return true;
        }
        if (kind == AnswerKind.PLACE || kind == AnswerKind.ORGANIZATION) {
            if (containers(a).contains(cb) || containers(b).contains(ca)) {
                return true;
            }
        }
        if (kind == AnswerKind.NUMBER || kind == AnswerKind.PERCENT || kind == AnswerKind.MONEY
                || kind == AnswerKind.DATE) {
            return false;
        }
        Set<String> wa = new HashSet<>(Arrays.asList(key(a).split(" ")));
        Set<String> wb = new HashSet<>(Arrays.asList(key(b).split(" ")));
        if (kind == AnswerKind.TITLE) {
            return false;
        }
        return wa.containsAll(wb) || wb.containsAll(wa);
    }

    /** True when {@code shortForm} is written as the initials of {@code longForm}'s capitalised words. */
    static boolean acronymOf(String shortForm, String longForm) {
        String s = shortForm.replace(".", "").strip();
        if (s.length() < 2 || s.length() > 6 || !s.equals(s.toUpperCase(Locale.ROOT)) || s.contains(" ")) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        StringBuilder allInitials = new StringBuilder();
        for (String w : longForm.replaceFirst("(?i)^the ", "").split("[\\s\\-]+")) {
            if (w.isEmpty()) {
                continue;
            }
            allInitials.append(Character.toUpperCase(w.charAt(0)));
            if (Character.isUpperCase(w.charAt(0))) {
                initials.append(w.charAt(0));
            }
        }
        return initials.length() >= 2 && (s.contentEquals(initials) || s.contentEquals(allInitials));
    }

    private Set<String> containers(String place) {
        Set<String> out = new HashSet<>(gazetteer.containers(place));
        String[] parts = place.split(",");
        for (int i = 1; i < parts.length; i++) {
            String k = key(parts[i]);
            if (!k.isEmpty()) {
                out.add(canonical(AnswerKind.PLACE, parts[i]));
                out.addAll(gazetteer.containers(parts[i]));
            }
        }
        if (parts.length > 1) {
            out.addAll(gazetteer.containers(parts[0]));
        }
        return out;
    }

    /**
     * The surname of a person's name, as articles use it on second mention: the last word with the particles before
     * it ("Femke de Vries" → "de Vries", "Ursula von der Leyen" → "von der Leyen"); the whole name when it ends in a
     * regnal number or suffix ("Oscar II", "Martin Luther King Jr.").
     */
    static String surname(String name) {
        List<String> words = new ArrayList<>(Arrays.asList(name.strip().split("\\s+")));
        String last = words.get(words.size() - 1);
        if (last.matches("[IVX]+|Jr\\.?|Sr\\.?") || name.contains(" the ")) {
            return name.strip();
        }
        int from = words.size() - 1;
        while (from > 1 && SURNAME_PARTICLES.contains(words.get(from - 1))) {
            from--;
        }
        return String.join(" ", words.subList(from, words.size()));
    }

    /** "Zürich" and "Zurich", "Delta Airline" and "Delta Airlines": one name twice, or a misspelling of it. */
    static boolean nearlyTheSame(String a, String b) {
        String x = folded(a);
        String y = folded(b);
        if (x.equals(y)) {
            return true;
        }
        return Math.min(x.length(), y.length()) >= 5 && editDistanceAtMostOne(x, y);
    }

    private static String folded(String s) {
        String n = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return n.toLowerCase(Locale.ROOT).replaceFirst("^the ", "").replaceAll("[^a-z0-9]", "").replaceAll("s$", "");
    }

    private static boolean editDistanceAtMostOne(String x, String y) {
        if (Math.abs(x.length() - y.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < Math.min(x.length(), y.length()) && x.charAt(i) == y.charAt(i)) {
            i++;
        }
        return x.substring(i + (x.length() >= y.length() ? 1 : 0)).equals(y.substring(i + (y.length() >= x.length() ? 1 : 0)));
    }
}
