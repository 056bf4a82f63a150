package org.articlequiz.lti.ags;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.articlequiz.attempt.GradeChange;
import org.articlequiz.attempt.ScorePublisher;
import org.articlequiz.quiz.Quiz;
import org.articlequiz.quiz.Quizzes;

/**
 * Grade passback's side of the grading transaction: writes one outbox row, never calls the network. If the
 * transaction rolls back, the row goes with it; if it commits, the worker will deliver it, even after a restart.
 */
@ApplicationScoped
public class AgsScorePublisher implements ScorePublisher {
    /** AGS 3.4.6: ISO 8601 with sub-second precision; platforms keep the score with the latest timestamp. */
    static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSXXX").withZone(ZoneOffset.UTC);

    @Inject
    GradeTargets targets;
    @Inject
    ScoreOutbox outbox;
    @Inject
    Quizzes quizzes;
    @Inject
    Clock clock;

    protected AgsScorePublisher() {
    }

    public AgsScorePublisher(GradeTargets targets, ScoreOutbox outbox, Quizzes quizzes, Clock clock) {
        this.targets = targets;
        this.outbox = outbox;
        this.quizzes = quizzes;
        this.clock = clock;
    }

    @Override
    public void publish(GradeChange change) {
        double maximum = change.attemptScore().maxPoints();
        if (maximum <= 0) {
            return; // AGS 3.4.5: scoreMaximum must be positive; a quiz without items has nothing to send
        }
        targets.find(change.quiz(), change.student()).ifPresent(target -> {
            String label = quizzes.find(change.quiz()).map(Quiz::title).orElse("Quiz " + change.quiz());
            double given = Math.round(change.quizGrade() * maximum * 10_000) / 10_000.0;
            // The platform keeps the newest score: an older one still waiting would be refused after it, or taken.
            outbox.supersede(target.platform().value(), target.quiz().value(), target.user().value(), clock.instant());
            outbox.add(new OutboxEntry(target, change.attempt(), label, given, maximum,
                    TIMESTAMP.format(change.gradedAt()), clock.instant()));
        });
    }
}
