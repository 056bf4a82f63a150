package org.articlequiz.quiz;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.articlequiz.DomainException;
import org.articlequiz.user.UserId;

/** All quizzes. */
public interface Quizzes {
    Optional<Quiz> find(QuizId id);

    /**
     * As {@link #find}, with the quiz's items and their choices loaded, as a start or resume delivers them: an
     * implementation backed by a database loads them in a fixed number of queries, not one per item (issue 12: a
     * 20-item start made 22 round trips for them, and a start stampede waited on those).
     */
    default Optional<Quiz> findForDelivery(QuizId id) {
        return find(id);
    }

    /**
     * A number that grows whenever anything a start or resume delivers of the quiz changes (its settings, items or
     * choices), whoever changed it, on whichever node; empty if there is no such quiz. What a node keeps of a quiz for
     * its starts is current exactly while this number is unchanged (issue 12, {@code attempt.QuizPapers}).
     */
    OptionalLong deliveryVersion(QuizId id);

    /**
     * Refuses a caller from course {@code contextId} the quiz is not open to ({@link Quiz#requireOpenTo}; 404 if
     * there is no such quiz). Every quiz request asks this before anything else; a quiz never changes course, so
     * implementations may keep the answer instead of loading the quiz each time.
     */
    default void requireOpenTo(QuizId id, String contextId) {
        find(id).orElseThrow(() -> DomainException.notFound("quiz", id)).requireOpenTo(contextId);
    }

    /**
     * The quizzes a caller from course {@code contextId} may see ({@link Course#admits}): the course's own and those of
     * no course, newest first; filtered by the database, so a course's dashboard never loads another course's quizzes.
     */
    List<Quiz> findAll(String contextId);

    void add(Quiz quiz);

    Accommodation accommodationFor(QuizId quiz, UserId student);

    void accommodate(QuizId quiz, UserId student, Accommodation accommodation);

    /** The quiz's accommodations by student, in the order they were given (none: an empty map). */
    java.util.Map<UserId, Accommodation> accommodations(QuizId quiz);
}
