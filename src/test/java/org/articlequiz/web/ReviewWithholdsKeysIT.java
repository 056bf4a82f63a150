package org.articlequiz.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import org.articlequiz.testing.Api;
import org.articlequiz.testing.Deployments;
import org.articlequiz.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 11, medium: "review withholds keys while the student may still make another attempt, unless the instructor
 * chooses otherwise". Otherwise the first attempt's review hands the student the keys for the next one.
 */
@ExtendWith(ArquillianExtension.class)
class ReviewWithholdsKeysIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    /** Alice answers the quiz's one item wrong, submits, and reads the review's one item. */
    private JsonObject reviewAfterOneAttempt(Api instructor, QuizFixture quiz) {
        Api alice = new Api(base, TestDatabase.session("Alice", "LEARNER").token());
        JsonObject started = alice.post("api/quizzes/" + quiz.quizId + "/attempts", null).json();
        long attempt = started.getJsonNumber("attemptId").longValue();
        alice.put("api/attempts/" + attempt + "/responses/" + quiz.itemIds.get(0),
                "{\"seq\": 1, \"choiceId\": \"" + quiz.wrong(started, 0) + "\"}");
        assertEquals(200, alice.post("api/attempts/" + attempt + "/submit", null).status());
        Api.Reply review = alice.get("api/attempts/" + attempt + "/review");
        assertEquals(200, review.status(), review::toString);
        return review.json();
    }

    /** JSON-B leaves null fields out. */
    private static boolean absent(JsonObject o, String name) {
        return !o.containsKey(name) || o.isNull(name);
    }

    @Test
    void reviewWithholdsKeysWhileTheStudentMayStillMakeAnotherAttempt() {
        Api instructor = new Api(base, TestDatabase.session("Ines Instructor", "INSTRUCTOR").token());
        JsonObject review = reviewAfterOneAttempt(instructor, new QuizFixture(instructor, "{\"attemptsAllowed\": 2}", 1));
        JsonObject item = review.getJsonArray("items").getJsonObject(0);
        assertFalse(item.getBoolean("correct"), "right or wrong is still shown");
        assertTrue(absent(item, "keyChoiceId"), "no key while another attempt may follow: " + item);
        assertTrue(absent(item, "explanation"), "nor the explanation, which states the key: " + item);
        assertTrue(absent(item, "sourceSentence"), item::toString);
        assertTrue(review.getBoolean("keysWithheld"));
    }

    @Test
    void theInstructorMayChooseToShowKeysWhileAttemptsRemain() {
        Api instructor = new Api(base, TestDatabase.session("Ines Instructor", "INSTRUCTOR").token());
        QuizFixture quiz = new QuizFixture(instructor, "{\"attemptsAllowed\": 2, \"showKeysWhileAttemptsRemain\": true}", 1);
        JsonObject item = reviewAfterOneAttempt(instructor, quiz).getJsonArray("items").getJsonObject(0);
        assertFalse(absent(item, "keyChoiceId"), item::toString);
    }

    @Test
    void afterTheLastAttemptTheReviewShowsTheKeys() {
        Api instructor = new Api(base, TestDatabase.session("Ines Instructor", "INSTRUCTOR").token());
        JsonObject review = reviewAfterOneAttempt(instructor, new QuizFixture(instructor, "{\"attemptsAllowed\": 1}", 1));
        JsonObject item = review.getJsonArray("items").getJsonObject(0);
        assertFalse(absent(item, "keyChoiceId"), item::toString);
        assertFalse(absent(item, "explanation"), item::toString);
        assertFalse(review.getBoolean("keysWithheld"));
    }
}
