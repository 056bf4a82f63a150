package org.articlequiz.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.articlequiz.testing.Api;
import org.articlequiz.testing.Deployments;
import org.articlequiz.testing.GradeOutbox;
import org.articlequiz.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The admin's view of the grade outbox over real HTTP: counts, the newest pending and parked scores, resend. */
@ExtendWith(ArquillianExtension.class)
class AdminOutboxIT {
    static final String ADMIN_TOKEN = Deployments.ADMIN_TOKEN;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    Api admin;
    GradeOutbox.Attempt attempt;
    long pending;
    long parkedFirst;
    long parkedLater;
    /** Far ahead, so the outbox worker leaves the pending row alone while the test looks at it. */
    final Instant nextTry = Instant.now().plus(Duration.ofDays(3));

    @BeforeEach
    void scoresInEveryState() {
        admin = new Api(base, ADMIN_TOKEN);
        attempt = GradeOutbox.attempt(admin, "Outbox Moodle");
        pending = GradeOutbox.add(attempt, "PENDING", 3, nextTry, "HTTP 503 from the token endpoint", 2, 3);
        parkedFirst = GradeOutbox.add(attempt, "PARKED", 1, Instant.now(), "HTTP 400: line item is closed", 1, 3);
        parkedLater = GradeOutbox.add(attempt, "PARKED", 25, Instant.now(), "gave up after 25 tries: HTTP 500", 3, 3);
        GradeOutbox.add(attempt, "DELIVERED", 1, Instant.now(), null, 3, 3);
    }

    private static JsonObject entry(List<JsonObject> list, long id) {
        return list.stream().filter(e -> e.getJsonNumber("id").longValue() == id).findFirst()
                .orElseThrow(() -> new AssertionError("no entry " + id + " in " + list));
    }

    private static List<Long> ids(List<JsonObject> list) {
        return list.stream().map(e -> e.getJsonNumber("id").longValue()).toList();
    }

    @Test
    void listsCountsAndTheNewestPendingAndParkedScores() {
        Api.Reply reply = admin.get("api/admin/lti/outbox");
        assertEquals(200, reply.status(), reply::toString);
        JsonObject o = reply.json();
        assertEquals(100, o.getInt("limit"));
        JsonObject counts = o.getJsonObject("counts");
        assertTrue(counts.getJsonNumber("PENDING").longValue() >= 1, counts::toString);
        assertTrue(counts.getJsonNumber("PARKED").longValue() >= 2, counts::toString);
        assertTrue(counts.getJsonNumber("DELIVERED").longValue() >= 1, counts::toString);

        List<JsonObject> pendingList = o.getJsonArray("pending").getValuesAs(JsonObject.class);
        JsonObject p = entry(pendingList, pending);
        assertEquals(attempt.platformId(), p.getJsonNumber("platformId").longValue());
        assertEquals(attempt.quizId(), p.getJsonNumber("quizId").longValue());
        assertEquals(attempt.attemptId(), p.getJsonNumber("attemptId").longValue());
        assertEquals(attempt.userId(), p.getJsonNumber("userId").longValue());
        assertEquals(2.0, p.getJsonNumber("scoreGiven").doubleValue());
        assertEquals(3.0, p.getJsonNumber("scoreMaximum").doubleValue());
        assertEquals(3, p.getInt("tries"));
        assertEquals(nextTry.getEpochSecond(), Instant.parse(p.getString("nextTryAt")).getEpochSecond());
        assertEquals("HTTP 503 from the token endpoint", p.getString("lastError"));

        List<JsonObject> parkedList = o.getJsonArray("parked").getValuesAs(JsonObject.class);
        assertEquals("HTTP 400: line item is closed", entry(parkedList, parkedFirst).getString("reason"));
        assertEquals(25, entry(parkedList, parkedLater).getInt("tries"));
        List<Long> parkedIds = ids(parkedList);
        assertTrue(parkedIds.indexOf(parkedLater) < parkedIds.indexOf(parkedFirst), "newest first: " + parkedIds);
        assertTrue(ids(pendingList).stream().noneMatch(parkedIds::contains));
    }

    @Test
    void theListsAreBounded() {
        JsonObject o = admin.get("api/admin/lti/outbox?limit=1").json();
        assertEquals(1, o.getInt("limit"));
        assertEquals(List.of(parkedLater), ids(o.getJsonArray("parked").getValuesAs(JsonObject.class)));
        assertTrue(o.getJsonArray("pending").size() <= 1);
        assertTrue(admin.get("api/admin/lti/outbox?limit=0").isProblem(400, "invalid-request"));
        assertTrue(admin.get("api/admin/lti/outbox?limit=501").isProblem(400, "invalid-request"));
    }

    @Test
    void aParkedScoreIsSentAgain() {
        Api.Reply resent = admin.post("api/admin/lti/outbox/" + parkedFirst + "/resend", null);
        assertEquals(200, resent.status(), resent::toString);
        assertEquals(parkedFirst, resent.json().getJsonNumber("id").longValue());
        assertTrue(!Instant.parse(resent.json().getString("nextTryAt")).isAfter(Instant.now().plusSeconds(5)), resent::toString);
        // What the worker then makes of it (the platform's port is closed) is ScoreDeliveryTest's business.
        assertTrue(admin.post("api/admin/lti/outbox/" + pending + "/resend", null).isProblem(409, "not-parked"));
        assertTrue(admin.post("api/admin/lti/outbox/999999999/resend", null).isProblem(404, "gradebook-score-not-found"));
    }

    @Test
    void onlyAnAdminSeesTheOutbox() {
        Api nobody = admin.as(null);
        assertTrue(nobody.get("api/admin/lti/outbox").isProblem(401, "admin-token-required"));
        assertTrue(nobody.post("api/admin/lti/outbox/" + parkedFirst + "/resend", null).isProblem(401, "admin-token-required"));
        Api wrong = admin.as("not-the-admin-token");
        assertTrue(wrong.get("api/admin/lti/outbox").isProblem(403, "admin-only"));
        Api instructor = admin.as(TestDatabase.session("Ines Instructor", "INSTRUCTOR").token());
        assertTrue(instructor.get("api/admin/lti/outbox").isProblem(403, "admin-only"));
        assertTrue(instructor.post("api/admin/lti/outbox/" + parkedFirst + "/resend", null).isProblem(403, "admin-only"));
        assertEquals("PARKED", GradeOutbox.state(parkedFirst));
    }
}
