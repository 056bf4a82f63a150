package org.articlequiz.lti.ags;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outbox's short transactions, each its own, so that no database transaction stays open across a network call:
 * lease due entries, read one, and record what the platform answered.
 */
@ApplicationScoped
public class OutboxTransitions {
    /** How long a leased entry is left to its worker before another may take it. */
    static final Duration LEASE = Duration.ofMinutes(2);

    @Inject
    ScoreOutbox outbox;
    @Inject
    Clock clock;

    protected OutboxTransitions() {
    }

    public OutboxTransitions(ScoreOutbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public List<Long> leaseDue(int limit) {
        Instant now = clock.instant();
        return outbox.lease(now, now.plus(LEASE), limit);
    }

    @Transactional
    public Optional<OutboxEntry> pending(long id) {
        return outbox.find(id).filter(e -> e.state() == OutboxState.PENDING);
    }

    @Transactional
    public void lineItemFound(long id, URI lineItem) {
        outbox.find(id).ifPresent(e -> e.lineItemFound(lineItem));
    }

    @Transactional
    public void delivered(long id) {
        outbox.find(id).filter(e -> e.state() == OutboxState.PENDING).ifPresent(e -> e.delivered(clock.instant()));
    }

    @Transactional
    public void retryAfter(long id, Duration delay, String reason) {
        outbox.find(id).filter(e -> e.state() == OutboxState.PENDING)
                .ifPresent(e -> e.retryAt(clock.instant().plus(delay), reason));
    }

    @Transactional
    public void park(long id, String reason) {
        outbox.find(id).filter(e -> e.state() == OutboxState.PENDING).ifPresent(e -> e.park(reason));
    }
}
