package org.articlequiz.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.articlequiz.lti.LoginState;
import org.articlequiz.lti.LoginStates;

@ApplicationScoped
public class JpaLoginStates implements LoginStates {
    @PersistenceContext
    EntityManager em;

    @Override
    public void add(LoginState state) {
        em.persist(state);
    }

    @Override
    public Optional<LoginState> find(String state) {
        return Optional.ofNullable(em.find(LoginState.class, state));
    }

    /**
     * Locks the row (select … for update), then deletes it and checks that this delete removed it: a second
     * transaction with the same state waits for the lock and then finds no row, on any node.
     */
    @Override
    public Optional<LoginState> consume(String state) {
        LoginState found = em.find(LoginState.class, state, LockModeType.PESSIMISTIC_WRITE);
        if (found == null) {
            return Optional.empty();
        }
        em.detach(found);
        int deleted = em.createNativeQuery("delete from lti_login_state where state = ?1").setParameter(1, state).executeUpdate();
        return deleted == 1 ? Optional.of(found) : Optional.empty();
    }

    @Override
    public int purgeExpired(java.time.Instant now) {
        return em.createNativeQuery("delete from lti_login_state where expires_at < ?1").setParameter(1, now).executeUpdate();
    }
}
