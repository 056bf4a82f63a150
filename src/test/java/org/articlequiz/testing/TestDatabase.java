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
import java.util.Base64;
import java.util.HexFormat;

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
        return session(name, roles, "test-course");
    }

    /** The same in the given course (LTI context), for what a course's members may not see of another course. */
    public static Session session(String name, String roles, String contextId) {
        try (Connection c = connect()) {
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
            byte[] secret = new byte[32];
            RANDOM.nextBytes(secret);
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into launch_session (token_hash, user_id, roles, context_id, created_at, expires_at)
                    values (?, ?, ?, ?, now(), ?)""")) {
                ps.setString(1, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes())));
                ps.setLong(2, userId);
                ps.setString(3, roles);
                ps.setString(4, contextId);
                ps.setTimestamp(5, Timestamp.from(Instant.now().plus(Duration.ofHours(2))));
                ps.executeUpdate();
            }
            return new Session(userId, token);
        } catch (Exception e) {
            throw new IllegalStateException("could not create a test session", e);
        }
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
