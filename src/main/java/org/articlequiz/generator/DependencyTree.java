package org.articlequiz.generator;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.articlequiz.generator.nlp.AnnotatedSentence;
import org.articlequiz.generator.nlp.Token;

/**
 * Walks over a sentence's basic dependency tree ({@link Token#head()}, {@link Token#rel()}) for {@link ParsedStems}:
 * a phrase's tokens, the clause a verb heads without what belongs to other statements, a verb's subject, and the
 * tokens written back as text with the sentence's own spacing.
 */
final class DependencyTree {

    private DependencyTree() {
    }

    /** Dependents of the clause's verb that belong to another statement. */
    private static final Set<String> OTHER_CLAUSE = Set.of("conj", "cc", "parataxis", "advcl", "dep", "discourse",
            "vocative", "mark", "list", "orphan", "reparandum", "csubj", "ccomp", "appos", "punct");

    /** Dependents pruned anywhere inside the kept phrases. */
    private static final Set<String> ADVERBIAL_NOUNS = Set.of("addition", "contrast", "particular", "general", "fact",
            "turn", "short", "total", "sum", "conclusion", "comparison", "meantime", "practice", "theory", "effect",
            "response", "return", "spite", "any case", "case");
    private static final Set<String> NOT_NEEDED = Set.of("appos", "acl:relcl", "parataxis", "dep", "discourse",
            "vocative", "reparandum");

    private static final Set<String> DISCOURSE_ADVERBS = Set.of("again", "also", "then", "however", "therefore",
            "eventually", "later", "still", "soon", "thus", "finally", "subsequently", "meanwhile", "instead",
            "nevertheless", "indeed", "consequently", "hence", "moreover", "furthermore", "additionally", "so", "too",
            "even", "now", "further", "previously", "recently", "earlier", "currently", "afterwards", "thereafter", "ultimately", "once", "already", "yet", "only");

    static String preposition(List<Token> t, int h) {
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < h; i++) {
            if (t.get(i).head() == h && t.get(i).rel().matches("case|fixed")) {
                p.append(p.isEmpty() ? "" : " ").append(t.get(i).word().toLowerCase(Locale.ROOT));
            }
        }
        return p.toString();
    }

    static int keyHead(List<Token> t, int first, int end) {
        int found = -1;
        for (int i = first; i < end && i < t.size(); i++) {
            int head = t.get(i).head();
            if (head < first || head >= end) {
                if (found >= 0) {
                    return -1;
                }
                found = i;
            }
        }
        return found;
    }

    /** Whether a token of the key's phrase sits under a part the pruning drops (an apposition, a clause). */
    static boolean prunedAway(List<Token> t, int i, int keyHead) {
        for (int x = i; x != keyHead && x >= 0; x = t.get(x).head()) {
            String rel = t.get(x).rel();
            if (NOT_NEEDED.contains(rel) || rel.equals("punct") || rel.startsWith("conj") || rel.equals("cc")) {
                return true;
            }
        }
        return false;
    }

    private static boolean concessive(List<Token> t, int i) {
        for (int c = 0; c < i; c++) {
            if (t.get(c).head() == i && t.get(c).rel().equals("case")
                    && t.get(c).word().matches("(?i)despite|notwithstanding")) {
                return true;
            }
        }
        return false;
    }

    static int ownSubject(List<Token> t, int verb) {
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).head() == verb && t.get(i).rel().startsWith("nsubj")) {
                return i;
            }
        }
        return -1;
    }

    static int subject(List<Token> t, int verb) {
        for (int v = verb; v >= 0; v = t.get(v).head()) {
            for (int i = 0; i < t.size(); i++) {
                if (t.get(i).head() == v && t.get(i).rel().startsWith("nsubj")) {
                    return i;
                }
            }
            // A coordinated or controlled verb shares its first verb's subject ("was born … and immigrated"), unless
            // it has auxiliaries of its own: "and by the 1790s shares were being traded" is a clause whose subject
            // the parser missed.
            final int verbHere = v;
            if (!t.get(v).rel().matches("conj|xcomp") || t.stream().anyMatch(x -> x.head() == verbHere
                    && x.rel().startsWith("aux") && x.pos().matches("VBD|VBZ|VBP|MD"))) {
                return -1;
            }
        }
        return -1;
    }

    static boolean isPredicate(List<Token> t, int verb) {
        if (t.get(verb).isVerb()) {
            return true;
        }
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).head() == verb && t.get(i).rel().equals("cop")) {
                return true;
            }
        }
        return false;
    }

    /** The verb's clause without what belongs to other statements. */
    static Set<Integer> clause(List<Token> t, int verb, int keyHead, boolean keepPredicates) {
        Set<Integer> out = new TreeSet<>();
        out.add(verb);
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).head() != verb || i == verb) {
                continue;
            }
            String rel = t.get(i).rel();
            boolean keyInside = subtree(t, i).contains(keyHead);
            if (keepPredicates && rel.startsWith("conj") && t.get(i).isVerb() && ownSubject(t, i) < 0) {
                // "Maxwell took the work of Faraday and summarized it in equations": the key did both.
                out.addAll(pruned(t, i));
                for (int c = 0; c < i; c++) {
                    if (t.get(c).head() == i && t.get(c).rel().equals("cc")) {
                        out.add(c);
                    }
                }
                continue;
            }
            if (!keyInside && rel.startsWith("obl") && (ADVERBIAL_NOUNS.contains(t.get(i).word().toLowerCase(Locale.ROOT))
                    || rel.matches("obl:(despite|notwithstanding|regardless)") || concessive(t, i))) {
                // "in addition", "in particular": a connective, not a place or time.
                continue;
            }
            if (!keyInside && (OTHER_CLAUSE.contains(rel) || rel.startsWith("conj") || rel.startsWith("advcl")
                    || rel.equals("advmod") && DISCOURSE_ADVERBS.contains(t.get(i).word().toLowerCase(Locale.ROOT)))) {
                continue;
            }
            out.addAll(pruned(t, i));
        }
        return out;
    }

    /** A phrase's tokens without appositions, relative clauses and bracketed asides. */
    static Set<Integer> pruned(List<Token> t, int head) {
        Set<Integer> out = prunedTree(t, head);
        for (int i = 1; i < t.size() - 1; i++) {
            // "Milan, Ohio": a comma between two kept words stays.
            if (t.get(i).word().equals(",") && out.contains(i - 1) && out.contains(i + 1)) {
                out.add(i);
            }
        }
        return out;
    }

    private static Set<Integer> prunedTree(List<Token> t, int head) {
        Set<Integer> out = new TreeSet<>();
        out.add(head);
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).head() == head && i != head) {
                String rel = t.get(i).rel();
                if (NOT_NEEDED.contains(rel) || rel.equals("punct") && !t.get(i).word().matches("[-–'’]")) {
                    continue;
                }
                if (rel.equals("advmod") && DISCOURSE_ADVERBS.contains(t.get(i).word().toLowerCase(Locale.ROOT))) {
                    continue;
                }
                int first = subtree(t, i).iterator().next();
                if (i > head && first > head + 1 && t.get(first - 1).word().equals(",") && !rel.startsWith("conj")) {
                    // ", unmarried at the time,": an aside set off by commas.
                    continue;
                }
                out.addAll(prunedTree(t, i));
            }
        }
        return out;
    }

    static Set<Integer> subtree(List<Token> t, int head) {
        Set<Integer> out = new TreeSet<>();
        out.add(head);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (int i = 0; i < t.size(); i++) {
                if (!out.contains(i) && out.contains(t.get(i).head())) {
                    out.add(i);
                    grew = true;
                }
            }
        }
        return out;
    }

    static String join(AnnotatedSentence s, List<Integer> ids) {
        return join(s, ids, -1, null);
    }

    /** The tokens in the given order, spaced as the sentence spaces neighbours; {@code replace} swaps one word. */
    static String join(AnnotatedSentence s, List<Integer> ids, int replaceAt, String replacement) {
        List<Token> t = s.tokens();
        StringBuilder out = new StringBuilder();
        int previous = -2;
        for (int i : ids) {
            String word = i == replaceAt ? replacement : s.text().substring(t.get(i).start() - s.start(),
                    t.get(i).end() - s.start());
            if (i == 0 && i != replaceAt && t.get(i).pos().startsWith("NNP") && t.get(i).ner().equals("O")
                    && !(t.size() > 1 && (t.get(1).isProperNoun() || t.get(1).pos().equals("HYPH")))
                    && commonNounOnly(word)) {
                // "Electromagnetism was discovered in 1820" → "In which year was electromagnetism discovered?": a
                // capital the sentence's start gave, not a name (blind read 16); a title before a name keeps its
                // capital ("President-elect Donald Trump").
                word = lowerFirst(word);
            } else if (i == 0 && (t.get(i).pos().matches("DT|IN|PRP\\$?|RB|CC|CD|WDT|WP|EX|TO|MD|NNS?|VB.*")
                    || t.get(i).pos().startsWith("JJ") && t.get(i).ner().equals("O")
                    && !org.articlequiz.generator.nlp.Lexicon.shared().isDemonym(word))
                    && !word.equals("I") && !word.matches("[A-Z]{2,}.*") && i != replaceAt) {
                word = lowerFirst(word);
            }
            if (previous == i - 1 && previous >= 0) {
                out.append(s.text(), t.get(previous).end() - s.start(), t.get(i).start() - s.start());
            } else if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(word);
            previous = i;
        }
        return out.toString();
    }

    private static boolean commonNounOnly(String word) {
        org.articlequiz.generator.nlp.Lexicon lexicon = org.articlequiz.generator.nlp.Lexicon.shared();
        return !word.contains(" ") && lexicon.isCommonNoun(word)
                && java.util.Arrays.stream(org.articlequiz.generator.nlp.Lexicon.Root.values())
                .allMatch(r -> lexicon.lookup(word, r).isEmpty());
    }

    static String lowerFirst(String s) {
        if (s.isEmpty() || s.length() > 1 && Character.isUpperCase(s.charAt(1))) {
            return s;
        }
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /** Whether a token carries a preposition ("case") matching the pattern: "in" of "in Palm Beach". */
    static boolean hasCase(List<Token> t, int head, String words) {
        return t.stream().anyMatch(x -> x.head() == head && x.rel().equals("case")
                && x.word().toLowerCase(Locale.ROOT).matches(words));
    }

    /** Appends a run of token ids as text and empties it. */
    static void appendRun(AnnotatedSentence s, List<Integer> run, StringBuilder out) {
        if (!run.isEmpty()) {
            out.append(' ').append(join(s, run));
            run.clear();
        }
    }

    /** The subject without the key's own phrase. */
    static Set<Integer> possessed(List<Token> t, Set<Integer> subject, Set<Integer> keyPhrase) {
        Set<Integer> out = new TreeSet<>(subject);
        out.removeAll(keyPhrase);
        return out;
    }

    /** Whether quotation marks and brackets the pruning left are paired. */
    static boolean balanced(String text) {
        long straight = text.chars().filter(c -> c == '"').count();
        return straight % 2 == 0 && count(text, '\u201C') == count(text, '\u201D')
                && count(text, '(') == count(text, ')');
    }

    private static long count(String text, char c) {
        return text.chars().filter(x -> x == c).count();
    }
}
