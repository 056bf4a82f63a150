package org.articlequiz.generator;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.articlequiz.article.Article;
import org.articlequiz.article.Paragraph;
import org.articlequiz.article.Sentence;
import org.articlequiz.generator.nlp.AnnotatedSentence;
import org.articlequiz.generator.nlp.AnnotatedText;
import org.articlequiz.generator.nlp.Token;

/**
 * Items whose options are clauses or phrases of the article itself:
 * <ul>
 *   <li>{@link Form#CAUSE}: "MAIN because CAUSE" gives "Why did MAIN?" with the cause as key; "X led to Y" gives
 *       "What led to Y?" (Agarwal, Shah & Mannem 2011; the AltLex cues of Prasad et al. 2010). The other options are
 *       clauses the same article states about other things: true elsewhere, not the reason here.</li>
 *   <li>{@link Form#DEFINITION}: "X is a Y that …" or "X, a Y that …," gives "According to the article, what is X?"
 *       with the article's other definitions as options.</li>
 * </ul>
 * Sentences that are hedged, headings, questions or two sentences run together give nothing.
 */
final class ClauseItems {

    private static final Set<String> CAUSE_VERBS = Set.of("lead", "cause", "prompt", "trigger", "spark");
    private static final int MAX_OPTION_WORDS = 16;

    private final Article article;
    private final AnnotatedText text;
    private final Salience salience;
    private final Set<Integer> hedged;
    private final GenerationOptions options;
    /** Clauses of this article that could stand as a reason ("because the canal froze"), by sentence index. */
    private final List<Option> reasons = new ArrayList<>();
    /** Definitions of this article ("a town in French Guiana"), by sentence index. */
    private final List<Option> definitions = new ArrayList<>();

    private record Option(int sentence, String text, String subject) {
    }

    ClauseItems(Article article, AnnotatedText text, Salience salience, Set<Integer> hedged,
                GenerationOptions options) {
        this.article = article;
        this.text = text;
        this.salience = salience;
        this.hedged = hedged;
        this.options = options;
        for (AnnotatedSentence s : text.sentences()) {
            if (!usable(s)) {
                continue;
            }
            mainClause(s).ifPresent(c -> reasons.add(new Option(s.index(), "Because " + c, "")));
            definition(s).ifPresent(d -> definitions.add(new Option(s.index(), d[1], d[0])));
        }
    }

    List<Candidate> candidates(List<ArticleReport.Dropped> dropped) {
        List<Candidate> out = new ArrayList<>();
        for (AnnotatedSentence s : text.sentences()) {
            if (!usable(s)) {
                continue;
            }
            cause(s).ifPresent(out::add);
            definitionItem(s, dropped).ifPresent(out::add);
        }
        return out;
    }

    private boolean usable(AnnotatedSentence s) {
        return !hedged.contains(s.index()) && !Clauses.fused(s) && s.tokens().size() >= 6
                && s.tokens().size() <= 45 && !s.text().contains("\u201C") && !s.text().contains("\"");
    }

    /** "The canal closed in 1840 because the railway took its trade." → Why did the canal close in 1840? */
    private Optional<Candidate> cause(AnnotatedSentence s) {
        List<Token> t = s.tokens();
        int because = -1;
        for (int i = 2; i < t.size() - 3; i++) {
            if (t.get(i).word().equalsIgnoreCase("because") && !t.get(i + 1).word().equalsIgnoreCase("of")) {
                because = i;
                break;
            }
        }
        if (because < 0) {
            return causeVerb(s);
        }
        int verb = Clauses.finiteVerb(t, 0);
        if (verb < 0 || verb >= because) {
            return Optional.empty();
        }
        int start = Clauses.subjectStart(t, verb);
        if (start < 0 || start > 1 && !Clauses.isConnective(FactExtractor.span(s, 0, start - 1))) {
            return Optional.empty();
        }
        int mainEnd = because;
        if (t.get(mainEnd - 1).word().equals(",")) {
            mainEnd--;
        }
        int causeEnd = end(t);
        int causeWords = causeEnd - because - 1;
        if (causeWords < 3 || causeWords > MAX_OPTION_WORDS || Clauses.finiteVerb(t, because + 1) < 0) {
            return Optional.empty();
        }
        String subject = Clauses.lowerFirst(s, start, FactExtractor.span(s, start, verb));
        String head;
        int[] groupEnd = {verb + 1};
        if (t.get(verb).lemma().equalsIgnoreCase("be")) {
            head = t.get(verb).word().toLowerCase(Locale.ROOT) + " " + subject;
        } else {
            Optional<String> inv = Clauses.inverted(s, verb, subject, groupEnd);
            if (inv.isEmpty()) {
                return Optional.empty();
            }
            head = inv.get();
        }
        String rest = groupEnd[0] < mainEnd ? " " + Clauses.withoutConnectives(s, groupEnd[0], mainEnd) : "";
        String stem = Clauses.tidy("According to the article, why " + head + rest + "?");
        String key = "Because " + FactExtractor.span(s, because + 1, causeEnd);
        return item(s, Form.CAUSE, AnswerKind.REASON, stem, key, reasons, 0.12);
    }

    /**
     * "Heavy rain led to the closure of the road." → What led to the closure of the road? The other options are the
     * subjects of the article's other cause sentences: subjects of any sentence are no causes ("the honey stomach",
     * "the laws of the game" as what triggered something; blind read 12 rejected all three such items).
     */
    private Optional<Candidate> causeVerb(AnnotatedSentence s) {
        List<Token> t = s.tokens();
        int verb = Clauses.finiteVerb(t, 0);
        if (verb < 1 || !CAUSE_VERBS.contains(t.get(verb).lemma().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        int start = Clauses.subjectStart(t, verb);
        if (start != 0 || verb - start < 2) {
            return Optional.empty();
        }
        int objStart = verb + 1;
        if (t.get(verb).lemma().equalsIgnoreCase("lead")) {
            if (objStart >= t.size() || !t.get(objStart).word().equalsIgnoreCase("to")) {
                return Optional.empty();
            }
            objStart++;
        }
        int objEnd = end(t);
        if (objEnd - objStart < 2) {
            return Optional.empty();
        }
        String stem = "According to the article, what " + t.get(verb).word().toLowerCase(Locale.ROOT)
                + (t.get(verb).lemma().equalsIgnoreCase("lead") ? " to " : " ")
                + FactExtractor.span(s, objStart, objEnd) + "?";
        String key = upperFirst(FactExtractor.span(s, start, verb));
        List<Option> subjects = new ArrayList<>();
        for (AnnotatedSentence o : text.sentences()) {
            int v = Clauses.finiteVerb(o.tokens(), 0);
            if (o.index() != s.index() && v >= 3 && Clauses.subjectStart(o.tokens(), v) == 0 && usable(o)
                    && !o.tokens().get(0).isProperNoun() && !o.tokens().get(0).pos().startsWith("PRP")
                    && o.tokens().subList(0, v).stream().noneMatch(x -> x.pos().matches("CD|NNP|NNPS|WDT|WP"))
                    && o.tokens().get(v - 1).isNoun()
                    && CAUSE_VERBS.contains(o.tokens().get(v).lemma().toLowerCase(Locale.ROOT))) {
                // Other causes: noun phrases of three words or more, none a name or a year, that lead to something.
                subjects.add(new Option(o.index(), upperFirst(FactExtractor.span(o, 0, v)), ""));
            }
        }
        return item(s, Form.CAUSE, AnswerKind.REASON, Clauses.tidy(stem), key, subjects, 0.12);
    }

    /** "Kourou is a town in French Guiana." or "Kourou, a town in French Guiana, …": [term, definition]. */
    private Optional<String[]> definition(AnnotatedSentence s) {
        List<Token> t = s.tokens();
        for (int i = 1; i + 2 < t.size(); i++) {
            boolean copula = t.get(i).word().matches("is|was|are|were") && i <= 5;
            boolean appositive = t.get(i).word().equals(",") && t.get(i - 1).isNoun();
            if (!copula && !appositive || !t.get(i + 1).word().matches("(?i)a|an")) {
                continue;
            }
            int termStart = appositive ? i - 1 : 0;
            // The whole noun phrase: "carbon dioxide, a waste product …" defines carbon dioxide, not "dioxide".
            while (appositive && termStart > 0 && (t.get(termStart - 1).isNoun() || t.get(termStart - 1).isProperNoun()
                    || t.get(termStart - 1).pos().startsWith("JJ"))) {
                termStart--;
            }
            if (copula && (termStart != 0 || Clauses.subjectStart(t, i) != 0)) {
                continue;
            }
            int end = i + 2;
            while (end < t.size() && !t.get(end).word().matches("[,;:.]") && !t.get(end).pos().equals("CC")) {
                end++;
            }
            if (appositive && (end >= t.size() || !t.get(end).word().equals(","))) {
                continue;
            }
            if (end < t.size() && t.get(end).pos().equals("CC")
                    || FactExtractor.span(s, i + 1, end).matches(".*[()\\[\\]].*")
                    || t.get(i - 1).pos().equals("NNS") && t.get(i).word().equals("is")) {
                // "a light cutting" cut before "and thrusting weapon", "a Lame (not for épée)" from a list, "what is
                // swords?" (blind read 13): no definition a teacher would print.
                continue;
            }
            int words = end - i - 1;
            String term = FactExtractor.span(s, termStart, i);
            if (words < 3 || words > 12 || term.split(" ").length > 5 || !t.get(termStart).isProperNoun()
                    && !t.get(termStart).isNoun() && !t.get(termStart).pos().equals("DT")) {
                continue;
            }
            return Optional.of(new String[] {term, FactExtractor.span(s, i + 1, end)});
        }
        return Optional.empty();
    }

    private Optional<Candidate> definitionItem(AnnotatedSentence s, List<ArticleReport.Dropped> dropped) {
        Optional<String[]> d = definition(s);
        if (d.isEmpty()) {
            return Optional.empty();
        }
        String term = d.get()[0].replaceFirst("^(The|A|An) ", "the ");
        String stem = "According to the article, what is " + term + "?";
        String termKey = Names.key(term.replaceFirst("^the ", ""));
        if (Names.key(article.title()).equals(termKey) || salience.subject()
                .map(x -> Names.key(x.substring(x.indexOf(':') + 1))).filter(termKey::equals).isPresent()) {
            // "What is blood? A body fluid": the article's own subject defined is known without reading it (blind
            // reads 11 and 12).
            dropped.add(new ArticleReport.Dropped(stem, "the definition of the article's own subject tests no reading"));
            return Optional.empty();
        }
        Optional<Candidate> c = item(s, Form.DEFINITION, AnswerKind.DEFINITION, stem, d.get()[1], definitions, 0.1);
        if (c.isEmpty()) {
            dropped.add(new ArticleReport.Dropped(stem, "fewer than " + (options.optionsPerItem() - 1)
                    + " other definitions in the article"));
        }
        return c;
    }

    private Optional<Candidate> item(AnnotatedSentence s, Form form, AnswerKind kind, String stem, String key,
                                     List<Option> pool, double bonus) {
        int wanted = options.optionsPerItem() - 1;
        String keyText = Names.key(key);
        Set<String> topic = contentWords(stem + " " + key);
        int keyWords = key.split("\\s+").length;
        List<Option> candidates = new ArrayList<>();
        for (Option o : pool) {
            if (o.text().matches(".*[()\\[\\]].*")) {
                // "a Lame (not for épée)": a bracket in an option is a fragment of a list, not a definition.
                continue;
            }
            String ok = Names.key(o.text());
            if (o.sentence() == s.index() || ok.equals(keyText) || (" " + Names.key(stem) + " ").contains(" " + ok + " ")
                    || overlap(ok, keyText) > 0.5 || Names.key(o.subject()).equals(Names.key(stem))) {
                continue;
            }
            if (form == Form.CAUSE && topicWords(o.text(), topic) == 0) {
                // "Because Gustaf Dalén invented the sun valve" offered for why potatoes have 48 chromosomes: a reason
                // about something else is no reason a student would weigh (blind read 15).
                continue;
            }
            candidates.add(o);
        }
        // Options nearest the question's topic first (reasons), then of a length like the key's; ties by a seeded
        // draw.
        Random random = new Random(options.seed() ^ stem.hashCode());
        List<double[]> order = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            int words = candidates.get(i).text().split("\\s+").length;
            order.add(new double[] {Math.abs(words - keyWords) / (double) keyWords + random.nextDouble() * 0.3
                    - (form == Form.CAUSE ? topicWords(candidates.get(i).text(), topic) : 0), i});
        }
        order.sort((x, y) -> Double.compare(x[0], y[0]));
        Set<String> chosen = new LinkedHashSet<>();
        for (double[] o : order) {
            if (chosen.size() == wanted) {
                break;
            }
            String text = candidates.get((int) o[1]).text();
            if (chosen.stream().noneMatch(x -> overlap(Names.key(x), Names.key(text)) > 0.5)) {
                chosen.add(text);
            }
        }
        if (chosen.size() < wanted) {
            return Optional.empty();
        }
        double importance = salience.importance(s.index());
        double score = 0.3 + 0.45 * importance + bonus;
        List<String> why = List.of(String.format(Locale.ROOT, "sentence importance %.2f", importance),
                form == Form.CAUSE ? "asks for a cause the article gives" : "asks for a definition the article gives",
                "other options: clauses of the same article about other things");
        Sentence sentence = new Sentence(s.text(), s.start(), s.end(), paragraphOf(s.start()));
        return Optional.of(new Candidate(article.fileName(), form, kind, stem, key, List.copyOf(chosen), sentence,
                Math.min(1, score), why, List.of(article.fileName()), Set.of(keyText),
                kind + ":" + s.index(), stem + " " + key));
    }

    private static final Set<String> FUNCTION_WORDS = Set.of("because", "according", "article", "which", "their",
            "there", "these", "those", "about", "after", "before", "where", "while", "would", "could", "should",
            "being", "other", "also", "more", "most", "many", "much", "some", "such", "than", "that", "this", "with",
            "from", "into", "have", "were", "been", "what", "when", "does");

    /** A clause's content words by their first five letters ("potato", "potatoes" alike). */
    private static Set<String> contentWords(String text) {
        Set<String> out = new java.util.HashSet<>();
        for (String w : Names.key(text).split(" ")) {
            if (w.length() >= 4 && !FUNCTION_WORDS.contains(w)) {
                out.add(w.length() > 5 ? w.substring(0, 5) : w);
            }
        }
        return out;
    }

    private static int topicWords(String option, Set<String> topic) {
        Set<String> words = contentWords(option);
        words.retainAll(topic);
        return words.size();
    }

    /** The sentence's main clause (subject, verb, what follows up to the first comma), lower-cased for "Because …". */
    private static Optional<String> mainClause(AnnotatedSentence s) {
        List<Token> t = s.tokens();
        int verb = Clauses.finiteVerb(t, 0);
        if (verb < 1) {
            return Optional.empty();
        }
        int start = Clauses.subjectStart(t, verb);
        if (start != 0) {
            return Optional.empty();
        }
        int end = end(t);
        for (int i = verb + 1; i < end; i++) {
            if (t.get(i).word().matches("[,;:]") && i - start >= 5) {
                // The main clause ends at its first comma ("The Games were cancelled in 1940, during the war").
                end = i;
                break;
            }
        }
        for (int i = 0; i < end; i++) {
            if (t.get(i).word().matches("[,;:()]") || t.get(i).pos().matches("WDT|WP|WRB|CC")
                    || t.get(i).word().equalsIgnoreCase("that")) {
                // Only a whole clause makes a reason: "Because tradition has it that Coroebus" is a piece of one.
                return Optional.empty();
            }
        }
        int words = end - start;
        if (words < 5 || words > MAX_OPTION_WORDS || t.get(0).pos().startsWith("PRP")
                || t.get(end - 1).pos().matches("IN|DT|TO|CC|WDT|NNP|NNPS")) {
            return Optional.empty();
        }
        return Optional.of(Clauses.lowerFirst(s, 0, FactExtractor.span(s, start, end)));
    }

    private static double overlap(String a, String b) {
        Set<String> x = new java.util.HashSet<>(List.of(a.split(" ")));
        Set<String> y = new java.util.HashSet<>(List.of(b.split(" ")));
        int both = 0;
        for (String w : x) {
            if (w.length() > 3 && y.contains(w)) {
                both++;
            }
        }
        return both / (double) Math.max(1, Math.min(x.size(), y.size()));
    }

    private static int end(List<Token> t) {
        int end = t.size();
        while (end > 0 && t.get(end - 1).pos().matches("[.:,]|''|``|-RRB-")) {
            end--;
        }
        return end;
    }

    private static String upperFirst(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private int paragraphOf(int offset) {
        for (Paragraph p : article.paragraphs()) {
            if (offset >= p.start() && offset < p.end()) {
                return p.index();
            }
        }
        return -1;
    }
}
