package org.articlequiz.lti.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.articlequiz.DomainException;
import org.articlequiz.lti.RandomTokens;
import org.articlequiz.lti.jose.KeyRing;

/** The admin's side of registrations: add, list, add deployments, disable; invitations to Dynamic Registration. */
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
    Clock clock;

    @Transactional
    public Platform register(String bearer, Registration r) {
        admins.require(bearer);
        return add(r);
    }

    /** Adds a registration; also the last step of Dynamic Registration (no admin: the invitation was the check). */
    @Transactional
    public Platform add(Registration r) {
        if (r.issuer() != null && r.clientId() != null && platforms.find(r.issuer().strip(), r.clientId().strip()).isPresent()) {
            throw DomainException.conflict("registration-exists",
                    "Issuer " + r.issuer() + " with client_id " + r.clientId() + " is already registered.");
        }
        Platform platform = new Platform(r.issuer(), r.clientId(), r.name(),
                new Platform.Endpoints(r.authUrl(), r.tokenUrl(), r.jwksUrl(), r.tokenAudience()), r.product(), clock.instant());
        r.deploymentIds().stream().filter(d -> d != null && !d.isBlank())
                .forEach(d -> platform.addDeployment(d.strip(), clock.instant()));
        platforms.add(platform);
        return platform;
    }

    @Transactional
    public List<Platform> list(String bearer) {
        admins.require(bearer);
        List<Platform> all = platforms.findAll();
        all.forEach(Platform::deploymentIds); // loads deployments inside the transaction
        return all;
    }

    @Transactional
    public Platform addDeployment(String bearer, PlatformId id, String deploymentId) {
        admins.require(bearer);
        Platform platform = require(id);
        platform.addDeployment(deploymentId, clock.instant());
        platform.deploymentIds();
        return platform;
    }

    @Transactional
    public Platform disableDeployment(String bearer, PlatformId id, String deploymentId) {
        admins.require(bearer);
        Platform platform = require(id);
        platform.disableDeployment(deploymentId);
        platform.deploymentIds();
        return platform;
    }

    @Transactional
    public Platform setEnabled(String bearer, PlatformId id, boolean enabled) {
        admins.require(bearer);
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
        admins.require(bearer);
        String code = RandomTokens.next();
        invites.add(RandomTokens.sha256(code), clock.instant(), clock.instant().plus(INVITE_LIFETIME));
        return URI.create(registrationEndpoint + "?invite=" + code);
    }

    /** Starts a rotation of our signing keys (see KeyRing); returns the next key's id. */
    @Transactional
    public String rotateKeys(String bearer) {
        admins.require(bearer);
        return keys.rotate();
    }

    private Platform require(PlatformId id) {
        return platforms.find(id).orElseThrow(() -> DomainException.notFound("platform", id));
    }
}
