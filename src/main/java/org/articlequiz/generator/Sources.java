package org.articlequiz.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What the articles of a run say about the same question. Two facts answer the same question when they are of the
 * same kind, share a predicate ("meet") and share a named participant ("Mark Rutte"). Among such facts:
 * <ul>
 *   <li>those with a related answer <em>agree</em> (an item lists their articles as sources);</li>
 *   <li>every answer any of them states, hedged or not, is <em>contested</em>: never offered as a distractor;</li>
 *   <li>an answer stated by another article that differs makes a stem ambiguous unless the stem names a date, place
 *       or title that the other statement does not (Palm Beach in November 2024, the White House in March 2025).</li>
 * </ul>
 */
final class Sources {

    private final List<Fact> all;
    private final Names names;

    Sources(List<Fact> all, Names names) {
        this.all = all;
        this.names = names;
    }

    boolean sameQuestion(Fact f, Fact g) {
        if (f == g || f.kind() != g.kind()) {
            return false;
        }
        if (f.predicates().stream().noneMatch(g.predicates()::contains)) {
            return false;
        }
        return f.context().stream().filter(Sources::isEntity).anyMatch(g.context()::contains);
    }

    private static boolean isEntity(String contextKey) {
        return contextKey.startsWith("PERSON:") || contextKey.startsWith("ORGANIZATION:")
                || contextKey.startsWith("PLACE:");
    }

    boolean sameAnswer(Fact f, Fact g) {
        return switch (f.kind()) {
            case DATE, NUMBER, PERCENT, MONEY -> f.normalized().equals(g.normalized());
            default -> names.related(f.kind(), f.answer(), g.answer());
        };
    }

    /** Articles that state the same answer to the same question, the fact's own first. */
    List<String> agreeing(Fact f) {
        TreeSet<String> others = new TreeSet<>();
        for (Fact g : all) {
            if (!g.hedged() && !g.article().equals(f.article()) && sameQuestion(f, g) && sameAnswer(f, g)
                    && Names.key(g.sentence().text()).contains(Names.key(f.answer()))) {
                // Only an article whose sentence names this very answer is cited as stating it too.
                others.add(g.article());
            }
        }
        List<String> out = new ArrayList<>();
        out.add(f.article());
        out.addAll(others);
        return out;
    }

    /** Every fact, from any article, hedged or not, that answers the same question differently. */
    List<Fact> contested(Fact f) {
        List<Fact> out = new ArrayList<>();
        for (Fact g : all) {
            if (sameQuestion(f, g) && !sameAnswer(f, g)) {
                out.add(g);
            }
        }
        return out;
    }

    /**
     * Why the stem could have another right answer according to another article, or empty when its context tells
     * the statements apart.
     */
    Optional<String> ambiguity(Fact f, String stem, List<Fact> contested) {
        String stemKey = Names.key(stem);
        for (Fact g : contested) {
            if (g.hedged() || g.article().equals(f.article())
                    || g.context().contains(f.kind() + ":" + f.normalized())) {
                // A statement that names this fact's answer too is about another role in the same event.
                continue;
            }
            boolean told = f.context().stream()
                    .filter(c -> c.startsWith("DATE:") || c.startsWith("PLACE:") || c.startsWith("TITLE:"))
                    .filter(c -> !g.context().contains(c))
                    .anyMatch(c -> stemMentions(stemKey, c, f));
            if (!told) {
                return Optional.of("ambiguous across sources: " + g.article() + " states \"" + g.answer()
                        + "\" for the same question");
            }
        }
        return Optional.empty();
    }

    private static boolean stemMentions(String stemKey, String contextKey, Fact f) {
        String value = contextKey.substring(contextKey.indexOf(':') + 1);
        if (contextKey.startsWith("DATE:") && value.matches("\\d{4}.*")) {
            // A normalized date: look for its year in the stem.
            return stemKey.contains(value.substring(0, 4)) || f.analysis().mentions().stream()
                    .anyMatch(m -> "DATE".equals(m.type()) && value.equals(m.normalized())
                            && stemKey.contains(Names.key(m.text())));
        }
        return !value.isEmpty() && (" " + stemKey + " ").contains(" " + value.toLowerCase(Locale.ROOT) + " ");
    }

    /** Another count the article gives of what the key counts ("24 chromosomes" beside "12 chromosomes"), if any. */
    Optional<String> otherCount(Fact f) {
        List<org.articlequiz.generator.nlp.Token> t = f.analysis().tokens();
        if (f.endToken() >= t.size() || !t.get(f.endToken()).isNoun()) {
            return Optional.empty();
        }
        String counted = t.get(f.endToken()).lemma().toLowerCase(Locale.ROOT);
        String value = f.answer().replace(",", "");
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (Fact g : all) {
            if (!g.article().equals(f.article()) || !seen.add(g.sentence().start())) {
                continue;
            }
            // Every sentence of the article with a fact, not only the counts the extractor kept: "(with 24
            // chromosomes)" in brackets is no fact of its own but still a second answer.
            List<org.articlequiz.generator.nlp.Token> u = g.analysis().tokens();
            for (int i = 0; i + 1 < u.size(); i++) {
                if (u.get(i).pos().equals("CD") && !u.get(i).word().replace(",", "").equals(value)
                        && u.get(i + 1).lemma().toLowerCase(Locale.ROOT).equals(counted)) {
                    return Optional.of(u.get(i).word() + " " + u.get(i + 1).word());
                }
            }
        }
        return Optional.empty();
    }
}
