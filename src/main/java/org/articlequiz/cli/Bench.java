package org.articlequiz.cli;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Locale;
import org.articlequiz.article.Article;
import org.articlequiz.generator.GenerationOptions;
import org.articlequiz.generator.GenerationResult;
import org.articlequiz.generator.ProgressListener;
import org.articlequiz.generator.QuestionGenerator;

/**
 * The speed figures of issue 3: cold time (JVM start, model loading and a first full run), warm milliseconds per
 * 1,000 words, and heap. Warm generation is also compared with a baseline measured in the same invocation: the NLP
 * analysis alone, one article after another, so the ratio shows what the generator's own stages cost on top of
 * CoreNLP (and what analysing articles in parallel gains).
 */
final class Bench {

    private Bench() {
    }

    /** CPU time of the whole process (all threads, GC included), or 0 where the JVM does not report it. */
    private static long cpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    static int run(List<Article> articles, GenerationOptions options, int rounds, PrintStream out, long jvmStart) {
        int words = articles.stream().mapToInt(Article::wordCount).sum();
        QuestionGenerator generator = new QuestionGenerator(options);
        long t0 = System.nanoTime();
        GenerationResult first = generator.generate(articles, ProgressListener.NONE);
        long coldRun = System.nanoTime() - t0;
        long sinceJvmStart = System.currentTimeMillis() - jvmStart;
        long generateNanos = Long.MAX_VALUE;
        long annotateNanos = Long.MAX_VALUE;
        long generateCpu = Long.MAX_VALUE;
        long annotateCpu = Long.MAX_VALUE;
        for (int r = 0; r < rounds; r++) {
            long a = System.nanoTime();
            long ac = cpuNanos();
            QuestionGenerator.analyseOnly(articles);
            annotateCpu = Math.min(annotateCpu, cpuNanos() - ac);
            annotateNanos = Math.min(annotateNanos, System.nanoTime() - a);
            long g = System.nanoTime();
            long gc = cpuNanos();
            generator.generate(articles, ProgressListener.NONE);
            generateCpu = Math.min(generateCpu, cpuNanos() - gc);
            generateNanos = Math.min(generateNanos, System.nanoTime() - g);
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.gc();
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        double perThousand = generateNanos / 1e6 / (words / 1000.0);
        double baseline = annotateNanos / 1e6 / (words / 1000.0);
        out.printf(Locale.ROOT, "articles: %d, words: %d, items: %d%n", articles.size(), words, first.items().size());
        out.printf(Locale.ROOT, "cold: %.1f s from JVM start (model loading %.1f s, first run %.1f s)   target < 30 s%n",
                sinceJvmStart / 1000.0, QuestionGenerator.loadModels().toMillis() / 1000.0, coldRun / 1e9);
        out.printf(Locale.ROOT, "warm: %.0f ms per 1,000 words (best of %d)   target < 2,000 ms%n", perThousand, rounds);
        out.printf(Locale.ROOT, "baseline, NLP annotation alone: %.0f ms per 1,000 words; generator/baseline = %.2f%n",
                baseline, perThousand / baseline);
        out.printf(Locale.ROOT, "cpu time (robust to a busy machine): generation %.0f ms, NLP alone %.0f ms per 1,000 words"
                + "; cores available: %d, system load %.1f%n", generateCpu / 1e6 / (words / 1000.0),
                annotateCpu / 1e6 / (words / 1000.0), Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        out.printf(Locale.ROOT, "heap: %d MiB peak, %d MiB live after GC (max %d MiB)   target < 2,048 MiB%n",
                peak >> 20, used >> 20, Runtime.getRuntime().maxMemory() >> 20);
        return 0;
    }
}
