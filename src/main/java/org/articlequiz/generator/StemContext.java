package org.articlequiz.generator;

import static org.articlequiz.generator.DependencyTree.join;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.articlequiz.generator.ParsedStems.Role;
import org.articlequiz.generator.nlp.AnnotatedSentence;
import org.articlequiz.generator.nlp.Token;

/**
 * What a stem cut from one sentence may lean on: a question must stand alone (ITEM-RUBRIC), so a subject the stem
 * cannot name ("the family", "its design"), a wh-word left from another clause, a pronoun that points back, or a
 * definite abstract noun that names what the paragraph said before ("the term", "the modern era") gives no stem.
 * Split from {@link ParsedStems}, which cuts the clause and forms the question.
 */
final class StemContext {

    private StemContext() {
    }

    /** Subjects that point back at something the stem does not name. */
    private static final Set<String> ANAPHORIC_NOUNS = Set.of("family", "company", "club", "team", "group", "band",
            "couple", "pair", "city", "town", "country", "man", "woman", "boy", "girl", "son", "daughter", "firm",
            "party", "organization", "organisation", "government", "latter", "former", "engine", "device", "machine",
            "process", "work", "book", "film", "song", "album", "game", "event", "project", "plan", "idea", "design",
            "museum", "school", "university", "church", "building", "site", "area", "region", "species", "disease",
            "drug", "virus", "animal", "river", "mountain", "island", "state", "king", "queen", "emperor", "player",
            "meeting", "talks", "visit", "summit", "conference", "deal", "agreement", "election", "war", "battle",
            "attack", "match", "race", "ceremony", "incident", "accident", "announcement", "decision", "report", "left", "right", "rest", "other", "others");

    /**
     * Whether the clause needs the sentence around it: a wh-word left from a relative or adverbial clause ("the break
     * up began when"), or a pronoun outside the subject that points back ("had named it Aspirin").
     */
    static boolean leansOnContext(List<Token> t, Set<Integer> clause, Set<Integer> subject,
                                          Set<Integer> keyPhrase) {
        for (int i : clause) {
            if (!keyPhrase.contains(i) && pointsBack(t, i)) {
                return true;
            }
        }
        for (int i : clause) {
            if (subject.contains(i) || keyPhrase.contains(i)) {
                continue;
            }
            Token x = t.get(i);
            if (x.pos().matches("WRB|WP|WDT|WP\\$") || x.word().matches("(?i)that") && x.rel().equals("det")
                    || x.word().matches("(?i)same|latter|former|aforementioned|following") && x.pos().startsWith("JJ")
                    || x.word().matches("(?i)it|its|they|them|their|this|these|those|such|latter|former")
                    && x.pos().matches("PRP\\$?|DT|JJ")) {
                return true;
            }
        }
        return false;
    }

    /** Abstract nouns that, after "the" and with nothing that says which, name what the paragraph said before. */
    private static final Set<String> BACK_NOUNS = Set.of("term", "word", "name", "idea", "concept", "era", "period",
            "development", "method", "approach", "theory", "technique", "practice", "system", "sample", "process",
            "change", "problem", "result", "discovery", "invention", "design", "model", "version", "movement", "style",
            "study", "experiment", "effect", "phenomenon", "principle", "view", "debate", "issue", "tradition",
            "trend", "work", "scheme", "policy", "rule", "law", "technology", "material", "structure", "feature");

    /**
     * "the term", "the modern era", "the next development", "many of the crucial ideas", "the small samples": a
     * definite abstract noun with no phrase or clause of its own that says which (blind read 16: seven stems).
     */
    private static boolean pointsBack(List<Token> t, int i) {
        Token det = t.get(i);
        if (!det.word().equalsIgnoreCase("the") || !det.rel().equals("det") || det.head() < 0) {
            return false;
        }
        int noun = det.head();
        Token n = t.get(noun);
        if (!n.pos().matches("NNS?") || !BACK_NOUNS.contains(n.lemma().toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int j = 0; j < t.size(); j++) {
            Token x = t.get(j);
            if (x.head() == noun && x.rel().equals("amod")
                    && x.word().matches("(?i)next|same|following|previous|latter|former|other|aforementioned")) {
                // "the next development in accuracy": whatever follows, "next" counts from what came before.
                return true;
            }
        }
        for (int j = 0; j < t.size(); j++) {
            Token x = t.get(j);
            if (x.head() == noun && (x.rel().equals("nmod") && DependencyTree.hasCase(t, j, "of")
                    || x.rel().matches("acl.*|nmod:poss|nummod|appos") || x.rel().equals("compound")
                    && x.isProperNoun() || x.rel().matches("amod|nmod") && x.isProperNoun())) {
                // "the theory of relativity", "the method Lister used", "the Bessemer process": it says which; "such
                // as brand image" or "in accuracy" does not.
                return false;
            }
        }
        return true;
    }

    /** The subject as the stem writes it, or empty when it names nothing the reader can tell. */
    static Optional<String> subjectText(AnnotatedSentence s, Set<Integer> subject, Role role, int keyHead,
                                                String antecedent) {
        if (role == Role.SUBJECT) {
            return Optional.of("");
        }
        List<Token> t = s.tokens();
        List<Integer> ids = new ArrayList<>(subject);
        if (role == Role.POSSESSOR) {
            return Optional.of("");
        }
        if (ids.size() == 1 && t.get(ids.get(0)).pos().equals("PRP")) {
            String w = t.get(ids.get(0)).word().toLowerCase(Locale.ROOT);
            return w.matches("he|she") && !antecedent.isBlank() ? Optional.of(antecedent) : Optional.empty();
        }
        for (int i : ids) {
            Token x = t.get(i);
            if (x.pos().equals("PRP") && ids.size() > 1) {
                // "both he and Turnbull"
                return Optional.empty();
            }
            if (x.pos().matches("PRP|WDT|WP|DT") && ids.size() == 1 || x.word().matches("(?i)this|these|those")) {
                return Optional.empty();
            }
        }
        Token head = t.get(ids.stream().filter(i -> !subject.contains(t.get(i).head())).findFirst()
                .orElse(ids.get(0)));
        boolean definite = t.get(ids.get(0)).word().equalsIgnoreCase("the");
        boolean named = ids.stream().anyMatch(i -> t.get(i).isProperNoun());
        if (definite && !named && (ANAPHORIC_NOUNS.contains(head.word().toLowerCase(Locale.ROOT).replaceAll("s$", ""))
                || head.pos().equals("CD"))) {
            // "the family", "the two": someone the paragraph named before.
            return Optional.empty();
        }
        List<Integer> possessives = ids.stream().filter(i -> t.get(i).pos().equals("PRP$")).toList();
        if (possessives.isEmpty()) {
            return Optional.of(join(s, ids));
        }
        if (possessives.size() > 1 || antecedent.isBlank()
                || !t.get(possessives.get(0)).word().matches("(?i)his|her")) {
            // "its design", "their work": whose, the stem cannot tell.
            return Optional.empty();
        }
        // "his true identity" → "Gosset's true identity", "construction of his design" → "construction of Mitchell's
        // design": the stem names whom the article meant (blind read 16 saw "his" left in two stems).
        return Optional.of(join(s, ids, possessives.get(0), antecedent + (s.text().contains("\u2019") ? "\u2019s" : "'s")));
    }
}
