package org.articlequiz.generator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.articlequiz.article.Article;

/**
 * "Which of these statements does the article make?" ({@link Form#STATEMENT}). The key is a short sentence of the
 * article as written; each other option is another short sentence of the article with one name, place, date or
 * number swapped for one of the same kind (FEVER's substitution mutation; Thorne et al. 2018). A swap is kept only
 * when it is checked false against every source of the story: no article states the new value for the same question
 * (same kind, a shared predicate and participant: {@link Sources}), and the new value does not appear in the
 * sentence already. Quotes are never altered (QG-NOTES §5).
 */
final class StatementItems {

    private static final int MAX_TOKENS = 24;
    private static final Set<AnswerKind> SWAPPABLE = Set.of(AnswerKind.PERSON, AnswerKind.PLACE,
            AnswerKind.ORGANIZATION, AnswerKind.DATE, AnswerKind.NUMBER, AnswerKind.PERCENT, AnswerKind.MONEY);

    private final Article article;
    private final List<Fact> facts;
    private final Salience salience;
    private final Sources sources;
    private final Names names;
    private final GenerationOptions options;
    private final DistractorPicker picker;

    StatementItems(Article article, List<Fact> facts, Salience salience, Sources sources, Names names,
                   DistractorPicker picker, GenerationOptions options) {
        this.article = article;
        this.facts = facts;
        this.salience = salience;
        this.sources = sources;
        this.names = names;
        this.picker = picker;
        this.options = options;
    }

    List<Candidate> candidates(List<ArticleReport.Dropped> dropped) {
        // Short, self-contained, unhedged sentences with at least one swappable fact, by sentence.
        Map<Integer, List<Fact>> bySentence = new TreeMap<>();
        for (Fact f : facts) {
            if (!f.hedged() && SWAPPABLE.contains(f.kind()) && statable(f)) {
                bySentence.computeIfAbsent(f.analysis().index(), k -> new ArrayList<>()).add(f);
            }
        }
        List<Integer> sentences = new ArrayList<>(bySentence.keySet());
        List<Candidate> out = new ArrayList<>();
        int wanted = options.optionsPerItem() - 1;
        for (int keyIndex : sentences) {
            Fact keyFact = bySentence.get(keyIndex).get(0);
            String key = statement(keyFact.sentence().text());
            Random random = new Random(options.seed() ^ key.hashCode());
            // False options from the sentences nearest in importance, each altered once.
            List<Integer> others = new ArrayList<>(sentences);
            others.remove(Integer.valueOf(keyIndex));
            others.sort((a, b) -> Double.compare(
                    Math.abs(salience.importance(a) - salience.importance(keyIndex)) + random.nextDouble() * 0.2,
                    Math.abs(salience.importance(b) - salience.importance(keyIndex)) + random.nextDouble() * 0.2));
            List<String> falses = new ArrayList<>();
            Set<String> keys = new HashSet<>();
            keys.add(Names.key(key));
            StringBuilder shown = new StringBuilder(key);
            for (int other : others) {
                if (falses.size() == wanted) {
                    break;
                }
                falsify(bySentence.get(other), random).ifPresent(f -> {
                    falses.add(f);
                    shown.append(' ').append(f);
                });
            }
            if (falses.size() < wanted) {
                dropped.add(new ArticleReport.Dropped("statement: " + FactExtractor.abbreviate(key),
                        "fewer than " + wanted + " statements could be made false and checked"));
                continue;
            }
            double importance = salience.importance(keyIndex);
            double score = 0.3 + 0.45 * importance + 0.08;
            out.add(new Candidate(article.fileName(), Form.STATEMENT, AnswerKind.STATEMENT,
                    "Which of these statements does the article make?", key, falses, keyFact.sentence(),
                    Math.min(1, score), List.of(String.format(Locale.ROOT, "sentence importance %.2f", importance),
                    "the other options are the article's sentences with one name or number swapped, each checked "
                            + "false against every source"),
                    List.of(article.fileName()), keys, "STATEMENT:" + keyIndex, shown.toString()));
        }
        return out;
    }

    /** True when the fact's sentence can stand alone as an option: short, no quote, no pronoun start, one sentence. */
    private static boolean statable(Fact f) {
        var s = f.analysis();
        String text = s.text();
        return s.tokens().size() >= 7 && s.tokens().size() <= MAX_TOKENS && !Clauses.startsUnfocused(s)
                && !Clauses.fused(s) && !text.matches(".*[\"\u201C\u201D].*") && text.strip().endsWith(".");
    }

    private static String statement(String sentence) {
        return sentence.strip();
    }

    /** The sentence with one of its facts swapped for a same-kind value no source states for it. */
    private Optional<String> falsify(List<Fact> sentenceFacts, Random random) {
        List<Fact> order = new ArrayList<>(sentenceFacts);
        java.util.Collections.shuffle(order, random);
        // A changed number, date or place makes a plausible false statement; a changed person in a life story
        // often makes an absurd one, so people come last.
        order.sort(java.util.Comparator.comparingInt(f -> f.kind() == AnswerKind.PERSON ? 1 : 0));
        for (Fact f : order) {
            List<Fact> contested = sources.contested(f);
            DistractorPicker.Pick pick = picker.pick(f, f.answer(), f.sentence().text(), contested, "any", 3, random);
            for (int k = 0; k < pick.distractors().size(); k++) {
                String swap = pick.distractors().get(k);
                if (f.kind() == AnswerKind.PERSON && pick.origins().get(k) != DistractorPicker.Origin.ARTICLES) {
                    // A stranger in someone's life story makes an absurd statement, not a plausible false one.
                    continue;
                }
                if (stated(f, swap)) {
                    continue;
                }
                String text = f.sentence().text();
                int from = f.start() - f.sentence().start();
                int to = f.end() - f.sentence().start();
                if (from < 0 || to > text.length()) {
                    continue;
                }
                String altered = statement(text.substring(0, from) + swap + text.substring(to));
                if (!Names.key(altered).equals(Names.key(text)) && !names.related(f.kind(), f.answer(), swap)) {
                    return Optional.of(altered);
                }
            }
        }
        return Optional.empty();
    }

    /** True when any article of the story states {@code value} as an answer of the same kind with the same predicate. */
    private boolean stated(Fact f, String value) {
        String v = Names.key(value);
        for (Fact g : sources.all()) {
            if (g.kind() == f.kind() && (Names.key(g.answer()).equals(v)
                    || g.kind() != AnswerKind.DATE && names.related(g.kind(), g.answer(), value))
                    && g.predicates().stream().anyMatch(f.predicates()::contains)) {
                return true;
            }
        }
        return (" " + Names.key(f.sentence().text()) + " ").contains(" " + v + " ");
    }
}
