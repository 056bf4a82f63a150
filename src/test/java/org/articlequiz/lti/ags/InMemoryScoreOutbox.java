package org.articlequiz.lti.ags;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.articlequiz.lti.platform.PlatformId;
import java.util.Optional;
import org.articlequiz.attempt.AttemptId;

public final class InMemoryScoreOutbox implements ScoreOutbox {
    private final List<OutboxEntry> entries = new ArrayList<>();

    @Override
    public synchronized void add(OutboxEntry entry) {
        try {
            Field id = OutboxEntry.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(entry, (long) entries.size() + 1);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        entries.add(entry);
    }

    /** As the SQL does: pending, of this platform, quiz and user, and not leased at {@code now}. */
    @Override
    public synchronized int supersede(long platformId, long quizId, long userId, Instant now) {
        int n = 0;
        for (OutboxEntry e : entries) {
            if (e.state() == OutboxState.PENDING && e.platform().value() == platformId && e.quizId() == quizId
                    && e.userId() == userId && (e.leaseUntil() == null || !e.leaseUntil().isAfter(now))) {
                e.supersede();
                n++;
            }
        }
        return n;
    }

    @Override
    public synchronized Optional<OutboxEntry> find(long id) {
        return entries.stream().filter(e -> e.id() == id).findFirst();
    }

    @Override
    public synchronized Optional<OutboxEntry> findForUpdate(long id) {
        return find(id);
    }

    /** As the SQL does: due, pending, and no lease or one that ended; leased to the owner. */
    @Override
    public synchronized List<Long> lease(Instant now, Instant leaseUntil, String owner, int limit) {
        List<OutboxEntry> taken = entries.stream().filter(e -> e.state() == OutboxState.PENDING && !e.nextTryAt().isAfter(now)
                        && (e.leaseUntil() == null || !e.leaseUntil().isAfter(now)))
                .sorted(Comparator.comparing(OutboxEntry::nextTryAt)).limit(limit).toList();
        taken.forEach(e -> e.leaseTo(owner, leaseUntil));
        return taken.stream().map(OutboxEntry::id).toList();
    }

    @Override
    public synchronized boolean renew(long id, String owner, Instant now, Instant until) {
        Optional<OutboxEntry> held = find(id).filter(e -> e.heldBy(owner, now));
        held.ifPresent(e -> e.leaseTo(owner, until));
        return held.isPresent();
    }

    @Override
    public synchronized long due(Instant now) {
        return entries.stream().filter(e -> e.state() == OutboxState.PENDING && !e.nextTryAt().isAfter(now)).count();
    }

    @Override
    public synchronized Optional<OutboxEntry> latestFor(AttemptId attempt) {
        return entries.stream().filter(e -> e.attempt().equals(attempt)).reduce((a, b) -> b);
    }

    @Override
    public synchronized List<OutboxEntry> parked(long quizId) {
        return entries.stream().filter(e -> e.quizId() == quizId && e.state() == OutboxState.PARKED).toList();
    }

    @Override
    public synchronized Map<OutboxState, Long> countByState(PlatformId platform) {
        Map<OutboxState, Long> counts = new EnumMap<>(OutboxState.class);
        entries.stream().filter(e -> platform == null || e.platform().equals(platform)).forEach(e -> counts.merge(e.state(), 1L, Long::sum));
        return counts;
    }

    @Override
    public synchronized List<OutboxEntry> newest(OutboxState state, int limit, PlatformId platform) {
        return entries.stream().filter(e -> e.state() == state && (platform == null || e.platform().equals(platform))).sorted(Comparator.comparingLong(OutboxEntry::id).reversed())
                .limit(limit).toList();
    }

    public synchronized List<OutboxEntry> all() {
        return new ArrayList<>(entries);
    }
}
