package org.articlequiz.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.articlequiz.quiz.SourceArticle;
import org.articlequiz.quiz.SourceArticles;

@ApplicationScoped
class JpaSourceArticles implements SourceArticles {
    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<SourceArticle> find(long id) {
        return Optional.ofNullable(em.find(SourceArticle.class, id));
    }

    @Override
    public Optional<SourceArticle> findBySha256(String sha256, String contextId) {
        // the course's own copy first (nulls last), else the one of no course
        return em.createQuery("""
                        select a from SourceArticle a where a.sha256 = :sha and (a.contextId is null or a.contextId = :context)
                         order by a.contextId nulls last""", SourceArticle.class)
                .setParameter("sha", sha256).setParameter("context", contextId).getResultStream().findFirst();
    }

    @Override
    public List<SourceArticle> findAll(String contextId) {
        return em.createQuery("""
                        select a from SourceArticle a where a.contextId is null or a.contextId = :context
                         order by a.fileName, a.id""", SourceArticle.class)
                .setParameter("context", contextId).getResultList();
    }

    @Override
    public void add(SourceArticle article) {
        em.persist(article);
        em.flush();
    }
}
