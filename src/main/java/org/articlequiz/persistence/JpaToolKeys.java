package org.articlequiz.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.articlequiz.lti.jose.ToolKey;
import org.articlequiz.lti.jose.ToolKeys;

@ApplicationScoped
public class JpaToolKeys implements ToolKeys {
    @PersistenceContext
    EntityManager em;

    @Override
    public List<ToolKey> findAll() {
        return em.createQuery("select k from ToolKey k order by k.publishedAt", ToolKey.class).getResultList();
    }

    @Override
    public void add(ToolKey key) {
        em.persist(key);
        em.flush();
    }
}
