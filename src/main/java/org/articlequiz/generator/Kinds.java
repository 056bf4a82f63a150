package org.articlequiz.generator;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.articlequiz.generator.nlp.Lexicon;

/**
 * Whether a distractor is of exactly the key's kind, and same-kind distractors the article does not name. Two checks,
 * both refusing rather than guessing: a name's category word ("Lake Tana", "Nile River", "Kennedy Space Center":
 * an option must carry the key's category word and no other), and WordNet's kinds (a lake, an astronaut, a President
 * of the United States, a European country), where WordNet knows the key. Where it does, an option it does not know
 * as the same kind is refused (Newton's stepfather is no co-inventor of calculus), and the key's WordNet siblings are
 * offered, nearest first: the same region (lakes of Africa for Lake Tana), the same era (presidents near Kennedy).
 */
final class Kinds {
    /** Words that say what sort of place or body a name is: an option must say the same sort. */
    private static final Set<String> CATEGORY = Set.of("lake", "lakes", "river", "sea", "ocean", "mountain",
            "mountains", "mount", "island", "islands", "bay", "gulf", "desert", "valley", "canal", "strait", "peninsula",
            "cape", "falls", "glacier", "volcano", "university", "college", "school", "institute", "museum", "church",
            "cathedral", "abbey", "palace", "castle", "bridge", "tower", "park", "airport", "station", "stadium",
            "street", "square", "hospital", "prize", "award", "cup", "league", "party", "observatory", "center",
            "centre", "telescope", "temple", "dam", "county", "province", "state", "republic", "kingdom", "empire",
            "avenue", "road", "theatre", "theater", "hall", "opera", "festival", "trophy", "championship",
            "bank", "company", "corporation", "agency", "council", "court", "army", "navy");
    private static final int MAX_SIBLINGS = 12;

    private static Kinds shared;

    private final Lexicon lexicon;

    Kinds(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    static synchronized Kinds shared() {
        if (shared == null) {
            shared = new Kinds(Lexicon.shared());
        }
        return shared;
    }

    /** What a place of a tagger's or gazetteer's sort must be in WordNet, when WordNet knows the option. */
    private static final Map<String, Set<String>> PLACE_SORTS = Map.of(
            "CITY", Set.of("city", "town", "village", "municipality", "port", "urban center", "national capital"),
            "", Set.of("city", "town", "village", "municipality", "port", "urban center", "national capital"),
            "COUNTRY", Set.of("country", "state", "nation", "kingdom", "empire", "republic"));

    /**
     * Whether {@code candidate} may stand as an option beside {@code key}, an answer of {@code kind}; a place's
     * {@code sort} (CITY, COUNTRY, or empty for a town nobody knows) holds an option WordNet knows to that sort. A
     * person WordNet does not know is refused beside one it knows, unless the option is {@code curated} (the
     * gazetteer's people of the story's field: WordNet stops in 2011 and knows no minister of today).
     */
    boolean fits(AnswerKind kind, String sort, String key, String candidate, boolean curated) {
        Lexicon.Root root = root(kind);
        if (root == null) {
            return kind != AnswerKind.TERM || categories(key).equals(categories(candidate));
        }
        if (lexicon.synonyms(key, candidate)) {
            return false;
        }
        Optional<Lexicon.Entry> k = lexicon.lookup(key, root);
        Optional<Lexicon.Entry> c = lexicon.lookup(candidate, root);
        if (root != Lexicon.Root.PERSON && !sameHead(key, candidate) && !(k.isPresent() && c.isPresent())) {
            // Two names WordNet knows are judged by their senses: "Palm Beach" and "Miami" are both Florida towns.
            return false;
        }
        if (k.isPresent() && c.isPresent()) {
            // "New World" is "the Americas" under another name: one sense, two names, two right answers.
            return !k.get().id().equals(c.get().id()) && k.get().sameKind(c.get());
        }
        if (k.isPresent() && root == Lexicon.Root.PERSON && !curated) {
            return false;
        }
        if (lexicon.knownOnlyAsOther(candidate, root)) {
            return false;
        }
        Set<String> sortWords = root == Lexicon.Root.PLACE ? PLACE_SORTS.get(sort) : null;
        if (k.isEmpty() && c.isPresent() && sortWords != null && !lexicon.isA(c.get(), sortWords)) {
            // "Ulm" is unknown, "DC" is a federal district and "Sorbonne" a university: neither is a town.
            return false;
        }
        return categories(key).equals(categories(candidate));
    }

    /** Same-kind names WordNet knows and the article may not: form as the key is written, and nearness (higher first). */
    Map<String, Integer> siblings(AnswerKind kind, String key) {
        Lexicon.Root root = root(kind);
        Map<String, Integer> out = new LinkedHashMap<>();
        if (root == null) {
            return out;
        }
        Optional<Lexicon.Entry> k = lexicon.lookup(key, root);
        if (k.isEmpty()) {
            return out;
        }
        Set<String> keyCategories = categories(key);
        for (Lexicon.Sibling s : lexicon.siblings(k.get(), root)) {
            if (out.size() == MAX_SIBLINGS) {
                break;
            }
            String form = formLike(s.entry().forms(), key, keyCategories);
            boolean elsewhere = root == Lexicon.Root.PLACE && !k.get().regions().isEmpty()
                    && s.regionRank() >= k.get().regions().size();
            if (form == null || elsewhere) {
                // A place of the key's kind but in another part of the world ("Miami" beside "Paris") fools nobody.
                continue;
            }
            int nearness = s.sharedKinds() * 100 - s.regionRank() * 10 - Math.min(s.yearGap(), 500) / 10;
            out.putIfAbsent(form, nearness);
        }
        return out;
    }

    /**
     * "Lambeth Workhouse", "Glasgow Royal Infirmary": a name whose last word is a common noun says what sort of body
     * or place it is, and an option must end in the same noun ("Keystone Studios" is no workhouse, "Hitchin" no
     * infirmary).
     */
    private boolean sameHead(String key, String candidate) {
        String head = head(key);
        if (head.isEmpty() || !lexicon.isCommonNoun(head)) {
            return true;
        }
        String other = head(candidate);
        return other.equals(head) || (other + "s").equals(head) || (head + "s").equals(other);
    }

    private static String head(String name) {
        String n = name.strip().replaceFirst("(?i)^the ", "").split("(?i)\\s+(of|for|de|du|des)\\s+")[0];
        String[] w = n.split("\\s+");
        if (w.length < 2 || !w[w.length - 1].matches("\\p{Lu}\\p{Ll}+")) {
            return "";
        }
        return w[w.length - 1].toLowerCase(Locale.ROOT);
    }

    /** The sibling's form written like the key: as many words, the key's category word, capitalized. */
    static String formLike(List<String> forms, String key, Set<String> keyCategories) {
        int words = key.strip().replaceFirst("(?i)^the ", "").split("\\s+").length;
        return forms.stream()
                .filter(f -> Character.isUpperCase(f.charAt(0)) && !f.startsWith("President ") && !f.startsWith("Saint ")
                        && !f.matches("[A-Z]{2,}"))
                .filter(f -> categories(f).equals(keyCategories))
                .min(Comparator.comparingInt((String f) -> Math.abs(f.split("\\s+").length - words)))
                .orElse(null);
    }

    /**
     * Whether a person WordNet knows (with a birth year in its gloss) could have acted in {@code year}: born at least
     * 15 and at most 90 years before. Unknown people and facts without a year pass.
     */
    boolean livedAt(String person, int year) {
        if (year <= 0) {
            return true;
        }
        return lexicon.lookup(person, Lexicon.Root.PERSON).map(e -> e.year() <= 0
                || e.year() <= year - 15 && e.year() >= year - 90).orElse(true);
    }

    /** The first word of the text that names a place's people or language ("Scottish", "French"), if any. */
    java.util.Optional<String> demonymIn(String text) {
        for (String w : text.split("[^\\p{L}]+")) {
            if (w.length() > 2 && Character.isUpperCase(w.charAt(0)) && lexicon.isDemonym(w)) {
                return java.util.Optional.of(w);
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * Whether "Who is the language of …?" asks a person for a thing: the noun the copula links the key to (the
     * question's head noun, before "of", "that" or the end) can name no person.
     */
    boolean whoIsAThing(String stem) {
        java.util.regex.Matcher m = WHO_IS.matcher(stem);
        return m.find() && !lexicon.canBe(m.group(1), Lexicon.Root.PERSON);
    }

    private static final java.util.regex.Pattern WHO_IS = java.util.regex.Pattern.compile(
            "^(?:Who|Whom) (?:is|was|are|were) (?:the|a|an) (?:[\\p{Ll}-]+ )*?([\\p{Ll}]+)(?= of\\b| that\\b| which\\b|\\?| in\\b| for\\b)");

    /** Whether WordNet knows the key only as something of another kind ("Mont Blanc" tagged as a person). */
    boolean contradicts(AnswerKind kind, String key) {
        return switch (kind) {
            case PERSON, PLACE, ORGANIZATION -> lexicon.knownOnlyAsOther(key, root(kind));
            default -> false;
        };
    }

    static Set<String> categories(String name) {
        return Arrays.stream(name.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
                .filter(CATEGORY::contains).collect(Collectors.toSet());
    }

    private static Lexicon.Root root(AnswerKind kind) {
        return switch (kind) {
            case PERSON -> Lexicon.Root.PERSON;
            case PLACE -> Lexicon.Root.PLACE;
            case ORGANIZATION -> Lexicon.Root.ORGANIZATION;
            default -> null;
        };
    }
}
