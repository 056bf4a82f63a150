package org.articlequiz.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.articlequiz.testing.Api;
import org.articlequiz.testing.Deployments;
import org.articlequiz.testing.RecordingScorePublisher;
import org.articlequiz.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The instructor's results API and regrading over real HTTP against the deployed WAR and a real PostgreSQL.
 * Every test builds the same class: a three-item quiz (no shuffling) taken by
 * <pre>
 *   student                     item 1   item 2     item 3    score
 *   Alice                       key      key        wrong     2/3
 *   Bob                         key      wrong (D)  blank     1/3
 *   =HYPERLINK("x") (Carol)     wrong    blank      key       1/3
 *   Dave                        (attempt still open)
 * </pre>
 */
@ExtendWith(ArquillianExtension.class)
class ResultsApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        // The recording publisher stands in for grade passback, so the test can see what would be sent.
        return Deployments.war().addClasses(RecordingScorePublisher.class, RecordingScorePublisher.Resource.class,
                RecordingScorePublisher.Published.class);
    }

    @ArquillianResource
    URL base;

    Api instructor;
    Api alice;
    Api bob;
    Api carol;
    Api dave;
    long aliceId;
    long bobId;
    long carolId;
    QuizFixture quiz;
    long aliceAttempt;
    long bobAttempt;
    long carolAttempt;

    @BeforeEach
    void aClassTakesTheQuiz() {
        instructor = new Api(base, TestDatabase.session("Ines Instructor", "INSTRUCTOR").token());
        TestDatabase.Session a = TestDatabase.session("Alice", "LEARNER");
        TestDatabase.Session b = TestDatabase.session("Bob", "LEARNER");
        // A name a spreadsheet would run as a formula: the CSV export must defuse it.
        TestDatabase.Session c = TestDatabase.session("=HYPERLINK(\"http://evil.example\",\"Carol\")", "LEARNER");
        alice = new Api(base, a.token());
        bob = new Api(base, b.token());
        carol = new Api(base, c.token());
        dave = new Api(base, TestDatabase.session("Dave", "LEARNER").token());
        aliceId = a.userId();
        bobId = b.userId();
        carolId = c.userId();
        quiz = new QuizFixture(instructor, "{\"shuffleChoices\": false, \"gradingMethod\": \"HIGHEST\"}", 3);
        aliceAttempt = take(alice, quiz.key(0), quiz.key(1), quiz.wrong(2));
        bobAttempt = take(bob, quiz.key(0), quiz.wrong(1), null);
        carolAttempt = take(carol, quiz.wrong(0), null, quiz.key(2));
        assertEquals(200, dave.post("api/quizzes/" + quiz.quizId + "/attempts", null).status());
    }

    private long take(Api student, Long... choices) {
        Api.Reply started = student.post("api/quizzes/" + quiz.quizId + "/attempts", null);
        assertEquals(200, started.status(), started::toString);
        long attempt = started.json().getJsonNumber("attemptId").longValue();
        for (int i = 0; i < choices.length; i++) {
            if (choices[i] != null) {
                Api.Reply saved = student.put("api/attempts/" + attempt + "/responses/" + quiz.itemIds.get(i),
                        "{\"choiceId\": \"" + quiz.token(started.json(), choices[i]) + "\", \"seq\": 1}");
                assertEquals(200, saved.status(), saved::toString);
            }
        }
        assertEquals(200, student.post("api/attempts/" + attempt + "/submit", null).status());
        return attempt;
    }

    private String results() {
        return "api/quizzes/" + quiz.quizId + "/results";
    }

    private static JsonObject student(JsonObject results, long userId) {
        return results.getJsonArray("students").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getJsonNumber("userId").longValue() == userId).findFirst().orElseThrow();
    }

    private static double number(JsonObject o, String key) {
        return o.getJsonNumber(key).doubleValue();
    }

    @Test
    void theScoresTableShowsGradesAttemptsAndLastActivity() {
        Api.Reply reply = instructor.get(results());
        assertEquals(200, reply.status(), reply::toString);
        JsonObject r = reply.json();
        assertEquals("HIGHEST", r.getString("gradingMethod"));
        assertEquals(4, r.getInt("studentCount"));
        JsonObject a = student(r, aliceId);
        assertEquals("Alice", a.getString("name"));
        assertEquals(1, a.getInt("attemptCount"));
        assertEquals(2.0 / 3, number(a, "grade"), 1e-9);
        assertEquals(2.0 / 3, number(a, "best"), 1e-9);
        assertFalse(a.getBoolean("inProgress"));
        JsonObject attempt = a.getJsonArray("attempts").getJsonObject(0);
        assertEquals("closed", attempt.getString("state"));
        assertEquals(2.0, number(attempt, "points"));
        assertEquals(3.0, number(attempt, "maxPoints"));
        assertEquals(Instant.parse(attempt.getString("submittedAt")), Instant.parse(a.getString("lastActivity")),
                "the submit is Alice's last activity");
        JsonObject d = r.getJsonArray("students").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("name").equals("Dave")).findFirst().orElseThrow();
        assertTrue(d.getBoolean("inProgress"));
        assertFalse(d.containsKey("grade"), "no grade before a closed attempt");
        assertEquals("open", d.getJsonArray("attempts").getJsonObject(0).getString("state"));
    }

    @Test
    void anAttemptsDetailShowsEveryResponseAndTheKey() {
        Api.Reply reply = instructor.get(results() + "/attempts/" + bobAttempt);
        assertEquals(200, reply.status(), reply::toString);
        JsonObject detail = reply.json();
        assertEquals("Bob", detail.getString("studentName"));
        JsonArray items = detail.getJsonArray("items");
        assertEquals(3, items.size());
        assertTrue(items.getJsonObject(0).getBoolean("correct"));
        assertEquals(quiz.wrong(1), items.getJsonObject(1).getJsonNumber("chosenChoiceId").longValue());
        assertFalse(items.getJsonObject(1).getBoolean("correct"));
        assertFalse(items.getJsonObject(2).getBoolean("answered"));
        assertEquals(1, items.getJsonObject(0).getJsonArray("choices").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getBoolean("correct")).count());

        assertTrue(instructor.get(results() + "/attempts/" + (bobAttempt + 100_000)).isProblem(404, "attempt-not-found"));
        QuizFixture other = new QuizFixture(instructor, "{}", 1);
        assertTrue(instructor.get("api/quizzes/" + other.quizId + "/results/attempts/" + bobAttempt)
                .isProblem(404, "attempt-not-found"), "an attempt is read only through its own quiz");
    }

    @Test
    void studentsSeeNoResults() {
        assertTrue(alice.get(results()).isProblem(403, "instructor-only"));
        assertTrue(alice.get(results() + "/attempts/" + aliceAttempt).isProblem(403, "instructor-only"));
        assertTrue(alice.get(results() + "/items").isProblem(403, "instructor-only"));
        assertTrue(alice.get(results() + "/histogram").isProblem(403, "instructor-only"));
        assertTrue(alice.get(results() + "/csv", "text/csv, application/problem+json").isProblem(403, "instructor-only"));
        assertTrue(alice.post("api/quizzes/" + quiz.quizId + "/items/" + quiz.itemIds.get(0) + "/regrade", null)
                .isProblem(403, "instructor-only"));
        assertTrue(alice.as(null).get(results()).isProblem(401, "unauthenticated"));
        assertTrue(instructor.get("api/quizzes/999999999/results").isProblem(404, "quiz-not-found"));
    }

    @Test
    void theCsvExportHasAHeaderQuotesProperlyAndDefusesFormulas() {
        Api.Reply reply = instructor.get(results() + "/csv", "text/csv");
        assertEquals(200, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("text/csv"), reply.contentType());
        assertTrue(reply.body().startsWith("\uFEFF"), "a UTF-8 byte order mark, for Excel (issue 13)");
        String[] lines = reply.body().substring(1).split("\r\n");
        assertEquals(1 + 4, lines.length, "a header and one row per attempt");
        assertTrue(lines[0].startsWith("Student,User id,Attempt,State,Started,Submitted,Points,Max points,Score %,Quiz grade %,Q1 Question 0?"),
                lines[0]);
        String carolRow = List.of(lines).stream().filter(l -> l.contains("Carol")).findFirst().orElseThrow();
        // The name starts with '=': prefixed with an apostrophe, then quoted for its quotes and comma.
        assertTrue(carolRow.startsWith("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Carol\"\")\"," + carolId + ",1,closed,"), carolRow);
        assertTrue(carolRow.endsWith(",1,3,33.33,33.33,0,0,1"), carolRow);
        String aliceRow = List.of(lines).stream().filter(l -> l.startsWith("Alice,")).findFirst().orElseThrow();
        assertTrue(aliceRow.endsWith(",2,3,66.67,66.67,1,1,0"), aliceRow);
        String daveRow = List.of(lines).stream().filter(l -> l.startsWith("Dave,")).findFirst().orElseThrow();
        assertTrue(daveRow.contains(",open,"), daveRow);
        assertTrue(daveRow.endsWith(",,,"), "an open attempt has no points and no marks yet: " + daveRow);
    }

    /** Issue 13: the CSV was named quiz-<id>-results.csv; it is named after the quiz, as the exports are. */
    @Test
    void theCsvIsNamedAfterTheQuiz() {
        Api.FileReply file = instructor.file(results() + "/csv", "text/csv");
        assertEquals("attachment; filename=\"fixture-quiz-results.csv\"", file.contentDisposition());
    }

    @Test
    void theHistogramCountsStudentsGrades() {
        JsonObject h = instructor.get(results() + "/histogram?bins=3").json();
        assertEquals(3, h.getInt("students"), "Dave has no grade yet");
        JsonArray bins = h.getJsonArray("bins");
        assertEquals(3, bins.size());
        // 1/3, 1/3 and 2/3: the 33.33–66.67 band holds the two thirds, the last band 2/3
        assertEquals(List.of(0, 2, 1), bins.getValuesAs(JsonObject.class).stream().map(b -> b.getInt("count")).toList());
        assertEquals(100.0, number(bins.getJsonObject(2), "toPercent"));
        assertEquals(10, instructor.get(results() + "/histogram").json().getJsonArray("bins").size(), "ten bands by default");
        assertTrue(instructor.get(results() + "/histogram?bins=0").isProblem(400, "invalid-bins"));
    }

    @Test
    void itemAnalysisUsesMoodlesFormulasAndWarnsAboutFewAttempts() {
        Api.Reply reply = instructor.get(results() + "/items");
        assertEquals(200, reply.status(), reply::toString);
        JsonObject analysis = reply.json();
        assertEquals("highest", analysis.getString("attemptsAnalysed"), "the grading method decides by default");
        JsonObject test = analysis.getJsonObject("test");
        assertEquals(3, test.getInt("attempts"));
        assertEquals(44.44, number(test, "meanPercent"), 1e-9); // (66.67 + 33.33 + 33.33) / 3
        assertEquals(3, test.getInt("itemsInConsistency"));
        JsonArray items = analysis.getJsonArray("items");
        assertEquals(3, items.size());
        JsonObject first = items.getJsonObject(0);
        assertEquals(quiz.itemIds.get(0), first.getJsonNumber("itemId").longValue());
        assertEquals(66.67, number(first, "facilityIndex"), 1e-9); // Alice and Bob right, Carol wrong
        assertEquals(25.0, number(first, "randomGuessScore"), 1e-9);
        // Item 1 marks 1,1,0 against the rest 1,0,1: C = (1/3 x 1/3 + 1/3 x -2/3 - 2/3 x 1/3) / 2 = -1/6,
        // V(x) = V(rest) = 1/3, D = 100 x (-1/6) / (1/3) = -50
        assertEquals(-50.0, number(first, "discriminationIndex"), 1e-9);
        JsonArray options = first.getJsonArray("options");
        assertEquals(5, options.size(), "four options and no answer");
        assertEquals("A", options.getJsonObject(0).getString("label"));
        assertTrue(options.getJsonObject(0).getBoolean("key"));
        assertEquals(2, options.getJsonObject(0).getInt("count"));
        assertEquals("no answer", options.getJsonObject(4).getString("label"));
        assertEquals(1, analysis.getJsonObject("groups").getInt("size"), "27% of 3, rounded");
        List<String> codes = analysis.getJsonArray("warnings").getValuesAs(JsonObject.class).stream()
                .map(w -> w.getString("code")).toList();
        assertTrue(codes.contains("few-attempts"), codes::toString);
        assertTrue(codes.contains("small-groups"), codes::toString);
        assertTrue(first.getJsonArray("warnings").getValuesAs(JsonObject.class).stream()
                .anyMatch(w -> w.getString("code").equals("negative-discrimination")));

        assertEquals("all", instructor.get(results() + "/items?attempts=all").json().getString("attemptsAnalysed"));
        assertTrue(instructor.get(results() + "/items?attempts=best").isProblem(400, "invalid-attempt-selection"));
    }

    @Test
    void theAnalysedAttemptsFollowTheGradingMethodUnlessAsked() {
        take(alice, quiz.key(0), quiz.key(1), quiz.key(2)); // Alice's second attempt: 3/3
        JsonObject a = student(instructor.get(results()).json(), aliceId);
        assertEquals(2, a.getInt("attemptCount"));
        assertEquals(1.0, number(a, "grade"), 1e-9, "HIGHEST");

        JsonObject highest = instructor.get(results() + "/items").json().getJsonObject("test");
        assertEquals(3, highest.getInt("attempts"), "one attempt per student");
        assertEquals(55.56, number(highest, "meanPercent"), 1e-9); // (100 + 33.33 + 33.33) / 3
        assertEquals(44.44, number(instructor.get(results() + "/items?attempts=first").json().getJsonObject("test"), "meanPercent"), 1e-9);
        assertEquals(55.56, number(instructor.get(results() + "/items?attempts=last").json().getJsonObject("test"), "meanPercent"), 1e-9);
        JsonObject all = instructor.get(results() + "/items?attempts=all").json().getJsonObject("test");
        assertEquals(4, all.getInt("attempts"));
        assertEquals(58.33, number(all, "meanPercent"), 1e-9); // (66.67 + 100 + 33.33 + 33.33) / 4

        assertEquals(200, instructor.put("api/quizzes/" + quiz.quizId + "/settings",
                "{\"gradingMethod\": \"AVERAGE\", \"shuffleChoices\": false}").status());
        assertEquals("all", instructor.get(results() + "/items").json().getString("attemptsAnalysed"),
                "Moodle analyses all attempts when grades are averaged");
        assertEquals(5.0 / 6, number(student(instructor.get(results()).json(), aliceId), "grade"), 1e-9);
    }

    @Test
    void correctingAKeyOffersARegradeThatRescoresClosedAttemptsAndPublishesGrades() {
        long item = quiz.itemIds.get(1);
        // The instructor decides option D ("four 1", Bob's answer) is the right one.
        Api.Reply edited = instructor.put("api/quizzes/" + quiz.quizId + "/items/" + item, """
                {"stem": "Question 1?", "kind": "NUMBER", "options": ["one 1", "two 1", "three 1", "four 1"], "answer": 3}""");
        assertEquals(200, edited.status(), edited::toString);
        JsonObject offer = edited.json().getJsonObject("regrade");
        assertNotNull(offer, edited::toString);
        assertTrue(offer.getBoolean("keyChanged"));
        assertEquals(2, offer.getInt("answeredInClosedAttempts"), "Alice and Bob answered it; Carol left it blank");
        assertEquals(2, offer.getInt("attemptsToRegrade"));
        assertEquals(2, offer.getInt("studentsAffected"));
        assertEquals("quizzes/" + quiz.quizId + "/items/" + item + "/regrade", offer.getString("regradePath"));
        assertEquals(quiz.wrong(1), edited.json().getJsonArray("choices").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getBoolean("correct")).findFirst().orElseThrow().getJsonNumber("id").longValue(),
                "the options keep their ids, so Bob's answer still points at D");
        JsonObject preview = instructor.get("api/" + offer.getString("regradePath")).json();
        assertEquals(2, preview.getInt("attemptsToRegrade"), "the preview says the same");
        assertFalse(preview.containsKey("keyChanged"), "a preview does not know what the last edit was");
        assertEquals(2.0 / 3, number(student(instructor.get(results()).json(), aliceId), "grade"), 1e-9,
                "nothing changes before the regrade");

        Api.Reply regraded = instructor.post("api/" + offer.getString("regradePath"), null);
        assertEquals(200, regraded.status(), regraded::toString);
        JsonObject r = regraded.json();
        assertEquals(3, r.getInt("attemptsChecked"), "Alice's, Bob's and Carol's closed attempts; Dave's is open");
        assertEquals(2, r.getInt("attemptsChanged"));
        assertEquals(2, r.getInt("studentsNotified"));

        JsonObject results = instructor.get(results()).json();
        assertEquals(1.0 / 3, number(student(results, aliceId), "grade"), 1e-9);
        assertEquals(2.0 / 3, number(student(results, bobId), "grade"), 1e-9);
        assertEquals(1.0 / 3, number(student(results, carolId), "grade"), 1e-9);
        assertEquals(1, TestDatabase.count("select points from attempt where id = ?", aliceAttempt));
        assertEquals(2, TestDatabase.count("select points from attempt where id = ?", bobAttempt));

        List<JsonObject> published = instructor.get("api/test/grade-changes?quizId=" + quiz.quizId).structure()
                .asJsonArray().getValuesAs(JsonObject.class);
        // Three from the submits, then one per regraded student.
        assertEquals(5, published.size(), published::toString);
        JsonObject aliceChange = published.get(3).getJsonNumber("userId").longValue() == aliceId ? published.get(3) : published.get(4);
        JsonObject bobChange = aliceChange == published.get(3) ? published.get(4) : published.get(3);
        assertEquals(1.0, number(aliceChange, "points"));
        assertEquals(1.0 / 3, number(aliceChange, "quizGrade"), 1e-9);
        assertEquals(bobAttempt, bobChange.getJsonNumber("attemptId").longValue());
        assertEquals(2.0 / 3, number(bobChange, "quizGrade"), 1e-9);

        JsonObject again = instructor.post("api/" + offer.getString("regradePath"), null).json();
        assertEquals(0, again.getInt("attemptsChanged"), "a second regrade changes nothing");
        assertEquals(5, instructor.get("api/test/grade-changes?quizId=" + quiz.quizId).structure().asJsonArray().size());
        assertEquals(0, instructor.get("api/" + offer.getString("regradePath")).json().getInt("attemptsToRegrade"));

        // The analysis already marks the item by its corrected key: Bob right, Alice wrong.
        JsonObject second = instructor.get(results() + "/items").json().getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().filter(i -> i.getJsonNumber("itemId").longValue() == item).findFirst().orElseThrow();
        assertEquals(33.33, number(second, "facilityIndex"), 1e-9);
    }

    @Test
    void anOptionAStudentChoseCanBeRewordedOrMovedButNotRemoved() {
        long item = quiz.itemIds.get(1);
        Api.Reply removed = instructor.put("api/quizzes/" + quiz.quizId + "/items/" + item, """
                {"stem": "Question 1?", "options": ["one 1", "two 1", "three 1"], "answer": 1}""");
        assertTrue(removed.isProblem(409, "chosen-option-removed"), removed::toString);
        assertEquals(4, TestDatabase.count("select count(*) from choice where item_id = ?", item), "nothing changed");

        // Reordered and one option reworded: each option keeps its id, so answers keep their meaning.
        Api.Reply moved = instructor.put("api/quizzes/" + quiz.quizId + "/items/" + item, """
                {"stem": "Question 1, reworded?", "options": ["four 1", "two 1", "three 1", "one (reworded) 1"], "answer": 1}""");
        assertEquals(200, moved.status(), moved::toString);
        JsonObject view = moved.json();
        assertEquals(quiz.wrong(1), view.getJsonArray("choices").getJsonObject(0).getJsonNumber("id").longValue(),
                "'four 1' moved to the front with its id");
        assertEquals(quiz.key(1), view.getJsonArray("choices").getJsonObject(1).getJsonNumber("id").longValue());
        assertEquals(0, view.getJsonObject("regrade").getInt("attemptsToRegrade"), "the key is the same option");
        assertFalse(view.getJsonObject("regrade").getBoolean("keyChanged"));

        // Dropping one option nobody chose is fine.
        QuizFixture fresh = new QuizFixture(instructor, "{}", 1);
        Api.Reply unanswered = instructor.put("api/quizzes/" + fresh.quizId + "/items/" + fresh.itemIds.get(0), """
                {"stem": "Question 0?", "options": ["one 0", "two 0", "three 0"], "answer": 2}""");
        assertEquals(200, unanswered.status(), unanswered::toString);
        assertFalse(unanswered.json().containsKey("regrade"), "no closed attempt answered it: nothing to offer");
        assertEquals(JsonValue.ValueType.ARRAY, unanswered.json().get("choices").getValueType());
        assertEquals(3, unanswered.json().getJsonArray("choices").size());
    }

    @Test
    void aRegradeOfAnItemOfAnotherQuizIsNotFound() {
        QuizFixture other = new QuizFixture(instructor, "{}", 1);
        assertTrue(instructor.post("api/quizzes/" + other.quizId + "/items/" + quiz.itemIds.get(0) + "/regrade", null)
                .isProblem(404, "item-not-found"));
        assertEquals(List.of(2L, 1L, 1L), List.of(aliceAttempt, bobAttempt, carolAttempt).stream()
                .map(id -> TestDatabase.count("select points from attempt where id = ?", id)).collect(Collectors.toList()));
    }
}
