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
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.articlequiz.testing.Api;
import org.articlequiz.testing.TestDatabase;

/**
 * The answer-storage benchmark of issue 2: N simulated students each start an attempt on a quiz of M items, save
 * every answer and submit, against the running server and its database; pgbench inserts one row per transaction at
 * the same client count against the same PostgreSQL. Checks that responses stored equal responses acknowledged.
 *
 * <p>A round is a class taking a quiz: all students start, then all answer, then all submit (see {@link Phases}).
 * Each student has its own keep-alive connection ({@link KeepAliveConnection}), as a browser tab would. The run:
 * warm-up rounds until the rate stops climbing; <b>capacity</b>, the median of three rounds in a closed loop (each
 * student sends the next answer the moment the last is acknowledged, so 500 students keep 500 saves in flight), whose
 * saves/s are compared with pgbench's; then two <b>class-load</b> rounds offering a quarter and half of that capacity
 * (each student waits between answers), whose latencies are the ones a class would see. In the closed loop latency is
 * students / throughput by Little's law.
 *
 * <p>Arguments: server base URL, students, items, pgbench seconds, and optionally the class round's think time in
 * ms (0 or absent: a quarter and half of capacity). Needs {@code articlequiz.test.jdbcUrl}. Run through
 * {@code src/test/bench/answers.sh}, which starts the server and database first.
 */
public final class AnswerBenchmark {

    private AnswerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        URL base = new URL(args[0]);
        int students = Integer.parseInt(args[1]);
        int items = Integer.parseInt(args[2]);
        int pgbenchSeconds = Integer.parseInt(args[3]);
        int thinkArg = args.length > 4 ? Integer.parseInt(args[4]) : 0;

        Api instructor = new Api(base, TestDatabase.session("Bench Instructor", "INSTRUCTOR").token());
        // Warm-up rounds first, each on a quiz of its own, not counted: a server just started runs its first requests
        // in the interpreter, and on two cores its JIT compiler takes minutes of load to finish (it competes with the
        // server for the same cores, and the rate climbs in steps: ~500, ~1,200, then ~2,500+ saves/s here). A
        // benchmark of that measures the JIT, not the product, and a server in use has run for days. The rounds go on
        // until four in a row fail to beat the best rate so far by 5%: at least 6 rounds, at most 20.
        double best = 0;
        int sinceBest = 0;
        int maxWarmUps = Integer.getInteger("bench.warmups", 20);
        for (int w = 1; w <= maxWarmUps; w++) {
            Round warm = round(base, instructor, items, students, 0);
            double rate = warm.acknowledged().get() / warm.phases().seconds(1);
            System.out.printf(Locale.ROOT, "warm-up round %d: %d students, %.0f saves/s, %d failed (not counted)%n", w,
                    students, rate, warm.failures().get());
            if (rate > best * 1.05) {
                best = rate;
                sinceBest = 0;
            } else {
                sinceBest++;
            }
            if (w >= Math.min(6, maxWarmUps) && sinceBest >= Math.min(4, maxWarmUps - 1)) {
                break;
            }
        }

        // Capacity: closed loop, every student answering the moment the last answer is acknowledged. One round's
        // answering phase lasts a few seconds, and single rounds here spread by a fifth either way, so capacity is
        // the median of three rounds; all three are printed, and the median round's figures are reported in full.
        List<Round> capacities = new ArrayList<>();
        for (int c = 0; c < 3; c++) {
            capacities.add(round(base, instructor, items, students, 0));
        }
        System.out.printf(Locale.ROOT, "%ncapacity rounds: %s saves/s (the median is reported)%n", capacities.stream()
                .map(r -> String.format(Locale.ROOT, "%.0f", saveRate(r))).toList());
        Round capacity = capacities.stream().sorted(Comparator.comparingDouble(AnswerBenchmark::saveRate)).toList().get(1);
        double savesPerSecond = saveRate(capacity);
        Pgbench pgbench = pgbench(students, pgbenchSeconds);
        double pgbenchTps = pgbench.tps();
        boolean ok = true;
        for (Round other : capacities) {
            ok &= other == capacity || checkStored(other);
        }
        ok &= report("capacity: closed loop (no think time), the median round", students, items, capacity);
        System.out.printf(Locale.ROOT, "pgbench one-row inserts   %8.0f tps at %d clients: %s%n", pgbenchTps, pgbench.clients(),
                pgbench.why());
        System.out.printf(Locale.ROOT, "ratio saves/s : pgbench   %8.2f  (target >= 1.0)%n", savesPerSecond / pgbenchTps);

        // Latency: the same class at paced loads. In a closed loop every student always has a request waiting, so
        // by Little's law its latency is students / throughput whatever the server does; a latency figure needs a
        // load below capacity. Each student waits after each acknowledgement long enough that the class offers a
        // quarter, then half, of the capacity just measured (think-ms sets one wait instead). The waits are random
        // (half to one and a half times the mean), as a class's are; equal waits would keep 500 students answering in
        // lockstep bursts.
        List<Integer> thinks = thinkArg > 0 ? List.of(thinkArg)
                : List.of(4, 2).stream().map(inverse -> (int) Math.max(1, Math.round(1_000.0 * inverse * students / savesPerSecond))).toList();
        for (int think : thinks) {
            Round paced = round(base, instructor, items, students, think);
            ok &= report("class load: " + students + " students, each answering " + think
                    + " ms (mean) after the last answer was acknowledged", students, items, paced);
        }
        System.out.printf(Locale.ROOT, "%nfor scale: Moodle's quiz stored ~19 answers/s (p99 72 s) on this machine%n");
        if (!ok) {
            System.exit(1);
        }
    }

    private static double saveRate(Round r) {
        return r.acknowledged().get() / r.phases().seconds(1);
    }

    private static long stored(Round run) {
        long stored = 0;
        for (long attempt : run.attemptIds()) {
            stored += TestDatabase.count("select count(*) from response where attempt_id = ?", attempt);
        }
        return stored;
    }

    /** A round not printed in full still counts its answers: false if one was lost or duplicated or a request failed. */
    private static boolean checkStored(Round run) {
        long stored = stored(run);
        if (stored != run.acknowledged().get() || run.failures().get() > 0) {
            System.out.printf(Locale.ROOT, "a capacity round stored %d of %d acknowledged answers, %d requests failed%n",
                    stored, run.acknowledged().get(), run.failures().get());
            return false;
        }
        return true;
    }

    /** Prints one round's figures; false if an answer was lost or duplicated or a request failed. */
    private static boolean report(String title, int students, int items, Round run) {
        long stored = stored(run);
        long acknowledged = run.acknowledged().get();
        Phases phases = run.phases();
        double savesPerSecond = acknowledged / phases.seconds(1);
        System.out.printf(Locale.ROOT, "%n== Answer storage, %s: %d students x %d items ==%n", title, students, items);
        System.out.printf(Locale.ROOT, "wall time                 %8.1f s  (start %.1f s, answer %.1f s, submit %.1f s)%n",
                run.seconds(), phases.seconds(0), phases.seconds(1), phases.seconds(2));
        System.out.printf(Locale.ROOT, "saves acknowledged        %8d%n", acknowledged);
        System.out.printf(Locale.ROOT, "responses stored          %8d  (lost: %d, duplicated: %d)%n", stored,
                Math.max(0, acknowledged - stored), Math.max(0, stored - acknowledged));
        System.out.printf(Locale.ROOT, "failed requests           %8d%n", run.failures().get());
        System.out.printf(Locale.ROOT, "starts/s                  %8.0f%n", run.startNanos().size() / phases.seconds(0));
        System.out.printf(Locale.ROOT, "saves/s                   %8.0f  (saves over the answering phase's wall time)%n", savesPerSecond);
        System.out.printf(Locale.ROOT, "submits/s                 %8.0f%n", run.submitNanos().size() / phases.seconds(2));
        System.out.printf(Locale.ROOT, "start  p50 / p99          %8.1f / %8.1f ms%n", pct(run.startNanos(), 50), pct(run.startNanos(), 99));
        System.out.printf(Locale.ROOT, "save   p50 / p99          %8.1f / %8.1f ms%n", pct(run.saveNanos(), 50), pct(run.saveNanos(), 99));
        System.out.printf(Locale.ROOT, "submit p50 / p99          %8.1f / %8.1f ms%n", pct(run.submitNanos(), 50), pct(run.submitNanos(), 99));
        System.out.printf(Locale.ROOT, "cores used while answering  %s (of 2)%n", phases.answeringCpu());
        System.out.printf(Locale.ROOT, "CPU ms per save           %s%n", phases.cpuPerSave(acknowledged));
        long commits = phases.commitsAtAnswered - phases.commitsAtAnswering;
        System.out.printf(Locale.ROOT, "saves per commit          %8.1f  (%d transactions committed in PostgreSQL while answering: the group commit's batches)%n",
                (double) acknowledged / Math.max(1, commits), commits);
        System.out.printf(Locale.ROOT, "load average after        %s (the machine is shared)%n", CpuTicks.loadAverage());
        System.out.printf(Locale.ROOT, "saves in flight (Little)  %8.0f  (saves/s x mean save latency)%n",
                savesPerSecond * run.saveNanos().stream().mapToLong(Long::longValue).average().orElse(0) / 1e9);
        return stored == acknowledged && run.failures().get() == 0;
    }

    /** One round's measurements: latencies in nanoseconds, the attempts made, saves acknowledged, failures. */
    private record Round(ConcurrentLinkedQueue<Long> startNanos, ConcurrentLinkedQueue<Long> saveNanos,
                         ConcurrentLinkedQueue<Long> submitNanos, ConcurrentLinkedQueue<Long> attemptIds,
                         AtomicLong acknowledged, AtomicLong failures, double seconds, Phases phases) {
    }

    /**
     * The moments the students pass from one phase to the next: all start, then all answer, then all submit, as a
     * class does when the teacher says "begin". Each phase's throughput is its work over its own wall time, so
     * the saves/s figure measures answer storage, not the start stampede before it.
     */
    private static final class Phases {
        final long[] at = new long[4];
        final CyclicBarrier started;
        final CyclicBarrier answered;
        volatile Map<String, Double> cpuAtAnswering = Map.of();
        volatile Map<String, Double> cpuAtAnswered = Map.of();
        /** Transactions PostgreSQL committed, when the answering began and ended: how many saves a commit carried. */
        volatile long commitsAtAnswering;
        volatile long commitsAtAnswered;

        Phases(int students) {
            started = new CyclicBarrier(students, () -> {
                at[1] = System.nanoTime();
                cpuAtAnswering = CpuTicks.sample();
                commitsAtAnswering = commits();
            });
            answered = new CyclicBarrier(students, () -> {
                at[2] = System.nanoTime();
                cpuAtAnswered = CpuTicks.sample();
                commitsAtAnswered = commits();
            });
        }

        /** Cores each party kept busy while the students answered. */
        String answeringCpu() {
            double seconds = seconds(1);
            StringBuilder line = new StringBuilder();
            cpuAtAnswered.forEach((party, total) -> line.append(line.isEmpty() ? "" : ", ").append(party).append(' ')
                    .append(String.format(Locale.ROOT, "%.2f", (total - cpuAtAnswering.getOrDefault(party, total)) / seconds)));
            return line.toString();
        }

        /** CPU milliseconds each party spent per save while the students answered. */
        String cpuPerSave(long saves) {
            StringBuilder line = new StringBuilder();
            cpuAtAnswered.forEach((party, total) -> line.append(line.isEmpty() ? "" : ", ").append(party).append(' ')
                    .append(String.format(Locale.ROOT, "%.2f", (total - cpuAtAnswering.getOrDefault(party, total)) * 1000 / Math.max(1, saves))));
            return line.toString();
        }

        static long commits() {
            return TestDatabase.count("select sum(xact_commit)::bigint from pg_stat_database");
        }

        double seconds(int phase) {
            return (at[phase + 1] - at[phase]) / 1e9;
        }
    }

    /** A class launched for the quiz (a learner's session reaches only the quiz of its launch). */
    private static List<String> sessions(long quizId, int students) {
        return TestDatabase.sessions("Student", "LEARNER", "test-course", quizId, students).stream()
                .map(TestDatabase.Session::token).toList();
    }

    /** Every student starts, answers every item and submits, all at once, each on its own connection. */
    /** A round on a new quiz of {@code items} items, taken by a class of {@code students} launched for it. */
    private static Round round(URL base, Api instructor, int items, int students, int thinkMillis) throws Exception {
        long quizId = createQuiz(instructor, items);
        return round(base, quizId, sessions(quizId, students), thinkMillis);
    }

    private static Round round(URL base, long quizId, List<String> tokens, int thinkMillis) throws Exception {
        Round r = new Round(new ConcurrentLinkedQueue<>(), new ConcurrentLinkedQueue<>(), new ConcurrentLinkedQueue<>(),
                new ConcurrentLinkedQueue<>(), new AtomicLong(), new AtomicLong(), 0, new Phases(tokens.size()));
        CountDownLatch go = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(tokens.size());
        for (String token : tokens) {
            Thread thread = new Thread(() -> {
                try (KeepAliveConnection connection = new KeepAliveConnection(base.toURI())) {
                    go.await();
                    runStudent(connection, token, quizId, thinkMillis, r);
                } catch (Exception e) {
                    r.failures().incrementAndGet();
                } finally {
                    done.countDown();
                }
            });
            thread.start();
        }
        long t0 = System.nanoTime();
        r.phases().at[0] = t0;
        go.countDown();
        done.await();
        r.phases().at[3] = System.nanoTime();
        return new Round(r.startNanos(), r.saveNanos(), r.submitNanos(), r.attemptIds(), r.acknowledged(), r.failures(),
                (System.nanoTime() - t0) / 1e9, r.phases());
    }

    private static void runStudent(KeepAliveConnection connection, String token, long quizId, int thinkMillis, Round r)
            throws IOException, InterruptedException, BrokenBarrierException {
        long t = System.nanoTime();
        KeepAliveConnection.Reply started = connection.send("POST", "api/quizzes/" + quizId + "/attempts", token, null);
        r.startNanos().add(System.nanoTime() - t);
        JsonObject attempt = null;
        if (started.status() == 200) {
            try (var reader = Json.createReader(new StringReader(started.body()))) {
                attempt = reader.readObject();
            }
        } else {
            r.failures().incrementAndGet();
        }
        r.phases().started.await();
        if (attempt != null) {
            long attemptId = attempt.getJsonNumber("attemptId").longValue();
            r.attemptIds().add(attemptId);
            long seq = 1;
            if (thinkMillis > 0) {
                // Students read the first question at their own pace: a class does not answer in lockstep.
                Thread.sleep(ThreadLocalRandom.current().nextLong(thinkMillis + 1));
            }
            for (JsonObject item : attempt.getJsonArray("items").getValuesAs(JsonObject.class)) {
                if (thinkMillis > 0 && seq > 1) {
                    // Half to one and a half times the mean, so that the waits do not keep the class in step.
                    Thread.sleep(thinkMillis / 2 + ThreadLocalRandom.current().nextLong(thinkMillis + 1));
                }
                long itemId = item.getJsonNumber("itemId").longValue();
                var choices = item.getJsonArray("choices");
                String choice = choices.getJsonObject((int) (seq % choices.size())).getString("choiceId");
                t = System.nanoTime();
                KeepAliveConnection.Reply saved = connection.send("PUT", "api/attempts/" + attemptId + "/responses/" + itemId,
                        token, "{\"choiceId\": \"" + choice + "\", \"seq\": " + seq++ + "}");
                r.saveNanos().add(System.nanoTime() - t);
                if (saved.status() == 200) {
                    r.acknowledged().incrementAndGet();
                } else {
                    r.failures().incrementAndGet();
                }
            }
        }
        r.phases().answered.await();
        if (attempt != null) {
            t = System.nanoTime();
            KeepAliveConnection.Reply submitted = connection.send("POST",
                    "api/attempts/" + attempt.getJsonNumber("attemptId").longValue() + "/submit", token, null);
            r.submitNanos().add(System.nanoTime() - t);
            if (submitted.status() != 200) {
                r.failures().incrementAndGet();
            }
        }
    }

    static long createQuiz(Api instructor, int items) {
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

    static double pct(java.util.Collection<Long> nanos, int percentile) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    /** pgbench with a one-row insert script at the same client count, against the same database. */
    /** pgbench's result: transactions per second at so many clients, and why that many. */
    record Pgbench(double tps, int clients, String why) {
    }

    /**
     * pgbench one-row inserts against the server's PostgreSQL. Its clients are the students, as far as the database
     * lets them in: at most its max_connections, less the connections open now (the server's pool) and the
     * superuser reserve, less a margin of five (issue 12: 2,000 clients against max_connections 600 aborted the run).
     */
    private static Pgbench pgbench(int students, int seconds) throws IOException, InterruptedException {
        int allowed;
        String why;
        try (var c = TestDatabase.connect(); var s = c.createStatement()) {
            s.execute("create table if not exists bench_insert (id bigserial primary key, attempt_id bigint, item_id bigint, choice_id bigint, seq bigint, saved_at timestamptz default now())");
            var rs = s.executeQuery("select current_setting('max_connections')::int, current_setting('superuser_reserved_connections')::int, "
                    + "(select count(*) from pg_stat_activity where backend_type = 'client backend'), current_setting('fsync'), "
                    + "current_setting('synchronous_commit')");
            rs.next();
            allowed = rs.getInt(1) - rs.getInt(2) - rs.getInt(3) - 5;
            why = String.format(Locale.ROOT, "max_connections %d - %d reserved - %d open - 5; fsync=%s, synchronous_commit=%s",
                    rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getString(4), rs.getString(5));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        int clients = Math.max(1, Math.min(students, allowed));
        return new Pgbench(insertsPerSecond(clients, seconds), clients, clients < students
                ? students + " students, but the database admits " + allowed + " more clients (" + why + ")"
                : "one per student (" + why + ")");
    }

    private static double insertsPerSecond(int clients, int seconds) throws IOException, InterruptedException {
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
