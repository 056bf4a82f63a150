package org.articlequiz.lti;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.articlequiz.devtools.sandbox.IdTokens;
import org.articlequiz.devtools.sandbox.PlatformKeys;
import org.articlequiz.lti.jose.PlatformKeySets;
import org.articlequiz.lti.platform.Platform;

/**
 * One registered platform with its keys, the real {@link LoginService} and {@link LaunchValidator} over in-memory
 * stores. {@code launch(t -> t.without(DEPLOYMENT_ID))} logs in, takes a valid launch for that login, changes one
 * thing, signs it with the platform's key and validates it.
 */
public final class LaunchFixture {
    public static final String ISSUER = "https://platform.example.edu";
    public static final String CLIENT_ID = "tool-client";
    public static final String DEPLOYMENT = "deployment-1";
    public static final URI TOOL = URI.create("https://tool.example.org/article-quiz/");
    public static final URI LAUNCH_URL = URI.create("https://tool.example.org/article-quiz/api/lti/launch");
    public static final String JWKS = "https://platform.example.edu/jwks";

    public final MutableClock clock = new MutableClock(Instant.now());
    public final PlatformKeys keys;
    public final InMemoryPlatforms platforms = new InMemoryPlatforms();
    public final InMemoryLoginStates states = new InMemoryLoginStates();
    public final InMemoryNonces nonces = new InMemoryNonces();
    public int jwksFetches;
    /** Runs at each key-set fetch, before the keys are returned (a test may look at who is calling). */
    public Runnable onJwksFetch = () -> {
    };
    public final PlatformKeySets keySets;
    public final LoginService login;
    public final LaunchValidator validator;
    public final Platform platform;

    public LaunchFixture() {
        this(new PlatformKeys());
    }

    public LaunchFixture(PlatformKeys keys) {
        this.keys = keys;
        keySets = new PlatformKeySets(url -> {
            jwksFetches++;
            onJwksFetch.run();
            return keys.jwks();
        }, clock);
        login = new LoginService(platforms, states, clock);
        validator = new LaunchValidator(states, nonces, platforms, keySets, clock);
        platform = new Platform(ISSUER, CLIENT_ID, "Example LMS",
                new Platform.Endpoints(ISSUER + "/auth", ISSUER + "/token", JWKS, null), "sandbox", clock.instant());
        platform.addDeployment(DEPLOYMENT, clock.instant());
        platforms.add(platform);
    }

    /** What the browser holds after login initiation. */
    public record Login(String state, String nonce, String browserSecret, URI redirect) {
    }

    public Login login() {
        LoginRedirect r = login.initiate(new LoginRequest(ISSUER, "hint-1", TOOL.toString(), "message-hint", CLIENT_ID,
                DEPLOYMENT, null), LAUNCH_URL, TOOL);
        Map<String, String> query = Arrays.stream(r.authorizationRequest().getRawQuery().split("&"))
                .map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
        return new Login(r.state(), query.get("nonce"), r.browserSecret(), r.authorizationRequest());
    }

    /** A valid launch for this login, before any change. */
    public IdTokens token(Login login) {
        return IdTokens.validLaunch().forLogin(ISSUER, CLIENT_ID, DEPLOYMENT, login.nonce(), TOOL.toString());
    }

    public LtiLaunch launch(UnaryOperator<IdTokens> change) {
        Login login = login();
        return validator.validate(change.apply(token(login)).sign(keys), login.state(), login.browserSecret());
    }

    public LtiLaunch launch() {
        return launch(t -> t);
    }

    public LaunchCheck rejected(UnaryOperator<IdTokens> change) {
        return assertThrows(LaunchRejected.class, () -> launch(change)).check();
    }

    /** Validates a raw id_token (for tokens not signed the normal way) for a fresh login. */
    public LaunchCheck rejectedRaw(java.util.function.Function<Login, String> idToken) {
        Login login = login();
        return assertThrows(LaunchRejected.class,
                () -> validator.validate(idToken.apply(login), login.state(), login.browserSecret())).check();
    }
}
