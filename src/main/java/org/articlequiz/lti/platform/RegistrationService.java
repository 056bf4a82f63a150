package org.articlequiz.lti.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.articlequiz.DomainException;
import org.articlequiz.config.Settings;
import org.articlequiz.lti.RandomTokens;
import org.articlequiz.lti.jose.KeyRing;

/**
 * The admin's side of registrations: add, list, add deployments, disable; invitations to Dynamic Registration. The
 * admin token may do all of it for every platform; a platform administrator's launch lists, adds deployments to and
 * disables only their own registration ({@link AdminScope}).
 */
@ApplicationScoped
public class RegistrationService {
    static final Duration INVITE_LIFETIME = Duration.ofDays(7);

    @Inject
    Admins admins;
    @Inject
    Platforms platforms;
    @Inject
    RegistrationInvites invites;
    @Inject
    KeyRing keys;
    @Inject
    Settings settings;
    @Inject
    Clock clock;

    @Transactional
    public Platform register(String bearer, Registration r) {
        admins.require(bearer).requireToolWide();
        return add(r);
    }

    /**
     * Adds a registration; also the last step of Dynamic Registration (no admin: the invitation was the check, and
     * {@code confirmSharedIssuer} is always false there). An issuer already registered with another key set is refused
     * unless the admin confirmed it (issue 11): whoever registers a victim's issuer with keys of their own could
     * otherwise sign launches in its name. Its users would be its own anyway ({@code Users}), but who the platform is
     * stays the admin's decision. The same key set again (Canvas cloud: one issuer and key set, a client id per key) is
     * the same platform: nobody without its private key can sign for it.
     */
    @Transactional
    public Platform add(Registration r) {
        if (r.issuer() != null && r.clientId() != null && platforms.find(r.issuer().strip(), r.clientId().strip()).isPresent()) {
            throw DomainException.conflict("registration-exists",
                    "Issuer " + r.issuer() + " with client_id " + r.clientId() + " is already registered.");
        }
        if (r.issuer() != null && !r.confirmSharedIssuer()) {
            String jwks = r.jwksUrl() == null ? null : Platform.url("jwks_url", r.jwksUrl());
            platforms.findByIssuer(r.issuer().strip()).stream().filter(p -> !p.jwksUrl().toString().equals(jwks)).findFirst()
                    .ifPresent(p -> {
                        throw DomainException.conflict("issuer-registered", "Issuer " + r.issuer() + " is already registered ("
                                + p.name() + ", registration " + p.id() + ") with another key set. If this really is the same "
                                + "platform, the tool's admin registers it by hand with \"confirmSharedIssuer\": true.");
                    });
        }
        Platform platform = new Platform(r.issuer(), r.clientId(), r.name(),
                new Platform.Endpoints(r.authUrl(), r.tokenUrl(), r.jwksUrl(), r.tokenAudience()), r.product(), clock.instant());
        // we fetch keys from and post tokens and scores to these: never into our own network outside the demo
        PlatformHosts.requirePublic("token_url", platform.tokenUrl(), settings.demo());
        PlatformHosts.requirePublic("jwks_url", platform.jwksUrl(), settings.demo());
        r.deploymentIds().stream().filter(d -> d != null && !d.isBlank())
                .forEach(d -> platform.addDeployment(d.strip(), clock.instant()));
        platforms.add(platform);
        return platform;
    }

    /** Whether a Dynamic Registration invitation (the SHA-256 of its code) may still be used. */
    @Transactional
    public boolean inviteOpen(String codeHash) {
        return invites.isOpen(codeHash, clock.instant());
    }

    /**
     * The last step of Dynamic Registration, after the calls to the platform: uses up the invitation and stores the
     * registration in one transaction. Of two registrations racing with one invitation only one is stored.
     */
    @Transactional
    public Platform addInvited(String codeHash, Registration r) {
        if (!invites.use(codeHash, clock.instant())) {
            throw inviteNotValid();
        }
        return add(r);
    }

    static DomainException inviteNotValid() {
        return DomainException.forbidden("registration-invite",
                "This registration URL is not valid (unknown, used or expired invitation); ask the tool's admin for a new one.");
    }

    @Transactional
    public List<Platform> list(String bearer) {
        AdminScope scope = admins.require(bearer);
        List<Platform> all = platforms.findAll().stream().filter(p -> scope.covers(p.id())).toList();
        all.forEach(Platform::deploymentIds); // loads deployments inside the transaction
        return all;
    }

    @Transactional
    public Platform addDeployment(String bearer, PlatformId id, String deploymentId) {
        admins.require(bearer).require(id);
        Platform platform = require(id);
        platform.addDeployment(deploymentId, clock.instant());
        platform.deploymentIds();
        return platform;
    }

    @Transactional
    public Platform disableDeployment(String bearer, PlatformId id, String deploymentId) {
        admins.require(bearer).require(id);
        Platform platform = require(id);
        platform.disableDeployment(deploymentId);
        platform.deploymentIds();
        return platform;
    }

    /**
     * Sets the platform's relaunch URL template (blank removes it): tool-wide admins only, since it decides where the
     * tool sends its users.
     */
    @Transactional
    public Platform setRelaunchUrlTemplate(String bearer, PlatformId id, String template) {
        AdminScope scope = admins.require(bearer);
        scope.requireToolWide();
        Platform platform = require(id);
        platform.relaunchFrom(template == null || template.isBlank() ? null : new RelaunchTemplate(template));
        platform.deploymentIds();
        return platform;
    }

    @Transactional
    public Platform setEnabled(String bearer, PlatformId id, boolean enabled) {
        AdminScope scope = admins.require(bearer);
        scope.require(id);
        if (enabled) {
            // a platform's administrator may switch their registration off, not back on against the tool's admin
            scope.requireToolWide();
        }
        Platform platform = require(id);
        if (enabled) {
            platform.enable();
        } else {
            platform.disable();
        }
        platform.deploymentIds();
        return platform;
    }

    /** A single-use Dynamic Registration URL for an admin to paste into the platform. */
    @Transactional
    public URI invite(String bearer, URI registrationEndpoint) {
        admins.require(bearer).requireToolWide();
        String code = RandomTokens.next();
        invites.add(RandomTokens.sha256(code), clock.instant(), clock.instant().plus(INVITE_LIFETIME));
        return URI.create(registrationEndpoint + "?invite=" + code);
    }

    /** Starts a rotation of our signing keys (see KeyRing); returns the next key's id. */
    @Transactional
    public String rotateKeys(String bearer) {
        admins.require(bearer).requireToolWide();
        return keys.rotate();
    }

    /** Our signing keys, for the admin page (issue 13: rotation lists them first); the admin token only. */
    public List<org.articlequiz.lti.jose.KeyRing.KeyState> keys(String bearer) {
        admins.require(bearer).requireToolWide();
        return keys.keys();
    }

    private Platform require(PlatformId id) {
        return platforms.find(id).orElseThrow(() -> DomainException.notFound("platform", id));
    }
}
