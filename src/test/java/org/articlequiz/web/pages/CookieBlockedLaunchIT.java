package org.articlequiz.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import org.articlequiz.devtools.sandbox.LtiBrowser;
import org.articlequiz.devtools.sandbox.SandboxPlatform;
import org.articlequiz.testing.Api;
import org.articlequiz.testing.Deployments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * Issue 13, blocker 2: Moodle frames the tool (its default launch container) and offers no platform storage, and the
 * browser blocks third-party cookies, so the tool's state cookie is dropped inside the frame. The sandbox plays
 * Moodle here (one-time {@code lti_message_hint}, {@code mod/lti/view.php} framing {@code mod/lti/launch.php}) on
 * 127.0.0.1 while the tool is reached as localhost: two sites, so Chromium really treats the tool's cookie as a
 * third-party one.
 */
class CookieBlockedLaunchIT extends SandboxPagesBase {
    static BuiltQuizTitle quiz;
    static long platformId;

    record BuiltQuizTitle(long id, String title) {
    }

    /** The tool as localhost, the platform on 127.0.0.1; a quiz linked to the course's activity by deep linking. */
    @BeforeEach
    void platformWithALinkedQuiz() throws Exception {
        if (sandbox != null) {
            return;
        }
        URI url = base.toURI();
        String toolRoot = new URI(url.getScheme(), null, "localhost", url.getPort(), url.getPath(), null, null).toString()
                .replaceAll("/$", "");
        sandbox = SandboxPlatform.start(0, toolRoot);
        var registered = sandbox.registerWith(toolRoot, Deployments.ADMIN_TOKEN);
        assertEquals(201, registered.statusCode(), registered::body);
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(registered.body()))) {
            platformId = reader.readObject().getJsonNumber("id").longValue();
        }
        LtiBrowser.Launch instructor = new LtiBrowser().launch(sandbox.launchLink("instructor-1"));
        assertNotNull(instructor.session(), () -> "instructor launch: " + instructor.last());
        QuizBuilder.BuiltQuiz built = QuizBuilder.aQuiz().titled("Cells and light").create(new Api(base, instructor.session()));
        LtiBrowser.Page added = new LtiBrowser().deepLink(sandbox.deepLinkingLink("instructor-1"), built.id());
        assertEquals(200, added.status(), added::body);
        quiz = new BuiltQuizTitle(built.id(), "Cells and light");
    }

    /** The tool's frame in the activity page, once it shows the "blocked" page (which proves the cookie was dropped). */
    private static void blockedPageInFrame(Browser student) {
        blockedPage(student, sandbox.activityPage("student-1"));
    }

    @Test
    void withThirdPartyCookiesBlockedTheNewWindowStartsAgainFromThePlatformAndTheQuizOpens() {
        try (Browser student = Browser.startBlockingThirdPartyCookies()) {
            blockedPageInFrame(student);
            WebElement again = student.find("#blocked a[target='_blank']");
            String relaunch = again.getAttribute("href");
            quizOpensInANewWindow(student, again, "cookie-blocked-1-frame-offers-new-window");
            // a fresh launch from the platform, never the used login request (Moodle refuses its one-time hint twice)
            assertEquals(sandbox.relaunchUrl().toString(), relaunch);
            student.screenshot("cookie-blocked-2-launch-in-new-window-succeeds");
        }
    }

    @Test
    void withStorageAccessAllowedTheLaunchGoesOnInsideTheFrame() {
        try (Browser student = Browser.startBlockingThirdPartyCookies()) {
            blockedPageInFrame(student);
            WebElement allow = student.waitFor("the Storage Access button", d -> student.findAll("#allow").stream()
                    .filter(WebElement::isDisplayed).findFirst().orElse(null));
            // the user's answer to the browser's prompt, which a headless browser cannot show: granted, for this frame's
            // origin (the tool) embedded in the top-level one (the platform), as WebDriver's Set Permission does it
            student.chrome.setPermission("storage-access", "granted");
            student.click(allow);
            student.waitLongerFor("the quiz's start page inside the frame", 30, d -> student.findAll("#start").isEmpty() ? null : true);
            assertTrue(student.find("main h1").getText().contains(quiz.title()), student.find("main h1").getText());
            student.driver.switchTo().defaultContent();
            student.screenshot("cookie-blocked-3-storage-access-launch-in-frame-succeeds");
        }
    }

    /**
     * Issue 13, for platforms other than Moodle: the sandbox plays one whose activity page frames the link's launch
     * (no platform storage) and whose login hint names no course module. Without the admin's relaunch URL template the
     * blocked page can only ask the user to open the activity from the course; with it, its new-window link starts the
     * link's launch again from the platform (a fresh hint) and the quiz opens there.
     */
    @Test
    void onAnotherPlatformTheNewWindowStartsTheLinksLaunchFromTheAdminsTemplate() {
        Api admin = new Api(base, Deployments.ADMIN_TOKEN);
        Api.Reply unset = admin.put("api/admin/lti/platforms/" + platformId + "/relaunch-url", "{\"template\":\"\"}");
        assertEquals(200, unset.status(), unset::toString);
        Api.Reply hostFromClaims = admin.put("api/admin/lti/platforms/" + platformId + "/relaunch-url",
                "{\"template\":\"https://{context_id}.example.edu/launch\"}");
        assertEquals(400, hostFromClaims.status(), hostFromClaims::toString);
        assertTrue(hostFromClaims.contentType().startsWith("application/problem+json"), hostFromClaims::toString);
        try (Browser student = Browser.startBlockingThirdPartyCookies()) {
            blockedPage(student, sandbox.linkPage("student-1"));
            assertTrue(student.findAll("#blocked a[target='_blank']").isEmpty(), "no template, no platform page to start from");
            assertTrue(student.find("#blocked").getText().contains("Open the activity again from your course"),
                    student.find("#blocked").getText());
            student.driver.switchTo().defaultContent();

            Api.Reply set = admin.put("api/admin/lti/platforms/" + platformId + "/relaunch-url",
                    "{\"template\":\"" + sandbox.linkLaunchTemplate() + "\"}");
            assertEquals(200, set.status(), set::toString);
            assertEquals(sandbox.linkLaunchTemplate(), set.json().getString("relaunchUrlTemplate"));

            blockedPage(student, sandbox.linkPage("student-1"));
            WebElement again = student.find("#blocked a[target='_blank']");
            // the platform's launch of this resource link (the template filled in from the signed id_token's claims)
            assertEquals(sandbox.linkLaunchUrl().toString(), again.getAttribute("href"));
            quizOpensInANewWindow(student, again, "cookie-blocked-4-other-platform-frame-offers-new-window");
            student.screenshot("cookie-blocked-5-other-platform-launch-in-new-window-succeeds");
        } finally {
            admin.put("api/admin/lti/platforms/" + platformId + "/relaunch-url", "{\"template\":\"\"}");
        }
    }

    /**
     * Takes a screenshot of the course page with the blocked frame, clicks the frame's new-window link and checks that
     * the new window ends on the quiz's start page, the tool as the first party (localhost).
     */
    private static void quizOpensInANewWindow(Browser student, WebElement link, String screenshot) {
        student.driver.switchTo().defaultContent();
        student.screenshot(screenshot);
        student.driver.switchTo().frame("tool");
        String course = student.driver.getWindowHandle();
        link.click();
        String opened = student.waitFor("a new window", d -> d.getWindowHandles().stream()
                .filter(h -> !h.equals(course)).findFirst().orElse(null));
        student.driver.switchTo().window(opened);
        student.waitLongerFor("the quiz's start page in the new window", 30, d -> student.findAll("#start").isEmpty() ? null : true);
        assertTrue(student.find("main h1").getText().contains(quiz.title()), student.find("main h1").getText());
        assertTrue(student.driver.getCurrentUrl().startsWith("http://localhost:")
                && student.driver.getCurrentUrl().contains("/app/take.html?quiz=" + quiz.id()), student.driver.getCurrentUrl());
    }

    private static void blockedPage(Browser student, URI page) {
        student.open(page.toString());
        student.driver.switchTo().frame("tool");
        student.waitLongerFor("the tool's frame to say the sign-in was blocked", 30,
                d -> student.findAll("#blocked").stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
    }
}
