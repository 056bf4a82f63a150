package org.articlequiz.lti.jose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import java.security.SecureRandom;
import java.util.Map;
import org.articlequiz.lti.MutableClock;
import org.junit.jupiter.api.Test;

/** Issue 11: the tool's private signing key is encrypted at rest with a key from the environment. */
class KeySealerTest {
    private final MutableClock clock = new MutableClock(java.time.Instant.parse("2026-01-05T10:00:00Z"));
    private final InMemoryToolKeys store = new InMemoryToolKeys();

    private static KeySealer sealer() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return new KeySealer(key);
    }

    @Test
    void theToolsPrivateKeyIsEncryptedAtRest() throws Exception {
        KeySealer sealer = sealer();
        KeyRing ring = new KeyRing(store, clock, sealer);
        String jwt = ring.sign(Map.of("iss", "x"));

        String stored = store.findAll().get(0).privateJwk();
        assertTrue(stored.startsWith(KeySealer.PREFIX), stored);
        assertFalse(stored.contains("\"d\""), "no private exponent in the clear");
        JWSObject signed = JWSObject.parse(jwt);
        RSAKey published = (RSAKey) JWKSet.parse(ring.publicJwks()).getKeyByKeyId(signed.getHeader().getKeyID());
        assertTrue(signed.verify(new RSASSAVerifier(published)));

        assertThrows(IllegalStateException.class, () -> new KeyRing(store, clock, sealer()).sign(Map.of("iss", "x")),
                "another key encryption key opens nothing");
    }

    @Test
    void aKeyStoredPlainIsSealedWhenAKeyEncryptionKeyIsSet() throws Exception {
        String kid = JWSObject.parse(new KeyRing(store, clock).sign(Map.of("iss", "x"))).getHeader().getKeyID();
        assertFalse(KeySealer.isSealed(store.findAll().get(0).privateJwk()));

        KeyRing sealed = new KeyRing(store, clock, sealer());
        assertEquals(kid, JWSObject.parse(sealed.sign(Map.of("iss", "x"))).getHeader().getKeyID(), "the same key signs");
        assertTrue(KeySealer.isSealed(store.findAll().get(0).privateJwk()));
    }
}
