package org.articlequiz.testing;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Direct access to the PostgreSQL the server under test uses, for fixtures the API does not create (users and
 * launch sessions, which only an LTI launch creates) and for checking what was really stored.
 */
public final class TestDatabase {
    private static final SecureRandom RANDOM = new SecureRandom();

    private TestDatabase() {
    }

    public static Connection connect() throws SQLException {
        String url = System.getProperty("articlequiz.test.jdbcUrl", "jdbc:postgresql://localhost:55432/postgres");
        return DriverManager.getConnection(url, "postgres", "postgres");
    }

    /** A user of a test platform with a launch session of the given roles; returns the user's id and bearer token. */
    public static Session session(String name, String roles) {
        return session(name, roles, "test-course", null);
    }

    /**
     * The same, launched from course {@code contextId}, for quiz {@code quizId} when it is not null. A learner's session
     * reaches only the quiz of its launch (issue 11); a learner made here with no quiz stands for the student as they
     * open each quiz from its own link: {@link Api} sends each {@code api/quizzes/{id}/…} call of this token with a
     * session of the same user launched for that quiz ({@link #sessionForPath}). A test of a learner's session without
     * a quiz launches through the sandbox platform instead.
     */
    public static Session session(String name, String roles, String contextId, Long quizId) {
        try (Connection c = connect()) {
            return create(c, name, roles, contextId, quizId);
        } catch (Exception e) {
            throw new IllegalStateException("could not create a test session", e);
        }
    }

    /**
     * {@code n} such sessions, named {@code name 0} to {@code name n-1}, made on one connection in one transaction:
     * a benchmark's class of 2,000 students otherwise opened 2,000 connections and waited for 4,000 commits.
     */
    public static List<Session> sessions(String name, String roles, String contextId, Long quizId, int n) {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            List<Session> sessions = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                sessions.add(create(c, name + " " + i, roles, contextId, quizId));
            }
            c.commit();
            return sessions;
        } catch (Exception e) {
            throw new IllegalStateException("could not create test sessions", e);
        }
    }

    private static Session create(Connection c, String name, String roles, String contextId, Long quizId) throws Exception {
        String subject = name + "-" + Long.toHexString(RANDOM.nextLong());
        long userId;
        try (PreparedStatement ps = c.prepareStatement(
                "insert into app_user (issuer, subject, name, created_at) values ('https://test.platform', ?, ?, now()) returning id")) {
            ps.setString(1, subject);
            ps.setString(2, name);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                userId = rs.getLong(1);
            }
        }
        Session session = new Session(userId, open(c, userId, roles, contextId, quizId));
        if (roles.equals("LEARNER") && quizId == null) {
            STUDENTS.put(session.token(), new Student(userId, contextId, new ConcurrentHashMap<>()));
        }
        return session;
    }

    private record Student(long userId, String contextId, Map<Long, String> sessionByQuiz) {
    }

    private static final Map<String, Student> STUDENTS = new ConcurrentHashMap<>();
    private static final Pattern QUIZ_PATH = Pattern.compile("^/?api/quizzes/(\\d+)(/|$)");

    /** The token to send {@code path} with: the student's session for the path's quiz, else {@code token} itself. */
    static String sessionForPath(String token, String path) {
        Student student = token == null ? null : STUDENTS.get(token);
        Matcher quiz = student == null ? null : QUIZ_PATH.matcher(path);
        if (quiz == null || !quiz.find() || count("select count(*) from quiz where id = ?", Long.parseLong(quiz.group(1))) == 0) {
            return token; // not a quiz call, or an unknown quiz: the server answers 404 whatever the session
        }
        return student.sessionByQuiz().computeIfAbsent(Long.parseLong(quiz.group(1)), q -> {
            try (Connection c = connect()) {
                return open(c, student.userId(), "LEARNER", student.contextId(), q);
            } catch (Exception e) {
                throw new IllegalStateException("could not open a test session", e);
            }
        });
    }

    /** A new launch session of the user; returns its bearer token. */
    private static String open(Connection c, long userId, String roles, String contextId, Long quizId) throws Exception {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        try (PreparedStatement ps = c.prepareStatement("""
                insert into launch_session (token_hash, user_id, roles, context_id, quiz_id, created_at, expires_at)
                values (?, ?, ?, ?, ?, now(), ?)""")) {
            ps.setString(1, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes())));
            ps.setLong(2, userId);
            ps.setString(3, roles);
            ps.setString(4, contextId);
            ps.setObject(5, quizId);
            ps.setTimestamp(6, Timestamp.from(Instant.now().plus(Duration.ofHours(2))));
            ps.executeUpdate();
        }
        return token;
    }

    public static long count(String sql, Object... params) {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public record Session(long userId, String token) {
    }
}
