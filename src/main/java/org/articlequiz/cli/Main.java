package org.articlequiz.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.articlequiz.article.Article;
import org.articlequiz.article.ArticleReader;
import org.articlequiz.exchange.ExchangeFormat;
import org.articlequiz.exchange.ExportItem;
import org.articlequiz.exchange.JsonItems;
import org.articlequiz.generator.ArticleReport;
import org.articlequiz.generator.GenerationOptions;
import org.articlequiz.generator.GenerationResult;
import org.articlequiz.generator.ItemDraft;
import org.articlequiz.generator.QualityFigures;
import org.articlequiz.generator.QuestionGenerator;

/**
 * {@code java -jar target/article-quiz-cli.jar COMMAND [OPTIONS] PATH...}: see {@link #USAGE}. Standard output is
 * the command's result; progress and logs go to the System.Logger (standard error).
 */
public final class Main {

    static final String USAGE = """
            usage: java -jar article-quiz-cli.jar COMMAND [OPTIONS] PATH...
              generate [--format json|qti|qti12|moodle-xml|gift] [--max-per-article N] [--seed N] PATH...
                       items to standard output (qti: a zipped QTI 3.0 content package, qti12: QTI 1.2); keys are placed at
                       random unless --seed N is given
              quality  [--max-per-article N] PATH...   per article: facts found, items kept, items dropped and why
              bench    [--rounds N] PATH...            cold and warm speed and heap, e.g. bench seeds/
            A PATH is an article (.txt, .html, .md) or a folder of them.""";

    private Main() {
    }

    public static void main(String[] args) {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        int code = run(args, System.out, jvmStart);
        if (code != 0) {
            System.exit(code);
        }
    }

    static int run(String[] args, PrintStream out, long jvmStartMillis) {
        if (args.length == 0) {
            System.err.println(USAGE);
            return 2;
        }
        String command = args[0];
        String format = "json";
        GenerationOptions options = GenerationOptions.defaults();
        boolean seeded = false;
        int rounds = 3;
        List<Path> paths = new ArrayList<>();
        try {
            for (int i = 1; i < args.length; i++) {
                switch (args[i]) {
                    case "--format" -> format = args[++i];
                    case "--max-per-article" -> options = options.withMaxPerArticle(Integer.parseInt(args[++i]));
                    case "--seed" -> {
                        options = options.withSeed(Long.parseLong(args[++i]));
                        seeded = true;
                    }
                    case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                    default -> paths.add(Path.of(args[i]));
                }
            }
        } catch (RuntimeException e) {
            System.err.println("bad option: " + e.getMessage() + "\n" + USAGE);
            return 2;
        }
        if (paths.isEmpty()) {
            System.err.println(USAGE);
            return 2;
        }
        List<Article> articles = read(paths);
        if (articles.isEmpty()) {
            System.err.println("no articles (.txt, .html, .md) found under " + paths);
            return 1;
        }
        return switch (command) {
            // Without --seed, generate places keys from a seed nobody can know, so an exported quiz does not give
            // its keys away (issue 11); --seed N makes a run repeatable. quality and bench keep the fixed seed.
            case "generate" -> generate(articles, seeded ? options
                    : options.withSeed(new java.security.SecureRandom().nextLong()), format, out);
            case "quality" -> quality(articles, options, out);
            case "bench" -> Bench.run(articles, options, rounds, out, jvmStartMillis);
            default -> {
                System.err.println("unknown command " + command + "\n" + USAGE);
                yield 2;
            }
        };
    }

    static List<Article> read(List<Path> paths) {
        ArticleReader reader = new ArticleReader();
        List<Article> articles = new ArrayList<>();
        for (Path p : paths) {
            List<Path> files;
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    files = s.filter(Files::isRegularFile)
                            .filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT)
                                    .matches(".*\\.(txt|html?|md|markdown)$"))
                            .sorted().toList();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                files = List.of(p);
            }
            for (Path f : files) {
                articles.add(reader.read(f));
            }
        }
        return articles;
    }

    private static int generate(List<Article> articles, GenerationOptions options, String format, PrintStream out) {
        GenerationResult result = new QuestionGenerator(options).generate(articles, Progress.toLog());
        List<ItemDraft> items = result.items();
        if (format.equals("json")) {
            out.print(JsonItems.write(items));
            return 0;
        }
        Optional<ExchangeFormat> exchange = ExchangeFormat.named(format);
        if (exchange.isEmpty()) {
            System.err.println("unknown format " + format + "\n" + USAGE);
            return 2;
        }
        try {
            exchange.get().write(ExportItem.of(items), "Article Quiz", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return 0;
    }

    private static int quality(List<Article> articles, GenerationOptions options, PrintStream out) {
        GenerationResult result = new QuestionGenerator(options).generate(articles, Progress.toLog());
        for (ArticleReport r : result.report()) {
            out.printf(Locale.ROOT, "== %s: %d words, %d sentences (%d hedged)%s%n", r.article(), r.words(),
                    r.sentences(), r.hedgedSentences(), r.speculative() ? ", speculative: no facts" : "");
            out.printf(Locale.ROOT, "   facts found: %d, items kept: %d, dropped: %d%n", r.factsFound(),
                    r.itemsKept(), r.dropped().size());
            for (ItemDraft it : result.items()) {
                if (it.article().equals(r.article())) {
                    out.printf(Locale.ROOT, "   KEPT %.2f %-12s %s%n", it.confidence(), it.kind(), it.stem());
                    for (int i = 0; i < it.options().size(); i++) {
                        out.printf("        %s %s%n", i == it.answer() ? "*" : "-", it.options().get(i));
                    }
                    out.printf("        why: %s%n", String.join("; ", it.reasons()));
                }
            }
            for (ArticleReport.Dropped d : r.dropped()) {
                out.printf("   DROPPED %s%n        because: %s%n", d.what(), d.reason());
            }
        }
        printFigures(QualityFigures.of(result), out);
        return 0;
    }

    /** The quiz-as-a-set figures of issue 10, one row per article and the total. */
    static void printFigures(List<QualityFigures> figures, PrintStream out) {
        out.printf(Locale.ROOT, "%n== figures (targets: shared sentence <= 5%%, key printed by another stem <= 5%%, "
                + "completion <= 35%%, 4+ forms, a quantity item wherever a quantity is stated, 5+ items at 400+ words)%n");
        out.printf(Locale.ROOT, "%-40s %6s %5s %7s %7s %7s %5s %8s  %s%n", "article", "words", "items", "shared%",
                "keyin%", "cloze%", "forms", "quantity", "items per form");
        for (QualityFigures q : figures) {
            String quantity = q.article().equals("total") ? q.quantityItems() + "/" + q.statesQuantity()
                    : q.statesQuantity() == 0 ? "-" : q.quantityItems() == 1 ? "yes" : "NO";
            String perForm = q.forms().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                    .map(e -> e.getKey().name().toLowerCase(Locale.ROOT) + " " + e.getValue())
                    .collect(java.util.stream.Collectors.joining(", "));
            String name = q.article().length() > 40 ? q.article().substring(0, 39) + "…" : q.article();
            out.printf(Locale.ROOT, "%-40s %6d %5d %7.1f %7.1f %7.1f %5d %8s  %s%n", name, q.words(), q.items(),
                    q.percent(q.sharedSentence()), q.percent(q.keyPrinted()), q.percent(q.completions()),
                    q.forms().size(), quantity, perForm);
        }
    }
}
