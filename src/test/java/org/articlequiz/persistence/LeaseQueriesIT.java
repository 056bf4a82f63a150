package org.articlequiz.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.articlequiz.testing.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: the leases and claims that let several server nodes share one database, run as the nodes run them
 * (the repositories' own SQL) on real PostgreSQL, in a schema of its own, from concurrent connections: two claimers
 * never get the same grade outbox entry or generation job, a lease holds until it ends, and of two nodes about to
 * create a gradebook column only one may.
 */
class LeaseQueriesIT {
    private final String schema = "leases_" + Long.toHexString(System.nanoTime());
    private final Instant now = Instant.now();
    private final List<Connection> open = new ArrayList<>();

    @BeforeEach
    void migrate() {
        String url = System.getProperty("articlequiz.test.jdbcUrl", "jdbc:postgresql://localhost:55432/postgres");
        Flyway.configure().dataSource(url, "postgres", "postgres").schemas(schema).locations("classpath:db/migration").load().migrate();
    }

    @AfterEach
    void drop() throws SQLException {
        for (Connection c : open) {
            c.close();
        }
        try (Connection c = connect(true)) {
            exec(c, "drop schema " + schema + " cascade");
        }
    }

    /** Two nodes leasing at the same moment, each in an open transaction, take disjoint sets; then nobody takes more until the leases end. */
    @Test
    void twoConcurrentClaimersNeverGetTheSameOutboxEntry() throws Exception {
        outboxEntries(10);
        Connection a = connect(false);
        Connection b = connect(false);
        List<Long> takenByA = ids(a, JpaScoreOutbox.LEASE, "node-a", ts(now.plusSeconds(120)), ts(now), 6);
        List<Long> takenByB = ids(b, JpaScoreOutbox.LEASE, "node-b", ts(now.plusSeconds(120)), ts(now), 6);
        assertEquals(6, takenByA.size());
        assertEquals(4, takenByB.size(), "B passes over the rows A holds locked instead of waiting for them");
        assertTrue(Collections.disjoint(takenByA, takenByB), takenByA + " and " + takenByB);
        a.commit();
        b.commit();

        Connection c = connect(true);
        assertEquals(List.of(), ids(c, JpaScoreOutbox.LEASE, "node-c", ts(now.plusSeconds(120)), ts(now.plusSeconds(60)), 10),
                "leased entries stay with their nodes while the leases last");
        assertEquals(10, ids(c, JpaScoreOutbox.LEASE, "node-c", ts(now.plusSeconds(300)), ts(now.plusSeconds(121)), 10).size(),
                "and come back when they end (a node died)");
        assertEquals(10L, count(c, "select count(*) from lti_score_outbox where lease_owner = 'node-c'"));
    }

    /** Four nodes leasing one entry at a time in a loop: every entry is taken exactly once. */
    @Test
    void manyClaimersTakeEachOutboxEntryOnce() throws Exception {
        outboxEntries(200);
        ExecutorService nodes = Executors.newFixedThreadPool(4);
        List<Future<List<Long>>> taken = new ArrayList<>();
        for (int n = 0; n < 4; n++) {
            String owner = "node-" + n;
            taken.add(nodes.submit((Callable<List<Long>>) () -> {
                List<Long> mine = new ArrayList<>();
                try (Connection c = TestDatabase.connect()) {
                    exec(c, "set search_path to " + schema);
                    c.setAutoCommit(false);
                    for (List<Long> got; !(got = ids(c, JpaScoreOutbox.LEASE, owner, ts(now.plusSeconds(120)), ts(now), 1)).isEmpty(); ) {
                        mine.addAll(got);
                        c.commit();
                    }
                    c.commit();
                }
                return mine;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> f : taken) {
            all.addAll(f.get(60, TimeUnit.SECONDS));
        }
        nodes.shutdown();
        assertEquals(200, all.size(), "no entry taken twice");
        assertEquals(200, new HashSet<>(all).size());
    }

    @Test
    void twoConcurrentClaimersNeverGetTheSameGenerationJob() throws Exception {
        Connection setup = connect(true);
        for (int i = 0; i < 3; i++) {
            exec(setup, "insert into generation_job (title, article_ids, max_per_article, state, created_at) values ('t', '1', 5, 'QUEUED', now())");
        }
        exec(setup, "insert into generation_job (title, article_ids, max_per_article, state, created_at) values ('t', '1', 5, 'DONE', now())");
        Connection a = connect(false);
        Connection b = connect(false);
        Set<Long> taken = new HashSet<>();
        taken.addAll(ids(a, JpaGenerationJobs.LEASE_NEXT, "node-a", ts(now.plusSeconds(120)), ts(now)));
        taken.addAll(ids(b, JpaGenerationJobs.LEASE_NEXT, "node-b", ts(now.plusSeconds(120)), ts(now)));
        taken.addAll(ids(b, JpaGenerationJobs.LEASE_NEXT, "node-b", ts(now.plusSeconds(120)), ts(now)));
        assertEquals(3, taken.size(), "three jobs to three leases, none twice");
        assertEquals(List.of(), ids(b, JpaGenerationJobs.LEASE_NEXT, "node-b", ts(now.plusSeconds(120)), ts(now)),
                "a finished job is never taken");
        a.commit();
        b.commit();
    }

    /** Of two nodes claiming one column at once, the second waits for the first's commit and is refused. */
    @Test
    void onlyOneNodeMayCreateAGradebookColumn() throws Exception {
        Connection a = connect(false);
        assertEquals(1, update(a, JpaGradebookColumns.CLAIM, "http://lms/li", "quiz-1", "rl", "node-a", ts(now.plusSeconds(60)), ts(now)));
        ExecutorService nodeB = Executors.newSingleThreadExecutor();
        Future<Integer> claimedByB = nodeB.submit(() -> {
            try (Connection b = TestDatabase.connect()) {
                exec(b, "set search_path to " + schema);
                return update(b, JpaGradebookColumns.CLAIM, "http://lms/li", "quiz-1", "rl", "node-b", ts(now.plusSeconds(60)), ts(now));
            }
        });
        Thread.sleep(300);
        assertFalse(claimedByB.isDone(), "B waits for A's claim to commit or roll back");
        a.commit();
        assertEquals(0, claimedByB.get(10, TimeUnit.SECONDS), "and is refused once it has");
        nodeB.shutdown();

        Connection c = connect(true);
        assertEquals(1, update(c, JpaGradebookColumns.CLAIM, "http://lms/li", "quiz-1", "rl", "node-c", ts(now.plusSeconds(180)),
                ts(now.plusSeconds(61))), "a claim that ended (its node died) may be taken");
        exec(c, "update lti_line_item set line_item_url = 'http://lms/li/7', creating_owner = null, creating_until = null");
        assertEquals(0, update(c, JpaGradebookColumns.CLAIM, "http://lms/li", "quiz-1", "rl", "node-d", ts(now.plus(Duration.ofDays(1))),
                ts(now.plus(Duration.ofHours(1)))), "a recorded column is never claimed again");
        assertEquals(1, update(c, JpaGradebookColumns.CLAIM, "http://lms/li", "quiz-2", "rl", "node-d", ts(now.plusSeconds(60)), ts(now)),
                "another quiz's column is another claim");
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    /** Due, pending outbox rows; foreign keys are not checked for them (session_replication_role), as no attempt is needed. */
    private void outboxEntries(int n) throws SQLException {
        Connection c = connect(true);
        exec(c, "set session_replication_role = replica");
        for (int i = 0; i < n; i++) {
            exec(c, "insert into lti_score_outbox (platform_id, attempt_id, quiz_id, user_id, subject, scopes, label, score_given, "
                    + "score_maximum, score_timestamp, state, tries, next_try_at, created_at) values (1, " + i + ", 1, 1, 's', '', 'q', 1, 2, "
                    + "'2026-01-01T00:00:00.000000Z', 'PENDING', 0, now() - interval '1 minute', now())");
        }
        exec(c, "set session_replication_role = origin");
    }

    private Connection connect(boolean autoCommit) throws SQLException {
        Connection c = TestDatabase.connect();
        exec(c, "set search_path to " + schema);
        c.setAutoCommit(autoCommit);
        open.add(c);
        return c;
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }

    private static final Pattern PARAMETER = Pattern.compile("\\?(\\d+)");

    /** The repositories' SQL uses JPA's numbered parameters ({@code ?1}); JDBC wants each {@code ?} in order. */
    private static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        List<Object> ordered = new ArrayList<>();
        Matcher m = PARAMETER.matcher(sql);
        StringBuilder jdbc = new StringBuilder();
        while (m.find()) {
            ordered.add(params[Integer.parseInt(m.group(1)) - 1]);
            m.appendReplacement(jdbc, "?");
        }
        m.appendTail(jdbc);
        PreparedStatement ps = c.prepareStatement(jdbc.toString());
        for (int i = 0; i < ordered.size(); i++) {
            ps.setObject(i + 1, ordered.get(i));
        }
        return ps;
    }

    private static List<Long> ids(Connection c, String sql, Object... params) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    private static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, params)) {
            return ps.executeUpdate();
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
