package org.articlequiz.lti.jose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.articlequiz.devtools.sandbox.PlatformKeys;
import org.articlequiz.lti.MutableClock;
import org.junit.jupiter.api.Test;

/**
 * Key rotation as a platform does it (issue 11, the two misses of the black-box test platform): a new kid is fetched
 * at once, a failed fetch is tried again at the next launch, and a key that left the set stops verifying within a
 * bounded time even while the key set's URL keeps failing.
 */
class PlatformKeySetsTest {
    private static final URI JWKS = URI.create("https://platform.example.edu/jwks");
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final PlatformKeys keys = new PlatformKeys();
    private int fetches;
    private boolean down;
    private final PlatformKeySets sets = new PlatformKeySets(url -> {
        fetches++;
        if (down) {
            throw new IOException("connection refused");
        }
        return keys.jwks();
    }, clock);

    private boolean trusts(String kid) {
        return sets.find(JWKS, kid).isPresent();
    }

    @Test
    void anUnseenKidIsFetchedAtOnceEvenRightAfterAnotherKidWas() {
        String first = keys.current().getKeyID();
        assertTrue(trusts(first));
        clock.advance(Duration.ofSeconds(3));
        assertEquals(false, trusts("made-up"), "an unknown kid: fetched once, still unknown");
        assertEquals(2, fetches);
        clock.advance(Duration.ofSeconds(3));
        keys.rotate();
        assertTrue(trusts(keys.current().getKeyID()), "the platform's new key, seconds after another kid's refetch");
        assertEquals(3, fetches);
        assertEquals(false, trusts("made-up"), "the same unknown kid again within the window: no new fetch");
        assertEquals(3, fetches);
    }

    @Test
    void madeUpKidsDoNotMakeUsARequestAmplifier() {
        assertTrue(trusts(keys.current().getKeyID()));
        for (int i = 0; i < 100; i++) {
            sets.find(JWKS, "made-up-" + i);
        }
        assertTrue(fetches <= 2, "fetches: " + fetches);
    }

    @Test
    void aKeySetThatFailedToLoadIsRetriedOnTheNextLaunch() {
        assertTrue(trusts(keys.current().getKeyID()));
        clock.advance(Duration.ofMinutes(1));
        keys.rotate();
        down = true;
        String rotated = keys.current().getKeyID();
        assertEquals(false, trusts(rotated), "the platform is down");
        down = false;
        clock.advance(Duration.ofSeconds(5));
        assertTrue(trusts(rotated), "the next launch fetches again");
    }

    @Test
    void aRotatedOutKeyStopsBeingTrustedWhileTheKeySetUrlKeepsFailing() {
        String old = keys.current().getKeyID();
        assertTrue(trusts(old));
        down = true;
        clock.advance(Duration.ofMinutes(15));
        assertTrue(trusts(old), "a short outage: the keys fetched a little while ago still verify");
        for (int i = 0; i < 12; i++) {
            clock.advance(Duration.ofMinutes(10));
            trusts(old);
        }
        assertEquals(false, trusts(old), "two hours without a successful fetch: no key is trusted any more");
    }
}
