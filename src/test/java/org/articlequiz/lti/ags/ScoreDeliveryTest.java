package org.articlequiz.lti.ags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.articlequiz.attempt.AttemptId;
import org.articlequiz.attempt.GradeChange;
import org.articlequiz.attempt.Score;
import org.articlequiz.config.NodeName;
import org.articlequiz.devtools.sandbox.SandboxPlatform;
import org.articlequiz.lti.InMemoryPlatforms;
import org.articlequiz.lti.MutableClock;
import org.articlequiz.lti.jose.InMemoryToolKeys;
import org.articlequiz.lti.jose.KeyRing;
import org.articlequiz.lti.platform.Platform;
import org.articlequiz.lti.platform.PlatformHttp;
import org.articlequiz.lti.platform.ServiceTokens;
import org.articlequiz.quiz.QuizId;
import org.articlequiz.user.UserId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Grade passback against the sandbox platform over real HTTP on loopback, without a server: the publisher writes
 * the outbox row, the sender delivers it, and the sandbox records what arrived.
 */
class ScoreDeliveryTest {
    private static final QuizId QUIZ = new QuizId(7);
    private static final UserId STUDENT = new UserId(3);

    private final MutableClock clock = new MutableClock(Instant.now());
    private final KeyRing keys = new KeyRing(new InMemoryToolKeys(), clock);
    private final InMemoryScoreOutbox outbox = new InMemoryScoreOutbox();
    private final InMemoryPlatforms platforms = new InMemoryPlatforms();
    private final InMemoryGradebookColumns columns = new InMemoryGradebookColumns();
    private HttpServer toolJwks;
    private SandboxPlatform sandbox;
    private ScoreSender sender;
    private AgsScorePublisher publisher;
    private OutboxTransitions transitions;

    @BeforeEach
    void start() throws Exception {
        toolJwks = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 10);
        toolJwks.createContext("/article-quiz/api/lti/jwks", ex -> {
            byte[] body = keys.publicJwks().getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        toolJwks.start();
        sandbox = SandboxPlatform.start(0, "http://127.0.0.1:" + toolJwks.getAddress().getPort() + "/article-quiz");
        Platform platform = new Platform(sandbox.issuer(), SandboxPlatform.CLIENT_ID, "Sandbox", new Platform.Endpoints(
                sandbox.baseUrl() + "/auth", sandbox.baseUrl() + "/token", sandbox.baseUrl() + "/jwks", null), "sandbox", clock.instant());
        platform.addDeployment(SandboxPlatform.DEPLOYMENT_ID, clock.instant());
        platforms.add(platform);

        GradeTargets targets = new GradeTargets() {
            @Override
            public void remember(GradeTarget target) {
            }

            @Override
            public Optional<GradeTarget> find(QuizId quiz, UserId user) {
                return Optional.of(new GradeTarget(user, quiz, platform.id(), SandboxPlatform.DEPLOYMENT_ID, "student-1",
                        SandboxPlatform.RESOURCE_LINK_ID, URI.create(sandbox.baseUrl() + "/courses/" + SandboxPlatform.CONTEXT_ID
                        + "/lineitems?type_id=7"), null, Set.of("https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
                        "https://purl.imsglobal.org/spec/lti-ags/scope/score")));
            }
        };
        transitions = new OutboxTransitions(outbox, columns, clock, new NodeName("node-a"));
        publisher = new AgsScorePublisher(targets, outbox, new org.articlequiz.quiz.InMemoryQuizzes(), clock);
        sender = senderFor(transitions);
    }

    private ScoreSender senderFor(OutboxTransitions of) {
        PlatformHttp http = new PlatformHttp();
        return new ScoreSender(of, platforms, new ServiceTokens(keys, http, clock), new AgsClient(http), Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() {
        sandbox.close();
        toolJwks.stop(0);
    }

    private void grade(double points) {
        publisher.publish(new GradeChange(QUIZ, STUDENT, new AttemptId(1), new Score(points, 4), points / 4,
                Instant.parse("2026-03-01T09:15:30.123456Z")));
    }

    /** One round of the worker at the current clock. */
    private void round() {
        transitions.leaseDue(20).forEach(sender::deliver);
    }

    @Test
    void aScoreArrivesOnceWithTheRightShape() {
        grade(3);
        round();
        round();

        List<SandboxPlatform.ReceivedScore> received = sandbox.scores();
        assertEquals(1, received.size());
        assertEquals("application/vnd.ims.lis.v1.score+json", received.get(0).contentType());
        assertEquals("type_id=7", received.get(0).query());
        JsonObject score = Json.createReader(new StringReader(received.get(0).body())).readObject();
        assertEquals("student-1", score.getString("userId"));
        assertEquals(3.0, score.getJsonNumber("scoreGiven").doubleValue());
        assertEquals(4.0, score.getJsonNumber("scoreMaximum").doubleValue());
        assertEquals("Completed", score.getString("activityProgress"));
        assertEquals("FullyGraded", score.getString("gradingProgress"));
        assertEquals("2026-03-01T09:15:30.123456Z", score.getString("timestamp"));
        assertEquals(OutboxState.DELIVERED, outbox.all().get(0).state());
    }

    @Test
    void oneLineItemAndOneTokenForManyScores() {
        grade(1);
        round();
        grade(4);
        round();
        assertEquals(2, sandbox.scores().size());
        assertEquals(1, sandbox.lineItems().size(), "no duplicate gradebook column");
        assertEquals("quiz-7", sandbox.lineItems().get(0).resourceId());
        assertEquals(1, sandbox.tokenRequests(), "the token is cached");
    }

    /**
     * Issue 11: a newer score queued while an older one still waits (the gradebook was down between a submit and a
     * regrade) supersedes it: only the newest goes out, once, and the older is never sent after it.
     */
    @Test
    void olderPendingScoresAreSuperseded() {
        sandbox.failNextScores(1, 503);
        grade(1);
        round();
        assertEquals(OutboxState.PENDING, outbox.all().get(0).state(), "waiting for its next try");
        grade(4);
        clock.advance(Duration.ofHours(1));
        round();
        round();
        assertEquals(1, sandbox.scores().size(), sandbox.scores().toString());
        JsonObject score = Json.createReader(new StringReader(sandbox.scores().get(0).body())).readObject();
        assertEquals(4.0, score.getJsonNumber("scoreGiven").doubleValue());
        assertEquals(OutboxState.SUPERSEDED, outbox.all().get(0).state());
        assertEquals(OutboxState.DELIVERED, outbox.all().get(1).state());
    }

    /** Issue 12: a node whose lease ended (it stalled; another node took the entry) neither sends nor records. */
    @Test
    void aNodeWhoseLeaseEndedNeitherSendsNorRecords() {
        OutboxTransitions nodeB = new OutboxTransitions(outbox, columns, clock, new NodeName("node-b"));
        grade(2);
        long id = transitions.leaseDue(20).get(0);
        assertEquals(List.of(), nodeB.leaseDue(20), "a leased entry is not leased again while its lease lasts");

        clock.advance(OutboxTransitions.LEASE.plusSeconds(1));
        assertEquals(List.of(id), nodeB.leaseDue(20), "a lease that ended is taken by another node");
        sender.deliver(id); // node A wakes up
        transitions.delivered(id);
        assertEquals(0, sandbox.scores().size(), "node A sends nothing once its lease is gone");
        assertEquals(OutboxState.PENDING, outbox.all().get(0).state(), "and records nothing");

        senderFor(nodeB).deliver(id);
        assertEquals(1, sandbox.scores().size());
        assertEquals(OutboxState.DELIVERED, outbox.all().get(0).state());
    }

    /** Issue 12: two nodes sending a quiz's first scores at once make one gradebook column, not two. */
    @Test
    void aColumnClaimedByAnotherNodeIsWaitedForNotCreatedTwice() {
        OutboxTransitions nodeB = new OutboxTransitions(outbox, columns, clock, new NodeName("node-b"));
        grade(1);
        grade(4); // supersedes the first (olderPendingScoresAreSuperseded): one score to send
        GradebookColumns.Key key = GradebookColumns.Key.of(outbox.all().get(1));
        assertTrue(nodeB.claimColumn(key), "node B is creating the column (between its claim and its record)");
        transitions.leaseDue(20).forEach(sender::deliver);
        assertEquals(0, sandbox.lineItems().size(), "node A does not create a second column while B's claim lasts");
        assertEquals(0, sandbox.scores().size());
        assertEquals(clock.instant().plus(ScoreSender.COLUMN_WAIT), outbox.all().get(1).nextTryAt(), "tried again soon");

        clock.advance(OutboxTransitions.COLUMN_CLAIM.plusSeconds(1));
        round();
        assertEquals(1, sandbox.lineItems().size(), "a claim whose node died ends, and one node creates the column");
        assertEquals(1, sandbox.scores().size());
        assertEquals(Optional.of(outbox.all().get(1).lineItem()), columns.recorded(key), "the column is recorded for every node");
    }

    @Test
    void failuresAreRetriedWithBackoffThenDeliveredOnce() {
        sandbox.failNextScores(2, 503);
        grade(2);
        round();
        OutboxEntry entry = outbox.all().get(0);
        assertEquals(OutboxState.PENDING, entry.state());
        assertEquals(clock.instant().plusSeconds(5), entry.nextTryAt(), "first retry after the base delay");
        round();
        assertEquals(0, sandbox.scores().size(), "not due yet");

        clock.advance(Duration.ofSeconds(5));
        round();
        assertEquals(clock.instant().plusSeconds(10), entry.nextTryAt(), "then doubled");
        clock.advance(Duration.ofSeconds(10));
        round();
        assertEquals(1, sandbox.scores().size());
        assertEquals(OutboxState.DELIVERED, entry.state());
        assertEquals(3, entry.tries());
    }

    @Test
    void retryAfterOfA429IsHonoured() {
        sandbox.throttleNextScores(1, 42);
        grade(2);
        round();
        OutboxEntry entry = outbox.all().get(0);
        assertEquals(clock.instant().plusSeconds(42), entry.nextTryAt());
        clock.advance(Duration.ofSeconds(42));
        round();
        assertEquals(1, sandbox.scores().size());
    }

    @Test
    void a401GetsOneFreshTokenAndGoesThrough() {
        grade(2);
        round();
        sandbox.revokeTokensForNextScores(1);
        grade(3);
        round();
        assertEquals(2, sandbox.scores().size());
        assertEquals(2, sandbox.tokenRequests());
        assertTrue(outbox.all().stream().allMatch(e -> e.state() == OutboxState.DELIVERED));
    }

    @Test
    void aRefusalIsParkedWithThePlatformsReason() {
        sandbox.failNextScores(1, 400);
        grade(2);
        round();
        OutboxEntry entry = outbox.all().get(0);
        assertEquals(OutboxState.PARKED, entry.state());
        assertTrue(entry.lastError().contains("400"), entry.lastError());
        clock.advance(Duration.ofHours(2));
        round();
        assertEquals(0, sandbox.scores().size(), "a parked score is not retried by itself");
    }

    /** Issue 11, "no personal data in logs": a platform's error body is its own text and may name a student. */
    @Test
    void aPlatformsErrorBodyIsKeptOutOfTheLog() {
        sandbox.failNextScores(1, 400);
        grade(2);
        round();
        OutboxEntry entry = outbox.all().get(0);
        assertEquals(OutboxState.PARKED, entry.state());
        assertTrue(entry.lastError().contains("bad day"), "the outbox keeps it for the admin: " + entry.lastError());
        String line = ScoreSender.notDelivered(entry.id(), new org.articlequiz.lti.platform.PlatformCallFailed(
                org.articlequiz.lti.platform.PlatformCallFailed.Kind.REJECTED, 400, null, entry.lastError()));
        assertEquals("Score " + entry.id() + " not delivered: REJECTED (HTTP 400)", line);
    }

    @Test
    void noOutboxRowWithoutAGradeTarget() {
        AgsScorePublisher none = new AgsScorePublisher(new GradeTargets() {
            @Override
            public void remember(GradeTarget target) {
            }

            @Override
            public Optional<GradeTarget> find(QuizId quiz, UserId user) {
                return Optional.empty();
            }
        }, outbox, new org.articlequiz.quiz.InMemoryQuizzes(), clock);
        none.publish(new GradeChange(QUIZ, STUDENT, new AttemptId(1), new Score(1, 2), 0.5, Instant.now()));
        assertEquals(0, outbox.all().size());
    }
}
