package org.articlequiz.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.articlequiz.user.User;
import org.articlequiz.user.UserId;
import org.articlequiz.user.Users;

@ApplicationScoped
class JpaUsers implements Users {
    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;

    @Override
    public Optional<User> find(UserId id) {
        return Optional.ofNullable(em.find(User.class, id.value()));
    }

    @Override
    public Optional<User> find(String issuer, String subject) {
        return em.createQuery("select u from User u where u.issuer = :iss and u.subject = :sub", User.class)
                .setParameter("iss", issuer).setParameter("sub", subject).getResultStream().findFirst();
    }

    @Override
    public User findOrCreate(String issuer, String subject) {
        // Insert-if-absent in one statement, so two first launches at once make one user.
        em.createNativeQuery("""
                        insert into app_user (issuer, subject, created_at) values (?1, ?2, ?3)
                        on conflict (issuer, subject) do nothing""")
                .setParameter(1, issuer).setParameter(2, subject).setParameter(3, clock.instant()).executeUpdate();
        return find(issuer, subject).orElseThrow();
    }

    @Override
    public List<User> findAll(List<UserId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select u from User u where u.id in :ids", User.class)
                .setParameter("ids", ids.stream().map(UserId::value).toList()).getResultList();
    }
}
