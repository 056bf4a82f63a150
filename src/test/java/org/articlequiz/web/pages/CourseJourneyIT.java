package org.articlequiz.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.articlequiz.devtools.sandbox.SandboxPlatform;
import org.articlequiz.testing.Deployments;
import org.articlequiz.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The whole journey in real Chromium, inside the sandbox platform's course page and through real LTI 1.3 launches:
 * the instructor writes a quiz from an article, reviews and approves it and adds it to the course by deep linking;
 * a student takes it with the network cut mid-attempt, submits, sees feedback and the gradebook's confirmation; the
 * instructor reads the item analysis. Our pages run in the platform's iframe, so this also proves that
 * {@code frame-ancestors} lets the registered platform frame them.
 */
class CourseJourneyIT extends SandboxPagesBase {
    static final String ADMIN_TOKEN = Deployments.ADMIN_TOKEN;

    private void platform() throws Exception {
        String root = base.toString().replaceAll("/$", "");
        sandbox = SandboxPlatform.start(0, root);
        var registered = sandbox.registerWith(root, ADMIN_TOKEN);
        assertEquals(201, registered.statusCode(), registered::body);
    }

    /** Clicks a link of the sandbox's course page; the tool opens in its frame, which the browser then looks into. */
    private static void launchFromCourse(Browser browser, String linkText) {
        browser.driver.switchTo().defaultContent();
        browser.driver.findElement(By.partialLinkText(linkText)).click();
        browser.driver.switchTo().frame("tool");
    }

    private static WebElement button(Browser browser, String css, String text) {
        return browser.findAll(css).stream().filter(b -> b.getText().startsWith(text)).findFirst().orElse(null);
    }

    @Test
    void anInstructorPublishesAQuizAndAStudentTakesItInsideTheCourse() throws Exception {
        platform();
        String article = Files.readString(Path.of(System.getProperty("articlequiz.seeds", "seeds"), "004_ef8f01157a760a81.txt"));

        try (Browser instructor = Browser.start()) {
            instructor.open(sandbox.baseUrl() + "/");
            launchFromCourse(instructor, "Launch as instructor");
            instructor.waitLongerFor("the instructor's page in the frame", 30,
                    d -> instructor.findAll("#create-heading").isEmpty() ? null : true);
            instructor.find("#quiz-title").sendKeys("Week 1 reading");
            instructor.script("const t = document.getElementById('article-text'); t.value = arguments[0];", article);
            instructor.find("#create-button").click();
            instructor.waitLongerFor("the generator to finish", 240, d -> instructor.findAll("#go-review").isEmpty() ? null : true);
            instructor.find("#go-review").click();
            instructor.waitForText("#counts", "draft");
            long quizId = Long.parseLong(((String) instructor.script("return location.href")).replaceAll(".*quiz=(\\d+).*", "$1"));

            // Review: approve every draft.
            for (int i = 0; i < 100; i++) {
                WebElement approve = button(instructor, "main .item-card button.primary", "Approve");
                if (approve == null) {
                    break;
                }
                String before = instructor.find("#counts").getText();
                approve.click();
                instructor.waitFor("the approval", d -> instructor.find("#counts").getText().equals(before) ? null : true);
            }
            assertTrue(instructor.find("#counts").getText().contains(" 0 draft"), instructor.find("#counts").getText());
            instructor.driver.switchTo().defaultContent();
            instructor.screenshot("journey-1-instructor-review-in-course");
            instructor.driver.switchTo().frame("tool");
            instructor.assertAccessible("journey review");

            // Publish: the platform's "add activity" (deep linking) picks the quiz.
            launchFromCourse(instructor, "Add activity (deep linking)");
            instructor.waitLongerFor("the picker", 30, d -> instructor.findAll("input[name='quizId'][value='" + quizId + "']").isEmpty() ? null : true);
            // issue 13: the picker passes axe, and each button names its quiz
            instructor.assertAccessible("deep linking picker");
            assertEquals("Add Week 1 reading", instructor.find("form:has(input[name='quizId'][value='" + quizId + "']) button")
                    .getAttribute("aria-label"));
            instructor.find("form:has(input[name='quizId'][value='" + quizId + "']) button").click();
            instructor.driver.switchTo().defaultContent();
            instructor.waitFor("the link in the course", d -> sandbox.deepLinkResponses().isEmpty() ? null : true);

            // A student takes it, with the network cut in the middle.
            try (Browser student = Browser.start()) {
                student.open(sandbox.baseUrl() + "/");
                launchFromCourse(student, "Launch as student");
                student.waitLongerFor("the quiz's start page in the frame", 30, d -> student.findAll("#start").isEmpty() ? null : true);
                assertTrue(student.find("main h1").getText().contains("Week 1 reading"));
                student.find("#start").click();
                student.waitForText("h2", "Question 1");
                if (!student.findAll("#per-page").isEmpty()) { // every question on one page
                    student.script("const s = document.getElementById('per-page'); s.value = s.options[s.options.length - 1].value;"
                            + " s.dispatchEvent(new Event('change'));");
                }
                List<WebElement> sections = student.findAll("#questions section.question");
                int n = sections.size();
                for (int i = 0; i < n; i++) {
                    if (i == n / 2) {
                        student.offline(true);
                    }
                    student.findAll("#questions section.question").get(i).findElement(By.cssSelector(".choice label")).click();
                }
                student.waitForText("#save-state", "Offline: your answers are kept on this device");
                student.driver.switchTo().defaultContent();
                student.screenshot("journey-2-student-offline-in-course");
                student.driver.switchTo().frame("tool");
                student.offline(false);
                student.waitLongerFor("the answers to be saved", 40, d -> student.find("#save-state").getText().contains("All answers saved") ? true : null);
                assertEquals((long) n, TestDatabase.count("select count(*) from response r join attempt a on a.id = r.attempt_id where a.quiz_id = ?", quizId));

                student.find("#finish").click();
                student.waitForText("h1", "Finish your attempt");
                student.find("#submit").click();
                student.waitForText("#score", "Score:");
                student.waitLongerFor("the gradebook's confirmation", 60,
                        d -> student.find("#gradebook").getText().contains("Your grade is in the course gradebook.") ? true : null);
                assertFalse(sandbox.scores().isEmpty(), "the platform received the score");
                student.driver.switchTo().defaultContent();
                student.screenshot("journey-3-student-result-in-course");
                student.driver.switchTo().frame("tool");
                student.assertAccessible("journey student result");
            }

            // The instructor reads the item analysis.
            // The course's link now opens the linked quiz's review page; its Results link leads on (inside the frame).
            launchFromCourse(instructor, "Launch as instructor");
            instructor.waitLongerFor("the quiz's review page", 30, d -> instructor.findAll("#counts").isEmpty() ? null : true);
            instructor.find("main p.lead a[href^='results.html']").click();
            instructor.waitForText("#scores", "Sam Student");
            instructor.waitFor("the item analysis", d -> instructor.findAll("#items-table tbody tr").isEmpty() ? null : true);
            instructor.driver.switchTo().defaultContent();
            instructor.screenshot("journey-4-results-in-course");
            instructor.driver.switchTo().frame("tool");
            instructor.assertAccessible("journey results");
        }
    }
}
