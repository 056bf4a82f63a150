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
 * The platforms' public keys, fetched from their JWKS URLs and cached. A {@code kid} we have not seen makes us fetch
 * the set again at once (platforms rotate keys), limited per key set URL <em>and</em> kid: the same unknown kid is
 * looked for at most once per {@link #REFETCH_INTERVAL}, and a URL is fetched at most once per {@link #MIN_SPACING},
 * so that a stream of tokens with made-up kids cannot turn us into a request amplifier against the platform. A fetch
 * that failed counts for neither window's kid: the next launch tries again. Keys are asked for again after
 * {@link #MAX_AGE} and, while the URL fails, still verify until {@link #MAX_STALE} after the last fetch that worked,
 * never longer: a key the platform withdrew stops verifying within that bound even when its key set cannot be read.
 */
@ApplicationScoped
public class PlatformKeySets {
    private static final System.Logger LOG = System.getLogger(PlatformKeySets.class.getName());
    /** How often one unknown kid of one key set makes us fetch it. */
    static final Duration REFETCH_INTERVAL = Duration.ofSeconds(30);
    /** The least time between two fetches of one key set, whatever the kid. */
    static final Duration MIN_SPACING = Duration.ofSeconds(2);
    /**
     * How long a fetched set is trusted without asking again: short, so that a key the platform withdrew (rotated
     * out, or compromised) stops verifying within minutes, not hours.
     */
    static final Duration MAX_AGE = Duration.ofMinutes(10);
    /** How long after the last successful fetch a set still verifies while its URL fails (a platform's outage). */
    static final Duration MAX_STALE = Duration.ofHours(1);
    private static final int MAX_REMEMBERED_KIDS = 10_000;

    private record Cached(JWKSet keys, Instant fetchedAt) {
    }

    private final Map<URI, Cached> cache = new ConcurrentHashMap<>();
    private final Map<URI, Instant> lastFetch = new ConcurrentHashMap<>();
    /** When each (key set, unknown kid) was last looked for in a set that loaded. */
    private final Map<String, Instant> unknownKids = new ConcurrentHashMap<>();
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
        if ((cached == null || !cached.fetchedAt().plus(MAX_AGE).isAfter(now)) && spaced(jwksUrl, now)) {
            cached = refresh(jwksUrl, now).orElse(cached);
        }
        if (cached == null || !cached.fetchedAt().plus(MAX_STALE).isAfter(now)) {
            return Optional.empty();
        }
        Optional<VerificationKey> key = lookup(cached.keys(), keyId);
        String kid = jwksUrl + " " + keyId;
        Instant lookedFor = unknownKids.get(kid);
        if (key.isEmpty() && cached.fetchedAt().isBefore(now) && spaced(jwksUrl, now)
                && (lookedFor == null || !lookedFor.plus(REFETCH_INTERVAL).isAfter(now))) {
            Optional<Cached> fresh = refresh(jwksUrl, now);
            key = fresh.flatMap(c -> lookup(c.keys(), keyId));
            if (fresh.isPresent() && key.isEmpty()) {
                if (unknownKids.size() > MAX_REMEMBERED_KIDS) {
                    unknownKids.clear();
                }
                unknownKids.put(kid, now);
            }
        }
        return key;
    }

    private boolean spaced(URI jwksUrl, Instant now) {
        Instant last = lastFetch.get(jwksUrl);
        return last == null || !last.plus(MIN_SPACING).isAfter(now);
    }

    private Optional<Cached> refresh(URI jwksUrl, Instant now) {
        lastFetch.put(jwksUrl, now);
        try {
            Cached fresh = new Cached(JWKSet.parse(fetcher.fetch(jwksUrl)), now);
            cache.put(jwksUrl, fresh);
            return Optional.of(fresh);
        } catch (IOException | ParseException e) {
            // the keys we had keep their age: they verify until MAX_STALE after the last fetch that worked
            LOG.log(System.Logger.Level.WARNING, "Cannot read the key set at " + jwksUrl + ": " + e.getMessage());
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
