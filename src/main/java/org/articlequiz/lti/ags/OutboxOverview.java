package org.articlequiz.lti.ags;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.articlequiz.DomainException;
import org.articlequiz.attempt.AttemptId;
import org.articlequiz.lti.platform.AdminScope;
import org.articlequiz.lti.platform.Admins;
import org.articlequiz.lti.platform.PlatformId;

/**
 * The admin's view of the grade outbox across all platforms (a platform administrator's: of their own registration): how many scores wait, were delivered or are parked,
 * the newest waiting and parked ones, and a resend for a parked one. Instructors see their own course's parked
 * scores through {@link GradebookStatus}; this is for the person who runs the tool and the platforms' settings.
 */
@ApplicationScoped
public class OutboxOverview {
    /** Enough for a page; the counts tell how many more there are. */
    public static final int MAX_LIMIT = 500;

    @Inject
    ScoreOutbox outbox;
    @Inject
    Admins admins;
    @Inject
    Clock clock;

    /** One score on its way. {@code lastError} of a parked entry is why it was parked. */
    public record Entry(long id, PlatformId platform, long quizId, AttemptId attempt, long userId, String label,
                        double scoreGiven, double scoreMaximum, OutboxState state, int tries, Instant nextTryAt,
                        String lastError, Instant createdAt) {
        static Entry of(OutboxEntry e) {
            return new Entry(e.id(), e.platform(), e.quizId(), e.attempt(), e.userId(), e.label(), e.scoreGiven(),
                    e.scoreMaximum(), e.state(), e.tries(), e.nextTryAt(), e.lastError(), e.createdAt());
        }
    }

    /** @param counts every state, zero included; {@code pending} and {@code parked} hold at most {@code limit} each */
    public record Overview(Map<OutboxState, Long> counts, int limit, List<Entry> pending, List<Entry> parked) {
    }

    @Transactional
    public Overview overview(String bearer, int limit) {
        PlatformId only = admins.require(bearer).only().orElse(null);
        int bounded = Math.max(1, Math.min(limit, MAX_LIMIT));
        Map<OutboxState, Long> counts = new EnumMap<>(OutboxState.class);
        for (OutboxState s : OutboxState.values()) {
            counts.put(s, 0L);
        }
        counts.putAll(outbox.countByState(only));
        return new Overview(counts, bounded, newest(OutboxState.PENDING, bounded, only), newest(OutboxState.PARKED, bounded, only));
    }

    /** Sends a parked score again at the worker's next round, after the cause was fixed in the platform. */
    @Transactional
    public Entry resend(String bearer, long id) {
        AdminScope scope = admins.require(bearer);
        OutboxEntry entry = outbox.find(id).orElseThrow(() -> DomainException.notFound("gradebook-score", id));
        scope.require(entry.platform());
        if (entry.state() != OutboxState.PARKED) {
            throw DomainException.conflict("not-parked", "Score " + id + " is " + entry.state()
                    + ": only a parked score can be sent again.");
        }
        entry.requeue(clock.instant());
        return Entry.of(entry);
    }

    private List<Entry> newest(OutboxState state, int limit, PlatformId only) {
        return outbox.newest(state, limit, only).stream().map(Entry::of).toList();
    }
}
