package org.articlequiz.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.URL;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/** The practice page in a real Chromium: feedback after every answer, the paragraph of the article, a missed question back. */
@ExtendWith(ArquillianExtension.class)
class PracticePageIT {
    /** The article QuizBuilder's items cite, so the feedback can show each source sentence in its paragraph. */
    static final String ARTICLE = """
            How plants make food

            During photosynthesis, plants take in carbon dioxide from the air and release oxygen. It happens in daylight.

            Photosynthesis takes place in the chloroplasts, which contain the green pigment chlorophyll.

            Chlorophyll absorbs mostly blue and red light and reflects green.""";

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

    private long practiceQuiz() {
        Api.Reply article = instructor.post("api/articles", Json.createObjectBuilder().add("fileName", "photosynthesis.txt")
                .add("title", "How plants make food").add("text", ARTICLE).build().toString());
        assertEquals(201, article.status(), article::toString);
        Api.Reply quiz = instructor.post("api/quizzes", Json.createObjectBuilder().add("title", "Photosynthesis practice")
                .add("settings", Json.createObjectBuilder().add("practice", true).add("shuffleChoices", false))
                .add("articleIds", Json.createArrayBuilder().add(article.json().getJsonNumber("id").longValue()))
                .build().toString());
        assertEquals(201, quiz.status(), quiz::toString);
        return quiz.json().getJsonNumber("id").longValue();
    }

    /** Chooses the option that says {@code text} (the page names options by tokens) and checks it. */
    private void answer(String text) {
        browser.option("#practice-form", text).click();
        browser.find("#check").click();
    }

    @Test
    void aStudentPractisesGetsFeedbackAtOnceAndAMissedQuestionComesBack() {
        long quizId = practiceQuiz();
        var items = QuizBuilder.aQuiz().addItemsTo(instructor, quizId);
        String token = TestDatabase.session("Pat Practiser", "LEARNER", "test-course", quizId).token();

        browser.open(base + "app/launch.html#session=" + token + "&quiz=" + quizId + "&role=learner");
        browser.waitForText("#practise", "Practise");
        assertTrue(browser.find("main").getText().contains("not graded"), browser.find("main").getText());
        browser.screenshot("practice-0-overview");
        browser.assertAccessible("practice overview");

        browser.find("#practise").click();
        browser.waitForText("#question-heading", "Question 1");
        browser.waitForText("#progress", "0 of 3 learned");
        browser.find("#check").click();
        browser.waitForText("#answer-problem", "Choose an answer first.");
        browser.screenshot("practice-1-question");
        browser.assertAccessible("practice question");

        // Keyboard: the check moved focus to the first option; Space chooses it (a wrong answer), Enter checks it.
        assertEquals(browser.find("#practice-form .choice input").getAttribute("id"), browser.focused().getAttribute("id"));
        assertEquals("Oxygen", browser.find("#practice-form .choice label").getText(), "the first option, as written");
        new Actions(browser.driver).sendKeys(Keys.SPACE).perform();
        browser.find("#check").sendKeys(Keys.ENTER);
        browser.waitForText("#feedback-heading", "Incorrect");
        String feedback = browser.find("main").getText();
        assertTrue(feedback.contains("Carbon dioxide") && feedback.contains("Correct answer"), feedback);
        assertTrue(feedback.contains("comes back later: answer it right 2 times in a row"), feedback);
        browser.find("details.paragraph summary").click();
        browser.waitForText("details.paragraph p", "It happens in daylight.");
        assertEquals("During photosynthesis, plants take in carbon dioxide from the air and release oxygen.",
                browser.find("details.paragraph mark").getText());
        browser.screenshot("practice-2-feedback");
        browser.assertAccessible("practice feedback");

        browser.find("#next").click();
        browser.waitForText("#question-heading", "Question 2");
        answer(items.get(1).keyText());
        browser.waitForText("#feedback-heading", "Correct");
        browser.waitForText("#comes-back", "Learned");
        browser.find("#next").click();
        browser.waitForText("#question-heading", "Question 3");
        answer(items.get(2).keyText());
        browser.waitForText("#comes-back", "Learned");
        browser.find("#next").click();
        browser.waitForText("#question-heading", "Question 1");
        answer(items.get(0).keyText());
        browser.waitForText("#comes-back", "It is the last one left, so it comes next.");
        browser.find("#next").click();
        browser.waitForText("#question-heading", "Question 1");
        answer(items.get(0).keyText());
        browser.waitForText("#comes-back", "Learned");
        browser.find("#next").click();
        browser.waitForText("#done-heading", "All learned");
        browser.waitForText("#progress", "3 of 3 learned");
        browser.screenshot("practice-3-done");
        browser.assertAccessible("practice done");
        assertEquals(0L, TestDatabase.count("select count(*) from attempt where quiz_id = ?", quizId), "practice is never an attempt");

        // A reload goes on where the student left off: the server keeps the queue.
        browser.find("#restart").click();
        browser.waitForText("#question-heading", "Question 1");
        browser.driver.navigate().refresh();
        browser.waitForText("#progress", "0 of 3 learned");
        browser.waitForText("#question-heading", "Question 1");
    }
}
