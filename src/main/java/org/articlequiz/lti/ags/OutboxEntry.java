package org.articlequiz.lti.ags;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.articlequiz.attempt.AttemptId;
import org.articlequiz.lti.platform.PlatformId;

/**
 * One score to deliver to a platform's gradebook (AGS 3.4), written in the transaction that made the grade.
 * Everything the request needs is frozen here at grading time, the timestamp included, so that a late delivery
 * sends what was true then. Invariants: a DELIVERED or PARKED entry never changes again; tries only grow; only the
 * node holding the entry's lease ({@link #heldBy}) records an outcome, and recording one ends the lease.
 */
@Entity
@Table(name = "lti_score_outbox")
public class OutboxEntry {
    static final int MAX_TRIES = 25;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "platform_id", nullable = false)
    private long platformId;
    @Column(name = "attempt_id", nullable = false)
    private long attemptId;
    @Column(name = "quiz_id", nullable = false)
    private long quizId;
    @Column(name = "user_id", nullable = false)
    private long userId;
    @Column(nullable = false)
    private String subject;
    @Column(name = "resource_link_id")
    private String resourceLinkId;
    @Column(name = "line_items_url")
    private String lineItemsUrl;
    @Column(name = "line_item_url")
    private String lineItemUrl;
    @Column(nullable = false)
    private String scopes;
    @Column(nullable = false)
    private String label;
    @Column(name = "score_given", nullable = false)
    private double scoreGiven;
    @Column(name = "score_maximum", nullable = false)
    private double scoreMaximum;
    /** ISO 8601 with microseconds, fixed when the grade was made (AGS 3.4.6 timestamp). */
    @Column(name = "score_timestamp", nullable = false)
    private String timestamp;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OutboxState state;
    @Column(nullable = false)
    private int tries;
    @Column(name = "next_try_at", nullable = false)
    private Instant nextTryAt;
    @Column(name = "last_error")
    private String lastError;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "delivered_at")
    private Instant deliveredAt;
    /** The node working on this entry and until when (issue 12); null when no node holds it. */
    @Column(name = "lease_owner")
    private String leaseOwner;
    @Column(name = "lease_until")
    private Instant leaseUntil;

    protected OutboxEntry() {
    }

    OutboxEntry(GradeTarget target, AttemptId attempt, String label, double scoreGiven, double scoreMaximum,
                String timestamp, Instant now) {
        this.platformId = target.platform().value();
        this.attemptId = attempt.value();
        this.quizId = target.quiz().value();
        this.userId = target.user().value();
        this.subject = target.subject();
        this.resourceLinkId = target.resourceLinkId();
        this.lineItemsUrl = target.lineItems() == null ? null : target.lineItems().toString();
        this.lineItemUrl = target.lineItem() == null ? null : target.lineItem().toString();
        this.scopes = String.join(" ", target.scopes());
        this.label = label;
        this.scoreGiven = scoreGiven;
        this.scoreMaximum = scoreMaximum;
        this.timestamp = timestamp;
        this.state = OutboxState.PENDING;
        this.nextTryAt = now;
        this.createdAt = now;
    }

    public long id() {
        return id;
    }

    public PlatformId platform() {
        return new PlatformId(platformId);
    }

    public AttemptId attempt() {
        return new AttemptId(attemptId);
    }

    public long quizId() {
        return quizId;
    }

    public long userId() {
        return userId;
    }

    public String subject() {
        return subject;
    }

    public String resourceLinkId() {
        return resourceLinkId;
    }

    public URI lineItems() {
        return lineItemsUrl == null ? null : URI.create(lineItemsUrl);
    }

    public URI lineItem() {
        return lineItemUrl == null ? null : URI.create(lineItemUrl);
    }

    public Set<String> scopes() {
        return new LinkedHashSet<>(Arrays.asList(scopes.isBlank() ? new String[0] : scopes.split(" ")));
    }

    public String label() {
        return label;
    }

    public double scoreGiven() {
        return scoreGiven;
    }

    public double scoreMaximum() {
        return scoreMaximum;
    }

    public String timestamp() {
        return timestamp;
    }

    public OutboxState state() {
        return state;
    }

    public int tries() {
        return tries;
    }

    public Instant nextTryAt() {
        return nextTryAt;
    }

    public String lastError() {
        return lastError;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }

    /** Whether {@code owner} holds this entry's lease at {@code now}: only then may it send the score or record an outcome. */
    public boolean heldBy(String owner, Instant now) {
        return state == OutboxState.PENDING && owner.equals(leaseOwner) && leaseUntil != null && leaseUntil.isAfter(now);
    }

    public String leaseOwner() {
        return leaseOwner;
    }

    public Instant leaseUntil() {
        return leaseUntil;
    }

    /** Taken by {@code owner} until {@code until} (the store's lease query does this in SQL; in-memory stores call it). */
    void leaseTo(String owner, Instant until) {
        this.leaseOwner = owner;
        this.leaseUntil = until;
    }

    void lineItemFound(URI lineItem) {
        this.lineItemUrl = lineItem.toString();
    }

    void delivered(Instant now) {
        requirePending();
        this.tries++;
        this.state = OutboxState.DELIVERED;
        this.deliveredAt = now;
        this.lastError = null;
        endLease();
    }

    /** Another try at {@code at}; parks instead once it has failed {@link #MAX_TRIES} times. */
    void retryAt(Instant at, String reason) {
        requirePending();
        this.tries++;
        this.lastError = reason;
        if (tries >= MAX_TRIES) {
            this.state = OutboxState.PARKED;
            this.lastError = "gave up after " + tries + " tries: " + reason;
        } else {
            this.nextTryAt = at;
        }
        endLease();
    }

    /** A newer score of the same student and quiz was queued first (the database does this in one update). */
    void supersede() {
        requirePending();
        this.state = OutboxState.SUPERSEDED;
        this.lastError = "a newer score of this student replaced it before it was sent";
        endLease();
    }

    void park(String reason) {
        requirePending();
        this.tries++;
        this.state = OutboxState.PARKED;
        this.lastError = reason;
        endLease();
    }

    /** An instructor asks to send a parked score again. */
    void requeue(Instant now) {
        if (state == OutboxState.PARKED) {
            this.state = OutboxState.PENDING;
            this.nextTryAt = now;
            endLease();
        }
    }

    private void endLease() {
        this.leaseOwner = null;
        this.leaseUntil = null;
    }

    private void requirePending() {
        if (state != OutboxState.PENDING) {
            throw new IllegalStateException("outbox entry " + id + " is already " + state);
        }
    }
}
