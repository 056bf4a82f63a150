package org.articlequiz.web;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.articlequiz.practice.PracticeService;
import org.articlequiz.practice.PracticeState;
import org.articlequiz.quiz.QuizId;

/**
 * A student's practice of a practice quiz: {@code GET} the question due now and the progress, {@code POST answers}
 * one answer (feedback comes back at once), {@code POST restart} to start over. Ungraded. Its own class for the same
 * reason as {@link AttemptResource.Start}.
 */
@Path("/quizzes/{quizId}/practice")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PracticeResource {
    @Inject
    PracticeService practice;
    @Inject
    Authentication.CurrentCaller current;

    /**
     * @param choiceId the token the question was shown with for the choice (valid for that showing only)
     * @param turn     the {@code turn} of the state the question was shown in: a stale or replayed answer counts nothing
     */
    public record AnswerBody(@NotNull Long itemId, @NotNull String choiceId, @NotNull @PositiveOrZero Integer turn) {
    }

    @GET
    public PracticeState state(@PathParam("quizId") long quizId) {
        return practice.state(new QuizId(quizId), current.inCourseOf(new QuizId(quizId)).user());
    }

    @POST
    @Path("answers")
    public PracticeState answer(@PathParam("quizId") long quizId, @NotNull @Valid AnswerBody body) {
        return practice.answer(new QuizId(quizId), current.inCourseOf(new QuizId(quizId)).user(), body.itemId(), body.choiceId(), body.turn());
    }

    @POST
    @Path("restart")
    public PracticeState restart(@PathParam("quizId") long quizId) {
        return practice.restart(new QuizId(quizId), current.inCourseOf(new QuizId(quizId)).user());
    }
}
