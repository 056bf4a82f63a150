package org.articlequiz.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.articlequiz.lti.nrps.RosterServices;
import org.articlequiz.lti.platform.PlatformId;

@ApplicationScoped
public class JpaRosterServices implements RosterServices {
    @PersistenceContext
    EntityManager em;

    @Override
    public void remember(PlatformId platform, String contextId, URI membershipsUrl) {
        em.createNativeQuery("insert into lti_context_roster (platform_id, context_id, memberships_url, updated_at) "
                        + "values (?1, ?2, ?3, now()) on conflict (platform_id, context_id) do update set "
                        + "memberships_url = excluded.memberships_url, updated_at = now()")
                .setParameter(1, platform.value()).setParameter(2, contextId).setParameter(3, membershipsUrl.toString())
                .executeUpdate();
    }

    @Override
    public Optional<Found> find(String issuer, String contextId) {
        List<?> rows = em.createNativeQuery("select r.platform_id, r.memberships_url from lti_context_roster r "
                        + "join lti_platform p on p.id = r.platform_id where p.issuer = ?1 and r.context_id = ?2 "
                        + "order by r.updated_at desc limit 1")
                .setParameter(1, issuer).setParameter(2, contextId).getResultList();
        return rows.stream().findFirst().map(r -> {
            Object[] row = (Object[]) r;
            return new Found(new PlatformId(((Number) row[0]).longValue()), URI.create((String) row[1]));
        });
    }
}
