package org.articlequiz.attempt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.articlequiz.DomainException;
import org.articlequiz.quiz.Quiz;
import org.articlequiz.quiz.QuizId;
import org.articlequiz.quiz.Quizzes;

/**
 * Each quiz's {@link QuizPaper}, made once per change of the quiz instead of once per start (issue 12: 2,000 students
 * starting the same quiz loaded and tracked the same quiz, 20 items and 80 choices 2,000 times, and Hibernate checked
 * all 101 entities for changes at every commit).
 *
 * <p>Never stale, on any node: {@link #current} first reads the quiz's {@code delivery_version}, which the database
 * itself raises on every change to the quiz, its items or their choices (triggers of migration V33, whoever makes the
 * change: this node, another node, SQL by hand), and uses the kept paper only if it was taken at that version. So
 * the cost of a start is that one single-row read, not a cache that another node has to invalidate. The paper is
 * read after the version, so a paper is never older than the version it is kept under (a change committed between
 * the two reads makes it newer, and the next start, seeing the higher version, takes it again). Call within a
 * transaction. At most {@link #LIMIT} quizzes are kept; past that, all are forgotten at once (a term has far fewer
 * quizzes in use at one time).
 */
@ApplicationScoped
public class QuizPapers {
    static final int LIMIT = 10_000;

    @Inject
    Quizzes quizzes;

    private final ConcurrentHashMap<Long, QuizPaper> papers = new ConcurrentHashMap<>();
    /** Papers taken from the database: a test sees that starts of an unchanged quiz take it once. */
    final LongAdder taken = new LongAdder();

    /** The quiz's paper as of now; 404 if there is no such quiz. */
    QuizPaper current(QuizId id) {
        OptionalLong version = quizzes.deliveryVersion(id);
        if (version.isEmpty()) {
            throw DomainException.notFound("quiz", id);
        }
        QuizPaper kept = papers.get(id.value());
        if (kept != null && kept.version() == version.getAsLong()) {
            return kept;
        }
        QuizPaper paper = take(id, version.getAsLong());
        taken.increment();
        if (papers.size() >= LIMIT) {
            papers.clear();
        }
        // Two starts that took the paper at once keep the newer one.
        papers.merge(id.value(), paper, (old, taken) -> old.version() > taken.version() ? old : taken);
        return paper;
    }

    /** The quiz's paper read now, to be kept under {@code version}, read before it. */
    QuizPaper take(QuizId id, long version) {
        Quiz quiz = quizzes.findForDelivery(id).orElseThrow(() -> DomainException.notFound("quiz", id));
        return QuizPaper.of(quiz, version);
    }
}
