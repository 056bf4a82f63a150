package org.articlequiz.lti.ags;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.articlequiz.DomainException;
import org.articlequiz.attempt.AttemptId;
import org.articlequiz.lti.Caller;
import org.articlequiz.quiz.QuizId;

/** What the gradebook did with a score: for the student's confirmation line and the instructor's parked list. */
@ApplicationScoped
public class GradebookStatus {
    @Inject
    ScoreOutbox outbox;
    @Inject
    java.time.Clock clock;
    @Inject
    org.articlequiz.quiz.Quizzes quizzes;

    /** @param state NOT_SENT when no gradebook takes this quiz's grades (launched without AGS, or outside a platform) */
    public record Delivery(String state, int tries, String lastError, Instant deliveredAt) {
    }

    public record Parked(long id, AttemptId attempt, String subject, double scoreGiven, double scoreMaximum, String reason) {
    }

    @Transactional
    public Delivery ofAttempt(AttemptId attempt, Caller caller) {
        return outbox.latestFor(attempt)
                .map(e -> {
                    if (e.userId() != caller.user().value()) {
                        if (!caller.isInstructor()) {
                            throw DomainException.forbidden("not-your-attempt", "This is another student's attempt.");
                        }
                        requireCourseInstructor(e.quizId(), caller);
                    }
                    // the platform's answer (its error body) is for instructors, never for students (issue 11)
                    return new Delivery(e.state().name(), e.tries(),
                            e.state() == OutboxState.PARKED && caller.isInstructor() ? e.lastError() : null, e.deliveredAt());
                })
                .orElse(new Delivery("NOT_SENT", 0, null, null));
    }

    @Transactional
    public List<Parked> parked(QuizId quiz, Caller caller) {
        requireCourseInstructor(quiz.value(), caller);
        return outbox.parked(quiz.value()).stream()
                .map(e -> new Parked(e.id(), e.attempt(), e.subject(), e.scoreGiven(), e.scoreMaximum(), e.lastError()))
                .toList();
    }

    /** An instructor sends a parked score again (after fixing the cause in the platform). */
    @Transactional
    public Delivery retry(long outboxId, Caller caller) {
        OutboxEntry entry = outbox.find(outboxId).orElseThrow(() -> DomainException.notFound("gradebook-score", outboxId));
        requireCourseInstructor(entry.quizId(), caller);
        entry.requeue(clock.instant());
        return new Delivery(entry.state().name(), entry.tries(), null, entry.deliveredAt());
    }

    /** Only an instructor of the quiz's course (the launch's context) sees or resends its scores. */
    private void requireCourseInstructor(long quizId, Caller caller) {
        caller.requireInstructor();
        quizzes.find(new QuizId(quizId)).ifPresent(quiz -> quiz.requireOpenTo(caller.contextId()));
    }
}
