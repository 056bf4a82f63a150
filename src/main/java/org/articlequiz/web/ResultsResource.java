package org.articlequiz.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.articlequiz.DomainException;
import org.articlequiz.analysis.ItemStatistics;
import org.articlequiz.analysis.ScoreHistogram;
import org.articlequiz.analysis.TestStatistics;
import org.articlequiz.analysis.Warning;
import org.articlequiz.attempt.Attempt;
import org.articlequiz.attempt.AttemptId;
import org.articlequiz.attempt.AttemptSelection;
import org.articlequiz.attempt.RegradeService;
import org.articlequiz.attempt.ResultsService;
import org.articlequiz.quiz.Choice;
import org.articlequiz.quiz.Item;
import org.articlequiz.quiz.QuizExport;
import org.articlequiz.quiz.QuizId;

/**
 * Results for instructors (all endpoints answer 403 {@code instructor-only} to anyone else). JSON shapes are
 * described field by field in {@code src/docs/results-api.md}; in short:
 * <ul>
 *   <li>{@code GET /api/quizzes/{quizId}/results}: the scores table, one {@link StudentView} per student who
 *       started an attempt: grade under the quiz's grading method, best score, attempt count, last activity,
 *       and their attempts.</li>
 *   <li>{@code GET /api/quizzes/{quizId}/results/attempts/{attemptId}}: one attempt with every item it was given,
 *       the options, the key, the chosen option and whether it is right.</li>
 *   <li>{@code GET /api/quizzes/{quizId}/results/csv}: the same per attempt as {@code text/csv}, one column per
 *       item (1 right, 0 wrong or blank, empty when not given), formula-safe.</li>
 *   <li>{@code GET /api/quizzes/{quizId}/results/histogram?bins=10}: students' quiz grades in equal bands.</li>
 *   <li>{@code GET /api/quizzes/{quizId}/results/items?attempts=first|last|highest|all}: item analysis with
 *       Moodle's formulas, in percent as Moodle shows them, rounded to 2 decimals; by default the attempts the
 *       quiz's grading method counts.</li>
 *   <li>{@code GET|POST /api/quizzes/{quizId}/items/{itemId}/regrade}: what a regrade would change, and the
 *       regrade itself ({@link Regrade}). {@code PUT /api/quizzes/{quizId}/items/{itemId}} includes the same
 *       offer as {@code regrade} when closed attempts answered the item.</li>
 * </ul>
 * Percentages are 0..100; {@code grade}, {@code best} and attempt {@code fraction}s are 0..1; times are ISO-8601
 * UTC; a figure the data cannot define (a spread of one attempt) is absent.
 */
@Path("/quizzes/{quizId}/results")
@Produces(MediaType.APPLICATION_JSON)
public class ResultsResource {

    static final MediaType CSV = new MediaType("text", "csv", "utf-8");

    @Inject
    ResultsService results;
    @Inject
    Authentication.CurrentCaller current;

    public record AttemptView(long attemptId, int number, String state, Instant startedAt, Instant endsAt,
                              Instant submittedAt, String closeReason, Double points, Double maxPoints, Double fraction,
                              Instant lastActivity) {
        static AttemptView of(ResultsService.AttemptSummary s) {
            Attempt a = s.attempt();
            return new AttemptView(a.id().value(), a.number(), s.state().name().toLowerCase(Locale.ROOT), a.startedAt(),
                    a.endsAt().orElse(null), a.submittedAt().orElse(null), a.closeReason().map(Enum::name).orElse(null),
                    a.score().map(sc -> sc.points()).orElse(null), a.score().map(sc -> sc.maxPoints()).orElse(null),
                    a.score().map(sc -> sc.fraction()).orElse(null), s.lastActivity());
        }
    }

    public record StudentView(long userId, String name, int attemptCount, int closedAttempts, boolean inProgress,
                              Double grade, Double best, Instant lastActivity, List<AttemptView> attempts) {
        static StudentView of(ResultsService.StudentResults s) {
            List<AttemptView> attempts = s.attempts().stream().map(AttemptView::of).toList();
            return new StudentView(s.student().value(), s.name(), attempts.size(),
                    (int) attempts.stream().filter(a -> a.state().equals("closed")).count(),
                    attempts.stream().anyMatch(a -> a.state().equals("open")),
                    s.grade().isPresent() ? s.grade().getAsDouble() : null,
                    s.best().isPresent() ? s.best().getAsDouble() : null, s.lastActivity(), attempts);
        }
    }

    public record ResultsView(long quizId, String title, String gradingMethod, int studentCount, List<StudentView> students) {
    }

    public record ChoiceView(long choiceId, String text, boolean correct) {
    }

    public record ResponseView(int number, long itemId, String stem, String reviewState, List<ChoiceView> choices,
                               Long chosenChoiceId, boolean answered, boolean correct, Instant savedAt) {
    }

    public record AttemptDetailView(long quizId, long userId, String studentName, AttemptView attempt,
                                    List<ResponseView> items) {
    }

    public record BinView(double fromPercent, double toPercent, int count, String label) {
    }

    public record HistogramView(long quizId, String basis, int students, List<BinView> bins) {
    }

    public record WarningView(String code, String message) {
        static List<WarningView> of(List<Warning> warnings) {
            return warnings.stream().map(w -> new WarningView(w.code().slug(), w.message())).toList();
        }
    }

    public record TestView(int attempts, Double meanPercent, Double medianPercent, Double standardDeviation,
                           Double skewness, Double kurtosis, Double coefficientOfInternalConsistency, Double errorRatio,
                           Double standardError, int itemsInConsistency) {
        static TestView of(TestStatistics t) {
            return new TestView(t.attempts(), round(t.meanPercent()), round(t.medianPercent()), round(t.standardDeviation()),
                    round4(t.skewness()), round4(t.kurtosis()), round(t.coefficientOfInternalConsistency()),
                    round(t.errorRatio()), round(t.standardError()), t.itemsInConsistency());
        }
    }

    public record GroupsView(String method, double sharePercent, int size) {
    }

    public record OptionView(Long choiceId, String label, String text, boolean key, int count, double percent,
                             int topCount, Double topPercent, int bottomCount, Double bottomPercent) {
    }

    public record ItemAnalysisView(long itemId, Integer number, String stem, String reviewState, int attempts,
                                   double facilityIndex, Double standardDeviation, double randomGuessScore,
                                   Double discriminationIndex, Double discriminativeEfficiency, Double effectiveWeight,
                                   Double topGroupFacility, Double bottomGroupFacility, List<OptionView> options,
                                   List<WarningView> warnings) {
        /** {@code number}: the item's number in an attempt (issue 13: as students see it), null for an item no longer approved. */
        static ItemAnalysisView of(ItemStatistics s, Item item, Integer number) {
            List<Choice> choices = item.choices();
            List<OptionView> options = new ArrayList<>();
            for (ItemStatistics.OptionCount o : s.options()) {
                int index = -1;
                for (int i = 0; i < choices.size(); i++) {
                    if (o.choiceId() != null && choices.get(i).id() == o.choiceId()) {
                        index = i;
                    }
                }
                String label = o.choiceId() == null ? "no answer" : index >= 0 && index < 26 ? String.valueOf((char) ('A' + index)) : "#" + o.choiceId();
                options.add(new OptionView(o.choiceId(), label, index >= 0 ? choices.get(index).text() : null, o.key(),
                        o.count(), round(o.percent()), o.topCount(), round(o.topPercent()), o.bottomCount(), round(o.bottomPercent())));
            }
            return new ItemAnalysisView(s.itemId(), number, item.stem(), item.reviewState().name(), s.attempts(),
                    round(s.facilityIndex()), round(s.standardDeviation()), round(s.randomGuessScore()),
                    round(s.discriminationIndex()), round(s.discriminativeEfficiency()), round(s.effectiveWeight()),
                    round(s.topGroupFacility()), round(s.bottomGroupFacility()), options, WarningView.of(s.warnings()));
        }
    }

    public record AnalysisView(long quizId, String attemptsAnalysed, TestView test, GroupsView groups,
                               List<ItemAnalysisView> items, List<WarningView> warnings) {
    }

    @GET
    public ResultsView results(@PathParam("quizId") long quizId) {
        current.instructorOf(new QuizId(quizId));
        ResultsService.QuizResults r = results.results(new QuizId(quizId));
        return new ResultsView(quizId, r.quiz().title(), r.quiz().settings().gradingMethod().name(), r.students().size(),
                r.students().stream().map(StudentView::of).toList());
    }

    @GET
    @Path("attempts/{attemptId}")
    public AttemptDetailView attempt(@PathParam("quizId") long quizId, @PathParam("attemptId") long attemptId) {
        current.instructorOf(new QuizId(quizId));
        ResultsService.AttemptDetail d = results.attempt(new QuizId(quizId), new AttemptId(attemptId));
        List<ResponseView> items = d.items().stream().map(r -> new ResponseView(r.number(), r.item().id(), r.item().stem(),
                r.item().reviewState().name(),
                r.item().choices().stream().map(c -> new ChoiceView(c.id(), c.text(), c.correct())).toList(),
                r.chosenChoiceId(), r.chosenChoiceId() != null, r.correct(), r.savedAt())).toList();
        return new AttemptDetailView(quizId, d.summary().attempt().student().value(), d.studentName(),
                AttemptView.of(d.summary()), items);
    }

    @GET
    @Path("histogram")
    public HistogramView histogram(@PathParam("quizId") long quizId, @QueryParam("bins") @DefaultValue("10") int bins) {
        current.instructorOf(new QuizId(quizId));
        ScoreHistogram h = results.histogram(new QuizId(quizId), bins);
        return new HistogramView(quizId, "quiz-grade", h.total(), h.bins().stream()
                .map(b -> new BinView(round(b.fromPercent()), round(b.toPercent()), b.count(),
                        percentLabel(b.fromPercent()) + "–" + percentLabel(b.toPercent()) + "%")).toList());
    }

    @GET
    @Path("items")
    public AnalysisView items(@PathParam("quizId") long quizId, @QueryParam("attempts") String attempts) {
        current.instructorOf(new QuizId(quizId));
        ResultsService.Analysis a = results.analysis(new QuizId(quizId), selection(attempts));
        var analysis = a.analysis();
        Map<Long, Integer> numbers = attemptNumbers(a.quiz());
        return new AnalysisView(quizId, a.selection().name().toLowerCase(Locale.ROOT), TestView.of(analysis.test()),
                new GroupsView("kelley-27", 27, analysis.groups().size()),
                analysis.items().stream().map(s -> ItemAnalysisView.of(s, a.items().get(s.itemId()), numbers.get(s.itemId()))).toList(),
                WarningView.of(analysis.warnings()));
    }

    @GET
    @Path("csv")
    @Produces("text/csv")
    public Response csv(@PathParam("quizId") long quizId) {
        current.instructorOf(new QuizId(quizId));
        ResultsService.Export export = results.export(new QuizId(quizId));
        // A UTF-8 byte order mark first: without it Excel reads the file as the system's code page and garbles names.
        StringBuilder csv = new StringBuilder("\uFEFF");
        List<Object> header = new ArrayList<>(List.of("Student", "User id", "Attempt", "State", "Started", "Submitted",
                "Points", "Max points", "Score %", "Quiz grade %"));
        // issue 13: the columns are numbered as the students' questions (and the results page's items) are
        Map<Long, Integer> numbers = attemptNumbers(export.results().quiz());
        export.items().forEach(item -> header.add((numbers.containsKey(item.id()) ? "Q" + numbers.get(item.id())
                : "Rejected item") + " " + item.stem()));
        csv.append(Csv.line(header));
        for (ResultsService.StudentResults student : export.results().students()) {
            for (ResultsService.AttemptSummary s : student.attempts()) {
                Attempt a = s.attempt();
                List<Object> row = new ArrayList<>();
                row.add(student.name());
                row.add(student.student().value());
                row.add(a.number());
                row.add(s.state().name().toLowerCase(Locale.ROOT));
                row.add(a.startedAt());
                row.add(a.submittedAt().orElse(null));
                row.add(a.score().map(sc -> number(sc.points())).orElse(null));
                row.add(a.score().map(sc -> number(sc.maxPoints())).orElse(null));
                row.add(a.score().map(sc -> number(100 * sc.fraction())).orElse(null));
                row.add(student.grade().isPresent() ? number(100 * student.grade().getAsDouble()) : null);
                // An open attempt has no marks yet: its answers may still change.
                Map<Long, Boolean> marks = a.isClosed() ? export.marks().getOrDefault(a.id(), Map.of()) : Map.of();
                export.items().forEach(item -> row.add(marks.containsKey(item.id()) ? (marks.get(item.id()) ? "1" : "0") : null));
                csv.append(Csv.line(row));
            }
        }
        // Named after the quiz, as the exports are; ASCII letters, digits and dashes only (QuizExport.fileName).
        String name = QuizExport.fileName(export.results().quiz().title());
        return Response.ok(csv.toString(), CSV).header("Content-Disposition", "attachment; filename=\""
                + (name.isEmpty() ? "quiz-" + quizId : name) + "-results.csv\"").build();
    }

    /** Regrading one item: {@code GET} tells what a regrade would change, {@code POST} does it. */
    @Path("/quizzes/{quizId}/items/{itemId}/regrade")
    @Produces(MediaType.APPLICATION_JSON)
    public static class Regrade {
        @Inject
        RegradeService regrades;
        @Inject
        Authentication.CurrentCaller current;

        @GET
        public RegradeOfferView preview(@PathParam("quizId") long quizId, @PathParam("itemId") long itemId) {
            current.instructorOf(new QuizId(quizId));
            return RegradeOfferView.of(quizId, regrades.preview(new QuizId(quizId), itemId));
        }

        @POST
        public RegradeView regrade(@PathParam("quizId") long quizId, @PathParam("itemId") long itemId) {
            current.instructorOf(new QuizId(quizId));
            RegradeService.Regrade r = regrades.regrade(new QuizId(quizId), itemId);
            return new RegradeView(itemId, r.attemptsChecked(), r.changed().size(), r.gradeChanges().size(),
                    r.changed().stream().map(c -> new RegradedAttemptView(c.attempt().value(), c.student().value(),
                            c.before().points(), c.after().points(), c.after().maxPoints())).toList());
        }
    }

    /** What a regrade of an item would change; {@code regradePath} is where to POST it (relative to the API root). */
    public record RegradeOfferView(long itemId, Boolean keyChanged, long answeredInClosedAttempts, int attemptsToRegrade,
                                   int studentsAffected, String regradePath) {
        static RegradeOfferView of(long quizId, RegradeService.RegradeOffer o) {
            return new RegradeOfferView(o.itemId(), o.keyChanged(), o.answeredInClosedAttempts(), o.attemptsToRegrade(),
                    o.studentsAffected(), "quizzes/" + quizId + "/items/" + o.itemId() + "/regrade");
        }
    }

    public record RegradedAttemptView(long attemptId, long userId, double pointsBefore, double pointsAfter, double maxPoints) {
    }

    public record RegradeView(long itemId, int attemptsChecked, int attemptsChanged, int studentsNotified,
                              List<RegradedAttemptView> changed) {
    }

    private static Optional<AttemptSelection> selection(String attempts) {
        if (attempts == null || attempts.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(AttemptSelection.valueOf(attempts.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("invalid-attempt-selection", "attempts must be first, last, highest or all.");
        }
    }

    static Double round(Double value) {
        return value == null ? null : Math.round(value * 100) / 100.0;
    }

    static Double round4(Double value) {
        return value == null ? null : Math.round(value * 10_000) / 10_000.0;
    }

    private static String number(double value) {
        double rounded = Math.round(value * 100) / 100.0;
        return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : Double.toString(rounded);
    }

    private static String percentLabel(double percent) {
        return number(percent);
    }

    /** Items numbered as an attempt numbers them: the approved items in the quiz's order (a rejected item shifts no number). */
    private static Map<Long, Integer> attemptNumbers(org.articlequiz.quiz.Quiz quiz) {
        Map<Long, Integer> numbers = new java.util.HashMap<>();
        quiz.deliverableItems().forEach(i -> numbers.put(i.id(), numbers.size() + 1));
        return numbers;
    }
}
