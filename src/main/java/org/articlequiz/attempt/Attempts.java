package org.articlequiz.attempt;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.articlequiz.quiz.QuizId;
import org.articlequiz.user.UserId;

/** All attempts and their responses. */
public interface Attempts {
    Optional<Attempt> find(AttemptId id);

    /** The attempt, locked until the transaction ends (for closing it exactly once). */
    Optional<Attempt> findForUpdate(AttemptId id);

    /**
     * Locks the attempt's row until the transaction ends and reloads its state. Every close goes through this before
     * it reads the points, so it waits for a batch of saves that admitted an answer of this attempt to commit (see
     * {@link #saveResponses}) and grades that answer.
     */
    void lock(Attempt attempt);

    /** The student's attempts at the quiz in the order they were started. */
    List<Attempt> findAll(QuizId quiz, UserId student);

    /** Every attempt at the quiz but instructors' previews, by student and number. */
    List<Attempt> findAll(QuizId quiz);

    /** Serializes starts of one student on one quiz until the transaction ends. */
    void lockStudent(QuizId quiz, UserId student);

    void add(Attempt attempt, List<Long> itemIdsInOrder);

    List<Long> itemIds(AttemptId attempt);

    /**
     * Stores each answer if its attempt belongs to its student, is open at the time the save was received, contains
     * the item, the choice belongs to the item, and {@code seq} is newer than the stored answer's; all saves in one
     * statement (the caller's transaction commits them together). When the quiz gives immediate feedback a stored
     * choice is locked (a cleared answer is not). The outcomes come in the order of {@code saves}; an outcome is empty
     * when the attempt is not open for that student or the item or choice does not fit. No two saves may be for the same attempt and item.
     */
    List<Optional<SaveOutcome>> saveResponses(List<AnswerSave> saves);

    List<SavedResponse> responses(AttemptId attempt);

    /** The key, explanation and source of one item of the attempt (empty when the item is not the attempt's). */
    Optional<ItemKey> itemKey(AttemptId attempt, long itemId);

    /** Points the attempt's stored responses earn (one per correct choice). */
    double earnedPoints(AttemptId attempt);

    /** Open attempts whose end has passed. */
    List<AttemptId> expired(Instant now, int limit);
}
