package org.articlequiz.generator;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.articlequiz.article.Article;
import org.articlequiz.generator.nlp.AnnotatedText;
import org.articlequiz.generator.nlp.NlpPipeline;

/**
 * The generator's facade: articles in, ranked multiple-choice item drafts and a report out. A run goes through
 * explicit stages: analyse (NLP), extract facts ({@link FactExtractor}), write stems ({@link StemWriter}), pick
 * distractors ({@link DistractorPicker}), then filter and rank here. It overgenerates and keeps the best items.
 *
 * <p>The listener may be called from the common fork-join pool's threads while articles are analysed (never two
 * calls at once). Instances are cheap and hold no state between runs; the NLP pipeline is shared by the JVM and loaded on the
 * first run. Deterministic: the same articles and options give the same items.
 */
public final class QuestionGenerator {

    private static final System.Logger LOG = System.getLogger(QuestionGenerator.class.getName());
    private static final int MAX_ITEMS_PER_SENTENCE = 2;
    /** Items of an article that may share one key, so a quiz does not ask for "NATO" five times. */
    private static final int MAX_ITEMS_PER_NAME = 2;
    private static final int MAX_ITEMS_PER_VALUE = 1;
    private static final Map<String, List<String>> DOMAIN_WORDS = Map.of(
            "politics", List.of("president", "minister", "election", "government", "alliance", "nato", "senate",
                    "parliament", "diplomat", "policy", "treaty", "secretary"),
            "science", List.of("scientist", "research", "study", "species", "telescope", "experiment", "cell",
                    "physics", "laboratory", "researchers", "planet", "molecule", "data"),
            "sports", List.of("match", "season", "team", "coach", "league", "championship", "goal", "race", "medal",
                    "tournament", "player", "final"),
            "business", List.of("company", "revenue", "profit", "shares", "market", "investors", "quarter", "ceo",
                    "sales", "merger", "billion", "customers"),
            "history", List.of("century", "empire", "king", "war", "ancient", "dynasty", "revolution", "treaty",
                    "historians", "kingdom", "battle"));

    private final GenerationOptions options;

    public QuestionGenerator(GenerationOptions options) {
        this.options = options;
    }

    /**
     * Loads the language models now rather than on the first run (a server may call this at start-up) and returns
     * how long loading took; later calls return at once with the same figure.
     */
    public static java.time.Duration loadModels() {
        return java.time.Duration.ofMillis(NlpPipeline.shared().loadMillis());
    }

    /** Runs only the NLP analysis over the articles, one after another: the benchmark's baseline. Returns tokens. */
    public static int analyseOnly(List<Article> articles) {
        int tokens = 0;
        for (Article a : articles) {
            tokens += NlpPipeline.shared().annotate(a.text(), a.date()).tokenCount();
        }
        return tokens;
    }

    /** Generates items for the articles, best first within each article, telling the listener as it goes. */
    public GenerationResult generate(List<Article> articles, ProgressListener listener) {
        int total = articles.size() * 2 + 2;
        int done = 0;
        Gazetteer gazetteer = Gazetteer.shared();
        Names names = new Names(gazetteer);
        FactExtractor extractor = new FactExtractor(gazetteer, names);
        listener.progress(done, total, "loading language models");
        NlpPipeline nlp = NlpPipeline.shared();
        // Articles are analysed in parallel (the pipeline is thread-safe; NER dominates and uses one core per
        // document), in the order given so that names are learnt deterministically.
        java.util.concurrent.atomic.AtomicInteger analysedCount = new java.util.concurrent.atomic.AtomicInteger();
        List<AnnotatedText> analysed = articles.parallelStream()
                .map(a -> {
                    AnnotatedText text = nlp.annotate(a.text(), a.date());
                    int n = analysedCount.incrementAndGet();
                    synchronized (listener) {
                        listener.progress(n, total, "analysed " + a.fileName());
                    }
                    return text;
                })
                .toList();
        done = articles.size();
        analysed.forEach(extractor::learnNames);
        names.doneLearning();
        Map<String, FactExtractor.Extraction> extractions = new LinkedHashMap<>();
        List<Fact> all = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            listener.progress(done, total, "extracting facts from " + articles.get(i).fileName());
            FactExtractor.Extraction x = extractor.extract(articles.get(i), analysed.get(i));
            extractions.put(articles.get(i).fileName(), x);
            all.addAll(x.facts());
            listener.progress(++done, total, "extracted facts from " + articles.get(i).fileName());
        }
        listener.progress(done, total, "writing stems and picking distractors");
        Sources sources = new Sources(all, names);
        StemWriter stems = new StemWriter(options.allowCompletionStems());
        DistractorPicker picker = new DistractorPicker(gazetteer, names, all);
        Map<String, List<ArticleReport.Dropped>> dropped = new HashMap<>();
        Map<String, String> domains = new HashMap<>();
        for (Article a : articles) {
            domains.put(a.fileName(), domainOf(a));
            dropped.put(a.fileName(), new ArrayList<>(extractions.get(a.fileName()).skipped()));
        }
        List<Candidate> candidates = new ArrayList<>();
        for (Fact f : all) {
            if (f.hedged()) {
                continue;
            }
            candidate(f, stems, picker, sources, names, domains.get(f.article()))
                    .ifPresentOrElse(candidates::add, () -> { });
        }
        listener.progress(++done, total, "filtering and ranking");
        List<ItemDraft> items = rank(candidates, sources, names, dropped);
        listener.progress(++done, total, "done");
        List<ArticleReport> report = new ArrayList<>();
        for (Article a : articles) {
            FactExtractor.Extraction x = extractions.get(a.fileName());
            long facts = x.facts().stream().filter(f -> !f.hedged()).count();
            long kept = items.stream().filter(it -> it.article().equals(a.fileName())).count();
            List<ArticleReport.Dropped> d = new ArrayList<>(dropped.get(a.fileName()));
            x.speculative().ifPresent(why -> d.add(0, new ArticleReport.Dropped("whole article", "no facts: " + why)));
            report.add(new ArticleReport(a.fileName(), a.wordCount(), x.sentences(), x.hedgedSentences(),
                    x.speculative().isPresent(), (int) facts, (int) kept, d));
        }
        LOG.log(Level.DEBUG, "generated {0} items from {1} articles", items.size(), articles.size());
        return new GenerationResult(items, report);
    }

    /** An item before filtering and ranking, or the reason a fact gave none. */
    private record Candidate(Fact fact, StemWriter.Stem stem, DistractorPicker.Pick pick, List<String> sources,
                             double score, List<String> reasons, String drop) {
    }

    private Optional<Candidate> candidate(Fact f, StemWriter stems, DistractorPicker picker, Sources sources,
                                          Names names, String domain) {
        Optional<StemWriter.Stem> written = stems.write(f);
        if (written.isEmpty()) {
            return Optional.of(dropped(f, "no stem reads well for this sentence"));
        }
        StemWriter.Stem stem = written.get();
        String key = stem.key();
        if (!f.sentence().text().toLowerCase(Locale.ROOT).contains(key.toLowerCase(Locale.ROOT))) {
            return Optional.of(dropped(f, "key not in the source sentence"));
        }
        if (visible(stem.text(), key, f.kind())) {
            return Optional.of(dropped(f, "key visible in the stem"));
        }
        List<Fact> contested = sources.contested(f);
        Optional<String> ambiguous = sources.ambiguity(f, stem.text(), contested);
        if (ambiguous.isPresent()) {
            return Optional.of(dropped(f, ambiguous.get()));
        }
        Random random = new Random(options.seed() ^ stem.text().hashCode());
        DistractorPicker.Pick pick = picker.pick(f, key, stem.text(), contested, domain,
                options.optionsPerItem() - 1, random);
        if (pick.distractors().size() < options.optionsPerItem() - 1) {
            return Optional.of(dropped(f, "too few distractors of the same kind (" + pick.distractors().size() + ")"));
        }
        List<String> agreeing = sources.agreeing(f);
        List<String> reasons = new ArrayList<>();
        double score = 0.35;
        if (stem.question()) {
            score += 0.2;
            reasons.add("question formed from the source sentence");
        } else {
            reasons.add("completion of the source sentence");
        }
        if (agreeing.size() > 1) {
            score += 0.1 * Math.min(agreeing.size() - 1, 2);
            reasons.add("stated by " + agreeing.size() + " articles: " + String.join(", ", agreeing));
        } else {
            reasons.add("stated by this article only");
        }
        score += 0.15 * (1 - f.position());
        if (f.position() < 0.2) {
            reasons.add("from the opening of the article");
        }
        long mentions = f.analysis().mentions().size();
        if (mentions >= 3) {
            score += 0.05;
        }
        score += switch (f.kind()) {
            case PERSON, PLACE, DATE, ORGANIZATION -> 0.1;
            case TITLE, PERCENT, MONEY -> 0.05;
            case NUMBER, TERM -> 0.0;
        };
        long fromArticles = pick.origins().stream().filter(o -> o == DistractorPicker.Origin.ARTICLES).count();
        long fromGazetteer = pick.origins().stream().filter(o -> o == DistractorPicker.Origin.GAZETTEER).count();
        long generated = pick.origins().size() - fromArticles - fromGazetteer;
        score += 0.05 * fromArticles / pick.origins().size();
        reasons.add("distractors: " + describe(fromArticles, "from the articles") + describe(fromGazetteer,
                "from the gazetteer") + describe(generated, "near the key's value"));
        if (!contested.isEmpty()) {
            reasons.add("kept out of the options what the articles state for the same question: "
                    + String.join(", ", contested.stream().map(Fact::answer).distinct().limit(4).toList()));
        }
        return Optional.of(new Candidate(f, stem, pick, agreeing, Math.min(1.0, score), reasons, null));
    }

    private static String describe(long n, String what) {
        return n == 0 ? "" : n + " " + what + " ";
    }

    private static Candidate dropped(Fact f, String reason) {
        return new Candidate(f, null, null, List.of(), 0, List.of(), reason);
    }

    /** True when the stem already shows the key or, for a person, the key's surname. */
    static boolean visible(String stem, String key, AnswerKind kind) {
        String s = " " + Names.key(stem) + " ";
        if (s.contains(" " + Names.key(key) + " ")) {
            return true;
        }
        if (kind == AnswerKind.PERSON) {
            return s.contains(" " + Names.key(Names.surname(key)) + " ");
        }
        return false;
    }

    private List<ItemDraft> rank(List<Candidate> candidates, Sources sources, Names names,
                                 Map<String, List<ArticleReport.Dropped>> dropped) {
        List<Candidate> ok = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.drop() != null) {
                dropped.get(c.fact().article()).add(new ArticleReport.Dropped(
                        c.fact().kind() + " \"" + c.fact().answer() + "\" in: " + FactExtractor.abbreviate(
                                c.fact().sentence().text()), c.drop()));
            } else {
                ok.add(c);
            }
        }
        ok.sort(Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparing(c -> c.fact().article())
                .thenComparingInt(c -> c.fact().start()));
        List<Candidate> kept = new ArrayList<>();
        Map<String, Integer> perArticle = new HashMap<>();
        Map<String, Integer> perSentence = new HashMap<>();
        Map<String, Integer> perKey = new HashMap<>();
        for (Candidate c : ok) {
            Fact f = c.fact();
            String why = null;
            for (Candidate k : kept) {
                if (nearDuplicate(c, k, sources)) {
                    why = "near-duplicate of: " + k.stem().text();
                    break;
                }
            }
            String sentenceKey = f.article() + "#" + f.sentence().start();
            if (why == null && perSentence.getOrDefault(sentenceKey, 0) >= MAX_ITEMS_PER_SENTENCE) {
                why = "sentence already has " + MAX_ITEMS_PER_SENTENCE + " items";
            }
            String keyName = f.article() + "#" + f.kind() + ":" + f.normalized();
            int maxPerKey = switch (f.kind()) {
                case PERSON, ORGANIZATION, PLACE -> MAX_ITEMS_PER_NAME;
                default -> MAX_ITEMS_PER_VALUE;
            };
            if (why == null && perKey.getOrDefault(keyName, 0) >= maxPerKey) {
                why = "already " + maxPerKey + " item(s) with the key \"" + f.answer() + "\" in this article";
            }
            if (why == null && c.score() < options.minConfidence()) {
                why = "confidence " + String.format(Locale.ROOT, "%.2f", c.score()) + " below the minimum";
            }
            if (why == null && perArticle.getOrDefault(f.article(), 0) >= options.maxPerArticle()) {
                why = "beyond the " + options.maxPerArticle() + " best items of the article";
            }
            if (why != null) {
                dropped.get(f.article()).add(new ArticleReport.Dropped(c.stem().text(), why));
                continue;
            }
            kept.add(c);
            perArticle.merge(f.article(), 1, Integer::sum);
            perSentence.merge(sentenceKey, 1, Integer::sum);
            perKey.merge(keyName, 1, Integer::sum);
        }
        List<ItemDraft> items = new ArrayList<>();
        // Articles in their given order, best items first within each.
        Map<String, Integer> articleIndex = new HashMap<>();
        for (Candidate c : candidates) {
            articleIndex.putIfAbsent(c.fact().article(), articleIndex.size());
        }
        kept.sort(Comparator.comparingInt((Candidate c) -> articleIndex.getOrDefault(c.fact().article(), 0)));
        for (Candidate c : kept) {
            items.add(toItem(c));
        }
        return items;
    }

    private static boolean nearDuplicate(Candidate c, Candidate k, Sources sources) {
        Fact a = c.fact();
        Fact b = k.fact();
        if (a.kind() != b.kind() || !sources.sameAnswer(a, b)) {
            return false;
        }
        if (!a.article().equals(b.article())) {
            return sources.sameQuestion(a, b) || jaccard(c.stem().text(), k.stem().text()) >= 0.5;
        }
        return a.sentence().start() == b.sentence().start() || jaccard(c.stem().text(), k.stem().text()) >= 0.5;
    }

    static double jaccard(String x, String y) {
        Set<String> a = new HashSet<>(Arrays.asList(Names.key(x).split(" ")));
        Set<String> b = new HashSet<>(Arrays.asList(Names.key(y).split(" ")));
        Set<String> inter = new HashSet<>(a);
        inter.retainAll(b);
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        return union.isEmpty() ? 0 : (double) inter.size() / union.size();
    }

    private ItemDraft toItem(Candidate c) {
        Fact f = c.fact();
        List<String> options = new ArrayList<>(c.pick().distractors());
        Random random = new Random(this.options.seed() * 31 + c.stem().text().hashCode());
        int answer = random.nextInt(options.size() + 1);
        options.add(answer, c.stem().key());
        String explanation = "The article states: \u201C" + f.sentence().text() + "\u201D"
                + (c.sources().size() > 1 ? " (also stated in " + String.join(", ", c.sources().subList(1,
                c.sources().size())) + ")" : "");
        double confidence = Math.round(c.score() * 100) / 100.0;
        return new ItemDraft(f.article(), c.stem().text(), options, answer, f.kind(), f.sentence().text(),
                f.sentence().start(), f.sentence().end(), explanation, confidence, c.reasons(), c.sources(),
                c.sources().size() == 1);
    }

    private static String domainOf(Article a) {
        String text = " " + a.text().toLowerCase(Locale.ROOT) + " ";
        String best = "any";
        int bestCount = 0;
        for (var e : DOMAIN_WORDS.entrySet()) {
            int count = 0;
            for (String w : e.getValue()) {
                int i = 0;
                while ((i = text.indexOf(" " + w, i)) >= 0) {
                    count++;
                    i += w.length();
                }
            }
            if (count > bestCount || count == bestCount && e.getKey().compareTo(best) < 0) {
                best = e.getKey();
                bestCount = count;
            }
        }
        return best;
    }
}
