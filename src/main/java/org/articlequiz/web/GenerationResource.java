package org.articlequiz.web;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
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
import java.net.URI;
import java.util.List;
import org.articlequiz.quiz.GenerationJob;
import org.articlequiz.quiz.QuizGeneration;

/**
 * Draft quizzes written by the generator: {@code POST /api/generation-jobs} queues one (202 with its Location),
 * {@code GET /api/generation-jobs/{id}} tells its progress and, once done, the quiz to review.
 */
@Path("/generation-jobs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GenerationResource {

    @Inject
    QuizGeneration generation;
    @Inject
    Authentication.CurrentCaller current;

    public record NewJob(@NotBlank @Size(max = 300) String title, @NotNull @NotEmpty @Size(max = 50) List<@NotNull Long> articleIds,
                         @Min(1) @Max(QuizGeneration.MAX_PER_ARTICLE) Integer maxPerArticle) {
    }

    public record JobView(long id, String state, int done, int total, String stage, Long quizId, String error) {
        static JobView of(GenerationJob job) {
            return new JobView(job.id(), job.state().name(), job.done(), job.total(), job.stage(),
                    job.quiz() == null ? null : job.quiz().value(), job.error());
        }
    }

    @POST
    public Response submit(@NotNull @Valid NewJob body) {
        var caller = current.instructor();
        GenerationJob job = generation.submit(body.title(), caller.course(), body.articleIds(),
                body.maxPerArticle() == null ? 12 : body.maxPerArticle());
        return Response.accepted(JobView.of(job)).location(URI.create("generation-jobs/" + job.id())).build();
    }

    @GET
    @Path("{id}")
    public JobView get(@PathParam("id") long id) {
        var caller = current.instructor();
        return JobView.of(generation.job(id).requireOpenTo(caller.contextId()));
    }
}
