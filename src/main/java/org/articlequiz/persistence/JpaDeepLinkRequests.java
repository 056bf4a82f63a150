package org.articlequiz.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.articlequiz.lti.DeepLinkRequest;
import org.articlequiz.lti.DeepLinkRequests;

@ApplicationScoped
public class JpaDeepLinkRequests implements DeepLinkRequests {
    @PersistenceContext
    EntityManager em;

    @Override
    public void add(DeepLinkRequest request) {
        em.persist(request);
    }

    @Override
    public Optional<DeepLinkRequest> find(String id) {
        return Optional.ofNullable(id).map(i -> em.find(DeepLinkRequest.class, i));
    }

    @Override
    public int purgeExpired(java.time.Instant now) {
        return em.createNativeQuery("delete from lti_deep_link_request where expires_at < ?1").setParameter(1, now).executeUpdate();
    }
}
