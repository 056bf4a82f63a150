package org.articlequiz.lti;

import java.time.Instant;

/** Every nonce a launch has used, kept until its token could no longer be valid anyway. */
public interface UsedNonces {
    /**
     * Records the nonce as used; true only for the first caller, on any server node (an atomic insert in the
     * database, not a read then a write).
     */
    boolean consume(String issuer, String nonce, Instant keepUntil);

    /** Forgets nonces whose tokens expired long ago; returns how many. */
    int purgeExpired(Instant now);
}
