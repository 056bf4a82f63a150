package org.articlequiz.generator.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * What WordNet 3.1 knows of a proper name: which kinds of thing it is an instance of (Leibniz: a mathematician and a
 * philosopher; Lake Tana: a lake, part of Ethiopia), and which other instances share those kinds (Descartes, Pascal;
 * Lake Victoria, Lake Albert). The generator uses it to check that a distractor is of the key's kind and to find
 * same-kind distractors an article does not name, ranked by how near they are to the key (the same region, the same
 * era). Names WordNet does not know are simply unknown: nothing is guessed.
 */
public final class Lexicon {
    /** The broad class a name is expected to be: a sense of another class is another word ("DC", direct current). */
    public enum Root { PERSON, PLACE, ORGANIZATION }

    /**
     * One sense of a name. {@code kinds} are the ids of the synsets it is an instance of, {@code regions} the ids of
     * what it is part of (transitively, nearest first), {@code year} a person's birth year from the gloss (0 if none).
     */
    public record Entry(String id, List<String> forms, Set<String> kinds, List<String> regions, int year) {
        /** Whether two entries are instances of one kind of thing. */
        public boolean sameKind(Entry other) {
            return other.kinds.stream().anyMatch(kinds::contains);
        }
    }

    /** Another instance of an entry's kinds: how many kinds it shares, the first shared region's rank, its year. */
    public record Sibling(Entry entry, int sharedKinds, int regionRank, int yearGap) {
    }

    private static final Pattern LIFE = Pattern.compile("\\((?:born |c\\. ?)?(\\d{3,4})(?:-|\\)|$)");
    private static final Map<Root, Set<String>> ROOT_WORDS = Map.of(
            Root.PERSON, Set.of("person"),
            Root.PLACE, Set.of("location", "region", "body of water", "geological formation", "land", "structure", "facility"),
            Root.ORGANIZATION, Set.of("organization", "social group", "enterprise", "institution"));

    private final Dictionary dictionary;
    private final Map<String, Optional<Entry>> cache = new HashMap<>();

    private Lexicon(Dictionary dictionary) {
        this.dictionary = dictionary;
    }

    private static final class Holder {
        static final Lexicon SHARED = load();
    }

    /** The one lexicon of the process, loaded on first use (about a second). */
    public static Lexicon shared() {
        return Holder.SHARED;
    }

    private static Lexicon load() {
        try {
            return new Lexicon(Dictionary.getDefaultResourceInstance());
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet could not be loaded from the class path", e);
        }
    }

    /**
     * The sense of {@code name} that is an instance of something of the given root (a person, a place, an
     * organization), if WordNet knows one. A full name WordNet lists under the surname ("Alan Shepard") is found
     * through the surname, but only when the full name is one of the sense's forms.
     */
    public synchronized Optional<Entry> lookup(String name, Root root) {
        String clean = name.strip().replaceFirst("(?i)^the ", "");
        return cache.computeIfAbsent(root + "\u0000" + clean, k -> find(clean, root));
    }

    /**
     * Whether WordNet knows the word only as something else than a name of this root: a common noun ("Isles"), an
     * adjective ("Ligurian"), or a name of another kind ("DC" as direct current is no organization).
     */
    public synchronized boolean knownOnlyAsOther(String name, Root root) {
        String clean = name.strip().replaceFirst("(?i)^the ", "");
        if (clean.isEmpty() || lookup(clean, root).isPresent()) {
            return false;
        }
        try {
            IndexWord w = dictionary.getIndexWord(POS.NOUN, clean);
            if (w != null && w.getLemma().equalsIgnoreCase(clean)) {
                return w.getSenses().stream().noneMatch(s -> isA(s, root));
            }
            if (clean.contains(" ")) {
                return false;
            }
            IndexWord base = dictionary.lookupIndexWord(POS.NOUN, clean);
            if (base != null && !base.getLemma().equalsIgnoreCase(clean) && !base.getLemma().contains(" ")
                    && Character.isLowerCase(base.getSenses().get(0).getWords().get(0).getLemma().charAt(0))) {
                // A plural of a common noun ("Isles"): no name.
                return true;
            }
            IndexWord adjective = dictionary.getIndexWord(POS.ADJECTIVE, clean);
            return w == null && adjective != null;
        } catch (JWNLException e) {
            return false;
        }
    }

    /** Whether two names are one sense under two names ("the Americas" and "New World"). */
    public synchronized boolean synonyms(String a, String b) {
        try {
            IndexWord x = dictionary.getIndexWord(POS.NOUN, a.strip().replaceFirst("(?i)^the ", ""));
            IndexWord y = dictionary.getIndexWord(POS.NOUN, b.strip().replaceFirst("(?i)^the ", ""));
            if (x == null || y == null || x.getLemma().equals(y.getLemma())) {
                return false;
            }
            Set<Long> senses = new java.util.HashSet<>();
            x.getSenses().forEach(s -> senses.add(s.getOffset()));
            return y.getSenses().stream().anyMatch(s -> senses.contains(s.getOffset()));
        } catch (JWNLException e) {
            return false;
        }
    }

    /** Other instances of the entry's kinds, nearest first (most shared kinds, nearest shared region, nearest era). */
    public synchronized List<Sibling> siblings(Entry entry, Root root) {
        Map<String, Integer> shared = new HashMap<>();
        Map<String, Synset> synsets = new HashMap<>();
        try {
            for (String kind : entry.kinds()) {
                Synset k = dictionary.getSynsetAt(POS.NOUN, Long.parseLong(kind));
                for (Pointer p : k.getPointers(PointerType.INSTANCES_HYPONYM)) {
                    Synset s = p.getTargetSynset();
                    String id = Long.toString(s.getOffset());
                    if (!id.equals(entry.id())) {
                        shared.merge(id, 1, Integer::sum);
                        synsets.put(id, s);
                    }
                }
            }
            List<Sibling> out = new ArrayList<>();
            for (var e : shared.entrySet()) {
                Entry other = entry(synsets.get(e.getKey()));
                int rank = regionRank(entry, other);
                int gap = entry.year() > 0 && other.year() > 0 ? Math.abs(entry.year() - other.year()) : 500;
                out.add(new Sibling(other, e.getValue(), rank, gap));
            }
            out.sort(Comparator.comparingInt((Sibling s) -> -s.sharedKinds()).thenComparingInt(Sibling::regionRank)
                    .thenComparingInt(Sibling::yearGap).thenComparing(s -> s.entry().id()));
            return out;
        } catch (JWNLException e) {
            return List.of();
        }
    }

    /** The rank in the key's region chain of the first region both share: 0 nearest; the chain's length if none. */
    private static int regionRank(Entry key, Entry other) {
        for (int i = 0; i < key.regions().size(); i++) {
            if (other.regions().contains(key.regions().get(i))) {
                return i;
            }
        }
        return key.regions().isEmpty() ? 0 : key.regions().size();
    }

    private Optional<Entry> find(String name, Root root) {
        try {
            Optional<Entry> exact = senseOf(name, root, name);
            if (exact.isPresent() || !name.contains(" ")) {
                return exact;
            }
            String surname = name.substring(name.lastIndexOf(' ') + 1);
            return root == Root.PERSON ? senseOf(surname, root, name) : Optional.empty();
        } catch (JWNLException e) {
            return Optional.empty();
        }
    }

    private Optional<Entry> senseOf(String word, Root root, String mustHaveForm) throws JWNLException {
        IndexWord w = dictionary.getIndexWord(POS.NOUN, word);
        if (w == null || !w.getLemma().equalsIgnoreCase(word)) {
            return Optional.empty();
        }
        String wanted = ends(mustHaveForm);
        List<Synset> matches = new ArrayList<>();
        for (Synset s : w.getSenses()) {
            if (!s.getPointers(PointerType.INSTANCE_HYPERNYM).isEmpty() && isA(s, root)
                    && s.getWords().stream().anyMatch(x -> ends(x.getLemma()).equals(wanted))) {
                matches.add(s);
            }
        }
        // "Fleming" alone is Alexander Fleming, Ian Fleming and others: a name WordNet gives two people is unknown.
        return matches.size() == 1 ? Optional.of(entry(matches.get(0))) : Optional.empty();
    }

    /**
     * Whether the word is an adjective that pertains to a place ("French", "Scottish", "Spanish"): in a stem it names
     * the country a place question asks for.
     */
    public synchronized boolean isDemonym(String word) {
        try {
            IndexWord w = dictionary.getIndexWord(POS.ADJECTIVE, word.toLowerCase(Locale.ROOT));
            if (w == null || !Character.isUpperCase(word.charAt(0))) {
                return false;
            }
            for (Synset s : w.getSenses()) {
                for (Pointer p : s.getPointers(PointerType.PERTAINYM)) {
                    Synset target = p.getTargetSynset();
                    if (target.getPOS() == POS.NOUN && isA(target, Root.PLACE)) {
                        return true;
                    }
                }
            }
            return false;
        } catch (JWNLException e) {
            return false;
        }
    }

    /** Whether WordNet has the word as a common noun ("workhouse", "group"), not only as a name. */
    public synchronized boolean isCommonNoun(String word) {
        try {
            IndexWord w = dictionary.getIndexWord(POS.NOUN, word.toLowerCase(Locale.ROOT));
            return w != null && w.getSenses().stream()
                    .anyMatch(s -> s.getPointers(PointerType.INSTANCE_HYPERNYM).isEmpty()
                            && Character.isLowerCase(s.getWords().get(0).getLemma().charAt(0)));
        } catch (JWNLException e) {
            return false;
        }
    }

    /**
     * Whether a common noun can name something of {@code root}'s kind in one of its senses: "ruler" and "captain"
     * can be people, "language" and "rules" cannot. A word WordNet does not know counts as possible.
     */
    public synchronized boolean canBe(String word, Root root) {
        try {
            IndexWord w = dictionary.getIndexWord(POS.NOUN, word.toLowerCase(Locale.ROOT));
            if (w == null) {
                return true;
            }
            Set<String> words = ROOT_WORDS.get(root);
            return words.contains(w.getLemma()) || w.getSenses().stream().anyMatch(s -> isA(s, words));
        } catch (JWNLException e) {
            return true;
        }
    }

    /** A name's first and last words ("john kennedy" for "John F. Kennedy" and "John Fitzgerald Kennedy"). */
    private static String ends(String name) {
        String[] w = name.toLowerCase(Locale.ROOT).replace(".", "").strip().split("\\s+");
        return w.length == 1 ? w[0] : w[0] + " " + w[w.length - 1];
    }

    private static Entry entry(Synset s) throws JWNLException {
        List<String> forms = s.getWords().stream().map(Word::getLemma).toList();
        Set<String> kinds = new LinkedHashSet<>();
        for (Pointer p : s.getPointers(PointerType.INSTANCE_HYPERNYM)) {
            kinds.add(Long.toString(p.getTargetOffset()));
        }
        List<String> regions = new ArrayList<>();
        List<Synset> frontier = List.of(s);
        for (int depth = 0; depth < 4 && !frontier.isEmpty(); depth++) {
            List<Synset> next = new ArrayList<>();
            for (Synset f : frontier) {
                for (Pointer p : f.getPointers(PointerType.PART_HOLONYM)) {
                    String id = Long.toString(p.getTargetOffset());
                    if (!regions.contains(id)) {
                        regions.add(id);
                        next.add(p.getTargetSynset());
                    }
                }
            }
            frontier = next;
        }
        Matcher m = LIFE.matcher(s.getGloss());
        int year = m.find() ? Integer.parseInt(m.group(1)) : 0;
        return new Entry(Long.toString(s.getOffset()), forms, kinds, regions, year);
    }

    /** Whether the entry is (an instance of) something named by one of {@code words}, up the hypernym tree. */
    public synchronized boolean isA(Entry entry, Set<String> words) {
        try {
            return isA(dictionary.getSynsetAt(POS.NOUN, Long.parseLong(entry.id())), words);
        } catch (JWNLException e) {
            return false;
        }
    }

    private static boolean isA(Synset s, Root root) {
        return isA(s, ROOT_WORDS.get(root));
    }

    private static boolean isA(Synset s, Set<String> words) {
        List<Synset> frontier = List.of(s);
        Set<Long> seen = new java.util.HashSet<>();
        for (int depth = 0; depth < 16 && !frontier.isEmpty(); depth++) {
            List<Synset> next = new ArrayList<>();
            for (Synset f : frontier) {
                if (!seen.add(f.getOffset())) {
                    continue;
                }
                if (depth > 0 && f.getWords().stream().anyMatch(w -> words.contains(w.getLemma()))) {
                    return true;
                }
                try {
                    for (Pointer p : f.getPointers()) {
                        if (p.getType() == PointerType.HYPERNYM || p.getType() == PointerType.INSTANCE_HYPERNYM) {
                            next.add(p.getTargetSynset());
                        }
                    }
                } catch (JWNLException e) {
                    return false;
                }
            }
            frontier = next;
        }
        return false;
    }
}
