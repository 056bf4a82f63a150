package org.articlequiz.lti.platform;

import java.time.Instant;

/** Single-use invitations to Dynamic Registration; only the SHA-256 of a code is stored. */
public interface RegistrationInvites {
    void add(String codeHash, Instant now, Instant expiresAt);

    /** Marks the invitation used; true only once, and only before it expires. */
    boolean use(String codeHash, Instant now);
}
