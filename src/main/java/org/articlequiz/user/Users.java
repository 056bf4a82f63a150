package org.articlequiz.user;

import java.util.List;
import java.util.Optional;

/** All users, by id or by (issuer, subject). */
public interface Users {
    Optional<User> find(UserId id);

    Optional<User> find(String issuer, String subject);

    /** The user with this identity, created if it is the first time we see them. */
    User findOrCreate(String issuer, String subject);

    List<User> findAll(List<UserId> ids);
}
