package org.articlequiz.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import org.articlequiz.devtools.sandbox.HeadlessChromium;
import org.articlequiz.devtools.sandbox.LtiBrowser;
import org.articlequiz.devtools.sandbox.SandboxPlatform;
import org.articlequiz.testing.Api;
import org.articlequiz.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The LTI pages in a real browser: the sandbox course page frames the tool, the instructor adds a quiz by deep linking
 * (auto-posting forms, the picker), and a student launches it with third-party cookies blocked, so that the state
 * travels through the platform's storage (LTI Client Side postMessages) instead of a cookie.
 */
@ExtendWith(ArquillianExtension.class)
class LtiBrowserIT {
    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void deepLinkThenLaunchAsStudentThroughPlatformStorage() throws Exception {
        String chromium = HeadlessChromium.binary().orElse(null);
        Assumptions.assumeTrue(chromium != null, "Chromium is not installed (src/test/bin/ensure-browser installs it)");
        String root = base.toString().substring(0, base.toString().length() - 1);
        try (SandboxPlatform sandbox = SandboxPlatform.start(0, root); HeadlessChromium browser = HeadlessChromium.start(chromium, "/api/lti/launch")) {
            assertEquals(201, sandbox.registerWith(root, LtiFlowIT.ADMIN_TOKEN).statusCode());
            LtiBrowser.Launch instructor = new LtiBrowser().launch(sandbox.launchLink("instructor-1"));
            QuizFixture quiz = new QuizFixture(new Api(base, instructor.session()), "{}", 1);

            assertEquals(200, new LtiBrowser().deepLink(sandbox.deepLinkingLink("instructor-1"), quiz.quizId).status());

            browser.navigate(sandbox.baseUrl() + "/");
            browser.await("document.readyState", "complete"::equals, Duration.ofSeconds(20));
            browser.eval("document.querySelector('a[href*=\"student-1\"]').click()");
            java.time.Instant deadline = java.time.Instant.now().plusSeconds(30);
            String landed = "";
            while (!landed.contains("#session=") && java.time.Instant.now().isBefore(deadline)) {
                Thread.sleep(200);
                landed = browser.navigations.stream().filter(u -> u.contains("#session=")).findFirst().orElse("");
            }
            assertTrue(landed.contains("#session=") && landed.contains("quiz=" + quiz.quizId), "the tool's frame went to: " + browser.navigations + " " + browser.diagnostics);
            String log = browser.eval("window.ltiStorageLog.join(',')");
            assertTrue(log.contains("lti.put_data") && log.contains("lti.get_data"),
                    "the state went through platform storage: " + log + " " + browser.diagnostics);
            assertNotNull(landed);
        }
    }
}
