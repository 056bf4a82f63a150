package org.articlequiz.lti.jose;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Our signing keys: signs the JWTs we send (client assertions, deep linking responses) and publishes the public
 * halves. Rotation with overlap (LTI Security Framework 6.1 asks tools to rotate): a new key is published
 * {@link #PUBLISH_AHEAD} before it signs, because platforms cache our JWKS; the old key signs until then and stays
 * published {@link #RETAIN} longer, past the expiry of the last token it signed.
 */
@ApplicationScoped
public class KeyRing {
    static final Duration PUBLISH_AHEAD = Duration.ofHours(1);
    static final Duration RETAIN = Duration.ofHours(2);

    private ToolKeys keys;
    private Clock clock;
    private KeySealer sealer = KeySealer.none();

    protected KeyRing() {
    }

    /** Keys stored plain (tests). */
    public KeyRing(ToolKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    @Inject
    public KeyRing(ToolKeys keys, Clock clock, KeySealer sealer) {
        this(keys, clock);
        this.sealer = sealer;
    }

    /** Signs the claims with RS256 under the current key (made on first use), {@code kid} and {@code typ: JWT} set. */
    @Transactional
    public String sign(Map<String, Object> claims) {
        ToolKey key = signingKey(clock.instant());
        try {
            RSAKey rsa = parse(key);
            var jws = new com.nimbusds.jwt.SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.keyId())
                    .type(JOSEObjectType.JWT).build(), JWTClaimsSet.parse(claims));
            jws.sign(new RSASSASigner(rsa));
            return jws.serialize();
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException("cannot sign with key " + key.keyId(), e);
        }
    }

    /** The public JWKS document: every key published now, the next one included. */
    @Transactional
    public String publicJwks() {
        Instant now = clock.instant();
        signingKey(now); // a fresh installation publishes its first key at once
        List<com.nimbusds.jose.jwk.JWK> published = keys.findAll().stream().filter(k -> k.publishedAt(now))
                .sorted(Comparator.comparing(ToolKey::publishedAt))
                .map(k -> (com.nimbusds.jose.jwk.JWK) parse(k).toPublicJWK()).toList();
        return new JWKSet(published).toString(true);
    }

    /**
     * One of our keys as the admin page lists it (issue 13): when it was published, when it signs from and until, when
     * it leaves the JWKS, and whether it signs now. No key material.
     */
    public record KeyState(String keyId, Instant publishedAt, Instant activeFrom, Instant retiredAt, Instant removedAt,
                           boolean signsNow) {
    }

    /** The keys still published or yet to sign, oldest first. */
    @Transactional
    public List<KeyState> keys() {
        Instant now = clock.instant();
        ToolKey signing = signingKey(now);
        return keys.findAll().stream().filter(k -> k.removedAt() == null || k.removedAt().isAfter(now))
                .sorted(Comparator.comparing(ToolKey::activeFrom))
                .map(k -> new KeyState(k.keyId(), k.publishedAt(), k.activeFrom(), k.retiredAt(), k.removedAt(),
                        k.keyId().equals(signing.keyId())))
                .toList();
    }

    /**
     * Starts a rotation: a new key is published now and signs from {@link #PUBLISH_AHEAD} on; the keys that sign
     * now retire then and leave the JWKS {@link #RETAIN} after. Returns the new key's id.
     */
    @Transactional
    public String rotate() {
        Instant now = clock.instant();
        Instant switchAt = now.plus(PUBLISH_AHEAD);
        for (ToolKey old : keys.findAll()) {
            if (old.retiredAt() == null) {
                old.retire(switchAt, switchAt.plus(RETAIN));
            }
        }
        ToolKey next = generate(now, switchAt, sealer);
        keys.add(next);
        return next.keyId();
    }

    /**
     * Rotates when the signing key is older than {@code maxAge} and no successor is published yet; for the scheduled
     * housekeeping, so that keys rotate without anyone remembering to. Returns whether it started a rotation.
     */
    @Transactional
    public boolean rotateIfOlderThan(Duration maxAge) {
        Instant now = clock.instant();
        ToolKey current = signingKey(now);
        boolean successorWaiting = keys.findAll().stream().anyMatch(k -> k.activeFrom().isAfter(now));
        if (!successorWaiting && current.activeFrom().plus(maxAge).isBefore(now)) {
            rotate();
            return true;
        }
        return false;
    }

    /** The key that signs at this instant; the newest one when two overlap. */
    private ToolKey signingKey(Instant now) {
        return keys.findAll().stream().filter(k -> k.signsAt(now)).max(Comparator.comparing(ToolKey::activeFrom))
                .orElseGet(() -> {
                    ToolKey first = generate(now, now, sealer);
                    keys.add(first);
                    return first;
                });
    }

    private static ToolKey generate(Instant publishedAt, Instant activeFrom, KeySealer sealer) {
        try {
            RSAKey rsa = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .keyID(UUID.randomUUID().toString()).generate();
            return new ToolKey(rsa.getKeyID(), sealer.seal(rsa.toJSONString()), publishedAt, activeFrom);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate an RSA key", e);
        }
    }

    /** The key's private JWK; a key stored plain is sealed now when a key encryption key is set (in the transaction). */
    private RSAKey parse(ToolKey key) {
        if (sealer.seals() && !KeySealer.isSealed(key.privateJwk())) {
            key.storeSealed(sealer.seal(key.privateJwk()));
        }
        try {
            return RSAKey.parse(sealer.open(key.privateJwk()));
        } catch (ParseException e) {
            throw new IllegalStateException("stored key " + key.keyId() + " is not a JWK", e);
        }
    }
}
