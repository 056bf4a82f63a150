package org.articlequiz.lti.nrps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.articlequiz.devtools.sandbox.SandboxPlatform;
import org.articlequiz.lti.InMemoryPlatforms;
import org.articlequiz.lti.MutableClock;
import org.articlequiz.lti.jose.InMemoryToolKeys;
import org.articlequiz.lti.jose.KeyRing;
import org.articlequiz.lti.platform.Platform;
import org.articlequiz.lti.platform.PlatformHttp;
import org.articlequiz.lti.platform.ServiceTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The roster over real HTTP from the sandbox, page after page ({@code Link: rel="next"}). */
class NrpsClientTest {
    private final MutableClock clock = new MutableClock(Instant.now());
    private final KeyRing keys = new KeyRing(new InMemoryToolKeys(), clock);
    private HttpServer toolJwks;
    private SandboxPlatform sandbox;
    private Platform platform;

    @BeforeEach
    void start() throws Exception {
        toolJwks = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 10);
        toolJwks.createContext("/t/api/lti/jwks", ex -> {
            byte[] body = keys.publicJwks().getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        toolJwks.start();
        sandbox = SandboxPlatform.start(0, "http://127.0.0.1:" + toolJwks.getAddress().getPort() + "/t");
        platform = new Platform(sandbox.issuer(), SandboxPlatform.CLIENT_ID, "Sandbox", new Platform.Endpoints(
                sandbox.baseUrl() + "/auth", sandbox.baseUrl() + "/token", sandbox.baseUrl() + "/jwks", null), "sandbox", clock.instant());
        new InMemoryPlatforms().add(platform);
    }

    @AfterEach
    void stop() {
        sandbox.close();
        toolJwks.stop(0);
    }

    @Test
    void followsNextLinksUntilTheLastPage() {
        sandbox.membershipPageSize(4);
        PlatformHttp http = new PlatformHttp();
        String token = new ServiceTokens(keys, http, clock).token(platform, Set.of(RosterService.SCOPE));
        List<Member> members = new NrpsClient(http).members(
                URI.create(sandbox.baseUrl() + "/courses/" + SandboxPlatform.CONTEXT_ID + "/memberships"), token);
        assertEquals(SandboxPlatform.PEOPLE.size(), members.size());
        assertEquals("instructor-1", members.get(0).subject());
        assertEquals("Ines Instructor", members.get(0).name());
        Member noPii = members.stream().filter(m -> m.subject().equals("student-3")).findFirst().orElseThrow();
        assertNull(noPii.name());
        assertNull(noPii.email());
    }
}
