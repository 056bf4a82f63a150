package org.articlequiz.lti;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.LinkedHashSet;
import org.articlequiz.lti.jose.PlatformKeySets;
import org.articlequiz.lti.jose.ReceivedJwt;
import org.articlequiz.lti.jose.VerificationKey;
import org.articlequiz.lti.platform.Platform;
import org.articlequiz.lti.platform.PlatformHosts;
import org.articlequiz.lti.platform.Platforms;

/**
 * Validates an LTI 1.3 launch: the state from login, then the id_token by OpenID Connect Core 3.1.3.7 as the LTI
 * Security Framework 5.1.3 restates it, then the LTI Core message claims. Each step is one {@link LaunchCheck}, in
 * the order below; the first that fails throws {@link LaunchRejected} naming it. Nothing of the token is trusted
 * before its signature is verified with the key set of the platform that the login state points at.
 */
@ApplicationScoped
public class LaunchValidator {
    /** Clock skew allowed between the platform and us on exp and iat. */
    static final Duration SKEW = Duration.ofSeconds(60);
    /** How old an id_token may be: it is posted by the browser right after the platform made it. */
    static final Duration MAX_AGE = Duration.ofMinutes(5);

    private LoginStates states;
    private UsedNonces nonces;
    private Platforms platforms;
    private PlatformKeySets keySets;
    private Clock clock;

    protected LaunchValidator() {
    }

    @Inject
    public LaunchValidator(LoginStates states, UsedNonces nonces, Platforms platforms, PlatformKeySets keySets, Clock clock) {
        this.states = states;
        this.nonces = nonces;
        this.platforms = platforms;
        this.keySets = keySets;
        this.clock = clock;
    }

    /**
     * @param idToken       the id_token form parameter
     * @param state         the state form parameter
     * @param browserSecret the secret the browser holds for this state (cookie, or platform storage); null if none
     */
    public LtiLaunch validate(String idToken, String state, String browserSecret) {
        return validate(idToken, state, browserSecret, keyInAdvance(idToken, state));
    }

    /**
     * The platform's key that {@link #validate} will need for this token, read before the launch's transaction
     * (issue 11: a key-set fetch waits up to 15 s on the platform and must not hold a database connection and a
     * transaction meanwhile). Nothing is used up and nothing is trusted here: the state is only looked at, to learn
     * which platform's key set to read; {@link #validate} then does every check in order with the key found.
     * Only a state of ours that has not expired makes us fetch, so no stranger can make the tool fetch key sets.
     */
    public KeyInAdvance keyInAdvance(String idToken, String state) {
        Instant now = clock.instant();
        Optional<Platform> platform = Optional.ofNullable(state).filter(s -> !s.isBlank()).flatMap(states::find)
                .filter(login -> login.expiresAt().isAfter(now))
                .flatMap(login -> platforms.find(login.platform())).filter(Platform::enabled);
        Optional<String> kid = ReceivedJwt.parse(idToken).filter(ReceivedJwt::isRs256).flatMap(ReceivedJwt::keyId);
        if (platform.isEmpty() || kid.isEmpty()) {
            return KeyInAdvance.NONE;
        }
        URI jwksUrl = platform.get().jwksUrl();
        return new KeyInAdvance(jwksUrl, kid.get(), keySets.find(jwksUrl, kid.get()));
    }

    /**
     * The steps JWT to AUTHORIZED_PARTY of {@link #validate}: the token's claims once its signature verifies with the
     * platform's key and it is addressed to us by that platform.
     */
    private static Map<String, Object> signedClaims(String idToken, Platform platform, KeyInAdvance keyInAdvance) {
        // JWT
        ReceivedJwt jwt = ReceivedJwt.parse(idToken)
                .orElseThrow(() -> reject(LaunchCheck.JWT, "id_token is not a JWT."));
        // ALGORITHM: RS256 only; "none" and HS256 (a public key used as an HMAC secret) never verify anything.
        if (!jwt.isRs256()) {
            throw reject(LaunchCheck.ALGORITHM, "alg " + jwt.algorithm() + " is not accepted; only RS256 is.");
        }
        // KEY_ID: named, and in the platform's set (the set is refetched once, rate-limited, for an unknown kid).
        String kid = jwt.keyId().orElseThrow(() -> reject(LaunchCheck.KEY_ID, "The token header has no kid."));
        VerificationKey key = keyInAdvance.keyFor(platform.jwksUrl(), kid)
                .orElseThrow(() -> reject(LaunchCheck.KEY_ID, "kid " + kid + " is not in the platform's key set."));
        // SIGNATURE
        if (!jwt.isSignedBy(key)) {
            throw reject(LaunchCheck.SIGNATURE, "The signature does not verify with key " + kid + ".");
        }
        Map<String, Object> claims = jwt.claims();

        // ISSUER: exact string comparison, no normalisation.
        if (!platform.issuer().equals(claims.get("iss"))) {
            throw reject(LaunchCheck.ISSUER, "iss is not " + platform.issuer() + ".");
        }
        // AUDIENCE
        List<String> audiences = strings(claims.get("aud"));
        if (!audiences.contains(platform.clientId())) {
            throw reject(LaunchCheck.AUDIENCE, "aud does not contain our client_id " + platform.clientId() + ".");
        }
        // AUTHORIZED_PARTY
        Object azp = claims.get("azp");
        if ((audiences.size() > 1 || azp != null) && !platform.clientId().equals(azp)) {
            throw reject(LaunchCheck.AUTHORIZED_PARTY, "azp must be our client_id " + platform.clientId() + ".");
        }
        return claims;
    }

    /**
     * The claims of the id_token posted for a pending login whose browser secret is missing (the browser blocked our
     * cookie in the platform's frame), for the page that offers to start the launch again from the platform (issue 13):
     * signed by the login's platform and addressed to us, or empty. Nothing is used up (neither the state nor the
     * nonce), and nothing signs anyone in: the claims only fill in the admin's relaunch URL template.
     */
    public Optional<Map<String, Object>> claimsForRelaunch(String idToken, LoginState login, KeyInAdvance keyInAdvance) {
        try {
            Platform platform = platforms.find(login.platform()).filter(Platform::enabled).orElse(null);
            if (platform == null) {
                return Optional.empty();
            }
            Map<String, Object> claims = signedClaims(idToken, platform, keyInAdvance);
            // a token of this login, not one of another launch posted here with this state
            return login.nonce().equals(claims.get("nonce")) ? Optional.of(claims) : Optional.empty();
        } catch (LaunchRejected notOurs) {
            return Optional.empty();
        }
    }

    /** A platform's key looked up before the launch's transaction: the key set's URL, the token's kid, the key found. */
    public record KeyInAdvance(URI jwksUrl, String kid, Optional<VerificationKey> key) {
        static final KeyInAdvance NONE = new KeyInAdvance(null, null, Optional.empty());

        Optional<VerificationKey> keyFor(URI url, String keyId) {
            return url.equals(jwksUrl) && keyId.equals(kid) ? key : Optional.empty();
        }
    }

    /**
     * As {@link #validate(String, String, String)}, with the key read beforehand ({@link #keyInAdvance}); it makes no
     * call to the platform, so it may run inside a transaction. A key read for another platform or kid (the
     * registration changed in between) verifies nothing.
     */
    public LtiLaunch validate(String idToken, String state, String browserSecret, KeyInAdvance keyInAdvance) {
        Instant now = clock.instant();

        // STATE: ours, unexpired, and used up here, atomically, so that a replayed form post finds nothing.
        LoginState login = Optional.ofNullable(state).filter(s -> !s.isBlank()).flatMap(states::consume)
                .orElseThrow(() -> reject(LaunchCheck.STATE, "The login state is unknown or was already used."));
        if (!login.expiresAt().isAfter(now)) {
            throw reject(LaunchCheck.STATE, "The login took too long; the state expired.");
        }
        // BROWSER: the browser that posts the token is the one that started the login (login CSRF).
        if (!RandomTokens.sameHash(login.browserHash(), browserSecret)) {
            throw reject(LaunchCheck.BROWSER, "This launch was started in another browser or its cookie was blocked.");
        }
        Platform platform = platforms.find(login.platform()).filter(Platform::enabled)
                .orElseThrow(() -> reject(LaunchCheck.ISSUER, "The platform of this login is no longer registered."));

        Map<String, Object> claims = signedClaims(idToken, platform, keyInAdvance);

        // EXPIRY
        Instant exp = instant(claims.get("exp"))
                .orElseThrow(() -> reject(LaunchCheck.EXPIRY, "The token has no exp."));
        if (!exp.plus(SKEW).isAfter(now)) {
            throw reject(LaunchCheck.EXPIRY, "The token expired at " + exp + ".");
        }
        // ISSUED_AT
        Instant iat = instant(claims.get("iat"))
                .orElseThrow(() -> reject(LaunchCheck.ISSUED_AT, "The token has no iat."));
        if (iat.isAfter(now.plus(SKEW))) {
            throw reject(LaunchCheck.ISSUED_AT, "The token was issued in the future (" + iat + ").");
        }
        if (iat.isBefore(now.minus(MAX_AGE).minus(SKEW))) {
            throw reject(LaunchCheck.ISSUED_AT, "The token was issued at " + iat + ", too long ago.");
        }
        // NONCE: the one we sent for this state, and never seen before on any node.
        Object nonce = claims.get("nonce");
        if (!login.nonce().equals(nonce)) {
            throw reject(LaunchCheck.NONCE, "nonce is not the one sent at login.");
        }
        if (!nonces.consume(platform.issuer(), login.nonce(), exp.plus(SKEW).plus(MAX_AGE))) {
            throw reject(LaunchCheck.NONCE, "This nonce was already used: the launch is a replay.");
        }

        // VERSION
        Object version = claims.get(LtiClaims.VERSION);
        if (!LtiClaims.LTI_VERSION.equals(version)) {
            throw reject(LaunchCheck.VERSION, version == null ? "The LTI version claim is missing."
                    : "LTI version " + version + " is not 1.3.0.");
        }
        // MESSAGE_TYPE
        Object type = claims.get(LtiClaims.MESSAGE_TYPE);
        LtiLaunch.MessageType messageType;
        if (LtiClaims.RESOURCE_LINK_REQUEST.equals(type)) {
            messageType = LtiLaunch.MessageType.RESOURCE_LINK;
        } else if (LtiClaims.DEEP_LINKING_REQUEST.equals(type)) {
            messageType = LtiLaunch.MessageType.DEEP_LINKING;
        } else {
            throw reject(LaunchCheck.MESSAGE_TYPE, type == null ? "The message_type claim is missing."
                    : "message_type " + type + " is not handled.");
        }
        // DEPLOYMENT: unknown deployments are refused, not trusted on first use.
        String deploymentId = string(claims.get(LtiClaims.DEPLOYMENT_ID))
                .orElseThrow(() -> reject(LaunchCheck.DEPLOYMENT, "The deployment_id claim is missing."));
        if (!platform.accepts(deploymentId)) {
            throw reject(LaunchCheck.DEPLOYMENT, "Deployment " + deploymentId + " of " + platform.name()
                    + " is not registered with this tool; ask the tool's administrator to add it.");
        }
        // TARGET_LINK_URI: a resource link launch goes where the login said; deep linking has its own.
        String target = string(claims.get(LtiClaims.TARGET_LINK_URI)).orElse(null);
        if (messageType == LtiLaunch.MessageType.RESOURCE_LINK && !login.targetLinkUri().equals(target)) {
            throw reject(LaunchCheck.TARGET_LINK_URI, "target_link_uri differs from the one at login.");
        }
        // RESOURCE_LINK
        Map<String, Object> link = map(claims.get(LtiClaims.RESOURCE_LINK));
        Optional<String> linkId = string(link.get("id"));
        if (messageType == LtiLaunch.MessageType.RESOURCE_LINK && linkId.isEmpty()) {
            throw reject(LaunchCheck.RESOURCE_LINK, "The resource_link claim or its id is missing.");
        }
        // ROLES
        if (!(claims.get(LtiClaims.ROLES) instanceof List<?>)) {
            throw reject(LaunchCheck.ROLES, "The roles claim is missing.");
        }
        List<String> roleUris = strings(claims.get(LtiClaims.ROLES));
        // SUBJECT
        String subject = string(claims.get("sub"))
                .orElseThrow(() -> reject(LaunchCheck.SUBJECT, "The sub claim (the user) is missing."));
        if (subject.length() > 255) {
            throw reject(LaunchCheck.SUBJECT, "sub is longer than 255 characters.");
        }

        // SERVICE_URL: we send the platform's access tokens and the students' scores to these URLs
        Optional<LtiLaunch.GradeService> grades = gradeService(claims);
        Optional<URI> memberships = memberships(claims);
        Stream.concat(grades.stream().flatMap(g -> Stream.of(g.lineItems(), g.lineItem())), memberships.stream())
                .filter(url -> !PlatformHosts.serves(platform, url)).findFirst().ifPresent(url -> {
                    throw reject(LaunchCheck.SERVICE_URL, "The service URL " + url + " is not on the platform's registered hosts.");
                });

        // DEEP_LINKING_SETTINGS: checked here, with the others, so a request without them is a rejected launch (its
        // state and nonce used up) rather than a failure after validation that undoes their use (issue 11: replayable).
        Optional<LtiLaunch.DeepLinkingSettings> deepLinking = deepLinking(claims);
        if (messageType == LtiLaunch.MessageType.DEEP_LINKING && deepLinking.isEmpty()) {
            throw reject(LaunchCheck.DEEP_LINKING_SETTINGS, "The deep_linking_settings claim or its deep_link_return_url is missing.");
        }

        Map<String, Object> context = map(claims.get(LtiClaims.CONTEXT));
        return new LtiLaunch(platform.id(), platform.issuer(), platform.clientId(), deploymentId, messageType, subject,
                name(claims), string(claims.get("email")).orElse(null), LtiRoles.map(roleUris), roleUris,
                string(context.get("id")).orElse(null), string(context.get("title")).orElse(null),
                linkId.orElse(null), string(link.get("title")).orElse(null), target, custom(claims),
                grades, memberships, deepLinking);
    }

    private static LaunchRejected reject(LaunchCheck check, String detail) {
        return new LaunchRejected(check, detail);
    }

    private static String name(Map<String, Object> claims) {
        Optional<String> name = string(claims.get("name"));
        if (name.isPresent()) {
            return name.get();
        }
        String joined = (string(claims.get("given_name")).orElse("") + " " + string(claims.get("family_name")).orElse("")).strip();
        return joined.isEmpty() ? null : joined;
    }

    private static Map<String, String> custom(Map<String, Object> claims) {
        Map<String, String> custom = new LinkedHashMap<>();
        map(claims.get(LtiClaims.CUSTOM)).forEach((k, v) -> {
            if (v != null) {
                custom.put(k, String.valueOf(v));
            }
        });
        return custom;
    }

    private static Optional<LtiLaunch.GradeService> gradeService(Map<String, Object> claims) {
        Map<String, Object> ags = map(claims.get(LtiClaims.AGS));
        if (ags.isEmpty()) {
            return Optional.empty();
        }
        URI lineItems = uri(ags.get("lineitems")).orElse(null);
        URI lineItem = uri(ags.get("lineitem")).orElse(null);
        if (lineItems == null && lineItem == null) {
            return Optional.empty();
        }
        return Optional.of(new LtiLaunch.GradeService(lineItems, lineItem, new LinkedHashSet<>(strings(ags.get("scope")))));
    }

    private static Optional<URI> memberships(Map<String, Object> claims) {
        return uri(map(claims.get(LtiClaims.NRPS)).get("context_memberships_url"));
    }

    private static Optional<LtiLaunch.DeepLinkingSettings> deepLinking(Map<String, Object> claims) {
        Map<String, Object> dl = map(claims.get(LtiClaims.DEEP_LINKING_SETTINGS));
        return uri(dl.get("deep_link_return_url")).map(returnUrl -> new LtiLaunch.DeepLinkingSettings(returnUrl,
                string(dl.get("data")).orElse(null), strings(dl.get("accept_types")),
                !Boolean.FALSE.equals(dl.get("accept_multiple")), !Boolean.FALSE.equals(dl.get("accept_lineitem"))));
    }

    static Optional<String> string(Object value) {
        return value instanceof String s && !s.isBlank() ? Optional.of(s) : Optional.empty();
    }

    static List<String> strings(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof String s) {
            out.add(s);
        } else if (value instanceof List<?> list) {
            list.stream().filter(String.class::isInstance).map(String.class::cast).forEach(out::add);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private static Optional<URI> uri(Object value) {
        try {
            return string(value).map(URI::create).filter(URI::isAbsolute);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<Instant> instant(Object value) {
        return value instanceof Number n ? Optional.of(Instant.ofEpochSecond(n.longValue())) : Optional.empty();
    }
}
