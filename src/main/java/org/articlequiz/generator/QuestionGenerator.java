package org.articlequiz.generator;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.articlequiz.article.Article;
import org.articlequiz.generator.nlp.AnnotatedSentence;
import org.articlequiz.generator.nlp.AnnotatedText;
import org.articlequiz.generator.nlp.Mention;
import org.articlequiz.generator.nlp.NlpPipeline;

/**
 * The generator's facade: articles in, multiple-choice item drafts and a report out. A run goes through explicit
 * stages: analyse (NLP), extract facts ({@link FactExtractor}), propose candidates in every question form
 * ({@link EntityItems}, {@link ClauseItems}), then assemble each article's quiz as a set
 * ({@link ItemSelector}). It overgenerates and keeps the best items that fit together.
 *
 * <p>Articles are grouped into <em>stories</em>: articles that name the same people or organizations. Names, the
 * multi-source safety check and shared distractors stay inside a story, so an article's items are the same whether it
 * is generated alone or in a folder with unrelated articles.
 *
 * <p>The listener may be called from the common fork-join pool's threads while articles are analysed (never two
 * calls at once). Instances are cheap and hold no state between runs; the NLP pipeline is shared by the JVM and
 * loaded on the first run. Deterministic: the same articles and options give the same items.
 */
public final class QuestionGenerator {

    private static final System.Logger LOG = System.getLogger(QuestionGenerator.class.getName());
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

    /** Generates items for the articles, in article order and within each in the article's order. */
    public GenerationResult generate(List<Article> articles, ProgressListener listener) {
        int total = articles.size() * 2 + 1;
        listener.progress(0, total, "loading language models");
        NlpPipeline nlp = NlpPipeline.shared();
        // Articles are analysed in parallel (the pipeline is thread-safe; NER dominates and uses one core per
        // document); each result is kept at its article's index, so the outcome does not depend on timing.
        AtomicInteger analysedCount = new AtomicInteger();
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
        Map<String, ArticleReport> reports = new HashMap<>();
        Map<String, List<ItemDraft>> itemsByArticle = new HashMap<>();
        int done = articles.size();
        for (List<Integer> story : stories(analysed)) {
            done = story(story, articles, analysed, reports, itemsByArticle, listener, done, total);
        }
        List<ItemDraft> items = new ArrayList<>();
        List<ArticleReport> report = new ArrayList<>();
        for (Article a : articles) {
            items.addAll(itemsByArticle.getOrDefault(a.fileName(), List.of()));
            report.add(reports.get(a.fileName()));
        }
        listener.progress(total, total, "done");
        LOG.log(Level.DEBUG, "generated {0} items from {1} articles", items.size(), articles.size());
        return new GenerationResult(items, report);
    }

    private int story(List<Integer> story, List<Article> articles, List<AnnotatedText> analysed,
                      Map<String, ArticleReport> reports, Map<String, List<ItemDraft>> itemsByArticle,
                      ProgressListener listener, int done, int total) {
        Gazetteer gazetteer = Gazetteer.shared();
        Names names = new Names(gazetteer);
        FactExtractor extractor = new FactExtractor(gazetteer, names);
        for (int i : story) {
            extractor.learnNames(analysed.get(i));
        }
        names.doneLearning();
        Map<Integer, FactExtractor.Extraction> extractions = new LinkedHashMap<>();
        List<Fact> all = new ArrayList<>();
        for (int i : story) {
            FactExtractor.Extraction x = extractor.extract(articles.get(i), analysed.get(i));
            extractions.put(i, x);
            all.addAll(x.facts());
        }
        Sources sources = new Sources(all, names);
        Map<String, Integer> published = new HashMap<>();
        for (int i : story) {
            articles.get(i).date().ifPresent(d -> published.put(articles.get(i).fileName(), d.getYear()));
        }
        DistractorPicker picker = new DistractorPicker(gazetteer, names, all).published(published);
        EntityItems entities = new EntityItems(new StemWriter(options.allowCompletionStems()), picker, sources, names,
                options);
        for (int i : story) {
            Article a = articles.get(i);
            listener.progress(++done, total, "writing items for " + a.fileName());
            FactExtractor.Extraction x = extractions.get(i);
            List<Fact> facts = x.facts();
            Salience salience = Salience.of(a, analysed.get(i), facts);
            String domain = domainOf(a);
            List<ArticleReport.Dropped> dropped = new ArrayList<>(x.skipped());
            List<Candidate> candidates = new ArrayList<>();
            for (Fact f : facts) {
                if (f.hedged()) {
                    continue;
                }
                EntityItems.Result r = entities.candidate(f, salience, untitled(a) ? "" : a.title(), domain,
                        x.antecedents().getOrDefault(f.analysis().index(), ""));
                if (r.candidate() != null) {
                    candidates.add(r.candidate());
                } else {
                    dropped.add(new ArticleReport.Dropped(f.kind() + " \"" + f.answer() + "\" in: "
                            + FactExtractor.abbreviate(f.sentence().text()), r.drop()));
                }
            }
            ClauseItems clauses = new ClauseItems(a, analysed.get(i), salience, x.hedgedIndexes(), options);
            candidates.addAll(clauses.candidates(dropped));
            int quota = ItemSelector.quota(a.wordCount(), options.maxPerArticle());
            ItemSelector.Selection selection = ItemSelector.select(candidates, quota, options.minConfidence());
            dropped.addAll(selection.dropped());
            List<ItemDraft> items = selection.kept().stream().map(this::toItem).toList();
            itemsByArticle.put(a.fileName(), items);
            long factCount = facts.stream().filter(f -> !f.hedged()).count();
            x.speculative().ifPresent(why -> dropped.add(0, new ArticleReport.Dropped("whole article",
                    "no facts: " + why)));
            reports.put(a.fileName(), new ArticleReport(a.fileName(), a.wordCount(), x.sentences(),
                    x.hedgedSentences(), x.speculative().isPresent(), (int) factCount, items.size(), dropped,
                    (int) facts.stream().filter(f -> !f.hedged() && ordered(f.kind())).count()));
        }
        return done;
    }

    /**
     * Articles grouped by what they name: two articles are of one story when they share two people's full names, one
     * person's and an organization, or three organizations. Groups are listed in the order of their first article.
     */
    static List<List<Integer>> stories(List<AnnotatedText> analysed) {
        int n = analysed.size();
        List<Set<String>> people = new ArrayList<>();
        List<Set<String>> organizations = new ArrayList<>();
        for (AnnotatedText text : analysed) {
            Set<String> p = new HashSet<>();
            Set<String> o = new HashSet<>();
            for (AnnotatedSentence s : text.sentences()) {
                for (Mention m : s.mentions()) {
                    String k = Names.key(m.text());
                    if (m.type().equals("PERSON") && k.contains(" ")) {
                        p.add(k);
                    } else if (m.type().equals("ORGANIZATION") && !k.isEmpty()) {
                        o.add(k);
                    }
                }
            }
            people.add(p);
            organizations.add(o);
        }
        int[] group = new int[n];
        for (int i = 0; i < n; i++) {
            group[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                Set<String> sharedOrgs = new HashSet<>(organizations.get(i));
                sharedOrgs.retainAll(organizations.get(j));
                long sharedPeople = people.get(i).stream().filter(people.get(j)::contains).count();
                // One shared name is not a story: two sports reports both quote one coach (blind read 6).
                if (sharedPeople >= 2 || sharedPeople == 1 && !sharedOrgs.isEmpty() || sharedOrgs.size() >= 3) {
                    int from = find(group, j);
                    int to = find(group, i);
                    group[Math.max(from, to)] = Math.min(from, to);
                }
            }
        }
        Map<Integer, List<Integer>> byRoot = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            byRoot.computeIfAbsent(find(group, i), k -> new ArrayList<>()).add(i);
        }
        return new ArrayList<>(byRoot.values());
    }

    private static int find(int[] group, int i) {
        while (group[i] != i) {
            i = group[i];
        }
        return i;
    }

    private ItemDraft toItem(Candidate c) {
        List<String> opts = new ArrayList<>(c.distractors());
        int answer;
        boolean years = c.kind() == AnswerKind.DATE && c.key().matches("\\D*\\d{4}")
                && c.distractors().stream().allMatch(d -> d.matches("\\D*\\d{4}"));
        if (c.form() == Form.QUANTITY || years || ordered(c.kind()) && NumericDistractors.value(c.key()).isPresent()) {
            // Numbers are listed in order (HDR); the picker drew the key's rank among them at random.
            opts.add(c.key());
            opts.sort(java.util.Comparator.comparingDouble(o -> NumericDistractors.value(o).orElse(0.0)));
            answer = opts.indexOf(c.key());
        } else {
            Random random = new Random(NumericDistractors.mix(options.seed() * 31 + c.stem().hashCode()));
            answer = random.nextInt(opts.size() + 1);
            opts.add(answer, c.key());
        }
        String explanation = "The article states: \u201C" + c.sentence().text() + "\u201D"
                + (c.sources().size() > 1 ? " The same is stated in " + String.join(", ",
                c.sources().subList(1, c.sources().size())) + "." : "");
        double confidence = Math.round(Math.max(0.01, c.score()) * 100) / 100.0;
        return new ItemDraft(c.article(), c.stem(), opts, answer, c.kind(), c.sentence().text(),
                c.sentence().start(), c.sentence().end(), explanation, confidence, c.reasons(), c.sources(),
                c.sources().size() == 1, c.form());
    }

    private static boolean ordered(AnswerKind kind) {
        return kind == AnswerKind.NUMBER || kind == AnswerKind.PERCENT || kind == AnswerKind.MONEY;
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

    /** A file with no headline is titled by its own name ("001_67735539dbb95b11"), which names nothing. */
    private static boolean untitled(Article a) {
        return a.title().equals(a.fileName().replaceFirst("\\.[^.]+$", ""));
    }
}
