package org.articlequiz.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import org.articlequiz.testing.Api;
import org.articlequiz.testing.Deployments;
import org.articlequiz.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A launch session is for one course: a quiz of another course is refused to its instructors and students, even
 * with a guessed id, and a student launched for one quiz cannot open another.
 */
@ExtendWith(ArquillianExtension.class)
class CourseIsolationIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    QuizFixture quiz;
    Api otherInstructor;
    Api otherStudent;

    @BeforeEach
    void twoCourses() {
        quiz = new QuizFixture(new Api(base, TestDatabase.session("Ines", "INSTRUCTOR", "course-a", null).token()), "{}", 2);
        otherInstructor = new Api(base, TestDatabase.session("Olaf", "INSTRUCTOR", "course-b", null).token());
        otherStudent = new Api(base, TestDatabase.session("Olga", "LEARNER", "course-b", null).token());
    }

    @Test
    void anInstructorOfAnotherCourseNeitherSeesNorChangesTheQuiz() {
        String q = "api/quizzes/" + quiz.quizId;
        assertTrue(otherInstructor.get(q).isProblem(403, "other-course"));
        assertTrue(otherInstructor.get(q + "/results").isProblem(403, "other-course"));
        assertTrue(otherInstructor.get(q + "/results/items").isProblem(403, "other-course"));
        assertTrue(otherInstructor.put(q + "/settings", "{\"attemptsAllowed\": 9}").isProblem(403, "other-course"));
        assertTrue(otherInstructor.put(q + "/items/" + quiz.itemIds.get(0) + "/review", "{\"state\": \"RETIRED\"}")
                .isProblem(403, "other-course"));
        assertTrue(otherInstructor.get(q + "/items/" + quiz.itemIds.get(0) + "/regrade").isProblem(403, "other-course"));
        Api.Reply listed = otherInstructor.get("api/quizzes");
        assertFalse(listed.structure().asJsonArray().getValuesAs(JsonObject.class).stream()
                .anyMatch(o -> o.getJsonNumber("id").longValue() == quiz.quizId), listed::toString);
        assertEquals(1, TestDatabase.count("select count(*) from quiz where id = ? and attempts_allowed is null", quiz.quizId),
                "the refused settings changed nothing");
        assertEquals(404, otherInstructor.get("api/quizzes/999999999").status());
    }

    @Test
    void aStudentOfAnotherCourseCannotOpenTakeOrPractiseIt() {
        String q = "api/quizzes/" + quiz.quizId;
        assertTrue(otherStudent.get(q + "/overview").isProblem(403, "other-course"));
        assertTrue(otherStudent.post(q + "/attempts", null).isProblem(403, "other-course"));
        assertTrue(otherStudent.get(q + "/practice").isProblem(403, "other-course"));
        assertEquals(0, TestDatabase.count("select count(*) from attempt where quiz_id = ?", quiz.quizId));
    }

    @Test
    void aStudentLaunchedForOneQuizCannotOpenAnotherOfTheCourse() {
        Api ines = new Api(base, TestDatabase.session("Ines", "INSTRUCTOR", "course-a", null).token());
        QuizFixture notYetInTheCourse = new QuizFixture(ines, "{}", 1);
        Api sam = new Api(base, TestDatabase.session("Sam", "LEARNER", "course-a", quiz.quizId).token());
        Api.Reply own = sam.post("api/quizzes/" + quiz.quizId + "/attempts", null);
        assertEquals(200, own.status(), own::toString);
        JsonObject started = own.json();
        assertEquals(quiz.quizId, started.getJsonNumber("quizId").longValue());
        assertTrue(sam.post("api/quizzes/" + notYetInTheCourse.quizId + "/attempts", null).isProblem(403, "other-quiz"));
        assertTrue(sam.get("api/quizzes/" + notYetInTheCourse.quizId + "/overview").isProblem(403, "other-quiz"));
    }

    @Test
    void aStoredArticleBelongsToItsCourse() {
        Api ines = new Api(base, TestDatabase.session("Ines", "INSTRUCTOR", "course-a", null).token());
        String text = "{\"fileName\": \"harbour.txt\", \"text\": \"The harbour reopened on 3 May 2021 after a storm closed it for nine days.\"}";
        Api.Reply stored = ines.post("api/articles", text);
        assertEquals(201, stored.status(), stored::toString);
        long article = stored.json().getJsonNumber("id").longValue();

        assertTrue(otherInstructor.get("api/articles/" + article).isProblem(403, "other-course"));
        assertFalse(otherInstructor.get("api/articles").structure().asJsonArray().getValuesAs(JsonObject.class).stream()
                .anyMatch(o -> o.getJsonNumber("id").longValue() == article), "another course's list leaves it out");
        assertTrue(otherInstructor.post("api/quizzes", "{\"title\": \"Copied\", \"articleIds\": [" + article + "]}")
                .isProblem(403, "other-course"));
        assertTrue(otherInstructor.post("api/generation-jobs", "{\"title\": \"Copied\", \"articleIds\": [" + article + "]}")
                .isProblem(403, "other-course"));
        assertTrue(otherStudent.get("api/articles/" + article).isProblem(403, "instructor-only"));

        Api.Reply own = otherInstructor.post("api/articles", text);
        assertEquals(201, own.status(), own::toString);
        assertTrue(own.json().getJsonNumber("id").longValue() != article, "the same text stored in another course is its own copy");
        assertEquals(article, ines.post("api/articles", text).json().getJsonNumber("id").longValue(), "and once per course");
    }
}
