package org.articlequiz.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import org.articlequiz.testing.Api;
import org.articlequiz.testing.Delivered;
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

/** The instructor's results page in a real Chromium: scores, an attempt, the charts, item analysis, and a regrade. */
@ExtendWith(ArquillianExtension.class)
class ResultsPageIT {

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

    /** One student's attempt through the API: answers[i] true = the key, false = a wrong option, null = none. */
    private void attempt(QuizBuilder.BuiltQuiz quiz, String name, Boolean... answers) {
        Api student = new Api(base, TestDatabase.session(name, "LEARNER").token());
        JsonObject started = student.post("api/quizzes/" + quiz.id() + "/attempts", null).json();
        long attempt = started.getJsonNumber("attemptId").longValue();
        for (int i = 0; i < answers.length; i++) {
            if (answers[i] != null) {
                var item = quiz.items().get(i);
                String choice = Delivered.token(started, item.id(), answers[i] ? item.keyText() : item.wrongText());
                Api.Reply saved = student.put("api/attempts/" + attempt + "/responses/" + item.id(),
                        "{\"choiceId\": \"" + choice + "\", \"seq\": 1}");
                assertEquals(200, saved.status(), saved::toString);
            }
        }
        assertEquals(200, student.post("api/attempts/" + attempt + "/submit", null).status());
    }

    /**
     * Issue 13: item analysis numbers items as the students saw them. The quiz's first item was rejected before anyone
     * took it, so the students' questions 1 and 2 are the quiz's second and third items: the item analysis (its table,
     * its chart and its distractor sections) and an attempt's detail call them items 1 and 2, never 2 and 3.
     */
    @Test
    void itemAnalysisNumbersItemsAsStudentsSawThemAfterARejection() {
        String token = TestDatabase.session("Ines Instructor", "INSTRUCTOR").token();
        Api instructor = new Api(base, token);
        var quiz = QuizBuilder.aQuiz().titled("Numbered results").create(instructor);
        var rejected = quiz.items().get(0);
        assertEquals(200, instructor.put("api/quizzes/" + quiz.id() + "/items/" + rejected.id() + "/review",
                "{\"state\": \"RETIRED\"}").status());
        attempt(quiz, "Alice", null, true, true);
        attempt(quiz, "Bob", null, true, false);
        attempt(quiz, "Carol", null, false, false);

        browser.open(base + "app/launch.html#session=" + token + "&quiz=" + quiz.id() + "&role=instructor");
        browser.waitForText("#counts", "2 approved");
        browser.driver.findElement(By.linkText("Results")).click();
        browser.waitFor("the item analysis", d -> browser.findAll("#items-table tbody tr").size() == 2 ? true : null);
        var rows = browser.findAll("#items-table tbody tr");
        var second = quiz.items().get(1);
        var third = quiz.items().get(2);
        assertEquals("Item 1", rows.get(0).findElement(By.tagName("th")).getText().strip());
        assertTrue(rows.get(0).getText().contains(second.stem()), rows.get(0).getText());
        assertEquals("Item 2", rows.get(1).findElement(By.tagName("th")).getText().strip());
        assertTrue(rows.get(1).getText().contains(third.stem()), rows.get(1).getText());
        String chart = browser.find("svg#item-chart").getText();
        assertTrue(chart.contains("Item 1") && chart.contains("Item 2") && !chart.contains("Item 3"), chart);
        var sections = browser.findAll("#analysis details.distractors summary");
        assertEquals(2, sections.size());
        assertEquals("Item 1: " + second.stem(), sections.get(0).getText().strip());
        assertEquals("Item 2: " + third.stem(), sections.get(1).getText().strip());
        browser.screenshot("results-4-numbered-after-rejection");

        // the same numbers in an attempt's detail: Bob's question 1 (right) is item 1, his question 2 (wrong) item 2
        browser.findAll("#scores button").stream().filter(b -> b.getText().startsWith("Attempt 1: 50")).findFirst().orElseThrow().click();
        String detail = browser.waitForText("#attempt-detail", "attempt 1").getText();
        assertTrue(detail.contains("Question 1: ✓ right") && detail.contains("Question 2: ✗ wrong"), detail);
        assertTrue(detail.indexOf(second.stem()) < detail.indexOf(third.stem()), detail);

        // and in the CSV download's columns (they were Q2 and Q3, the items' places in the quiz)
        String header = instructor.get("api/quizzes/" + quiz.id() + "/results/csv", "text/csv").body().lines().findFirst().orElseThrow();
        assertTrue(header.endsWith("Q1 " + second.stem() + ",Q2 " + third.stem()), header);
    }

    @Test
    void showsScoresChartsAndItemAnalysisAndRegradesAnEditedKey() {
        String token = TestDatabase.session("Ines Instructor", "INSTRUCTOR").token();
        Api instructor = new Api(base, token);
        var quiz = QuizBuilder.aQuiz().titled("Results <em>demo</em>").create(instructor);
        attempt(quiz, "Alice <b>A</b>", true, true, true);
        attempt(quiz, "Bob", true, false, null);
        attempt(quiz, "Carol", false, false, true);
        attempt(quiz, "Dave", true, true, false);
        attempt(quiz, "Erin", false, false, false);

        browser.open(base + "app/launch.html#session=" + token + "&quiz=" + quiz.id() + "&role=instructor");
        browser.waitForText("#counts", "3 approved");
        browser.driver.findElement(By.linkText("Results")).click();
        browser.waitForText("#scores", "Alice <b>A</b>");
        browser.waitFor("the charts", d -> browser.findAll("svg#histogram").isEmpty() || browser.findAll("svg#item-chart").isEmpty() ? null : true);
        String page = browser.find("main").getText();
        assertTrue(page.contains("5 students started the quiz."), page);
        assertTrue(browser.find("#scores").getText().contains("100%"), "Alice's grade");
        assertEquals(10, browser.findAll("svg#histogram rect").size(), "ten bands");
        assertEquals(3, browser.findAll("#items-table tbody tr").size());
        assertTrue(page.contains("Cronbach's alpha"), page);
        assertTrue(browser.find("#analysis").getText().contains("Only 5 graded attempts") || browser.find("#analysis").getText().contains("5"),
                "the low-n warning is shown");
        assertEquals(0L, browser.script("return document.querySelectorAll('main b, main em').length"), "names and titles are text");
        browser.screenshot("results-1-page");
        browser.assertAccessible("results");

        // One attempt in detail.
        browser.findAll("#scores button").stream().filter(b -> b.getText().startsWith("Attempt 1: 33")).findFirst().orElseThrow().click();
        WebElement detail = browser.waitForText("#attempt-detail", "attempt 1");
        assertEquals("detail-heading", browser.focused().getAttribute("id"));
        assertTrue(detail.getText().contains("Question 1"), detail.getText());
        // The distractor analysis of item 1.
        browser.find("#analysis details.distractors summary").click();
        browser.screenshot("results-2-detail");
        browser.assertAccessible("results detail");

        // The key of item 2 was wrong: correct it on the review page and regrade the finished attempts.
        var q2 = quiz.items().get(1);
        browser.driver.findElement(By.linkText("Results <em>demo</em>")).sendKeys(org.openqa.selenium.Keys.ENTER);
        browser.waitForText("#counts", "3 approved");
        WebElement card = browser.find("#item-" + q2.id());
        card.findElements(By.tagName("button")).stream().filter(b -> b.getText().startsWith("Edit")).findFirst().orElseThrow().click();
        String prefix = "#e" + q2.id();
        browser.waitFor("the edit form", d -> browser.findAll(prefix + "-stem").isEmpty() ? null : true);
        int wrongIndex = q2.choiceIds().indexOf(q2.wrong());
        browser.find(prefix + "-key-" + wrongIndex).click();
        browser.find(prefix + "-stem").submit();
        browser.waitForText("#regrade-" + q2.id(), "finished attempts answered this item");
        browser.screenshot("results-3-regrade-offer");
        browser.assertAccessible("regrade offer");
        browser.find("#regrade-" + q2.id() + " button").click();
        browser.waitForText("#regrade-" + q2.id(), "Regraded:");

        JsonObject results = instructor.get("api/quizzes/" + quiz.id() + "/results").json();
        JsonObject carol = results.getJsonArray("students").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("name").equals("Carol")).findFirst().orElseThrow();
        assertEquals(2.0 / 3, carol.getJsonNumber("grade").doubleValue(), 1e-3, "Carol's wrong option is now the key");
        assertTrue(List.of("DRAFT", "APPROVED").contains(instructor.get("api/quizzes/" + quiz.id()).json()
                .getJsonArray("items").getJsonObject(1).getString("state")));
    }
}
