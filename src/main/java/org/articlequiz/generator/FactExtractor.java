package org.articlequiz.generator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.articlequiz.article.Article;
import org.articlequiz.article.Paragraph;
import org.articlequiz.article.Sentence;
import org.articlequiz.generator.nlp.AnnotatedSentence;
import org.articlequiz.generator.nlp.AnnotatedText;
import org.articlequiz.generator.nlp.Mention;
import org.articlequiz.generator.nlp.Token;

/**
 * Stage 1: sentences to facts. Every person, organization, place, resolved date, quantity, title held by a named
 * person, and quoted term of a sentence becomes a fact. Facts of hedged sentences and speculative articles are
 * still extracted, marked {@link Fact#hedged()}: they never become items, but what they state guards distractors.
 */
final class FactExtractor {

    /** Verbs that carry no event of their own. */
    private static final Set<String> AUXILIARIES = Set.of("be", "have", "do", "will", "would", "can", "could", "may",
            "might", "shall", "should", "must", "get", "become");
    /** Nouns that name an event, mapped to its verb, so "the meeting" and "met" are the same predicate. */
    private static final Map<String, String> EVENT_NOUNS = Map.ofEntries(Map.entry("meeting", "meet"),
            Map.entry("talk", "talk"), Map.entry("talks", "talk"), Map.entry("discussion", "discuss"),
            Map.entry("visit", "visit"), Map.entry("election", "elect"), Map.entry("victory", "win"),
            Map.entry("win", "win"), Map.entry("interview", "interview"), Map.entry("summit", "meet"),
            Map.entry("encounter", "meet"), Map.entry("interaction", "meet"), Map.entry("launch", "launch"),
            Map.entry("discovery", "discover"), Map.entry("founding", "found"), Map.entry("acquisition", "acquire"));
    private static final Set<String> MEETING_VERBS = Set.of("meet", "sit", "hold", "talk", "discuss", "engage");
    private static final Pattern QUOTED_TERM = Pattern.compile(
            "(?<![\\p{L}\\p{N}])[“\"‘']([\\p{L}][\\p{L}\\p{N} \\-]{1,40}?)[”\"’'](?![\\p{L}\\p{N}])");
    /** Events and works the tagger calls places: "the Rotterdam Marathon", "the World Championships". */
    private static final Pattern NOT_A_PLACE = Pattern.compile(
            "(?i)\\b(marathon|championships?|cup|games|open|race|prize|award|festival|league|label|company)$");
    /**
     * Names the tagger takes for people because a person's name is in them: "Comet Halvorsen", "Mount Kenya". Such
     * a key among people's names gives itself away, so the mention yields no fact.
     */
    private static final Pattern NAMED_AFTER_SOMEONE =
            Pattern.compile("^(Comet|Asteroid|Mount|Lake|Cape|River|Fort|Port) \\p{Lu}.*");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final Pattern MONTH = Pattern.compile(
            "(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\b");

    private final Gazetteer gazetteer;
    private final Names names;
    /** Every written form of every gazetteer title, as the tokenizer splits it ("president", "-", "elect"). */
    private final List<String[]> titleForms = new ArrayList<>();
    /** Title spans per analysed sentence: they are asked for once per fact, and matching is not free. */
    private final Map<AnnotatedSentence, List<int[]>> titleSpansCache = new java.util.IdentityHashMap<>();

    FactExtractor(Gazetteer gazetteer, Names names) {
        this.gazetteer = gazetteer;
        this.names = names;
        for (Gazetteer.Entry e : gazetteer.entries(AnswerKind.TITLE)) {
            for (String form : forms(e)) {
                // The tokenizer splits "President-elect" into "President", "-", "elect".
                titleForms.add(form.toLowerCase(Locale.ROOT).split(" |(?=-)|(?<=-)"));
            }
        }
    }

    /** What one article yielded: its facts (hedged ones included) and counts for the report. */
    record Extraction(List<Fact> facts, int sentences, int hedgedSentences, Optional<String> speculative,
                      List<ArticleReport.Dropped> skipped, Set<Integer> hedgedIndexes,
                      Map<Integer, String> antecedents) {
    }

    /** Records every name of the article so aliases resolve across the whole run before facts are built. */
    void learnNames(AnnotatedText text) {
        for (AnnotatedSentence s : text.sentences()) {
            for (Mention m : s.mentions()) {
                kindOf(m).filter(k -> k == AnswerKind.PERSON || k == AnswerKind.ORGANIZATION || k == AnswerKind.PLACE)
                        .filter(k -> !isPronoun(s, m))
                        .ifPresent(k -> names.see(k, m.text()));
            }
        }
    }

    Extraction extract(Article article, AnnotatedText text) {
        List<AnnotatedSentence> sentences = text.sentences();
        int hedged = 0;
        List<Optional<String>> hedges = new ArrayList<>();
        for (AnnotatedSentence s : sentences) {
            Optional<String> h = inHeading(article, s) ? Optional.of("heading") : Hedges.hedge(s);
            hedges.add(h);
            if (h.isPresent() && !h.get().equals("heading")) {
                hedged++;
            }
        }
        int bodySentences = (int) hedges.stream().filter(h -> h.isEmpty() || !h.get().equals("heading")).count();
        Optional<String> speculative = Hedges.speculativeArticle(article.text(), bodySentences, hedged);
        List<Fact> facts = new ArrayList<>();
        List<ArticleReport.Dropped> skipped = new ArrayList<>();
        Set<Integer> hedgedIndexes = new HashSet<>();
        for (AnnotatedSentence s : sentences) {
            Optional<String> h = hedges.get(s.index());
            if (h.isPresent() || speculative.isPresent()) {
                hedgedIndexes.add(s.index());
            }
            if (h.isPresent() && h.get().equals("heading")) {
                continue;
            }
            boolean isHedged = h.isPresent() || speculative.isPresent();
            List<Fact> found = factsOf(article, s, sentences.size(), isHedged);
            if (h.isPresent() && !found.isEmpty() && speculative.isEmpty()) {
                skipped.add(new ArticleReport.Dropped(abbreviate(s.text()), "no facts: " + h.get()));
            }
            facts.addAll(found);
        }
        return new Extraction(facts, bodySentences, hedged, speculative, skipped, hedgedIndexes,
                Antecedents.of(sentences, names));
    }

    private static boolean inHeading(Article article, AnnotatedSentence s) {
        for (Paragraph p : article.paragraphs()) {
            if (s.start() >= p.start() && s.end() <= p.end()) {
                return p.isHeading();
            }
        }
        return false;
    }

    private List<Fact> factsOf(Article article, AnnotatedSentence s, int sentenceCount, boolean hedged) {
        List<Token> tokens = s.tokens();
        if (tokens.size() < 6 || tokens.size() > 60) {
            return List.of();
        }
        Sentence sentence = new Sentence(s.text(), s.start(), s.end(), paragraphOf(article, s.start()));
        double position = sentenceCount <= 1 ? 0 : (double) s.index() / (sentenceCount - 1);
        Set<String> predicates = predicates(s);
        List<Fact> facts = new ArrayList<>();
        List<Mention> mentions = mergePlaces(s);
        for (Mention m : mentions) {
            Optional<AnswerKind> kind = kindOf(m);
            if (kind.isEmpty() || isPronoun(s, m)) {
                continue;
            }
            if ((kind.get() == AnswerKind.PLACE || kind.get() == AnswerKind.ORGANIZATION)
                    && m.endToken() < tokens.size() && tokens.get(m.endToken()).isProperNoun()) {
                // "U.S. Representative Michael Waltz", "NATO Secretary General": a modifier, not the answer to a
                // question a reader would ask.
                continue;
            }
            if (kind.get() == AnswerKind.PLACE && NOT_A_PLACE.matcher(m.text()).find()) {
                continue;
            }
            if (kind.get() == AnswerKind.PERSON && !names.isFullName(m.text())) {
                // A lone capitalized word the tagger calls a person ("Kestrel", "Norvolt") with no full name anywhere
                // in the run and unknown to the gazetteer is as likely a probe or a company.
                continue;
            }
            String normalized;
            switch (kind.get()) {
                case DATE -> {
                    String value = m.normalized() == null ? "" : m.normalized();
                    if (!ISO_DATE.matcher(value).matches()
                            || !(m.text().matches(".*\\d.*") || MONTH.matcher(m.text()).find())) {
                        continue;
                    }
                    normalized = value;
                }
                case NUMBER -> {
                    if (!m.text().matches("[\\d,.]+") || m.endToken() >= tokens.size()
                            || !tokens.get(m.endToken()).isNoun() && !tokens.get(m.endToken()).pos().equals("JJ")) {
                        continue;
                    }
                    normalized = m.normalized() == null ? m.text() : m.normalized();
                }
                case PERCENT, MONEY -> {
                    if (!m.text().matches(".*\\d.*")) {
                        continue;
                    }
                    normalized = m.normalized() == null ? m.text() : m.normalized();
                }
                default -> normalized = names.canonical(kind.get(), m.text());
            }
            facts.add(fact(article, s, sentence, kind.get(), m.start(), m.end(), m.firstToken(), m.endToken(),
                    normalized, subtype(kind.get(), m), predicates, mentions, hedged, position));
        }
        facts.addAll(titles(article, s, sentence, predicates, mentions, hedged, position));
        facts.addAll(terms(article, s, sentence, predicates, mentions, hedged, position));
        return facts;
    }

    private Fact fact(Article article, AnnotatedSentence s, Sentence sentence, AnswerKind kind, int start, int end,
                      int first, int endToken, String normalized, String subtype, Set<String> predicates,
                      List<Mention> mentions, boolean hedged, double position) {
        Set<String> context = new HashSet<>();
        for (Mention other : mentions) {
            if (other.end() <= start || other.start() >= end) {
                kindOf(other).ifPresent(k -> context.add(contextKey(k, other)));
            }
        }
        for (int[] title : titleSpans(s)) {
            if (s.tokens().get(title[0]).start() >= end || s.tokens().get(title[1] - 1).end() <= start) {
                context.add("TITLE:" + Names.key(span(s, title[0], title[1])));
            }
        }
        context.remove("");
        return new Fact(article.fileName(), kind, article.text().substring(start, end), start, end, first, endToken,
                normalized, subtype, sentence, s, predicates, context, hedged, position);
    }

    private String contextKey(AnswerKind kind, Mention m) {
        return switch (kind) {
            case DATE -> m.normalized() != null && ISO_DATE.matcher(m.normalized()).matches()
                    ? "DATE:" + m.normalized() : "DATE:" + Names.key(m.text());
            case NUMBER, PERCENT, MONEY -> kind + ":" + (m.normalized() == null ? m.text() : m.normalized());
            default -> kind + ":" + names.canonical(kind, m.text());
        };
    }

    /** "Palm Beach, Florida": a place followed by a comma and the place that contains it is one answer. */
    private List<Mention> mergePlaces(AnnotatedSentence s) {
        List<Mention> out = new ArrayList<>();
        List<Mention> ms = s.mentions();
        for (int i = 0; i < ms.size(); i++) {
            Mention m = ms.get(i);
            if (i + 1 < ms.size() && isPlace(m) && isPlace(ms.get(i + 1))
                    && ms.get(i + 1).firstToken() == m.endToken() + 1
                    && s.tokens().get(m.endToken()).word().equals(",")) {
                Mention n = ms.get(i + 1);
                String text = s.text().substring(m.start() - s.start(), n.end() - s.start());
                out.add(new Mention(m.type(), text, m.start(), n.end(), m.firstToken(), n.endToken(), null));
                i++;
            } else {
                out.add(m);
            }
        }
        return out;
    }

    private static boolean isPlace(Mention m) {
        return Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY").contains(m.type());
    }

    private String subtype(AnswerKind kind, Mention m) {
        if (kind != AnswerKind.PLACE) {
            return "";
        }
        String head = m.text().split(",")[0];
        Optional<Gazetteer.Entry> e = gazetteer.lookup(AnswerKind.PLACE, head);
        if (e.isPresent()) {
            return m.text().contains(",") && e.get().subtype().equals("CITY") ? "CITY_STATE" : e.get().subtype();
        }
        return switch (m.type()) {
            case "CITY" -> m.text().contains(",") ? "CITY_STATE" : "CITY";
            case "STATE_OR_PROVINCE" -> "STATE";
            case "COUNTRY" -> "COUNTRY";
            default -> m.text().matches(".*\\b(House|Palace|Hall|Building|Castle|Tower|Cathedral|Kremlin)\\b.*")
                    ? "BUILDING" : m.text().contains(",") ? "CITY_STATE" : "";
        };
    }

    static Optional<AnswerKind> kindOf(Mention m) {
        return switch (m.type()) {
            case "PERSON" -> NAMED_AFTER_SOMEONE.matcher(m.text()).matches() ? Optional.empty() : Optional.of(AnswerKind.PERSON);
            case "ORGANIZATION" -> Optional.of(AnswerKind.ORGANIZATION);
            case "LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY" -> Optional.of(AnswerKind.PLACE);
            case "DATE" -> Optional.of(AnswerKind.DATE);
            case "NUMBER" -> Optional.of(AnswerKind.NUMBER);
            case "PERCENT" -> Optional.of(AnswerKind.PERCENT);
            case "MONEY" -> Optional.of(AnswerKind.MONEY);
            default -> Optional.empty();
        };
    }

    static boolean isPronoun(AnnotatedSentence s, Mention m) {
        for (int i = m.firstToken(); i < m.endToken(); i++) {
            if (s.tokens().get(i).pos().startsWith("PRP") || s.tokens().get(i).pos().equals("WP")) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> predicates(AnnotatedSentence s) {
        Set<String> out = new HashSet<>();
        for (Token t : s.tokens()) {
            String lemma = t.lemma().toLowerCase(Locale.ROOT);
            if (t.pos().startsWith("VB") && !AUXILIARIES.contains(lemma)) {
                out.add(lemma);
            } else if (t.isNoun() && EVENT_NOUNS.containsKey(t.word().toLowerCase(Locale.ROOT))) {
                out.add(EVENT_NOUNS.get(t.word().toLowerCase(Locale.ROOT)));
            }
        }
        // "sat down with", "held talks with", "met": one kind of event.
        if (out.stream().anyMatch(MEETING_VERBS::contains)) {
            out.add("meet");
        }
        return out;
    }

    /** Token spans [first, end) of gazetteer titles written before a person's name or in an appositive after it. */
    List<int[]> titleSpans(AnnotatedSentence s) {
        synchronized (titleSpansCache) {
            return titleSpansCache.computeIfAbsent(s, this::findTitleSpans);
        }
    }

    private List<int[]> findTitleSpans(AnnotatedSentence s) {
        List<int[]> spans = new ArrayList<>();
        List<Token> tokens = s.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            int best = -1;
            for (String[] form : titleForms) {
                int end = matchWords(tokens, i, form);
                if (end > best) {
                    best = end;
                }
            }
            if (best > i && (beforePerson(s, best) || inAppositive(s, i))) {
                spans.add(new int[] {i, best});
                i = best - 1;
            }
        }
        return spans;
    }

    private static List<String> forms(Gazetteer.Entry e) {
        List<String> forms = new ArrayList<>(e.aliases());
        forms.add(e.name());
        return forms;
    }

    private static int matchWords(List<Token> tokens, int from, String[] words) {
        int j = from;
        for (String w : words) {
            if (j >= tokens.size() || !tokens.get(j).word().equalsIgnoreCase(w)) {
                return -1;
            }
            j++;
        }
        return j;
    }

    private static boolean beforePerson(AnnotatedSentence s, int tokenAfterTitle) {
        for (Mention m : s.mentions()) {
            if (m.type().equals("PERSON") && m.firstToken() == tokenAfterTitle) {
                return true;
            }
        }
        return false;
    }

    /** "Mark Rutte, the former Dutch prime minister," : the title inside ", the … ," right after a person. */
    private static boolean inAppositive(AnnotatedSentence s, int titleStart) {
        List<Token> tokens = s.tokens();
        int i = titleStart - 1;
        while (i >= 0 && (tokens.get(i).pos().equals("JJ") || tokens.get(i).pos().equals("NNP")
                || tokens.get(i).pos().equals("DT"))) {
            if (tokens.get(i).pos().equals("DT")) {
                i--;
                break;
            }
            i--;
        }
        if (i < 1 || !tokens.get(i).word().equals(",")) {
            return false;
        }
        for (Mention m : s.mentions()) {
            if (m.type().equals("PERSON") && m.endToken() == i) {
                return true;
            }
        }
        return false;
    }

    private List<Fact> titles(Article article, AnnotatedSentence s, Sentence sentence, Set<String> predicates,
                              List<Mention> mentions, boolean hedged, double position) {
        List<Fact> out = new ArrayList<>();
        for (int[] span : titleSpans(s)) {
            int start = s.tokens().get(span[0]).start();
            int end = s.tokens().get(span[1] - 1).end();
            String text = article.text().substring(start, end);
            String canonical = gazetteer.lookup(AnswerKind.TITLE, text).map(e -> Names.key(e.name()))
                    .orElse(Names.key(text));
            out.add(fact(article, s, sentence, AnswerKind.TITLE, start, end, span[0], span[1], canonical, "",
                    predicates, mentions, hedged, position));
        }
        return out;
    }

    private List<Fact> terms(Article article, AnnotatedSentence s, Sentence sentence, Set<String> predicates,
                             List<Mention> mentions, boolean hedged, double position) {
        List<Fact> out = new ArrayList<>();
        Matcher m = QUOTED_TERM.matcher(s.text());
        while (m.find()) {
            String term = m.group(1).strip();
            int words = term.split("\\s+").length;
            if (words > 4 || term.length() < 3) {
                continue;
            }
            int start = s.start() + m.start(1);
            int end = start + term.length();
            int first = -1;
            int last = -1;
            for (int i = 0; i < s.tokens().size(); i++) {
                Token t = s.tokens().get(i);
                if (t.start() >= start && first < 0) {
                    first = i;
                }
                if (t.end() <= end) {
                    last = i + 1;
                }
            }
            if (first < 0 || last <= first) {
                continue;
            }
            out.add(fact(article, s, sentence, AnswerKind.TERM, start, end, first, last, Names.key(term), "",
                    predicates, mentions, hedged, position));
        }
        return out;
    }

    static String span(AnnotatedSentence s, int first, int end) {
        return s.text().substring(s.tokens().get(first).start() - s.start(), s.tokens().get(end - 1).end() - s.start());
    }

    private static int paragraphOf(Article article, int offset) {
        for (Paragraph p : article.paragraphs()) {
            if (offset >= p.start() && offset < p.end()) {
                return p.index();
            }
        }
        return -1;
    }

    static String abbreviate(String s) {
        return s.length() <= 90 ? s : s.substring(0, 87) + "…";
    }
}
