package org.articlequiz.lti.platform;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import javax.net.ssl.SSLSession;

/**
 * The one HTTP client for calls to platforms' services, with timeouts, and the one place that turns an answer into
 * success or a classified {@link PlatformCallFailed}.
 */
@ApplicationScoped
public class PlatformHttp {
    private static final int MAX_BODY_IN_MESSAGE = 500;
    static final int MAX_BODY = 4 * 1024 * 1024;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** Sends the request; returns a 2xx response, throws {@link PlatformCallFailed} for anything else. */
    public HttpResponse<String> send(HttpRequest.Builder request) {
        HttpRequest built = request.timeout(Duration.ofSeconds(20)).build();
        HttpResponse<String> response;
        try {
            HttpResponse<InputStream> raw = http.send(built, HttpResponse.BodyHandlers.ofInputStream());
            response = new Capped(raw, read(raw.body()));
        } catch (HttpTimeoutException e) {
            throw new PlatformCallFailed(PlatformCallFailed.Kind.TRANSIENT, 0, null, built.uri() + " timed out");
        } catch (IOException e) {
            throw new PlatformCallFailed(PlatformCallFailed.Kind.TRANSIENT, 0, null, built.uri() + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformCallFailed(PlatformCallFailed.Kind.TRANSIENT, 0, null, "interrupted");
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return response;
        }
        String body = response.body() == null ? "" : response.body();
        String message = built.method() + " " + built.uri() + " answered " + status
                + (body.isBlank() ? "" : ": " + body.substring(0, Math.min(body.length(), MAX_BODY_IN_MESSAGE)));
        Duration retryAfter = response.headers().firstValue("Retry-After").map(PlatformHttp::retryAfter).orElse(null);
        if (status == 401) {
            throw new PlatformCallFailed(PlatformCallFailed.Kind.UNAUTHORIZED, status, null, message);
        }
        if (status == 429 || status >= 500 || status == 408) {
            throw new PlatformCallFailed(PlatformCallFailed.Kind.TRANSIENT, status, retryAfter, message);
        }
        throw new PlatformCallFailed(PlatformCallFailed.Kind.REJECTED, status, null, message);
    }

    /**
     * The body as text, at most {@link #MAX_BODY} bytes (issue 11): a platform, or whatever a URL points at, cannot
     * make us hold an unbounded answer in memory. A longer body fails the call as a network error would.
     */
    private static String read(InputStream body) throws IOException {
        try (body) {
            byte[] bytes = body.readNBytes(MAX_BODY + 1);
            if (bytes.length > MAX_BODY) {
                throw new IOException("the answer is larger than " + MAX_BODY + " bytes");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** A response whose body was read (capped) into a string. */
    private record Capped(HttpResponse<InputStream> raw, String body) implements HttpResponse<String> {
        @Override
        public int statusCode() {
            return raw.statusCode();
        }

        @Override
        public HttpRequest request() {
            return raw.request();
        }

        @Override
        public Optional<HttpResponse<String>> previousResponse() {
            return Optional.empty();
        }

        @Override
        public HttpHeaders headers() {
            return raw.headers();
        }

        @Override
        public Optional<SSLSession> sslSession() {
            return raw.sslSession();
        }

        @Override
        public URI uri() {
            return raw.uri();
        }

        @Override
        public HttpClient.Version version() {
            return raw.version();
        }
    }

    public static URI uri(String value) {
        return URI.create(value);
    }

    /**
     * The longest wait a platform's Retry-After may impose (issue 11): a platform, or whoever answers in its name,
     * saying "a year" or a number past {@code Duration}'s range must not park a student's grade for ever; after an hour
     * the score is tried again, with the usual backoff if the platform still refuses.
     */
    static final Duration MAX_RETRY_AFTER = Duration.ofHours(1);

    /** RFC 9110 10.2.3: delay-seconds or an HTTP-date, at most {@link #MAX_RETRY_AFTER}. */
    static Duration retryAfter(String value) {
        String v = value.strip();
        Duration d;
        try {
            d = Duration.ofSeconds(Math.max(0, Long.parseLong(v)));
        } catch (NumberFormatException e) {
            try {
                d = Duration.between(Clock.systemUTC().instant(),
                        ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            } catch (DateTimeParseException | ArithmeticException e2) {
                return null;
            }
        } catch (ArithmeticException tooLong) {
            return MAX_RETRY_AFTER;
        }
        return d.isNegative() ? Duration.ZERO : d.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : d;
    }
}
