package org.articlequiz.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.articlequiz.lti.UsedNonces;

@ApplicationScoped
public class JpaUsedNonces implements UsedNonces {
    @PersistenceContext
    EntityManager em;

    /** One statement, no read before it: the primary key decides which of two racing launches wins. */
    @Override
    public boolean consume(String issuer, String nonce, Instant keepUntil) {
        return em.createNativeQuery("insert into lti_used_nonce (issuer, nonce, keep_until) values (?1, ?2, ?3) "
                        + "on conflict do nothing")
                .setParameter(1, issuer).setParameter(2, nonce).setParameter(3, keepUntil).executeUpdate() == 1;
    }

    @Override
    public int purgeExpired(Instant now) {
        return em.createNativeQuery("delete from lti_used_nonce where keep_until < ?1").setParameter(1, now).executeUpdate();
    }
}
