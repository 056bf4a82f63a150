package org.articlequiz.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
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

/** Practice quizzes over real HTTP: ungraded, feedback after every answer, missed items come back, nothing counted twice. */
@ExtendWith(ArquillianExtension.class)
class PracticeApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    Api instructor;
    Api alice;
    Api bob;

    @BeforeEach
    void people() {
        instructor = new Api(base, TestDatabase.session("Ines Instructor", "INSTRUCTOR").token());
        alice = new Api(base, TestDatabase.session("Alice", "LEARNER").token());
        bob = new Api(base, TestDatabase.session("Bob", "LEARNER").token());
    }

    /** Answers with {@code choice}, the token the question was shown with at {@code turn}. */
    private static Api.Reply answer(Api student, QuizFixture quiz, long item, String choice, int turn) {
        return student.post("api/quizzes/" + quiz.quizId + "/practice/answers", Json.createObjectBuilder()
                .add("itemId", item).add("choiceId", choice).add("turn", turn).build().toString());
    }

    private static JsonObject state(Api student, QuizFixture quiz) {
        Api.Reply state = student.get("api/quizzes/" + quiz.quizId + "/practice");
        assertEquals(200, state.status(), state::toString);
        return state.json();
    }

    private static long currentItem(JsonObject state) {
        return state.getJsonObject("current").getJsonNumber("itemId").longValue();
    }

    @Test
    void aPracticeQuizTakesNoGradedAttemptAndShowsTheFirstQuestionWithoutTheKey() {
        QuizFixture quiz = new QuizFixture(instructor, "{\"practice\": true}", 3);
        assertTrue(alice.post("api/quizzes/" + quiz.quizId + "/attempts", null).isProblem(409, "practice-quiz"));
        JsonObject overview = alice.get("api/quizzes/" + quiz.quizId + "/overview").json();
        assertTrue(overview.getBoolean("practice"));
        assertFalse(overview.getBoolean("mayStart"));

        Api.Reply state = alice.get("api/quizzes/" + quiz.quizId + "/practice");
        assertEquals(200, state.status(), state::toString);
        assertFalse(state.body().contains("correct"), state.body());
        assertEquals(quiz.itemIds.get(0), currentItem(state.json()));
        assertEquals(0, state.json().getInt("turn"));
        assertEquals(3, state.json().getInt("total"));
        assertFalse(state.json().containsKey("answered"), "nothing was answered yet");
        assertEquals(0, TestDatabase.count("select count(*) from attempt where quiz_id = ?", quiz.quizId));
    }

    @Test
    void aWrongAnswerGetsFeedbackAtOnceAndTheItemComesBackLater() {
        QuizFixture quiz = new QuizFixture(instructor, "{\"practice\": true, \"shuffleChoices\": false}", 4);
        long first = quiz.itemIds.get(0);
        JsonObject shown = state(alice, quiz);
        Api.Reply wrong = answer(alice, quiz, first, quiz.wrong(shown, 0), 0);
        assertEquals(200, wrong.status(), wrong::toString);
        JsonObject answered = wrong.json().getJsonObject("answered");
        assertFalse(answered.getJsonObject("feedback").getBoolean("correct"));
        assertEquals(quiz.key(shown, 0), answered.getJsonObject("feedback").getString("keyChoiceId"));
        assertEquals(quiz.wrong(shown, 0), answered.getJsonObject("feedback").getString("chosenChoiceId"));
        assertEquals("It was two.", answered.getJsonObject("feedback").getString("sourceSentence"));
        assertFalse(answered.getBoolean("learned"));
        assertEquals(2, answered.getInt("rightsNeeded"), "a missed item needs two right answers in a row");

        List<Long> next = new ArrayList<>();
        JsonObject state = wrong.json();
        JsonObject comesBack = null;
        for (int i = 0; i < 4; i++) {
            long item = currentItem(state);
            next.add(item);
            comesBack = state;
            state = answer(alice, quiz, item, quiz.key(state, quiz.itemIds.indexOf(item)), state.getInt("turn")).json();
        }
        assertEquals(List.of(quiz.itemIds.get(1), quiz.itemIds.get(2), quiz.itemIds.get(3), first), next,
                "the missed item comes back after three more answers");
        assertFalse(quiz.key(comesBack, 0).equals(quiz.key(shown, 0)),
                "it comes back with new names for its choices: the key's name in the feedback does not give it away");
        assertEquals(3, state.getInt("learned"), "a missed item needs a second right answer before it is learned");
    }

    @Test
    void aRetriedAnswerCountsOnceAndAStaleOneCountsNothing() {
        QuizFixture quiz = new QuizFixture(instructor, "{\"practice\": true}", 2);
        long first = quiz.itemIds.get(0);
        JsonObject shown = state(alice, quiz);
        JsonObject once = answer(alice, quiz, first, quiz.wrong(shown, 0), 0).json();
        Api.Reply retried = answer(alice, quiz, first, quiz.wrong(shown, 0), 0);
        assertEquals(200, retried.status(), retried::toString);
        assertEquals(once.getInt("turn"), retried.json().getInt("turn"));
        assertEquals(once.getJsonObject("answered"), retried.json().getJsonObject("answered"));
        assertEquals(1, TestDatabase.count("""
                select sum(c.wrong_count) from practice_card c join practice_deck d on d.id = c.deck_id
                 where d.quiz_id = ?""", quiz.quizId));

        Api.Reply stale = answer(alice, quiz, first, quiz.key(shown, 0), 0);
        assertTrue(stale.isProblem(409, "practice-stale"), stale::toString);
        Api.Reply otherTurn = answer(alice, quiz, first, quiz.key(shown, 0), 1);
        assertTrue(otherTurn.isProblem(400, "choice-not-in-item"), "a name given at turn 0 means nothing at turn 1: " + otherTurn);
        Api.Reply otherItem = answer(alice, quiz, quiz.itemIds.get(1), quiz.key(shown, 0), 1);
        assertTrue(otherItem.isProblem(400, "choice-not-in-item"), otherItem::toString);
        assertEquals(1, alice.get("api/quizzes/" + quiz.quizId + "/practice").json().getInt("turn"));
        assertEquals(0, state(bob, quiz).getInt("turn"), "each student has a deck");
        Api.Reply othersName = answer(bob, quiz, first, quiz.key(shown, 0), 0);
        assertTrue(othersName.isProblem(400, "choice-not-in-item"), "Alice's names mean nothing in Bob's deck: " + othersName);
        assertEquals(0, state(bob, quiz).getInt("turn"));
    }

    @Test
    void everyItemLearnedEndsThePracticeAndRestartBeginsAgain() {
        QuizFixture quiz = new QuizFixture(instructor, "{\"practice\": true}", 2);
        JsonObject state = alice.get("api/quizzes/" + quiz.quizId + "/practice").json();
        while (state.containsKey("current")) {
            long item = currentItem(state);
            state = answer(alice, quiz, item, quiz.key(state, quiz.itemIds.indexOf(item)), state.getInt("turn")).json();
        }
        assertEquals(2, state.getInt("learned"));
        assertTrue(state.getJsonObject("answered").getBoolean("learned"));
        JsonObject again = alice.post("api/quizzes/" + quiz.quizId + "/practice/restart", null).json();
        assertEquals(0, again.getInt("learned"));
        assertEquals(quiz.itemIds.get(0), currentItem(again));
    }

    @Test
    void badRequestsAreProblemsAndAGradedQuizCannotBePractised() {
        QuizFixture practice = new QuizFixture(instructor, "{\"practice\": true}", 1);
        JsonObject shown = state(alice, practice);
        Api.Reply malformed = alice.post("api/quizzes/" + practice.quizId + "/practice/answers", "{\"itemId\": ");
        assertEquals(400, malformed.status(), malformed::toString);
        assertTrue(malformed.contentType().startsWith("application/problem+json"), malformed::toString);
        Api.Reply noTurn = alice.post("api/quizzes/" + practice.quizId + "/practice/answers",
                "{\"itemId\": " + practice.itemIds.get(0) + ", \"choiceId\": \"" + practice.key(shown, 0) + "\"}");
        assertEquals(400, noTurn.status(), noTurn::toString);
        assertTrue(noTurn.body().contains("turn"), noTurn::toString);
        assertTrue(answer(alice, practice, practice.itemIds.get(0), "-1", 0).isProblem(400, "choice-not-in-item"));
        Api.Reply rowId = alice.post("api/quizzes/" + practice.quizId + "/practice/answers",
                "{\"itemId\": " + practice.itemIds.get(0) + ", \"choiceId\": " + practice.key(0) + ", \"turn\": 0}");
        assertEquals(400, rowId.status(), "a choice's row id is not a name the practice gave it: " + rowId);
        assertTrue(answer(alice, practice, -1, practice.key(shown, 0), 0).isProblem(400, "item-not-in-practice"));
        assertEquals(0, TestDatabase.count("""
                select coalesce(sum(c.right_count + c.wrong_count), 0) from practice_card c
                  join practice_deck d on d.id = c.deck_id where d.quiz_id = ?""", practice.quizId));

        QuizFixture graded = new QuizFixture(instructor, "{}", 1);
        assertTrue(alice.get("api/quizzes/" + graded.quizId + "/practice").isProblem(409, "not-a-practice-quiz"));
        assertEquals(401, new Api(base, "no-such-token").get("api/quizzes/" + practice.quizId + "/practice").status());
    }
}
