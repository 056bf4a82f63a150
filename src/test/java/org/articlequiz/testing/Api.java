package org.articlequiz.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small real-HTTP client for the API under test, speaking JSON as a browser or a platform would. */
public final class Api {
    /**
     * HTTP/1.1, as a browser speaks to a plain-http server: the JDK client would otherwise upgrade to h2c and carry
     * every caller of this JVM (500 simulated students in the benchmark) over one multiplexed connection.
     */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;
    private final String token;

    public Api(URL deployment, String token) {
        this.base = URI.create(deployment.toString().endsWith("/") ? deployment.toString() : deployment + "/");
        this.token = token;
    }

    public Api as(String token) {
        try {
            return new Api(base.toURL(), token);
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    public Reply get(String path) {
        return send("GET", path, null, "application/json");
    }

    /** A GET that asks for another media type, such as {@code text/csv}. */
    public Reply get(String path, String accept) {
        return send("GET", path, null, null, accept);
    }

    /** A GET of a file (an export): the body as bytes, with the headers a browser saves it by. */
    public FileReply file(String path, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60)).GET()
                .header("Accept", accept);
        String bearer = TestDatabase.sessionForPath(token, path);
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        try {
            HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new FileReply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Content-Disposition").orElse(""), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A file from the API. */
    public record FileReply(int status, String contentType, String contentDisposition, byte[] body) {
        public String text() {
            return new String(body, java.nio.charset.StandardCharsets.UTF_8);
        }

        /** The same answer read as JSON (a problem document), for the error cases. */
        public Reply asReply() {
            return new Reply(status, contentType, text());
        }
    }

    public Reply post(String path, String json) {
        return send("POST", path, json, "application/json");
    }

    public Reply put(String path, String json) {
        return send("PUT", path, json, "application/json");
    }

    public Reply send(String method, String path, String body, String contentType) {
        return send(method, path, body, contentType, "application/json, application/problem+json");
    }

    public Reply send(String method, String path, String body, String contentType, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Accept", accept);
        if (body != null) {
            request.header("Content-Type", contentType);
        }
        String bearer = TestDatabase.sessionForPath(token, path);
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An HTTP answer. */
    public record Reply(int status, String contentType, String body) {
        public JsonObject json() {
            return (JsonObject) structure();
        }

        public JsonStructure structure() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        public boolean isProblem(int expectedStatus, String slug) {
            if (status != expectedStatus || !contentType.startsWith("application/problem+json")) {
                return false;
            }
            JsonObject problem = json();
            return problem.getString("type", "").equals("urn:article-quiz:problem:" + slug)
                    && problem.getInt("status", 0) == expectedStatus
                    && problem.containsKey("detail") && problem.get("detail").getValueType() == JsonValue.ValueType.STRING;
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body;
        }
    }
}
