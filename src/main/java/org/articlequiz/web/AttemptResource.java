package org.articlequiz.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.articlequiz.attempt.Attempt;
import org.articlequiz.attempt.AttemptId;
import org.articlequiz.attempt.AttemptService;
import org.articlequiz.attempt.Delivery;
import org.articlequiz.attempt.ItemFeedback;
import org.articlequiz.attempt.Review;
import org.articlequiz.attempt.Score;
import org.articlequiz.lti.Caller;
import org.articlequiz.quiz.QuizId;

/**
 * The student API: start or resume ({@code POST /quizzes/{quizId}/attempts}), read, save answers, submit, review.
 * Choices are named by the attempt's tokens (the {@code choiceId} fields are opaque strings, see
 * {@link org.articlequiz.attempt.ChoiceTokens}), never by their row ids.
 *
 * <p>One instance serves every request (issue 12): as a request-scoped bean, the default for a resource, each save
 * made and injected an instance of its own, a tenth of the node's CPU in the request's path in a profile of a class
 * saving answers. It holds no state of a request: the caller comes through {@link Authentication.CurrentCaller}'s
 * request-scoped proxy.
 */
@ApplicationScoped
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AttemptResource {

    @Inject
    AttemptService attempts;
    @Inject
    Authentication.CurrentCaller current;

    public record AttemptView(long attemptId, long quizId, int number, String state, Instant startedAt, Instant endsAt,
                              Instant submittedAt, String closeReason, ScoreView score, List<Delivery.DeliveredItem> items,
                              List<Delivery.DeliveredResponse> responses, boolean preview) {
        static AttemptView of(Attempt a, List<Delivery.DeliveredItem> items, List<Delivery.DeliveredResponse> responses) {
            return new AttemptView(a.id().value(), a.quiz().value(), a.number(), a.isClosed() ? "closed" : "open",
                    a.startedAt(), a.endsAt().orElse(null), a.submittedAt().orElse(null),
                    a.closeReason().map(Enum::name).orElse(null), a.score().map(ScoreView::of).orElse(null), items, responses,
                    a.isPreview());
        }
    }

    public record ScoreView(double points, double maxPoints, double fraction) {
        static ScoreView of(Score s) {
            return new ScoreView(s.points(), s.maxPoints(), s.fraction());
        }
    }

    /** @param choiceId the token the attempt gave the choice; null clears the answer */
    public record SaveRequest(String choiceId, @NotNull @Positive Long seq) {
    }

    public record SaveView(long itemId, boolean applied, long seq, String choiceId, Instant endsAt, ItemFeedback feedback) {
    }

    public record ReviewView(AttemptView attempt, ScoreView score, List<ItemFeedback> items, boolean keysWithheld) {
    }

    /** Its own class: {@code /quizzes} belongs to {@link QuizResource}, and JAX-RS matches classes first. */
    @ApplicationScoped
    @Path("/quizzes/{quizId}/attempts")
    @Produces(MediaType.APPLICATION_JSON)
    public static class Start {
        @Inject
        AttemptService attempts;
        @Inject
        Authentication.CurrentCaller current;

        @POST
        public AttemptView startOrResume(@PathParam("quizId") long quizId) {
            Caller caller = current.inCourseOf(new QuizId(quizId)).requireMayAttempt();
            Delivery d = attempts.startOrResume(new QuizId(quizId), caller.user(), caller.isInstructor());
            return AttemptView.of(d.attempt(), d.items(), d.responses());
        }
    }

    @GET
    @Path("attempts/{id}")
    public AttemptView get(@PathParam("id") long id) {
        Delivery d = attempts.get(new AttemptId(id), current.caller().user());
        return AttemptView.of(d.attempt(), d.items(), d.responses());
    }

    @PUT
    @Path("attempts/{id}/responses/{itemId}")
    public CompletionStage<SaveView> save(@PathParam("id") long id, @PathParam("itemId") long itemId,
                                          @NotNull @Valid SaveRequest body) {
        // Answered once committed: the stage completes after the group commit (see AnswerWriter), and the request
        // holds no worker thread and no database connection while it waits.
        return attempts.save(new AttemptId(id), current.caller().user(), itemId, body.choiceId(), body.seq())
                .thenApply(o -> new SaveView(itemId, o.applied(), o.seq(), o.choiceId(), o.endsAt(), o.feedback()));
    }

    @POST
    @Path("attempts/{id}/submit")
    public AttemptView submit(@PathParam("id") long id) {
        return AttemptView.of(attempts.submit(new AttemptId(id), current.caller().user()), null, null);
    }

    @GET
    @Path("attempts/{id}/review")
    public ReviewView review(@PathParam("id") long id) {
        Review r = attempts.review(new AttemptId(id), current.caller().user());
        return new ReviewView(AttemptView.of(r.attempt(), null, null), r.score() == null ? null : ScoreView.of(r.score()), r.items(), r.keysWithheld());
    }
}
