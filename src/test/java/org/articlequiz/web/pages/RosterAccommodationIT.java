package org.articlequiz.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.articlequiz.devtools.sandbox.LtiBrowser;
import org.articlequiz.devtools.sandbox.SandboxPlatform;
import org.articlequiz.testing.Api;
import org.articlequiz.testing.Deployments;
import org.articlequiz.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 13, accommodations by name with a real roster: the teacher, launched from the sandbox platform's course page,
 * picks a student by name from the course's roster (LTI NRPS) on the quiz's settings page before that student ever
 * launched (the roster has no user of ours for them yet), and the student's first launch and attempt get the extra time.
 */
class RosterAccommodationIT extends SandboxPagesBase {

    @Test
    void theTeacherGivesExtraTimeByNameBeforeTheStudentsFirstLaunchAndTheStudentGetsIt() throws Exception {
        String root = base.toString().replaceAll("/$", "");
        sandbox = SandboxPlatform.start(0, root);
        assertEquals(201, sandbox.registerWith(root, Deployments.ADMIN_TOKEN).statusCode());
        Api teacher = new Api(base, new LtiBrowser().launch(sandbox.launchLink("instructor-1")).session());
        QuizBuilder.BuiltQuiz quiz = QuizBuilder.aQuiz().titled("Week 2 reading quiz")
                .withSettings("{\"timeLimitSeconds\": 300}").create(teacher);
        assertEquals(200, new LtiBrowser().deepLink(sandbox.deepLinkingLink("instructor-1"), quiz.id()).status());
        assertEquals(0, TestDatabase.count("select count(*) from app_user where subject = 'student-6' and issuer = ?",
                sandbox.issuer()),
                "Rui has never launched: the tool knows nothing of him but what the roster says");

        try (Browser instructor = Browser.start()) {
            instructor.open(sandbox.baseUrl() + "/");
            instructor.driver.findElement(By.partialLinkText("Launch as instructor")).click();
            instructor.driver.switchTo().frame("tool");
            instructor.waitLongerFor("the quiz's page in the course's frame", 30,
                    d -> instructor.findAll("a[href^='settings.html']").isEmpty() ? null : true);
            instructor.driver.findElement(By.linkText("Change settings and accommodations")).click();
            WebElement member = instructor.waitFor("the roster's students", d -> instructor.findAll("#acc-member option").stream()
                    .anyMatch(o -> o.getText().equals("Rui Newcomer")) ? instructor.find("#acc-member") : null);
            assertFalse(instructor.find("#acc-member").getText().contains("Ines Instructor"), "students only");
            new Select(member).selectByVisibleText("Rui Newcomer");
            instructor.find("#acc-minutes").clear();
            instructor.find("#acc-minutes").sendKeys("10");
            instructor.find("#acc-minutes").submit();
            instructor.waitForText("#status", "Accommodation saved for Rui Newcomer: 10 extra minutes");
            instructor.waitFor("Rui listed", d -> instructor.find("#accommodations").getText().contains("Rui Newcomer 10 min") ? true : null);
            instructor.driver.switchTo().defaultContent();
            instructor.screenshot("roster-1-extra-time-by-name-before-the-first-launch");
        }

        try (Browser student = Browser.start()) {
            student.open(sandbox.launchLink("student-6").toString());
            student.waitLongerFor("the quiz's start page", 30, d -> student.findAll("#start").isEmpty() ? null : true);
            String rules = student.find("main").getText();
            assertTrue(rules.contains("You will have 15 minutes"), "5 minutes and 10 extra: " + rules);
            student.click(student.find("#start"));
            student.waitFor("the first question", d -> student.findAll("#start").isEmpty() ? true : null);
            student.screenshot("roster-2-student-has-the-extra-time");
        }
        assertEquals(1, TestDatabase.count("select count(*) from attempt a join app_user u on u.id = a.user_id"
                + " where a.quiz_id = ? and u.subject = 'student-6' and u.issuer = ? and a.ends_at - a.started_at = interval '15 minutes'",
                quiz.id(), sandbox.issuer()));
    }
}
