package org.articlequiz.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.articlequiz.attempt.GradeChange;
import org.articlequiz.attempt.ScorePublisher;

/**
 * A {@link ScorePublisher} that remembers what it was given, added to a test deployment so an integration test can
 * see over HTTP ({@code GET /api/test/grade-changes?quizId=…}) which grades would have left for the gradebook.
 * Never part of the shipped WAR.
 */
@ApplicationScoped
public class RecordingScorePublisher implements ScorePublisher {
    private final List<GradeChange> changes = new CopyOnWriteArrayList<>();

    @Override
    public void publish(GradeChange change) {
        changes.add(change);
    }

    List<GradeChange> changes() {
        return List.copyOf(changes);
    }

    /** One published change as JSON. */
    public record Published(long quizId, long userId, long attemptId, double points, double maxPoints, double quizGrade) {
    }

    @Path("/test/grade-changes")
    @Produces(MediaType.APPLICATION_JSON)
    public static class Resource {
        @Inject
        RecordingScorePublisher publisher;

        @GET
        public List<Published> list(@QueryParam("quizId") long quizId) {
            return publisher.changes().stream().filter(c -> c.quiz().value() == quizId)
                    .map(c -> new Published(c.quiz().value(), c.student().value(), c.attempt().value(),
                            c.attemptScore().points(), c.attemptScore().maxPoints(), c.quizGrade()))
                    .toList();
        }
    }
}
