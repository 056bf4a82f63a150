package org.articlequiz.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.articlequiz.lti.platform.RegistrationInvites;

@ApplicationScoped
public class JpaRegistrationInvites implements RegistrationInvites {
    @PersistenceContext
    EntityManager em;

    @Override
    public void add(String codeHash, Instant now, Instant expiresAt) {
        em.createNativeQuery("insert into lti_registration_invite (code_hash, created_at, expires_at) values (?1, ?2, ?3)")
                .setParameter(1, codeHash).setParameter(2, now).setParameter(3, expiresAt).executeUpdate();
    }

    @Override
    public boolean isOpen(String codeHash, Instant now) {
        return !em.createNativeQuery("select 1 from lti_registration_invite where code_hash = ?1 and used_at is null "
                        + "and expires_at > ?2").setParameter(1, codeHash).setParameter(2, now).getResultList().isEmpty();
    }

    /** One update that both checks and marks: two platforms racing with one invitation cannot both pass. */
    @Override
    public boolean use(String codeHash, Instant now) {
        return em.createNativeQuery("update lti_registration_invite set used_at = ?2 where code_hash = ?1 "
                        + "and used_at is null and expires_at > ?2")
                .setParameter(1, codeHash).setParameter(2, now).executeUpdate() == 1;
    }
}
