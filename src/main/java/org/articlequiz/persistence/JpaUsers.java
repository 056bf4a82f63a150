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
    public Optional<User> find(long registration, String subject) {
        return em.createQuery("select u from User u where u.registration = :reg and u.subject = :sub", User.class)
                .setParameter("reg", registration).setParameter("sub", subject).getResultStream().findFirst();
    }

    @Override
    public User findOrCreate(long registration, String issuer, String subject) {
        // Insert-if-absent in one statement, so two first launches at once make one user.
        em.createNativeQuery("""
                        insert into app_user (platform_id, issuer, subject, created_at) values (?1, ?2, ?3, ?4)
                        on conflict (platform_id, subject) where platform_id is not null do nothing""")
                .setParameter(1, registration).setParameter(2, issuer).setParameter(3, subject)
                .setParameter(4, clock.instant()).executeUpdate();
        return find(registration, subject).orElseThrow();
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
