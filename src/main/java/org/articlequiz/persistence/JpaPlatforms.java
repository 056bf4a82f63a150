package org.articlequiz.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.articlequiz.lti.platform.Platform;
import org.articlequiz.lti.platform.PlatformId;
import org.articlequiz.lti.platform.Platforms;

@ApplicationScoped
public class JpaPlatforms implements Platforms {
    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<Platform> find(PlatformId id) {
        return Optional.ofNullable(em.find(Platform.class, id.value()));
    }

    @Override
    public Optional<Platform> find(String issuer, String clientId) {
        return em.createQuery("select p from Platform p where p.issuer = :iss and p.clientId = :client", Platform.class)
                .setParameter("iss", issuer).setParameter("client", clientId).getResultStream().findFirst();
    }

    @Override
    public List<Platform> findByIssuer(String issuer) {
        return em.createQuery("select p from Platform p where p.issuer = :iss order by p.id", Platform.class)
                .setParameter("iss", issuer).getResultList();
    }

    @Override
    public List<Platform> findAll() {
        return em.createQuery("select p from Platform p order by p.id", Platform.class).getResultList();
    }

    @Override
    public void add(Platform platform) {
        em.persist(platform);
        em.flush();
    }
}
