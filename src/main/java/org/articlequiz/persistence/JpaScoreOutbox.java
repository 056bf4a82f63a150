package org.articlequiz.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
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
    public int supersede(long platformId, long quizId, long userId, Instant now) {
        return em.createNativeQuery("""
                        update lti_score_outbox set state = 'SUPERSEDED', lease_owner = null, lease_until = null,
                               last_error = 'a newer score of this student replaced it before it was sent'
                         where platform_id = ?1 and quiz_id = ?2 and user_id = ?3 and state = 'PENDING'
                           and (lease_until is null or lease_until <= ?4)""")
                .setParameter(1, platformId).setParameter(2, quizId).setParameter(3, userId).setParameter(4, now)
                .executeUpdate();
    }

    @Override
    public Optional<OutboxEntry> find(long id) {
        return Optional.ofNullable(em.find(OutboxEntry.class, id));
    }

    @Override
    public Optional<OutboxEntry> findForUpdate(long id) {
        return Optional.ofNullable(em.find(OutboxEntry.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /**
     * One statement: the select locks the due, unleased rows it takes ({@code for update skip locked}: rows another
     * node is leasing at this moment are passed over, not waited for), the update writes this node's lease. (A CTE
     * with {@code for update} is evaluated once, so the rows locked are the rows updated.) Parameters: owner, lease
     * end, now, limit.
     */
    static final String LEASE = """
            with picked as (select id from lti_score_outbox
                             where state = 'PENDING' and next_try_at <= ?3 and (lease_until is null or lease_until <= ?3)
                             order by next_try_at, id limit ?4 for update skip locked)
            update lti_score_outbox o set lease_owner = ?1, lease_until = ?2 from picked where o.id = picked.id
            returning o.id""";

    @Override
    public List<Long> lease(Instant now, Instant leaseUntil, String owner, int limit) {
        @SuppressWarnings("unchecked")
        List<Number> rows = em.createNativeQuery(LEASE)
                .setParameter(1, owner).setParameter(2, leaseUntil).setParameter(3, now).setParameter(4, limit).getResultList();
        return rows.stream().map(Number::longValue).sorted().toList();
    }

    @Override
    public boolean renew(long id, String owner, Instant now, Instant until) {
        return em.createNativeQuery("""
                        update lti_score_outbox set lease_until = ?1
                         where id = ?2 and state = 'PENDING' and lease_owner = ?3 and lease_until > ?4""")
                .setParameter(1, until).setParameter(2, id).setParameter(3, owner).setParameter(4, now).executeUpdate() == 1;
    }

    @Override
    public long due(Instant now) {
        return ((Number) em.createNativeQuery("select count(*) from lti_score_outbox where state = 'PENDING' and next_try_at <= ?1")
                .setParameter(1, now).getSingleResult()).longValue();
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
