package org.articlequiz.bench;

import java.net.URI;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.articlequiz.devtools.sandbox.SandboxPlatform;
import org.articlequiz.testing.Api;
import org.articlequiz.testing.TestDatabase;

/**
 * A class under faults (issue 12), against the two-node cluster of {@code src/test/bench/cluster.sh}: for each fault, a
 * new quiz of {@code items} items is taken by {@code students} students through HAProxy ({@link ClassUnderLoad}), and
 * the fault is done to the cluster mid-class (a node killed with SIGKILL and started again; PostgreSQL restarted with a
 * fast shutdown; PostgreSQL killed with SIGKILL and started; the gradebook answering 503, then refusing connections, for
 * a window; a node stopped with SIGTERM and started again). After the class, and once the grade outbox has had time to
 * deliver, it prints per fault: answers acknowledged and stored, lost and duplicated, retried saves, the longest time
 * a student could not save, scores submitted and in the gradebook (and gradebook columns, and scores sent twice),
 * and p50/p99 of save and submit before, during and after the fault. Exits 1 on any loss, duplicate or missing score.
 *
 * <p>The gradebook is the sandbox platform, run inside this process on {@code sandboxPort} so that it can be taken
 * down and brought back; it is registered with the tool through the admin API. Students' launch sessions and grade
 * targets (what a launch with AGS would record) are written straight into the database, as {@link AnswerBenchmark}
 * does. Arguments: HAProxy's URL of the tool, the path of cluster.sh, students, items, think ms (mean), the gradebook's
 * outage window in seconds, the sandbox's port, the admin token, and optionally a comma-separated list of faults.
 */
public final class FaultBenchmark {
    static final List<String> FAULTS = List.of("node-kill", "pg-restart-fast", "pg-kill", "gradebook-503", "gradebook-refused",
            "node-term");
    private static final String SCOPES = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem "
            + "https://purl.imsglobal.org/spec/lti-ags/scope/score";

    private final URL base;
    private final String clusterScript;
    private final int students;
    private final int items;
    private final int thinkMillis;
    private final int windowSeconds;
    private final SandboxPlatform sandbox;
    private final long platformId;
    private final Api instructor;

    private FaultBenchmark(String[] args) throws Exception {
        base = new URL(args[0]);
        clusterScript = args[1];
        students = Integer.parseInt(args[2]);
        items = Integer.parseInt(args[3]);
        thinkMillis = Integer.parseInt(args[4]);
        windowSeconds = Integer.parseInt(args[5]);
        String toolRoot = args[0].endsWith("/") ? args[0].substring(0, args[0].length() - 1) : args[0];
        sandbox = SandboxPlatform.start(Integer.parseInt(args[6]), toolRoot);
        int registered = sandbox.registerWith(toolRoot, args[7]).statusCode();
        if (registered != 201 && registered != 409) {
            throw new IllegalStateException("the sandbox platform could not register with the tool: HTTP " + registered);
        }
        platformId = TestDatabase.count("select id from lti_platform where issuer = ? order by id limit 1", sandbox.issuer());
        instructor = new Api(base, TestDatabase.session("Fault Instructor", "INSTRUCTOR").token());
    }

    public static void main(String[] args) throws Exception {
        FaultBenchmark bench = new FaultBenchmark(args);
        List<String> faults = args.length > 8 ? List.of(args[8].split(",")) : FAULTS;
        boolean ok = true;
        for (String fault : faults) {
            ok &= bench.round(fault);
        }
        bench.sandbox.close();
        System.out.println(ok ? "\nall faults passed: 0 lost, 0 duplicated, every submitted score in the gradebook"
                : "\nFAILED: see the rounds above");
        System.exit(ok ? 0 : 1);
    }

    /** One class with one fault; prints its figures and says whether nothing was lost, doubled or left out. */
    private boolean round(String fault) throws Exception {
        long quizId = AnswerBenchmark.createQuiz(instructor, items);
        List<String> tokens = new ArrayList<>();
        List<TestDatabase.Session> sessions = TestDatabase.sessions("Student", "LEARNER", "test-course", quizId, students);
        for (int i = 0; i < students; i++) {
            TestDatabase.Session s = sessions.get(i);
            gradeTarget(s.userId(), quizId, "fault-student-" + quizId + "-" + i);
            tokens.add(s.token());
        }
        ClassUnderLoad load = new ClassUnderLoad(base.toURI(), quizId, thinkMillis);
        // The fault starts a fifth into the answering (gradebook faults: as the first students submit) and runs in a
        // thread of its own; it has ended when the part it broke works again.
        long classSeconds = (long) items * thinkMillis / 1000;
        long delayMillis = fault.startsWith("gradebook") ? classSeconds * 800 : classSeconds * 200;
        long[] window = new long[2];
        Thread faulting = new Thread(() -> {
            try {
                Thread.sleep(delayMillis);
                window[0] = System.nanoTime();
                inject(fault);
                window[1] = System.nanoTime();
            } catch (Exception e) {
                throw new IllegalStateException("fault " + fault + " could not be done", e);
            }
        }, "fault");
        faulting.start();
        long t0 = System.nanoTime();
        load.run(tokens);
        faulting.join();
        double classTook = (System.nanoTime() - t0) / 1e9;
        long submitted = load.submits.size();
        Gradebook gradebook = waitForGradebook(quizId, submitted);
        return report(fault, load, quizId, submitted, gradebook, window, classTook);
    }

    private void inject(String fault) throws Exception {
        switch (fault) {
            case "node-kill" -> {
                cluster("kill-node", "1");
                cluster("start-node", "1");
            }
            case "pg-restart-fast" -> cluster("pg-restart-fast");
            case "pg-kill" -> {
                cluster("pg-kill");
                cluster("pg-start");
            }
            case "gradebook-503" -> {
                sandbox.gradebookDown(503);
                Thread.sleep(windowSeconds * 1000L);
                sandbox.gradebookBack();
            }
            case "gradebook-refused" -> {
                sandbox.refuseConnections();
                Thread.sleep(windowSeconds * 1000L);
                sandbox.listenAgain();
            }
            case "node-term" -> {
                cluster("term-node", "2");
                cluster("start-node", "2");
            }
            default -> throw new IllegalArgumentException("unknown fault " + fault + "; known: " + FAULTS);
        }
    }

    private void cluster(String... command) throws Exception {
        List<String> line = new ArrayList<>(List.of(clusterScript));
        line.addAll(List.of(command));
        Process p = new ProcessBuilder(line).inheritIO().start();
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", line) + " failed");
        }
    }

    /** What a launch with AGS records for a student (lti_grade_target): the sandbox's course, its line item container. */
    private void gradeTarget(long userId, long quizId, String subject) throws SQLException {
        try (Connection c = TestDatabase.connect(); PreparedStatement ps = c.prepareStatement("""
                insert into lti_grade_target (user_id, quiz_id, platform_id, deployment_id, subject, resource_link_id,
                    line_items_url, scopes) values (?, ?, ?, ?, ?, ?, ?, ?)""")) {
            ps.setLong(1, userId);
            ps.setLong(2, quizId);
            ps.setLong(3, platformId);
            ps.setString(4, SandboxPlatform.DEPLOYMENT_ID);
            ps.setString(5, subject);
            ps.setString(6, SandboxPlatform.RESOURCE_LINK_ID);
            ps.setString(7, sandbox.baseUrl() + "/courses/" + SandboxPlatform.CONTEXT_ID + "/lineitems?type_id=7");
            ps.setString(8, SCOPES);
            ps.executeUpdate();
        }
    }

    /** The quiz's columns in the sandbox's gradebook and the scores posted to them, per student. */
    private record Gradebook(int columns, Map<String, Integer> scoresByStudent, double waitedSeconds) {
        int students() {
            return scoresByStudent.size();
        }

        int sentTwice() {
            return scoresByStudent.values().stream().mapToInt(n -> n - 1).sum();
        }
    }

    /** Waits (at most four minutes) until every submitted score has reached the gradebook. */
    private Gradebook waitForGradebook(long quizId, long submitted) throws InterruptedException {
        long t0 = System.nanoTime();
        Gradebook g = gradebook(quizId, t0);
        while (g.students() < submitted && System.nanoTime() - t0 < TimeUnit.MINUTES.toNanos(4)) {
            Thread.sleep(1000);
            g = gradebook(quizId, t0);
        }
        Thread.sleep(3000); // a score sent twice would arrive after the first
        return gradebook(quizId, t0);
    }

    private Gradebook gradebook(long quizId, long t0) {
        Set<String> columns = new HashSet<>();
        sandbox.lineItems().stream().filter(li -> ("quiz-" + quizId).equals(li.resourceId())).forEach(li -> columns.add(li.id()));
        Map<String, Integer> byStudent = new HashMap<>();
        for (SandboxPlatform.ReceivedScore s : sandbox.scores()) {
            if (columns.contains(s.lineItemId())) {
                String user = s.body().replaceAll(".*\"userId\":\"([^\"]+)\".*", "$1");
                byStudent.merge(user, 1, Integer::sum);
            }
        }
        return new Gradebook(columns.size(), byStudent, (System.nanoTime() - t0) / 1e9);
    }

    private boolean report(String fault, ClassUnderLoad load, long quizId, long submitted, Gradebook gradebook, long[] window,
                           double classTook) throws SQLException {
        Set<ClassUnderLoad.Answer> acknowledged = new HashSet<>(load.acknowledged);
        Set<ClassUnderLoad.Answer> stored = stored(load.attempts);
        long lost = acknowledged.stream().filter(a -> !stored.contains(a)).count();
        long duplicated = load.acknowledged.size() - acknowledged.size(); // one answer acknowledged as two
        long retried = load.saves.stream().filter(c -> c.tries() > 1).count();
        // From the first try of a save to its acknowledgement, retries (the client's, or HAProxy's on another node) included.
        double longest = load.saves.stream().mapToLong(ClassUnderLoad.Call::nanos).max().orElse(0) / 1e9;
        boolean ok = lost == 0 && duplicated == 0 && gradebook.sentTwice() == 0 && gradebook.students() == submitted
                && gradebook.columns() <= 1 && load.gaveUp.get() == 0 && load.refused.get() == 0;
        System.out.printf(Locale.ROOT, "%n== Fault: %s (%d students x %d items, quiz %d; class took %.0f s, fault lasted %.1f s) ==%n",
                fault, students, items, quizId, classTook, (window[1] - window[0]) / 1e9);
        System.out.printf(Locale.ROOT, "answers acknowledged      %8d%n", acknowledged.size());
        System.out.printf(Locale.ROOT, "answers stored            %8d  (of the class's attempts)%n", stored.size());
        System.out.printf(Locale.ROOT, "lost                      %8d  (acknowledged, not stored)%n", lost);
        System.out.printf(Locale.ROOT, "duplicated                %8d  (one answer acknowledged or stored twice)%n", duplicated);
        System.out.printf(Locale.ROOT, "saves retried, then ok    %8d  (longest a student could not save: %.1f s, first try to acknowledgement)%n", retried, longest);
        System.out.printf(Locale.ROOT, "calls given up / refused  %8d / %d%n", load.gaveUp.get(), load.refused.get());
        load.refusals.stream().limit(5).forEach(r -> System.out.println("  refused: " + r));
        System.out.printf(Locale.ROOT, "scores submitted          %8d%n", submitted);
        System.out.printf(Locale.ROOT, "scores in the gradebook   %8d  (%d columns, %d sent twice; %.0f s after the class)%n",
                gradebook.students(), gradebook.columns(), gradebook.sentTwice(), gradebook.waitedSeconds());
        System.out.printf(Locale.ROOT, "%-8s %22s %22s %22s%n", "p50/p99", "before", "during", "after");
        System.out.printf(Locale.ROOT, "%-8s %22s %22s %22s%n", "save", split(load.saves, window, 0), split(load.saves, window, 1),
                split(load.saves, window, 2));
        System.out.printf(Locale.ROOT, "%-8s %22s %22s %22s%n", "submit", split(load.submits, window, 0), split(load.submits, window, 1),
                split(load.submits, window, 2));
        System.out.println(ok ? "PASS" : "FAIL");
        return ok;
    }

    /** p50/p99 in ms (and how many calls) of the calls first tried before (0), during (1) or after (2) the fault. */
    private static String split(Collection<ClassUnderLoad.Call> calls, long[] window, int part) {
        List<Long> nanos = calls.stream().filter(c -> part == 0 ? c.at() < window[0] : part == 1
                ? c.at() >= window[0] && c.at() <= window[1] : c.at() > window[1]).map(ClassUnderLoad.Call::nanos).toList();
        return nanos.isEmpty() ? "-" : String.format(Locale.ROOT, "%.0f / %.0f ms (%d)", AnswerBenchmark.pct(nanos, 50),
                AnswerBenchmark.pct(nanos, 99), nanos.size());
    }

    private static Set<ClassUnderLoad.Answer> stored(Collection<Long> attempts) throws SQLException {
        Set<ClassUnderLoad.Answer> stored = new HashSet<>();
        try (Connection c = TestDatabase.connect();
             PreparedStatement ps = c.prepareStatement("select attempt_id, item_id from response where attempt_id = any(?)")) {
            ps.setArray(1, c.createArrayOf("bigint", attempts.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    stored.add(new ClassUnderLoad.Answer(rs.getLong(1), rs.getLong(2)));
                }
            }
        }
        return stored;
    }
}
