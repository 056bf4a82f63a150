package org.articlequiz.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Scores in the grade outbox for the admin's tests. Only a graded attempt launched from a platform with AGS makes one,
 * so the platform, quiz and attempt are made through the API and the outbox rows written straight into the table,
 * in whatever state the test needs. Platform URLs point at a closed local port: a score sent again fails fast.
 */
public final class GradeOutbox {
    private GradeOutbox() {
    }

    /** A registered platform and a student's attempt on a one-item quiz, to hang outbox rows on. */
    public record Attempt(long platformId, String platformName, long quizId, long attemptId, long userId) {
    }

    public static Attempt attempt(Api admin, String platformName) {
        String issuer = "https://outbox-" + System.nanoTime() + ".example";
        String dead = "http://127.0.0.1:9/";
        Api.Reply platform = admin.post("api/admin/lti/platforms", """
                {"issuer": %s, "clientId": "c", "name": %s, "authUrl": "%sauth", "tokenUrl": "%stoken", "jwksUrl": "%sjwks"}"""
                .formatted(quote(issuer), quote(platformName), dead, dead, dead));
        require(platform, 201);
        Api instructor = admin.as(TestDatabase.session("Ines Instructor", "INSTRUCTOR").token());
        Api.Reply quiz = require(instructor.post("api/quizzes", "{\"title\": \"Outbox quiz\"}"), 201);
        long quizId = quiz.json().getJsonNumber("id").longValue();
        Api.Reply item = require(instructor.post("api/quizzes/" + quizId + "/items",
                "{\"stem\": \"Which?\", \"options\": [\"a\", \"b\"], \"answer\": 0}"), 201);
        require(instructor.put("api/quizzes/" + quizId + "/items/" + item.json().getJsonNumber("id").longValue() + "/review",
                "{\"state\": \"APPROVED\"}"), 200);
        TestDatabase.Session student = TestDatabase.session("Sam Student", "LEARNER");
        Api.Reply started = require(admin.as(student.token()).post("api/quizzes/" + quizId + "/attempts", null), 200);
        return new Attempt(platform.json().getJsonNumber("id").longValue(), platformName, quizId,
                started.json().getJsonNumber("attemptId").longValue(), student.userId());
    }

    /** Writes an outbox row for the attempt; returns its id (ids grow: a later row is newer). */
    public static long add(Attempt a, String state, int tries, Instant nextTryAt, String lastError, double given, double max) {
        try (Connection c = TestDatabase.connect(); PreparedStatement ps = c.prepareStatement("""
                insert into lti_score_outbox (platform_id, attempt_id, quiz_id, user_id, subject, scopes, label, score_given,
                    score_maximum, score_timestamp, state, tries, next_try_at, last_error, created_at)
                values (?, ?, ?, ?, 'sam', '', 'Outbox quiz', ?, ?, '2026-01-01T00:00:00.000000Z', ?, ?, ?, ?, now())
                returning id""")) {
            ps.setLong(1, a.platformId());
            ps.setLong(2, a.attemptId());
            ps.setLong(3, a.quizId());
            ps.setLong(4, a.userId());
            ps.setDouble(5, given);
            ps.setDouble(6, max);
            ps.setString(7, state);
            ps.setInt(8, tries);
            ps.setTimestamp(9, Timestamp.from(nextTryAt));
            ps.setString(10, lastError);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not write an outbox row", e);
        }
    }

    /** The row's state as stored. */
    public static String state(long id) {
        try (Connection c = TestDatabase.connect();
             PreparedStatement ps = c.prepareStatement("select state from lti_score_outbox where id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Api.Reply require(Api.Reply reply, int status) {
        if (reply.status() != status) {
            throw new AssertionError("expected " + status + ": " + reply);
        }
        return reply;
    }

    private static String quote(String s) {
        return jakarta.json.Json.createValue(s).toString();
    }
}
