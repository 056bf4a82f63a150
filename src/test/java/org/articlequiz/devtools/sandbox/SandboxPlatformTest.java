package org.articlequiz.devtools.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The sandbox answers every request, even one its handler failed on with an {@link Error} (issue 13). */
class SandboxPlatformTest {
    static Stream<Throwable> failures() {
        // The one the demo met when exec:java had closed the sandbox's class loader, and an ordinary bug.
        return Stream.of(new NoClassDefFoundError("org/articlequiz/devtools/sandbox/IdTokens"),
                new IllegalStateException("no <line item> yet"));
    }

    @ParameterizedTest
    @MethodSource("failures")
    void aFailedRequestIsAnswered500WithAPageNamingTheFailure(Throwable failure) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", SandboxPlatform.answeringFailures(ex -> {
            if (failure instanceof Error e) {
                throw e;
            }
            throw (RuntimeException) failure;
        }));
        server.start();
        try {
            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/auth?login_hint=student-1")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertEquals(500, page.statusCode());
            assertEquals("text/html; charset=utf-8", page.headers().firstValue("Content-Type").orElse(""));
            assertTrue(page.body().contains("Sandbox LMS: internal error"), page.body());
            assertTrue(page.body().contains(failure.getClass().getName()), page.body());
            assertTrue(page.body().contains("GET /auth?login_hint=student-1"), "names the request: " + page.body());
        } finally {
            server.stop(0);
        }
    }

    @ParameterizedTest
    @MethodSource("failures")
    void aFailureAfterTheStatusLineLeavesTheAnswerAsSent(Throwable failure) throws IOException, InterruptedException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", SandboxPlatform.answeringFailures(ex -> {
            ex.sendResponseHeaders(204, -1);
            if (failure instanceof Error e) {
                throw e;
            }
            throw (RuntimeException) failure;
        }));
        server.start();
        try {
            HttpResponse<String> reply = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertEquals(204, reply.statusCode());
        } finally {
            server.stop(0);
        }
    }
}
