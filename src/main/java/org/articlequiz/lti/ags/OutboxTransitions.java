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
import org.articlequiz.config.NodeName;

/**
 * The outbox's short transactions, each its own, so that no database transaction stays open across a network call:
 * lease due entries, read one, and record what the platform answered. Every step after the lease acts only while
 * this node holds the entry's lease (issue 12): a node whose lease ended (it stalled, and another node took the
 * entry) records nothing, and {@link #renew} before the score goes out keeps two nodes from both sending it.
 */
@ApplicationScoped
public class OutboxTransitions {
    /** How long a leased entry is left to its worker before another may take it. */
    static final Duration LEASE = Duration.ofMinutes(2);
    /** How long a claim to create a gradebook column lasts: longer than the two calls it covers (find and create). */
    static final Duration COLUMN_CLAIM = Duration.ofMinutes(1);

    @Inject
    ScoreOutbox outbox;
    @Inject
    GradebookColumns columns;
    @Inject
    Clock clock;
    @Inject
    NodeName node;

    protected OutboxTransitions() {
    }

    public OutboxTransitions(ScoreOutbox outbox, GradebookColumns columns, Clock clock, NodeName node) {
        this.outbox = outbox;
        this.columns = columns;
        this.clock = clock;
        this.node = node;
    }

    @Transactional
    public List<Long> leaseDue(int limit) {
        Instant now = clock.instant();
        return outbox.lease(now, now.plus(LEASE), node.value(), limit);
    }

    /** The entry, if it is pending and this node holds its lease. */
    @Transactional
    public Optional<OutboxEntry> pending(long id) {
        return outbox.find(id).filter(this::held);
    }

    /** Extends this node's lease by {@link #LEASE}; false if the lease is gone (then nothing may be sent). */
    @Transactional
    public boolean renew(long id) {
        Instant now = clock.instant();
        return outbox.renew(id, node.value(), now, now.plus(LEASE));
    }

    @Transactional
    public void lineItemFound(long id, URI lineItem) {
        outbox.findForUpdate(id).filter(this::held).ifPresent(e -> e.lineItemFound(lineItem));
    }

    @Transactional
    public void delivered(long id) {
        outbox.findForUpdate(id).filter(this::held).ifPresent(e -> e.delivered(clock.instant()));
    }

    @Transactional
    public void retryAfter(long id, Duration delay, String reason) {
        outbox.findForUpdate(id).filter(this::held).ifPresent(e -> e.retryAt(clock.instant().plus(delay), reason));
    }

    @Transactional
    public void park(long id, String reason) {
        outbox.findForUpdate(id).filter(this::held).ifPresent(e -> e.park(reason));
    }

    @Transactional
    public Optional<URI> recordedColumn(GradebookColumns.Key key) {
        return columns.recorded(key);
    }

    /** True if this node may create the column now (see {@link GradebookColumns#claim}). */
    @Transactional
    public boolean claimColumn(GradebookColumns.Key key) {
        Instant now = clock.instant();
        return columns.claim(key, node.value(), now, now.plus(COLUMN_CLAIM));
    }

    @Transactional
    public void recordColumn(GradebookColumns.Key key, URI lineItem) {
        columns.record(key, lineItem);
    }

    private boolean held(OutboxEntry entry) {
        return entry.heldBy(node.value(), clock.instant());
    }
}
