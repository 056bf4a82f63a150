package org.articlequiz.bench;

import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.articlequiz.testing.Api;
import org.articlequiz.testing.TestDatabase;

/**
 * The start stampede of issue 12: {@code students} students, their launch sessions already issued, open the same quiz
 * in the same second (each on its own connection, all released at once) and start their attempt. Measured for each
 * target given, e.g. the cluster through HAProxy and one node directly; each target first gets two uncounted warm-up
 * stampedes of a tenth of the class (a server's first requests run in the interpreter). Prints start p50/p99/max,
 * starts/s and failures per target; exits 1 if a start failed.
 *
 * <p>Arguments: students, then one or more {@code name=url} targets. Needs {@code articlequiz.test.jdbcUrl}.
 */
public final class StartStampede {
    private StartStampede() {
    }

    public static void main(String[] args) throws Exception {
        int students = Integer.parseInt(args[0]);
        boolean ok = true;
        for (int i = 1; i < args.length; i++) {
            String name = args[i].substring(0, args[i].indexOf('='));
            URL base = new URL(args[i].substring(args[i].indexOf('=') + 1));
            Api instructor = new Api(base, TestDatabase.session("Stampede Instructor", "INSTRUCTOR").token());
            for (int w = 0; w < 2; w++) {
                stampede(base, instructor, Math.max(1, students / 10));
            }
            Result r = stampede(base, instructor, students);
            System.out.printf(Locale.ROOT, "%n== Start stampede on %s (%s): %d students open one quiz at once ==%n", name, base,
                    students);
            System.out.printf(Locale.ROOT, "start p50 / p99 / max     %8.0f / %.0f / %.0f ms  (target p99 < 500 ms on one node)%n",
                    AnswerBenchmark.pct(r.nanos(), 50), AnswerBenchmark.pct(r.nanos(), 99), AnswerBenchmark.pct(r.nanos(), 100));
            System.out.printf(Locale.ROOT, "all started after         %8.2f s  (%.0f starts/s)%n", r.seconds(), r.nanos().size() / r.seconds());
            System.out.printf(Locale.ROOT, "failed starts             %8d  %s%n", r.failures(), r.why());
            if (!r.cpu().isEmpty()) {
                StringBuilder cpu = new StringBuilder();
                double total = 0;
                for (var e : r.cpu().entrySet()) {
                    cpu.append(String.format(Locale.ROOT, "%s %.2f  ", e.getKey(), e.getValue() * 1000 / students));
                    total += e.getValue();
                }
                System.out.printf(Locale.ROOT, "CPU ms per start          %8.2f  (%s) = %.0f starts/s on 2 free cores%n",
                        total * 1000 / students, cpu.toString().strip(), 2 * students / total);
            }
            System.out.printf(Locale.ROOT, "load average              %s (before) / %s (after): the machine is shared%n",
                    r.loadBefore(), r.loadAfter());
            ok &= r.failures() == 0;
        }
        System.exit(ok ? 0 : 1);
    }

    private record Result(List<Long> nanos, long failures, double seconds, Map<String, Long> why, Map<String, Double> cpu,
                          String loadBefore, String loadAfter) {
    }

    private static Result stampede(URL base, Api instructor, int students) throws Exception {
        long quizId = AnswerBenchmark.createQuiz(instructor, 20);
        List<String> tokens = TestDatabase.sessions("Student", "LEARNER", "test-course", quizId, students).stream()
                .map(TestDatabase.Session::token).toList();
        URI uri = base.toURI();
        ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();
        AtomicLong failures = new AtomicLong();
        Map<String, Long> why = new ConcurrentHashMap<>();
        CountDownLatch connected = new CountDownLatch(students);
        CountDownLatch go = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(students);
        for (String token : tokens) {
            Thread t = new Thread(() -> {
                try (KeepAliveConnection c = new KeepAliveConnection(uri, 60_000)) {
                    // The tab has loaded the page (its connection is open, as after GET take.html); then it starts.
                    c.send("GET", "api/health/live", token, null);
                    connected.countDown();
                    go.await();
                    long t0 = System.nanoTime();
                    KeepAliveConnection.Reply reply = c.send("POST", "api/quizzes/" + quizId + "/attempts", token, null);
                    if (reply.status() == 200) {
                        nanos.add(System.nanoTime() - t0);
                    } else {
                        failures.incrementAndGet();
                        why.merge("HTTP " + reply.status(), 1L, Long::sum);
                    }
                } catch (Exception e) {
                    if (connected.getCount() > 0 && go.getCount() > 0) {
                        connected.countDown();
                    }
                    failures.incrementAndGet();
                    why.merge(e.getClass().getSimpleName() + ": " + e.getMessage(), 1L, Long::sum);
                } finally {
                    done.countDown();
                }
            }, "stampede");
            t.setDaemon(true);
            t.start();
        }
        connected.await();
        Map<String, Set<Long>> parties = CpuTicks.parties();
        String loadBefore = CpuTicks.loadAverage();
        Map<String, Double> cpuBefore = CpuTicks.sample(parties);
        long t0 = System.nanoTime();
        go.countDown();
        done.await();
        double seconds = (System.nanoTime() - t0) / 1e9;
        Map<String, Double> cpu = new LinkedHashMap<>(CpuTicks.sample(parties));
        cpu.replaceAll((party, after) -> after - cpuBefore.getOrDefault(party, 0.0));
        return new Result(new ArrayList<>(nanos), failures.get(), seconds, why, cpu, loadBefore, CpuTicks.loadAverage());
    }
}
