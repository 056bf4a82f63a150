package org.articlequiz.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.articlequiz.attempt.QuizOverview;
import org.articlequiz.attempt.QuizOverviews;
import org.articlequiz.quiz.QuizId;

/**
 * {@code GET /quizzes/{quizId}/overview}: the student's start page of a quiz (title, rules with their
 * accommodations, attempts so far, whether one may start), so opening the quiz does not start the clock.
 * Its own class for the same reason as {@link AttemptResource.Start}.
 */
@Path("/quizzes/{quizId}/overview")
@Produces(MediaType.APPLICATION_JSON)
public class QuizOverviewResource {
    @Inject
    QuizOverviews overviews;
    @Inject
    Authentication.CurrentCaller current;

    @GET
    public QuizOverview overview(@PathParam("quizId") long quizId) {
        return overviews.of(new QuizId(quizId), current.inCourseOf(new QuizId(quizId)).user());
    }
}
