package org.articlequiz.lti.jose;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Fetches key sets with a short timeout; a platform that does not answer in time fails the launch, not the server.
 * It follows no redirect (the registered URL is the one the admin checked; a redirect could point anywhere, inside
 * our network too) and reads at most {@link #MAX_BODY} bytes (a key set is a few kilobytes).
 */
@ApplicationScoped
public class HttpJwksFetcher implements JwksFetcher {
    static final int MAX_BODY = 256 * 1024;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Override
    public String fetch(URI jwksUrl) throws IOException, InterruptedException {
        HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(jwksUrl).timeout(Duration.ofSeconds(10))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new IOException("JWKS " + jwksUrl + " answered " + response.statusCode());
            }
            byte[] bytes = body.readNBytes(MAX_BODY + 1);
            if (bytes.length > MAX_BODY) {
                throw new IOException("JWKS " + jwksUrl + " is larger than " + MAX_BODY + " bytes");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
