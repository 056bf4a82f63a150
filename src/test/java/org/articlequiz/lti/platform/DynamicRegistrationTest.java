package org.articlequiz.lti.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLSession;
import org.articlequiz.DomainException;
import org.articlequiz.config.Settings;
import org.articlequiz.testing.TransactionProbe;
import org.junit.jupiter.api.Test;

/**
 * Dynamic Registration's issuer check (issue 11, critical 1): the configuration's issuer is the platform's issuer only
 * when it is on the very origin the configuration was read from (RFC 8414 3.3, LTI Dynamic Registration 3.5.1), never
 * because it is a string prefix of the configuration URL.
 */
class DynamicRegistrationTest {
    private static final ToolEndpoints TOOL = new ToolEndpoints(URI.create("https://tool.example.org/aq/"),
            URI.create("https://tool.example.org/aq/api/lti/login"), URI.create("https://tool.example.org/aq/api/lti/launch"),
            URI.create("https://tool.example.org/aq/api/lti/jwks"), URI.create("https://tool.example.org/aq/api/lti/deep-linking"),
            URI.create("https://tool.example.org/aq/logo.svg"));
    private final List<Registration> stored = new ArrayList<>();
    private final DynamicRegistration registration = new DynamicRegistration();

    DynamicRegistrationTest() {
        RegistrationInvites invites = new RegistrationInvites() {
            @Override
            public void add(String codeHash, Instant now, Instant expiresAt) {
            }

            public boolean isOpen(String codeHash, Instant now) {
                return true;
            }

            @Override
            public boolean use(String codeHash, Instant now) {
                return true;
            }
        };
        registration.clock = Clock.systemUTC();
        registration.settings = new Settings() {
            @Override
            public boolean demo() {
                return false;
            }
        };
        registration.registrations = new RegistrationService() {
            @Override
            public Platform add(Registration r) {
                stored.add(r);
                return new Platform(r.issuer(), r.clientId(), r.name(), new Platform.Endpoints(r.authUrl(), r.tokenUrl(),
                        r.jwksUrl(), r.tokenAudience()), r.product(), Instant.now());
            }
        };
        registration.registrations.invites = invites;
        registration.registrations.clock = Clock.systemUTC();
    }

    /** Transactional callers seen at each call to the platform. */
    private final List<String> calledInside = new ArrayList<>();

    /** What the platform's registration endpoint answers instead of a client id, when set. */
    private PlatformCallFailed refusal;

    /** Registers against a platform whose configuration, read from {@code configUrl}, names {@code issuer}. */
    private void register(String configUrl, String issuer) {
        String origin = URI.create(configUrl).resolve("/").toString();
        registration.http = new PlatformHttp() {
            @Override
            public HttpResponse<String> send(HttpRequest.Builder request) {
                HttpRequest built = request.build();
                TransactionProbe.transactionalCaller().ifPresent(calledInside::add);
                if (refusal != null && built.method().equals("POST")) {
                    throw refusal;
                }
                String body = built.method().equals("GET")
                        ? "{\"issuer\":\"" + issuer + "\",\"authorization_endpoint\":\"" + origin + "auth\",\"token_endpoint\":\""
                        + origin + "token\",\"jwks_uri\":\"" + origin + "jwks\",\"registration_endpoint\":\"" + origin + "register\"}"
                        : "{\"client_id\":\"c-1\"}";
                return new Answer(built, body);
            }
        };
        registration.register("invite", configUrl, "token", TOOL);
    }

    private String refused(String configUrl, String issuer) {
        return assertThrows(DomainException.class, () -> register(configUrl, issuer)).slug();
    }

    @Test
    void aConfigurationOnAnotherOriginCannotClaimTheIssuer() {
        assertEquals("registration-issuer", refused("https://moodle.a.edu.evil.example/.well-known/openid-configuration",
                "https://moodle.a.edu"));
        assertEquals("registration-issuer", refused("https://moodle.a.edu:4430/lti/openid-configuration",
                "https://moodle.a.edu:443"));
        assertEquals("registration-issuer", refused("https://moodle.a.edu@evil.example/openid-configuration",
                "https://moodle.a.edu"));
        assertEquals("registration-issuer", refused("https://moodle.a.edu/openid-configuration", "http://moodle.a.edu"));
        assertEquals(List.of(), stored);
    }

    @Test
    void theIssuerOfTheConfigurationOnItsOwnOriginIsStoredExactly() {
        register("https://moodle.a.edu/mod/lti/openid-configuration.php", "https://moodle.a.edu");
        register("https://canvas.example.edu:443/api/lti/security/openid-configuration", "https://canvas.example.edu");
        assertEquals(List.of("https://moodle.a.edu", "https://canvas.example.edu"), stored.stream().map(Registration::issuer).toList());
    }

    @Test
    void aPlatformThatRefusesTheRegistrationGetsItsReasonNotA500() {
        refusal = new PlatformCallFailed(PlatformCallFailed.Kind.REJECTED, 400, null,
                "POST https://moodle.a.edu/register answered 400: {\"error\":\"invalid_redirect_uri\"}");
        RuntimeException failed = assertThrows(RuntimeException.class,
                () -> register("https://moodle.a.edu/mod/lti/openid-configuration.php", "https://moodle.a.edu"));
        assertEquals("RegistrationFailed", failed.getClass().getSimpleName(), "mapped to a 502 page, not the last-resort 500");
        assertTrue(failed.getMessage().contains("invalid_redirect_uri"), failed.getMessage());
        assertEquals(List.of(), stored);
    }

    /**
     * Issue 11, medium: "registration calls run outside any database transaction". Reading the platform's
     * configuration and posting our registration to it hold no transaction (no pooled connection) while the platform
     * answers; only storing the registration, with the invitation used up, is one.
     */
    @Test
    void registrationCallsRunOutsideAnyDatabaseTransaction() {
        register("https://moodle.a.edu/mod/lti/openid-configuration.php", "https://moodle.a.edu");
        assertEquals(1, stored.size());
        assertEquals(List.of(), calledInside, "the configuration and the registration are fetched outside any transaction");
    }

    private record Answer(HttpRequest request, String body) implements HttpResponse<String> {
        @Override
        public int statusCode() {
            return 200;
        }

        @Override
        public Optional<HttpResponse<String>> previousResponse() {
            return Optional.empty();
        }

        @Override
        public HttpHeaders headers() {
            return HttpHeaders.of(Map.of(), (a, b) -> true);
        }

        @Override
        public Optional<SSLSession> sslSession() {
            return Optional.empty();
        }

        @Override
        public URI uri() {
            return request.uri();
        }

        @Override
        public HttpClient.Version version() {
            return HttpClient.Version.HTTP_1_1;
        }
    }
}
