package org.articlequiz.lti.platform;

import java.util.Optional;
import org.articlequiz.DomainException;

/**
 * What a caller of the admin API may manage (issue 11): the whole tool, with the admin token, or their own
 * registration only, with an administrator's launch of that registration. Registering platforms, invitations and our
 * keys are tool-wide; a registration's deployments, its on/off switch and its grade outbox are the registration's.
 */
public record AdminScope(PlatformId registration) {
    static final AdminScope TOOL = new AdminScope(null);

    public boolean toolWide() {
        return registration == null;
    }

    /** The one registration this caller manages; empty for the admin token, which manages all. */
    public Optional<PlatformId> only() {
        return Optional.ofNullable(registration);
    }

    public boolean covers(PlatformId platform) {
        return toolWide() || registration.equals(platform);
    }

    public void requireToolWide() {
        if (!toolWide()) {
            throw DomainException.forbidden("admin-token-only", "Only the tool's admin token may do this (register platforms, "
                    + "invitations, keys); a platform administrator manages their own registration.");
        }
    }

    public void require(PlatformId platform) {
        if (!covers(platform)) {
            throw DomainException.forbidden("other-platform",
                    "A platform administrator manages only their own registration (" + registration + "), not " + platform + ".");
        }
    }
}
