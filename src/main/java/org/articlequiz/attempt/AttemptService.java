package org.articlequiz.attempt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.articlequiz.DomainException;
import org.articlequiz.quiz.FeedbackTiming;
import org.articlequiz.quiz.Quiz;
import org.articlequiz.quiz.QuizId;
import org.articlequiz.quiz.QuizSettings;
import org.articlequiz.quiz.Quizzes;
import org.articlequiz.user.UserId;

/**
 * What students do: start or resume an attempt, save answers, submit, review. Every method is one transaction,
 * so an answer is acknowledged only after it is committed.
 */
@ApplicationScoped
public class AttemptService {
    private static final SecureRandom SEEDS = new SecureRandom();
    /** How far ahead of the server's clock a save's {@code seq} (epoch ms) may be: the page's clock estimate, and more. */
    static final java.time.Duration SEQ_AHEAD = java.time.Duration.ofMinutes(2);

    @Inject
    Attempts attempts;
    @Inject
    Quizzes quizzes;
    @Inject
    Clock clock;
    @Inject
    @Any
    Instance<ScorePublisher> publishers;
    @Inject
    AnswerWriter writer;
    @Inject
    ChoiceTokens tokens;
    @Inject
    AttemptService self;
    @Inject
    SourceParagraphs paragraphs;
    @Inject
    QuizPapers papers;

    /** The student's attempt in progress, or a new one if the quiz's rules allow it. */
    @Transactional
    public Delivery startOrResume(QuizId quizId, UserId student) {
        return startOrResume(quizId, student, false);
    }

    /**
     * As {@link #startOrResume(QuizId, UserId)}; with {@code preview} (an instructor's launch) a new attempt is a
     * preview: its score never goes to the gradebook, results leave it out, and previews do not count against the
     * quiz's attempt limit.
     */
    @Transactional
    public Delivery startOrResume(QuizId quizId, UserId student, boolean preview) {
        // Issue 12: the quiz's items and choices as kept for every start of it (one single-row read while unchanged).
        QuizPaper paper = papers.current(quizId);
        QuizSettings settings = paper.settings();
        attempts.lockStudent(quizId, student);
        Instant now = clock.instant();
        List<Attempt> previous = attempts.findAll(quizId, student);
        for (Attempt attempt : previous) {
            if (attempt.hasExpired(now)) {
                close(attempt, quizId, settings, now, Attempt.CloseReason.TIME_EXPIRED);
            }
        }
        Optional<Attempt> open = previous.stream().filter(a -> a.isOpen(now)).findFirst();
        if (open.isPresent()) {
            return deliver(open.get(), paper);
        }
        var accommodation = quizzes.accommodationFor(quizId, student);
        List<Long> itemIds = new ArrayList<>(paper.deliverable());
        AttemptPolicy.checkMayStart(settings, accommodation, preview ? 0 : previous.size(), itemIds.size(), now);
        Instant endsAt = AttemptPolicy.endOf(settings, accommodation, now).orElse(null);
        Attempt attempt = new Attempt(quizId, student, previous.size() + 1, now, endsAt, itemIds.size(), SEEDS.nextLong());
        if (preview) {
            attempt.asPreview();
        }
        if (settings.shuffleQuestions()) {
            // drawn once, from the attempt's own seed, and stored with the attempt: a reload shows the same order
            Collections.shuffle(itemIds, new Random(attempt.shuffleSeed()));
        }
        attempts.add(attempt, itemIds);
        // A new attempt: its items are the ones just stored, and it has no responses yet (two queries saved per start).
        return deliver(attempt, paper, itemIds, List.of());
    }

    @Transactional
    public Delivery get(AttemptId id, UserId student) {
        Attempt attempt = owned(attempts.find(id), id, student);
        QuizPaper paper = papers.current(attempt.quiz());
        closeIfExpired(attempt, attempt.quiz(), paper.settings());
        return deliver(attempt, paper);
    }

    /**
     * Saves one answer; the stage completes once it is committed ({@link AnswerWriter} commits saves in groups).
     * A retried save (same {@code seq}) or a stale one (lower {@code seq}) changes nothing and says so; the committed
     * state is returned either way, with the attempt's authoritative end. The deadline is checked against the time
     * the save arrived. {@code choice} is the token this attempt gave the choice (null clears the answer); it is
     * turned back into the choice here, without a database read, and a token of another attempt is refused.
     */
    public CompletionStage<SavedAnswer> save(AttemptId id, UserId student, long itemId, String choice, long seq) {
        Instant receivedAt = clock.instant();
        if (seq > receivedAt.plus(SEQ_AHEAD).toEpochMilli()) {
            // Issue 11: seq is the server's time when the page made the answer (the page corrects its clock by the
            // server's). One far ahead, from a device whose clock runs fast, would make every later save of the item
            // look stale, from this device or another; refused, the page numbers the answer again.
            throw DomainException.invalid("seq-ahead", "The answer's sequence number " + seq + " lies ahead of the server's "
                    + "clock (" + receivedAt.toEpochMilli() + " ms); send it again with the server's time.");
        }
        ChoiceTokens.Names names = tokens.forAttempt(id);
        Long choiceId = null;
        if (choice != null) {
            OptionalLong named = names.choiceId(choice);
            if (named.isEmpty()) {
                // Refused as any other save would be: not the student's attempt, closed, no such item, or this.
                throw self.whyNotSaved(id, student, itemId, receivedAt);
            }
            choiceId = named.getAsLong();
        }
        return writer.save(new AnswerSave(id, student, itemId, choiceId, seq, receivedAt))
                .thenApply(outcome -> SavedAnswer.of(outcome, names));
    }

    /** Stores a batch of saves in one transaction: the group commit of {@link AnswerWriter}. */
    @Transactional
    public List<Optional<SaveOutcome>> store(List<AnswerSave> saves) {
        return attempts.saveResponses(saves);
    }

    /**
     * What a save that has been committed (or refused) tells the student: the outcome, the reason it was refused,
     * or, when the answer was marked and locked (immediate feedback), its feedback.
     */
    SaveOutcome conclude(AnswerSave save, Optional<SaveOutcome> outcome) {
        if (outcome.isEmpty()) {
            throw self.whyNotSaved(save.attempt(), save.student(), save.itemId(), save.receivedAt());
        }
        SaveOutcome saved = outcome.get();
        if (!saved.applied() && saved.seq() < save.seq()) {
            throw DomainException.conflict("answer-locked",
                    "This item was marked with immediate feedback; its answer can no longer change.");
        }
        if (saved.locked()) {
            return saved.withFeedback(self.feedback(save.attempt(), save.itemId(), saved.choiceId()));
        }
        return saved;
    }

    /**
     * Immediate feedback on a save (issue 11): the item's key, explanation and source in one small query, the source's
     * paragraph from {@link SourceParagraphs}; the quiz and its articles are loaded only the first time a paragraph is
     * looked for, not at every save.
     */
    @Transactional
    public ItemFeedback feedback(AttemptId id, long itemId, Long choiceId) {
        ItemKey key = attempts.itemKey(id, itemId).orElseThrow(() -> DomainException.notFound("item", itemId));
        String paragraph = paragraphs.of(key, () -> quiz(key.quiz()).paragraphOf(key.source())).orElse(null);
        return ItemFeedback.of(key, choiceId, paragraph, tokens.forAttempt(id));
    }

    /** Closes the attempt and grades it. Submitting again returns the same score and changes nothing. */
    @Transactional
    public Attempt submit(AttemptId id, UserId student) {
        Attempt attempt = owned(attempts.findForUpdate(id), id, student);
        if (!attempt.isClosed()) {
            close(attempt, attempt.quiz(), papers.current(attempt.quiz()).settings(), clock.instant(), Attempt.CloseReason.SUBMITTED);
        }
        return attempt;
    }

    @Transactional
    public Review review(AttemptId id, UserId student) {
        Attempt attempt = owned(attempts.find(id), id, student);
        Quiz quiz = quiz(attempt.quiz());
        closeIfExpired(attempt, quiz.id(), quiz.settings());
        Instant now = clock.instant();
        FeedbackTiming timing = quiz.settings().feedbackTiming();
        Map<Long, SavedResponse> responses = attempts.responses(id).stream()
                .collect(Collectors.toMap(SavedResponse::itemId, Function.identity()));
        boolean everything = switch (timing) {
            case IMMEDIATE, AFTER_SUBMISSION -> attempt.isClosed();
            case AFTER_CLOSE -> attempt.isClosed() && quiz.settings().hasClosed(now);
        };
        if (!everything && timing != FeedbackTiming.IMMEDIATE) {
            throw DomainException.conflict("review-not-available", timing == FeedbackTiming.AFTER_CLOSE
                    ? "Feedback is shown after the quiz closes" + quiz.settings().closesAt().map(c -> " at " + c).orElse("") + "."
                    : "Feedback is shown after the attempt is submitted.");
        }
        // Issue 11: while another attempt may follow, the review says right or wrong but not the key, unless the
        // instructor chose to show it. Feedback already given during the attempt (immediate, locked) stays as given.
        boolean withhold = everything && !quiz.settings().showKeysWhileAttemptsRemain() && AttemptPolicy.mayStartAnother(
                quiz.settings(), quizzes.accommodationFor(quiz.id(), student), attempts.findAll(quiz.id(), student).size(), now);
        List<ItemFeedback> items = new ArrayList<>();
        ChoiceTokens.Names names = tokens.forAttempt(id);
        for (long itemId : attempts.itemIds(id)) {
            SavedResponse response = responses.get(itemId);
            boolean locked = response != null && response.locked();
            if (everything || locked) {
                ItemFeedback feedback = ItemFeedback.of(quiz, quiz.item(itemId), response == null ? null : response.choiceId(), names);
                items.add(withhold && !locked ? feedback.withoutKey() : feedback);
            }
        }
        return new Review(attempt, attempt.score().orElse(null), items, withhold);
    }

    /** Closes one attempt whose time ran out, at its end time. Used by {@link ExpiredAttemptsSweeper}. */
    @Transactional
    public void closeExpired(AttemptId id) {
        attempts.findForUpdate(id).ifPresent(attempt -> closeIfExpired(attempt, attempt.quiz(),
                papers.current(attempt.quiz()).settings()));
    }

    /** Attempts past their end and past the grace period (a retried save may still land before that). */
    @Transactional
    public List<AttemptId> expiredAttempts(int limit) {
        return attempts.expired(clock.instant().minus(Attempt.GRACE), limit);
    }

    private void closeIfExpired(Attempt attempt, QuizId quiz, QuizSettings settings) {
        Instant now = clock.instant();
        if (attempt.hasExpired(now)) {
            close(attempt, quiz, settings, now, Attempt.CloseReason.TIME_EXPIRED);
        }
    }

    private void close(Attempt attempt, QuizId quiz, QuizSettings settings, Instant now, Attempt.CloseReason reason) {
        // Acknowledged means counted: lock the row (a batch that admitted a save of this attempt holds it FOR SHARE
        // until it commits), then read the points in a fresh snapshot that includes that save.
        attempts.lock(attempt);
        if (attempt.isClosed()) {
            return;
        }
        Score score = attempt.close(now, attempts.earnedPoints(attempt.id()), reason, settings.closesAt().orElse(null));
        if (attempt.isPreview()) {
            return; // an instructor's preview: no grade, nothing for the gradebook (Moodle refused it with a 400)
        }
        List<Double> graded = attempts.findAll(attempt.quiz(), attempt.student()).stream()
                .map(a -> a.id().equals(attempt.id()) ? Optional.of(score) : a.score())
                .flatMap(Optional::stream).map(Score::fraction).toList();
        double grade = settings.gradingMethod().grade(graded).orElse(score.fraction());
        GradeChange change = new GradeChange(quiz, attempt.student(), attempt.id(), score, grade, now);
        publishers.forEach(publisher -> publisher.publish(change));
    }

    private Delivery deliver(Attempt attempt, QuizPaper paper) {
        return deliver(attempt, paper, attempts.itemIds(attempt.id()), attempts.responses(attempt.id()));
    }

    /** The attempt in the student's terms: choices named by this attempt's tokens, never by their row ids. */
    private Delivery deliver(Attempt attempt, QuizPaper paper, List<Long> itemIds, List<SavedResponse> responses) {
        ChoiceTokens.Names names = tokens.forAttempt(attempt.id());
        List<Delivery.DeliveredItem> items = new ArrayList<>(itemIds.size());
        for (int n = 0; n < itemIds.size(); n++) {
            QuizPaper.PaperItem item = paper.item(itemIds.get(n));
            List<Delivery.DeliveredChoice> choices = new ArrayList<>(item.choices().size());
            for (QuizPaper.PaperChoice c : item.choices()) {
                choices.add(new Delivery.DeliveredChoice(names.token(c.id()), c.text()));
            }
            if (paper.settings().shuffleChoices()) {
                // Stable per attempt: the same attempt always shows the same order, another attempt another.
                Collections.shuffle(choices, new Random(attempt.shuffleSeed() ^ item.id()));
            }
            items.add(new Delivery.DeliveredItem(item.id(), n + 1, item.stem(), choices));
        }
        return new Delivery(attempt, items, responses.stream().map(r -> new Delivery.DeliveredResponse(r.itemId(),
                names.token(r.choiceId()), r.seq(), r.savedAt(), r.locked())).toList());
    }

    /**
     * Why a save was not admitted (read after the batch that refused it, or when its choice token was not one of
     * this attempt's). The detail never names a choice's row id.
     */
    @Transactional
    DomainException whyNotSaved(AttemptId id, UserId student, long itemId, Instant receivedAt) {
        Attempt attempt = owned(attempts.find(id), id, student);
        if (!attempt.isOpen(receivedAt)) {
            return DomainException.conflict("attempt-closed", attempt.isClosed()
                    ? "This attempt was closed at " + attempt.submittedAt().orElseThrow() + "; the answer was not saved."
                    : "Time ran out at " + attempt.endsAt().orElseThrow() + "; the answer was not saved.");
        }
        if (!attempts.itemIds(id).contains(itemId)) {
            return DomainException.invalid("item-not-in-attempt", "Item " + itemId + " is not part of attempt " + id + ".");
        }
        return DomainException.invalid("choice-not-in-item",
                "That choice is not one of the options this attempt gave for item " + itemId + "; the answer was not saved.");
    }

    private Attempt owned(Optional<Attempt> found, AttemptId id, UserId student) {
        Attempt attempt = found.orElseThrow(() -> DomainException.notFound("attempt", id));
        if (!attempt.student().equals(student)) {
            throw DomainException.forbidden("not-your-attempt", "Attempt " + id + " belongs to another student.");
        }
        return attempt;
    }

    private Quiz quiz(QuizId id) {
        return quizzes.find(id).orElseThrow(() -> DomainException.notFound("quiz", id));
    }
}
