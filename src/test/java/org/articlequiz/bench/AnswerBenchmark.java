package org.articlequiz.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.articlequiz.testing.Api;
import org.articlequiz.testing.TestDatabase;

/**
 * The answer-storage benchmark of issue 2: N simulated students each start an attempt on a quiz of M items, save
 * every answer and submit, all at once, against the running server and its database; then pgbench inserts one row
 * per transaction at the same client count against the same PostgreSQL. Prints throughput, latencies, the ratio to
 * pgbench, and checks that responses stored equal responses acknowledged.
 *
 * <p>Each student has its own keep-alive connection ({@link KeepAliveConnection}), as a browser tab would. With no think
 * time the run is closed-loop: each student sends its next answer the moment the last is acknowledged, so 500
 * students keep 500 requests in flight, and by Little's law the latency is at least students / throughput. A think
 * time (milliseconds between a student's answers) makes the load a class's instead of a stress test's.
 *
 * <p>Arguments: server base URL, students, items, pgbench seconds, think time in ms (0 if absent). Needs
 * {@code articlequiz.test.jdbcUrl}. Run through {@code src/test/bench/answers.sh}, which starts the server and
 * database first.
 */
public final class AnswerBenchmark {

    private AnswerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        URL base = new URL(args[0]);
        int students = Integer.parseInt(args[1]);
        int items = Integer.parseInt(args[2]);
        int pgbenchSeconds = Integer.parseInt(args[3]);
        int thinkMillis = args.length > 4 ? Integer.parseInt(args[4]) : 0;

        Api instructor = new Api(base, TestDatabase.session("Bench Instructor", "INSTRUCTOR").token());
        // A warm-up round first, on a quiz of its own, not counted: a server just started runs its first thousands of
        // requests in the interpreter, and a benchmark of that measures the JIT, not the product.
        int warmUp = Math.min(students, 200);
        Round warm = round(base, createQuiz(instructor, items), sessions(warmUp), 0);
        System.out.printf(Locale.ROOT, "warm-up: %d students, %.1f s, %d failed (not counted)%n", warmUp, warm.seconds(),
                warm.failures().get());

        long quizId = createQuiz(instructor, items);
        Round run = round(base, quizId, sessions(students), thinkMillis);
        double seconds = run.seconds();
        var startNanos = run.startNanos();
        var saveNanos = run.saveNanos();
        var submitNanos = run.submitNanos();
        var attemptIds = run.attemptIds();
        var acknowledged = run.acknowledged();
        var failures = run.failures();

        long stored = 0;
        for (long attempt : attemptIds) {
            stored += TestDatabase.count("select count(*) from response where attempt_id = ?", attempt);
        }
        double savesPerSecond = acknowledged.get() / seconds;
        double pgbenchTps = pgbench(students, pgbenchSeconds);

        System.out.printf(Locale.ROOT, "%n== Answer storage: %d students x %d items, one run, %s ==%n", students, items,
                thinkMillis == 0 ? "closed loop (no think time)" : "think time " + thinkMillis + " ms between answers");
        System.out.printf(Locale.ROOT, "wall time                 %8.1f s%n", seconds);
        System.out.printf(Locale.ROOT, "saves acknowledged        %8d%n", acknowledged.get());
        System.out.printf(Locale.ROOT, "responses stored          %8d  (lost: %d, duplicated: %d)%n", stored,
                Math.max(0, acknowledged.get() - stored), Math.max(0, stored - acknowledged.get()));
        System.out.printf(Locale.ROOT, "failed requests           %8d%n", failures.get());
        System.out.printf(Locale.ROOT, "saves/s                   %8.0f%n", savesPerSecond);
        System.out.printf(Locale.ROOT, "start  p50 / p99          %8.1f / %8.1f ms%n", pct(startNanos, 50), pct(startNanos, 99));
        System.out.printf(Locale.ROOT, "save   p50 / p99          %8.1f / %8.1f ms%n", pct(saveNanos, 50), pct(saveNanos, 99));
        System.out.printf(Locale.ROOT, "submit p50 / p99          %8.1f / %8.1f ms%n", pct(submitNanos, 50), pct(submitNanos, 99));
        System.out.printf(Locale.ROOT, "requests in flight (Little) %6.0f  (saves/s x mean save latency)%n",
                savesPerSecond * saveNanos.stream().mapToLong(Long::longValue).average().orElse(0) / 1e9);
        System.out.printf(Locale.ROOT, "pgbench one-row inserts   %8.0f tps at %d clients%n", pgbenchTps, students);
        System.out.printf(Locale.ROOT, "ratio saves/s : pgbench   %8.2f  (target >= 0.50)%n", savesPerSecond / pgbenchTps);
        System.out.printf(Locale.ROOT, "for scale: Moodle's quiz stored ~19 answers/s (p99 72 s) on this machine%n");
        if (stored != acknowledged.get() || failures.get() > 0) {
            System.exit(1);
        }
    }

    /** One round's measurements: latencies in nanoseconds, the attempts made, saves acknowledged, failures. */
    private record Round(ConcurrentLinkedQueue<Long> startNanos, ConcurrentLinkedQueue<Long> saveNanos,
                         ConcurrentLinkedQueue<Long> submitNanos, ConcurrentLinkedQueue<Long> attemptIds,
                         AtomicLong acknowledged, AtomicLong failures, double seconds) {
    }

    private static List<String> sessions(int students) {
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < students; i++) {
            tokens.add(TestDatabase.session("Student " + i, "LEARNER").token());
        }
        return tokens;
    }

    /** Every student starts, answers every item and submits, all at once, each on its own connection. */
    private static Round round(URL base, long quizId, List<String> tokens, int thinkMillis) throws Exception {
        Round r = new Round(new ConcurrentLinkedQueue<>(), new ConcurrentLinkedQueue<>(), new ConcurrentLinkedQueue<>(),
                new ConcurrentLinkedQueue<>(), new AtomicLong(), new AtomicLong(), 0);
        CountDownLatch go = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(tokens.size());
        for (String token : tokens) {
            Thread thread = new Thread(() -> {
                try (KeepAliveConnection connection = new KeepAliveConnection(base.toURI())) {
                    go.await();
                    runStudent(connection, token, quizId, thinkMillis, r.startNanos(), r.saveNanos(), r.submitNanos(),
                            r.attemptIds(), r.acknowledged(), r.failures());
                } catch (Exception e) {
                    r.failures().incrementAndGet();
                } finally {
                    done.countDown();
                }
            });
            thread.start();
        }
        long t0 = System.nanoTime();
        go.countDown();
        done.await();
        return new Round(r.startNanos(), r.saveNanos(), r.submitNanos(), r.attemptIds(), r.acknowledged(), r.failures(),
                (System.nanoTime() - t0) / 1e9);
    }

    private static void runStudent(KeepAliveConnection connection, String token, long quizId, int thinkMillis,
                                   ConcurrentLinkedQueue<Long> startNanos, ConcurrentLinkedQueue<Long> saveNanos,
                                   ConcurrentLinkedQueue<Long> submitNanos, ConcurrentLinkedQueue<Long> attemptIds,
                                   AtomicLong acknowledged, AtomicLong failures) throws IOException, InterruptedException {
        long t = System.nanoTime();
        KeepAliveConnection.Reply started = connection.send("POST", "api/quizzes/" + quizId + "/attempts", token, null);
        startNanos.add(System.nanoTime() - t);
        if (started.status() != 200) {
            failures.incrementAndGet();
            return;
        }
        JsonObject attempt;
        try (var reader = Json.createReader(new StringReader(started.body()))) {
            attempt = reader.readObject();
        }
        long attemptId = attempt.getJsonNumber("attemptId").longValue();
        attemptIds.add(attemptId);
        long seq = 1;
        for (JsonObject item : attempt.getJsonArray("items").getValuesAs(JsonObject.class)) {
            if (thinkMillis > 0) {
                Thread.sleep(thinkMillis);
            }
            long itemId = item.getJsonNumber("itemId").longValue();
            var choices = item.getJsonArray("choices");
            long choice = choices.getJsonObject((int) (seq % choices.size())).getJsonNumber("choiceId").longValue();
            t = System.nanoTime();
            KeepAliveConnection.Reply saved = connection.send("PUT", "api/attempts/" + attemptId + "/responses/" + itemId, token,
                    "{\"choiceId\": " + choice + ", \"seq\": " + seq++ + "}");
            saveNanos.add(System.nanoTime() - t);
            if (saved.status() == 200) {
                acknowledged.incrementAndGet();
            } else {
                failures.incrementAndGet();
            }
        }
        t = System.nanoTime();
        KeepAliveConnection.Reply submitted = connection.send("POST", "api/attempts/" + attemptId + "/submit", token, null);
        submitNanos.add(System.nanoTime() - t);
        if (submitted.status() != 200) {
            failures.incrementAndGet();
        }
    }

    private static long createQuiz(Api instructor, int items) {
        long quizId = instructor.post("api/quizzes", "{\"title\": \"Benchmark quiz\", \"settings\": {\"timeLimitSeconds\": 3600}}")
                .json().getJsonNumber("id").longValue();
        for (int i = 0; i < items; i++) {
            long itemId = instructor.post("api/quizzes/" + quizId + "/items", """
                    {"stem": "Benchmark question %d?", "options": ["A %d", "B %d", "C %d", "D %d"], "answer": 1, "explanation": "B."}"""
                    .formatted(i, i, i, i, i)).json().getJsonNumber("id").longValue();
            instructor.put("api/quizzes/" + quizId + "/items/" + itemId + "/review", "{\"state\": \"APPROVED\"}");
        }
        return quizId;
    }

    private static double pct(ConcurrentLinkedQueue<Long> nanos, int percentile) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    /** pgbench with a one-row insert script at the same client count, against the same database. */
    private static double pgbench(int clients, int seconds) throws IOException, InterruptedException {
        try (var c = TestDatabase.connect(); var s = c.createStatement()) {
            s.execute("create table if not exists bench_insert (id bigserial primary key, attempt_id bigint, item_id bigint, choice_id bigint, seq bigint, saved_at timestamptz default now())");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        Path script = Files.createTempFile("pgbench-insert", ".sql");
        Files.writeString(script, "insert into bench_insert (attempt_id, item_id, choice_id, seq) values (:client_id, 1, 1, 1);\n");
        Matcher url = Pattern.compile("//([^:/]+):(\\d+)/(\\w+)").matcher(System.getProperty("articlequiz.test.jdbcUrl"));
        if (!url.find()) {
            throw new IllegalStateException("cannot read host and port from the JDBC URL");
        }
        List<String> command = Arrays.asList("pgbench", "-n", "-c", Integer.toString(clients), "-j", "2", "-T",
                Integer.toString(seconds), "-f", script.toString(), "-h", url.group(1), "-p", url.group(2), "-U", "postgres", url.group(3));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        Matcher tps = Pattern.compile("tps = ([0-9.]+)").matcher(output);
        if (!tps.find()) {
            throw new IllegalStateException("pgbench said: " + output);
        }
        return Double.parseDouble(tps.group(1));
    }
}
