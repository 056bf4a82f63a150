package org.articlequiz.lti.jose;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The platforms' public keys, fetched from their JWKS URLs and cached. A {@code kid} we have not seen makes us
 * fetch the set again (platforms rotate keys), but at most once per {@link #REFETCH_INTERVAL} per URL, so that a
 * stream of tokens with made-up kids cannot turn us into a request amplifier against the platform.
 */
@ApplicationScoped
public class PlatformKeySets {
    private static final System.Logger LOG = System.getLogger(PlatformKeySets.class.getName());
    static final Duration REFETCH_INTERVAL = Duration.ofSeconds(30);
    /**
     * How long a fetched set is trusted without asking again: short, so that a key the platform withdrew (rotated
     * out, or compromised) stops verifying within minutes, not hours.
     */
    static final Duration MAX_AGE = Duration.ofMinutes(10);

    private record Cached(JWKSet keys, Instant fetchedAt) {
    }

    private final Map<URI, Cached> cache = new ConcurrentHashMap<>();
    private JwksFetcher fetcher;
    private Clock clock;

    protected PlatformKeySets() {
    }

    @Inject
    public PlatformKeySets(JwksFetcher fetcher, Clock clock) {
        this.fetcher = fetcher;
        this.clock = clock;
    }

    /** The RSA signing key with this id in the platform's set, refetching the set once if the id is unknown. */
    public Optional<VerificationKey> find(URI jwksUrl, String keyId) {
        Instant now = clock.instant();
        Cached cached = cache.get(jwksUrl);
        if (cached == null || cached.fetchedAt().plus(MAX_AGE).isBefore(now)) {
            cached = refresh(jwksUrl, now).orElse(cached);
        }
        Optional<VerificationKey> key = cached == null ? Optional.empty() : lookup(cached.keys(), keyId);
        if (key.isEmpty() && cached != null && !cached.fetchedAt().plus(REFETCH_INTERVAL).isAfter(now)) {
            key = refresh(jwksUrl, now).flatMap(c -> lookup(c.keys(), keyId));
        }
        return key;
    }

    private Optional<Cached> refresh(URI jwksUrl, Instant now) {
        try {
            Cached fresh = new Cached(JWKSet.parse(fetcher.fetch(jwksUrl)), now);
            cache.put(jwksUrl, fresh);
            return Optional.of(fresh);
        } catch (IOException | ParseException e) {
            LOG.log(System.Logger.Level.WARNING, "Cannot read the key set at " + jwksUrl + ": " + e.getMessage());
            // remember the failed attempt too, so the rate limit holds while the platform is down
            cache.computeIfPresent(jwksUrl, (u, c) -> new Cached(c.keys(), now));
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private Optional<VerificationKey> lookup(JWKSet set, String keyId) {
        JWK jwk = set.getKeyByKeyId(keyId);
        // a key past its own "exp" (a JWK parameter some platforms set when they rotate) verifies nothing
        boolean expired = jwk != null && jwk.getExpirationTime() != null
                && !jwk.getExpirationTime().toInstant().isAfter(clock.instant());
        if (jwk instanceof RSAKey rsa && !expired && (rsa.getKeyUse() == null || KeyUse.SIGNATURE.equals(rsa.getKeyUse()))) {
            return Optional.of(new VerificationKey(rsa));
        }
        return Optional.empty();
    }
}
