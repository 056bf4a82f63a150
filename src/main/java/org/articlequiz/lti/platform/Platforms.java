package org.articlequiz.lti.platform;

import java.util.List;
import java.util.Optional;

/** All platform registrations. */
public interface Platforms {
    Optional<Platform> find(PlatformId id);

    /** The registration for exactly this issuer and client id. */
    Optional<Platform> find(String issuer, String clientId);

    /** Every registration under an issuer (login initiation may come without client_id). */
    List<Platform> findByIssuer(String issuer);

    List<Platform> findAll();

    void add(Platform platform);
}
