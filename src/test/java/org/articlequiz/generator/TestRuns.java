package org.articlequiz.generator;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.articlequiz.article.Article;
import org.articlequiz.article.ArticleReader;

/**
 * Generation runs shared by the generator's tests: the NLP pipeline loads once per JVM and each run is made once,
 * which keeps the whole suite to about a minute on two cores.
 */
final class TestRuns {

    private static final Map<String, GenerationResult> RUNS = new ConcurrentHashMap<>();
    static final List<String> OWN_ARTICLES = List.of("science-comet-probe.md", "history-canal.txt",
            "sports-marathon.html", "business-battery-plant.txt", "history-lighthouse-long.txt");

    private TestRuns() {
    }

    static List<Article> seeds() {
        ArticleReader reader = new ArticleReader();
        java.io.File[] files = Path.of("seeds").toFile().listFiles((d, n) -> n.endsWith(".txt"));
        java.util.Arrays.sort(files);
        return java.util.Arrays.stream(files).map(f -> reader.read(f.toPath())).toList();
    }

    static Article own(String name) {
        return new ArticleReader().read(Path.of("src/test/resources/articles", name));
    }

    static GenerationResult seedRun() {
        return RUNS.computeIfAbsent("seeds", k -> new QuestionGenerator(GenerationOptions.defaults())
                .generate(seeds(), ProgressListener.NONE));
    }

    static GenerationResult ownRun(String name) {
        return RUNS.computeIfAbsent(name, k -> new QuestionGenerator(GenerationOptions.defaults())
                .generate(List.of(own(name)), ProgressListener.NONE));
    }

    /** A run over a corpus folder, made once per JVM. */
    static GenerationResult corpusRun(String name, java.util.function.Supplier<List<Article>> articles) {
        return RUNS.computeIfAbsent("corpus:" + name, k -> new QuestionGenerator(GenerationOptions.defaults())
                .generate(articles.get(), ProgressListener.NONE));
    }

    /** One line per item, options in order, the key starred: the golden files' format. */
    static String render(List<ItemDraft> items) {
        StringBuilder b = new StringBuilder();
        for (ItemDraft it : items) {
            b.append(it.article()).append(" | ").append(it.kind()).append(" | ").append(it.stem()).append('\n');
            for (int i = 0; i < it.options().size(); i++) {
                b.append(i == it.answer() ? "    * " : "    - ").append(it.options().get(i)).append('\n');
            }
        }
        return b.toString();
    }
}
