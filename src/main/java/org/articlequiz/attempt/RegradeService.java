package org.articlequiz.attempt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.articlequiz.DomainException;
import org.articlequiz.quiz.Choice;
import org.articlequiz.quiz.Item;
import org.articlequiz.quiz.ItemContent;
import org.articlequiz.quiz.Quiz;
import org.articlequiz.quiz.QuizId;
import org.articlequiz.quiz.Quizzes;
import org.articlequiz.user.UserId;

/**
 * Editing items that students have already answered, and regrading after a key was corrected. An edit keeps the
 * options students chose (see {@code Item}) and tells how many closed attempts a regrade would change; the
 * regrade re-marks them all in one transaction and sends each changed student's grade through
 * {@link ScorePublisher}, as Moodle's "regrade attempts" does for a changed question.
 */
@ApplicationScoped
public class RegradeService {

    @Inject
    Quizzes quizzes;
    @Inject
    Attempts attempts;
    @Inject
    Answers answers;
    @Inject
    Clock clock;
    @Inject
    @Any
    Instance<ScorePublisher> publishers;

    /**
     * What a regrade of an item would do now.
     *
     * @param keyChanged               whether the edit that made this offer moved the key; null in a preview
     * @param answeredInClosedAttempts responses to the item in closed attempts
     * @param attemptsToRegrade        closed attempts whose score differs from what their responses earn today
     * @param studentsAffected         the students those attempts belong to
     */
    public record RegradeOffer(long itemId, Boolean keyChanged, long answeredInClosedAttempts, int attemptsToRegrade,
                               int studentsAffected) {
    }

    /** An item after an edit, and the regrade it calls for (empty when no closed attempt answered it). */
    public record EditedItem(Item item, Optional<RegradeOffer> regrade) {
    }

    /** One attempt whose score a regrade changed. */
    public record RegradedAttempt(AttemptId attempt, UserId student, Score before, Score after) {
    }

    /**
     * The outcome of a regrade.
     *
     * @param attemptsChecked closed attempts that were given the item
     * @param gradeChanges    what was sent to {@link ScorePublisher}: one per student whose score changed
     */
    public record Regrade(long itemId, int attemptsChecked, List<RegradedAttempt> changed, List<GradeChange> gradeChanges) {
    }

    /**
     * Edits an item. An option that some student chose may be reworded or moved but not removed (their answer
     * would lose its meaning): that is a conflict, and nothing changes.
     */
    @Transactional
    public EditedItem editItem(QuizId quizId, long itemId, ItemContent content) {
        Quiz quiz = quiz(quizId);
        Item item = quiz.item(itemId);
        List<Choice> before = item.choices();
        long keyBefore = item.key().id();
        // Read before the edit: a query flushes, and flushing the edit would already delete removed options.
        Set<Long> chosen = answers.chosenChoices(itemId);
        quiz.editItem(itemId, content);
        Set<Choice> after = Collections.newSetFromMap(new IdentityHashMap<>());
        after.addAll(item.choices());
        List<Long> removedButChosen = before.stream().filter(c -> !after.contains(c)).map(Choice::id)
                .filter(chosen::contains).toList();
        if (!removedButChosen.isEmpty()) {
            throw DomainException.conflict("chosen-option-removed", "Students chose option(s) " + removedButChosen
                    + " of this item; an option students chose can be reworded or moved, not removed.");
        }
        quizzes.add(quiz); // flushes, so the new key has its id and the markings below see the edit
        item.choices();
        boolean keyChanged = item.key().id() != keyBefore;
        RegradeOffer offer = offer(itemId, keyChanged);
        boolean relevant = offer.answeredInClosedAttempts() > 0 || offer.attemptsToRegrade() > 0;
        return new EditedItem(item, relevant ? Optional.of(offer) : Optional.empty());
    }

    /** What a regrade of the item would change now (for a page that reloads after an edit). */
    @Transactional
    public RegradeOffer preview(QuizId quizId, long itemId) {
        quiz(quizId).item(itemId);
        return offer(itemId, null);
    }

    /**
     * Re-marks every closed attempt that was given the item with today's keys, locking each attempt first so no
     * two regrades interleave, and publishes one {@link GradeChange} per student whose score changed, with their
     * grade under the quiz's grading method. An attempt's score becomes what all its responses earn today, so a
     * key corrected on another item of the same attempt is applied too: the score always matches the keys shown.
     */
    @Transactional
    public Regrade regrade(QuizId quizId, long itemId) {
        Quiz quiz = quiz(quizId);
        quiz.item(itemId);
        Instant now = clock.instant();
        List<Answers.Marking> markings = answers.markings(itemId);
        List<RegradedAttempt> changed = new ArrayList<>();
        Map<UserId, Attempt> latestChanged = new LinkedHashMap<>();
        for (Answers.Marking marking : markings) {
            Attempt attempt = attempts.findForUpdate(marking.attempt()).orElseThrow();
            Score before = attempt.score().orElseThrow();
            double earned = attempts.earnedPoints(attempt.id());
            if (Math.abs(before.points() - earned) > 1e-9) {
                Score after = attempt.rescore(earned);
                changed.add(new RegradedAttempt(attempt.id(), attempt.student(), before, after));
                if (!attempt.isPreview()) {
                    latestChanged.merge(attempt.student(), attempt, (a, b) -> a.number() >= b.number() ? a : b);
                }
            }
        }
        List<GradeChange> gradeChanges = new ArrayList<>();
        for (Map.Entry<UserId, Attempt> e : latestChanged.entrySet()) {
            List<Double> graded = attempts.findAll(quizId, e.getKey()).stream()
                    .filter(Attempt::isClosed).map(a -> a.score().orElseThrow().fraction()).toList();
            Attempt attempt = e.getValue();
            Score score = attempt.score().orElseThrow();
            double grade = quiz.settings().gradingMethod().grade(graded).orElse(score.fraction());
            gradeChanges.add(new GradeChange(quizId, e.getKey(), attempt.id(), score, grade, now));
        }
        gradeChanges.forEach(change -> publishers.forEach(publisher -> publisher.publish(change)));
        return new Regrade(itemId, markings.size(), changed, gradeChanges);
    }

    private RegradeOffer offer(long itemId, Boolean keyChanged) {
        List<Answers.Marking> toChange = answers.markings(itemId).stream().filter(Answers.Marking::changes).toList();
        int students = toChange.stream().map(Answers.Marking::student).collect(Collectors.toSet()).size();
        return new RegradeOffer(itemId, keyChanged, answers.answeredInClosedAttempts(itemId), toChange.size(), students);
    }

    private Quiz quiz(QuizId id) {
        return quizzes.find(id).orElseThrow(() -> DomainException.notFound("quiz", id));
    }
}
