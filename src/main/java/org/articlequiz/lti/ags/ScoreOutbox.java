package org.articlequiz.lti.ags;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.articlequiz.lti.platform.PlatformId;
import org.articlequiz.attempt.AttemptId;

/** The scores waiting for, or done with, delivery. */
public interface ScoreOutbox {
    void add(OutboxEntry entry);

    /**
     * Marks as superseded the pending scores of this platform, quiz and user that no node is sending at {@code now}
     * (no lease, or one that ended): a newer score of theirs is about to be queued. Returns how many.
     */
    int supersede(long platformId, long quizId, long userId, Instant now);

    Optional<OutboxEntry> find(long id);

    /** The entry, its row locked until the transaction ends, so that an outcome is recorded by one node at a time. */
    Optional<OutboxEntry> findForUpdate(long id);

    /**
     * Takes up to {@code limit} pending entries due at {@code now} that no node holds a lease on (none, or one that
     * ended), and leases them to {@code owner} until {@code leaseUntil}, skipping rows another node is leasing at this
     * moment ({@code for update skip locked}): each due entry goes to one node, and an entry whose node died comes
     * back when its lease ends.
     */
    List<Long> lease(Instant now, Instant leaseUntil, String owner, int limit);

    /** Extends {@code owner}'s lease on the entry to {@code until}; false if it no longer holds it at {@code now}. */
    boolean renew(long id, String owner, Instant now, Instant until);

    /** Pending entries due at {@code now} (held or not): the backlog a readiness check reports. */
    long due(Instant now);

    /** The latest entry for an attempt, for the student's "the gradebook confirmed" line. */
    Optional<OutboxEntry> latestFor(AttemptId attempt);

    /** Parked entries of a quiz, for the instructor. */
    List<OutboxEntry> parked(long quizId);

    /** How many entries each state holds, over all platforms (or of {@code platform} only, when not null), for the admin. */
    Map<OutboxState, Long> countByState(PlatformId platform);

    /** The newest {@code limit} entries in a state (highest id first), over all platforms or of {@code platform}, for the admin. */
    List<OutboxEntry> newest(OutboxState state, int limit, PlatformId platform);
}
