package org.articlequiz.web;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.articlequiz.quiz.QuizService;
import org.articlequiz.quiz.SourceArticle;

/** Stored articles that quizzes are written from. Instructors only. */
@Path("/articles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ArticleResource {

    @Inject
    QuizService quizzes;
    @Inject
    Authentication.CurrentCaller current;

    public record NewArticle(@NotBlank @Size(max = 255) String fileName, @Size(max = 500) String title,
                             @NotBlank String text) {
    }

    public record ArticleView(long id, String fileName, String title, Instant createdAt, String text) {
        static ArticleView of(SourceArticle a, boolean withText) {
            return new ArticleView(a.id(), a.fileName(), a.title(), a.createdAt(), withText ? a.body() : null);
        }
    }

    @POST
    public Response store(@NotNull @Valid NewArticle body) {
        var caller = current.instructor();
        SourceArticle article = quizzes.storeArticle(caller.course(), body.fileName(), body.title(), body.text());
        return Response.status(Response.Status.CREATED).entity(ArticleView.of(article, false)).build();
    }

    @GET
    public List<ArticleView> list() {
        var caller = current.instructor();
        return quizzes.articles(caller.contextId()).stream().map(a -> ArticleView.of(a, false)).toList();
    }

    @GET
    @Path("{id}")
    public ArticleView get(@PathParam("id") long id) {
        var caller = current.instructor();
        return ArticleView.of(quizzes.article(id, caller.contextId()), true);
    }
}
