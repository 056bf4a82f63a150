package org.articlequiz.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.articlequiz.exchange.ExchangeItem;
import org.articlequiz.exchange.ExchangeReaders;
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
 * Exporting a quiz (issue "Exports: QTI 3.0, Moodle XML, GIFT") over real HTTP: each format is downloaded and read
 * back with the exchange readers, as the importing platform would; only the approved items are in it.
 */
@ExtendWith(ArquillianExtension.class)
class QuizExportIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    Api instructor;
    long quizId;
    /** The approved items as an importer should read them, in order. */
    final List<ExchangeItem> approved = new ArrayList<>();

    @BeforeEach
    void aQuizWithApprovedAndDraftItems() {
        instructor = new Api(base, TestDatabase.session("Ines Instructor", "INSTRUCTOR").token());
        Api.Reply created = instructor.post("api/quizzes", "{\"title\": \"Canals & <locks>: \\\"1790\\\"/1830\"}");
        assertEquals(201, created.status(), created::toString);
        quizId = created.json().getJsonNumber("id").longValue();
        item("Which city did the canal reach in {1816}?", List.of("Leeds", "Liverpool", "York ~ Hull"), 1,
                "The article says: \"it reached Liverpool\" & more.", true);
        item("A draft nobody approved?", List.of("yes", "no"), 0, "Draft.", false);
        item("Who engineered the <first> lock?", List.of("Brindley", "Telford"), 0, "Brindley = engineer #1.", true);
    }

    private void item(String stem, List<String> options, int answer, String explanation, boolean approve) {
        String json = """
                {"stem": %s, "kind": "PLACE", "options": [%s], "answer": %d, "explanation": %s}""".formatted(
                quote(stem), String.join(", ", options.stream().map(QuizExportIT::quote).toList()), answer, quote(explanation));
        Api.Reply item = instructor.post("api/quizzes/" + quizId + "/items", json);
        assertEquals(201, item.status(), item::toString);
        if (approve) {
            long id = item.json().getJsonNumber("id").longValue();
            assertEquals(200, instructor.put("api/quizzes/" + quizId + "/items/" + id + "/review", "{\"state\": \"APPROVED\"}").status());
            // Exported in the order the options are stored: a random one, chosen when the item was added (issue 11).
            List<JsonObject> stored = item.json().getJsonArray("choices").getValuesAs(JsonObject.class);
            List<String> storedOptions = stored.stream().map(c -> c.getString("text")).toList();
            assertEquals(new HashSet<>(options), new HashSet<>(storedOptions));
            assertEquals(options.get(answer), storedOptions.get(stored.stream().map(c -> c.getBoolean("correct")).toList().indexOf(true)));
            approved.add(new ExchangeItem(stem, storedOptions, storedOptions.indexOf(options.get(answer)), explanation));
        }
    }

    private static String quote(String s) {
        return jakarta.json.Json.createValue(s).toString();
    }

    private String export(String format) {
        return "api/quizzes/" + quizId + "/export?format=" + format;
    }

    @Test
    void qtiIsAZippedPackageOfTheApprovedItems() throws IOException {
        Api.FileReply file = instructor.file(export("qti"), "application/zip, application/problem+json");
        assertEquals(200, file.status(), file::toString);
        assertEquals("application/zip", file.contentType());
        assertEquals("attachment; filename=\"canals-locks-1790-1830.qti.zip\"", file.contentDisposition());
        assertEquals(approved, ExchangeReaders.qtiPackage(file.body()));
    }

    /** Issue 13: the QTI 1.2 package Canvas's classic quizzes import. */
    @Test
    void qti12IsAZippedPackageOfTheApprovedItems() throws IOException {
        Api.FileReply file = instructor.file(export("qti12"), "application/zip, application/problem+json");
        assertEquals(200, file.status(), file::toString);
        assertEquals("application/zip", file.contentType());
        assertEquals("attachment; filename=\"canals-locks-1790-1830.qti12.zip\"", file.contentDisposition());
        assertEquals(approved, ExchangeReaders.qti12Package(file.body()));
    }

    @Test
    void moodleXmlHasTheApprovedItems() {
        Api.FileReply file = instructor.file(export("moodle-xml"), "*/*");
        assertEquals(200, file.status(), file::toString);
        assertTrue(file.contentType().startsWith("application/xml"), file.contentType());
        assertEquals("attachment; filename=\"canals-locks-1790-1830.moodle.xml\"", file.contentDisposition());
        assertEquals(approved, ExchangeReaders.moodleXml(file.text()));
    }

    @Test
    void giftHasTheApprovedItems() {
        // A browser's fetch asks for JSON by habit: the file comes anyway.
        Api.FileReply file = instructor.file(export("GIFT"), "application/json, application/problem+json");
        assertEquals(200, file.status(), file::toString);
        assertTrue(file.contentType().startsWith("text/plain"), file.contentType());
        assertTrue(file.contentType().toLowerCase().contains("charset=utf-8"), file.contentType());
        assertEquals("attachment; filename=\"canals-locks-1790-1830.gift.txt\"", file.contentDisposition());
        assertEquals(approved, ExchangeReaders.gift(file.text()));
        assertTrue(!file.text().contains("draft nobody approved"), file.text());
    }

    @Test
    void anUnknownFormatIs400NamingTheFormats() {
        for (String path : List.of(export("pdf"), "api/quizzes/" + quizId + "/export")) {
            Api.Reply reply = instructor.file(path, "*/*").asReply();
            assertTrue(reply.isProblem(400, "unknown-export-format"), reply::toString);
            assertTrue(reply.json().getString("detail").contains("qti, qti12, moodle-xml, gift"), reply::toString);
        }
    }

    @Test
    void onlyAnInstructorOfTheCourseMayExport() {
        Api student = instructor.as(TestDatabase.session("Alice", "LEARNER").token());
        assertTrue(student.file(export("gift"), "*/*").asReply().isProblem(403, "instructor-only"));
        Api otherCourse = instructor.as(TestDatabase.session("Oscar Other", "INSTRUCTOR", "another-course", null).token());
        assertTrue(otherCourse.file(export("gift"), "*/*").asReply().isProblem(403, "other-course"));
        assertTrue(instructor.as(null).file(export("gift"), "*/*").asReply().isProblem(401, "unauthenticated"));
        assertTrue(instructor.file("api/quizzes/999999999/export?format=gift", "*/*").asReply().isProblem(404, "quiz-not-found"));
    }
}
