package org.articlequiz.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.articlequiz.lti.ags.ScoreOutbox;

/** The database side of readiness, in a transaction of its own: one query that both proves the database answers and counts the outbox's due scores. */
@ApplicationScoped
public class HealthQueries {
    @Inject
    ScoreOutbox outbox;

    @Transactional
    public long outboxDue(Instant now) {
        return outbox.due(now);
    }
}
