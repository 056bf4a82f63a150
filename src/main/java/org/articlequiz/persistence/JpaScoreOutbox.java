package org.articlequiz.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.articlequiz.attempt.AttemptId;
import org.articlequiz.lti.ags.OutboxEntry;
import org.articlequiz.lti.ags.OutboxState;
import org.articlequiz.lti.ags.ScoreOutbox;
import org.articlequiz.lti.platform.PlatformId;

@ApplicationScoped
public class JpaScoreOutbox implements ScoreOutbox {
    @PersistenceContext
    EntityManager em;

    @Override
    public void add(OutboxEntry entry) {
        em.persist(entry);
    }

    @Override
    public Optional<OutboxEntry> find(long id) {
        return Optional.ofNullable(em.find(OutboxEntry.class, id));
    }

    /** select … for update skip locked: rows another node is leasing right now are passed over, not waited for. */
    @Override
    public List<Long> lease(Instant now, Instant leaseUntil, int limit) {
        @SuppressWarnings("unchecked")
        List<Number> rows = em.createNativeQuery("select id from lti_score_outbox where state = 'PENDING' and next_try_at <= ?1 "
                        + "order by next_try_at, id limit ?2 for update skip locked")
                .setParameter(1, now).setParameter(2, limit).getResultList();
        List<Long> ids = rows.stream().map(Number::longValue).toList();
        if (!ids.isEmpty()) {
            em.createNativeQuery("update lti_score_outbox set next_try_at = ?1 where id = any(?2)")
                    .setParameter(1, leaseUntil).setParameter(2, ids.toArray(new Long[0])).executeUpdate();
        }
        return ids;
    }

    @Override
    public Optional<OutboxEntry> latestFor(AttemptId attempt) {
        return em.createQuery("select e from OutboxEntry e where e.attemptId = :a order by e.id desc", OutboxEntry.class)
                .setParameter("a", attempt.value()).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<OutboxEntry> parked(long quizId) {
        return em.createQuery("select e from OutboxEntry e where e.quizId = :q and e.state = :s order by e.id", OutboxEntry.class)
                .setParameter("q", quizId).setParameter("s", OutboxState.PARKED).getResultList();
    }

    @Override
    public Map<OutboxState, Long> countByState(PlatformId platform) {
        Map<OutboxState, Long> counts = new EnumMap<>(OutboxState.class);
        var query = platform == null
                ? em.createQuery("select e.state, count(e) from OutboxEntry e group by e.state", Object[].class)
                : em.createQuery("select e.state, count(e) from OutboxEntry e where e.platformId = :p group by e.state",
                        Object[].class).setParameter("p", platform.value());
        for (Object[] row : query.getResultList()) {
            counts.put((OutboxState) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    @Override
    public List<OutboxEntry> newest(OutboxState state, int limit, PlatformId platform) {
        var query = platform == null
                ? em.createQuery("select e from OutboxEntry e where e.state = :s order by e.id desc", OutboxEntry.class)
                : em.createQuery("select e from OutboxEntry e where e.state = :s and e.platformId = :p order by e.id desc",
                        OutboxEntry.class).setParameter("p", platform.value());
        return query.setParameter("s", state).setMaxResults(limit).getResultList();
    }
}
