package org.articlequiz.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import org.articlequiz.devtools.sandbox.LtiBrowser;
import org.articlequiz.devtools.sandbox.SandboxPlatform;
import org.articlequiz.testing.Api;
import org.articlequiz.testing.Deployments;
import org.articlequiz.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Issue 13, adding a quiz in one trip: from the platform's "Add activity" the teacher writes a quiz from pasted text
 * inside the picker (the generator's progress shown), reviews and approves its items there and places it; the
 * picker lists each quiz with its approved-item count, asks before it places a quiz with none, and shows a stored
 * article that has no headline (as three of the seeds) by its opening words, not its file name.
 */
class DeepLinkPickerIT extends SandboxPagesBase {

    private static void addActivity(Browser browser) {
        browser.driver.switchTo().defaultContent();
        browser.driver.findElement(By.partialLinkText("Add activity (deep linking)")).click();
        browser.driver.switchTo().frame("tool");
        browser.waitLongerFor("the picker with its new-quiz form", 30, d -> browser.findAll("#create-heading").isEmpty() ? null : true);
    }

    @Test
    void aTeacherWritesReviewsAndPlacesAQuizWithoutLeavingThePicker() throws Exception {
        String root = base.toString().replaceAll("/$", "");
        sandbox = SandboxPlatform.start(0, root);
        assertEquals(201, sandbox.registerWith(root, Deployments.ADMIN_TOKEN).statusCode());
        Path seeds = Path.of(System.getProperty("articlequiz.seeds", "seeds"));
        Api teacher = new Api(base, new LtiBrowser().launch(sandbox.launchLink("instructor-1")).session());
        // a seed without a headline, stored as the demo stores the seeds: no title given
        String untitled = Files.readString(seeds.resolve("001_67735539dbb95b11.txt"));
        assertEquals(201, teacher.post("api/articles", Json.createObjectBuilder().add("fileName", "001_67735539dbb95b11.txt")
                .add("text", untitled).build().toString()).status());
        long empty = teacher.post("api/quizzes", "{\"title\": \"Nothing approved yet\"}").json().getJsonNumber("id").longValue();

        try (Browser browser = Browser.start()) {
            browser.open(sandbox.baseUrl() + "/");
            addActivity(browser);
            String stored = (String) browser.script("return document.getElementById('part-stored').textContent");
            assertTrue(stored.contains("On a sunny Friday afternoon in Palm Beach, Florida, President-elect…"), stored);
            assertFalse(stored.contains("67735539dbb95b11"), "a seed shows its opening words, not its file name: " + stored);
            assertEquals("(no approved items)", browser.find("form:has(input[name='quizId'][value='" + empty + "']) .approved-count").getText());
            browser.assertAccessible("deep linking picker, new quiz form");

            // Write a quiz from pasted text, inside the picker.
            browser.find("#quiz-title").sendKeys("Penicillin");
            browser.script("document.getElementById('article-text').value = arguments[0];",
                    Files.readString(Path.of("src/test/resources/corpus/tuning/health-penicillin.txt")));
            browser.find("#create-button").click();
            browser.waitFor("the progress bar", d -> browser.find("#progress-box").isDisplayed() ? true : null);
            browser.script("document.getElementById('progress-box').scrollIntoView({block: 'center'})");
            browser.driver.switchTo().defaultContent();
            browser.screenshot("picker-1-creating-a-quiz");
            browser.driver.switchTo().frame("tool");
            browser.waitLongerFor("the generator to finish", 240, d -> browser.findAll("#review-heading").isEmpty() ? null : true);
            assertTrue(browser.find("#review-counts").getText().contains("0 approved"), browser.find("#review-counts").getText());
            browser.assertAccessible("deep linking picker, review");

            // Review: reject the first draft, approve the rest.
            String before = browser.find("#review-counts").getText();
            browser.find("#picker-items li:first-child button.danger").click();
            browser.waitFor("the rejection", d -> browser.find("#review-counts").getText().equals(before) ? null : true);
            assertFalse(browser.findAll("#approve-all").isEmpty(), "drafts left to approve: " + browser.find("#review-counts").getText());
            browser.find("#approve-all").click();
            browser.waitForText("#review-counts", " 0 draft");
            String counts = browser.find("#review-counts").getText();
            int approved = Integer.parseInt(counts.replaceAll(".*: (\\d+) approved.*", "$1"));
            assertTrue(approved > 0, counts);
            assertEquals("Item 1", browser.find("#picker-items li.item-card:nth-child(2) h3").getText().replace("Approved", "").strip(),
                    "numbered as students will see it: the rejected first item has no number");
            browser.driver.switchTo().defaultContent();
            browser.screenshot("picker-2-review-in-the-picker");
            browser.driver.switchTo().frame("tool");

            browser.find("#place-new").click();
            browser.driver.switchTo().defaultContent();
            browser.waitFor("the link in the course", d -> sandbox.deepLinkResponses().isEmpty() ? null : true);
            assertEquals(approved, (int) sandbox.lineItems().get(0).scoreMaximum(), "placed with its approved items");
            assertEquals(approved, TestDatabase.count("select count(*) from item i join quiz q on q.id = i.quiz_id"
                    + " where q.title = 'Penicillin' and i.review_state = 'APPROVED'"));

            // A quiz with no approved item: the picker asks first.
            addActivity(browser);
            assertTrue(browser.find("form:has(input[name='quizId'][value='" + empty + "']) button").getAttribute("aria-label")
                    .equals("Add Nothing approved yet"));
            browser.find("form:has(input[name='quizId'][value='" + empty + "']) button").click();
            browser.waitForText("#confirm-empty", "no question to answer");
            browser.assertAccessible("deep linking picker, asks before an empty quiz");
            assertEquals(1, sandbox.deepLinkResponses().size(), "nothing placed before the teacher confirms");
            browser.find("#add-anyway").click();
            browser.driver.switchTo().defaultContent();
            browser.waitFor("the empty quiz placed", d -> sandbox.deepLinkResponses().size() == 2 ? true : null);
        }
    }
}
