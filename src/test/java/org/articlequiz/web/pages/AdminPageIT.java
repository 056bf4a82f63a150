package org.articlequiz.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import org.articlequiz.testing.Api;
import org.articlequiz.testing.Deployments;
import org.articlequiz.testing.GradeOutbox;
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
import org.openqa.selenium.WebElement;

/**
 * The administrator's page in a real Chromium: sign in with the admin token, register a platform, manage it; the grade
 * outbox with a parked score sent again.
 */
@ExtendWith(ArquillianExtension.class)
class AdminPageIT {
    static final String ADMIN_TOKEN = Deployments.ADMIN_TOKEN;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    Browser browser;

    @BeforeAll
    static void chromiumIsInstalled() {
        Browser.requireInstalled();
    }

    @BeforeEach
    void start() {
        browser = Browser.start();
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void registersAPlatformByHandAndManagesItsDeployments() {
        browser.open(base + "app/admin.html");
        browser.waitFor("the sign-in form", d -> browser.findAll("#admin-token").isEmpty() ? null : true);
        browser.screenshot("admin-1-sign-in");
        browser.assertAccessible("admin sign in");
        browser.find("#admin-token").sendKeys("not-the-token");
        browser.find("#admin-token").submit();
        browser.waitForText("main .error", "");
        browser.find("#admin-token").clear();
        signIn();

        // The tool's URLs, to copy into the platform.
        browser.click(browser.find("#manual-heading ~ details summary"));
        assertTrue(browser.find("#url-login").getAttribute("value").contains("/api/lti/login"), browser.find("#url-login").getAttribute("value"));

        // A dynamic registration URL.
        browser.click(browser.find("#invite"));
        WebElement url = browser.waitFor("the registration URL", d -> browser.findAll("#registration-url").stream().findFirst().orElse(null));
        assertTrue(url.getAttribute("value").contains("/api/lti/register"), url.getAttribute("value"));

        // A platform by hand; its name is untrusted text.
        String name = "Moodle <img src=x onerror=\"window.__pwned = 1\">";
        String issuer = "https://moodle-" + System.nanoTime() + ".example.edu";
        browser.find("#reg-issuer").sendKeys(issuer);
        browser.find("#reg-clientId").sendKeys("client-42");
        browser.find("#reg-name").sendKeys(name);
        browser.find("#reg-authUrl").sendKeys(issuer + "/mod/lti/auth.php");
        browser.find("#reg-tokenUrl").sendKeys(issuer + "/mod/lti/token.php");
        browser.find("#reg-jwksUrl").sendKeys(issuer + "/mod/lti/certs.php");
        browser.find("#reg-deploymentIds").sendKeys("1, 2");
        browser.find("#reg-issuer").submit();
        browser.waitForText("#status", "registered");
        browser.waitForText("#platforms", name);
        assertNull(browser.script("return window.__pwned"));
        assertEquals(0L, browser.script("return document.querySelectorAll('main img').length"));

        Api admin = new Api(base, ADMIN_TOKEN);
        JsonObject platform = admin.get("api/admin/lti/platforms").structure().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("issuer").equals(issuer)).findFirst().orElseThrow();
        long id = platform.getJsonNumber("id").longValue();
        assertEquals(2, platform.getJsonArray("deploymentIds").size());

        browser.find("#dep-" + id).sendKeys("3");
        browser.find("#dep-" + id).submit();
        browser.waitForText("#status", "Deployment 3 added.");
        browser.screenshot("admin-2-platforms");
        browser.assertAccessible("admin platforms");
        JsonObject after = admin.get("api/admin/lti/platforms").structure().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("issuer").equals(issuer)).findFirst().orElseThrow();
        assertEquals(3, after.getJsonArray("deploymentIds").size());
    }

    /** Issue 13: the keys are listed (which signs, when the next takes over), and rotating asks first. */
    @Test
    void listsTheKeysAndAsksBeforeRotatingThem() {
        browser.open(base + "app/admin.html");
        browser.waitFor("the sign-in form", d -> browser.findAll("#admin-token").isEmpty() ? null : true);
        signIn();
        browser.waitForText("#keys-table", "Signs now");
        long keys = TestDatabase.count("select count(*) from lti_tool_key");
        browser.find("#rotate").click();
        browser.waitFor("the question", d -> browser.find("#rotate-confirm").isDisplayed() ? true : null);
        assertTrue(browser.find("#rotate-question").getText().startsWith("Rotate the keys now?"));
        browser.assertAccessible("admin key rotation question");
        browser.find("#rotate-no").click();
        browser.waitForText("#status", "Nothing changed.");
        assertEquals(keys, TestDatabase.count("select count(*) from lti_tool_key"), "cancelled: no new key");
        browser.find("#rotate").click();
        browser.find("#rotate-yes").click();
        browser.waitForText("#status", "is published and signs from an hour on");
        browser.waitForText("#keys-table", "Next: takes over");
        assertEquals(keys + 1, TestDatabase.count("select count(*) from lti_tool_key"));
        assertTrue(browser.find("#keys-table").getText().contains("Signs now until"), browser.find("#keys-table").getText());
        browser.screenshot("admin-keys-rotated");
        browser.assertAccessible("admin keys listed");
    }

    private void signIn() {
        browser.find("#admin-token").sendKeys(ADMIN_TOKEN);
        browser.find("#admin-token").submit();
        browser.waitForText("#platforms-heading", "Registered platforms");
    }

    @Test
    void showsTheGradeOutboxAndSendsAParkedScoreAgain() {
        Api admin = new Api(base, ADMIN_TOKEN);
        GradeOutbox.Attempt attempt = GradeOutbox.attempt(admin, "Outbox Canvas");
        long pending = GradeOutbox.add(attempt, "PENDING", 2, Instant.now().plus(Duration.ofDays(3)),
                "HTTP 503 from the token endpoint", 1, 2);
        // The platform's answer is untrusted text, shown as it is.
        String reason = "HTTP 422: <img src=x onerror=\"window.__pwned = 2\"> line item closed";
        long parked = GradeOutbox.add(attempt, "PARKED", 1, Instant.now(), reason, 2, 2);

        browser.open(base + "app/admin.html");
        browser.waitFor("the sign-in form", d -> browser.findAll("#admin-token").isEmpty() ? null : true);
        signIn();
        browser.waitForText("#outbox-heading", "Grade outbox");
        browser.waitForText("#outbox-counts", "parked");
        browser.waitForText("#outbox-pending", "HTTP 503 from the token endpoint");
        browser.waitForText("#outbox-parked", reason);
        assertTrue(browser.find("#outbox-parked caption").getText().startsWith("Parked, newest first"));
        assertTrue(browser.find("#outbox-parked").getText().contains("Outbox Canvas"), "the platform by name");
        assertNull(browser.script("return window.__pwned"));
        assertEquals(0L, browser.script("return document.querySelectorAll('main img').length"));
        browser.script("document.getElementById('outbox-heading').scrollIntoView()");
        browser.screenshot("admin-3-outbox");
        browser.assertAccessible("admin grade outbox");

        browser.click(browser.find("#resend-" + parked));
        browser.waitForText("#status", "Score " + parked + " will be sent again.");
        browser.waitFor("the score out of the parked list", d -> browser.findAll("#resend-" + parked).isEmpty());
        assertTrue(browser.findAll("#resend-" + pending).isEmpty(), "a pending score has no resend");
        browser.assertAccessible("admin grade outbox after a resend");
    }
}
