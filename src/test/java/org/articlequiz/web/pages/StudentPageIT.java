package org.articlequiz.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.articlequiz.testing.Api;
import org.articlequiz.testing.Deployments;
import org.articlequiz.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** The student's page in a real Chromium: taking a quiz by keyboard, through a dropped network and a reload. */
@ExtendWith(ArquillianExtension.class)
class StudentPageIT {
    /** Article and item text is untrusted: this must show as characters and never run. */
    static final String HOSTILE = "Which tag is <script>window.__pwned = 1</script> and <img src=x onerror=\"window.__pwned = 2\">?";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    Api instructor;
    Browser browser;

    @BeforeAll
    static void chromiumIsInstalled() {
        Browser.requireInstalled();
    }

    @BeforeEach
    void start() {
        instructor = new Api(base, TestDatabase.session("Ines Instructor", "INSTRUCTOR").token());
        browser = Browser.start();
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    private String launch(long quizId, String token) {
        return base + "app/launch.html#session=" + token + "&quiz=" + quizId + "&role=learner";
    }

    /** The radio button of the option of {@code item} that says {@code text}. */
    private WebElement radio(QuizBuilder.BuiltItem item, String text) {
        return browser.option("#q-" + item.id(), text);
    }

    private WebElement label(QuizBuilder.BuiltItem item, String text) {
        return browser.optionLabel("#q-" + item.id(), text);
    }

    /** The id of the first option of {@code item} on the page (a token of the attempt). */
    private String firstOption(QuizBuilder.BuiltItem item) {
        return browser.find("#q-" + item.id() + " .choice input").getAttribute("id");
    }

    /** A new launch session for a user who already has one, as a second launch from the course gives. */
    private static String anotherSession(long userId, long quizId) {
        String token = UUID.randomUUID().toString();
        String sql = "insert into launch_session (token_hash, user_id, roles, context_id, quiz_id, created_at, expires_at)"
                + " values (?, ?, 'LEARNER', 'test-course', ?, now(), now() + interval '2 hours')";
        try (Connection c = TestDatabase.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8))));
            ps.setLong(2, userId);
            ps.setLong(3, quizId);
            ps.executeUpdate();
            return token;
        } catch (Exception e) {
            throw new IllegalStateException("could not open a second launch session", e);
        }
    }

    private long storedChoice(long itemId) {
        return TestDatabase.count("select coalesce(max(r.choice_id), 0) from response r where r.item_id = ?", itemId);
    }

    /**
     * Issue 13: a question flagged for review shows in the navigation grid and on the finish page; a reload reopens
     * the page the student was on; and a tab whose answer another tab replaced says so and shows the kept answer.
     */
    @Test
    void flagsThePageTheStudentWasOnAndAnotherTabsNewerAnswer() {
        var quiz = QuizBuilder.aQuiz().create(instructor);
        var q2 = quiz.items().get(1);
        String token = TestDatabase.session("Sam Student", "LEARNER", "test-course", quiz.id()).token();
        browser.open(launch(quiz.id(), token));
        browser.waitForText("#start", "Start attempt 1").click();
        browser.waitForText("h2", "Question 1");
        browser.script("const s = document.getElementById('per-page'); s.value = '1'; s.dispatchEvent(new Event('change'));");
        browser.waitFor("one question a page", d -> browser.findAll("#questions section.question").size() == 1 ? true : null);
        browser.find(".pager button:last-child").click();
        browser.waitForText("#questions h2", "Question 2");
        browser.find("#flag-" + q2.id()).click();
        browser.waitFor("the flag in the grid", d -> browser.find("#nav-" + q2.id()).getAttribute("aria-label").contains("flagged for review") ? true : null);
        assertEquals("true", browser.find("#flag-" + q2.id()).getAttribute("aria-pressed"));
        assertTrue(browser.find("#nav-" + q2.id()).getText().contains("⚑"));
        browser.screenshot("student-flagged-question");
        browser.assertAccessible("student questions with a flag");
        label(q2, "Nucleus").click();
        browser.waitForText("#save-state", "All answers saved");

        // A reload reopens page 2, the flag kept.
        browser.driver.navigate().refresh();
        browser.waitForText("#questions h2", "Question 2");
        assertTrue(browser.find("#nav-" + q2.id()).getAttribute("aria-label").contains("flagged for review"));
        assertTrue(radio(q2, "Nucleus").isSelected());

        // A second tab on the same attempt saves a newer answer; the first tab is told and shows it.
        String first = browser.driver.getWindowHandle();
        browser.script("window.open(location.href, 'second')");
        browser.driver.switchTo().window("second");
        browser.waitForText("#questions h2", "Question 2");
        label(q2, "Chloroplasts").click();
        browser.waitForText("#save-state", "All answers saved");
        browser.driver.switchTo().window(first);
        browser.waitForText("#warning", "Your answer to question 2 was replaced by a newer one saved in another tab or window");
        assertTrue(radio(q2, "Chloroplasts").isSelected(), "the first tab shows the answer the server kept");
        assertEquals(q2.choiceIds().get(2), storedChoice(q2.id()));
        browser.find("#finish").click();
        browser.waitForText("#flagged", "Question 2");
    }

    /** Issue 13: dates in messages are in the reader's format (en-GB here), not ISO 8601. */
    @Test
    void aMessageGivesItsDateInTheReadersFormat() {
        var quiz = QuizBuilder.aQuiz().withSettings("{\"opensAt\": \"2030-01-15T09:30:00Z\"}").create(instructor);
        String token = TestDatabase.session("Sam Student", "LEARNER", "test-course", quiz.id()).token();
        browser.open(launch(quiz.id(), token));
        String why = browser.waitForText("#why-not", "This quiz opens at").getText();
        String expected = (String) browser.script("return new Intl.DateTimeFormat(undefined, {dateStyle: 'medium', timeStyle: 'short'})"
                + ".format(new Date('2030-01-15T09:30:00Z'))");
        assertEquals("This quiz opens at " + expected + ".", why);
        assertTrue(expected.contains("2030") && !why.contains("2030-01-15T"), why);
    }

    @Test
    void aStudentTakesAQuizByKeyboardThroughADroppedNetworkAndAReload() {
        var quiz = QuizBuilder.aQuiz()
                .withSettings("{\"shuffleChoices\": false, \"timeLimitSeconds\": 1800, \"showKeysWhileAttemptsRemain\": true}")
                .withItem(1, new QuizBuilder.Spec(HOSTILE, List.of("<b>bold</b>", "the <script> tag", "onerror=alert(1)", "none"), 1,
                        "Because <em>markup</em> in an article is text.", "The <script> tag holds a script; onerror=\"x()\" is an attribute."))
                .create(instructor);
        var q1 = quiz.items().get(0);
        var q2 = quiz.items().get(1);
        String token = TestDatabase.session("Sam Student", "LEARNER", "test-course", quiz.id()).token();

        browser.open(launch(quiz.id(), token));
        browser.waitForText("#start", "Start attempt 1");
        assertFalse(browser.driver.getCurrentUrl().contains(token), "the token is wiped from the address: " + browser.driver.getCurrentUrl());
        String overview = browser.find("main").getText();
        assertTrue(overview.contains("Photosynthesis basics") && overview.contains("30 minutes"), overview);
        assertEquals(0L, TestDatabase.count("select count(*) from attempt where quiz_id = ?", quiz.id()), "opening the quiz starts no clock");
        browser.screenshot("student-0-overview");
        browser.assertAccessible("student overview");
        browser.find("#start").click();
        browser.waitForText("h2", "Question 1");
        browser.waitForText("#time-left", ":");
        browser.waitForText("#save-state", "All answers saved");
        browser.screenshot("student-1-questions");
        browser.assertAccessible("student questions");

        // The hostile stem and options are shown as text; nothing ran, no element was made of them.
        assertTrue(browser.find("#q-" + q2.id() + " legend").getText().contains("<script>window.__pwned = 1</script>"));
        assertTrue(browser.find("#q-" + q2.id() + " .choice label").getText().equals("<b>bold</b>"));
        assertNull(browser.script("return window.__pwned"));
        assertEquals(0L, browser.script("return document.querySelectorAll('main img, main b, main script').length"));

        // Keyboard only: Tab to the first option of question 1, Space chooses it, the arrow key moves to the next.
        Actions keys = new Actions(browser.driver);
        for (int i = 0; i < 40 && !firstOption(q1).equals(browser.focused().getAttribute("id")); i++) {
            keys.sendKeys(Keys.TAB).perform();
        }
        assertEquals(firstOption(q1), browser.focused().getAttribute("id"), "Tab reaches question 1's options");
        keys.sendKeys(Keys.SPACE).perform();
        keys.sendKeys(Keys.ARROW_DOWN).perform();
        assertTrue(radio(q1, q1.keyText()).isSelected(), "the arrow key chose the second option");
        browser.waitForText("#save-state", "All answers saved");
        assertEquals(q1.key(), storedChoice(q1.id()), "question 1's answer is committed");

        // The network drops: the answer is kept on the device and the student is told so.
        browser.offline(true);
        label(q2, q2.keyText()).click();
        browser.waitForText("#save-state", "Offline: your answers are kept on this device");
        browser.screenshot("student-2-offline");
        browser.assertAccessible("student offline");
        assertEquals(0L, storedChoice(q2.id()), "nothing reached the server while offline");
        assertEquals(1L, browser.script("return Object.keys(localStorage).filter(k => k.startsWith('articlequiz.queue.')).length"));

        // A reload while still offline (the browser shows its error page), then the network comes back.
        try {
            browser.driver.navigate().refresh();
        } catch (RuntimeException expected) {
            // Chromium may report the failed navigation; the point is that the page's memory is gone.
        }
        browser.offline(false);
        browser.driver.navigate().refresh();
        browser.waitForText("h2", "Question 1");
        browser.waitForText("#save-state", "All answers saved");
        assertTrue(radio(q2, q2.keyText()).isSelected(), "the answer given offline is back after the reload");
        assertEquals(q2.key(), storedChoice(q2.id()), "and it reached the server");
        assertEquals(0L, browser.script("return Object.keys(localStorage).filter(k => k.startsWith('articlequiz.queue.')).length"));

        // Finish: the summary names the unanswered question.
        browser.find("#finish").click();
        browser.waitForText("h1", "Finish your attempt");
        assertTrue(browser.find("main").getText().contains("You answered 2 of 3 questions."));
        assertTrue(browser.find(".unanswered").getText().contains("Question 3"));
        assertEquals("summary-heading", browser.focused().getAttribute("id"), "focus moves to the summary");
        browser.screenshot("student-3-summary");
        browser.assertAccessible("student summary");

        browser.find("#submit").click();
        browser.waitForText("#score", "Score: 2 of 3 (67%)");
        String review = browser.find("main").getText();
        assertTrue(review.contains("Question 1: ✓ Correct"), review);
        assertTrue(review.contains("Question 3: ✗ Not answered"), review);
        assertTrue(review.contains("Because <em>markup</em> in an article is text."), review);
        assertTrue(review.contains("The <script> tag holds a script; onerror=\"x()\" is an attribute."), review);
        assertTrue(review.contains("Correct answer"), review);
        assertNull(browser.script("return window.__pwned"));
        browser.screenshot("student-4-review");
        browser.assertAccessible("student review");

        // A reload after submitting shows the result again, not a new attempt; back on the start page, the attempt is listed.
        browser.driver.navigate().refresh();
        browser.waitForText("#score", "Score: 2 of 3");
        assertEquals(1L, TestDatabase.count("select count(*) from attempt where quiz_id = ?", quiz.id()));
        browser.find("#back").click();
        browser.waitForText("#start", "Start attempt 2");
        assertTrue(browser.find("main").getText().contains("Attempt 1: finished"));
        assertEquals(1L, TestDatabase.count("select count(*) from attempt where quiz_id = ?", quiz.id()));
    }

    @Test
    void warnsBeforeTimeRunsOutAndShowsTheResultWhenItHas() {
        var quiz = QuizBuilder.aQuiz().withSettings("{\"shuffleChoices\": false, \"timeLimitSeconds\": 8}").create(instructor);
        var q1 = quiz.items().get(0);
        // Through the tool's root with the hand-off in the fragment (older launch links): it forwards to launch.html.
        browser.open(base + "#session=" + TestDatabase.session("Tia Timed", "LEARNER", "test-course", quiz.id()).token() + "&quiz=" + quiz.id() + "&role=learner");
        browser.waitForText("#start", "Start attempt 1").click();
        browser.waitForText("h2", "Question 1");
        browser.waitForText("#warning", "Less than 1 minute left");
        assertTrue(browser.find("#timer").getAttribute("class").contains("urgent"));
        label(q1, q1.keyText()).click();
        browser.waitForText("#save-state", "All answers saved");
        browser.screenshot("student-5-time-warning");
        browser.assertAccessible("student time warning");

        browser.waitForText("#warning", "Time is up");
        browser.waitForText("#score", "Score: 1 of 3");
        assertTrue(browser.find("main").getText().contains("Time ran out"));
        browser.screenshot("student-6-time-up");
        browser.assertAccessible("student time up");
    }

    @Test
    void timeRunningOutWhileOfflineSaysWhichAnswersCameTooLate() {
        var quiz = QuizBuilder.aQuiz().withSettings("{\"shuffleChoices\": false, \"timeLimitSeconds\": 6}").create(instructor);
        var q1 = quiz.items().get(0);
        var q2 = quiz.items().get(1);
        browser.open(launch(quiz.id(), TestDatabase.session("Otto Offline", "LEARNER", "test-course", quiz.id()).token()));
        browser.waitForText("#start", "Start attempt 1").click();
        browser.waitForText("h2", "Question 1");
        label(q1, q1.keyText()).click();
        browser.waitForText("#save-state", "All answers saved");
        browser.offline(true);
        label(q2, q2.keyText()).click();
        browser.waitForText("#save-state", "Offline");
        browser.waitForText("#warning", "Time is up");
        // Still offline past the server's grace period (10 s, issue 11): an answer that comes back within it counts
        // (StudentApiIT), one that comes back after it is too late.
        try {
            Thread.sleep(12_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }

        browser.offline(false);
        browser.waitFor("the result or a way to retry", d -> {
            if (!browser.findAll("#score").isEmpty()) {
                return true;
            }
            browser.findAll("main button.primary").stream().filter(b -> b.getText().equals("Try again")).findFirst()
                    .ifPresent(WebElement::click);
            return null;
        });
        browser.waitForText("#score", "Score: 1 of 3");
        browser.waitForText("#warning", "1 answer was given too late and is not counted");
        assertEquals(0L, storedChoice(q2.id()), "the server's deadline is final");
        browser.screenshot("student-10-too-late");
        browser.assertAccessible("student too late");
    }

    @Test
    void immediateFeedbackExplainsAndLocksTheAnswer() {
        var quiz = QuizBuilder.aQuiz().withSettings("{\"shuffleChoices\": false, \"feedbackTiming\": \"IMMEDIATE\"}").create(instructor);
        var q1 = quiz.items().get(0);
        browser.open(launch(quiz.id(), TestDatabase.session("Ida Immediate", "LEARNER", "test-course", quiz.id()).token()));
        browser.waitForText("#start", "Start attempt 1").click();
        browser.waitForText("h2", "Question 1");
        label(q1, q1.wrongText()).click();
        browser.waitForText("#q-" + q1.id() + " .feedback", "Incorrect");
        String feedback = browser.find("#q-" + q1.id() + " .feedback").getText();
        assertTrue(feedback.contains("The correct answer is: Carbon dioxide"), feedback);
        assertTrue(feedback.contains("During photosynthesis, plants take in carbon dioxide"), feedback);
        assertFalse(radio(q1, q1.keyText()).isEnabled(), "the marked answer is locked");
        browser.screenshot("student-7-immediate-feedback");
        browser.assertAccessible("student immediate feedback");

        browser.driver.navigate().refresh();
        browser.waitForText("#q-" + q1.id() + " .feedback", "Incorrect");
        assertTrue(radio(q1, q1.wrongText()).isSelected());
    }

    @Test
    void answersGivenAfterTheSessionEndedAreKeptAndSentAfterTheNextLaunch() {
        var quiz = QuizBuilder.aQuiz().create(instructor);
        var q1 = quiz.items().get(0);
        var student = TestDatabase.session("Lee Late", "LEARNER", "test-course", quiz.id());
        browser.open(launch(quiz.id(), student.token()));
        browser.waitForText("#start", "Start attempt 1").click();
        browser.waitForText("h2", "Question 1");

        // A narrow frame, as in a platform's sidebar or a phone: the page reflows and stays accessible.
        browser.driver.manage().window().setSize(new Dimension(400, 800));
        browser.screenshot("student-8-narrow");
        browser.assertAccessible("student narrow");
        browser.driver.manage().window().setSize(new Dimension(1100, 900));

        // The session ends (it expired, or the server no longer knows it): every call now answers 401.
        browser.script("sessionStorage.setItem('articlequiz.session', JSON.stringify({token: 'ended', quiz: arguments[0], role: 'learner'}))",
                quiz.id());
        label(q1, q1.keyText()).click();
        browser.waitForText("#save-state", "Your session has ended. 1 unsaved answer is kept on this device");
        browser.screenshot("student-9-session-ended");
        assertEquals(0L, storedChoice(q1.id()));

        // The student opens the quiz again from the course: a new launch session, the same attempt, the answer sent.
        // (Outside the platform's frame the page asks before it replaces the tab's session: issue 11, login CSRF.)
        browser.open(launch(quiz.id(), anotherSession(student.userId(), quiz.id())));
        browser.waitForText("#use-new-session", "Use the new session").click();
        browser.waitForText("h2", "Question 1");
        browser.waitForText("#save-state", "All answers saved");
        assertTrue(radio(q1, q1.keyText()).isSelected());
        assertEquals(q1.key(), storedChoice(q1.id()));
    }

    @Test
    void pagesMayBeFramedOnlyByTheConfiguredPlatformsAndRunNoInlineScript() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(base + "app/take.html")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("frame-ancestors 'self'"), csp);
        assertTrue(csp.contains("script-src 'self'"), csp);
        assertFalse(page.headers().firstValue("X-Frame-Options").isPresent(), "no X-Frame-Options: the platform frames us");
        // The pages' own API calls (Sec-Fetch-Dest: empty) are never framed: no platforms, no script rules.
        HttpResponse<String> api = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(base + "api/quizzes")).header("Sec-Fetch-Dest", "empty").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals("frame-ancestors 'self'", api.headers().firstValue("Content-Security-Policy").orElse(""));
    }

    /** Login CSRF (issue 11): a {@code #session=} link from elsewhere does not silently replace the tab's session. */
    @Test
    void aSessionLinkFromElsewhereDoesNotSilentlyReplaceTheTabsSession() {
        var quiz = QuizBuilder.aQuiz().create(instructor);
        String mine = TestDatabase.session("Mia Mine", "LEARNER", "test-course", quiz.id()).token();
        String theirs = TestDatabase.session("Theo Theirs", "LEARNER", "test-course", quiz.id()).token();
        browser.open(launch(quiz.id(), mine));
        browser.waitForText("#start", "Start attempt 1");

        browser.open(launch(quiz.id(), theirs));
        browser.waitForText("#other-session", "another session");
        assertEquals(mine, browser.script("return JSON.parse(sessionStorage.getItem('articlequiz.session')).token"));
        browser.find("#keep-session").click();
        browser.waitForText("#start", "Start attempt 1");
        assertEquals(mine, browser.script("return JSON.parse(sessionStorage.getItem('articlequiz.session')).token"));
    }
}
