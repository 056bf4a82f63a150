package org.articlequiz.web;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 11, High 5 (size limits with a clear 413/422) and issue 13 ("a file with NUL bytes or not decodable as text
 * is a 400 'this file is not text' (today a 500 from PostgreSQL); an article over the size limit is refused with a
 * message naming the limit, never cut silently").
 */
@ExtendWith(ArquillianExtension.class)
class BadUploadsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    private Api.Reply store(String fileName, String text) {
        Api instructor = new Api(base, TestDatabase.session("Ines Instructor", "INSTRUCTOR").token());
        return instructor.post("api/articles", Json.createObjectBuilder().add("fileName", fileName).add("text", text)
                .build().toString());
    }

    @Test
    void aFileWithNulBytesIsA400NotText() {
        Api.Reply reply = store("photo.txt", "\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR then some words.");
        assertEquals(400, reply.status(), reply::toString);
        assertTrue(reply.body().contains("not-text") && reply.body().contains("not text"), reply::toString);
    }

    @Test
    void anArticleOverTheSizeLimitIsA413NamingTheLimit() {
        Api.Reply reply = store("long.txt", "A sentence of the article. ".repeat(20_000));
        assertEquals(413, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply::toString);
        assertTrue(reply.body().contains("500,000 characters"), reply::toString);
        assertEquals(0, TestDatabase.count("select count(*) from source_article where file_name = 'long.txt'"));
    }

    @Test
    void anArticleWithNothingToReadIsA422() {
        Api.Reply reply = store("empty.html", "<html><head><script>var x = 1;</script></head><body><nav>Home</nav></body></html>");
        assertEquals(422, reply.status(), reply::toString);
        assertTrue(reply.body().contains("article-unreadable"), reply::toString);
    }

    /**
     * Issue 11, low: "id lists bounded". A quiz naming one article 100,000 times was 100,000 look-ups in one
     * transaction and then a 200; it is a 400 before any.
     */
    @Test
    void idListsAreBounded() {
        Api instructor = new Api(base, TestDatabase.session("Ines Instructor", "INSTRUCTOR").token());
        Api.Reply article = instructor.post("api/articles", Json.createObjectBuilder().add("fileName", "bounded.txt")
                .add("text", "Lake Tana is the source of the Blue Nile. It lies in Ethiopia.").build().toString());
        assertTrue(article.status() == 200 || article.status() == 201, article::toString);
        long articleId = article.json().getJsonNumber("id").longValue();
        var ids = Json.createArrayBuilder();
        for (int n = 0; n < 100_000; n++) {
            ids.add(articleId);
        }
        Api.Reply quiz = instructor.post("api/quizzes", Json.createObjectBuilder().add("title", "Many").add("articleIds", ids)
                .build().toString());
        assertTrue(quiz.isProblem(400, "invalid-request"), quiz::toString);
        assertEquals(0, TestDatabase.count("select count(*) from quiz where title = 'Many'"));
    }
}
