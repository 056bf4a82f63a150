package org.articlequiz.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.articlequiz.devtools.sandbox.LtiBrowser;
import org.articlequiz.devtools.sandbox.SandboxPlatform;
import org.articlequiz.testing.Api;
import org.articlequiz.testing.Deployments;
import org.articlequiz.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole LTI flow over HTTP against the deployed WAR, a real PostgreSQL and the sandbox platform: login, launch,
 * deep linking, attempt, submit, and the score arriving at the platform's score endpoint exactly once, also when the
 * endpoint fails first, throttles, or the server restarts between submit and delivery.
 */
@ExtendWith(ArquillianExtension.class)
class LtiFlowIT {
    static final String ADMIN_TOKEN = Deployments.ADMIN_TOKEN;
    static SandboxPlatform sandbox;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;
    @ArquillianResource
    ManagementClient management;

    @BeforeEach
    void platform() throws Exception {
        if (sandbox == null) {
            String root = base.toString().endsWith("/") ? base.toString().substring(0, base.toString().length() - 1) : base.toString();
            sandbox = SandboxPlatform.start(0, root);
            var registered = sandbox.registerWith(root, ADMIN_TOKEN);
            assertEquals(201, registered.statusCode(), registered::body);
        }
        sandbox.reset();
    }

    @AfterAll
    static void stop() {
        if (sandbox != null) {
            sandbox.close();
            sandbox = null;
        }
    }

    /** The instructor launches, makes a quiz of {@code items} approved items and adds it to the course by deep linking. */
    private QuizFixture linkedQuiz(int items) {
        LtiBrowser.Launch instructor = new LtiBrowser().launch(sandbox.launchLink("instructor-1"));
        assertNotNull(instructor.session(), () -> "instructor launch: " + instructor.last());
        assertEquals("instructor", instructor.role());
        QuizFixture quiz = new QuizFixture(new Api(base, instructor.session()), "{}", items);
        assertEquals(1, TestDatabase.count("select count(*) from quiz where id = ? and context_id like ?", quiz.quizId,
                "%:" + SandboxPlatform.CONTEXT_ID), "the quiz belongs to the course, keyed with its platform and deployment");
        LtiBrowser.Page added = new LtiBrowser().deepLink(sandbox.deepLinkingLink("instructor-1"), quiz.quizId);
        assertEquals(200, added.status(), added::body);
        assertTrue(added.body().contains("Added"), added.body());
        return quiz;
    }

    /** A student launches the linked quiz, answers every item right, submits; returns the attempt id. */
    private long takeAndSubmit(String student, QuizFixture quiz) {
        LtiBrowser.Launch launch = new LtiBrowser().launch(sandbox.launchLink(student));
        assertNotNull(launch.session(), () -> "student launch: " + launch.last());
        assertEquals(quiz.quizId, launch.quiz(), "the deep-linked quiz opens");
        Api api = new Api(base, launch.session());
        Api.Reply started = api.post("api/quizzes/" + quiz.quizId + "/attempts", null);
        assertEquals(200, started.status(), started::toString);
        long attempt = started.json().getJsonNumber("attemptId").longValue();
        for (int i = 0; i < quiz.itemIds.size(); i++) {
            Api.Reply saved = api.put("api/attempts/" + attempt + "/responses/" + quiz.itemIds.get(i),
                    "{\"choiceId\": \"" + quiz.key(started.json(), i) + "\", \"seq\": " + (i + 1) + "}");
            assertEquals(200, saved.status(), saved::toString);
        }
        Api.Reply submitted = api.post("api/attempts/" + attempt + "/submit", null);
        assertEquals(200, submitted.status(), submitted::toString);
        return attempt;
    }

    private static List<JsonObject> scoresOf(String student) {
        return sandbox.scores().stream().map(s -> Json.createReader(new StringReader(s.body())).readObject())
                .filter(s -> s.getString("userId").equals(student)).toList();
    }

    private static void await(String what, Duration limit, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(100);
        }
    }

    /** Long enough for several worker rounds (poll 250 ms in the ITs) that could send a duplicate. */
    private static void settle() throws InterruptedException {
        Thread.sleep(2000);
    }

    @Test
    void launchAttemptSubmitAndTheScoreArrivesExactlyOnce() throws Exception {
        QuizFixture quiz = linkedQuiz(2);
        long attempt = takeAndSubmit("student-1", quiz);

        await("the score", Duration.ofSeconds(30), () -> scoresOf("student-1").size() == 1);
        settle();
        List<JsonObject> scores = scoresOf("student-1");
        assertEquals(1, scores.size());
        assertEquals(2.0, scores.get(0).getJsonNumber("scoreGiven").doubleValue());
        assertEquals(2.0, scores.get(0).getJsonNumber("scoreMaximum").doubleValue());
        assertEquals("FullyGraded", scores.get(0).getString("gradingProgress"));
        assertEquals("Completed", scores.get(0).getString("activityProgress"));
        assertTrue(scores.get(0).getString("timestamp").matches(".*\\.\\d{6}Z"), scores.get(0).toString());
        assertEquals(1, sandbox.lineItems().size(), "the deep linking line item is used, no second column");

        Api.Reply status = new Api(base, new LtiBrowser().launch(sandbox.launchLink("student-1")).session())
                .get("api/lti/gradebook/attempts/" + attempt);
        assertEquals(200, status.status(), status::toString);
        assertEquals("DELIVERED", status.json().getString("state"));
    }

    @Test
    void aScoreEndpointThatFailsTwiceGetsTheScoreOnceAfterwards() throws Exception {
        QuizFixture quiz = linkedQuiz(1);
        sandbox.failNextScores(2, 503);
        takeAndSubmit("student-2", quiz);
        await("the score after two failures", Duration.ofSeconds(30), () -> scoresOf("student-2").size() == 1);
        settle();
        assertEquals(1, scoresOf("student-2").size());
        assertEquals(2, tries("student-2") - 1, "two failed tries before the delivery");
    }

    @Test
    void a429IsRetriedAfterItsRetryAfter() throws Exception {
        QuizFixture quiz = linkedQuiz(1);
        sandbox.throttleNextScores(1, 3);
        Instant submitted = Instant.now();
        takeAndSubmit("student-4", quiz);
        await("the score after Retry-After", Duration.ofSeconds(30), () -> scoresOf("student-4").size() == 1);
        Instant arrived = sandbox.scores().get(sandbox.scores().size() - 1).at();
        assertTrue(Duration.between(submitted, arrived).toMillis() >= 2900, "arrived after " + Duration.between(submitted, arrived));
        settle();
        assertEquals(1, scoresOf("student-4").size());
    }

    @Test
    void theOutboxSurvivesAServerRestartBetweenSubmitAndDelivery() throws Exception {
        QuizFixture quiz = linkedQuiz(1);
        sandbox.failNextScores(1_000, 503); // the platform is down: nothing can be delivered before the restart
        takeAndSubmit("student-5", quiz);
        await("a failed try", Duration.ofSeconds(20), () -> tries("student-5") >= 1);
        assertEquals(0, scoresOf("student-5").size());

        restartServer();
        sandbox.failNextScores(0, 503); // the platform is back
        await("the score after the restart", Duration.ofSeconds(60), () -> scoresOf("student-5").size() == 1);
        settle();
        assertEquals(1, scoresOf("student-5").size());
    }

    /**
     * Issue 13: an instructor gives a student extra time by name from the roster before the student ever launched (the
     * roster has no user id of ours for them yet); the settings list it by name; the student's first attempt has it.
     */
    @Test
    void anAccommodationByNameFromTheRosterReachesAStudentWhoNeverLaunched() {
        LtiBrowser.Launch teacher = new LtiBrowser().launch(sandbox.launchLink("instructor-1"));
        Api api = new Api(base, teacher.session());
        QuizFixture quiz = new QuizFixture(api, "{\"timeLimitSeconds\": 60}", 1);
        assertEquals(200, new LtiBrowser().deepLink(sandbox.deepLinkingLink("instructor-1"), quiz.quizId).status());
        JsonObject rui = api.get("api/lti/roster").structure().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("subject").equals("student-6")).findFirst().orElseThrow();
        assertEquals("Rui Newcomer", rui.getString("name"));
        assertTrue(!rui.containsKey("userId") || rui.isNull("userId"), "never launched: " + rui);

        Api.Reply given = api.put("api/quizzes/" + quiz.quizId + "/accommodations/members/student-6",
                "{\"extraTimeSeconds\": 600, \"extraAttempts\": 1}");
        assertEquals(204, given.status(), given::toString);
        assertEquals(404, api.put("api/quizzes/" + quiz.quizId + "/accommodations/members/not-in-the-course",
                "{\"extraTimeSeconds\": 60, \"extraAttempts\": 0}").status(), "only a member of the course's roster");
        List<JsonObject> listed = api.get("api/quizzes/" + quiz.quizId + "/accommodations").structure().asJsonArray()
                .getValuesAs(JsonObject.class);
        assertEquals(List.of("Rui Newcomer"), listed.stream().map(a -> a.getString("name")).toList());

        LtiBrowser.Launch launch = new LtiBrowser().launch(sandbox.launchLink("student-6"));
        JsonObject started = new Api(base, launch.session()).post("api/quizzes/" + quiz.quizId + "/attempts", null).json();
        assertEquals(660, Duration.between(Instant.parse(started.getString("startedAt")), Instant.parse(started.getString("endsAt"))).toSeconds());
    }

    @Test
    void theRosterIsReadAcrossPagesAndShowsWhoHasNotAttempted() {
        QuizFixture quiz = linkedQuiz(1);
        takeAndSubmit("student-2", quiz);
        sandbox.membershipPageSize(2);
        LtiBrowser.Launch instructor = new LtiBrowser().launch(sandbox.launchLink("instructor-1"));
        Api.Reply roster = new Api(base, instructor.session()).get("api/lti/roster?quiz=" + quiz.quizId);
        assertEquals(200, roster.status(), roster::toString);
        List<JsonObject> members = roster.structure().asJsonArray().getValuesAs(JsonObject.class);
        assertEquals(SandboxPlatform.PEOPLE.size(), members.size());
        assertEquals(List.of("student-2"), members.stream().filter(m -> m.getBoolean("attempted")).map(m -> m.getString("subject")).toList());
    }

    /**
     * Issue 13: the picker shows each quiz's approved-item count, and placing a quiz without approved items (students
     * would find nothing to answer) asks first: nothing reaches the platform until the teacher says "Add it anyway".
     */
    @Test
    void placingAQuizWithoutApprovedItemsAsksFirst() throws Exception {
        LtiBrowser.Launch instructor = new LtiBrowser().launch(sandbox.launchLink("instructor-1"));
        Api api = new Api(base, instructor.session());
        QuizFixture empty = new QuizFixture(api, "{}", 0);
        QuizFixture two = new QuizFixture(api, "{}", 2);
        LtiBrowser browser = new LtiBrowser();
        LtiBrowser.Page picker = browser.picker(sandbox.deepLinkingLink("instructor-1"));
        assertTrue(picker.body().contains("value=\"" + two.quizId + "\"><span class=\"quiz-title\">Fixture quiz</span> "
                + "<span class=\"hint approved-count\" data-approved=\"2\">(2 approved items)</span>"), picker.body());
        LtiBrowser.Form choice = picker.forms().stream().filter(f -> String.valueOf(empty.quizId).equals(f.fields().get("quizId")))
                .findFirst().orElseThrow();
        LtiBrowser.Page asked = browser.submit(choice);
        assertEquals(200, asked.status(), asked::body);
        assertTrue(asked.body().contains("has no approved items"), asked.body());
        assertTrue(sandbox.deepLinkResponses().isEmpty(), "nothing placed before the teacher confirms");
        LtiBrowser.Page answer = browser.submit(asked.form());
        assertEquals("yes", asked.form().fields().get("confirmEmpty"));
        assertEquals(200, browser.submit(answer.form()).status());
        assertEquals(1, sandbox.deepLinkResponses().size(), "placed once confirmed");
    }

    /**
     * Issue 13: "Create and add" placed a quiz whose line item kept the maximum it had when it was placed; after items
     * were approved, Moodle showed 3/4 as 0.75/1.00. The line item is brought to the quiz's maximum (AGS PUT) before a
     * score goes out, and the platform keeps the new maximum.
     */
    @Test
    void theLineItemsMaximumFollowsTheQuizWhenItemsAreApprovedAfterPlacing() throws Exception {
        LtiBrowser.Launch instructor = new LtiBrowser().launch(sandbox.launchLink("instructor-1"));
        Api api = new Api(base, instructor.session());
        QuizFixture quiz = new QuizFixture(api, "{}", 1);
        assertEquals(200, new LtiBrowser().deepLink(sandbox.deepLinkingLink("instructor-1"), quiz.quizId).status());
        assertEquals(1.0, sandbox.lineItems().get(0).scoreMaximum(), "placed with one approved item");
        quiz.addApprovedItems(api, 3);

        takeAndSubmit("student-1", quiz);
        await("the score", Duration.ofSeconds(30), () -> !scoresOf("student-1").isEmpty());
        JsonObject score = scoresOf("student-1").get(0);
        assertEquals(4.0, score.getJsonNumber("scoreMaximum").doubleValue(), score::toString);
        assertEquals(4.0, score.getJsonNumber("scoreGiven").doubleValue(), score::toString);
        assertEquals(1, sandbox.lineItems().size(), "the same column, not a new one");
        assertEquals(4.0, sandbox.lineItems().get(0).scoreMaximum(), "the platform's line item follows the quiz");
    }

    /**
     * Issue 13: the teacher's own try was sent to Moodle (which answered 400, and the score was parked) and listed
     * among the students. An instructor's attempt is a preview: scored for them, never sent, never in the results.
     */
    @Test
    void anInstructorsAttemptIsAPreviewNeverSentToTheGradebookNorListedInResults() throws Exception {
        QuizFixture quiz = linkedQuiz(2);
        LtiBrowser.Launch teacher = new LtiBrowser().launch(sandbox.launchLink("instructor-1"));
        assertEquals(quiz.quizId, teacher.quiz());
        Api api = new Api(base, teacher.session());
        Api.Reply started = api.post("api/quizzes/" + quiz.quizId + "/attempts", null);
        assertEquals(200, started.status(), started::toString);
        long attempt = started.json().getJsonNumber("attemptId").longValue();
        Api.Reply saved = api.put("api/attempts/" + attempt + "/responses/" + quiz.itemIds.get(0),
                "{\"choiceId\": \"" + quiz.key(started.json(), 0) + "\", \"seq\": 1}");
        assertEquals(200, saved.status(), saved::toString);
        Api.Reply submitted = api.post("api/attempts/" + attempt + "/submit", null);
        assertEquals(200, submitted.status(), submitted::toString);
        takeAndSubmit("student-2", quiz);
        await("the student's score", Duration.ofSeconds(30), () -> !scoresOf("student-2").isEmpty());
        settle();

        assertTrue(scoresOf("instructor-1").isEmpty(), "a preview never reaches the gradebook: " + sandbox.scores());
        assertEquals(0, TestDatabase.count("select count(*) from lti_score_outbox where attempt_id = ?", attempt),
                "nothing queued for a preview");
        JsonObject results = api.get("api/quizzes/" + quiz.quizId + "/results").json();
        List<String> listed = results.getJsonArray("students").getValuesAs(JsonObject.class).stream()
                .map(s -> s.getString("name", "")).toList();
        assertTrue(listed.contains("Kim Learner") && !listed.contains("Ines Instructor"), "the student, not the teacher: " + listed);
    }

    @Test
    void aReplayedLaunchIsRefusedNamingTheCheck() {
        LtiBrowser browser = new LtiBrowser();
        LtiBrowser.Page authForm = browser.follow(browser.get(sandbox.launchLink("student-3")));
        LtiBrowser.Page first = browser.submit(authForm.form());
        assertEquals(303, first.status(), first::body);
        LtiBrowser.Page again = browser.submit(authForm.form());
        assertEquals(401, again.status());
        assertEquals("urn:article-quiz:problem:lti-state", again.header("X-Problem-Type"));
    }

    @Test
    void withoutCookiesOrPlatformStorageTheStudentIsOfferedANewWindow() {
        LtiBrowser.Launch launch = new LtiBrowser().blockCookies().launch(sandbox.launchLink("student-3"));
        assertEquals(401, launch.last().status());
        assertTrue(launch.last().body().contains("Open the quiz in a new window"), launch.last().body());
    }

    @Test
    void withoutCookiesThePlatformsStorageCarriesTheState() {
        LtiBrowser.Launch launch = new LtiBrowser().blockCookies().launch(sandbox.launchLinkWithPlatformStorage("student-3"));
        assertNotNull(launch.session(), () -> "launch through platform storage: " + launch.last());
        assertEquals("learner", launch.role());
    }

    @Test
    void withCookiesAndPlatformStorageOfferedTheCookieIsEnough() {
        LtiBrowser.Launch launch = new LtiBrowser().launch(sandbox.launchLinkWithPlatformStorage("student-3"));
        assertNotNull(launch.session(), () -> "launch: " + launch.last());
    }

    @Test
    void dynamicRegistrationNeedsAnInvitationAndStoresThePlatform() {
        Api admin = new Api(base, ADMIN_TOKEN);
        String url = admin.post("api/admin/lti/registration-invitations", null).json().getString("registrationUrl");
        URI registration = URI.create(url + "&openid_configuration=" + sandbox.openidConfigurationUrl()
                + "&registration_token=sandbox-registration-token");
        LtiBrowser.Page done = new LtiBrowser().get(registration);
        assertEquals(200, done.status(), done::body);
        assertTrue(done.body().contains("org.imsglobal.lti.close"));
        assertEquals(1, sandbox.registrations().size());
        JsonObject metadata = Json.createReader(new StringReader(sandbox.registrations().get(0))).readObject();
        assertEquals(base + "api/lti/launch", metadata.getJsonArray("redirect_uris").getString(0));

        LtiBrowser.Page reused = new LtiBrowser().get(registration);
        assertEquals(403, reused.status(), "an invitation is used once");
    }

    /** Issue 13: the logo sent at registration was favicon.ico, a 404, and Moodle showed a broken icon. */
    @Test
    void theIconSentAtRegistrationIsAnImage() throws Exception {
        Api admin = new Api(base, ADMIN_TOKEN);
        String url = admin.post("api/admin/lti/registration-invitations", null).json().getString("registrationUrl");
        LtiBrowser.Page done = new LtiBrowser().get(URI.create(url + "&openid_configuration=" + sandbox.openidConfigurationUrl()
                + "&registration_token=sandbox-registration-token"));
        assertEquals(200, done.status(), done::body);
        JsonObject metadata = Json.createReader(new StringReader(sandbox.registrations().get(sandbox.registrations().size() - 1)))
                .readObject();
        URI logo = URI.create(metadata.getString("logo_uri"));
        var icon = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(logo).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, icon.statusCode(), "GET " + logo);
        assertTrue(icon.headers().firstValue("Content-Type").orElse("").startsWith("image/"), icon.headers().toString());
        assertTrue(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(icon.body())) != null, "a readable image");
    }

    /** How often the outbox tried the latest score of this sandbox student. */
    private static int tries(String student) {
        try (Connection c = TestDatabase.connect();
             PreparedStatement ps = c.prepareStatement("select tries from lti_score_outbox where subject = ? order by id desc limit 1")) {
            ps.setString(1, student);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A reload of the server: every service and the deployment stop and start again, as after a restart. */
    private void restartServer() throws Exception {
        ModelNode reload = new ModelNode();
        reload.get("operation").set("reload");
        reload.get("address").setEmptyList();
        management.getControllerClient().execute(reload);
        Thread.sleep(1000);
        await("the server back", Duration.ofSeconds(120), () -> {
            try {
                return new Api(base, null).get("api/lti/jwks").status() == 200;
            } catch (RuntimeException e) {
                return false;
            }
        });
    }
}
