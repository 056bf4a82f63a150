package org.articlequiz.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.articlequiz.testing.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The upgrade to schema version 26 (issue 11) on data stored before it, in a schema of its own in the test database:
 * users are given the registration they launched from (or their issuer's only one), nobody is logged out, and articles
 * of no course stored before version 23 go to the course that cites them, never to every course.
 */
class RegistrationMigrationIT {
    private final String schema = "upgrade_" + Long.toHexString(System.nanoTime());
    private Connection db;

    @BeforeEach
    void atVersion25() throws SQLException {
        db = TestDatabase.connect();
        flyway("25").migrate();
        exec("set search_path to " + schema);
    }

    @AfterEach
    void drop() throws SQLException {
        exec("drop schema " + schema + " cascade");
        db.close();
    }

    private Flyway flyway(String target) {
        String url = System.getProperty("articlequiz.test.jdbcUrl", "jdbc:postgresql://localhost:55432/postgres");
        return Flyway.configure().dataSource(url, "postgres", "postgres").schemas(schema).locations("classpath:db/migration")
                .target(target).load();
    }

    private void exec(String sql) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute(sql);
        }
    }

    private long insert(String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(sql + " returning id")) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private void update(String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.executeUpdate();
        }
    }

    private Object value(String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getObject(1);
            }
        }
    }

    private long platform(String issuer, String client) throws SQLException {
        return insert("insert into lti_platform (issuer, client_id, name, auth_url, token_url, jwks_url, created_at) "
                + "values (?, ?, 'P', 'https://x/auth', 'https://x/token', 'https://x/jwks', now())", issuer, client);
    }

    private long user(String issuer, String subject) throws SQLException {
        return insert("insert into app_user (issuer, subject, created_at) values (?, ?, now())", issuer, subject);
    }

    private long quiz(String course) throws SQLException {
        return insert("insert into quiz (title, context_id, grading_method, shuffle_choices, feedback_timing, created_at) "
                + "values ('Q', ?, 'HIGHEST', true, 'AFTER_SUBMISSION', now())", course);
    }

    private long article(String sha) throws SQLException {
        return insert("insert into source_article (file_name, title, body, sha256, created_at) values ('a.txt', 'A', 'x', ?, now())",
                sha.repeat(64).substring(0, 64));
    }

    private void cite(long quiz, long article) throws SQLException {
        update("insert into quiz_article (quiz_id, article_id) values (?, ?)", quiz, article);
    }

    @Test
    void usersGetTheirRegistrationNobodyIsLoggedOutAndOldArticlesLeaveEveryCourse() throws SQLException {
        long moodle = platform("https://moodle.example", "c");
        platform("https://canvas.example", "a");
        long canvasB = platform("https://canvas.example", "b");
        long ines = user("https://moodle.example", "ines");
        long sam = user("https://canvas.example", "sam");
        long kim = user("https://canvas.example", "kim");
        long quiz = quiz(canvasB + ":d:course");
        update("insert into lti_grade_target (user_id, quiz_id, platform_id, deployment_id, subject, scopes) "
                + "values (?, ?, ?, 'd', 'sam', '')", sam, quiz, canvasB);
        update("insert into launch_session (token_hash, user_id, roles, created_at, expires_at) "
                + "values ('h', ?, 'LEARNER', now(), now() + interval '1 hour')", ines);
        long citedOnce = article("1");
        long citedTwice = article("2");
        long citedByNone = article("3");
        cite(quiz, citedOnce);
        cite(quiz, citedTwice);
        cite(quiz(moodle + ":d:other"), citedTwice);

        flyway("latest").migrate();

        assertEquals(moodle, value("select platform_id from app_user where id = ?", ines), "the issuer's only registration");
        assertEquals(canvasB, value("select platform_id from app_user where id = ?", sam), "the registration of their grades");
        assertNull(value("select platform_id from app_user where id = ?", kim), "no guess between two registrations");
        assertEquals(1L, value("select count(*) from launch_session where user_id = ?", ines), "still signed in");
        assertEquals(canvasB + ":d:course", value("select context_id from source_article where id = ?", citedOnce));
        assertEquals("unassigned", value("select context_id from source_article where id = ?", citedTwice));
        assertEquals("unassigned", value("select context_id from source_article where id = ?", citedByNone));
    }

    /**
     * Issue 11, medium: "the pre-V26 course-less quizzes are not shown to every course". A quiz made by a launch of no
     * course before that was refused goes to the one course its links name, else to none; until now such quizzes stayed
     * open to every course (V26 moved only the articles).
     */
    @Test
    void preV26QuizzesOfNoCourseAreNotShownToEveryCourse() throws SQLException {
        long moodle = platform("https://moodle.example", "c");
        long linkedOnce = quiz(null);
        long linkedTwice = quiz(null);
        long neverLinked = quiz(null);
        long ofACourse = quiz(moodle + ":d:course");
        String link = "insert into lti_resource_link (platform_id, deployment_id, resource_link_id, context_id, quiz_id) "
                + "values (?, 'd', ?, ?, ?)";
        update(link, moodle, "r1", "course", linkedOnce);
        update(link, moodle, "r2", null, linkedOnce);
        update(link, moodle, "r3", "course", linkedTwice);
        update(link, moodle, "r4", "other", linkedTwice);

        flyway("latest").migrate();

        assertEquals(moodle + ":d:course", value("select context_id from quiz where id = ?", linkedOnce));
        assertEquals("unassigned", value("select context_id from quiz where id = ?", linkedTwice));
        assertEquals("unassigned", value("select context_id from quiz where id = ?", neverLinked));
        assertEquals(moodle + ":d:course", value("select context_id from quiz where id = ?", ofACourse), "unchanged");
        assertEquals(0L, value("select count(*) from quiz where context_id is null"), "no quiz is open to every course");
    }
}
