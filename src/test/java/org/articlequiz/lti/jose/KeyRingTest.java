package org.articlequiz.lti.jose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.jwk.JWKSet;
import java.time.Duration;
import java.util.Map;
import org.articlequiz.lti.MutableClock;
import org.junit.jupiter.api.Test;

/** Our keys: made on first use, published before they sign, kept published until their tokens have expired. */
class KeyRingTest {
    private final MutableClock clock = new MutableClock(java.time.Instant.parse("2026-01-05T10:00:00Z"));
    private final KeyRing ring = new KeyRing(new InMemoryToolKeys(), clock);

    private static String kid(String jwt) throws Exception {
        return JWSObject.parse(jwt).getHeader().getKeyID();
    }

    @Test
    void theJwksHoldsOnlyPublicKeys() throws Exception {
        JWKSet set = JWKSet.parse(ring.publicJwks());
        assertEquals(1, set.getKeys().size());
        assertTrue(set.getKeys().stream().noneMatch(k -> k.isPrivate()));
    }

    @Test
    void rotationPublishesTheNewKeyBeforeItSignsAndKeepsTheOldOneAfter() throws Exception {
        String old = kid(ring.sign(Map.of("iss", "x")));
        String next = ring.rotate();
        assertNotEquals(old, next);

        assertEquals(2, JWKSet.parse(ring.publicJwks()).getKeys().size(), "both published during the overlap");
        assertEquals(old, kid(ring.sign(Map.of("iss", "x"))), "the old key signs until the switch");

        clock.advance(KeyRing.PUBLISH_AHEAD);
        assertEquals(next, kid(ring.sign(Map.of("iss", "x"))), "the new key signs after the switch");
        assertEquals(2, JWKSet.parse(ring.publicJwks()).getKeys().size(), "the old key stays for its tokens");

        clock.advance(KeyRing.RETAIN.plus(Duration.ofSeconds(1)));
        JWKSet after = JWKSet.parse(ring.publicJwks());
        assertEquals(1, after.getKeys().size());
        assertEquals(next, after.getKeys().get(0).getKeyID());
    }

    @Test
    void scheduledRotationStartsOnceWhenTheKeyIsOld() {
        ring.publicJwks();
        assertEquals(false, ring.rotateIfOlderThan(Duration.ofDays(90)));
        clock.advance(Duration.ofDays(91));
        assertEquals(true, ring.rotateIfOlderThan(Duration.ofDays(90)));
        assertEquals(false, ring.rotateIfOlderThan(Duration.ofDays(90)), "the successor is already waiting");
    }
}
