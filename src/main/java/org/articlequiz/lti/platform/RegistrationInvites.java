package org.articlequiz.lti.platform;

import java.time.Instant;

/** Single-use invitations to Dynamic Registration; only the SHA-256 of a code is stored. */
public interface RegistrationInvites {
    void add(String codeHash, Instant now, Instant expiresAt);

    /** Whether the invitation exists, is unused and has not expired (nothing is changed). */
    boolean isOpen(String codeHash, Instant now);

    /** Marks the invitation used; true only once, and only before it expires. */
    boolean use(String codeHash, Instant now);
}
