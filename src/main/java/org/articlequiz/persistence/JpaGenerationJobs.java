package org.articlequiz.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.articlequiz.quiz.GenerationJob;
import org.articlequiz.quiz.GenerationJobs;

@ApplicationScoped
class JpaGenerationJobs implements GenerationJobs {
    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<GenerationJob> find(long id) {
        return Optional.ofNullable(em.find(GenerationJob.class, id));
    }

    @Override
    public void add(GenerationJob job) {
        em.persist(job);
        em.flush();
    }

    @Override
    public int unfinishedIn(String contextId) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('generation:' || ?1))").setParameter(1, contextId)
                .getSingleResult();
        return ((Number) em.createQuery("select count(j) from GenerationJob j where j.contextId = :course and j.state in :states")
                .setParameter("course", contextId)
                .setParameter("states", List.of(GenerationJob.State.QUEUED, GenerationJob.State.RUNNING))
                .getSingleResult()).intValue();
    }

    @Override
    public Optional<GenerationJob> findForUpdate(long id) {
        return Optional.ofNullable(em.find(GenerationJob.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** As {@link JpaScoreOutbox#LEASE}, one job. Parameters: owner, lease end, now. */
    static final String LEASE_NEXT = """
            with picked as (select id from generation_job
                             where state in ('QUEUED', 'RUNNING') and (lease_until is null or lease_until <= ?3)
                             order by id limit 1 for update skip locked)
            update generation_job j set lease_owner = ?1, lease_until = ?2 from picked where j.id = picked.id
            returning j.id""";

    @Override
    public Optional<Long> leaseNext(String owner, Instant now, Instant until) {
        @SuppressWarnings("unchecked")
        List<Number> rows = em.createNativeQuery(LEASE_NEXT)
                .setParameter(1, owner).setParameter(2, until).setParameter(3, now).getResultList();
        return rows.stream().findFirst().map(Number::longValue);
    }

    @Override
    public boolean renew(long id, String owner, Instant now, Instant until) {
        return em.createNativeQuery("""
                        update generation_job set lease_until = ?1
                         where id = ?2 and state in ('QUEUED', 'RUNNING') and lease_owner = ?3 and lease_until > ?4""")
                .setParameter(1, until).setParameter(2, id).setParameter(3, owner).setParameter(4, now).executeUpdate() == 1;
    }

    @Override
    public List<GenerationJob> unfinished() {
        return em.createQuery("select j from GenerationJob j where j.state in :states order by j.id", GenerationJob.class)
                .setParameter("states", List.of(GenerationJob.State.QUEUED, GenerationJob.State.RUNNING))
                .getResultList();
    }
}
