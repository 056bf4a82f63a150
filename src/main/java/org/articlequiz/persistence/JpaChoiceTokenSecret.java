package org.articlequiz.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import org.articlequiz.attempt.ChoiceTokenSecret;

@ApplicationScoped
class JpaChoiceTokenSecret implements ChoiceTokenSecret {
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Override
    public byte[] secret() {
        // Two nodes starting at once may both offer one; the first insert wins and both read the same row (the
        // insert waits for the other's commit, and the select that follows is a new statement that sees it).
        byte[] offered = new byte[32];
        RANDOM.nextBytes(offered);
        em.createNativeQuery("insert into choice_token_secret (id, secret) values (1, ?1) on conflict (id) do nothing")
                .setParameter(1, offered).executeUpdate();
        return (byte[]) em.createNativeQuery("select secret from choice_token_secret where id = 1").getSingleResult();
    }
}
