package org.articlequiz.user;

import java.util.List;
import java.util.Optional;

/** All users, by id or by (registration, subject): a subject means nothing outside its registration. */
public interface Users {
    Optional<User> find(UserId id);

    Optional<User> find(long registration, String subject);

    /** The user with this identity, created if it is the first time we see them under this registration. */
    User findOrCreate(long registration, String issuer, String subject);

    List<User> findAll(List<UserId> ids);
}
