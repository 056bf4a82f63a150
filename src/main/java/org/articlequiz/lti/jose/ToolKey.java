package org.articlequiz.lti.jose;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One of our RSA key pairs, as a private JWK. Life cycle, for rotation with overlap: published in the JWKS from
 * {@code publishedAt}; signs from {@code activeFrom} until {@code retiredAt}; leaves the JWKS at {@code removedAt},
 * after every token it signed has expired. Invariant: publishedAt ≤ activeFrom, retiredAt ≤ removedAt.
 */
@Entity
@Table(name = "lti_tool_key")
public class ToolKey {
    @Id
    @Column(name = "kid")
    private String keyId;
    @Column(name = "private_jwk", nullable = false)
    private String privateJwk;
    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;
    @Column(name = "active_from", nullable = false)
    private Instant activeFrom;
    @Column(name = "retired_at")
    private Instant retiredAt;
    @Column(name = "removed_at")
    private Instant removedAt;

    protected ToolKey() {
    }

    ToolKey(String keyId, String privateJwk, Instant publishedAt, Instant activeFrom) {
        if (activeFrom.isBefore(publishedAt)) {
            throw new IllegalArgumentException("a key is published before it signs");
        }
        this.keyId = Objects.requireNonNull(keyId);
        this.privateJwk = Objects.requireNonNull(privateJwk);
        this.publishedAt = publishedAt;
        this.activeFrom = activeFrom;
    }

    public String keyId() {
        return keyId;
    }

    /** The private JWK as stored: sealed by {@link KeySealer}, or plain. */
    String privateJwk() {
        return privateJwk;
    }

    /** Replaces a plain stored key by its sealed form (the same key). */
    void storeSealed(String sealed) {
        this.privateJwk = Objects.requireNonNull(sealed);
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public Instant activeFrom() {
        return activeFrom;
    }

    public Instant retiredAt() {
        return retiredAt;
    }

    public Instant removedAt() {
        return removedAt;
    }

    /** Stops signing at {@code at}; stays in the JWKS until {@code removeAt}. */
    void retire(Instant at, Instant removeAt) {
        if (retiredAt == null || at.isBefore(retiredAt)) {
            this.retiredAt = at;
            this.removedAt = removeAt;
        }
    }

    boolean signsAt(Instant now) {
        return !activeFrom.isAfter(now) && (retiredAt == null || retiredAt.isAfter(now));
    }

    boolean publishedAt(Instant now) {
        return !publishedAt.isAfter(now) && (removedAt == null || removedAt.isAfter(now));
    }
}
