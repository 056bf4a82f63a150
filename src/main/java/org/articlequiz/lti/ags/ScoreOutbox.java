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

    Optional<OutboxEntry> find(long id);

    /**
     * Takes up to {@code limit} pending entries due at {@code now} and leases them until {@code leaseUntil} (moves
     * their next try there), skipping rows another node holds locked: each due entry goes to one worker, and an
     * entry whose worker died comes back when the lease ends.
     */
    List<Long> lease(Instant now, Instant leaseUntil, int limit);

    /** The latest entry for an attempt, for the student's "the gradebook confirmed" line. */
    Optional<OutboxEntry> latestFor(AttemptId attempt);

    /** Parked entries of a quiz, for the instructor. */
    List<OutboxEntry> parked(long quizId);

    /** How many entries each state holds, over all platforms (or of {@code platform} only, when not null), for the admin. */
    Map<OutboxState, Long> countByState(PlatformId platform);

    /** The newest {@code limit} entries in a state (highest id first), over all platforms or of {@code platform}, for the admin. */
    List<OutboxEntry> newest(OutboxState state, int limit, PlatformId platform);
}
