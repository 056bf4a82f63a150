package org.articlequiz.generator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.articlequiz.article.Article;
import org.articlequiz.generator.nlp.AnnotatedSentence;
import org.articlequiz.generator.nlp.AnnotatedText;
import org.articlequiz.generator.nlp.Token;

/**
 * What one article is about, from the article alone (never from the other articles of a run): how central each
 * sentence is, and which entity is the article's subject.
 *
 * <ul>
 *   <li><em>Importance</em> of a sentence mixes the lead (news puts what matters first; Nenkova 2005), centrality
 *       (how many of its content words the rest of the article repeats or builds on: LexRank's idea, by word
 *       overlap; Erkan & Radev 2004) and its overlap with the title (Agarwal & Mannem 2011).</li>
 *   <li>The <em>subject</em> is the entity the article mentions most, well ahead of the next one. It is the classic
 *       trivial key (Dunietz & Gillick 2014; Heilman's ranker penalises it): "NATO" in an article about NATO.</li>
 * </ul>
 */
final class Salience {

    private static final Set<String> STOP = Set.of("be", "have", "do", "say", "make", "take", "get", "go", "also",
            "year", "time", "one", "new", "more", "other", "such", "many", "first", "last", "mr", "mrs", "ms");

    private final double[] importance;
    private final double[] importanceRank;
    private final Optional<String> subject;
    private final Set<String> leading;

    private Salience(double[] importance, Optional<String> subject, Set<String> leading) {
        this.importance = importance;
        this.importanceRank = percentile(importance);
        this.subject = subject;
        this.leading = leading;
    }

    static Salience of(Article article, AnnotatedText text, List<Fact> facts) {
        List<AnnotatedSentence> sentences = text.sentences();
        int n = sentences.size();
        List<Set<String>> words = new ArrayList<>(n);
        Map<String, Integer> df = new HashMap<>();
        for (AnnotatedSentence s : sentences) {
            Set<String> w = contentLemmas(s.tokens());
            words.add(w);
            w.forEach(x -> df.merge(x, 1, Integer::sum));
        }
        Set<String> title = new HashSet<>();
        for (String w : article.title().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 2) {
                title.add(w);
            }
        }
        double[] centrality = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (String w : words.get(i)) {
                // A word the article repeats in other sentences ties this sentence to the rest.
                sum += Math.log(df.get(w));
            }
            centrality[i] = words.get(i).isEmpty() ? 0 : sum / Math.sqrt(words.get(i).size() + 4);
        }
        double[] rank = percentile(centrality);
        double[] importance = new double[n];
        for (int i = 0; i < n; i++) {
            double position = n <= 1 ? 0 : (double) i / (n - 1);
            long inTitle = sentences.get(i).tokens().stream()
                    .filter(t -> title.contains(t.word().toLowerCase(Locale.ROOT))).count();
            double titleOverlap = Math.min(1, inTitle / 3.0);
            // A paragraph's opening sentence states its topic; the ones after it add detail. Blind reads 10 to 12
            // rejected 39% of items from opening sentences and 57% of those from later ones.
            double opens = opensParagraph(article, sentences.get(i).start()) ? 0.1 : 0;
            importance[i] = Math.min(1, 0.45 * rank[i] + 0.35 * (1 - position) + 0.2 * titleOverlap + opens);
        }
        Map<String, Integer> mentions = mentionCounts(facts);
        return new Salience(importance, subjectOf(mentions), leadingOf(mentions));
    }

    /** Whether a sentence starting at this offset opens a body paragraph (leading spaces and quotes aside). */
    private static boolean opensParagraph(Article article, int start) {
        for (org.articlequiz.article.Paragraph p : article.paragraphs()) {
            if (!p.isHeading() && start >= p.start() && start <= p.end()) {
                return article.text().substring(p.start(), start).isBlank();
            }
        }
        return false;
    }

    /** 0..1: how much a teacher would want this sentence asked about, relative to the article's others. */
    double importance(int sentenceIndex) {
        return sentenceIndex >= 0 && sentenceIndex < importance.length ? importance[sentenceIndex] : 0;
    }

    /** 0..1: the share of the article's sentences less important than this one. */
    double importanceRank(int sentenceIndex) {
        return sentenceIndex >= 0 && sentenceIndex < importanceRank.length ? importanceRank[sentenceIndex] : 0;
    }

    /** The article's subject as "KIND:canonical", if one entity clearly dominates. */
    Optional<String> subject() {
        return subject;
    }

    /**
     * The entities the article mentions nearly as often as its most mentioned one (at least 3 times and 70% of the
     * top count): "NATO" and "Trump" in a report of their meeting. Where the title names one, it is what the article
     * is about, even when no single subject stands out.
     */
    Set<String> leadingIds() {
        return leading;
    }

    /** How often each person, organization and place is named, by "KIND:canonical". */
    private static Map<String, Integer> mentionCounts(List<Fact> facts) {
        Map<String, Integer> counts = new HashMap<>();
        for (Fact f : facts) {
            if (f.kind() == AnswerKind.PERSON || f.kind() == AnswerKind.ORGANIZATION || f.kind() == AnswerKind.PLACE) {
                counts.merge(f.kind() + ":" + f.normalized(), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static Set<String> leadingOf(Map<String, Integer> counts) {
        int top = counts.values().stream().max(Integer::compare).orElse(0);
        Set<String> out = new HashSet<>();
        counts.forEach((k, v) -> {
            if (v >= 3 && v >= 0.7 * top) {
                out.add(k);
            }
        });
        return out;
    }

    private static Optional<String> subjectOf(Map<String, Integer> counts) {
        List<Map.Entry<String, Integer>> ranked = new ArrayList<>(counts.entrySet());
        ranked.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        String best = ranked.isEmpty() ? null : ranked.get(0).getKey();
        int first = ranked.isEmpty() ? 0 : ranked.get(0).getValue();
        int second = ranked.size() < 2 ? 0 : ranked.get(1).getValue();
        return best != null && first >= 3 && first >= second * 1.3 ? Optional.of(best) : Optional.empty();
    }

    private static Set<String> contentLemmas(List<Token> tokens) {
        Set<String> out = new HashSet<>();
        for (Token t : tokens) {
            String lemma = t.lemma().toLowerCase(Locale.ROOT);
            if ((t.isNoun() || t.pos().startsWith("VB") || t.pos().startsWith("JJ")) && lemma.length() > 2
                    && !STOP.contains(lemma)) {
                out.add(lemma);
            }
        }
        return out;
    }

    private static double[] percentile(double[] values) {
        int n = values.length;
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            int below = 0;
            for (double v : values) {
                if (v < values[i]) {
                    below++;
                }
            }
            out[i] = n <= 1 ? 1 : (double) below / (n - 1);
        }
        return out;
    }
}
