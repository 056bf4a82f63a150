package org.articlequiz.lti;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.articlequiz.lti.jose.InMemoryToolKeys;
import org.articlequiz.lti.jose.KeyRing;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, low: "expired sessions purged". The housekeeping round that deletes expired login states and nonces
 * deletes expired launch sessions too; before, the table only grew (one row per launch, kept for ever).
 */
class SessionPurgeTest {
    @Test
    void expiredSessionsArePurged() {
        MutableClock clock = new MutableClock(Instant.parse("2026-12-07T10:00:00Z"));
        LtiHousekeeping housekeeping = new LtiHousekeeping();
        housekeeping.clock = clock;
        housekeeping.states = new InMemoryLoginStates();
        housekeeping.nonces = new InMemoryNonces();
        housekeeping.keys = new KeyRing(new InMemoryToolKeys(), clock);
        housekeeping.deepLinkRequests = SessionsOfNoOne.NO_DEEP_LINK_REQUESTS;
        SessionsOfNoOne sessions = new SessionsOfNoOne();
        housekeeping.sessions = sessions;
        housekeeping.purge();
        assertEquals(List.of(clock.instant()), sessions.purges, "expired sessions are deleted at each round");
    }
}
