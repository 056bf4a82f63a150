package org.articlequiz.attempt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.articlequiz.DomainException;
import org.articlequiz.analysis.AnalysedItem;
import org.articlequiz.analysis.AnswerSheet;
import org.articlequiz.analysis.ItemAnalysis;
import org.articlequiz.analysis.QuizAnalysis;
import org.articlequiz.analysis.ScoreHistogram;
import org.articlequiz.quiz.Choice;
import org.articlequiz.quiz.Item;
import org.articlequiz.quiz.Quiz;
import org.articlequiz.quiz.QuizId;
import org.articlequiz.quiz.Quizzes;
import org.articlequiz.user.User;
import org.articlequiz.user.UserId;
import org.articlequiz.user.Users;

/**
 * What instructors see of a quiz's results: every student's attempts and grade, one attempt's responses, the
 * distribution of grades, and the item analysis. Read-only; every method is one transaction, so a page never
 * sees half of a regrade.
 */
@ApplicationScoped
public class ResultsService {

    @Inject
    Quizzes quizzes;
    @Inject
    Attempts attempts;
    @Inject
    Answers answers;
    @Inject
    Users users;
    @Inject
    Clock clock;

    /** Where an attempt stands at the moment of reading. */
    public enum AttemptState {
        OPEN,
        /** Its time ran out; the sweeper closes it at its end time within seconds. */
        EXPIRED,
        CLOSED
    }

    /** One attempt as a row of the results. */
    public record AttemptSummary(Attempt attempt, AttemptState state, Instant lastActivity) {
    }

    /**
     * One student's results.
     *
     * @param grade the quiz grade (0..1) under the quiz's grading method over closed attempts; empty before the
     *              first attempt is closed
     * @param best  the highest attempt score (0..1) over closed attempts
     */
    public record StudentResults(UserId student, String name, List<AttemptSummary> attempts, OptionalDouble grade,
                                 OptionalDouble best, Instant lastActivity) {
    }

    public record QuizResults(Quiz quiz, List<StudentResults> students) {
    }

    /** One item of an attempt, as the student was given it, with their answer and whether it is right today. */
    public record ItemResponse(int number, Item item, Long chosenChoiceId, boolean correct, Instant savedAt) {
    }

    public record AttemptDetail(AttemptSummary summary, String studentName, List<ItemResponse> items) {
    }

    /** The analysis with the items it covers, keyed by id, and which attempts it used. */
    public record Analysis(Quiz quiz, AttemptSelection selection, QuizAnalysis analysis, Map<Long, Item> items) {
    }

    /** For the CSV export: the item columns, and every attempt with its marks by item (null: not given). */
    public record Export(QuizResults results, List<Item> items, Map<AttemptId, Map<Long, Boolean>> marks) {
    }

    @Transactional
    public QuizResults results(QuizId quizId) {
        Quiz quiz = quiz(quizId);
        Instant now = clock.instant();
        Map<AttemptId, Instant> activity = answers.lastActivity(quizId);
        Map<UserId, List<Attempt>> byStudent = attempts.findAll(quizId).stream()
                .collect(Collectors.groupingBy(Attempt::student, LinkedHashMap::new, Collectors.toList()));
        Map<UserId, User> people = users.findAll(List.copyOf(byStudent.keySet())).stream()
                .collect(Collectors.toMap(User::id, Function.identity()));
        List<StudentResults> students = new ArrayList<>();
        for (Map.Entry<UserId, List<Attempt>> e : byStudent.entrySet()) {
            List<Attempt> theirs = e.getValue().stream().sorted(Comparator.comparingInt(Attempt::number)).toList();
            List<AttemptSummary> summaries = theirs.stream()
                    .map(a -> new AttemptSummary(a, state(a, now), activity.getOrDefault(a.id(), a.startedAt()))).toList();
            List<Double> graded = theirs.stream().filter(Attempt::isClosed).map(a -> a.score().orElseThrow().fraction()).toList();
            User user = people.get(e.getKey());
            students.add(new StudentResults(e.getKey(), user == null ? e.getKey().toString() : user.displayName(), summaries,
                    quiz.settings().gradingMethod().grade(graded),
                    graded.stream().mapToDouble(Double::doubleValue).max(),
                    summaries.stream().map(AttemptSummary::lastActivity).max(Comparator.naturalOrder()).orElseThrow()));
        }
        students.sort(Comparator.comparing((StudentResults s) -> s.name().toLowerCase(java.util.Locale.ROOT))
                .thenComparingLong(s -> s.student().value()));
        return new QuizResults(quiz, students);
    }

    @Transactional
    public AttemptDetail attempt(QuizId quizId, AttemptId attemptId) {
        Quiz quiz = quiz(quizId);
        Attempt attempt = attempts.find(attemptId).filter(a -> a.quiz().equals(quizId))
                .orElseThrow(() -> DomainException.notFound("attempt", attemptId));
        Map<Long, SavedResponse> responses = attempts.responses(attemptId).stream()
                .collect(Collectors.toMap(SavedResponse::itemId, Function.identity()));
        List<ItemResponse> items = new ArrayList<>();
        List<Long> itemIds = attempts.itemIds(attemptId);
        for (int n = 0; n < itemIds.size(); n++) {
            Item item = quiz.item(itemIds.get(n));
            item.choices();
            SavedResponse response = responses.get(item.id());
            Long chosen = response == null ? null : response.choiceId();
            items.add(new ItemResponse(n + 1, item, chosen, chosen != null && chosen == item.key().id(),
                    response == null ? null : response.savedAt()));
        }
        Instant last = answers.lastActivity(quizId).getOrDefault(attemptId, attempt.startedAt());
        String name = users.find(attempt.student()).map(User::displayName).orElse(attempt.student().toString());
        return new AttemptDetail(new AttemptSummary(attempt, state(attempt, clock.instant()), last), name, items);
    }

    /** The item analysis over the selected closed attempts; the quiz's grading method decides when none is given. */
    @Transactional
    public Analysis analysis(QuizId quizId, Optional<AttemptSelection> requested) {
        Quiz quiz = quiz(quizId);
        AttemptSelection selection = requested.orElse(AttemptSelection.of(quiz.settings().gradingMethod()));
        Set<AttemptId> analysed = select(attempts.findAll(quizId), selection);
        Map<AttemptId, List<AnswerSheet.Answer>> sheets = new LinkedHashMap<>();
        Set<Long> given = new HashSet<>();
        for (Answers.GivenAnswer answer : answers.ofQuiz(quizId)) {
            if (analysed.contains(answer.attempt())) {
                sheets.computeIfAbsent(answer.attempt(), a -> new ArrayList<>())
                        .add(new AnswerSheet.Answer(answer.itemId(), answer.choiceId()));
                given.add(answer.itemId());
            }
        }
        Map<Long, Item> items = new LinkedHashMap<>();
        List<AnalysedItem> analysedItems = new ArrayList<>();
        for (Item item : quiz.items()) {
            if (given.contains(item.id())) {
                items.put(item.id(), item);
                analysedItems.add(new AnalysedItem(item.id(), item.choices().stream().map(Choice::id).toList(), item.key().id()));
            }
        }
        List<AnswerSheet> answerSheets = sheets.entrySet().stream()
                .map(e -> new AnswerSheet(e.getKey().value(), e.getValue())).toList();
        return new Analysis(quiz, selection, ItemAnalysis.analyse(analysedItems, answerSheets), items);
    }

    /** How the students' quiz grades are distributed, in {@code bins} equal bands. */
    @Transactional
    public ScoreHistogram histogram(QuizId quizId, int bins) {
        List<Double> grades = results(quizId).students().stream().map(StudentResults::grade)
                .filter(OptionalDouble::isPresent).map(OptionalDouble::getAsDouble).toList();
        try {
            return ScoreHistogram.of(grades, bins);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("invalid-bins", "bins must be between 1 and " + ScoreHistogram.MAX_BINS + ".");
        }
    }

    @Transactional
    public Export export(QuizId quizId) {
        QuizResults results = results(quizId);
        Map<Long, Item> byId = results.quiz().items().stream().collect(Collectors.toMap(Item::id, Function.identity()));
        Map<AttemptId, Map<Long, Boolean>> marks = new LinkedHashMap<>();
        Set<Long> given = new HashSet<>();
        for (Answers.GivenAnswer answer : answers.ofQuiz(quizId)) {
            Item item = byId.get(answer.itemId());
            marks.computeIfAbsent(answer.attempt(), a -> new LinkedHashMap<>())
                    .put(answer.itemId(), answer.choiceId() != null && Objects.equals(answer.choiceId(), item.key().id()));
            given.add(answer.itemId());
        }
        List<Item> columns = results.quiz().items().stream().filter(i -> given.contains(i.id())).toList();
        return new Export(results, columns, marks);
    }

    static Set<AttemptId> select(List<Attempt> all, AttemptSelection selection) {
        Map<UserId, List<Attempt>> byStudent = all.stream().filter(Attempt::isClosed)
                .collect(Collectors.groupingBy(Attempt::student));
        Set<AttemptId> chosen = new HashSet<>();
        for (List<Attempt> theirs : byStudent.values()) {
            Comparator<Attempt> byNumber = Comparator.comparingInt(Attempt::number);
            switch (selection) {
                case ALL -> theirs.forEach(a -> chosen.add(a.id()));
                case FIRST -> chosen.add(theirs.stream().min(byNumber).orElseThrow().id());
                case LAST -> chosen.add(theirs.stream().max(byNumber).orElseThrow().id());
                // the highest score; of equal scores the earliest attempt
                case HIGHEST -> chosen.add(theirs.stream().max(Comparator.<Attempt>comparingDouble(a -> a.score().orElseThrow().fraction())
                        .thenComparing(byNumber.reversed())).orElseThrow().id());
            }
        }
        return chosen;
    }

    private static AttemptState state(Attempt attempt, Instant now) {
        return attempt.isClosed() ? AttemptState.CLOSED : attempt.hasExpired(now) ? AttemptState.EXPIRED : AttemptState.OPEN;
    }

    private Quiz quiz(QuizId id) {
        Quiz quiz = quizzes.find(id).orElseThrow(() -> DomainException.notFound("quiz", id));
        quiz.items().forEach(Item::choices);
        return quiz;
    }
}
