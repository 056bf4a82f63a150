package org.articlequiz.lti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.articlequiz.lti.platform.Platform;
import org.junit.jupiter.api.Test;

/** Login initiation answers with the authentication request of LTI Security Framework 5.1.1.2. */
class LoginServiceTest {
    private final LaunchFixture platform = new LaunchFixture();

    private static Map<String, String> query(LoginRedirect r) {
        return Arrays.stream(r.authorizationRequest().getRawQuery().split("&")).map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
    }

    private LoginRedirect login(String clientId, String deploymentId) {
        return platform.login.initiate(new LoginRequest(LaunchFixture.ISSUER, "hint-1", LaunchFixture.TOOL.toString(),
                "message-hint", clientId, deploymentId, null), LaunchFixture.LAUNCH_URL, LaunchFixture.TOOL);
    }

    @Test
    void theAuthenticationRequestHasEveryRequiredParameter() {
        LoginRedirect r = login(LaunchFixture.CLIENT_ID, LaunchFixture.DEPLOYMENT);
        Map<String, String> q = query(r);
        assertEquals("openid", q.get("scope"));
        assertEquals("id_token", q.get("response_type"));
        assertEquals("form_post", q.get("response_mode"));
        assertEquals("none", q.get("prompt"));
        assertEquals(LaunchFixture.CLIENT_ID, q.get("client_id"));
        assertEquals(LaunchFixture.LAUNCH_URL.toString(), q.get("redirect_uri"));
        assertEquals("hint-1", q.get("login_hint"));
        assertEquals("message-hint", q.get("lti_message_hint"));
        assertEquals(r.state(), q.get("state"));
        assertNotEquals(q.get("state"), q.get("nonce"));
        assertEquals("https://platform.example.edu/auth", r.authorizationRequest().toString().split("\\?")[0]);
    }

    @Test
    void withoutClientIdTheIssuerMustBeUnambiguous() {
        login(null, null);
        platform.platforms.add(new Platform(LaunchFixture.ISSUER, "second-client", "Same LMS, other key",
                new Platform.Endpoints(LaunchFixture.ISSUER + "/auth", LaunchFixture.ISSUER + "/token", LaunchFixture.JWKS, null),
                null, platform.clock.instant()));
        assertEquals(LaunchCheck.ISSUER, assertThrows(LaunchRejected.class, () -> login(null, null)).check());
    }

    @Test
    void anUnknownDeploymentIsRefusedAlreadyAtLogin() {
        assertEquals(LaunchCheck.DEPLOYMENT, assertThrows(LaunchRejected.class, () -> login(LaunchFixture.CLIENT_ID, "nope")).check());
    }
}
