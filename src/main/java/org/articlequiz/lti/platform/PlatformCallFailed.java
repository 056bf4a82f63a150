package org.articlequiz.lti.platform;

import java.time.Duration;
import java.util.Optional;

/**
 * A call to a platform's service that did not succeed, classified for the caller's retry decision: try again later
 * (network error, 5xx, 429), get a new access token (401), or give up and tell a person (any other 4xx).
 */
public class PlatformCallFailed extends RuntimeException {
    public enum Kind { TRANSIENT, UNAUTHORIZED, REJECTED }

    private final Kind kind;
    private final int status;
    private final Duration retryAfter;

    public PlatformCallFailed(Kind kind, int status, Duration retryAfter, String message) {
        super(message);
        this.kind = kind;
        this.status = status;
        this.retryAfter = retryAfter;
    }

    public Kind kind() {
        return kind;
    }

    /** The HTTP status, 0 for a network error. */
    public int status() {
        return status;
    }

    /** The platform's Retry-After, when it sent one (429, 503). */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
