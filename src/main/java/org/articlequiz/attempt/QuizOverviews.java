package org.articlequiz.attempt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.articlequiz.DomainException;
import org.articlequiz.quiz.Quiz;
import org.articlequiz.quiz.QuizId;
import org.articlequiz.quiz.QuizSettings;
import org.articlequiz.quiz.Quizzes;
import org.articlequiz.user.UserId;

/** The student's start page of a quiz: reads only, never starts or closes anything. */
@ApplicationScoped
public class QuizOverviews {
    @Inject
    Quizzes quizzes;
    @Inject
    Attempts attempts;
    @Inject
    Clock clock;

    @Transactional
    public QuizOverview of(QuizId quizId, UserId student) {
        Quiz quiz = quizzes.find(quizId).orElseThrow(() -> DomainException.notFound("quiz", quizId));
        Instant now = clock.instant();
        QuizSettings settings = quiz.settings();
        var accommodation = quizzes.accommodationFor(quizId, student);
        List<Attempt> previous = attempts.findAll(quizId, student);
        Long open = previous.stream().filter(a -> a.isOpen(now)).map(a -> a.id().value()).findFirst().orElse(null);
        String whyNot = null;
        if (open == null) {
            try {
                // An attempt that has expired but is not closed yet still counts: it was started.
                AttemptPolicy.checkMayStart(settings, accommodation, previous.size(), quiz.deliverableItems().size(), now);
            } catch (DomainException e) {
                whyNot = e.getMessage();
            }
        }
        return new QuizOverview(quizId.value(), quiz.title(), quiz.deliverableItems().size(),
                settings.timeLimit().map(limit -> (int) limit.plus(accommodation.extraTime()).toSeconds()).orElse(null),
                settings.attemptsAllowed().map(n -> n + accommodation.extraAttempts()).orElse(null),
                settings.opensAt().orElse(null), settings.closesAt().orElse(null), settings.feedbackTiming(),
                previous.stream().map(a -> new QuizOverview.PastAttempt(a.id().value(), a.number(),
                        a.isClosed() || a.hasExpired(now) ? "closed" : "open", a.startedAt(), a.submittedAt().orElse(null))).toList(),
                open, open == null && whyNot == null, whyNot, settings.practice(), clock.instant());
    }
}
