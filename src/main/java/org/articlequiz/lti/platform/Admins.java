package org.articlequiz.lti.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.articlequiz.DomainException;
import org.articlequiz.config.Settings;
import org.articlequiz.lti.Caller;
import org.articlequiz.lti.LaunchSessions;
import org.articlequiz.lti.Role;

/**
 * Who may manage registrations: the holder of the configured admin token (for the first platform, before any launch
 * is possible), or a launch session of a platform administrator.
 */
@ApplicationScoped
public class Admins {
    @Inject
    Settings settings;
    @Inject
    LaunchSessions sessions;

    public void require(String bearerToken) {
        if (bearerToken == null || bearerToken.isBlank()) {
            throw new DomainException(DomainException.Kind.UNAUTHENTICATED, "admin-token-required",
                    "Send the admin token as a bearer token.");
        }
        boolean tokenMatches = settings.adminToken().map(t -> MessageDigest.isEqual(
                t.getBytes(StandardCharsets.UTF_8), bearerToken.getBytes(StandardCharsets.UTF_8))).orElse(false);
        if (tokenMatches) {
            return;
        }
        boolean admin = sessions.authenticate(bearerToken).map(Caller::roles)
                .map(roles -> roles.contains(Role.ADMINISTRATOR)).orElse(false);
        if (!admin) {
            throw DomainException.forbidden("admin-only", "Only an administrator may do this (platform registrations, keys, the grade outbox).");
        }
    }
}
