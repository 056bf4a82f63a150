package org.articlequiz.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.articlequiz.attempt.AnswerWriter;

/**
 * Liveness and readiness of this node, in the shape of MicroProfile Health (the WildFly here is provisioned without
 * its health subsystem, so the WAR answers at {@code /api/health/live} and {@code /api/health/ready} itself).
 *
 * <p>Live: the answer writers are running (they restart themselves when one dies; if they are gone, only a restart
 * helps). The database is not part of liveness: a database outage must not make an orchestrator restart every node.
 * Ready: live, the database answers, and the answer queue is not close to full (a node that is about to refuse saves
 * as busy should get no new students). The grade outbox's backlog is reported but never makes a node unready: a
 * platform's gradebook being down is no reason to send students elsewhere, and every node would see the same backlog.
 */
@ApplicationScoped
public class NodeHealth {
    /** Queue fill (of the limit) from which the node says it is not ready. */
    static final double QUEUE_NOT_READY = 0.8;

    public enum Status { UP, DOWN }

    /** One check: its name, status and figures. */
    public record Check(String name, Status status, Map<String, Object> data) {
    }

    /** The overall status (DOWN if any check is) and the checks. */
    public record Report(Status status, List<Check> checks) {
        static Report of(List<Check> checks) {
            return new Report(checks.stream().allMatch(c -> c.status() == Status.UP) ? Status.UP : Status.DOWN, checks);
        }
    }

    @Inject
    AnswerWriter writer;
    @Inject
    HealthQueries queries;
    @Inject
    Clock clock;

    public Report liveness() {
        return Report.of(List.of(writers()));
    }

    public Report readiness() {
        Check database;
        try {
            long due = queries.outboxDue(clock.instant());
            database = new Check("database", Status.UP, Map.of());
            return Report.of(List.of(writers(), queue(), database,
                    new Check("grade-outbox", Status.UP, Map.of("due", due))));
        } catch (RuntimeException e) {
            database = new Check("database", Status.DOWN, Map.of("error", e.getClass().getSimpleName()));
            return Report.of(List.of(writers(), queue(), database));
        }
    }

    private Check writers() {
        return new Check("answer-writers", writer.alive() ? Status.UP : Status.DOWN, Map.of());
    }

    private Check queue() {
        int queued = writer.queued();
        boolean room = queued < writer.queueLimit() * QUEUE_NOT_READY;
        return new Check("answer-queue", room ? Status.UP : Status.DOWN, Map.of("queued", queued, "limit", writer.queueLimit()));
    }
}
