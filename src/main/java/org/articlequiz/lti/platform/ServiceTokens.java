package org.articlequiz.lti.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.articlequiz.lti.jose.KeyRing;

/**
 * OAuth 2 access tokens for the Advantage services (LTI Security Framework 4.1): the client_credentials grant with
 * a JWT client assertion signed by our key (RFC 7523: iss = sub = client_id, aud = the token URL or the audience the
 * platform configured, a fresh jti). Tokens are cached per platform and scope set until {@link #EARLY} before they
 * expire; a 401 from a service makes the caller {@link #forget} the token and ask once more.
 */
@ApplicationScoped
public class ServiceTokens {
    static final Duration EARLY = Duration.ofSeconds(60);

    private record Key(PlatformId platform, Set<String> scopes) {
    }

    private record Cached(String token, Instant refreshAt) {
    }

    private final Map<Key, Cached> cache = new ConcurrentHashMap<>();

    @Inject
    KeyRing keys;
    @Inject
    PlatformHttp http;
    @Inject
    Clock clock;

    protected ServiceTokens() {
    }

    public ServiceTokens(KeyRing keys, PlatformHttp http, Clock clock) {
        this.keys = keys;
        this.http = http;
        this.clock = clock;
    }

    public String token(Platform platform, Set<String> scopes) {
        Key key = new Key(platform.id(), new TreeSet<>(scopes));
        Instant now = clock.instant();
        Cached cached = cache.get(key);
        if (cached != null && cached.refreshAt().isAfter(now)) {
            return cached.token();
        }
        Cached fresh = request(platform, key.scopes(), now);
        cache.put(key, fresh);
        return fresh.token();
    }

    /** Drops the cached token after a service refused it (401). */
    public void forget(Platform platform, Set<String> scopes) {
        cache.remove(new Key(platform.id(), new TreeSet<>(scopes)));
    }

    private Cached request(Platform platform, Set<String> scopes, Instant now) {
        Map<String, Object> assertion = new LinkedHashMap<>();
        assertion.put("iss", platform.clientId());
        assertion.put("sub", platform.clientId());
        assertion.put("aud", PlatformQuirks.tokenAudience(platform));
        assertion.put("iat", now.getEpochSecond());
        assertion.put("exp", now.plusSeconds(300).getEpochSecond());
        assertion.put("jti", UUID.randomUUID().toString());
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
        form.put("client_assertion", keys.sign(assertion));
        form.put("scope", String.join(" ", scopes));
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        var response = http.send(HttpRequest.newBuilder(platform.tokenUrl())
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        JsonObject json;
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            json = reader.readObject();
        } catch (RuntimeException e) {
            throw new PlatformCallFailed(PlatformCallFailed.Kind.TRANSIENT, response.statusCode(), null,
                    "token endpoint answered no JSON object");
        }
        if (!json.containsKey("access_token")) {
            throw new PlatformCallFailed(PlatformCallFailed.Kind.REJECTED, response.statusCode(), null,
                    "token endpoint answered without access_token");
        }
        long expiresIn = json.containsKey("expires_in") ? json.getJsonNumber("expires_in").longValue() : 3600;
        Instant refreshAt = now.plusSeconds(expiresIn).minus(EARLY);
        return new Cached(json.getString("access_token"), refreshAt);
    }
}
