package org.articlequiz.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.articlequiz.testing.Api;
import org.articlequiz.testing.Deployments;
import org.articlequiz.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Issue 11, medium: "the quiz's current close date applies to attempts already running; QUIZ_CLOSED is used". */
@ExtendWith(ArquillianExtension.class)
class QuizCloseDateIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void theQuizsCurrentCloseDateAppliesToAttemptsAlreadyRunningAndQuizClosedIsUsed() throws InterruptedException {
        Api instructor = new Api(base, TestDatabase.session("Ines Instructor", "INSTRUCTOR").token());
        Api alice = new Api(base, TestDatabase.session("Alice", "LEARNER").token());
        Instant inAnHour = Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        QuizFixture quiz = new QuizFixture(instructor, "{\"closesAt\": \"" + inAnHour + "\"}", 1);
        JsonObject started = alice.post("api/quizzes/" + quiz.quizId + "/attempts", null).json();
        long attempt = started.getJsonNumber("attemptId").longValue();
        assertEquals(inAnHour, Instant.parse(started.getString("endsAt")));

        Instant soon = Instant.now().plusSeconds(2).truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        Api.Reply changed = instructor.put("api/quizzes/" + quiz.quizId + "/settings", "{\"closesAt\": \"" + soon + "\"}");
        assertEquals(200, changed.status(), changed::toString);
        assertEquals(soon, Instant.parse(alice.get("api/attempts/" + attempt).json().getString("endsAt")),
                "the running attempt now ends when the quiz closes");

        Thread.sleep(Duration.between(Instant.now(), soon).plusMillis(300).toMillis());
        Api.Reply late = alice.put("api/attempts/" + attempt + "/responses/" + quiz.itemIds.get(0),
                "{\"seq\": 1, \"choiceId\": \"" + quiz.key(started, 0) + "\"}");
        assertEquals(409, late.status(), late::toString);
        JsonObject closed = alice.get("api/attempts/" + attempt).json();
        assertEquals("QUIZ_CLOSED", closed.getString("closeReason"));
        assertEquals(soon, Instant.parse(closed.getString("submittedAt")));
    }
}
