package org.articlequiz.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
    public List<GenerationJob> unfinished() {
        return em.createQuery("select j from GenerationJob j where j.state in :states order by j.id", GenerationJob.class)
                .setParameter("states", List.of(GenerationJob.State.QUEUED, GenerationJob.State.RUNNING))
                .getResultList();
    }
}
