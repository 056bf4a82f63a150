package org.articlequiz.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.articlequiz.DomainException;
import org.articlequiz.exchange.ExchangeFormat;
import org.articlequiz.quiz.QuizExport;
import org.articlequiz.quiz.QuizId;
import org.articlequiz.quiz.QuizService;

/**
 * {@code GET /api/quizzes/{id}/export?format=qti|qti12|moodle-xml|gift}: the quiz's approved items as a file to import into
 * another question bank, sent as an attachment. Instructors of the quiz's course only (403 {@code instructor-only},
 * 403 {@code other-course}); an unknown format is 400 {@code unknown-export-format} naming the formats.
 */
@Path("/quizzes/{id}/export")
public class QuizExportResource {

    @Inject
    QuizService quizzes;
    @Inject
    Authentication.CurrentCaller current;

    @GET
    // The type depends on ?format= (ExchangeFormat.mediaType), and a refusal is problem+json: no fixed list to negotiate.
    @Produces("*/*")
    public Response export(@PathParam("id") long id, @QueryParam("format") String format) {
        current.instructorOf(new QuizId(id));
        ExchangeFormat chosen = ExchangeFormat.named(format).orElseThrow(() -> DomainException.invalid("unknown-export-format",
                "format must be one of " + ExchangeFormat.names() + "."));
        QuizExport export = quizzes.export(new QuizId(id), chosen);
        return Response.ok(export.content(), export.format().mediaType())
                // The file name is ASCII letters, digits, dashes and dots (QuizExport.fileName): safe inside the quotes.
                .header("Content-Disposition", "attachment; filename=\"" + export.fileName() + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
