package org.articlequiz.web;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.articlequiz.attempt.RegradeService;
import org.articlequiz.quiz.Accommodation;
import org.articlequiz.quiz.FeedbackTiming;
import org.articlequiz.quiz.GradingMethod;
import org.articlequiz.quiz.Item;
import org.articlequiz.quiz.ItemContent;
import org.articlequiz.quiz.Quiz;
import org.articlequiz.quiz.QuizId;
import org.articlequiz.quiz.QuizService;
import org.articlequiz.quiz.QuizSettings;
import org.articlequiz.quiz.ReviewState;
import org.articlequiz.quiz.SourceCitation;
import org.articlequiz.user.UserId;

/**
 * The instructor API for quizzes: create, read, add and edit items, review them, settings, accommodations.
 * Editing an item that closed attempts answered returns a {@code regrade} offer (see {@link ResultsResource}).
 */
@Path("/quizzes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class QuizResource {

    @Inject
    QuizService quizzes;
    /** Edits go through regrading, which knows whether students already answered the item. */
    @Inject
    RegradeService regrades;
    @Inject
    Authentication.CurrentCaller current;
    /** Accommodations by name: the course roster (NRPS) finds the student, who may not have launched yet. */
    @Inject
    org.articlequiz.lti.nrps.RosterService rosters;
    @Inject
    org.articlequiz.user.Users users;

    public record SettingsBody(@Min(1) @Max(1000) Integer attemptsAllowed, GradingMethod gradingMethod,
                               @Min(1) @Max(7 * 24 * 3600) Integer timeLimitSeconds, Instant opensAt, Instant closesAt,
                               Boolean shuffleChoices, FeedbackTiming feedbackTiming, Boolean practice,
                               Boolean showKeysWhileAttemptsRemain, Boolean shuffleQuestions) {
        QuizSettings toSettings() {
            return new QuizSettings(attemptsAllowed, gradingMethod, timeLimitSeconds, opensAt, closesAt,
                    shuffleChoices == null || shuffleChoices, feedbackTiming, Boolean.TRUE.equals(practice),
                    Boolean.TRUE.equals(showKeysWhileAttemptsRemain), Boolean.TRUE.equals(shuffleQuestions));
        }

        static SettingsBody of(QuizSettings s) {
            return new SettingsBody(s.attemptsAllowed().orElse(null), s.gradingMethod(),
                    s.timeLimit().map(d -> (int) d.toSeconds()).orElse(null), s.opensAt().orElse(null),
                    s.closesAt().orElse(null), s.shuffleChoices(), s.feedbackTiming(), s.practice(),
                    s.showKeysWhileAttemptsRemain(), s.shuffleQuestions());
        }
    }

    /** Id lists are bounded (issue 11): 100,000 ids are a 400, not 100,000 look-ups. */
    public record NewQuiz(@NotBlank @Size(max = 300) String title, @Valid SettingsBody settings,
                          @Size(max = QuizService.MAX_ARTICLES) List<@NotNull Long> articleIds) {
    }

    public record SourceBody(String article, String sentence, Integer start, Integer end) {
    }

    public record ItemBody(@NotBlank @Size(max = 2000) String stem, String kind,
                           @NotNull @Size(min = 2, max = 10) List<@NotBlank @Size(max = 500) String> options,
                           @NotNull @PositiveOrZero Integer answer, @Size(max = 5000) String explanation, SourceBody source) {
        ItemContent toContent() {
            SourceCitation citation = source == null ? null
                    : new SourceCitation(source.article(), source.sentence(), source.start(), source.end());
            return new ItemContent(stem, kind, options, answer, explanation, citation, 1.0, "written by an instructor", false);
        }
    }

    public record ReviewBody(@NotNull ReviewState state) {
    }

    public record OrderBody(@NotNull @Size(max = 5_000) List<@NotNull Long> itemIds) {
    }

    public record AccommodationBody(@NotNull @PositiveOrZero Integer extraTimeSeconds, @NotNull @PositiveOrZero Integer extraAttempts) {
    }

    /** One student's accommodation, with the name the platform last gave us (null when it gave none). */
    public record AccommodationView(long userId, String name, String subject, int extraTimeSeconds, int extraAttempts) {
    }

    public record ChoiceView(long id, String text, boolean correct) {
    }

    /** {@code regrade} is present only in the answer to an edit of an item that closed attempts answered. */
    public record ItemView(long id, int position, String stem, String kind, List<ChoiceView> choices, String explanation,
                           SourceBody source, double confidence, String reasons, boolean singleSource, ReviewState state,
                           ResultsResource.RegradeOfferView regrade) {
        static ItemView of(Item i) {
            return of(i, null);
        }

        static ItemView of(Item i, ResultsResource.RegradeOfferView regrade) {
            var s = i.source();
            return new ItemView(i.id(), i.position(), i.stem(), i.kind(),
                    i.choices().stream().map(c -> new ChoiceView(c.id(), c.text(), c.correct())).toList(), i.explanation(),
                    s == null ? null : new SourceBody(s.article(), s.sentence(), s.start(), s.end()),
                    i.confidence(), i.reasons(), i.singleSource(), i.reviewState(), regrade);
        }
    }

    public record QuizView(long id, String title, String contextId, SettingsBody settings, List<Long> articleIds,
                           List<ItemView> items) {
        static QuizView of(Quiz q, boolean withItems) {
            return new QuizView(q.id().value(), q.title(), q.contextId(), SettingsBody.of(q.settings()),
                    q.articles().stream().map(a -> a.id()).toList(),
                    withItems ? q.items().stream().map(ItemView::of).toList() : null);
        }
    }

    @POST
    public Response create(@NotNull @Valid NewQuiz body) {
        var caller = current.instructor();
        Quiz quiz = quizzes.create(body.title(), caller.course(),
                body.settings() == null ? null : body.settings().toSettings(), body.articleIds());
        return Response.status(Response.Status.CREATED).entity(QuizView.of(quiz, true)).build();
    }

    @GET
    public List<QuizView> list() {
        var caller = current.instructor();
        return quizzes.list(caller.contextId()).stream().map(q -> QuizView.of(q, false)).toList();
    }

    @GET
    @Path("{id}")
    public QuizView get(@PathParam("id") long id) {
        current.instructorOf(new QuizId(id));
        return QuizView.of(quizzes.get(new QuizId(id)), true);
    }

    @POST
    @Path("{id}/items")
    public Response addItem(@PathParam("id") long id, @NotNull @Valid ItemBody body) {
        current.instructorOf(new QuizId(id));
        Item item = quizzes.addItem(new QuizId(id), body.toContent());
        return Response.status(Response.Status.CREATED).entity(ItemView.of(item)).build();
    }

    @PUT
    @Path("{id}/items/{itemId}")
    public ItemView editItem(@PathParam("id") long id, @PathParam("itemId") long itemId, @NotNull @Valid ItemBody body) {
        current.instructorOf(new QuizId(id));
        RegradeService.EditedItem edited = regrades.editItem(new QuizId(id), itemId, body.toContent());
        return ItemView.of(edited.item(), edited.regrade().map(o -> ResultsResource.RegradeOfferView.of(id, o)).orElse(null));
    }

    @PUT
    @Path("{id}/items/{itemId}/review")
    public ItemView review(@PathParam("id") long id, @PathParam("itemId") long itemId, @NotNull @Valid ReviewBody body) {
        current.instructorOf(new QuizId(id));
        return ItemView.of(quizzes.review(new QuizId(id), itemId, body.state()));
    }

    @PUT
    @Path("{id}/order")
    public QuizView reorder(@PathParam("id") long id, @NotNull @Valid OrderBody body) {
        current.instructorOf(new QuizId(id));
        return QuizView.of(quizzes.reorder(new QuizId(id), body.itemIds()), true);
    }

    @PUT
    @Path("{id}/settings")
    public QuizView settings(@PathParam("id") long id, @NotNull @Valid SettingsBody body) {
        current.instructorOf(new QuizId(id));
        return QuizView.of(quizzes.changeSettings(new QuizId(id), body.toSettings()), false);
    }

    @PUT
    @Path("{id}/accommodations/{userId}")
    public Response accommodate(@PathParam("id") long id, @PathParam("userId") long userId, @NotNull @Valid AccommodationBody body) {
        current.instructorOf(new QuizId(id));
        quizzes.accommodate(new QuizId(id), new UserId(userId),
                new Accommodation(Duration.ofSeconds(body.extraTimeSeconds()), body.extraAttempts()));
        return Response.noContent().build();
    }

    /** Issue 13: who has an accommodation, by name, for the settings page. */
    @GET
    @Path("{id}/accommodations")
    public List<AccommodationView> accommodations(@PathParam("id") long id) {
        current.instructorOf(new QuizId(id));
        var given = quizzes.accommodations(new QuizId(id));
        var known = users.findAll(List.copyOf(given.keySet())).stream()
                .collect(java.util.stream.Collectors.toMap(u -> u.id(), u -> u));
        return given.entrySet().stream().map(e -> {
            var user = known.get(e.getKey());
            return new AccommodationView(e.getKey().value(), user == null ? null : user.name(), user == null ? null : user.subject(),
                    (int) e.getValue().extraTime().toSeconds(), e.getValue().extraAttempts());
        }).toList();
    }

    /**
     * Issue 13: an accommodation for a member of the course's roster, by the platform's user id ({@code subject}), also
     * before the student's first launch.
     */
    @PUT
    @Path("{id}/accommodations/members/{subject}")
    public Response accommodateMember(@PathParam("id") long id, @PathParam("subject") String subject,
                                      @NotNull @Valid AccommodationBody body) {
        var caller = current.instructorOf(new QuizId(id));
        UserId student = rosters.member(caller, subject).user();
        quizzes.accommodate(new QuizId(id), student,
                new Accommodation(Duration.ofSeconds(body.extraTimeSeconds()), body.extraAttempts()));
        return Response.noContent().build();
    }
}
