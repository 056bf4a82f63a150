package org.articlequiz.lti.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.articlequiz.DomainException;
import org.articlequiz.config.Settings;
import org.articlequiz.lti.Caller;
import org.articlequiz.lti.LaunchSessions;

/**
 * Who may manage registrations: the holder of the configured admin token (the whole tool; also the first platform,
 * before any launch is possible), or a launch session of a platform administrator, for that administrator's own
 * registration only ({@link AdminScope}).
 */
@ApplicationScoped
public class Admins {
    @Inject
    Settings settings;
    @Inject
    LaunchSessions sessions;

    public AdminScope require(String bearerToken) {
        if (bearerToken == null || bearerToken.isBlank()) {
            throw new DomainException(DomainException.Kind.UNAUTHENTICATED, "admin-token-required",
                    "Send the admin token as a bearer token.");
        }
        boolean tokenMatches = settings.adminToken().map(t -> MessageDigest.isEqual(
                t.getBytes(StandardCharsets.UTF_8), bearerToken.getBytes(StandardCharsets.UTF_8))).orElse(false);
        if (tokenMatches) {
            return AdminScope.TOOL;
        }
        return sessions.authenticate(bearerToken).filter(Caller::isRegistrationAdministrator)
                .map(caller -> new AdminScope(caller.registration()))
                .orElseThrow(() -> DomainException.forbidden("admin-only",
                        "Only an administrator may do this (platform registrations, keys, the grade outbox)."));
    }
}
