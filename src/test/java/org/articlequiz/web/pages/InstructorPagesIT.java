package org.articlequiz.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The instructor's pages in a real Chromium: create a quiz from an article, review its items, change its settings. */
@ExtendWith(ArquillianExtension.class)
class InstructorPagesIT {
    /** An uploaded article is untrusted: its markup must show as text and never run. */
    static final String HOSTILE_ARTICLE = """
            <html><body><h1>Photosynthesis</h1>
            <script>window.__pwned = 1</script>
            <img src="x" onerror="window.__pwned = 2">
            <p onmouseover="window.__pwned = 3">Plants take in carbon dioxide and release oxygen.</p>
            </body></html>
            """;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    Api instructorApi;
    String instructorToken;
    Browser browser;

    @BeforeAll
    static void chromiumIsInstalled() {
        Browser.requireInstalled();
    }

    @BeforeEach
    void start() {
        instructorToken = TestDatabase.session("Ines Instructor", "INSTRUCTOR").token();
        instructorApi = new Api(base, instructorToken);
        browser = Browser.start();
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    private void noScriptRan() {
        assertNull(browser.script("return window.__pwned"), "untrusted text ran as script");
        assertEquals(0L, browser.script("return document.querySelectorAll('main img, main script:not([src]), main [onerror], main [onmouseover]').length"));
    }

    @Test
    void createsAQuizFromAnUploadedArticleAndReviewsItsItems() throws Exception {
        browser.open(base + "app/launch.html#session=" + instructorToken + "&role=instructor");
        browser.waitForText("#create-heading", "Create a quiz");
        browser.screenshot("instructor-1-quizzes");
        browser.assertAccessible("instructor quizzes");

        // Upload an article full of markup: the preview shows it as text.
        Path article = Files.createTempFile("photosynthesis", ".html");
        Files.writeString(article, HOSTILE_ARTICLE);
        browser.find("label[for='source-upload']").click();
        browser.find("#article-file").sendKeys(article.toString());
        WebElement preview = browser.waitForText("#article-preview", "<script>window.__pwned = 1</script>");
        assertTrue(preview.getText().contains("<img src=\"x\" onerror=\"window.__pwned = 2\">"), preview.getText());
        browser.find("#quiz-title").clear();
        browser.find("#quiz-title").sendKeys("Photosynthesis <b>check</b>");
        noScriptRan();
        browser.screenshot("instructor-2-create");
        browser.assertAccessible("instructor create");

        // The generator writes a draft quiz from the article in the background; the bar shows its progress.
        browser.find("#create-button").click();
        browser.waitForText("#progress-text", "Writing questions");
        browser.waitLongerFor("the generator to finish", 180, d -> browser.findAll("#go-review").isEmpty() ? null : true);
        assertEquals("Done: the draft quiz is ready for your review.", browser.find("#progress-text").getText());
        browser.screenshot("instructor-2b-generated");
        browser.assertAccessible("instructor generated");
        browser.find("#go-review").click();
        browser.waitForText("h1", "Photosynthesis <b>check</b>");
        long quizId = Long.parseLong(browser.driver.getCurrentUrl().replaceAll(".*quiz=(\\d+).*", "$1"));
        JsonObject stored = instructorApi.get("api/quizzes/" + quizId).json();
        List<Long> generated = stored.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(i -> i.getJsonNumber("id").longValue()).toList();
        int n = generated.size();
        long articleId = stored.getJsonArray("articleIds").getJsonNumber(0).longValue();
        assertEquals(HOSTILE_ARTICLE, instructorApi.get("api/articles/" + articleId).json().getString("text"),
                "the article is stored as uploaded");

        // Items arrive as drafts (as the generator will write them), one with markup in its stem and source.
        var items = QuizBuilder.aQuiz().drafts()
                .withItem(0, new QuizBuilder.Spec("Which gas do plants take in?", List.of("Oxygen", "Carbon dioxide", "Nitrogen", "Helium"), 1,
                        "Plants take in carbon dioxide.", "Plants take in carbon dioxide and release oxygen."))
                .withItem(1, new QuizBuilder.Spec(StudentPageIT.HOSTILE, List.of("<b>bold</b>", "the <script> tag", "none"), 1,
                        "Markup is text.", "<img src=x onerror=\"window.__pwned = 4\"> is in the source sentence."))
                .addItemsTo(instructorApi, quizId);
        browser.driver.navigate().refresh();
        browser.waitForText("#counts", (n + 3) + " items: 0 approved, " + (n + 3) + " draft, 0 rejected");
        assertTrue(browser.find("#item-" + items.get(1).id()).getText().contains("<img src=x onerror=\"window.__pwned = 4\"> is in the source sentence."));
        noScriptRan();

        // The source sentence in its paragraph of the stored article, marked; the article's markup is text.
        browser.find("button[aria-controls='context-" + items.get(0).id() + "']").click();
        WebElement context = browser.waitForText("#context-" + items.get(0).id(), "<p onmouseover=");
        assertEquals("Plants take in carbon dioxide and release oxygen.", context.findElement(By.tagName("mark")).getText());
        noScriptRan();
        browser.screenshot("instructor-3-review");
        browser.assertAccessible("instructor review");

        // Approve the first, reject the second, move the third to the top.
        browser.find("#item-" + items.get(0).id() + " button.primary").click();
        browser.waitForText("#counts", "1 approved, " + (n + 2) + " draft, 0 rejected");
        assertEquals("item-" + items.get(0).id() + "-h", browser.focused().getAttribute("id"), "focus stays with the item");
        browser.find("#item-" + items.get(1).id() + " button.danger").click();
        browser.waitForText("#counts", "1 approved, " + (n + 1) + " draft, 1 rejected");
        browser.find("#up-" + items.get(2).id()).click();
        browser.waitForText("#status", "Moved to position " + (n + 2));
        browser.find("#up-" + items.get(2).id()).click();
        browser.waitForText("#status", "Moved to position " + (n + 1));
        var expectedOrder = new java.util.ArrayList<>(generated);
        expectedOrder.addAll(List.of(items.get(2).id(), items.get(0).id(), items.get(1).id()));
        assertEquals(expectedOrder,
                instructorApi.get("api/quizzes/" + quizId).json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                        .map(i -> i.getJsonNumber("id").longValue()).toList());

        // Edit the first item's stem and key.
        WebElement card = browser.find("#item-" + items.get(0).id());
        card.findElements(By.tagName("button")).stream().filter(b -> b.getText().startsWith("Edit")).findFirst().orElseThrow().click();
        String prefix = "#e" + items.get(0).id();
        browser.waitFor("the edit form", d -> browser.findAll(prefix + "-stem").isEmpty() ? null : true);
        browser.find(prefix + "-stem").clear();
        browser.find(prefix + "-stem").sendKeys("Which gas do green plants absorb?");
        browser.find(prefix + "-key-0").sendKeys(org.openqa.selenium.Keys.SPACE);
        browser.screenshot("instructor-4-edit");
        browser.assertAccessible("instructor edit");
        browser.find(prefix + "-stem").submit();
        browser.waitForText("#status", "Item saved.");
        JsonObject edited = instructorApi.get("api/quizzes/" + quizId).json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getJsonNumber("id").longValue() == items.get(0).id()).findFirst().orElseThrow();
        assertEquals("Which gas do green plants absorb?", edited.getString("stem"));
        assertTrue(edited.getJsonArray("choices").getJsonObject(0).getBoolean("correct"), "option 1 is now the key");

        // Write an item by hand.
        browser.find("#new-stem").sendKeys("What colour is chlorophyll?");
        browser.find("#new-opt-0").sendKeys("Green");
        browser.find("#new-opt-1").sendKeys("Red");
        browser.find("#new-explanation").sendKeys("It reflects green light.");
        browser.find("#new-stem").submit();
        browser.waitForText("#status", "Item added as a draft.");
        browser.waitForText("#counts", (n + 4) + " items");
        noScriptRan();
    }

    @Test
    void createsQuizzesFromPastedTextAndFromAStoredArticle() {
        String title = "Stored <img src=x onerror=\"window.__pwned = 5\"> article";
        Api.Reply stored = instructorApi.post("api/articles", jakarta.json.Json.createObjectBuilder()
                .add("fileName", "stored.txt").add("title", title).add("text", "Water boils at 100 degrees Celsius at sea level.")
                .build().toString());
        assertEquals(201, stored.status(), stored::toString);
        long storedId = stored.json().getJsonNumber("id").longValue();

        browser.open(base + "app/launch.html#session=" + instructorToken + "&role=instructor");
        browser.waitForText("#create-heading", "Create a quiz");
        browser.find("#quiz-title").sendKeys("Pasted quiz");
        browser.find("#article-text").sendKeys("<script>window.__pwned = 6</script> Ice melts at 0 degrees Celsius.");
        browser.find("#create-button").click();
        browser.waitLongerFor("the generator to finish", 180, d -> browser.findAll("#go-review").isEmpty() ? null : true);
        noScriptRan();
        // issue 13: the list above shows the new quiz without a reload
        browser.waitForText("#quiz-list", "Pasted quiz");

        browser.driver.navigate().refresh();
        browser.waitForText("main table", "Pasted quiz");
        browser.find("#quiz-title").sendKeys("From a stored article");
        browser.find("label[for='source-stored']").click();
        WebElement label = browser.find("label[for='article-" + storedId + "']");
        assertEquals(title, label.getText(), "the stored article's title shows as text");
        label.click();
        browser.screenshot("instructor-7-stored-articles");
        browser.assertAccessible("instructor stored articles");
        browser.find("#create-button").click();
        browser.waitLongerFor("the generator to finish", 180, d -> browser.findAll("#go-review").isEmpty() ? null : true);
        noScriptRan();

        var quizzes = instructorApi.get("api/quizzes").structure().asJsonArray().getValuesAs(JsonObject.class);
        JsonObject fromStored = quizzes.stream().filter(q -> q.getString("title").equals("From a stored article")).findFirst().orElseThrow();
        assertEquals(storedId, fromStored.getJsonArray("articleIds").getJsonNumber(0).longValue());
        JsonObject pasted = quizzes.stream().filter(q -> q.getString("title").equals("Pasted quiz")).findFirst().orElseThrow();
        long pastedArticle = pasted.getJsonArray("articleIds").getJsonNumber(0).longValue();
        assertEquals("<script>window.__pwned = 6</script> Ice melts at 0 degrees Celsius.",
                instructorApi.get("api/articles/" + pastedArticle).json().getString("text"));
    }

    @Test
    void downloadsTheApprovedItemsFromTheReviewPage() {
        var quiz = QuizBuilder.aQuiz().titled("Export <b>test</b>").create(instructorApi);
        browser.open(base + "app/launch.html#session=" + instructorToken + "&quiz=" + quiz.id() + "&role=instructor");
        browser.waitForText("#counts", "3 approved");
        browser.waitForText("#export-hint", "Download the 3 approved items");
        // The file comes through fetch with the bearer token and a blob: URL, named as the server says.
        browser.click(browser.find("#export-gift"));
        browser.waitForText("#status", "GIFT downloaded as export-b-test-b.gift.txt.");
        // issue 13: the QTI 3.0 package names no platform that was not verified to import it (Canvas takes QTI 1.2)
        assertFalse(browser.find("#exports").getText().contains("Canvas New Quizzes"), browser.find("#exports").getText());
        browser.click(browser.find("#export-qti"));
        browser.waitForText("#status", "QTI 3.0 package downloaded as export-b-test-b.qti.zip.");
        browser.click(browser.find("#export-qti12"));
        browser.waitForText("#status", "QTI 1.2 package downloaded as export-b-test-b.qti12.zip.");
        browser.script("document.getElementById('export-heading').scrollIntoView()");
        browser.screenshot("instructor-6-export");
        browser.assertAccessible("instructor export");
        noScriptRan();
    }

    /** Issue 13: bulk approve on the review page. */
    @Test
    void approvesEveryDraftAtOnce() {
        var quiz = QuizBuilder.aQuiz().titled("Bulk review").drafts().create(instructorApi);
        browser.open(base + "app/launch.html#session=" + instructorToken + "&quiz=" + quiz.id() + "&role=instructor");
        browser.waitForText("#counts", "3 draft");
        browser.assertAccessible("review with bulk actions");
        browser.click(browser.find("#approve-all"));
        browser.waitForText("#counts", "3 approved, 0 draft");
        assertTrue(browser.findAll("#approve-all").isEmpty(), "no bulk buttons without drafts");
    }

    /**
     * Issue 13: after a rejection the review page numbers items as an attempt does (students see the approved items as
     * 1, 2, …), so "item 2" means the same question to the teacher and the students; a rejected item has no number.
     */
    @Test
    void itemNumbersAreTheStudentsAfterARejection() {
        var quiz = QuizBuilder.aQuiz().titled("Numbered").create(instructorApi);
        var first = quiz.items().get(0);
        assertEquals(200, instructorApi.put("api/quizzes/" + quiz.id() + "/items/" + first.id() + "/review",
                "{\"state\": \"RETIRED\"}").status());
        browser.open(base + "app/launch.html#session=" + instructorToken + "&quiz=" + quiz.id() + "&role=instructor");
        browser.waitForText("#counts", "2 approved");
        assertEquals("Rejected", browser.find("#item-" + first.id() + "-h").getText().strip());
        assertTrue(browser.find("#item-" + quiz.items().get(1).id() + "-h").getText().startsWith("Item 1"),
                browser.find("#item-" + quiz.items().get(1).id() + "-h").getText());
        assertTrue(browser.find("#item-" + quiz.items().get(2).id() + "-h").getText().startsWith("Item 2"));
        String student = TestDatabase.session("Sam Student", "LEARNER", "test-course", quiz.id()).token();
        var started = new Api(base, student).post("api/quizzes/" + quiz.id() + "/attempts", null).json();
        var delivered = started.getJsonArray("items").getJsonObject(0);
        assertEquals(quiz.items().get(1).id(), delivered.getJsonNumber("itemId").longValue());
        assertEquals(1, delivered.getInt("number"), "the student's question 1 is the teacher's item 1");
    }

    /** Issue 13: a "Preview" button; the teacher's attempt is a preview, never queued for the gradebook nor listed. */
    @Test
    void previewsTheQuizFromTheReviewPageWithoutAGradeOrAResultsRow() {
        var quiz = QuizBuilder.aQuiz().titled("Preview me").create(instructorApi);
        browser.open(base + "app/launch.html#session=" + instructorToken + "&quiz=" + quiz.id() + "&role=instructor");
        browser.waitForText("#counts", "3 approved");
        browser.click(browser.find("#preview"));
        browser.click(browser.waitFor("the start button", d -> browser.findAll("#start").stream().findFirst().orElse(null)));
        browser.waitForText("h2", "Question 1");
        // issue 13: the whole way through, the page says it is a preview
        assertTrue(browser.find("#preview-banner").getText().startsWith("Preview. You are taking this quiz as a student would"),
                browser.find("#preview-banner").getText());
        browser.assertAccessible("instructor preview with its banner");
        browser.click(browser.find("#finish"));
        browser.waitForText("h1", "Finish your attempt");
        browser.click(browser.find("#submit"));
        browser.waitForText("#score", "Score:");
        assertTrue(browser.find("#preview-banner").isDisplayed(), "the result is a preview's too");
        browser.screenshot("instructor-8-preview-result");
        assertEquals(1, TestDatabase.count("select count(*) from attempt where quiz_id = ? and preview", quiz.id()));
        assertEquals(0, TestDatabase.count("select count(*) from lti_score_outbox o join attempt a on a.id = o.attempt_id"
                + " where a.quiz_id = ?", quiz.id()));
        var results = instructorApi.get("api/quizzes/" + quiz.id() + "/results").json();
        assertEquals(0, results.getJsonArray("students").getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(st -> st.getInt("attemptCount", 0) > 0).count(), results.toString());
    }

    @Test
    void changesSettingsAndGivesAStudentExtraTime() {
        var quiz = QuizBuilder.aQuiz().titled("Settings <i>test</i>").create(instructorApi);
        var student = TestDatabase.session("Ada Accommodated", "LEARNER");
        browser.open(base + "app/launch.html#session=" + instructorToken + "&quiz=" + quiz.id() + "&role=instructor");
        browser.waitForText("#counts", "3 approved");
        browser.driver.findElement(By.linkText("Change settings and accommodations")).click();
        browser.waitForText("h1", "Settings: Settings <i>test</i>");
        browser.screenshot("instructor-5-settings");
        browser.assertAccessible("instructor settings");

        browser.find("#attempts").sendKeys("2");
        browser.find("#time-limit").sendKeys("30");
        browser.find("#feedback").sendKeys("Immediately");
        browser.find("#attempts").submit();
        browser.waitForText("#status", "Settings saved.");
        JsonObject settings = instructorApi.get("api/quizzes/" + quiz.id()).json().getJsonObject("settings");
        assertEquals(2, settings.getInt("attemptsAllowed"));
        assertEquals(1800, settings.getInt("timeLimitSeconds"));
        assertEquals("IMMEDIATE", settings.getString("feedbackTiming"));

        browser.find("#acc-user").sendKeys(String.valueOf(student.userId()));
        browser.find("#acc-minutes").clear();
        browser.find("#acc-minutes").sendKeys("15");
        browser.find("#acc-user").submit();
        browser.waitForText("#status", "Accommodation saved");
        // issue 13: the settings page lists who has one, by name
        browser.waitFor("the accommodation listed", d -> browser.find("#accommodations").getText().contains("Ada Accommodated 15 min") ? true : null);
        Api studentApi = new Api(base, student.token());
        JsonObject attempt = studentApi.post("api/quizzes/" + quiz.id() + "/attempts", null).json();
        long minutes = java.time.Duration.between(java.time.Instant.parse(attempt.getString("startedAt")),
                java.time.Instant.parse(attempt.getString("endsAt"))).toMinutes();
        assertEquals(45, minutes, "30 minutes and 15 extra");
        browser.screenshot("instructor-6-settings-saved");
        browser.assertAccessible("instructor settings saved");
        assertFalse(browser.find("main").getText().contains("<i>") && browser.findAll("main i").size() > 0);
    }
}
