package org.articlequiz.lti.platform;

/**
 * Dynamic Registration could not be completed because of the platform: it refused our metadata, or its configuration
 * or registration endpoint failed. The admin watching the platform's registration window is told why (the platform's
 * own answer, shortened) instead of a bare server error; nothing was stored and the invitation stays unused.
 */
public class RegistrationFailed extends RuntimeException {
    private final int platformStatus;

    public RegistrationFailed(int platformStatus, String reason) {
        super(reason);
        this.platformStatus = platformStatus;
    }

    /** The platform's HTTP status, 0 when it could not be reached. */
    public int platformStatus() {
        return platformStatus;
    }
}
