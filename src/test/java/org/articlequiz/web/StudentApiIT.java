package org.articlequiz.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.articlequiz.testing.Api;
import org.articlequiz.testing.Deployments;
import org.articlequiz.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The student API over real HTTP against the deployed WAR and a real PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
class StudentApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    Api instructor;
    Api alice;
    Api bob;
    TestDatabase.Session aliceSession;

    @BeforeEach
    void people() {
        instructor = new Api(base, TestDatabase.session("Ines Instructor", "INSTRUCTOR").token());
        aliceSession = TestDatabase.session("Alice", "LEARNER");
        alice = new Api(base, aliceSession.token());
        bob = new Api(base, TestDatabase.session("Bob", "LEARNER").token());
    }

    private static JsonObject start(Api student, QuizFixture quiz) {
        Api.Reply started = student.post("api/quizzes/" + quiz.quizId + "/attempts", null);
        assertEquals(200, started.status(), started::toString);
        return started.json();
    }

    private static long id(JsonObject attempt) {
        return attempt.getJsonNumber("attemptId").longValue();
    }

    /** Saves the choice the attempt named {@code choice} (its token; null clears the answer). */
    private static Api.Reply save(Api student, long attempt, long item, String choice, long seq) {
        var body = Json.createObjectBuilder().add("seq", seq);
        body = choice == null ? body.addNull("choiceId") : body.add("choiceId", choice);
        return student.put("api/attempts/" + attempt + "/responses/" + item, body.build().toString());
    }

    @Test
    void deliversItemsWithoutTheKeyAndResumesTheSameAttempt() {
        QuizFixture quiz = new QuizFixture(instructor, "{}", 3);
        JsonObject attempt = start(alice, quiz);
        assertEquals(3, attempt.getJsonArray("items").size());
        assertEquals(4, attempt.getJsonArray("items").getJsonObject(0).getJsonArray("choices").size());
        String raw = alice.get("api/attempts/" + id(attempt)).body();
        assertFalse(raw.contains("correct"), raw);
        assertEquals(id(attempt), id(start(alice, quiz)), "a second start resumes the attempt in progress");
        assertEquals(attempt.getJsonArray("items"), alice.get("api/attempts/" + id(attempt)).json().getJsonArray("items"),
                "the choice order is stable within an attempt");
    }

    @Test
    void aDuplicatedSaveStoresOneResponse() {
        QuizFixture quiz = new QuizFixture(instructor, "{}", 2);
        JsonObject started = start(alice, quiz);
        long attempt = id(started);
        Api.Reply first = save(alice, attempt, quiz.itemIds.get(0), quiz.key(started, 0), 1);
        Api.Reply again = save(alice, attempt, quiz.itemIds.get(0), quiz.key(started, 0), 1);
        assertEquals(200, first.status(), first::toString);
        assertTrue(first.json().getBoolean("applied"));
        assertEquals(200, again.status(), again::toString);
        assertFalse(again.json().getBoolean("applied"));
        assertEquals(1, TestDatabase.count("select count(*) from response where attempt_id = ?", attempt));
        assertTrue(first.json().containsKey("seq"));
    }

    @Test
    void aStaleSaveNeverOverwritesANewerOne() {
        QuizFixture quiz = new QuizFixture(instructor, "{}", 1);
        JsonObject started = start(alice, quiz);
        long attempt = id(started);
        long item = quiz.itemIds.get(0);
        assertTrue(save(alice, attempt, item, quiz.key(started, 0), 5).json().getBoolean("applied"));
        Api.Reply stale = save(alice, attempt, item, quiz.wrong(started, 0), 4);
        assertEquals(200, stale.status(), stale::toString);
        assertFalse(stale.json().getBoolean("applied"));
        assertEquals(5, stale.json().getJsonNumber("seq").longValue());
        assertEquals(quiz.key(started, 0), stale.json().getString("choiceId"), "the stored answer, by the attempt's token");
        assertEquals(1, TestDatabase.count("select count(*) from response where attempt_id = ? and choice_id = ? and client_seq = 5",
                attempt, quiz.key(0)));
    }

    /**
     * Saves arrive together and are committed in groups (AnswerWriter): many saves of one answer at once, with
     * different sequence numbers, leave the newest stored, and every save acknowledged as applied was newer than
     * what was stored before it; saves of other students' answers in the same moment are all stored.
     */
    @Test
    void concurrentSavesKeepTheNewestAnswerAndLoseNone() throws Exception {
        QuizFixture quiz = new QuizFixture(instructor, "{}", 3);
        JsonObject alices = start(alice, quiz);
        long attempt = id(alices);
        long item = quiz.itemIds.get(0);
        Api bobs = bob;
        JsonObject bobsAttempt = start(bobs, quiz);
        long bobAttempt = id(bobsAttempt);
        int saves = 40;
        List<CompletableFuture<Api.Reply>> replies = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            for (int seq = 1; seq <= saves; seq++) {
                long s = seq;
                String choice = seq % 2 == 0 ? quiz.key(alices, 0) : quiz.wrong(alices, 0);
                replies.add(CompletableFuture.supplyAsync(() -> save(alice, attempt, item, choice, s), pool));
                long other = quiz.itemIds.get(1 + seq % 2);
                String bobsChoice = quiz.key(bobsAttempt, 1 + seq % 2);
                replies.add(CompletableFuture.supplyAsync(() -> save(bobs, bobAttempt, other, bobsChoice, s), pool));
            }
            for (CompletableFuture<Api.Reply> reply : replies) {
                assertEquals(200, reply.get().status(), () -> reply.join().toString());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, TestDatabase.count("select count(*) from response where attempt_id = ? and item_id = ? and client_seq = ?",
                attempt, item, saves), "the newest save wins, whatever order the saves were committed in");
        assertEquals(quiz.key(0), TestDatabase.count("select choice_id from response where attempt_id = ? and item_id = ?",
                attempt, item));
        assertEquals(2, TestDatabase.count("select count(*) from response where attempt_id = ?", bobAttempt));
        for (int i = 0; i < replies.size(); i += 2) {
            JsonObject reply = replies.get(i).join().json();
            assertTrue(reply.getJsonNumber("seq").longValue() >= i / 2 + 1,
                    "a save reports the stored answer, never an older one than itself: " + reply);
        }
    }

    @Test
    void aSaveAfterTheDeadlineIsRefusedAndTheAttemptClosesAtItsEnd() throws InterruptedException {
        QuizFixture quiz = new QuizFixture(instructor, "{\"timeLimitSeconds\": 1}", 1);
        JsonObject attempt = start(alice, quiz);
        Instant endsAt = Instant.parse(attempt.getString("endsAt"));
        Thread.sleep(Duration.between(Instant.now(), endsAt).plusMillis(300).toMillis());
        Api.Reply late = save(alice, id(attempt), quiz.itemIds.get(0), quiz.key(attempt, 0), 1);
        assertTrue(late.isProblem(409, "attempt-closed"), late::toString);
        assertEquals(0, TestDatabase.count("select count(*) from response where attempt_id = ?", id(attempt)));
        JsonObject closed = alice.get("api/attempts/" + id(attempt)).json();
        assertEquals("closed", closed.getString("state"));
        assertEquals("TIME_EXPIRED", closed.getString("closeReason"));
        assertEquals(endsAt, Instant.parse(closed.getString("submittedAt")), "closed at its end, not when noticed");
    }

    /**
     * Issue 11, medium: "a grace period: a save first tried before the deadline and refused as busy or lost in transit
     * is accepted on retry within a short window". The page's seq is the time it made the answer; the claim counts only
     * between the attempt's start and end and only within the grace period after the end.
     */
    /** Attempt.GRACE, as a student's page meets it. */
    private static final Duration GRACE = Duration.ofSeconds(10);

    @Test
    void aSaveFirstTriedBeforeTheDeadlineIsAcceptedOnRetryWithinTheGracePeriod() throws InterruptedException {
        QuizFixture quiz = new QuizFixture(instructor, "{\"timeLimitSeconds\": 2}", 2);
        JsonObject attempt = start(alice, quiz);
        Instant endsAt = Instant.parse(attempt.getString("endsAt"));
        long madeBeforeTheEnd = Instant.now().toEpochMilli();
        Thread.sleep(Duration.between(Instant.now(), endsAt).plusMillis(1000).toMillis());
        Api.Reply retried = save(alice, id(attempt), quiz.itemIds.get(0), quiz.key(attempt, 0), madeBeforeTheEnd);
        assertEquals(200, retried.status(), retried::toString);
        assertTrue(retried.json().getBoolean("applied"));

        Thread.sleep(Duration.between(Instant.now(), endsAt.plus(GRACE)).plusMillis(500).toMillis());
        Api.Reply tooLate = save(alice, id(attempt), quiz.itemIds.get(1), quiz.key(attempt, 1), madeBeforeTheEnd + 1);
        assertTrue(tooLate.isProblem(409, "attempt-closed"), "no claim extends a deadline past the grace period: " + tooLate);
        JsonObject closed = alice.get("api/attempts/" + id(attempt)).json();
        assertEquals("TIME_EXPIRED", closed.getString("closeReason"));
        assertEquals(endsAt, Instant.parse(closed.getString("submittedAt")), "still closed at its end");
        assertEquals(1.0, closed.getJsonObject("score").getJsonNumber("points").doubleValue(), "the retried answer counts");
    }

    @Test
    void anAccommodationExtendsTheTime() {
        QuizFixture quiz = new QuizFixture(instructor, "{\"timeLimitSeconds\": 60}", 1);
        assertEquals(204, instructor.put("api/quizzes/" + quiz.quizId + "/accommodations/" + aliceSession.userId(),
                "{\"extraTimeSeconds\": 120, \"extraAttempts\": 0}").status());
        JsonObject attempt = start(alice, quiz);
        Duration length = Duration.between(Instant.parse(attempt.getString("startedAt")), Instant.parse(attempt.getString("endsAt")));
        assertEquals(Duration.ofSeconds(180), length);
        JsonObject bobs = start(bob, quiz);
        assertEquals(Duration.ofSeconds(60), Duration.between(Instant.parse(bobs.getString("startedAt")), Instant.parse(bobs.getString("endsAt"))));
    }

    /** Issue 13: an extension given while the attempt runs moves its end: the next save and a reload carry it. */
    @Test
    void anExtensionGivenDuringAnAttemptReachesIt() {
        QuizFixture quiz = new QuizFixture(instructor, "{\"timeLimitSeconds\": 60}", 2);
        JsonObject attempt = start(alice, quiz);
        Instant started = Instant.parse(attempt.getString("startedAt"));
        assertEquals(started.plusSeconds(60), Instant.parse(attempt.getString("endsAt")));
        assertEquals(204, instructor.put("api/quizzes/" + quiz.quizId + "/accommodations/" + aliceSession.userId(),
                "{\"extraTimeSeconds\": 600, \"extraAttempts\": 0}").status());
        Api.Reply saved = save(alice, id(attempt), quiz.itemIds.get(0), quiz.key(attempt, 0), 1);
        assertEquals(200, saved.status(), saved::toString);
        assertEquals(started.plusSeconds(660), Instant.parse(saved.json().getString("endsAt")));
        assertEquals(started.plusSeconds(660), Instant.parse(alice.get("api/attempts/" + id(attempt)).json().getString("endsAt")));
        JsonArray listed = instructor.get("api/quizzes/" + quiz.quizId + "/accommodations").structure().asJsonArray();
        assertEquals(1, listed.size(), listed::toString);
        assertEquals("Alice", listed.getJsonObject(0).getString("name"));
        assertEquals(600, listed.getJsonObject(0).getInt("extraTimeSeconds"));
    }

    /** Issue 13: "shuffle question order" gives each attempt its own order, numbered 1…n, and keeps it on resume. */
    @Test
    void shuffledQuestionsAreInAnOrderOfEachAttemptsOwn() {
        QuizFixture quiz = new QuizFixture(instructor, "{\"shuffleQuestions\": true, \"attemptsAllowed\": 10}", 8);
        assertTrue(instructor.get("api/quizzes/" + quiz.quizId).json().getJsonObject("settings").getBoolean("shuffleQuestions"));
        java.util.Set<List<Long>> orders = new java.util.HashSet<>();
        for (int i = 0; i < 4; i++) {
            JsonObject attempt = start(alice, quiz);
            List<Long> order = attempt.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .map(item -> item.getJsonNumber("itemId").longValue()).toList();
            assertEquals(java.util.Set.copyOf(quiz.itemIds), java.util.Set.copyOf(order));
            assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8), attempt.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .map(item -> item.getInt("number")).toList());
            assertEquals(order, start(alice, quiz).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .map(item -> item.getJsonNumber("itemId").longValue()).toList(), "resuming keeps the order");
            orders.add(order);
            assertEquals(200, alice.post("api/attempts/" + id(attempt) + "/submit", null).status());
        }
        assertTrue(orders.size() > 1, "four attempts in one order out of 40,320: " + orders);
        QuizFixture inOrder = new QuizFixture(instructor, "{}", 8);
        assertEquals(inOrder.itemIds, start(bob, inOrder).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(item -> item.getJsonNumber("itemId").longValue()).toList(), "without the setting, the quiz's order");
    }

    @Test
    void aSecondSubmitReturnsTheSameScore() {
        // One attempt allowed: the review shows the keys only when no attempt may follow (issue 11).
        QuizFixture quiz = new QuizFixture(instructor, "{\"attemptsAllowed\": 1}", 3);
        JsonObject started = start(alice, quiz);
        long attempt = id(started);
        save(alice, attempt, quiz.itemIds.get(0), quiz.key(started, 0), 1);
        save(alice, attempt, quiz.itemIds.get(1), quiz.wrong(started, 1), 1);
        Api.Reply first = alice.post("api/attempts/" + attempt + "/submit", null);
        Api.Reply second = alice.post("api/attempts/" + attempt + "/submit", null);
        assertEquals(200, first.status(), first::toString);
        assertEquals(200, second.status(), second::toString);
        assertEquals(1.0, first.json().getJsonObject("score").getJsonNumber("points").doubleValue());
        assertEquals(3.0, first.json().getJsonObject("score").getJsonNumber("maxPoints").doubleValue());
        assertEquals(first.json().getJsonObject("score"), second.json().getJsonObject("score"));
        assertEquals(first.json().getString("submittedAt"), second.json().getString("submittedAt"));
        Api.Reply afterSubmit = save(alice, attempt, quiz.itemIds.get(2), quiz.key(started, 2), 1);
        assertTrue(afterSubmit.isProblem(409, "attempt-closed"), afterSubmit::toString);
        JsonObject review = alice.get("api/attempts/" + attempt + "/review").json();
        assertEquals(3, review.getJsonArray("items").size());
        assertTrue(review.getJsonArray("items").getJsonObject(0).getBoolean("correct"));
        assertEquals(quiz.key(started, 1), review.getJsonArray("items").getJsonObject(1).getString("keyChoiceId"));
        assertEquals(quiz.wrong(started, 1), review.getJsonArray("items").getJsonObject(1).getString("chosenChoiceId"));
    }

    @Test
    void noAttemptBeyondTheAllowedCountUnlessAccommodated() {
        QuizFixture quiz = new QuizFixture(instructor, "{\"attemptsAllowed\": 1}", 1);
        long attempt = id(start(alice, quiz));
        assertEquals(200, alice.post("api/attempts/" + attempt + "/submit", null).status());
        Api.Reply refused = alice.post("api/quizzes/" + quiz.quizId + "/attempts", null);
        assertTrue(refused.isProblem(409, "no-attempts-left"), refused::toString);
        instructor.put("api/quizzes/" + quiz.quizId + "/accommodations/" + aliceSession.userId(), "{\"extraTimeSeconds\": 0, \"extraAttempts\": 1}");
        JsonObject second = start(alice, quiz);
        assertEquals(2, second.getInt("number"));
    }

    @Test
    void aStudentCannotReadOrChangeAnotherStudentsAttempt() {
        QuizFixture quiz = new QuizFixture(instructor, "{}", 1);
        JsonObject started = start(alice, quiz);
        long attempt = id(started);
        JsonObject bobs = start(bob, quiz);
        assertTrue(bob.get("api/attempts/" + attempt).isProblem(403, "not-your-attempt"));
        assertTrue(save(bob, attempt, quiz.itemIds.get(0), quiz.key(started, 0), 1).isProblem(403, "not-your-attempt"),
                "with Alice's own token");
        assertTrue(save(bob, attempt, quiz.itemIds.get(0), quiz.key(bobs, 0), 1).isProblem(403, "not-your-attempt"),
                "with a token of Bob's attempt");
        assertTrue(bob.post("api/attempts/" + attempt + "/submit", null).isProblem(403, "not-your-attempt"));
        assertTrue(bob.get("api/attempts/" + attempt + "/review").isProblem(403, "not-your-attempt"));
        assertEquals(0, TestDatabase.count("select count(*) from response where attempt_id = ?", attempt));
    }

    @Test
    void malformedRequestsGetProblemsAndWriteNothing() {
        QuizFixture quiz = new QuizFixture(instructor, "{}", 1);
        JsonObject started = start(alice, quiz);
        long attempt = id(started);
        String key = quiz.key(started, 0);
        String path = "api/attempts/" + attempt + "/responses/" + quiz.itemIds.get(0);
        assertTrue(alice.put(path, "{\"choiceId\": ").isProblem(400, "malformed-json"));
        assertTrue(alice.put(path, "[1, 2]").isProblem(400, "malformed-json"));
        assertTrue(alice.put(path, "{\"choiceId\": [\"seven\"], \"seq\": 1}").isProblem(400, "malformed-json"));
        Api.Reply noSeq = alice.put(path, "{\"choiceId\": \"" + key + "\"}");
        assertTrue(noSeq.isProblem(400, "invalid-request"), noSeq::toString);
        assertEquals("seq", noSeq.json().getJsonArray("invalidParams").getJsonObject(0).getString("name"));
        assertTrue(alice.put(path, "{\"choiceId\": \"" + key + "\", \"seq\": 0}").isProblem(400, "invalid-request"));
        assertTrue(save(alice, attempt, quiz.itemIds.get(0), "seven", 1).isProblem(400, "choice-not-in-item"));
        assertTrue(save(alice, attempt, quiz.itemIds.get(0), "A".repeat(22), 1).isProblem(400, "choice-not-in-item"));
        Api.Reply rowId = alice.put(path, "{\"choiceId\": " + quiz.key(0) + ", \"seq\": 1}");
        assertEquals(400, rowId.status(), "a choice's row id is not a name the attempt gave it: " + rowId);
        assertTrue(save(alice, attempt, quiz.itemIds.get(0) + 100_000, key, 1).isProblem(400, "item-not-in-attempt"));
        assertTrue(save(alice, attempt + 100_000, quiz.itemIds.get(0), key, 1).isProblem(404, "attempt-not-found"));
        assertTrue(alice.send("PUT", path, "choiceId=1", "application/x-www-form-urlencoded").isProblem(415, "unsupported-media-type"));
        assertTrue(alice.as(null).get("api/attempts/" + attempt).isProblem(401, "unauthenticated"));
        assertTrue(alice.as("forged-token").get("api/attempts/" + attempt).isProblem(401, "unauthenticated"));
        assertTrue(alice.post("api/quizzes", "{\"title\": \"mine\"}").isProblem(403, "instructor-only"));
        assertTrue(alice.get("api/no-such-thing").isProblem(404, "not-found"));
        assertEquals(0, TestDatabase.count("select count(*) from response where attempt_id = ?", attempt));
        Api.Reply badItem = instructor.post("api/quizzes/" + quiz.quizId + "/items",
                "{\"stem\": \"Q?\", \"options\": [\"a\", \"a\"], \"answer\": 0}");
        assertTrue(badItem.isProblem(400, "invalid-item"), badItem::toString);
        Api.Reply badAnswer = instructor.post("api/quizzes/" + quiz.quizId + "/items",
                "{\"stem\": \"Q?\", \"options\": [\"a\", \"b\"], \"answer\": 2}");
        assertTrue(badAnswer.isProblem(400, "invalid-item"), badAnswer::toString);
        assertEquals(1, TestDatabase.count("select count(*) from item where quiz_id = ?", quiz.quizId), "nothing half-written");
    }

    @Test
    void immediateFeedbackMarksAndLocksTheAnswer() {
        QuizFixture quiz = new QuizFixture(instructor, "{\"feedbackTiming\": \"IMMEDIATE\"}", 2);
        JsonObject started = start(alice, quiz);
        long attempt = id(started);
        Api.Reply saved = save(alice, attempt, quiz.itemIds.get(0), quiz.wrong(started, 0), 1);
        JsonObject feedback = saved.json().getJsonObject("feedback");
        assertFalse(feedback.getBoolean("correct"));
        assertEquals(quiz.key(started, 0), feedback.getString("keyChoiceId"));
        assertEquals(quiz.wrong(started, 0), feedback.getString("chosenChoiceId"));
        assertEquals(200, save(alice, attempt, quiz.itemIds.get(0), quiz.wrong(started, 0), 1).status(), "a retried save is still fine");
        assertTrue(save(alice, attempt, quiz.itemIds.get(0), quiz.key(started, 0), 2).isProblem(409, "answer-locked"));
        JsonObject review = alice.get("api/attempts/" + attempt + "/review").json();
        assertEquals(1, review.getJsonArray("items").size(), "only the answered item is reviewed before submission");
    }

    /**
     * Issue 11, low: "a cleared answer does not reveal the key under immediate feedback". Clearing an item that was
     * never answered used to lock it as answered (with nothing) and send its key and explanation back.
     */
    @Test
    void aClearedAnswerDoesNotRevealTheKeyUnderImmediateFeedback() {
        QuizFixture quiz = new QuizFixture(instructor, "{\"feedbackTiming\": \"IMMEDIATE\"}", 2);
        JsonObject started = start(alice, quiz);
        long attempt = id(started);
        Api.Reply cleared = save(alice, attempt, quiz.itemIds.get(1), null, 1);
        assertEquals(200, cleared.status(), cleared::toString);
        assertFalse(cleared.body().contains(quiz.key(started, 1)), "the key's token is not in the answer to a clear: " + cleared);
        assertFalse(cleared.json().containsKey("feedback") && !cleared.json().isNull("feedback"), "no feedback: " + cleared);
        JsonObject review = alice.get("api/attempts/" + attempt + "/review").json();
        assertEquals(0, review.getJsonArray("items").size(), "a cleared item is not reviewed before submission");
        Api.Reply answered = save(alice, attempt, quiz.itemIds.get(1), quiz.key(started, 1), 2);
        assertTrue(answered.json().getJsonObject("feedback").getBoolean("correct"), "the item can still be answered: " + answered);
    }

    /** Issue 11, low: "the learner role is required to start an attempt". A launch of no role (a guest) takes none. */
    @Test
    void theLearnerRoleIsRequiredToStartAnAttempt() {
        QuizFixture quiz = new QuizFixture(instructor, "{}", 1);
        Api guest = new Api(base, TestDatabase.session("Gus Guest", "", "test-course", quiz.quizId).token());
        assertTrue(guest.post("api/quizzes/" + quiz.quizId + "/attempts", null).isProblem(403, "learner-only"));
        assertEquals(0, TestDatabase.count("select count(*) from attempt where quiz_id = ?", quiz.quizId));
        assertEquals(200, alice.post("api/quizzes/" + quiz.quizId + "/attempts", null).status(), "a learner still may");
    }

    /**
     * Issue 11, low: "the sequence number comes from the server, not the device clock". The page numbers answers by
     * the server's time; a number far ahead of the server's clock (a device clock hours fast) is refused, since it would
     * make every later answer to the item, from any device, look stale.
     */
    @Test
    void aSequenceNumberAheadOfTheServersClockIsRefused() {
        QuizFixture quiz = new QuizFixture(instructor, "{}", 1);
        JsonObject started = start(alice, quiz);
        long attempt = id(started);
        long anHourAhead = System.currentTimeMillis() + 3_600_000;
        assertTrue(save(alice, attempt, quiz.itemIds.get(0), quiz.key(started, 0), anHourAhead).isProblem(400, "seq-ahead"));
        assertEquals(0, TestDatabase.count("select count(*) from response where attempt_id = ?", attempt));
        assertEquals(200, save(alice, attempt, quiz.itemIds.get(0), quiz.wrong(started, 0), System.currentTimeMillis()).status());
    }

    /** Issue 11, low: "expired sessions purged and revocable". A student signs out: the token is refused from then on. */
    @Test
    void aSessionIsRevocable() {
        Api carol = new Api(base, TestDatabase.session("Carol", "INSTRUCTOR").token());
        assertEquals(200, carol.get("api/quizzes").status());
        Api.Reply out = carol.send("DELETE", "api/session", null, null);
        assertEquals(204, out.status(), out::toString);
        assertTrue(carol.get("api/quizzes").isProblem(401, "unauthenticated"), "the token no longer works");
        assertTrue(carol.send("DELETE", "api/session", null, null).isProblem(401, "unauthenticated"));
    }
}
